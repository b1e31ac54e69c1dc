"""Resolve the place mentions of one document against the gazetteer, together.

Each mention's candidates are scored by population, match quality, feature class against what the text
says the place is ("the town of", "province", "station"), and the document's context: the countries named
in it or given by its actors, and the countries and admin1 units of the document's other places. Scoring
runs twice: the first round's picks (each weighted by how clearly it won) are the context of the second.
Relative mentions then set the point and an honest precision: NEAR keeps the place at precision 2,
BETWEEN takes the midpoint of both places at precision 2, REGION ("eastern Homs", "Aleppo countryside")
takes the admin1 unit at precision 3, or, when the name is only a town ("rural Ras al-Ain"), the town at
precision 2. Places written "X, Y" or "X (Y, Z)" are read as X inside Y. A name the gazetteer does not
know (or only as a namesake outside the unit named after it) falls back to the smallest unit the text
names around it. The top candidates with their scores stay on each ``Place`` for inspection.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from flashpoint.mentions.model import PlaceMention, PlaceRelation
from flashpoint.places.build import ADMIN1_PREFIX, COUNTRY_PREFIX
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.geo import distance_km, midpoint
from flashpoint.places.model import Candidate, GeoPrecision, Place
from flashpoint.places.normalize import place_key

ADMIN_KINDS = frozenset(
    {
        "province",
        "governorate",
        "region",
        "state",
        "oblast",
        "prefecture",
        "department",
        "countryside",
        "county",
    }
)
FACILITY_KINDS = frozenset(
    {
        "station",
        "base",
        "airbase",
        "air base",
        "airport",
        "crossing",
        "border crossing",
        "highway",
        "road",
        "checkpoint",
        "camp",
        "oil field",
        "gas field",
        "field",
        "garrison",
        "prison",
        "bridge",
        "dam",
        "port",
        "junction",
        "motorway",
        "refinery",
    }
)
UNIT_CODES = frozenset({"ADM1", "PCLI"})
KEPT_CANDIDATES = 5
_UNIT_PREFIXES = (ADMIN1_PREFIX, COUNTRY_PREFIX)

# Weights of the candidate score; set by hand and checked on the seed article and ACLED 2020-05 notes
# (tools/measure_places.py): population spans 0..1 for 1..10M inhabitants, the document's country context
# adds up to 1.2 (so a context country beats a 100x larger namesake abroad), its admin1 context up to 0.6.
POPULATION_SCALE = 7.0
COUNTRY_WEIGHT = 1.2
ADMIN1_WEIGHT = 0.6
ACTOR_COUNTRY_VOTES = 1.0
NAMED_COUNTRY_VOTES = 2.0
UNIT_KIND_BONUS = 0.6
UNIT_WITHOUT_KIND_MALUS = 0.35  # "Idlib" alone is the city more often than the province
FACILITY_KIND_BONUS = 0.5
SPOT_WITHOUT_KIND_MALUS = 0.1
SKELETON_MALUS = 0.5  # times (1 - match score): a skeleton-only match (0.8) loses 0.1
# "X, Y" and "X (Y, Z)": a candidate of X inside Y (same admin1, or within CONTAINER_KM of a town Y) gains
# CONTAINER_WEIGHT, enough to beat a 1000x larger namesake elsewhere (ACLED notes write places this way).
CONTAINER_GAP = 2  # characters between the two mentions: ", " or " ("
PART_KINDS = frozenset({"neighbourhood", "neighborhood", "district", "area", "village", "suburbs", "sector"})
CONTAINER_CANDIDATES = 5
CONTAINER_KM = 60.0
CONTAINER_WEIGHT = 1.0
TRUSTED_POPULATION = 100_000  # an exact match this large outlives a container that does not contain it
# A pick in a country the document's context does not support at all, smaller than this (or matched by its
# consonant skeleton only), is taken for a false mention ("Centre for Research": Research, Australia);
# calibrated on the seed article and the ACLED notes.
ISOLATED_MAX_POPULATION = 1_000_000
CONTEXT_MIN_VOTES = 1.0


@dataclass(slots=True)
class _Context:
    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1s: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))

    def country_share(self, code: str) -> float:
        total = sum(self.countries.values())
        return self.countries[code] / total if total else 0.0

    def admin1_share(self, code: str, admin1: str | None) -> float:
        total = sum(self.admin1s.values())
        return self.admin1s[(code, admin1)] / total if total and admin1 else 0.0

    @property
    def votes(self) -> float:
        return float(sum(self.countries.values()))


@dataclass(frozen=True, slots=True, kw_only=True)
class _Ranked:
    """A mention's candidates, best first, with the scores of this document's context."""

    candidates: tuple[Candidate, ...]
    skeleton_only: frozenset[str] = frozenset()  # keys matched by consonant skeleton, not by the full key

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def margin(self) -> float:
        if not self.candidates:
            return 0.0
        runner_up = self.candidates[1].score if len(self.candidates) > 1 else 0.0
        return min(1.0, max(0.0, self.candidates[0].score - runner_up))


def resolve_places(
    mentions: Sequence[PlaceMention], gazetteer: Gazetteer, *, context_countries: Sequence[str] = ()
) -> list[Place | None]:
    """Resolve all place mentions of one document; ``None`` where nothing honest can be said."""
    names = [gazetteer.lookup(mention.name) for mention in mentions]
    others = [
        gazetteer.lookup(m.other) if m.relation is PlaceRelation.BETWEEN and m.other else [] for m in mentions
    ]
    frames = _frames(mentions, names)
    base = _base_context(mentions, names, context_countries)
    first_round = [_rank(m, c, base, f) for m, c, f in zip(mentions, names, frames, strict=True)]
    picks = _picks_by_name(mentions, first_round)
    places: list[Place | None] = []
    unknown: list[bool] = []  # no candidate, or only namesakes outside the unit written after it
    for mention, candidates, other_candidates, frame in zip(mentions, names, others, frames, strict=True):
        context = _with_picks(base, picks, exclude=place_key(mention.name))
        ranked = _rank(mention, candidates, context, frame)
        other = _rank(mention, other_candidates, context, _Frame())
        places.append(_place_of(mention, ranked, other, context, frame))
        unknown.append(not candidates or _outside_named_unit(ranked, frame))
    return [
        place or (_fallback(index, mentions, places) if unknown[index] else None)
        for index, place in enumerate(places)
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Frame:
    """What the words right after a mention say: "Tuzla, Istanbul", "Mithi town (Tharparkar, Sindh)"."""

    containers: tuple[Candidate, ...] = ()  # candidates of the units named right after the mention
    is_container: bool = False  # the mention itself names the unit of the one before it


def _frames(mentions: Sequence[PlaceMention], names: Sequence[list[Candidate]]) -> list[_Frame]:
    """Chains of mentions written "X, Y" or "X (Y, Z)": a later one may name a unit containing the earlier."""
    chained = [index > 0 and _chained(mentions[index - 1], mentions[index]) for index in range(len(mentions))]
    frames = []
    for index in range(len(mentions)):
        following = index + 1
        while following < len(mentions) and chained[following]:
            following += 1
        containers = tuple(c for later in names[index + 1 : following] for c in later[:CONTAINER_CANDIDATES])
        is_container = chained[index] and any(
            _contains(unit, candidate)
            for unit in names[index][:CONTAINER_CANDIDATES]
            for candidate in names[index - 1][:CONTAINER_CANDIDATES]
        )
        frames.append(_Frame(containers=containers, is_container=is_container))
    return frames


def _base_context(
    mentions: Sequence[PlaceMention], names: Sequence[list[Candidate]], context_countries: Sequence[str]
) -> _Context:
    context = _Context()
    for code in context_countries:
        context.countries[code.upper()] += ACTOR_COUNTRY_VOTES
    for mention, candidates in zip(mentions, names, strict=True):
        named = [c for c in candidates if c.feature_code == "PCLI" and c.score == 1.0]
        if named and mention.relation is not PlaceRelation.BETWEEN:
            context.countries[named[0].country_code] += NAMED_COUNTRY_VOTES
        units = [c for c in candidates if c.feature_code == "ADM1" and c.score == 1.0]
        if len({(c.country_code, c.admin1) for c in units}) == 1:
            context.admin1s[(units[0].country_code, units[0].admin1 or "")] += 1.0
    return context


def _picks_by_name(
    mentions: Sequence[PlaceMention], ranked: Sequence[_Ranked]
) -> dict[str, tuple[Candidate, float]]:
    """Each distinct name's first-round pick and its weight (a name repeated is one piece of evidence)."""
    picks: dict[str, tuple[Candidate, float]] = {}
    for mention, item in zip(mentions, ranked, strict=True):
        best = item.best
        if best is None or best.feature_code == "PCLI":
            continue
        key, weight = place_key(mention.name), 0.5 + item.margin
        if key not in picks or picks[key][1] < weight:
            picks[key] = (best, weight)
    return picks


def _with_picks(base: _Context, picks: dict[str, tuple[Candidate, float]], *, exclude: str) -> _Context:
    """The base context plus the picks of the document's other names."""
    context = _Context(countries=defaultdict(float, base.countries), admin1s=defaultdict(float, base.admin1s))
    for key, (best, weight) in picks.items():
        if key == exclude:
            continue
        context.countries[best.country_code] += weight
        if best.admin1:
            context.admin1s[(best.country_code, best.admin1)] += weight
    return context


def _rank(mention: PlaceMention, candidates: list[Candidate], context: _Context, frame: _Frame) -> _Ranked:
    scored = [(round(_score(mention, c, context, frame), 4), c) for c in candidates]
    scored.sort(key=lambda item: (-item[0], -item[1].population, item[1].key))
    kept = tuple(replace(candidate, score=score) for score, candidate in scored[:KEPT_CANDIDATES])
    skeleton_only = frozenset(c.key for c in candidates if c.score < 1.0)
    return _Ranked(candidates=kept, skeleton_only=skeleton_only)


def _score(mention: PlaceMention, candidate: Candidate, context: _Context, frame: _Frame) -> float:
    score = min(1.0, math.log10(candidate.population + 1) / POPULATION_SCALE)
    score -= SKELETON_MALUS * (1.0 - candidate.score)
    score += _feature_fit(mention, candidate, frame.is_container)
    if any(_contains(unit, candidate) for unit in frame.containers):
        score += CONTAINER_WEIGHT
    score += COUNTRY_WEIGHT * context.country_share(candidate.country_code)
    score += ADMIN1_WEIGHT * context.admin1_share(candidate.country_code, candidate.admin1)
    return score


def _contains(unit: Candidate, candidate: Candidate) -> bool:
    if unit.country_code != candidate.country_code or unit.key == candidate.key:
        return False
    if unit.admin1 is not None and unit.admin1 == candidate.admin1:
        return unit.feature_code == "ADM1" or unit.feature_class == "P"
    return (
        unit.feature_class == "P"
        and distance_km(unit.latitude, unit.longitude, candidate.latitude, candidate.longitude)
        <= CONTAINER_KM
    )


def _feature_fit(mention: PlaceMention, candidate: Candidate, is_container: bool) -> float:
    kind = mention.kind_hint
    if candidate.feature_code == "ADM1":
        wants_unit = kind in ADMIN_KINDS or mention.relation is PlaceRelation.REGION or is_container
        return UNIT_KIND_BONUS if wants_unit else -UNIT_WITHOUT_KIND_MALUS
    if candidate.feature_class in {"S", "R", "L", "T", "H", "V"}:
        return FACILITY_KIND_BONUS if kind in FACILITY_KINDS else -SPOT_WITHOUT_KIND_MALUS
    if candidate.feature_code == "PCLI":
        return 0.0
    return -UNIT_WITHOUT_KIND_MALUS if kind in ADMIN_KINDS - {"countryside"} else 0.0


def _place_of(
    mention: PlaceMention,
    ranked: _Ranked,
    other: _Ranked,
    context: _Context,
    frame: _Frame,
) -> Place | None:
    best = ranked.best
    if best is None or _isolated(ranked, context) or _outside_named_unit(ranked, frame):
        return None
    if mention.relation is PlaceRelation.BETWEEN:
        return _between(mention, ranked, other, context)
    if mention.relation is PlaceRelation.REGION:
        return _region(mention, ranked)
    precision = GeoPrecision.NEAR if mention.relation is PlaceRelation.NEAR else GeoPrecision.EXACT
    if best.feature_code in UNIT_CODES:
        precision = GeoPrecision.REGION
    return _place(mention, best, ranked.candidates, precision)


def _outside_named_unit(ranked: _Ranked, frame: _Frame) -> bool:
    """ "Halani town (Naushahro Feroze, Sindh)", "Shehpur area of Ahmedabad": a pick outside the units or
    towns named right after it is a namesake of a place the gazetteer lacks, and the mention falls back to
    the container; unless the pick is an exact match of a large place (then the text is more likely wrong)."""
    best = ranked.best
    if best is None or best.feature_code in UNIT_CODES:
        return False
    if best.key not in ranked.skeleton_only and best.population >= TRUSTED_POPULATION:
        return False
    containers = [
        unit
        for unit in frame.containers
        if unit.country_code == best.country_code
        and (unit.feature_code == "ADM1" or unit.feature_class == "P")
    ]
    return bool(containers) and not any(_contains(unit, best) for unit in containers)


def _isolated(ranked: _Ranked, context: _Context) -> bool:
    """A pick in a country nothing else in the document points to, when it is small or matched only by its
    skeleton (see ISOLATED_MAX_POPULATION)."""
    best = ranked.best
    if best is None or best.feature_code in UNIT_CODES or context.votes < CONTEXT_MIN_VOTES:
        return False
    if context.country_share(best.country_code) > 0.0:
        return False
    return best.key in ranked.skeleton_only or best.population < ISOLATED_MAX_POPULATION


def _between(mention: PlaceMention, ranked: _Ranked, other: _Ranked, context: _Context) -> Place | None:
    first, second = ranked.best, other.best
    if first is None:
        return None
    if second is None or _isolated(other, context):
        return _place(mention, first, ranked.candidates, GeoPrecision.NEAR)
    latitude, longitude = midpoint(first.latitude, first.longitude, second.latitude, second.longitude)
    centre = replace(first, latitude=latitude, longitude=longitude, key=f"between:{first.key}|{second.key}")
    return _place(mention, centre, ranked.candidates + other.candidates, GeoPrecision.NEAR)


def _region(mention: PlaceMention, ranked: _Ranked) -> Place | None:
    """ "eastern Homs", "Aleppo countryside": the unit at precision 3 (scoring prefers units for REGION);
    "rural Ras al-Ain", "the east part of Cali", a town with no unit of its name: the town at precision 2."""
    best = ranked.best
    if best is None:
        return None
    precision = GeoPrecision.REGION if best.feature_code in UNIT_CODES else GeoPrecision.NEAR
    return _place(mention, best, ranked.candidates, precision)


def _place(
    mention: PlaceMention, chosen: Candidate, candidates: tuple[Candidate, ...], precision: GeoPrecision
) -> Place:
    return Place(
        location=chosen.name,
        country=chosen.country,
        country_code=chosen.country_code,
        admin1=chosen.admin1,
        admin2=chosen.admin2,
        latitude=round(chosen.latitude, 5),
        longitude=round(chosen.longitude, 5),
        geo_precision=precision,
        mention_start=mention.start,
        mention_end=mention.end,
        key=chosen.key,
        candidates=candidates,
    )


def _fallback(index: int, mentions: Sequence[PlaceMention], places: Sequence[Place | None]) -> Place | None:
    """An unresolved mention takes the smallest unit the text names around it: a place written right after
    it ("Chifuko village (Kabare, Sud-Kivu)": Kabare, precision 2), else an admin1 unit, else a country
    resolved in its sentence (precision 3)."""
    mention = mentions[index]
    following = index + 1
    while following < len(mentions) and _chained(mentions[following - 1], mentions[following]):
        place = places[following]
        if place is not None:
            precision = GeoPrecision.REGION if place.key.startswith(_UNIT_PREFIXES) else GeoPrecision.NEAR
            return _as_fallback(place, mention, max(precision, place.geo_precision))
        following += 1
    units = [
        place
        for other, place in zip(mentions, places, strict=True)
        if place is not None and other.sentence == mention.sentence and place.key.startswith(_UNIT_PREFIXES)
    ]
    units.sort(key=lambda place: not place.key.startswith(ADMIN1_PREFIX))
    return _as_fallback(units[0], mention, GeoPrecision.REGION) if units else None


def _as_fallback(place: Place, mention: PlaceMention, precision: GeoPrecision) -> Place:
    return replace(
        place, geo_precision=precision, mention_start=mention.start, mention_end=mention.end, candidates=()
    )


def _chained(first: PlaceMention, second: PlaceMention) -> bool:
    """ "X, Y", "X (Y", or "X district of Y": the second mention may name a unit containing the first."""
    if first.sentence != second.sentence:
        return False
    gap = second.start - first.end
    return 0 <= gap <= CONTAINER_GAP or (first.kind_hint in PART_KINDS and gap <= len(" of "))


__all__ = ["resolve_places"]
