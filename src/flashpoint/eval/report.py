"""Evaluation reports as JSON (stable keys) and Markdown (tables a reviewer reads).

JSON layout (``schema`` "flashpoint.eval/1"; keys are always present, values may be null)::

    {schema, dataset, gold_path, extractor, selection_rule, items, items_with_event, failed_items,
     seconds, items_per_second,
     scores: {metric: {value, ci_low, ci_high, n, higher_is_better}},
     by_country: [{country, items, scores: {metric: {...}}}],
     confusion: {field: {labels: [...], counts: [[...]]}},
     worst_errors: {field: [{item_id, gold, predicted, error, text}]},
     failures: [{item_id, message}]}
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import orjson

from flashpoint._types import JSONObject
from flashpoint.eval.datasets import dataset_spec
from flashpoint.eval.model import ConfusionMatrix, ErrorExample, EvalReport, FieldScore
from flashpoint.eval.scoring import METRICS

SCHEMA = "flashpoint.eval/1"
_TOP_CONFUSIONS = 20
_ERROR_NOTE = (
    "Largest errors first. *error* is km for locations, days for dates, the count difference for figures "
    "and, for labels and names, the confidence of the wrong prediction (1 when nothing was predicted)."
)


def report_to_dict(report: EvalReport) -> JSONObject:
    spec = dataset_spec(report.dataset)
    return {
        "schema": SCHEMA,
        "dataset": report.dataset,
        "gold_path": report.gold_path,
        "extractor": report.extractor,
        "selection_rule": report.selection_rule,
        "items": report.items,
        "items_with_event": report.items_with_event,
        "failed_items": len(report.failures),
        "seconds": round(report.seconds, 3),
        "items_per_second": _rate(report),
        "scores": _scores(report.scores),
        "by_country": [
            {"country": c.country, "items": c.items, "scores": _scores(c.scores)} for c in report.by_country
        ],
        "confusion": {
            m.field: {"labels": list(m.labels), "counts": [list(r) for r in m.counts]}
            for m in report.confusion
        },
        "worst_errors": {
            field: [_error(e) for e in report.worst if e.field == field] for field in spec.headline_fields
        },
        "failures": [{"item_id": f.item_id, "message": f.message} for f in report.failures],
    }


def _rate(report: EvalReport) -> float | None:
    return round(report.items / report.seconds, 2) if report.seconds > 0 else None


def _scores(scores: Sequence[FieldScore]) -> JSONObject:
    return {s.name: _score(s) for s in scores}


def _score(score: FieldScore) -> JSONObject:
    return {
        "value": _round(score.value),
        "ci_low": _round(score.ci_low),
        "ci_high": _round(score.ci_high),
        "n": score.n,
        "higher_is_better": score.higher_is_better,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _error(example: ErrorExample) -> JSONObject:
    return {
        "item_id": example.item_id,
        "gold": example.gold,
        "predicted": example.predicted,
        "error": _round(example.error),
        "text": example.text,
    }


def report_to_json(report: EvalReport) -> bytes:
    return orjson.dumps(report_to_dict(report), option=orjson.OPT_INDENT_2) + b"\n"


def render_markdown(report: EvalReport) -> str:
    """The report as Markdown: summary, scores with intervals, per-country table, confusions, worst errors."""
    sections = [_summary(report), _score_table(report.scores)]
    if report.by_country:
        sections.append(_country_table(report))
    sections.extend(_confusion_section(m) for m in report.confusion)
    sections.append(_worst_section(report))
    if report.failures:
        sections.append(_failures_section(report))
    return "\n\n".join(sections) + "\n"


def _summary(report: EvalReport) -> str:
    rate = _rate(report)
    return "\n".join(
        [
            f"# Flashpoint evaluation: {report.dataset}",
            "",
            f"- Gold: `{report.gold_path}`",
            f"- Extractor: {report.extractor or '(no event predicted)'}",
            f"- Items: {report.items} (with an event: {report.items_with_event}; extraction failed: "
            f"{len(report.failures)})",
            f"- Time: {report.seconds:.1f} s" + (f" ({rate} items/s)" if rate is not None else ""),
            f"- Scoring: {report.selection_rule}",
        ]
    )


def format_value(score: FieldScore) -> str:
    if score.value is None:
        return "n/a" if score.n == 0 else "\u221e"
    return f"{score.value:.1f}" if not score.higher_is_better else f"{score.value:.3f}"


def format_interval(score: FieldScore) -> str:
    if score.ci_low is None and score.ci_high is None:
        return "" if score.n == 0 or score.value is not None else "\u221e"
    low = "\u221e" if score.ci_low is None else _number(score.ci_low, score)
    high = "\u221e" if score.ci_high is None else _number(score.ci_high, score)
    return f"{low}\u2013{high}"


def _number(value: float, score: FieldScore) -> str:
    return f"{value:.1f}" if not score.higher_is_better else f"{value:.3f}"


def _score_table(scores: Sequence[FieldScore]) -> str:
    rows = ["## Scores", "", "| metric | value | 95% CI | n |", "|---|---:|---:|---:|"]
    rows += [f"| {s.name} | {format_value(s)} | {format_interval(s)} | {s.n} |" for s in scores]
    return "\n".join(rows)


def _country_table(report: EvalReport) -> str:
    wanted = headline_metrics(report.dataset)
    header = "| country | items | " + " | ".join(wanted) + " |"
    rows = ["## By country", "", header, "|---|---:|" + "---:|" * len(wanted)]
    for country in report.by_country:
        by_name = {s.name: s for s in country.scores}
        cells = [f"{format_value(by_name[m])} ({by_name[m].n})" for m in wanted]
        rows.append(f"| {_cell(country.country)} | {country.items} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def headline_metrics(dataset: str) -> list[str]:
    """The first metric of each headline field of a dataset (the per-country table's columns)."""
    spec = dataset_spec(dataset)
    first: dict[str, str] = {}
    for name in spec.metrics:
        first.setdefault(METRICS[name].field, name)
    return [first[field] for field in spec.headline_fields if field in first]


def _confusion_section(matrix: ConfusionMatrix) -> str:
    pairs = [
        (matrix.counts[i][j], gold, predicted)
        for i, gold in enumerate(matrix.labels)
        for j, predicted in enumerate(matrix.labels)
        if i != j and matrix.counts[i][j]
    ]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    rows = [f"## Confusions: {matrix.field}", "", "| gold | predicted | count |", "|---|---|---:|"]
    rows += [f"| {_cell(g)} | {_cell(p)} | {n} |" for n, g, p in pairs[:_TOP_CONFUSIONS]]
    if not pairs:
        rows.append("| (none) | | 0 |")
    return "\n".join(rows)


def _worst_section(report: EvalReport) -> str:
    spec = dataset_spec(report.dataset)
    parts = ["## Worst errors", _ERROR_NOTE]
    for field in spec.headline_fields:
        examples = [e for e in report.worst if e.field == field]
        parts.append(f"### {field}")
        if not examples:
            parts.append("No errors.")
            continue
        rows = ["| item | gold | predicted | error | text |", "|---|---|---|---:|---|"]
        rows += [
            f"| {_cell(e.item_id)} | {_cell(e.gold)} | {_cell(e.predicted)} | {_error_cell(e)} | "
            f"{_cell(e.text)} |"
            for e in examples
        ]
        parts.append("\n".join(rows))
    return "\n\n".join(parts)


def _error_cell(example: ErrorExample) -> str:
    return "\u221e" if example.error is None else f"{example.error:.2f}".rstrip("0").rstrip(".")


def _failures_section(report: EvalReport) -> str:
    rows = ["## Failed items", "", "| item | error |", "|---|---|"]
    rows += [f"| {_cell(f.item_id)} | {_cell(f.message)} |" for f in report.failures[:50]]
    return "\n".join(rows)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def write_report(report: EvalReport, base: Path) -> tuple[Path, Path]:
    """Write ``base.md`` and ``base.json`` (a ``.md``/``.json`` suffix on ``base`` is dropped first)."""
    stem = base.with_suffix("") if base.suffix.lower() in {".md", ".json"} else base
    stem.parent.mkdir(parents=True, exist_ok=True)
    markdown, json_path = stem.with_name(stem.name + ".md"), stem.with_name(stem.name + ".json")
    markdown.write_text(render_markdown(report), encoding="utf-8")
    json_path.write_bytes(report_to_json(report))
    return markdown, json_path


__all__ = [
    "SCHEMA",
    "format_interval",
    "format_value",
    "headline_metrics",
    "render_markdown",
    "report_to_dict",
    "report_to_json",
    "write_report",
]
