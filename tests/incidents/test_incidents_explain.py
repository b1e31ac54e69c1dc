"""explain_pair: the first rule that keeps two events apart, and the score components, as clustering sees them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from incident_builders import STRIKE_DAY, member

from flashpoint.incidents.cluster import Blocker, IncidentClusterer, explain_pair
from flashpoint.incidents.model import IncidentMember
from flashpoint.incidents.similarity import JOIN_THRESHOLD

FOUNDER = member("founder")
LATER = member(
    "later",
    reported=STRIKE_DAY + timedelta(days=1),
    keywords=("drone", "strike", "kafr", "dalil", "market", "six"),
    source_key="levant monitor",
)

CASES: list[tuple[str, IncidentMember, Blocker]] = [
    ("second outlet on the same strike", LATER, Blocker.NONE),
    (
        "a protest is another kind of event",
        member("p", event_type="Protests", sub_event_type="Peaceful protest"),
        Blocker.TYPE,
    ),
    ("three weeks later", member("w", event_date=STRIKE_DAY + timedelta(days=21)), Blocker.DATE),
    ("same article's second event", member("s", article_id="article-founder"), Blocker.SAME_REPORT),
    (
        "another governorate 300 km away",
        member("far", admin1="Deir ez-Zor", location="Al Mayadin", latitude=35.02, longitude=40.45),
        Blocker.PLACE,
    ),
    ("no date at all", member("n", event_date=None, reported=None), Blocker.NO_DATE),
    (
        "weak: next day, other sub-type, other actors, other words",
        member(
            "weak",
            event_date=STRIKE_DAY + timedelta(days=1),
            sub_event_type="Shelling/artillery/missile attack",
            actors=("Eastern Falcons Battalion",),
            latitude=35.95,
            keywords=("shells", "hit", "bakery"),
        ),
        Blocker.THRESHOLD,
    ),
]


@pytest.mark.parametrize(("other", "blocker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_explain_pair_names_the_first_rule_that_says_no(other: IncidentMember, blocker: Blocker) -> None:
    evidence = explain_pair(FOUNDER, other)
    assert evidence.blocker is blocker
    if blocker in (Blocker.NONE, Blocker.THRESHOLD):  # the rules passed: the total decides
        assert evidence.total is not None
        assert (evidence.total >= JOIN_THRESHOLD) == (blocker is Blocker.NONE)


@pytest.mark.parametrize(("other", "blocker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_explain_pair_agrees_with_the_clusterer(other: IncidentMember, blocker: Blocker) -> None:
    clusterer = IncidentClusterer()
    founded = clusterer.add(FOUNDER)
    joined = clusterer.add(other) == founded
    assert joined == (explain_pair(FOUNDER, other).blocker is Blocker.NONE)


def test_explain_pair_reports_components() -> None:
    evidence = explain_pair(FOUNDER, LATER)
    assert evidence.date_gap == 0 and evidence.dates_compatible  # the event date, not the report date
    assert evidence.type_match and evidence.sub_match and evidence.family_match
    assert evidence.place == pytest.approx(1.0) and evidence.actors == 1.0
    assert evidence.text == pytest.approx(5 / 6)


def test_date_gap_is_signed_from_the_founder() -> None:
    earlier = member("earlier", event_date=date(2025, 6, 9))
    assert explain_pair(FOUNDER, earlier).date_gap == -1
