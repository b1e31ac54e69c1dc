"""Corroboration: a second independent source joins more readily than one more report of the only source."""

from __future__ import annotations

import pytest
from incident_builders import member

from flashpoint.incidents.cluster import Blocker, IncidentClusterer, cluster_members, explain_pair
from flashpoint.incidents.model import IncidentMember
from flashpoint.incidents.similarity import JOIN_THRESHOLD, SOURCE_MARGIN, join_threshold


@pytest.mark.parametrize(
    ("source", "incident_sources", "expected"),
    [
        ("levant daily", {"meridian wire"}, JOIN_THRESHOLD - SOURCE_MARGIN),
        ("meridian wire", {"meridian wire"}, JOIN_THRESHOLD + SOURCE_MARGIN),
        ("meridian wire", {"meridian wire", "levant daily"}, JOIN_THRESHOLD),
    ],
    ids=["new-independent-source", "only-its-own-source", "already-corroborated"],
)
def test_join_threshold_depends_on_who_told_the_incident(
    source: str, incident_sources: set[str], expected: float
) -> None:
    assert join_threshold(JOIN_THRESHOLD, source, incident_sources) == pytest.approx(expected)


# A report of shelling in the same town that day, no actor named, other words: middling evidence.
def _follow_up(source: str) -> list[IncidentMember]:
    later = member(
        "later",
        article_id="article-later",
        source_key=source,
        sub_event_type="Shelling/artillery/missile attack",
        actors=(),
        keywords=("shells", "kafr", "dalil", "market"),
    )
    return [member("first"), later]


@pytest.mark.parametrize(
    ("source", "incidents"),
    [("levant daily", 1), ("meridian wire", 2)],
    ids=["second-outlet-corroborates", "same-outlet-running-coverage"],
)
def test_middling_evidence_joins_only_across_sources(source: str, incidents: int) -> None:
    first, later = _follow_up(source)
    total = explain_pair(first, later).total
    assert total is not None and JOIN_THRESHOLD - SOURCE_MARGIN <= total < JOIN_THRESHOLD + SOURCE_MARGIN
    assert len(cluster_members([first, later])) == incidents


def test_an_outlets_update_of_its_own_story_still_joins() -> None:
    update = member("update", article_id="article-update", fatalities=9)  # same place, day, type, actors
    assert len(cluster_members([member("first"), update])) == 1
    assert explain_pair(member("first"), update).blocker is Blocker.NONE


def test_once_corroborated_the_incident_takes_either_source_at_the_base_threshold() -> None:
    clusterer = IncidentClusterer()
    founded = clusterer.add(member("first"))
    assert clusterer.add(member("second", article_id="a2", source_key="levant daily")) == founded
    first, later = _follow_up("meridian wire")
    total = explain_pair(first, later).total
    joined = clusterer.add(later) == founded
    assert total is not None and joined == (total >= JOIN_THRESHOLD)
