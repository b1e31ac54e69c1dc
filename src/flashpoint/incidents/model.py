"""Incidents: one real-world event as told by many reports, with every source and every competing figure.

An ``Incident`` groups member events (one per report that describes it). Its headline fields are
``MergedField`` values chosen from the members, each keeping the event ids that support it and the
alternatives other members gave; its figures are ``ClaimSummary`` ranges per claimant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flashpoint.events.model import Claim


@dataclass(frozen=True, slots=True, kw_only=True)
class IncidentMember:
    """One member event, with the facts clustering and merging need (so an incident is self-contained).

    ``source_key`` names the independent source behind the report: the origin outlet from the source
    registry (a republisher counts as the outlet it reposts), or the first article of a near-duplicate
    group when the outlet is unknown. ``reported`` is the report's publication date (or ingest date).
    """

    event_id: str
    article_id: str
    outlet: str | None
    source_key: str
    reported: date | None
    event_date: date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actors: tuple[str, ...]
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    injuries: int
    claims: tuple[Claim, ...] = ()
    keywords: tuple[str, ...] = ()  # content words of the report's title and evidence (see merge.keywords)


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldValue:
    """One value members gave for a field, and which member events gave it."""

    value: str | int | float | None
    event_ids: tuple[str, ...]
    sources: int  # distinct independent sources among those events


@dataclass(frozen=True, slots=True, kw_only=True)
class MergedField:
    """The incident's value for ``name`` (most independent sources, then most precise) plus alternatives."""

    name: str
    value: str | int | float | None
    event_ids: tuple[str, ...]  # provenance: the member events that gave ``value``
    alternatives: tuple[FieldValue, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimSummary:
    """One claimant's figures for one field across the incident's reports.

    ``claimant`` is the named claimant, or the reporting outlet when the text gives none (``own_voice``).
    Each report's figures for the claimant come from ``events.claims.figures_by_claimant`` (low, best =
    the report's latest figure, high). Across reports: ``low``/``high`` are the smallest/largest;
    ``best`` is the median (lower middle) of the reports' bests that carry no hedge or quantifier
    ("reportedly", "at least"), or of all bests when every one does; a denial counts as 0 in ``low``
    only. ``claims`` counts reports.
    """

    field: str
    claimant: str | None
    own_voice: bool
    low: int
    best: int
    high: int
    claims: int
    event_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureRange:
    """An incident-level figure: ``conservative`` is the smallest claimant best (ACLED's rule)."""

    field: str
    low: int
    conservative: int
    high: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Incident:
    id: str
    event_type: str
    sub_event_type: str
    first_date: date | None
    last_date: date | None
    time_precision: int
    country: str | None
    admin1: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    actors: tuple[str, ...]
    fields: tuple[MergedField, ...]
    members: tuple[IncidentMember, ...]
    sources: tuple[str, ...]  # distinct independent source keys
    first_reported: date | None
    last_reported: date | None
    figures: tuple[FigureRange, ...]
    claims: tuple[ClaimSummary, ...]

    @property
    def event_ids(self) -> tuple[str, ...]:
        return tuple(member.event_id for member in self.members)

    @property
    def source_count(self) -> int:
        return len(self.sources)

    def figure(self, field: str) -> FigureRange | None:
        return next((f for f in self.figures if f.field == field), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class SplitRecord:
    """A user's split: ``moved`` events left ``incident_id`` for ``new_incident_id`` and never rejoin it.

    Clustering keeps the two sides apart for good: no later event joins an incident holding members of
    both sides of any split.
    """

    id: int
    incident_id: str
    new_incident_id: str
    moved: tuple[str, ...]
    kept: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One stored article's events, with what clustering needs to know about its source."""

    article_id: str
    outlet: str | None
    source_key: str
    reported: date | None
    members: tuple[IncidentMember, ...]


__all__ = [
    "ClaimSummary",
    "FieldValue",
    "FigureRange",
    "Incident",
    "IncidentMember",
    "MergedField",
    "Report",
    "SplitRecord",
]
