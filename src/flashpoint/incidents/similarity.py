"""Compatibility rules: may an event be the same real-world incident as a cluster of events?

Hard rules (type family, date window, distance, split constraints) say no; otherwise :func:`score` gives
a value in 0..1 and the clusterer joins the best cluster scoring at least :data:`JOIN_THRESHOLD`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flashpoint.events.ontology import EventType

# Days either side of a date, by time precision (1 day, 2 week, 3 month). Calibrated on UCDP GED dev
# headlines dated by their source date: 69 % of same-event report pairs are 0-1 day apart (the rest
# are later round-ups and reviews up to months later, which no window catches without merging distinct
# SOHR daily reports); a 1-day slack on each side admits day d-2..d+2 for two day-precise reports.
DATE_SLACK_DAYS: dict[int, int] = {1: 1, 2: 7, 3: 31}
# Uncertainty radius in km by geo precision (1 exact, 2 near, 3 region). Two places are compatible
# when their distance is within the sum of the radii. Region = a governorate-sized area (~45 km); exact
# and near follow ACLED's definitions (the town; within ~25 km). Blocking cells (cluster.py) are 1 degree,
# so two radii must sum to < 91 km (a degree of longitude at 35 N): 45 + 45 = 90.
GEO_RADIUS_KM: dict[int, float] = {1: 5.0, 2: 25.0, 3: 45.0}
MAX_PAIR_KM = 90.0
# Join threshold on :func:`score` (moved by SOURCE_MARGIN, see there), calibrated with TEXT_WEIGHT /
# TEXT_SCALE on UCDP GED dev (10,432 headline reports) and FA-KES dev (156 articles), scoring both the
# pipeline's events and UCDP's own coded fields ("oracle extraction", which isolates these rules from
# extraction errors). Sweep of 2026-11-26 (`flashpoint eval incidents`, SOURCE_MARGIN 0.05), B-cubed F1
# for threshold 0.8 / 0.825 / 0.85 / 0.875 / 0.9: UCDP with UCDP's fields 0.857 / 0.871 / 0.881 / 0.860
# / 0.846; UCDP with pipeline events 0.792 / 0.793 / 0.793 / 0.793 / 0.793 (flat: extraction bounds it;
# the singleton baseline is 0.793 and a perfect clustering of the same events 0.882); FA-KES 0.951 /
# 0.960 / 0.965 / 0.961 / 0.955. Lower thresholds merge distinct same-day strikes in one town; higher
# ones need shared words as well and recall falls off.
JOIN_THRESHOLD = 0.85

# Corroboration: an incident no report of the member's source has told yet takes the member at
# JOIN_THRESHOLD - SOURCE_MARGIN (a second, independent outlet on the same place, day and type is what
# multi-source reporting looks like); an incident told only by the member's own source needs
# JOIN_THRESHOLD + SOURCE_MARGIN, since one outlet's running coverage of an area is mostly distinct
# incidents in near-identical wording ("shells target <town>", several a day), while its updates of one
# story repeat its specifics (same place, type and actors score near 1). Measured 2026-11-26 with
# `flashpoint eval incidents` (margin 0 -> 0.05): UCDP GED with UCDP's own coding ("ucdp-fields",
# which isolates these rules from extraction) F1 0.871 -> 0.881 (precision 0.889 -> 0.919); UCDP
# with pipeline events 0.792 -> 0.793 (precision 0.976 -> 0.986); FA-KES 0.958 -> 0.965. Flat within
# 0.001 on UCDP for own-source margins 0.03-0.08 and other-source margins 0.03-0.07; FA-KES loses
# 0.005 once the other-source margin reaches 0.07 (distinct strikes of one day in one governorate).
SOURCE_MARGIN = 0.05

# Weight of keyword overlap, and the Jaccard that counts as full agreement (x2: a Jaccard of 0.5, about
# what two outlets' ledes on one strike share, counts fully). Calibrated with JOIN_THRESHOLD (see there).
TEXT_WEIGHT = 0.1
TEXT_SCALE = 2.0

# Event types that reports of one incident are often coded as, by different outlets: a strike that one
# outlet calls shelling another reports as an attack on civilians; protests and riots blur likewise.
_FAMILIES: dict[str, str] = {
    EventType.BATTLES.value: "armed",
    EventType.EXPLOSIONS.value: "armed",
    EventType.VIOLENCE_AGAINST_CIVILIANS.value: "armed",
    EventType.PROTESTS.value: "unrest",
    EventType.RIOTS.value: "unrest",
    EventType.STRATEGIC_DEVELOPMENTS.value: "strategic",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    country: str | None  # casefolded
    admin1: str | None  # casefolded
    latitude: float | None
    longitude: float | None
    geo_precision: int | None


def type_family(event_type: str) -> str:
    return _FAMILIES.get(event_type, event_type)


def types_compatible(a: str, b: str) -> bool:
    return a == b or type_family(a) == type_family(b)


def slack_days(time_precision: int) -> int:
    return DATE_SLACK_DAYS.get(time_precision, DATE_SLACK_DAYS[3])


def radius_km(geo_precision: int | None) -> float:
    return GEO_RADIUS_KM.get(geo_precision or 3, GEO_RADIUS_KM[3])


def dates_compatible(day_a: int, prec_a: int, first: int, last: int, prec_b: int) -> bool:
    """Whether ordinal day ``day_a`` (precision ``prec_a``) fits a cluster spanning ``first..last``."""
    slack = slack_days(prec_a) + slack_days(prec_b)
    return first - slack <= day_a <= last + slack


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# Place evidence when all that is known to agree is the province (admin1): two reports naming only the
# province, or a province-wide report (geo precision 3) and any place inside that province, however far
# from the province's centroid ("shelling in Idlib" vs a named village of Idlib governorate). It is
# weak evidence: a pair reaches JOIN_THRESHOLD on it only with the same date, sub-event type and actors
# (and, when both have keywords, a keyword Jaccard of 0.43 or more). Letting a region match its whole
# province changed no figure on UCDP or FA-KES by more than 0.001.
SAME_ADMIN1_SCORE = 0.5


def place_score(a: Place, b: Place) -> float | None:
    """1 for the same spot, falling to half at the edge of the radii (0.7 to 0.35 when either side is a
    region); at least :data:`SAME_ADMIN1_SCORE` for a region and a place inside it; None when incompatible."""
    if a.country and b.country and a.country != b.country:
        return None
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        near = _distance_score(a, b)
        return max(near or 0.0, SAME_ADMIN1_SCORE) if _within_region(a, b) else near
    if a.admin1 and b.admin1:
        return SAME_ADMIN1_SCORE if a.admin1 == b.admin1 else None
    return 0.25  # only the country is known on one side


def _within_region(a: Place, b: Place) -> bool:
    """Whether one side is a whole region (precision 3) and the other lies in it (same admin1)."""
    vague = max(a.geo_precision or 3, b.geo_precision or 3) >= 3
    return vague and a.admin1 is not None and a.admin1 == b.admin1


def _distance_score(a: Place, b: Place) -> float | None:
    limit = min(radius_km(a.geo_precision) + radius_km(b.geo_precision), MAX_PAIR_KM)
    distance = haversine_km(a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0, b.longitude or 0.0)
    if distance > limit:
        return None
    exactness = 1.0 if max(a.geo_precision or 3, b.geo_precision or 3) <= 2 else 0.7
    return exactness * (1.0 - 0.5 * distance / limit)


def identified_actors(names: Iterable[str]) -> frozenset[str]:
    """Casefolded actor names, without ACLED's placeholders ("Unidentified Armed Group (Syria)"):
    an unidentified perpetrator says nothing about who acted, so it neither matches nor conflicts.
    (Counting them as names joined distinct strikes by "Unidentified Armed Group (Syria)" and split a
    strike one outlet blamed on a named force: dropping them took UCDP F1 0.791 -> 0.794, precision
    0.974 -> 0.987, and FA-KES 0.953 -> 0.960.)"""
    folded = (name.casefold() for name in names)
    return frozenset(n for n in folded if not n.startswith("unidentified"))


def actor_score(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of the actor names (0.5 when either side names none: no evidence either way)."""
    if not a or not b:
        return 0.5
    return len(a & b) / min(len(a), len(b))


def date_score(day_a: int, first: int, last: int) -> float:
    """1 inside the span, then 1 / (1 + days beyond it), whatever the precision: a vague date may be
    compatible (``dates_compatible``) but counts as weak evidence. (Scoring week-precise dates as exact
    within their slack cut UCDP B-cubed F1 from 0.789 to 0.704: headline events are mostly week-precise.)"""
    if first <= day_a <= last:
        return 1.0
    gap = min(abs(day_a - first), abs(day_a - last))
    return 1.0 / (1.0 + gap)


def text_score(a: frozenset[str], others: Sequence[frozenset[str]]) -> float | None:
    """Best Jaccard similarity of ``a`` with any of ``others``' keyword sets (None when there are none)."""
    if not a:
        return None
    best = None
    for other in others:
        if other:
            value = len(a & other) / len(a | other)
            best = value if best is None or value > best else best
    return best


def join_threshold(base: float, source: str, incident_sources: set[str] | frozenset[str]) -> float:
    """The score a member from ``source`` needs to join an incident told by ``incident_sources``."""
    if source not in incident_sources:
        return base - SOURCE_MARGIN
    return base + SOURCE_MARGIN if len(incident_sources) == 1 else base


def score(
    *, type_match: bool, sub_match: bool, dates: float, place: float, actors: float, text: float | None = None
) -> float:
    """Weighted evidence that the event and the cluster are one incident.

    Without keywords: place and date carry most, type and actors break ties. With keywords, the
    report's words take TEXT_WEIGHT of the score: extracted places and types of short reports disagree
    often (UCDP GED dev: only 43 % of same-event report pairs got the same admin1), their words less so.
    """
    kind = 1.0 if sub_match else (0.6 if type_match else 0.2)
    structured = 0.3 * place + 0.3 * dates + 0.2 * kind + 0.2 * actors
    if text is None:
        return structured
    return (1 - TEXT_WEIGHT) * structured + TEXT_WEIGHT * min(1.0, text * TEXT_SCALE)


__all__ = [
    "DATE_SLACK_DAYS",
    "GEO_RADIUS_KM",
    "JOIN_THRESHOLD",
    "MAX_PAIR_KM",
    "SAME_ADMIN1_SCORE",
    "SOURCE_MARGIN",
    "Place",
    "actor_score",
    "date_score",
    "dates_compatible",
    "haversine_km",
    "identified_actors",
    "join_threshold",
    "place_score",
    "radius_km",
    "score",
    "slack_days",
    "text_score",
    "type_family",
    "types_compatible",
]
