"""``flashpoint eval``: score the extractor against a gold dataset, and the CI quality gate.

Commands of the ``eval_app`` sub-application::

    flashpoint eval run DATASET --gold PATH [--limit N] [--report FILE] [--jobs N]
    flashpoint eval DATASET --gold PATH ...        (the same: a first word that is no command means "run")
    flashpoint eval gate [--floors FILE] [--shared DIR] [--jobs N] [--report-dir DIR]
    flashpoint eval incidents ucdp|ucdp-fields|fakes --gold PATH [--limit N] [--jobs N] [--pairs N] [--report FILE]

The main app registers it with ``register(app)`` (``app.add_typer(eval_app, name="eval")``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
from rich.table import Table
from typer.core import TyperGroup

from flashpoint.errors import FlashpointError
from flashpoint.eval.datasets import DatasetName
from flashpoint.eval.gate import (
    DEFAULT_FLOORS,
    DEFAULT_SHARED,
    GateResult,
    load_floors,
    locate_eval_dir,
    run_gate,
)
from flashpoint.eval.incidents import Benchmark, report_to_dict, run_incident_benchmark, sample_text
from flashpoint.eval.model import EvalReport
from flashpoint.eval.report import format_interval, format_value, write_report
from flashpoint.eval.runner import ProgressSink, resolve_extractor, run_eval

_out = Console(soft_wrap=True)
_err = Console(stderr=True, soft_wrap=True)


class _DefaultRunGroup(TyperGroup):
    """Routes ``flashpoint eval DATASET ...`` to ``flashpoint eval run DATASET ...``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # Any: typer vendors click's Context
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            args = ["run", *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(
    cls=_DefaultRunGroup,
    help="Score the extractor against gold datasets; `flashpoint eval DATASET --gold PATH` runs one.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_EXTRACTOR_HELP = "'pipeline' (the real extractor) or 'module:function' taking an EvalItem."


@eval_app.command("run")
def run_command(
    dataset: Annotated[DatasetName, typer.Argument(help="Dataset format.", case_sensitive=False)],
    gold: Annotated[Path, typer.Option("--gold", help="Gold file, or a folder of them.")],
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N items.")] = None,
    report: Annotated[Path | None, typer.Option(help="Write FILE.md and FILE.json.")] = None,
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes for extraction.")] = 1,
    extractor: Annotated[str, typer.Option(help=_EXTRACTOR_HELP)] = "pipeline",
) -> None:
    """Extract from every item of DATASET and score the predictions against the gold."""
    try:
        result = run_eval(
            dataset.value,
            gold,
            resolve_extractor(extractor),
            limit=limit,
            jobs=jobs,
            progress=_progress_sink(dataset.value),
        )
        _out.print(scores_table(result))
        _out.print(_summary_line(result))
        if report is not None:
            markdown, json_path = write_report(result, report)
            _out.print(f"report: {markdown} {json_path}")
    except FlashpointError as exc:
        _err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc


@eval_app.command("gate")
def gate_command(
    floors: Annotated[Path, typer.Option(help="Floors file.")] = DEFAULT_FLOORS,
    shared: Annotated[Path, typer.Option(help="The shared folder (holding eval/) or the eval folder.")] = (
        DEFAULT_SHARED
    ),
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes for extraction.")] = 1,
    report_dir: Annotated[Path | None, typer.Option(help="Write each dataset's report here.")] = None,
    extractor: Annotated[str, typer.Option(help=_EXTRACTOR_HELP)] = "pipeline",
) -> None:
    """Run every dataset with floors whose gold is present; exit 1 when a metric is below its floor."""
    try:
        config = load_floors(floors)
        eval_dir = locate_eval_dir(shared)
        if eval_dir is None:
            _out.print(f"eval gate skipped: {shared} is absent (the evaluation data is not on this machine)")
            return
        result = run_gate(
            config,
            eval_dir,
            resolve_extractor(extractor),
            jobs=jobs,
            on_report=_report_writer(report_dir),
            progress=_progress_sink,
        )
    except FlashpointError as exc:
        _err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    _out.print(gate_table(result))
    for line in result.skipped:
        _out.print(f"skipped {line}")
    if not result.passed:
        raise typer.Exit(1)


def scores_table(report: EvalReport) -> Table:
    table = Table(title=f"flashpoint eval {report.dataset} ({report.items} items)")
    table.add_column("metric")
    for column in ("value", "95% CI", "n"):
        table.add_column(column, justify="right")
    for score in report.scores:
        table.add_row(score.name, format_value(score), format_interval(score), str(score.n))
    return table


def _summary_line(report: EvalReport) -> str:
    rate = f", {report.items / report.seconds:.1f} items/s" if report.seconds > 0 else ""
    return (
        f"{report.items_with_event}/{report.items} items with an event, {len(report.failures)} failed; "
        f"{report.seconds:.1f} s{rate}; extractor: {report.extractor or '-'}"
    )


def gate_table(result: GateResult) -> Table:
    table = Table(title="flashpoint eval gate")
    for column in ("dataset", "metric", "value", "floor", "status"):
        table.add_column(column)
    for row in result.rows:
        value = "n/a" if row.value is None else f"{row.value:.3f}"
        status = "ok" if row.passed else f"FAIL {row.note}".strip()
        table.add_row(row.dataset, row.metric, value, f"{row.floor:.3f}", status)
    return table


def _report_writer(report_dir: Path | None) -> Callable[[EvalReport], None] | None:
    if report_dir is None:
        return None

    def write(report: EvalReport) -> None:
        write_report(report, report_dir / report.dataset)

    return write


class _RichSink:
    """A Rich progress bar on stderr, shown only when stderr is a terminal."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def start(self, total: int) -> None:
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=_err,
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task(self._label, total=total)
        if total == 0:
            self._progress.stop()

    def advance(self, count: int) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, count)
            if self._progress.finished:
                self._progress.stop()


def _progress_sink(label: str) -> ProgressSink | None:
    return _RichSink(label) if sys.stderr.isatty() else None


@eval_app.command("incidents")
def incidents_command(
    benchmark: Annotated[
        Benchmark,
        typer.Argument(help="ucdp (UCDP GED CSV), ucdp-fields (same, UCDP's coding as events) or fakes."),
    ],
    gold: Annotated[Path, typer.Option("--gold", help="Gold CSV, or a folder of them.")],
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N reports.")] = None,
    report: Annotated[Path | None, typer.Option(help="Write the scores to FILE as JSON.")] = None,
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes for extraction.")] = 1,
    pairs: Annotated[
        int, typer.Option(min=0, help="Print N split gold pairs and N false joins with their evidence.")
    ] = 0,
) -> None:
    """Cluster the dataset's reports into incidents and score them with B-cubed."""
    try:
        result = run_incident_benchmark(benchmark, gold, limit=limit, jobs=jobs, samples=pairs)
    except FlashpointError as exc:
        _err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    table = Table(title=f"incident clustering: {result.dataset} ({result.reports} reports)")
    for column in ("scoring", "precision", "recall", "F1", "items"):
        table.add_column(column)
    for name, value in (
        ("all reports", result.overall),
        ("reports with events", result.with_events),
        ("singleton baseline", result.singleton_baseline),
        ("ceiling (perfect clustering)", result.ceiling),
    ):
        table.add_row(
            name, f"{value.precision:.3f}", f"{value.recall:.3f}", f"{value.f1:.3f}", str(value.items)
        )
    _out.print(table)
    counts = result.pairs
    _out.print(
        f"{result.reports_without_events} reports gave no event; {result.events} events -> "
        f"{result.incidents} incidents; {result.gold_clusters} gold clusters\n"
        f"gold pairs {counts.gold_pairs}: {counts.joined} joined, {counts.split} split, "
        f"{counts.split_no_event} split by a report without events; {counts.false_joins} false joins",
        markup=False,
    )
    for cause in result.causes:
        _out.print(f"{cause.kind} pairs stopped by {cause.blocker.value}: {cause.pairs}", markup=False)
    for sample in result.samples:
        _out.print(sample_text(sample), markup=False)
    if report is not None:
        report.write_text(orjson.dumps(report_to_dict(result), option=orjson.OPT_INDENT_2).decode() + "\n")


def register(app: typer.Typer) -> None:
    """Add ``flashpoint eval`` to the main app."""
    app.add_typer(eval_app, name="eval")


__all__ = ["eval_app", "gate_table", "register", "scores_table"]
