"""Incremental clustering: which reports join one incident, stable ids, splits that hold, eviction."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from incident_builders import STRIKE_DAY, member

from flashpoint.incidents.cluster import (
    IncidentClusterer,
    SplitError,
    cluster_members,
    incident_id_for,
    split_members,
)
from flashpoint.incidents.model import SplitRecord
from flashpoint.incidents.similarity import Place, dates_compatible, identified_actors, place_score


def _cluster_pair(second: dict[str, Any]) -> int:
    """How many incidents the default strike and a second report of it (with ``second``) make."""
    first = member("e1")
    values = {"article_id": "article-e2", "outlet": "Levant Daily", "source_key": "levant daily"} | second
    other = member("e2", **values)
    return len(cluster_members([first, other]))


@pytest.mark.parametrize(
    ("second", "incidents"),
    [
        ({}, 1),
        ({"event_date": STRIKE_DAY + timedelta(days=1)}, 1),
        ({"event_date": STRIKE_DAY + timedelta(days=5)}, 2),
        ({"event_date": STRIKE_DAY + timedelta(days=5), "time_precision": 2}, 2),
        ({"latitude": 35.93, "longitude": 36.62}, 1),
        ({"latitude": 36.60, "longitude": 37.10, "location": "Far Town"}, 2),
        ({"latitude": 36.05, "longitude": 36.75, "geo_precision": 3, "location": "Idlib"}, 1),
        ({"event_type": "Violence against civilians", "sub_event_type": "Attack"}, 1),
        ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, 2),
        ({"country": "Turkey"}, 2),
        ({"latitude": None, "longitude": None, "geo_precision": None}, 1),
        ({"latitude": None, "longitude": None, "admin1": "Hama"}, 2),
        ({"actors": ("Unidentified Armed Group (Syria)",)}, 1),
        ({"actors": ("Southern Hawks Front",)}, 1),
        ({"actors": ("Southern Hawks Front",), "outlet": "Meridian Wire", "source_key": "meridian wire"}, 2),
        (
            {
                "latitude": None,
                "longitude": None,
                "admin1": "Hama",
                "outlet": "Meridian Wire",
                "source_key": "meridian wire",
            },
            2,
        ),
        ({"latitude": None, "longitude": None, "geo_precision": None, "country": "SY"}, 1),
    ],
    ids=[
        "identical",
        "next-day",
        "five-days-apart",
        "five-days-week-precision-weak",
        "three-km-apart",
        "sixty-km-apart",
        "region-precision-nearby",
        "compatible-type",
        "incompatible-type",
        "other-country",
        "unlocated-same-admin1",
        "unlocated-other-admin1",
        "unidentified-perpetrator-is-no-evidence",
        "other-outlet-names-another-perpetrator-competing-claim",
        "same-outlet-names-another-perpetrator",
        "same-outlet-unlocated-other-admin1",
        "country-code-is-the-country",
    ],
)
def test_compatibility_rules(second: dict[str, Any], incidents: int) -> None:
    assert _cluster_pair(second) == incidents


@pytest.mark.parametrize(
    ("day", "precision", "compatible"),
    [(0, 1, True), (2, 1, True), (3, 1, False), (8, 2, True), (9, 2, False), (32, 3, True)],
    ids=["same-day", "two-days", "three-days", "week-precision", "past-week", "month-precision"],
)
def test_date_windows_respect_time_precision(day: int, precision: int, compatible: bool) -> None:
    base = STRIKE_DAY.toordinal()
    assert dates_compatible(base + day, precision, base, base, 1) is compatible


def test_four_reports_of_one_strike_make_one_incident_with_every_source() -> None:
    reports = [
        member("wire", outlet="Meridian Wire", source_key="meridian wire"),
        member("left", outlet="Levant Daily", source_key="levant daily", actors=()),
        member(
            "right", outlet="Free North", source_key="free north", event_date=STRIKE_DAY + timedelta(days=1)
        ),
        member("repost", outlet="Echo Mirror", source_key="meridian wire"),  # reposts the wire
    ]
    (incident,) = cluster_members(reports)
    assert set(incident.event_ids) == {"wire", "left", "right", "repost"}
    assert sorted(incident.sources) == ["free north", "levant daily", "meridian wire"]
    assert incident.source_count == 3  # the repost is not an independent source
    assert incident.first_date == STRIKE_DAY and incident.last_date == STRIKE_DAY + timedelta(days=1)


def test_incident_id_is_its_first_member_and_stays_as_members_join() -> None:
    clusterer = IncidentClusterer()
    first_id = clusterer.add(member("e1"))
    assert first_id == incident_id_for("e1")
    assert clusterer.add(member("e2", article_id="a2")) == first_id
    assert clusterer.add(member("e3", article_id="a3")) == first_id
    (incident,) = clusterer.changed()
    assert incident.id == first_id and len(incident.members) == 3
    assert clusterer.changed() == []  # nothing changed since


def test_events_of_one_report_stay_apart() -> None:
    same_article = [member("e1"), member("e2", article_id="article-e1")]
    assert len(cluster_members(same_article)) == 2


def test_re_adding_an_event_replaces_it_in_place() -> None:
    clusterer = IncidentClusterer()
    incident_id = clusterer.add(member("e1", fatalities=6))
    assert clusterer.add(member("e1", fatalities=9)) == incident_id
    (incident,) = clusterer.changed()
    assert [m.fatalities for m in incident.members] == [9]


def test_split_moves_events_and_the_sides_never_rejoin() -> None:
    (merged,) = cluster_members([member("a"), member("b", article_id="ab"), member("c", article_id="ac")])
    kept, new, record = split_members(merged, ["c"], split_id=1)
    assert kept.id == merged.id and set(kept.event_ids) == {"a", "b"}
    assert new.event_ids == ("c",) and new.id != merged.id
    clusterer = IncidentClusterer(splits=[record])
    clusterer.seed(kept)
    clusterer.seed(new)
    # a later report identical to both sides joins one of them, and re-clustering keeps them apart
    assert clusterer.add(member("d", article_id="ad")) in {kept.id, new.id}
    rebuilt = cluster_members(
        [member("a"), member("b", article_id="ab"), member("c", article_id="ac")], splits=[record]
    )
    assert sorted(len(i.members) for i in rebuilt) == [1, 2]


def test_split_keeps_the_two_sides_apart_for_a_bridging_event() -> None:
    record = SplitRecord(id=1, incident_id="x", new_incident_id="y", moved=("c",), kept=("a",))
    clusterer = IncidentClusterer(splits=[record])
    first = clusterer.add(member("a"))
    second = clusterer.add(member("c", article_id="ac"))
    assert first != second


@pytest.mark.parametrize(
    "moved",
    [[], ["a", "b"], ["nope"]],
    ids=["nothing", "everything", "not-a-member"],
)
def test_split_refuses_empty_total_or_foreign_moves(moved: list[str]) -> None:
    (merged,) = cluster_members([member("a"), member("b", article_id="ab")])
    with pytest.raises(SplitError, match="E610"):
        split_members(merged, moved, split_id=1)


def test_eviction_returns_closed_incidents_and_forgets_them() -> None:
    clusterer = IncidentClusterer()
    clusterer.add(member("old"))
    later = STRIKE_DAY + timedelta(days=200)
    clusterer.add(member("new", article_id="an", event_date=later, reported=later))
    closed = clusterer.evict_before(later)
    assert [i.event_ids for i in closed] == [("old",)]
    assert len(clusterer) == 1 and clusterer.incident_of("old") is None


def test_undated_events_stand_alone() -> None:
    lone = [
        member("a", event_date=None, reported=None),
        member("b", article_id="ab", event_date=None, reported=None),
    ]
    assert len(cluster_members(lone)) == 2


def test_events_without_date_use_the_report_date_at_month_precision() -> None:
    later = member(
        "b", article_id="ab", source_key="levant daily", event_date=None, reported=date(2025, 6, 11)
    )
    assert len(cluster_members([member("a"), later])) == 1


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (Place(country="syria", admin1="idlib", latitude=35.20, longitude=36.60, geo_precision=1), 0.5),
        (Place(country="syria", admin1="hama", latitude=35.20, longitude=36.60, geo_precision=1), None),
        (Place(country="syria", admin1="idlib", latitude=35.93, longitude=36.63, geo_precision=1), 0.7),
    ],
    ids=["village-far-inside-the-province", "village-of-another-province", "village-at-the-centre"],
)
def test_a_province_wide_report_is_compatible_with_any_place_inside_it(
    other: Place, expected: float | None
) -> None:
    province = Place(country="syria", admin1="idlib", latitude=35.93, longitude=36.63, geo_precision=3)
    value = place_score(province, other)
    assert value == (None if expected is None else pytest.approx(expected, abs=0.01))
    assert place_score(other, province) == value


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("Unidentified Armed Group (Syria)", "Civilians (Syria)"), frozenset({"civilians (syria)"})),
        (("Unidentified Military Forces",), frozenset()),
        (("Northern Wolves Brigade",), frozenset({"northern wolves brigade"})),
    ],
    ids=["placeholder-dropped", "only-placeholders", "named-kept"],
)
def test_identified_actors_drop_acled_placeholders(names: tuple[str, ...], expected: frozenset[str]) -> None:
    assert identified_actors(names) == expected
