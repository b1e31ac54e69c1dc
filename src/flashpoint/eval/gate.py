"""The quality gate: pinned floors per dataset and metric, checked against fresh measurements.

``quality/floors.toml`` holds two tables::

    [datasets.acled]            # optional: where the gold sits under ../shared/eval, and a row limit
    gold = "acled/acled_2020-05.csv"
    limit = 500

    [floors.acled]              # metric name (as in the reports) -> the lowest acceptable value
    "event_type.accuracy" = 0.85

Every dataset with floors is run when its gold file is present and skipped, with a message, when it is not.
Floors apply to higher-is-better metrics (shares and F1 scores, 0 to 1). Lowering a floor is checked at
commit time by ``tools/check_floors.py``.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from flashpoint.errors import EvalError
from flashpoint.eval.datasets import DatasetName, dataset_spec
from flashpoint.eval.model import EvalReport
from flashpoint.eval.runner import Extractor, ProgressSink, run_eval
from flashpoint.eval.scoring import METRICS

logger = logging.getLogger(__name__)

DEFAULT_FLOORS = Path("quality/floors.toml")
DEFAULT_SHARED = Path("../shared")


@dataclass(frozen=True, slots=True, kw_only=True)
class Floor:
    dataset: DatasetName
    metric: str
    floor: float

    @property
    def key(self) -> str:
        return f"{self.dataset.value}.{self.metric}"


@dataclass(frozen=True, slots=True, kw_only=True)
class GateDataset:
    name: DatasetName
    gold: str | None  # relative to the shared eval folder
    limit: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GateConfig:
    datasets: tuple[GateDataset, ...]
    floors: tuple[Floor, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class GateRow:
    dataset: str
    metric: str
    value: float | None
    floor: float
    passed: bool
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class GateResult:
    rows: tuple[GateRow, ...]
    ran: tuple[str, ...]
    skipped: tuple[str, ...]  # "dataset: reason"

    @property
    def passed(self) -> bool:
        return all(row.passed for row in self.rows)


def load_floors(path: Path) -> GateConfig:
    """Read and check a floors file: known datasets and metrics, floors between 0 and 1."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalError(f"{path}: floors file not found; pass --floors", code="E506") from None
    except tomllib.TOMLDecodeError as exc:
        raise EvalError(f"{path}: not valid TOML ({exc}); fix the file", code="E506") from None
    floors = tuple(f for name, table in _tables(data, "floors", path) for f in _floors(name, table, path))
    settings = dict(_tables(data, "datasets", path))
    names = dict.fromkeys([*(f.dataset for f in floors), *(_dataset(n, path) for n in settings)])
    datasets = tuple(_gate_dataset(name, settings.get(name.value, {}), path) for name in names)
    return GateConfig(datasets=datasets, floors=floors)


def _tables(data: Mapping[str, object], key: str, path: Path) -> list[tuple[str, Mapping[str, object]]]:
    section = data.get(key, {})
    if not isinstance(section, dict):
        raise EvalError(f"{path}: [{key}] must be a table of tables", code="E506")
    tables: list[tuple[str, Mapping[str, object]]] = []
    for name, table in section.items():
        if not isinstance(table, dict):
            raise EvalError(f"{path}: [{key}.{name}] must be a table", code="E506")
        tables.append((str(name), table))
    return tables


def _dataset(name: str, path: Path) -> DatasetName:
    try:
        return DatasetName(name)
    except ValueError:
        known = ", ".join(n.value for n in DatasetName)
        raise EvalError(f"{path}: unknown dataset {name!r}; use one of {known}", code="E506") from None


def _floors(name: str, table: Mapping[str, object], path: Path) -> list[Floor]:
    dataset = _dataset(name, path)
    allowed = dataset_spec(dataset.value).metrics
    floors = []
    for metric, value in table.items():
        if metric not in allowed:
            raise EvalError(
                f"{path}: [floors.{name}] {metric!r} is not a metric of {name}; "
                f"use one of {', '.join(allowed)}",
                code="E506",
            )
        if not METRICS[metric].higher_is_better:
            raise EvalError(
                f"{path}: [floors.{name}] {metric} is lower-is-better and cannot have a floor", code="E506"
            )
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
            raise EvalError(
                f"{path}: [floors.{name}] {metric} = {value!r}; a floor is a number from 0 to 1", code="E506"
            )
        floors.append(Floor(dataset=dataset, metric=metric, floor=float(value)))
    return floors


def _gate_dataset(name: DatasetName, table: Mapping[str, object], path: Path) -> GateDataset:
    gold = table.get("gold", dataset_spec(name.value).default_gold)
    limit = table.get("limit")
    if gold is not None and not isinstance(gold, str):
        raise EvalError(f"{path}: [datasets.{name.value}] gold must be a path string", code="E506")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise EvalError(f"{path}: [datasets.{name.value}] limit must be a positive integer", code="E506")
    return GateDataset(name=name, gold=gold, limit=limit)


def locate_eval_dir(shared: Path) -> Path | None:
    """The evaluation folder: ``shared/eval`` when it exists, else ``shared`` itself if it is a folder."""
    if (shared / "eval").is_dir():
        return shared / "eval"
    return shared if shared.is_dir() else None


def compare_floors(floors: tuple[Floor, ...], reports: Mapping[str, EvalReport]) -> tuple[GateRow, ...]:
    """One row per floor of a dataset that was run; a metric that could not be measured fails."""
    rows = []
    for floor in floors:
        report = reports.get(floor.dataset.value)
        if report is None:
            continue
        score = report.score(floor.metric)
        value = score.value if score is not None else None
        if value is None:
            rows.append(
                GateRow(
                    dataset=floor.dataset.value,
                    metric=floor.metric,
                    value=None,
                    floor=floor.floor,
                    passed=False,
                    note="not measured (no item to score)",
                )
            )
            continue
        passed = value >= floor.floor
        rows.append(
            GateRow(
                dataset=floor.dataset.value,
                metric=floor.metric,
                value=value,
                floor=floor.floor,
                passed=passed,
                note="" if passed else "below floor",
            )
        )
    return tuple(rows)


def run_gate(
    config: GateConfig,
    eval_dir: Path,
    extractor: Extractor,
    *,
    jobs: int = 1,
    on_report: Callable[[EvalReport], None] | None = None,
    progress: Callable[[str], ProgressSink | None] | None = None,
) -> GateResult:
    """Run every configured dataset whose gold is present, then compare with the floors.

    ``progress(dataset)`` may return a progress sink; ``on_report`` sees each finished report.
    """
    reports: dict[str, EvalReport] = {}
    skipped: list[str] = []
    for dataset in config.datasets:
        gold = eval_dir / dataset.gold if dataset.gold else None
        if gold is None or not gold.exists():
            reason = "no gold file configured" if gold is None else f"{gold} is absent"
            skipped.append(f"{dataset.name.value}: {reason}")
            logger.info("gate: %s skipped: %s", dataset.name.value, reason)
            continue
        callback = progress(dataset.name.value) if progress else None
        report = run_eval(
            dataset.name.value, gold, extractor, limit=dataset.limit, jobs=jobs, progress=callback
        )
        reports[dataset.name.value] = report
        if on_report is not None:
            on_report(report)
    rows = compare_floors(config.floors, reports)
    return GateResult(rows=rows, ran=tuple(reports), skipped=tuple(skipped))


__all__ = [
    "DEFAULT_FLOORS",
    "DEFAULT_SHARED",
    "Floor",
    "GateConfig",
    "GateDataset",
    "GateResult",
    "GateRow",
    "compare_floors",
    "load_floors",
    "locate_eval_dir",
    "run_gate",
]
