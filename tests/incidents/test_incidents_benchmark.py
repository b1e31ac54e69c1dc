"""The clustering benchmarks' loaders and scoring, on project-written rows (and the real files when present)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from incident_builders import coded_event

from flashpoint.eval.incidents import (
    GoldReport,
    PairErrors,
    cluster_reports,
    extract_reports,
    load_ucdp_reports,
    pair_errors,
)
from flashpoint.events.model import Event
from flashpoint.incidents.merge import member_from_event

UCDP_HEADER = "id,source_article,country,source_headline\n"
UCDP_ROWS = (
    '1,"""Monitor A,2025-06-10,Drone strike on Kafr Dalil market"";""Wire B,2025-06-11,Six dead in Kafr '
    'Dalil strike""",Syria,x\n'
    '2,"""Wire B,2025-06-11,Six dead in Kafr Dalil strike""",Syria,x\n'
    '3,"""Monitor A,2025-06-10,Clashes near Tel Amar""",Syria,x\n'
)


def test_ucdp_reports_are_distinct_items_with_every_event_they_feed(tmp_path: Path) -> None:
    path = tmp_path / "ged.csv"
    path.write_text(UCDP_HEADER + UCDP_ROWS, encoding="utf-8")
    reports = {r.text: r for r in load_ucdp_reports(path)}
    assert set(reports) == {
        "Drone strike on Kafr Dalil market",
        "Six dead in Kafr Dalil strike",
        "Clashes near Tel Amar",
    }
    wire = reports["Six dead in Kafr Dalil strike"]
    assert (
        wire.gold == frozenset({"1", "2"}) and wire.outlet == "Wire B" and wire.published == date(2025, 6, 11)
    )


def test_cluster_reports_scores_reports_and_counts_those_without_events() -> None:
    reports = [
        GoldReport(
            key="a",
            text="Drone strike on Kafr Dalil market",
            outlet="A",
            published=date(2025, 6, 10),
            country="Syria",
            gold=frozenset({"1"}),
        ),
        GoldReport(
            key="b",
            text="Kafr Dalil market drone strike kills six",
            outlet="B",
            published=date(2025, 6, 11),
            country="Syria",
            gold=frozenset({"1"}),
        ),
        GoldReport(
            key="c",
            text="Statement on the ceasefire talks",
            outlet="C",
            published=date(2025, 6, 11),
            country="Syria",
            gold=frozenset({"2"}),
        ),
    ]
    fake: Callable[[GoldReport], Sequence[Event]] = lambda r: [] if r.key == "c" else [coded_event("same-id")]  # noqa: E731
    events = extract_reports(reports, fake)
    assert [e.id for evs in events for e in evs] == ["report-0-e0", "report-1-e0"]  # ids made unique
    result = cluster_reports(reports, events, dataset="test")
    assert result.reports_without_events == 1 and result.incidents == 1
    assert (result.overall.precision, result.overall.recall) == (1.0, 1.0)
    assert result.singleton_baseline.recall < 1.0
    assert result.ceiling.f1 == 1.0  # both reports with events fed one gold event and joined
    assert result.pairs == PairErrors(gold_pairs=1, joined=1, split_no_event=0, split=0, false_joins=0)


def test_member_country_codes_are_named() -> None:
    reports = [
        GoldReport(
            key=k,
            text=text,  # two outlets' own words: independent sources
            outlet=k,
            published=date(2025, 6, 10),
            country="Syria",
            gold=frozenset({"1"}),
        )
        for k, text in (
            ("a", "Drone strike on Kafr Dalil market"),
            ("b", "Kafr Dalil market drone strike kills six"),
        )
    ]
    named = coded_event("report-0-e0", actor1="Northern Wolves Brigade")
    coded = replace(named, id="report-1-e0", country="SY", latitude=None, longitude=None)
    as_member = member_from_event(coded, article_id="b", outlet="b", source_key="b", reported=None)
    assert as_member.country == "Syria"
    assert cluster_reports(reports, [(named,), (coded,)], dataset="test").incidents == 1


def test_pair_errors_tell_extraction_misses_from_clustering_splits() -> None:
    gold = {0: {"x"}, 1: {"x"}, 2: {"x"}, 3: {"y"}, 4: {"z"}}
    predicted = {0: {"a"}, 1: {"a"}, 2: {"none-2"}, 3: {"b"}, 4: {"b"}}
    errors = pair_errors(predicted, gold, frozenset({0, 1, 3, 4}))
    # gold pairs (0,1) joined, (0,2) and (1,2) split with 2 eventless; (3,4) joined wrongly
    assert errors == PairErrors(gold_pairs=3, joined=1, split_no_event=2, split=0, false_joins=1)


def test_ceiling_places_each_report_in_as_many_gold_events_as_it_gave_events() -> None:
    reports = [
        GoldReport(
            key="roundup",
            text="Toll",
            outlet="A",
            published=date(2025, 6, 10),
            country=None,
            gold=frozenset({"1", "2"}),
        ),
        GoldReport(
            key="one",
            text="Strike",
            outlet="B",
            published=date(2025, 6, 10),
            country=None,
            gold=frozenset({"2"}),
        ),
    ]
    result = cluster_reports(reports, [(coded_event("r0"),), ()], dataset="test")
    # the round-up gave one event for two gold events, the other report none: neither can be fully right
    assert result.ceiling.precision == 1.0 and result.ceiling.recall < 1.0


@pytest.mark.needs_shared
def test_real_ucdp_file_yields_reports_feeding_several_events(shared_path: Callable[..., Path]) -> None:
    reports = load_ucdp_reports(shared_path("eval", "ucdp-ged", "ucdp_ged191_syria.csv"))
    assert len(reports) > 10_000
    assert sum(1 for r in reports if len(r.gold) > 1) > 1_000
