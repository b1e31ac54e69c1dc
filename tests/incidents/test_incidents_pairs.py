"""The clustering benchmark's error analysis: split gold pairs and false joins with their evidence; --jobs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from incident_builders import coded_event

from flashpoint.errors import EvalError
from flashpoint.eval.incidents import (
    BlockerCount,
    GoldReport,
    cluster_reports,
    extract_reports,
    report_to_dict,
    sample_to_dict,
)
from flashpoint.events.model import Event
from flashpoint.incidents.cluster import Blocker


def _event(event_id: str, **overrides: object) -> Event:
    return coded_event(event_id, actor1="Northern Wolves Brigade", **overrides)


def _report(key: str, text: str, gold: str, day: int = 10) -> GoldReport:
    return GoldReport(
        key=key,
        text=text,
        outlet=f"outlet {key}",
        published=date(2025, 6, day),
        country="Syria",
        gold=frozenset({gold}),
    )


REPORTS = [
    _report("a", "Drone strike on Kafr Dalil market", "1"),
    _report("b", "Protesters gather in Kafr Dalil after the market strike", "1"),  # coded as a protest
    _report("c", "Drone strike on Kafr Dalil checkpoint", "2"),  # another strike, same day and town
]
EVENTS: list[tuple[Event, ...]] = [
    (_event("report-0-e0"),),
    (_event("report-1-e0", event_type="Protests", sub_event_type="Peaceful protest"),),
    (_event("report-2-e0"),),
]


def test_split_pairs_and_false_joins_are_counted_by_their_first_failing_rule() -> None:
    result = cluster_reports(REPORTS, EVENTS, dataset="test", samples=5)
    assert set(result.causes) == {
        BlockerCount(kind="false join", blocker=Blocker.NONE, pairs=1),  # a and c: same place, day, type
        BlockerCount(kind="split", blocker=Blocker.TYPE, pairs=1),  # a and b: strike vs protest
    }
    kinds = sorted((s.kind, s.report_a.key, s.report_b.key) for s in result.samples)
    assert kinds == [("false join", "a", "c"), ("split", "a", "b")]


def test_samples_are_capped_and_off_by_default() -> None:
    assert cluster_reports(REPORTS, EVENTS, dataset="test").samples == ()
    assert len(cluster_reports(REPORTS, EVENTS, dataset="test", samples=1).samples) == 2  # one of each


def test_sample_json_carries_both_sides_and_the_evidence() -> None:
    result = cluster_reports(REPORTS, EVENTS, dataset="test", samples=5)
    split = next(s for s in result.samples if s.kind == "split")
    data = sample_to_dict(split)
    a, b, evidence = data["a"], data["b"], data["evidence"]
    assert isinstance(a, dict) and isinstance(b, dict) and isinstance(evidence, dict)
    assert a["text"] == "Drone strike on Kafr Dalil market" and b["event_type"] == "Protests"
    assert evidence["blocker"] == "type family" and evidence["required"] == pytest.approx(0.8)
    assert report_to_dict(result)["pair_causes"] == [
        {"kind": "false join", "blocker": "none", "pairs": 1},
        {"kind": "split", "blocker": "type family", "pairs": 1},
    ]


def fake_extract(report: GoldReport) -> Sequence[Event]:
    """Module-level so worker processes can unpickle it."""
    return [] if "Protesters" in report.text else [_event("same-id", location=report.key)]


def test_parallel_extraction_gives_the_same_events_in_order() -> None:
    serial = extract_reports(REPORTS, fake_extract)
    parallel = extract_reports(REPORTS, fake_extract, jobs=2)
    assert parallel == serial
    assert [[e.id for e in evs] for evs in parallel] == [["report-0-e0"], [], ["report-2-e0"]]


def test_jobs_below_one_is_an_error_naming_the_option() -> None:
    with pytest.raises(EvalError, match="--jobs"):
        extract_reports(REPORTS, fake_extract, jobs=0)
