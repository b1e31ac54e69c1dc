from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from flashpoint.eval.model import EvalItem, EvalReport, FieldScore
from flashpoint.eval.report import (
    SCHEMA,
    format_interval,
    format_value,
    headline_metrics,
    render_markdown,
    report_to_dict,
    report_to_json,
    write_report,
)
from flashpoint.eval.runner import run_eval
from flashpoint.events.model import Event

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TOP_KEYS = [
    "schema",
    "dataset",
    "gold_path",
    "extractor",
    "selection_rule",
    "items",
    "items_with_event",
    "failed_items",
    "seconds",
    "items_per_second",
    "scores",
    "by_country",
    "confusion",
    "worst_errors",
    "failures",
]


def nothing(item: EvalItem) -> tuple[Event, ...]:
    if "Mandera" in item.text:
        raise ValueError("cannot parse | this")
    return ()


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return run_eval("acled", FIXTURES / "acled_current.csv", nothing)


def test_json_has_stable_keys(report: EvalReport) -> None:
    data = orjson.loads(report_to_json(report))
    assert data == orjson.loads(orjson.dumps(report_to_dict(report)))
    assert list(data) == TOP_KEYS
    assert data["schema"] == SCHEMA
    scores = data["scores"]
    assert list(scores) == [s.name for s in report.scores]
    assert set(scores["event_type.accuracy"]) == {"value", "ci_low", "ci_high", "n", "higher_is_better"}


def test_json_lists_every_headline_field_and_countries(report: EvalReport) -> None:
    data = orjson.loads(report_to_json(report))
    worst = data["worst_errors"]
    assert list(worst) == ["event_type", "sub_event_type", "actor1", "location", "event_date", "fatalities"]
    first = worst["event_type"][0]
    assert set(first) == {"item_id", "gold", "predicted", "error", "text"}
    assert [c["country"] for c in data["by_country"]] == ["Kenya", "Syria"]
    assert data["failed_items"] == 1
    assert data["confusion"] and "sub_event_type" in data["confusion"]


def test_markdown_sections_and_worst_errors_with_text(report: EvalReport) -> None:
    text = render_markdown(report)
    headings = [
        "# Flashpoint evaluation: acled",
        "## Scores",
        "## By country",
        "## Confusions: sub_event_type",
    ]
    headings += ["## Worst errors", "### event_type", "### fatalities", "## Failed items"]
    for heading in headings:
        assert heading in text
    assert "| acled-SYR90001 | Explosions/Remote violence | (no event) |" in text
    assert "regime artillery shelled the town of Kafr Nabl" in text  # the text shows why
    assert "cannot parse \\| this" in text  # pipes in cells are escaped
    assert "| location.median_km | \u221e |" in text  # no predictions: the median error is infinite


def test_write_report_writes_both_files_and_drops_a_suffix(report: EvalReport, tmp_path: Path) -> None:
    markdown, json_path = write_report(report, tmp_path / "out" / "acled.md")
    assert (markdown.name, json_path.name) == ("acled.md", "acled.json")
    assert markdown.read_text(encoding="utf-8").startswith("# Flashpoint evaluation: acled")
    assert orjson.loads(json_path.read_bytes())["dataset"] == "acled"


def test_headline_metrics_for_the_country_table() -> None:
    assert headline_metrics("acled") == [
        "event_type.accuracy",
        "sub_event_type.accuracy",
        "actor1.name_match",
        "location.within_10km",
        "event_date.exact",
        "fatalities.exact",
    ]


@pytest.mark.parametrize(
    ("score", "value", "interval"),
    [
        (FieldScore(name="a", value=0.8123, ci_low=0.7, ci_high=0.9, n=10), "0.812", "0.700\u20130.900"),
        (FieldScore(name="a", value=None, ci_low=None, ci_high=None, n=0), "n/a", ""),
        (
            FieldScore(name="m", value=12.34, ci_low=3.0, ci_high=None, n=5, higher_is_better=False),
            "12.3",
            "3.0\u2013\u221e",
        ),
        (
            FieldScore(name="m", value=None, ci_low=None, ci_high=None, n=5, higher_is_better=False),
            "\u221e",
            "\u221e",
        ),
    ],
    ids=["share", "unmeasured", "median-open-interval", "median-infinite"],
)
def test_value_formatting(score: FieldScore, value: str, interval: str) -> None:
    assert (format_value(score), format_interval(score)) == (value, interval)


def test_report_without_errors_says_so(report: EvalReport) -> None:
    clean = replace(report, worst=(), failures=(), by_country=(), confusion=())
    text = render_markdown(clean)
    assert "No errors." in text and "## By country" not in text and "## Failed items" not in text
