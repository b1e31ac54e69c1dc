"""Resolve the place mentions of one document against the gazetteer, together.

Each mention's candidates are scored by population, match quality, feature class against what the text
says the place is ("the town of", "province", "station"), and the document's context: the countries named
in it or given by its actors, and the countries and admin1 units of the document's other places. Scoring
runs twice: the first round's picks (each weighted by how clearly it won) are the context of the second.
Relative mentions then set the point and an honest precision: NEAR keeps the place at precision 2,
BETWEEN takes the midpoint of both places at precision 2, REGION ("eastern Homs", "Aleppo countryside")
takes the admin1 unit at precision 3, or, when the name is only a town ("rural Ras al-Ain"), the town at
precision 2. Places written "X, Y", "X in Y" or "X (Y, Z)" are read as X inside Y, and Y, which names
where the event's place lies rather than the place itself, is never claimed at precision 1. A name the
gazetteer does not know (or only as a namesake outside the unit named after it) falls back to the smallest
unit the text names around it: a district (a second-level unit, precision 2), a town nearby (precision 2),
an admin1 unit or a country (precision 3). Precision 1 is claimed only for a full-key match that a
country of the document vouches for; a skeleton-only match, a match through an alternate name alone in a
country nothing else points to, a match through an alternate name that is another name rather than a spelling
("Oleksandrivka" for Donetsk), and a town standing for the unit the text names ("Yangi Qala district") are
precision 2. A name written twice is one place, decided by the occurrence with units written after it; and
the admin1 unit a name itself names does not vote for that name when a large city of the country, in another
unit, has it too ("Kyiv": the city, not the oblast). A small pick in a country nothing in the document points
to is dropped as a false mention, unless the text calls it a settlement ("Tartous city"), another name of
the document has a place in the same country, or the country borders one the context names. A country
named again and again counts once in the context, as a repeated name's pick does. A unit of a country the
document supports is never taken for a namesake outside a foreign town written after it, and a large place
picked from its own candidates keeps it when another occurrence of its name fell back to a unit ("the
highway of Daraa to Damascus" does not move "Daraa Province"). The top candidates with their scores stay on
each ``Place`` for inspection.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache

from flashpoint.mentions.model import PlaceMention, PlaceRelation
from flashpoint.mentions.places import DIRECTION_UNIT_WORDS, DIRECTIONS, INNER_ARTICLE
from flashpoint.places.build import ADMIN1_PREFIX, COUNTRY_PREFIX
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.geo import distance_km, midpoint
from flashpoint.places.katottg import APPROXIMATE_PREFIX, KATOTTG_PREFIX
from flashpoint.places.model import Candidate, GeoPrecision, Place
from flashpoint.places.normalize import place_key, strip_unit_words

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
# Kinds that name a second-level unit ("Raizh district", "Rafi LGA", "Nimbahera taluka").
ADMIN2_KINDS = frozenset(
    {
        "district",
        "sub-district",
        "subdistrict",
        "municipality",
        "county",
        "lga",
        "tehsil",
        "taluka",
        "upazila",
        "woreda",
        "raion",
        "rayon",
        "department",
        "prefecture",
        "province",
    }
)
SETTLEMENT_KINDS = frozenset(
    {"city", "town", "village", "villages", "towns", "hamlet", "capital", "port city"}
)
UNIT_CODES = frozenset({"ADM1", "PCLI"})
# "Yangi Qala district" resolved to the town: the town stands for the whole unit (precision 2)
UNIT_KINDS = (ADMIN_KINDS | ADMIN2_KINDS) - {"countryside"}
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
NEIGHBOURHOOD_KINDS = frozenset({"neighbourhood", "neighborhood"})  # a part of a town: no town's kind
PART_KINDS = frozenset({"neighbourhood", "neighborhood", "district", "area", "village", "suburbs", "sector"})
CONTAINER_CANDIDATES = 5
CONTAINER_KM = 60.0
CONTAINER_WEIGHT = 1.0
# Below this similarity of keys an alternate name is another name, not a spelling (ACLED 2020-05 notes:
# Mogilev/Mahilyow 0.43, Gomel/Homyel 0.73 are spellings; Oleksandrivka/Donetsk 0.30, Allahabad/Prayagraj 0.35)
OTHER_NAME_SIMILARITY = 0.4
SPELLING_SIMILARITY = (
    0.8  # "Tobruk"/"Tubruq" 0.83, "Derna"/"Darnah" 0.8: spellings of one name; below: other words
)
TRUSTED_POPULATION = 100_000  # an exact match this large outlives a container that does not contain it
# A pick in a country the document's context does not support at all, smaller than this (or matched by its
# consonant skeleton only), is taken for a false mention ("Centre for Research": Research, Australia);
# calibrated on the seed article and the ACLED notes.
ISOLATED_MAX_POPULATION = 1_000_000
CONTEXT_MIN_VOTES = 1.0
LOOSE_ALIAS_COUNTRIES = 3  # an alternate name shared by places in this many countries singles out none
# A runner-up this close in score and this far away makes the pick ambiguous: claimed at precision 2. The
# margin is what a tenfold population difference is worth, all else equal (ACLED 2020-05: precision-1 picks
# within 10 km 0.896 -> 0.906, no pick moved).
NAMESAKE_MARGIN = 1.0 / POPULATION_SCALE
NAMESAKE_KM = 25.0
SCORE_ROUNDING = 1e-3  # scores are rounded to 4 places before they are compared (_rank)
SMALL_POPULATION = 10_000  # a village: its namesakes are many and gazetteers hold only some of them
# a namesake abroad a tenth as large as the pick makes a pick in a country nothing supports uncertain
FOREIGN_NAMESAKE_RATIO = 10
PART_MATCH_SCORE = 0.8  # a town found through the first part of "Town-Part": scored as a skeleton match
PART_HEAD_MIN = 4  # shorter first parts are articles and particles ("Al-", "El-", "Ad-")
# A standing front's line (front_line_points): a village within LINE_KM of a village on it lies on it and
# weighs LINE_WEIGHT more (as much as a unit the text names: more than a tenfold larger namesake off the line);
# a listed name whose places in the front's units lie farther apart than LINE_ANCHOR_SPREAD_KM gives no point
LINE_KM = 15.0
LINE_WEIGHT = 0.6
LINE_ANCHOR_SPREAD_KM = 10.0
_LINE_DEGREES = 0.2  # a latitude difference above this (22 km) is beyond LINE_KM without computing distance
# A direction in a unit ("the southern countryside of Idlib"): the outer third of its settlements that way
# (unit_part). On ACLED 2020-05 this moved 12 notes placed at such a unit: 10 closer to the gold point, 2
# farther; 6 more within 25 km, none fewer.
PART_SHARE = 1 / 3
PART_MIN_SETTLEMENTS = 6
SUPPLEMENT_PREFIX = "supplement:"
# A gazetteer point whose source says it may lie farther than this from the feature (the supplement's
# precision_km: "15 km north of Donetsk", a pipeline station "between Tadmur and ...") is never the exact place
EXACT_WITHIN_KM = 3.0
SUPPLEMENT_PROMINENCE = 100_000
# Entries of a national source that lists every village (and so many namesakes) without population: only
# candidates in a report that points to that country (see _bound_countries)
NATIONAL_SOURCES: dict[str, str] = {KATOTTG_PREFIX: "UA"}


@dataclass(slots=True)
class _Context:
    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1s: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    borders: Callable[[str], frozenset[str]] = field(default=lambda code: frozenset())
    shared: frozenset[str] = frozenset()  # countries where two or more of the document's names have a place
    textual: set[str] = field(default_factory=set)  # countries the text itself names or places picks in
    # name key -> the admin1 unit it names, for names that are also a large city's (see _has_city_namesake)
    own_units: dict[str, tuple[str, str]] = field(default_factory=dict)
    line: tuple[tuple[float, float], ...] = ()  # points of a standing front's line the report refers to

    def country_share(self, code: str) -> float:
        total = sum(self.countries.values())
        return self.countries[code] / total if total else 0.0

    def admin1_share(self, code: str, admin1: str | None) -> float:
        total = sum(self.admin1s.values())
        return self.admin1s[(code, admin1)] / total if total and admin1 else 0.0

    @property
    def supported(self) -> frozenset[str]:
        """The countries something in the document points to."""
        return frozenset(code for code, votes in self.countries.items() if votes > 0.0)

    @property
    def votes(self) -> float:
        return float(sum(self.countries.values()))


@dataclass(frozen=True, slots=True, kw_only=True)
class _Ranked:
    """A mention's candidates, best first, with the scores of this document's context."""

    candidates: tuple[Candidate, ...] = ()
    skeleton_only: frozenset[str] = frozenset()  # keys matched by consonant skeleton, not by the full key
    confirmed: bool = False  # the text says the name is a settlement ("X city", "the village of X")
    written: str = ""  # the name as the text writes it
    kind: str | None = None  # what the text calls the place ("city", "camp", "province")

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def margin(self) -> float:
        """How clearly the pick beat the best candidate elsewhere: "Damascus" the city and its governorate
        are one place, so the runner-up is the best candidate outside the pick's admin1 unit."""
        if not self.candidates:
            return 0.0
        best = self.candidates[0]
        elsewhere = [
            c.score
            for c in self.candidates[1:]
            if (c.country_code, c.admin1) != (best.country_code, best.admin1)
        ]
        runner_up = elsewhere[0] if elsewhere else 0.0
        return min(1.0, max(0.0, best.score - runner_up))


def resolve_places(
    mentions: Sequence[PlaceMention],
    gazetteer: Gazetteer,
    *,
    context_countries: Sequence[str] = (),
    context_admin1s: Sequence[tuple[str, str]] = (),
    front_line: Sequence[tuple[float, float]] = (),
) -> list[Place | None]:
    """Resolve all place mentions of one document; ``None`` where nothing honest can be said.

    ``context_countries`` (ISO codes: the actors', the text's demonyms') and ``context_admin1s`` ((ISO code,
    unit name): a standing front's units) weigh candidates as the document's own names do; ``front_line``
    (points of that front's line, see :func:`front_line_points`) weighs the villages on it (LINE_WEIGHT)."""
    names = [_units_if_directions(mention, _lookup(mention.name, gazetteer)) for mention in mentions]
    bound = _bound_countries(names, context_countries)
    names = [_on_front(_superseded(_in_view(candidates, bound)), context_admin1s) for candidates in names]
    others = [
        gazetteer.lookup(m.other) if m.relation is PlaceRelation.BETWEEN and m.other else [] for m in mentions
    ]
    frames = _frames(mentions, names)
    base = _base_context(mentions, names, frames, context_countries)
    for code, unit in context_admin1s:
        base.admin1s[(code.upper(), unit)] += 1.0
    base.borders = gazetteer.neighbours
    base.line = tuple(front_line)
    base.shared = _shared_countries(mentions, names, context_countries)
    first_round = [
        _rank(m, c, _with_picks(base, {}, exclude=place_key(m.name)), f)
        for m, c, f in zip(mentions, names, frames, strict=True)
    ]
    picks = _picks_by_name(mentions, [_Ranked() if _isolated(r, base) else r for r in first_round])
    places: list[Place | None] = []
    unknown: list[bool] = []  # no candidate, or only namesakes outside the unit written after it
    for index, (mention, candidates, other_candidates, frame) in enumerate(
        zip(mentions, names, others, frames, strict=True)
    ):
        context = _with_picks(base, picks, exclude=place_key(mention.name))
        ranked = _rank(mention, candidates, context, frame)
        other = _rank(mention, other_candidates, context, _Frame())
        place = _in_part(
            _at_unit(_place_of(mention, ranked, other, context, frame), gazetteer), mention, gazetteer
        )
        places.append(place)
        unknown.append(
            not candidates
            or _outside_named_unit(ranked, frame, context, mention.kind_hint)
            or (place is None and _before_container(index, mentions))
        )
    resolved = [
        place or (_fallback(index, mentions, places) if unknown[index] else None)
        for index, place in enumerate(places)
    ]
    framed = [
        _as_container(place)
        if place is not None and _is_container(index, mentions, frames, unknown, resolved)
        else place
        for index, place in enumerate(resolved)
    ]
    kept = [None if _off_front(place, context_admin1s) else place for place in framed]
    return _same_name_same_place(mentions, frames, kept)


def _units_if_directions(mention: PlaceMention, candidates: list[Candidate]) -> list[Candidate]:
    """A name made of direction words ("Central", "Far North", "North East") names a unit or nothing: the towns
    and hamlets so named elsewhere ("North East", Pennsylvania) are not what a report means by it."""
    if not _direction_named(mention.name):
        return candidates
    return [c for c in candidates if c.feature_code in UNIT_CODES or c.feature_code == "ADM2"]


def _direction_named(name: str) -> bool:
    words = name.casefold().replace("-", " ").split()
    return bool(words) and all(word in DIRECTIONS or word in DIRECTION_UNIT_WORDS for word in words)


def _bound_countries(names: Sequence[list[Candidate]], context_countries: Sequence[str]) -> frozenset[str]:
    """The countries a report points to for NATIONAL_SOURCES: the actors', its demonyms' and a standing
    front's (``context_countries``), and those of the countries and admin1 units it names."""
    named = {
        c.country_code
        for candidates in names
        for c in candidates
        if c.feature_code in UNIT_CODES and c.score == 1.0
    }
    return frozenset({code.upper() for code in context_countries} | named)


def _in_view(candidates: list[Candidate], bound: frozenset[str]) -> list[Candidate]:
    """``candidates`` without the entries of a national source whose country the report does not point to:
    "Vodiane" is one of several Ukrainian villages, not a place for a report from elsewhere."""
    return [
        c
        for c in candidates
        if (prefix := c.key[: c.key.find(":") + 1]) not in NATIONAL_SOURCES
        or NATIONAL_SOURCES[prefix] in bound
    ]


def _superseded(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` (all found under one written name) without the estimated points (APPROXIMATE_PREFIX) of
    villages that another candidate places in the same unit nearby (NAMESAKE_KM): a GeoNames dump or feature
    the user imported gives that village's own point."""
    exact = [c for c in candidates if not c.key.startswith(APPROXIMATE_PREFIX)]
    if len(exact) == len(candidates):
        return candidates
    return [
        c
        for c in candidates
        if not c.key.startswith(APPROXIMATE_PREFIX)
        or not any(
            (e.country_code, e.admin1) == (c.country_code, c.admin1)
            and distance_km(e.latitude, e.longitude, c.latitude, c.longitude) <= NAMESAKE_KM
            for e in exact
        )
    ]


def _at_unit(place: Place | None, gazetteer: Gazetteer) -> Place | None:
    """A place whose point is an estimate, kept only at precision 3 (its namesakes lie apart in one unit), is
    placed at its admin1 unit's point, as other precision-3 events are."""
    if (
        place is None
        or place.geo_precision < GeoPrecision.REGION
        or not place.key.startswith(APPROXIMATE_PREFIX)
    ):
        return place
    unit = gazetteer.admin1(place.admin1, place.country_code) if place.admin1 else None
    if unit is None:
        return None
    return replace(
        place,
        location=unit.name,
        latitude=round(unit.latitude, 5),
        longitude=round(unit.longitude, 5),
        key=unit.key,
    )


def _in_part(place: Place | None, mention: PlaceMention, gazetteer: Gazetteer) -> Place | None:
    """ "the southern countryside of Idlib", "northeastern Homs province": a first-level unit placed at the part
    of it the direction names, still at the precision of a region (see unit_part)."""
    if (
        place is None
        or mention.relation is not PlaceRelation.REGION
        or place.admin1 is None
        or not place.key.startswith(ADMIN1_PREFIX)
    ):
        return place
    part = unit_part(gazetteer.settlements(place.country_code, place.admin1), mention.direction)
    if part is None:
        return place
    return replace(
        place,
        location=f"{mention.direction} {place.location}",
        latitude=round(part[0], 5),
        longitude=round(part[1], 5),
    )


def unit_part(
    settlements: Sequence[tuple[float, float]], direction: str | None
) -> tuple[float, float] | None:
    """The point of the part of a unit a compass word names: the median of its settlements in the outer
    PART_SHARE of their latitudes ("southern": the southernmost third), longitudes ("eastern"), or both
    ("north-west"); None for no direction, "central", or a unit with fewer than PART_MIN_SETTLEMENTS (whose
    extent they do not show) or none in that corner."""
    north, east = _compass(direction)
    if (north, east) == (0, 0) or len(settlements) < PART_MIN_SETTLEMENTS:
        return None
    chosen = list(settlements)
    for axis, sign in ((0, north), (1, east)):
        if sign:
            values = sorted(point[axis] for point in settlements)
            cut = max(1, round(len(values) * PART_SHARE))  # how many settlements the outer part holds
            bound = values[-cut] if sign > 0 else values[cut - 1]
            chosen = [p for p in chosen if (p[axis] >= bound if sign > 0 else p[axis] <= bound)]
    if not chosen:
        return None
    return statistics.median(p[0] for p in chosen), statistics.median(p[1] for p in chosen)


def _compass(direction: str | None) -> tuple[int, int]:
    """(north-south, east-west) signs of a direction word: "southern" (-1, 0), "north-west" (1, -1)."""
    word = (direction or "").lower()
    north = 1 if word.startswith("north") else -1 if word.startswith("south") else 0
    east = 1 if "east" in word else -1 if "west" in word else 0
    return north, east


def _on_front(candidates: list[Candidate], fronts: Sequence[tuple[str, str]]) -> list[Candidate]:
    """``candidates`` without the villages of a standing front's country that lie outside every unit the front
    runs through (see _off_front), so that a namesake on the line can be the pick."""
    if not fronts:
        return candidates
    return [c for c in candidates if not _off_front_candidate(c, fronts)]


def _off_front_candidate(candidate: Candidate, fronts: Sequence[tuple[str, str]]) -> bool:
    in_front_country = any(code.upper() == candidate.country_code for code, _ in fronts)
    inside = any((code.upper(), unit) == (candidate.country_code, candidate.admin1) for code, unit in fronts)
    return (
        in_front_country
        and not inside
        and candidate.feature_class == "P"
        and candidate.population < TRUSTED_POPULATION
    )


def _off_front(place: Place | None, fronts: Sequence[tuple[str, str]]) -> bool:
    """A settlement in a standing front's country but outside every unit the front runs through, in a report
    of fire along that front: a namesake far from the line (villages repeat their names across a country),
    not the place the report means; a large town is exempt (TRUSTED_POPULATION)."""
    if place is None or not fronts or not place.candidates:
        return False
    pick = replace(place.candidates[0], country_code=place.country_code, admin1=place.admin1)
    return _off_front_candidate(pick, fronts)


def _lookup(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The candidates of a name (without an inner article when only that finds it exactly, INNER_ARTICLE);
    for an unknown "Town-Part" name ("Zolote-4", "Donetsk-Kirovskyi", ACLED's way
    of writing a district of a town), the towns (not villages: "Kalynove-Borshchuvate" is one village's name)
    of its first part, as a partial match (PART_MATCH_SCORE: like a skeleton match, never precision 1, and
    dropped in a country nothing else supports)."""
    found = _arabic_named(name, gazetteer.lookup(name))
    bare = INNER_ARTICLE.sub(" ", name)
    if bare != name and not any(c.score == 1.0 for c in found):  # "San Andres de Tuxtla": San Andres Tuxtla
        exact = [c for c in _arabic_named(bare, gazetteer.lookup(bare)) if c.score == 1.0]
        found = exact or found
    parts = [part.strip() for part in name.split("-")]
    if found or len(parts) < 2 or len(set(parts)) < 2:  # "Mayi-Mayi" repeats one word: a name, not a place
        return found
    head = parts[0]
    if len(head) < PART_HEAD_MIN or not head[0].isupper():  # "Al-Badia": an article, not a town
        return []
    if _ENDS_WITH_ARTICLE.search(head):  # "Khan al-Shekh": one name, whose head "Khan al" is no town
        return []
    return [
        replace(c, score=PART_MATCH_SCORE)
        for c in gazetteer.lookup(head)
        if c.feature_class == "P" and c.population >= SMALL_POPULATION and c.score == 1.0
    ]


_ENDS_WITH_ARTICLE = re.compile(r"\s(?:al|el|ad|adh|ar|as|ash|at|az|ez|es|ech|an|en)$", re.I)


# Countries with Arabic place names (the Arab League's members, Western Sahara; Israel, Turkey and Iran with
# Arabic-speaking regions; the Sahel and Horn states where Arabic is spoken): a name written with the article
# ("al-Hamra", "ash-Sheikh") is none of a namesake's elsewhere.
ARABIC_TOPONYM_COUNTRIES: frozenset[str] = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IL TR IR TD ER SS ML NE".split()  # noqa: SIM905
)
# at-, an-, en-, er-, es-, et- are left out: they also begin Turkic and other names (Kyrgyz "At-" names)
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ash|esh|ech|ad|adh|ar|as|ath|ez|az)[-'’]|^al\s", re.I)


def _arabic_named(name: str, candidates: list[Candidate]) -> list[Candidate]:
    """Only the candidates in countries with Arabic place names when the name is written with the Arabic
    article ("al-Kharab" is no town in the Americas); others unchanged. The article is read as written: a
    hyphen or apostrophe after it ("el-Arish"), or "Al" and a space; Spanish "El Paso" keeps its candidates."""
    if not _ARABIC_ARTICLE.match(name.strip()):
        return candidates
    return [c for c in candidates if c.country_code in ARABIC_TOPONYM_COUNTRIES]


# "in el Mina", "residents of al Marj": a lower-case Arabic article the mention finder leaves out of the name
# (not "as", "ad", "ar", "az": English words, as in "known as Green Hill")
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(\"“])(al|el|ech|ash|esh|ez)[\s-]$")


def with_written_article(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions, each written with the lower-case Arabic article the text puts right before it ("el Mina"
    becomes "el-Mina"), so the resolver reads the name as Arabic (see :func:`_arabic_named`); others unchanged."""
    found: list[PlaceMention] = []
    for mention in mentions:
        before = _ARTICLE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
        if before is not None and not _ARABIC_ARTICLE.match(mention.name):
            mention = replace(mention, name=f"{before.group(1)}-{mention.name}")
        found.append(mention)
    return found


def _same_name_same_place(
    mentions: Sequence[PlaceMention], frames: Sequence[_Frame], places: Sequence[Place | None]
) -> list[Place | None]:
    """ "in Tuzla industrial zone in Tuzla, Istanbul": a name written twice in a report is one place, and the
    occurrence followed by the units it lies in decides for the bare ones."""
    decided: dict[str, Place] = {}
    for mention, frame, place in zip(mentions, frames, places, strict=True):
        if frame.containers and place is not None and mention.relation is PlaceRelation.IN:
            decided.setdefault(place_key(mention.name), place)
    result: list[Place | None] = []
    for mention, frame, place in zip(mentions, frames, places, strict=True):
        chosen = decided.get(place_key(mention.name))
        bare = not frame.containers and mention.relation is PlaceRelation.IN and not frame.is_container
        if chosen is None or not bare or (place is not None and place.key == chosen.key):
            result.append(place)
            continue
        if place is not None and not chosen.candidates and _trusted_pick(place):
            result.append(place)  # "the highway of Daraa to Damascus" put no "Daraa Province" in Damascus
            continue
        result.append(replace(chosen, mention_start=mention.start, mention_end=mention.end))
    return result


def _trusted_pick(place: Place) -> bool:
    """A place picked from its own candidates, large enough (TRUSTED_POPULATION) to outlive a fallback."""
    return any(c.key == place.key and c.population >= TRUSTED_POPULATION for c in place.candidates)


def _is_container(
    index: int,
    mentions: Sequence[PlaceMention],
    frames: Sequence[_Frame],
    unknown: list[bool],
    places: Sequence[Place | None],
) -> bool:
    """ "Takalout (Kidal)", "Kinda in Idleb", "Shadadah in al-Hasakeh": the later mention names the unit or
    town the event's place lies in, not the place itself."""
    if index == 0:
        return False
    if frames[index].is_container:
        return True
    if not _names_container(mentions[index - 1], mentions[index]):
        return False
    previous, place = places[index - 1], places[index]
    inside = (
        previous is not None
        and place is not None
        and previous.key != place.key
        and (previous.country_code, previous.admin1) == (place.country_code, place.admin1)
    )
    return unknown[index - 1] or inside


def _as_container(place: Place) -> Place:
    return replace(place, geo_precision=max(place.geo_precision, GeoPrecision.NEAR))


@dataclass(frozen=True, slots=True, kw_only=True)
class _Frame:
    """What the words right after a mention say: "Tuzla, Istanbul", "Mithi town (Tharparkar, Sindh)"."""

    containers: tuple[Candidate, ...] = ()  # candidates of the units named right after the mention
    # those of the first of them: "Alwar" in "Bansure town (Alwar, Rajasthan)"
    inner: tuple[Candidate, ...] = ()
    is_container: bool = False  # the mention itself names the unit of the one before it
    unit_slot: bool = False  # written after names the gazetteer lacks, where a unit goes (_after_unknown)


def _frames(mentions: Sequence[PlaceMention], names: Sequence[list[Candidate]]) -> list[_Frame]:
    """Chains of mentions written "X, Y" or "X (Y, Z)": a later one may name a unit containing the earlier."""
    chained = [index > 0 and _chained(mentions[index - 1], mentions[index]) for index in range(len(mentions))]
    frames = []
    for index in range(len(mentions)):
        following = index + 1
        while following < len(mentions) and chained[following]:
            following += 1
        own = place_key(mentions[index].name)
        chain = zip(mentions[index + 1 : following], names[index + 1 : following], strict=True)
        groups = [
            _country_if_named(
                tuple(
                    c
                    for c in later[:CONTAINER_CANDIDATES]
                    if c.feature_class == "A"
                    or place_key(mention.name) != own  # "Asuncion (Asuncion)": the unit
                )
            )
            for mention, later in chain
        ]
        containers = tuple(c for group in groups for c in group)
        inner = next((group for group in groups if group), ())
        earlier = index
        while earlier > 0 and chained[earlier]:
            earlier -= 1
        # written "X (Y" or "X, Y" (not "X district of Y") after names the gazetteer lacks
        unit_slot = (
            chained[index]
            and mentions[index].start - mentions[index - 1].end <= CONTAINER_GAP
            and _after_unknown(names[earlier:index], names[index])
        )
        is_container = unit_slot or (
            chained[index]
            and any(
                _contains(unit, candidate)
                for unit in names[index][:CONTAINER_CANDIDATES]
                for before in names[earlier:index]
                for candidate in before[:CONTAINER_CANDIDATES]
            )
        )
        frames.append(
            _Frame(containers=containers, inner=inner, is_container=is_container, unit_slot=unit_slot)
        )
    return frames


def _country_if_named(group: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """A container that is a country's name is that country: "Erbil, Northern Iraq" is not inside Arak, Iran,
    whose name is spelt alike."""
    countries = tuple(c for c in group if c.feature_code.startswith("PCL") and c.score == 1.0)
    return countries or group


def _after_unknown(before: Sequence[list[Candidate]], own: list[Candidate]) -> bool:
    """A name written after places the gazetteer does not know ("Punucapa (Los Rios)", "Diguel (Diguel, Soum)")
    stands where a report names the unit they lie in: when it is the name of a unit, and no settlement of that
    country has the name, that unit is meant."""
    if any(c.score == 1.0 for candidates in before for c in candidates):
        return False
    units = [c for c in own if c.feature_code in {"ADM1", "ADM2"} and c.score == 1.0]
    return any(  # not "Ayn Zarah (Tripoli)": a city named like a unit of its country is meant as the city
        not any(c.feature_class == "P" and c.country_code == unit.country_code for c in own) for unit in units
    )


def _base_context(
    mentions: Sequence[PlaceMention],
    names: Sequence[list[Candidate]],
    frames: Sequence[_Frame],
    context_countries: Sequence[str],
) -> _Context:
    """The actors' countries, the countries the text names (not "Niger" in "Kagara (Rafi LGA, Niger)", where
    it names a state containing the place before it) and the admin1 units it names unambiguously."""
    context = _Context()
    for code in context_countries:
        context.countries[code.upper()] += ACTOR_COUNTRY_VOTES
    counted: set[str] = set()  # "U.S." five times is one piece of evidence, as a repeated name's pick is
    for mention, candidates, frame in zip(mentions, names, frames, strict=True):
        named = [c for c in candidates if c.feature_code == "PCLI" and c.score == 1.0]
        if named and mention.relation is not PlaceRelation.BETWEEN and not frame.is_container:
            if place_key(mention.name) not in counted:
                context.countries[named[0].country_code] += NAMED_COUNTRY_VOTES
            counted.add(place_key(mention.name))
            context.textual.add(named[0].country_code)
        units = [c for c in candidates if c.feature_code == "ADM1" and c.score == 1.0]
        if len({(c.country_code, c.admin1) for c in units}) == 1:
            unit = (units[0].country_code, units[0].admin1 or "")
            context.admin1s[unit] += 1.0
            if _has_city_namesake(units[0], candidates):
                context.own_units[place_key(mention.name)] = unit
    return context


def _has_city_namesake(unit: Candidate, candidates: Sequence[Candidate]) -> bool:
    """ "Kyiv", "Sanaa", "Buenos Aires": a unit named like a large city of its country that lies in another
    unit (the capital's own); the name's vote for its unit must not decide between the two."""
    return any(
        c.feature_class == "P"
        and c.country_code == unit.country_code
        and c.admin1 != unit.admin1
        and c.population >= TRUSTED_POPULATION
        for c in candidates
    )


def _shared_countries(
    mentions: Sequence[PlaceMention], names: Sequence[list[Candidate]], context_countries: Sequence[str]
) -> frozenset[str]:
    """Countries in which two or more distinct names of the document have an exact-match place; a name with a
    place in the actors' countries ("Damascus" with Syrian actors) votes for no other country."""
    actors = {code.upper() for code in context_countries}
    by_name: dict[str, set[str]] = defaultdict(set)
    for mention, candidates in zip(mentions, names, strict=True):
        codes = {c.country_code for c in candidates if c.score == 1.0}
        by_name[place_key(mention.name)].update(codes & actors or codes)
    counts = Counter(code for codes in by_name.values() for code in codes)
    return frozenset(code for code, count in counts.items() if count >= 2)


def _picks_by_name(
    mentions: Sequence[PlaceMention], ranked: Sequence[_Ranked]
) -> dict[str, tuple[Candidate, float]]:
    """Each distinct name's first-round pick and its weight (a name repeated is one piece of evidence). A pick
    matched only by its skeleton votes for nothing: in "Qatma in Afrin", Qatma's vowel-blind namesake in India
    would make Afrin a pick in a country nothing else points to."""
    picks: dict[str, tuple[Candidate, float]] = {}
    for mention, item in zip(mentions, ranked, strict=True):
        best = item.best
        if best is None or best.feature_code == "PCLI" or best.key in item.skeleton_only:
            continue
        key, weight = place_key(mention.name), 0.5 + item.margin
        if key not in picks or picks[key][1] < weight:
            picks[key] = (best, weight)
    return picks


def _with_picks(base: _Context, picks: dict[str, tuple[Candidate, float]], *, exclude: str) -> _Context:
    """The base context plus the picks of the document's other names, without the admin1 unit the name
    itself may name ("Kyiv" is also the oblast's name: that must not vote for places in the oblast)."""
    context = _Context(
        countries=defaultdict(float, base.countries),
        admin1s=defaultdict(float, base.admin1s),
        borders=base.borders,
        shared=base.shared,
        textual=set(base.textual),
        own_units=base.own_units,
        line=base.line,
    )
    own = base.own_units.get(exclude)
    if own is not None:
        context.admin1s[own] -= 1.0
    for key, (best, weight) in picks.items():
        if key == exclude:
            continue
        context.textual.add(best.country_code)
        context.countries[best.country_code] += weight
        if best.admin1:
            context.admin1s[(best.country_code, best.admin1)] += weight
    return context


def _rank(mention: PlaceMention, candidates: list[Candidate], context: _Context, frame: _Frame) -> _Ranked:
    scored = [(round(_score(mention, c, context, frame), 4), c) for c in candidates]
    scored.sort(key=lambda item: (-item[0], -item[1].population, item[1].key))
    scored = _seat_first(_own_name_first(mention, scored, context))
    kept = tuple(replace(candidate, score=score) for score, candidate in scored[:KEPT_CANDIDATES])
    skeleton_only = frozenset(c.key for c in candidates if c.score < 1.0)
    confirmed = mention.kind_hint in SETTLEMENT_KINDS
    return _Ranked(
        candidates=kept,
        skeleton_only=skeleton_only,
        confirmed=confirmed,
        written=mention.name,
        kind=mention.kind_hint,
    )


def _own_name_first(
    mention: PlaceMention, scored: list[tuple[float, Candidate]], context: _Context
) -> list[tuple[float, Candidate]]:
    """ "Luhanske": a village of that very name outranks the city of Luhansk, which the gazetteer also knows
    by it: a place found only under another of its names yields to a place of its country whose own name is
    the one written, when the document's context places the two alike (only size set them apart). So does a
    place abroad ("Ras al-Ain" is also a name of Ceylanpinar, across the Turkish border) when the document
    points to the other country at least as much."""
    if not scored:
        return scored
    top, best = scored[0]
    written = place_key(mention.name)
    if best.feature_class != "P" or not written or place_key(best.name) == written:
        return scored
    for index, (score, candidate) in enumerate(scored[1:], start=1):
        if (
            _as_supported(candidate.country_code, best.country_code, context)
            and candidate.feature_class == "P"
            and candidate.score == 1.0
            and place_key(candidate.name) == written
            and score - _size(candidate) >= top - _size(best)  # as well placed by the document's context
        ):
            return [(top, candidate), *scored[:index], *scored[index + 1 :]]
    return scored


def _as_supported(country: str, other: str, context: _Context) -> bool:
    """``country`` is ``other``, or the document points to it at least as much (and at all)."""
    if country == other:
        return True
    share = context.country_share(country)
    return share > 0.0 and share >= context.country_share(other)


def _seat_first(scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """ "El Salto, Jalisco": of two towns of one name in one first-level unit, the one at the seat of the
    municipality (second-level unit) of that name outranks a slightly larger namesake far from it, when the
    document's context places the two alike (only size set them apart)."""
    if not scored:
        return scored
    top, best = scored[0]
    if best.feature_class != "P":
        return scored
    name = place_key(best.name)
    seats = [
        c
        for _, c in scored
        if c.feature_code == "ADM2"
        and place_key(c.name) == name
        and (c.country_code, c.admin1) == (best.country_code, best.admin1)
    ]
    if not seats or any(_near_seat(best, seat) for seat in seats):
        return scored
    for index, (score, candidate) in enumerate(scored[1:], start=1):
        if (
            candidate.feature_class == "P"
            and place_key(candidate.name) == name
            and (candidate.country_code, candidate.admin1) == (best.country_code, best.admin1)
            and any(_near_seat(candidate, seat) for seat in seats)
            and score - _size(candidate) >= top - _size(best) - SCORE_ROUNDING
        ):
            return [(top, candidate), *scored[:index], *scored[index + 1 :]]
    return scored


def _near_seat(candidate: Candidate, seat: Candidate) -> bool:
    return distance_km(candidate.latitude, candidate.longitude, seat.latitude, seat.longitude) <= NAMESAKE_KM


def _score(mention: PlaceMention, candidate: Candidate, context: _Context, frame: _Frame) -> float:
    score = _size(candidate)
    score -= SKELETON_MALUS * (1.0 - candidate.score)
    score += _feature_fit(mention, candidate, frame)
    if any(_contains(unit, candidate) for unit in frame.containers):
        score += CONTAINER_WEIGHT
    score += COUNTRY_WEIGHT * context.country_share(candidate.country_code)
    score += ADMIN1_WEIGHT * context.admin1_share(candidate.country_code, candidate.admin1)
    if context.line and _on_line(candidate, context.line):
        score += LINE_WEIGHT
    return score


def _on_line(candidate: Candidate, line: Sequence[tuple[float, float]]) -> bool:
    """A settlement within LINE_KM of a point of the front's line."""
    return candidate.feature_class == "P" and any(
        abs(candidate.latitude - latitude) < _LINE_DEGREES
        and distance_km(candidate.latitude, candidate.longitude, latitude, longitude) <= LINE_KM
        for latitude, longitude in line
    )


@lru_cache(maxsize=16)
def front_line_points(
    gazetteer: Gazetteer, held: tuple[str, ...], units: tuple[tuple[str, str], ...]
) -> tuple[tuple[float, float], ...]:
    """Where a standing front's line runs: the points of the villages either side holds on it (the KB's held
    lists) that the gazetteer places in the front's units without doubt (all their places there lie within
    LINE_ANCHOR_SPREAD_KM of each other); a name with namesakes apart in those units says nothing, and towns
    (SMALL_POPULATION or more) are left out, as the lists name some that lie behind the line."""
    wanted = {(code.upper(), unit) for code, unit in units}
    points: list[tuple[float, float]] = []
    for name in held:
        found = [
            c
            for c in gazetteer.lookup(name)
            if c.score == 1.0 and c.feature_class == "P" and (c.country_code, c.admin1) in wanted
        ]
        if any(c.population >= SMALL_POPULATION for c in found):
            continue  # a town the list names may lie behind the line (Bakhmut, Volnovakha): its villages do not
        if found and all(
            distance_km(found[0].latitude, found[0].longitude, c.latitude, c.longitude)
            <= LINE_ANCHOR_SPREAD_KM
            for c in found[1:]
        ):
            points.append((found[0].latitude, found[0].longitude))
    return tuple(dict.fromkeys(points))


def _size(candidate: Candidate) -> float:
    """The part of a candidate's score its prominence gives."""
    return min(1.0, math.log10(_prominence(candidate) + 1) / POPULATION_SCALE)


def _prominence(candidate: Candidate) -> int:
    """Population, or for the project's supplement of conflict geography (which has none) what its entries
    weigh in conflict reporting: that of a large town, so "al-Ghouta" is not a village abroad spelt alike."""
    if candidate.key.startswith(SUPPLEMENT_PREFIX):
        return max(candidate.population, SUPPLEMENT_PROMINENCE)
    return candidate.population


def _contains(unit: Candidate, candidate: Candidate) -> bool:
    if unit.country_code != candidate.country_code or unit.key == candidate.key:
        return False
    if _in_district(unit, candidate):  # "San Carlos, Negros Occidental": farther than CONTAINER_KM
        return True
    if unit.admin1 is not None and unit.admin1 == candidate.admin1 and unit.feature_code != "ADM2":
        return unit.feature_code == "ADM1" or unit.feature_class == "P"
    return (unit.feature_class == "P" or unit.feature_code == "ADM2") and distance_km(
        unit.latitude, unit.longitude, candidate.latitude, candidate.longitude
    ) <= CONTAINER_KM


def _in_district(unit: Candidate, candidate: Candidate) -> bool:
    return (
        unit.feature_code == "ADM2"
        and candidate.admin2 is not None
        and unit.admin1 == candidate.admin1
        and place_key(strip_unit_words(candidate.admin2)) == place_key(unit.name)
    )


def _feature_fit(mention: PlaceMention, candidate: Candidate, frame: _Frame) -> float:
    kind = mention.kind_hint
    if candidate.feature_code == "ADM1":
        wants_unit = kind in ADMIN_KINDS or mention.relation is PlaceRelation.REGION or frame.is_container
        return UNIT_KIND_BONUS if wants_unit else -UNIT_WITHOUT_KIND_MALUS
    if candidate.feature_code == "ADM2":
        return UNIT_KIND_BONUS if kind in ADMIN2_KINDS or frame.unit_slot else -UNIT_WITHOUT_KIND_MALUS
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
    if (
        best is None
        or _isolated(ranked, context)
        or _outside_named_unit(ranked, frame, context, mention.kind_hint)
        or _apart_from_the_rest(ranked, context)
    ):
        return None
    if mention.relation is PlaceRelation.BETWEEN:
        return _between(mention, ranked, other, context)
    if mention.relation is PlaceRelation.REGION:
        return _region(mention, ranked)
    precision = GeoPrecision.NEAR if mention.relation is PlaceRelation.NEAR else GeoPrecision.EXACT
    if (
        best.key in ranked.skeleton_only
        or _unvouched_alias(mention, best, context)
        or _other_name(mention, best)
        or _close_namesake(ranked)
        or _unvouched_country(ranked, context, frame)
    ):
        precision = GeoPrecision.NEAR
    if best.precision_km > EXACT_WITHIN_KM:  # a point its source says may lie kilometres off: never exact
        precision = max(precision, GeoPrecision.NEAR)
    if best.key.startswith(APPROXIMATE_PREFIX):
        # a point estimated from the settlement's hromada: never the exact place; with namesakes apart that
        # the document does not tell from it, only their common admin1 unit, or nothing
        precision = max(precision, GeoPrecision.NEAR)
        rivals = _rivals(ranked)
        if any((r.country_code, r.admin1) != (best.country_code, best.admin1) for r in rivals):
            return None
        if rivals:
            precision = GeoPrecision.REGION
    if best.feature_code in UNIT_CODES:
        precision = GeoPrecision.REGION
    elif best.feature_code == "ADM2" or best.feature_class == "L" or mention.kind_hint in UNIT_KINDS:
        # an area ("Eastern Ghouta") is placed at a point inside it: never the exact place
        precision = max(precision, GeoPrecision.NEAR)  # "Yangi Qala district": its seat stands for it
    elif mention.kind_hint in FACILITY_KINDS and best.feature_class == "P":
        # "Tripoli airport", "Adra prison": a facility named after a town the gazetteer does not hold
        precision = max(precision, GeoPrecision.NEAR)
    return _place(mention, best, ranked.candidates, precision)


def _rivals(ranked: _Ranked) -> list[Candidate]:
    """The places farther than NAMESAKE_KM from the pick that scored almost as high."""
    best = ranked.best
    if best is None:
        return []
    return [
        other
        for other in ranked.candidates[1:]
        if other.score >= best.score - NAMESAKE_MARGIN
        and other.feature_code not in UNIT_CODES
        and other.key not in ranked.skeleton_only
        and distance_km(best.latitude, best.longitude, other.latitude, other.longitude) > NAMESAKE_KM
    ]


def _close_namesake(ranked: _Ranked) -> bool:
    """A namesake far away scored almost as high as the pick ("San Lorenzo", "El Salto", "Vesele"): the
    document does not really tell them apart, so the pick is not claimed as the exact place."""
    best = ranked.best
    if best is None or best.feature_code in UNIT_CODES:
        return False
    return bool(_rivals(ranked))


def _unvouched_country(ranked: _Ranked, context: _Context, frame: _Frame) -> bool:
    """ "Tripoli" in a report that names no country and whose actors have none: only the name itself points to
    Libya, and Lebanon's Tripoli is as likely. A pick in a country nothing else in the document supports is
    not claimed at precision 1 when a namesake abroad comes within FOREIGN_NAMESAKE_RATIO of its population
    (ACLED 2020-05 notes: 7 such picks missed the gold point by 2,000 km, 4 were right)."""
    best = ranked.best
    if best is None or best.feature_code in UNIT_CODES:
        return False
    if context.country_share(best.country_code) > 0.0 or best.country_code in context.shared:
        return False
    if any(_contains(unit, best) for unit in frame.containers):  # "Colon (Colon)": its own province vouches
        return False
    own = place_key(best.name)
    return any(
        other.country_code != best.country_code
        and other.feature_class == "P"
        and other.key not in ranked.skeleton_only
        and place_key(other.name) == own
        and other.population * FOREIGN_NAMESAKE_RATIO >= best.population
        for other in ranked.candidates[1:]
    )


def _apart_from_the_rest(ranked: _Ranked, context: _Context) -> bool:
    """ "Kora village, in a district of one province" while the report's other places lie in another: a village
    (below SMALL_POPULATION) in an admin1 unit no other place of the document is in, while the others are in
    another unit of its country, is as likely a namesake of a place the gazetteer lacks near them, and places
    nothing; so does a vowel-blind match below TRUSTED_POPULATION there ("Karabari village" in a report whose
    other places are in Meghalaya: Kiri Buru, Odisha, has its consonants). The event falls back to the
    other places. (Such a pick had been kept at precision 2: on ACLED 2020-05, dropping it moved 10 notes, 3 to
    within 25 km of the gold point, 6 more into the gold's admin1 unit, none farther.)"""
    best = ranked.best
    if best is None or best.feature_class != "P":
        return False
    loose = best.key in ranked.skeleton_only and best.population < TRUSTED_POPULATION
    if best.population >= SMALL_POPULATION and not loose:
        return False
    if context.admin1_share(best.country_code, best.admin1) > 0.0:
        return False
    return any(votes > 0.0 and code == best.country_code for (code, _), votes in context.admin1s.items())


def _unvouched_alias(mention: PlaceMention, best: Candidate, context: _Context) -> bool:
    """ "Saa", "Jadra": a match through one of a place's alternate names only, in a country nothing else in
    the document points to, is too weak to claim the exact place."""
    if context.country_share(best.country_code) > 0.0 or best.country_code in context.shared:
        return False
    return place_key(best.name) != place_key(mention.name)


def _other_name(mention: PlaceMention, best: Candidate) -> bool:
    """ "Oleksandrivka" matching Donetsk, "Petrovskoye" matching Voznesenskyi: a place found under one of its
    alternate names only, which is neither a part of its own name ("Leon" for Leon de los Aldama) nor a
    spelling of it ("Mogilev" for Mahilyow), may be a former name, a district or a namesake part of it; it is
    not claimed at precision 1."""
    own, written = place_key(best.name), place_key(mention.name)
    if own in written or written in own:
        return False
    return SequenceMatcher(None, own, written).ratio() < OTHER_NAME_SIMILARITY


def _outside_named_unit(ranked: _Ranked, frame: _Frame, context: _Context, kind: str | None = None) -> bool:
    """ "Halani town (Naushahro Feroze, Sindh)", "Shehpur area of Ahmedabad": a pick outside the units or
    towns named right after it is a namesake of a place the gazetteer lacks, and the mention falls back to
    the container; unless the pick is an exact match of a large place in the container's country (then the
    text is more likely wrong), and the text does not call the name a district ("Ado LGA, Benue" is not the
    city of Ado-Ekiti in another state: the text says what it is and where)."""
    best = ranked.best
    if best is None:
        return False
    # "Raqqa in eastern Syria": villages named Syria elsewhere are not the unit the text names
    countries = {place_key(unit.name) for unit in frame.containers if unit.feature_code.startswith("PCL")}
    containers = [
        unit
        for unit in frame.containers
        if (unit.feature_code in {"ADM1", "ADM2"} or unit.feature_class == "P")
        and place_key(unit.name) not in countries
    ]
    if best.feature_code in UNIT_CODES:  # "Salah al-Din district of Aleppo": not Iraq's Salah al-Din
        if context.country_share(best.country_code) > 0.0:  # "Idlib province Russias ...": Idlib stays
            return False
        towns = [unit for unit in containers if unit.feature_class == "P"]
        return bool(towns) and all(unit.country_code != best.country_code for unit in towns)
    trusted = (
        best.key not in ranked.skeleton_only
        and best.population >= TRUSTED_POPULATION
        and (kind not in ADMIN2_KINDS or best.feature_class != "P")
    )
    if trusted and any(unit.country_code == best.country_code for unit in containers):
        return False
    if not containers:
        return False
    if not any(_contains(unit, best) for unit in containers):
        return True
    # For a loose match the innermost unit decides: in "Bansure town (Alwar, Rajasthan)" Banswara, 500 km from
    # Alwar, is not the place, though the state contains it.
    if best.key not in ranked.skeleton_only:
        return False
    inner = [unit for unit in frame.inner if unit.country_code == best.country_code]
    return bool(inner) and not any(_closely_contains(unit, best) for unit in inner)


def _closely_contains(unit: Candidate, candidate: Candidate) -> bool:
    """:func:`_contains`, but a town contains only what lies within CONTAINER_KM of it or in its district
    (not anything in its first-level unit)."""
    if unit.feature_class != "P":
        return _contains(unit, candidate)
    if unit.country_code != candidate.country_code or unit.key == candidate.key:
        return False
    same_district = candidate.admin2 is not None and place_key(
        strip_unit_words(candidate.admin2)
    ) == place_key(unit.name)
    return same_district or (
        distance_km(unit.latitude, unit.longitude, candidate.latitude, candidate.longitude) <= CONTAINER_KM
    )


def _isolated(ranked: _Ranked, context: _Context) -> bool:
    """A pick matched only by its skeleton in a document that names no country and whose actors have none
    ("Wana" for Varna, Bulgaria: a vowel-blind match is as likely a place the gazetteer lacks); a pick in a
    country nothing else in the document points to, when it is matched only by its skeleton, or is small (see ISOLATED_MAX_POPULATION) and nothing vouches for it: not the text ("Tartous city",
    "the village of X", when no other country is named or picked; "Deir Ezzor city" for a city of
    TRUSTED_POPULATION or more, whatever else is), not another name of the document with a candidate in the same country ("Shadadah
    in Al-Hasakeh" with US forces as the actor), not a neighbouring country of the context (Niger's
    Tillaberi in a report whose actor is based in Mali)."""
    best = ranked.best
    if best is None:
        return False
    # "(Mamprugo Moaduri, North East)": a unit named by directions alone vouches for no country
    if _direction_named(best.name) and not any(c.country_code in context.shared for c in ranked.candidates):
        return True
    if context.votes < CONTEXT_MIN_VOTES:  # nothing names a country: a loose match is no evidence
        return _loose_match(ranked)
    if best.feature_code in UNIT_CODES and not ranked.confirmed:  # "the town of Sharqiya": no unit abroad
        return False
    if context.country_share(best.country_code) > 0.0:
        return False
    if best.key in ranked.skeleton_only:
        return True
    if _names_its_unit(ranked):  # "in Al-Hasakeh" with US forces as the actor: the city and its governorate
        return False
    settlement = ranked.confirmed and best.feature_code not in UNIT_CODES  # a unit is no "town of X"
    if best.country_code in context.shared or (settlement and not context.textual):
        return False
    if settlement and best.population >= TRUSTED_POPULATION:  # "Deir Ezzor city", "Al Bab city"
        return False
    if not _spelling_of(ranked.written, best):  # another name of a foreign city: no size excuses it
        return True
    if context.borders(best.country_code) & context.supported:
        return False
    return best.population < ISOLATED_MAX_POPULATION


def _loose_match(ranked: _Ranked) -> bool:
    """A skeleton match that is no spelling of the name written (a village whose consonants happen to be a
    foreign town's, below SPELLING_SIMILARITY) nor a part of it ("Town-4" for Town), whose skeleton finds
    places in several countries, for a name the text says nothing about ("town", "camp"): with nothing in the document naming a
    country, such a vowel-blind match singles out no place and is as likely one the gazetteer lacks. A
    transliteration the skeleton ties to one country (a vowel-shifted spelling of a Syrian town) stays."""
    best = ranked.best
    # "the town of X" vouches for a settlement; "the neighborhood of Jobar" does not
    vouched = ranked.kind is not None and ranked.kind not in NEIGHBOURHOOD_KINDS
    if best is None or best.feature_code in UNIT_CODES or vouched:
        return False
    if best.key not in ranked.skeleton_only:
        return _loose_alias(ranked)
    countries = {c.country_code for c in ranked.candidates if c.key in ranked.skeleton_only}
    return len(countries) >= 2 and not _spelling_of(ranked.written, best)


def _loose_alias(ranked: _Ranked) -> bool:
    """ "Naameh" finding Namur, "Hajin" finding Hagen (each under a foreign name of theirs): with nothing in
    the document naming a country, an exact match through an alternate name only, which is no spelling of
    the place's own name, singles out no place when the name finds places in two countries or more
    (LOOSE_ALIAS_COUNTRIES for a place of TRUSTED_POPULATION or more); it is as likely a place the gazetteer
    lacks, and places nothing. Another name tied to one country ("Azaz" for Izaz, but also "Jadra" for a
    Crimean village), or a large city's ("Bombay"), still finds it. UCDP Syria dev: 16 picks dropped (15
    abroad, one 256 km off), none within 25 km of its event."""
    best = ranked.best
    if best is None or best.key in ranked.skeleton_only or _spelling_of(ranked.written, best):
        return False
    countries = {c.country_code for c in ranked.candidates}
    return len(countries) >= (2 if best.population < TRUSTED_POPULATION else LOOSE_ALIAS_COUNTRIES)


def _spelling_of(written: str, best: Candidate) -> bool:
    """Whether the name written is the pick's own name, a spelling of it (key similarity SPELLING_SIMILARITY
    or more: "Tobruk" for Tubruq) or a part of it or it of the name ("Town-4" for Town), rather than
    an alternate name or a vowel-blind match of another word."""
    own = place_key(best.name)
    keys = {place_key(written), place_key(re.split(r"[-\s]", written.strip())[0])} - {""}
    if not own or not keys or any(own in key or key in own for key in keys):
        return True
    return max(SequenceMatcher(None, own, key).ratio() for key in keys) >= SPELLING_SIMILARITY


def _names_its_unit(ranked: _Ranked) -> bool:
    """The name is both a large town's (TRUSTED_POPULATION) and its admin1 unit's (a governorate and its
    capital: "Al-Hasakeh", "Ghazni"): two gazetteer entries of one country agree, so the name is no chance
    match of a word."""
    best = ranked.best
    if best is None or best.feature_class != "P" or best.key in ranked.skeleton_only:
        return False
    if best.population < TRUSTED_POPULATION:  # "Grad" (town) in "Belgrade-Stari Grad": a word, not a name
        return False
    return any(
        c.feature_code == "ADM1"
        and (c.country_code, c.admin1) == (best.country_code, best.admin1)
        and c.key not in ranked.skeleton_only
        for c in ranked.candidates
    )


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
    return candidate_place(chosen, precision, candidates, start=mention.start, end=mention.end)


def candidate_place(
    chosen: Candidate,
    precision: GeoPrecision,
    candidates: Sequence[Candidate] = (),
    *,
    start: int = -1,
    end: int = -1,
) -> Place:
    """The Place of a chosen candidate, for the mention at ``start``..``end`` (-1: a name given outside the
    text), with the candidates considered."""
    return Place(
        location=chosen.name,
        country=chosen.country,
        country_code=chosen.country_code,
        admin1=chosen.admin1,
        admin2=chosen.admin2,
        latitude=round(chosen.latitude, 5),
        longitude=round(chosen.longitude, 5),
        geo_precision=precision,
        mention_start=start,
        mention_end=end,
        key=chosen.key,
        candidates=tuple(candidates),
    )


def _fallback(index: int, mentions: Sequence[PlaceMention], places: Sequence[Place | None]) -> Place | None:
    """An unresolved mention takes the smallest unit the text names around it: a place written right after
    it ("Chifuko village (Kabare, Sud-Kivu)": Kabare, precision 2), else an admin1 unit, else a country
    resolved in its sentence (precision 3)."""
    mention = mentions[index]
    following = index + 1
    while following < len(mentions) and (
        _chained(mentions[following - 1], mentions[following])
        or (following == index + 1 and _names_container(mention, mentions[following]))
    ):
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


def _before_container(index: int, mentions: Sequence[PlaceMention]) -> bool:
    """ "Badah town (Larkana, Sindh)": a name whose only places are namesakes abroad, written right before
    another place, is a place the gazetteer lacks rather than a false mention."""
    return index + 1 < len(mentions) and _names_container(mentions[index], mentions[index + 1])


def _names_container(first: PlaceMention, second: PlaceMention) -> bool:
    """ "X, Y", "X (Y" or "X in Y": the second mention may name where the first lies."""
    gap = second.start - first.end
    return first.sentence == second.sentence and 0 <= gap <= len(" in ") and not _road_ends(first, second)


def _road_ends(first: PlaceMention, second: PlaceMention) -> bool:
    """ "the Rashayya-Masnaa road": two towns a road joins, neither inside the other."""
    return first.kind_hint == "road" and second.start - first.end <= 1


def _chained(first: PlaceMention, second: PlaceMention) -> bool:
    """ "X, Y", "X (Y", "X in Y" or "X district of Y": the second mention may name a unit containing the
    first (a four-character gap is taken for " in "; on ACLED 2020-05 it gained 3 rows and lost none)."""
    if first.sentence != second.sentence or _road_ends(first, second):
        return False
    gap = second.start - first.end
    return (
        0 <= gap <= CONTAINER_GAP
        or gap == len(" in ")
        or (first.kind_hint in PART_KINDS and gap <= len(" of "))
    )


# "a Syrian town", "Iraqi territory", "the Lebanese coast": a country's adjective before a word for a place
# says the place is in that country, though no place of that country is named. ("Near the Turkish border"
# is not: the place is as often on the other side of it.)
_DEMONYM_BEFORE_PLACE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(?:northern|southern|eastern|western|central)\s+)?"
    r"(?:towns?|city|cities|villages?|provinces?|capital|territory|soil|coast|countryside|regions?|"
    r"airspace|desert|mountains)\b"
)


def demonym_countries(text: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """The countries whose adjective the text puts before a word for a place, once each, in text order."""
    countries: dict[str, Candidate] = {}
    for match in _DEMONYM_BEFORE_PLACE.finditer(text):
        found = gazetteer.country(match.group(1))
        if found is not None:
            countries.setdefault(found.country_code, found)
    return tuple(countries.values())


__all__ = [
    "CONTAINER_KM",
    "SMALL_POPULATION",
    "TRUSTED_POPULATION",
    "candidate_place",
    "demonym_countries",
    "resolve_places",
    "with_written_article",
]
