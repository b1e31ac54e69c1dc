"""Merged fields with provenance, per-claimant low/best/high and the conservative figure."""

from __future__ import annotations

from datetime import timedelta

import pytest
from incident_builders import STRIKE_DAY, deaths, denial, member

from flashpoint.incidents.merge import build_incident, keywords, merge_field


def test_merged_field_takes_the_value_most_sources_give_and_keeps_the_rest() -> None:
    members = [
        member("a", location="Kafr Dalil", source_key="wire"),
        member("b", location="Kafr Dalil", source_key="daily"),
        member("c", location="Idlib", source_key="mirror", geo_precision=3),
    ]
    merged = merge_field(members, "location")
    assert merged.value == "Kafr Dalil" and merged.event_ids == ("a", "b")
    assert [(alt.value, alt.event_ids, alt.sources) for alt in merged.alternatives] == [("Idlib", ("c",), 1)]


def test_reposts_do_not_outvote_an_independent_source() -> None:
    members = [
        member("a", location="Kafr Dalil", source_key="wire", geo_precision=1),
        member("b", location="Dalil Plain", source_key="mirror", geo_precision=2),
        member("c", location="Dalil Plain", source_key="mirror", geo_precision=2),  # a repost
    ]
    merged = merge_field(members, "location")
    assert merged.value == "Kafr Dalil"  # one source each: the more precise wins


def test_competing_claims_are_kept_per_claimant() -> None:
    members = [
        member("wire", source_key="wire", claims=(deaths(6, "civil defence"), deaths(4, "army"))),
        member("daily", source_key="daily", claims=(deaths(9, "civil defence", quantifier="at least"),)),
        member("north", source_key="north", claims=(denial("army"),)),
    ]
    incident = build_incident("inc-test", members)
    by_claimant = {c.claimant: c for c in incident.claims}
    civil = by_claimant["civil defence"]
    assert (civil.low, civil.best, civil.high, civil.claims) == (6, 6, 9, 2)  # best: the unqualified figure
    army = by_claimant["army"]
    assert (army.low, army.best, army.high) == (0, 4, 4)  # the denial counts in low only
    figure = incident.figure("fatalities")
    assert figure is not None and (figure.low, figure.conservative, figure.high) == (0, 4, 9)


def test_claims_without_claimant_are_the_outlets_own_voice() -> None:
    incident = build_incident("inc-test", [member("a", outlet="Meridian Wire", claims=(deaths(5, None),))])
    (summary,) = incident.claims
    assert summary.claimant == "Meridian Wire" and summary.own_voice


def test_incident_spans_dates_and_reports() -> None:
    members = [
        member("a", reported=STRIKE_DAY, event_date=STRIKE_DAY),
        member("b", reported=STRIKE_DAY + timedelta(days=3), event_date=STRIKE_DAY + timedelta(days=1)),
    ]
    incident = build_incident("inc-test", members)
    assert (incident.first_date, incident.last_date) == (STRIKE_DAY, STRIKE_DAY + timedelta(days=1))
    assert (incident.first_reported, incident.last_reported) == (STRIKE_DAY, STRIKE_DAY + timedelta(days=3))
    assert incident.event_ids == ("a", "b")


def test_most_precise_member_gives_the_coordinates() -> None:
    members = [
        member("a", latitude=35.0, longitude=36.0, geo_precision=3),
        member("b", latitude=35.9, longitude=36.6, geo_precision=1),
    ]
    incident = build_incident("inc-test", members)
    assert (incident.latitude, incident.longitude, incident.geo_precision) == (35.9, 36.6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drone strike kills six at the Kafr Dalil market",
            ("drone", "strike", "six", "kafr", "dalil", "market"),
        ),
        ("The, of and", ()),
    ],
    ids=["content-words", "function-words-only"],
)
def test_keywords(text: str, expected: tuple[str, ...]) -> None:
    assert keywords(text) == expected
