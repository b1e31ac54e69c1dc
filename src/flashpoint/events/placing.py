"""Where an event happened: the report's geographic focus and the choice of each event's place.

``document_focus`` votes the report's main country and admin1 unit from its plausible resolved places
(``plausible_places``); ``choose_place`` picks an event's place from its own sentences first, then adjusts
the pick and its precision by what the text writes around the name (a container, an outer part, a list of
units, a road or bridge named after a town).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from flashpoint.documents.model import Document
from flashpoint.events.model import Evidence
from flashpoint.events.segment import Segment
from flashpoint.mentions.model import Mentions, PlaceMention, PlaceRelation
from flashpoint.mentions.places import DEMONYMS
from flashpoint.places.build import ADMIN1_PREFIX, ADMIN2_PREFIX, COUNTRY_PREFIX
from flashpoint.places.geo import distance_km
from flashpoint.places.model import GeoPrecision, Place
from flashpoint.places.normalize import place_key
from flashpoint.places.resolve import CONTAINER_KM, SMALL_POPULATION, TRUSTED_POPULATION


@dataclass(frozen=True, slots=True, kw_only=True)
class PlacePick:
    """An event's place (None when nothing resolved) with its evidence, caveats and confidence penalty."""

    place: Place | None
    evidence: tuple[Evidence, ...] = ()
    notes: tuple[str, ...] = ()
    penalty: float = 0.0


def choose_place(doc: Document, segment: Segment, focus: Focus) -> PlacePick:
    """The event's place: the best resolved place of its anchor sentence, else of its sentences, its paragraph,
    the report (each later rank a weaker pick), adjusted by what the text writes around it."""
    resolved = _in_main_countries(list(focus.voters), focus)
    anchor, members = segment.anchor.sentence, set(segment.sentences)
    # where the attackers fled to is not where the event happened; it stays a last resort with the report's places
    here = [(m, p) for m, p in resolved if not _attackers_fled_to(doc.text, m.start)]
    in_anchor = [(m, p) for m, p in here if m.sentence == anchor]
    in_segment = [(m, p) for m, p in here if m.sentence in members]
    in_paragraph = [(m, p) for m, p in here if doc.sentences[m.sentence].paragraph == segment.paragraph]
    groups = (in_anchor, in_segment, in_paragraph, resolved)
    for rank, candidates in enumerate(groups):
        if candidates:
            if rank >= _FOCUS_FROM_RANK:
                candidates = _in_focus(candidates, focus) or candidates
            mention, place = min(candidates, key=lambda pair: _place_preference(doc.text, pair))
            nearby = [p for g in groups[rank:] for p in g]
            mention, place = _inside_region(doc.text, mention, place, nearby)
            mention, place = _within_country(doc.text, mention, place, _in_focus(nearby, focus) or nearby)
            mention, place = _outside_written_container(doc.text, mention, place, focus.voters)
            mention, place = _apart_from_its_sentence(mention, place, focus.voters)
            place = _as_container_when_written_so(doc.text, mention, place)
            place = _as_listed_unit(doc.text, mention, place)
            evidence = (Evidence(field="location", start=mention.start, end=mention.end, text=mention.text),)
            note = (
                ()
                if rank < 2
                else ("the place is taken from elsewhere in the report, not the event's sentences",)
            )
            return PlacePick(place=place, evidence=evidence, notes=note, penalty=0.1 * rank)
    return PlacePick(place=None, notes=("no place could be resolved for this event",), penalty=0.2)


# The report's geographic focus: the country and admin1 unit its resolved places vote for. A place in the
# headline or lead counts more (reports name the main event's place first), a bare country name counts a
# quarter (it is often a side or a force's name: "Russia said", "the Israel Defense Forces"), a fallback to a
# unit another mention names does not vote again, and a unit the title names gains a bonus once. Set by hand
# on FA-KES (Syrian war reports; governorate 0.788 -> 0.878 on the same tree) and checked on ACLED 2020-05
# notes, GTD summaries and UCDP Syria headlines, which name their place once or list several and barely move.
_HEADLINE_WEIGHT = 2.0
_LEAD_WEIGHT = 1.5
_LEAD_SENTENCES = 3
_COUNTRY_ONLY_WEIGHT = 0.25
_TITLE_BONUS = 2.0
_FOCUS_FROM_RANK = 1  # the anchor sentence names no place: the focus unit decides among the others


@dataclass(frozen=True, slots=True, kw_only=True)
class Focus:
    """Where a report is about: its main country and admin1 unit, and the resolved places that voted."""

    country_code: str | None = None
    admin1: str | None = None
    countries: tuple[str, ...] = ()  # every country tied for the most votes
    voters: tuple[tuple[PlaceMention, Place], ...] = ()


def document_focus(doc: Document, resolved: list[tuple[PlaceMention, Place]]) -> Focus:
    """The report's main country and admin1 unit, voted by its resolved places (see the weights above)."""
    countries: defaultdict[str, float] = defaultdict(float)
    units: defaultdict[tuple[str, str], float] = defaultdict(float)
    titled: set[tuple[str, str | None]] = set()
    title = (doc.title or "").casefold()
    for mention, place in resolved:
        if not place.candidates:  # a fallback to a unit another mention names: that mention votes
            continue
        weight = _position_weight(mention)
        countries[place.country_code] += weight * _country_weight(mention, place)
        if place.admin1 is not None:
            units[(place.country_code, place.admin1)] += weight
        if title and mention.name.casefold() in title:
            titled.add((place.country_code, place.admin1))
    for country, unit in titled:
        if unit is not None:  # a country in the title is as often the actor's ("Russia says ...")
            countries[country] += _TITLE_BONUS
            units[(country, unit)] += _TITLE_BONUS
    if not countries:
        return Focus(voters=tuple(resolved))
    top = max(countries.values())
    tied = tuple(code for code, votes in countries.items() if votes == top)
    code = tied[0] if len(tied) == 1 else None  # on a tie every tied country stays in the running
    inside = [(votes, unit) for unit, votes in units.items() if unit[0] == code]
    admin1 = max(inside, key=lambda item: item[0])[1][1] if inside else None
    return Focus(country_code=code, admin1=admin1, countries=tied, voters=tuple(resolved))


def _country_weight(mention: PlaceMention, place: Place) -> float:
    """ "northern Syria" says where things happened; a bare "Turkey" or "Israel" is as often a side, a border
    or a force's name ("the Israel Defense Forces", "the border with Turkey")."""
    if place.admin1 is not None or mention.relation is PlaceRelation.REGION:
        return 1.0
    return _COUNTRY_ONLY_WEIGHT


def _position_weight(mention: PlaceMention) -> float:
    if mention.sentence == 0:
        return _HEADLINE_WEIGHT
    return _LEAD_WEIGHT if mention.sentence < _LEAD_SENTENCES else 1.0


def _in_focus(pairs: Sequence[tuple[PlaceMention, Place]], focus: Focus) -> list[tuple[PlaceMention, Place]]:
    """The places inside the report's focus unit (none when the report has no clear focus)."""
    if focus.admin1 is None:
        return []
    return [(m, p) for m, p in pairs if (p.country_code, p.admin1) == (focus.country_code, focus.admin1)]


# "Moscow said", "Washington has accused", "Damascus denied": a capital or city standing for its government
# is no place where anything happened. Verbs of saying and stance right after the name, unless a locative
# preposition introduces it ("in Moscow, officials said" has a comma and keeps the place).
_SPEECH_AFTER = re.compile(
    r"\s*(?:has\s+|have\s+|had\s+|also\s+|again\s+|later\s+|quickly\s+|on\s+\w+\s+)?"
    r"(?:said|says|say|announced|announces|accused|accuses|denied|denies|claimed|claims|insisted|insists|"
    r"warned|warns|rejected|rejects|condemned|condemns|urged|urges|stated|blamed|blames|responded|"
    r"argued|argues|dismissed|welcomed|vowed|threatened|demanded|demands|believes|wants|called for|"
    r"confirmed|confirms)\b",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|inside|around|of)\s+(?:the\s+)?$", re.I)


def plausible_places(
    text: str, mentions: Mentions, places: Sequence[Place | None]
) -> list[tuple[PlaceMention, Place]]:
    """The resolved places of the report, without names standing for a government ("Moscow said") and
    without places inside a claimant's name ("the Borno state police command said"): a source's seat is
    not where the event happened."""
    sources = [(c.start, c.end) for c in mentions.claimants if c.claimant]
    return [
        (m, p)
        for m, p in zip(mentions.places, places, strict=True)
        if p is not None and not _speaks(text, m) and not _inside_any(m, sources)
    ]


def _inside_any(mention: PlaceMention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in spans)


def _speaks(text: str, mention: PlaceMention) -> bool:
    if _SPEECH_AFTER.match(text, mention.end) is None:
        return False
    return _LOCATIVE_BEFORE.search(text, max(0, mention.start - 12), mention.start) is None


# Words that, right after a name, make it a part of a place ("Bulani village", "Qasruk base", "Al Fajir front").
# Streets, markets and neighbourhoods are left out: they lie inside the town named after them.
_PART_WORDS = (
    r"(?:districts?|villages?|areas?|regions?|locality|commune|base|camp|front|mountains?|hills?|sector|"
    r"zone|subdivision|chieftaincy|county|payam|fort|forest|settlement|section)"
)
_TOWN_KINDS = frozenset({"city", "town", "capital", "port city"})
_NAME = r"[A-Z][\w'\u2019-]*"
# "Bar Ujeed village (Ceel Buur", "Imam Sahib district, Kunduz", "Nahrin district center, Baghlan", "the Nour
# refugee camp in Jenin", "Amuda city in Al-Hasakeh": the place after these is the one the name lies in
_CONTAINER_CONTEXT = re.compile(
    rf"(?:\S\s*\(|{_NAME}\)?,|{_NAME}\)?\s+(?:[a-z]+\s+)?{_PART_WORDS}(?:\s+cent(?:er|re))?\s*(?:,|\(|in|of)|"
    rf"{_NAME}\s+(?:city|town)\s+(?:in|of))\s*(?:the\s+)?$"
)
# "in the North Zone of Recife", "on the outskirts of", "the road linking Homs to Hama", "on the road to
# Raqqa city": the event is in an outer part of the place or on the way to it (the ACLED codebook's
# precision 2); a large city's centre may lie tens of kilometres from the zone meant. "The area of X", "various
# parts of X", "the Y neighbourhood of X" and "X's Y area" are left out: on ACLED 2020-05 notes their picks were
# within 10 km of the gold point (37 of 39)
_PART_OF = re.compile(
    r"\b(?:(?:north|south|east|west)[\w-]*\s+zones?|outskirts|suburbs?|vicinity|periphery|environs|coast)\s+of\s+"
    r"(?:the\s+)?$|"
    r"\b(?:road|highway|motorway|route)\s+(?:to|from|linking|connecting|between)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CONTAINER_CONTEXT_CHARS = 60
# "regime forces shelled Kinda in Idleb", "in al Asadiyah in al-Hasakeh": a name no mention holds (the
# gazetteer lacks it), written after a verb or an article and right before "in", lies inside the place after
# it. Not after the words that open an institution's or an actor's name ("the Parliament in", "Ministry of
# Health in", "by Taliban in").
_UNPLACED_NAME_IN = re.compile(r"\b(?P<word>[a-z]+)\s+(?P<name>[A-Z][a-z][\w'\u2019-]*)\s+in\s+(?:the\s+)?$")
_NOT_BEFORE_A_PLACE = frozenset(
    {"the", "of", "s", "by", "a", "an", "for", "to", "with", "and", "or", "from", "at"}
)
# "the Qarqour bridge", "Baladiya street of Azaz", "Adra Prison", "on the Manbij - al Bab road": a thing named after
# the place, which need not lie in it
_NAMED_AFTER = re.compile(
    r"\s+(?:bridge|roundabout|intersection|junction|crossroads?|street|prison|jail)\b|"
    rf"\s*[-\u2013]\s*(?:(?:al|el)[\s-])?{_NAME}(?:\s+{_NAME})?\s+(?:road|highway)\b",
    re.IGNORECASE,
)


def _as_container_when_written_so(text: str, mention: PlaceMention, place: Place) -> Place:
    """ "Bar Ujeed village (Ceel Buur, Galgaduud)", "Imam Sahib district, Kunduz", "the Qasruk base in
    Al-Hasakeh": a place written right after a name the resolver could not place, in parentheses, after a
    comma or after "<Name> village/district/base ... in/of", is the unit or town that name lies in; the event
    is near it, not at it, so it is never claimed at precision 1. (On ACLED 2020-05 notes such picks were
    within 10 km of the gold point far less often than other precision-1 picks.) The same holds for an outer
    part of the place ("the West Zone of", "the outskirts of") and a road to it."""
    if place.geo_precision >= GeoPrecision.NEAR:
        return place
    before = text[max(0, mention.start - _CONTAINER_CONTEXT_CHARS) : mention.start]
    part = _PART_OF.search(before) is not None or _NAMED_AFTER.match(text, mention.end) is not None
    unplaced = _UNPLACED_NAME_IN.search(before)
    if (
        unplaced is not None
        and unplaced["word"] not in _NOT_BEFORE_A_PLACE
        and unplaced["name"].casefold() not in DEMONYMS
    ):
        return replace(place, geo_precision=GeoPrecision.NEAR)  # "shelled Kinda in Idleb"
    if not part and (mention.kind_hint in _TOWN_KINDS or _CONTAINER_CONTEXT.search(before) is None):
        return place  # "in the Karte Char area of Kabul city": parts of a town named a town are in it
    return replace(place, geo_precision=GeoPrecision.NEAR)


# "in Herat, Farah, Kunar, and Kunduz provinces", "either in Arbin or Zamalka districts", "on the Hazm
# (Al Jawf), Harib (Marib), and Taizz frontlines": a name in a list
# that a plural unit word closes names a unit, not the town of that name (the mention finder reads the unit
# word as the kind of the last name only)
_ASIDE = r"(?:\s*\([^()]{1,40}\))?"  # "Sirwah (Marib)"
_LISTED = re.compile(
    rf"{_ASIDE}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_NAME}(?:\s+{_NAME}){{0,3}}{_ASIDE})+\s+"
    r"(?P<unit>provinces|governorates|states|regions|oblasts|departments|districts|counties|municipalities|"
    r"LGAs|tehsils|talukas|upazilas|woredas|raions|rayons|frontlines|fronts)\b"
)
_LISTED_ADMIN1 = frozenset({"provinces", "governorates", "states", "regions", "oblasts", "departments"})


def _as_listed_unit(text: str, mention: PlaceMention, place: Place) -> Place:
    """The unit a listed name stands for: its admin1 unit at precision 3 for provinces and the like, its town
    at precision 2 for districts (the town is the district's seat, the event anywhere in it)."""
    listed = _LISTED.match(text, mention.end)
    if listed is None or place.geo_precision >= GeoPrecision.REGION:
        return place
    if listed.group("unit") not in _LISTED_ADMIN1:
        return replace(place, geo_precision=max(place.geo_precision, GeoPrecision.NEAR))
    unit = next(
        (
            c
            for c in place.candidates
            if c.feature_code == "ADM1" and (c.country_code, c.admin1) == (place.country_code, place.admin1)
        ),
        None,
    )
    if unit is None:
        return replace(place, geo_precision=GeoPrecision.REGION)
    return replace(
        place,
        location=unit.name,
        admin2=None,
        latitude=round(unit.latitude, 5),
        longitude=round(unit.longitude, 5),
        key=unit.key,
        geo_precision=GeoPrecision.REGION,
    )


# " fort (", ", ", " sector area (", " area of ", " metro station in ": the words between a name and the units
# written after it
_BEFORE_CONTAINER = re.compile(r"\s*(?:[a-z]+\s+){0,2}(?:[(,]|(?<=[a-z]\s)(?:of|in)\s)\s*(?:the\s+)?")
_UNIT_KEYS = (ADMIN1_PREFIX, ADMIN2_PREFIX, COUNTRY_PREFIX)  # fallbacks to a unit, not a gazetteer place


def _outside_written_container(
    text: str, mention: PlaceMention, place: Place, voters: Sequence[tuple[PlaceMention, Place]]
) -> tuple[PlaceMention, Place]:
    """ "Qalat Nour fort (Mayadin, Deir ez-Zor)": a pick outside every unit written right after its name is
    a namesake of a place the gazetteer lacks; the first of those units is where the text puts the event, at
    precision 2 or coarser."""
    if place.geo_precision >= GeoPrecision.REGION or not place.candidates or _LISTED.match(text, mention.end):
        return mention, place  # a unit, a fallback to the unit another name gives, or a listed unit
    containers = [
        (m, unit)
        for m, unit in _written_containers(text, mention, voters)
        if unit.country_code == place.country_code
    ]
    if not containers:
        return mention, place
    part = re.search(r"\bof\s", text[mention.end : containers[0][0].start]) is not None  # "X area of Y city"
    if any(_lies_in(place, unit, part_of=part) for _, unit in (containers[:1] if part else containers)):
        return mention, place
    # "Tlaquepaque, Sonora": a large town outlives a unit that does not hold it; "Amli area of Pune" does not
    if _is_large(mention, place) and all(unit.geo_precision >= GeoPrecision.REGION for _, unit in containers):
        return mention, place
    first, unit = containers[0]
    return first, replace(unit, geo_precision=max(unit.geo_precision, GeoPrecision.NEAR))


def _apart_from_its_sentence(
    mention: PlaceMention, place: Place, voters: Sequence[tuple[PlaceMention, Place]]
) -> tuple[PlaceMention, Place]:
    """ "the Tal Nasr area in the east of Homs city (Homs, Homs)" resolved to a namesake far away: a
    small pick whose sentence names two or more other towns or districts, all in one other admin1 unit of its
    country and none within CONTAINER_KM of it, is a namesake of a place near them; the first of them written
    after it (or else before it) is where the text puts the event, at precision 2 or coarser."""
    if place.geo_precision >= GeoPrecision.REGION or not _is_small(place):
        return mention, place
    others = [
        (m, p)
        for m, p in voters
        if m.sentence == mention.sentence and place_key(m.name) != place_key(mention.name) and p.admin1
    ]
    units = {(p.country_code, p.admin1) for _, p in others}
    towns = [(m, p) for m, p in others if p.geo_precision < GeoPrecision.REGION]
    if len({place_key(m.name) for m, _ in towns}) < 2 or len(units) != 1:
        return mention, place
    if (place.country_code, place.admin1) in units or place.country_code != others[0][1].country_code:
        return mention, place
    if any(
        distance_km(place.latitude, place.longitude, p.latitude, p.longitude) <= CONTAINER_KM
        for _, p in others
    ):
        return mention, place
    first, unit = min(towns, key=lambda pair: (pair[0].start < mention.start, pair[0].start))
    return first, replace(unit, geo_precision=max(unit.geo_precision, GeoPrecision.NEAR))


def _written_containers(
    text: str, mention: PlaceMention, voters: Sequence[tuple[PlaceMention, Place]]
) -> list[tuple[PlaceMention, Place]]:
    """The resolved places written right after the mention: "X (Y, Z)", "X fort (Y", "X, Y"."""
    following = sorted(
        (
            (m, p)
            for m, p in voters
            if m.sentence == mention.sentence and m.start >= mention.end and m.relation is PlaceRelation.IN
        ),
        key=lambda pair: pair[0].start,
    )
    chain: list[tuple[PlaceMention, Place]] = []
    end = mention.end
    for later, unit in following:
        gap = _BEFORE_CONTAINER.fullmatch(text, end, later.start) if chain else None
        if not chain and _BEFORE_CONTAINER.fullmatch(text, end, later.start) is None:
            break
        if chain and gap is None and text[end : later.start].strip(" ,") != "":
            break
        chain.append((later, unit))
        end = later.end
    return chain


def _lies_in(place: Place, unit: Place, *, part_of: bool) -> bool:
    """Inside the unit's admin1 unit, or within CONTAINER_KM of its point (a town; a unit whose admin1 the
    gazetteer names otherwise: "Espiaa (Aljfara)"); a part of a town ("Amli area of Pune
    city") only within CONTAINER_KM of it."""
    near = distance_km(place.latitude, place.longitude, unit.latitude, unit.longitude) <= CONTAINER_KM
    if part_of and unit.geo_precision < GeoPrecision.REGION and not unit.key.startswith(_UNIT_KEYS):
        return near
    if unit.admin1 is None or place.admin1 is None or place.admin1 == unit.admin1:
        return True  # a country, or a unit the gazetteer gives no admin1
    return near


def _is_small(place: Place) -> bool:
    """A village picked from its own candidates (below SMALL_POPULATION): gazetteers
    hold only some of its namesakes. A fallback to a unit another name gives has no candidates: not small."""
    return any(c.key == place.key and c.population < SMALL_POPULATION for c in place.candidates)


def _is_large(mention: PlaceMention, place: Place) -> bool:
    """A pick of TRUSTED_POPULATION or more, of the name written, outlives a container that does not hold it
    ("Tlaquepaque, Sonora": the text is more likely wrong)."""
    if place_key(mention.name) not in place_key(place.location):  # "Juarez": Ciudad Juarez
        return False
    return any(c.key == place.key and c.population >= TRUSTED_POPULATION for c in place.candidates)


def _inside_region(
    text: str, mention: PlaceMention, place: Place, nearby: list[tuple[PlaceMention, Place]]
) -> tuple[PlaceMention, Place]:
    """ "attacks in the Araucania region" after "in the rural area of Lumaco, Araucania": when the event's
    sentences give only a region, a town-level place of the report inside that region is more precise; it
    is claimed at precision 2 at best, as the event's own sentences do not name it."""
    if place.geo_precision < GeoPrecision.REGION or place.admin1 is None:
        return mention, place
    inside = [
        (m, p)
        for m, p in nearby
        if p.geo_precision < GeoPrecision.REGION
        and (p.country_code, p.admin1) == (place.country_code, place.admin1)
    ]
    if not inside:
        return mention, place
    closer, town = min(inside, key=lambda pair: _place_preference(text, pair))
    return closer, replace(town, geo_precision=max(town.geo_precision, GeoPrecision.NEAR))


def _within_country(
    text: str, mention: PlaceMention, place: Place, nearby: list[tuple[PlaceMention, Place]]
) -> tuple[PlaceMention, Place]:
    """ "air strikes in rebel-held northwestern Syria" then "across rebel-held Idlib province": when the event's
    sentences name only the country, the report's first place inside it that has a province is more telling;
    it is claimed at precision 3 (only the region is known), whatever its own precision."""
    if place.admin1 is not None or place.geo_precision < GeoPrecision.REGION:
        return mention, place
    inside = [(m, p) for m, p in nearby if p.admin1 is not None and p.country_code == place.country_code]
    if not inside:
        return mention, place
    closer, found = min(inside, key=lambda pair: _place_preference(text, pair))
    return closer, replace(found, geo_precision=GeoPrecision.REGION)


def _in_main_countries(
    resolved: list[tuple[PlaceMention, Place]], focus: Focus
) -> list[tuple[PlaceMention, Place]]:
    """The places in the report's main country (all of the tied ones on a tie): a lone place abroad among
    several at home is more often a namesake of a word than the event's place. The main country is voted by
    the places, weighted by position (see ``_focus``)."""
    if not focus.countries:
        return resolved
    return [(m, p) for m, p in resolved if p.country_code in focus.countries]


_ROUTE_KINDS = frozenset({"road", "highway", "motorway"})
# "migrants from Bihar", "migrants from UP and Bihar", "reinforcements from Ibb governorate and Yarim"
_ORIGIN = re.compile(
    rf"\b[Ff]rom\s+(?:the\s+)?(?:{_NAME}(?:\s+{_NAME}){{0,3}}(?:\s+(?:governorate|province|district|city|town|"
    rf"village|state|region|county))?(?:\s*,\s*|\s+and\s+|\s+or\s+))*$"
)
_ORIGIN_CHARS = 80
# "the attackers shot the farmers before fleeing towards the Sambisa forest", "gunmen ... fled towards the
# Celaya-Salvatierra road": where the attackers went after is not where the event happened. Where the victims
# fled to ("the inhabitants had fled to Bankass town") often is the nearest place the report names, and stays.
_FLED_TO = re.compile(
    r"\b(?:fled|fleeing|flee|escaped|escaping|retreated|retreating|withdrew|withdrawing|ran\s+off|made\s+off)"
    r"\s+(?:back\s+)?(?:to|towards?|into|in\s+the\s+direction\s+of)\s+(?:the\s+)?"
    r"[\w'\u2019\s\u2013\u2014-]{0,40}$",
    re.IGNORECASE,
)
_ATTACKERS = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|militants?|insurgents?|fighters?|bandits?|perpetrators?|jihadists?|"
    r"rebels?|suspects?|kidnappers?|raiders?|armed\s+men|the\s+group)\b",
    re.IGNORECASE,
)
_FLED_CHARS = 80
_SUBJECT_CHARS = 160


def _attackers_fled_to(text: str, start: int) -> bool:
    fled = _FLED_TO.search(text, max(0, start - _FLED_CHARS), start)
    if fled is None:
        return False
    sentence_start = max(text.rfind(".", 0, fled.start()), fled.start() - _SUBJECT_CHARS, 0)
    return _ATTACKERS.search(text, sentence_start, fled.start()) is not None


def _place_preference(text: str, pair: tuple[PlaceMention, Place]) -> tuple[bool, bool, int]:
    """The first place named at town level (precision 1 or 2) before regions and countries: reports name
    the event's place first and its containers after it. A road named after a town ("on Murree road in
    Rawalpindi") or a place people came from ("migrants from Bihar") comes after all the others, regions
    included ("arrested in Shabwah governorate as he was travelling from Aden": Shabwah)."""
    mention, place = pair
    before = max(0, mention.start - _ORIGIN_CHARS)  # room for "from the X, Y and "
    aside = mention.kind_hint in _ROUTE_KINDS or _ORIGIN.search(text, before, mention.start) is not None
    return aside, place.geo_precision >= GeoPrecision.REGION, mention.start


__all__ = ["Focus", "PlacePick", "choose_place", "document_focus", "plausible_places"]
