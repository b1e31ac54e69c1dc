"""The actor knowledge base: named actors, countries with their state forces, and generic descriptors.

The project writes, reviews and ships ``data/actors.toml``; users extend or override it with their own
files in the same format (``ActorKB.load(extra=[Path("my_actors.toml")])``). The file has three kinds
of table:

``[[country]]``
    ISO code, the name ACLED uses ("Democratic Republic of Congo"), the form used after "Forces of"
    ("the Philippines"), demonyms and aliases, and the regime periods ACLED writes after state actors
    ("Military Forces of Syria (2000-)"). Every country yields three actors: ``military-xx``,
    ``police-xx`` and ``government-xx`` (``xx`` the lower-case ISO code), named for the period that
    contains the reference date.
``[[actor]]``
    ``id``, canonical ``name`` (ACLED style; ``{period}`` is filled from the actor's country), ``aliases``,
    ``brands`` (front names that resolve to this actor), ``persons`` (named leaders), ``guarded``
    (aliases such as "IS" matched only in an actor context), ``inter`` (ACLED code 1-8), ``type``,
    ``country`` (ISO alpha-2, "" when transnational), ``affiliations`` and ``provenance``. A joint actor
    ("JNIM ... and/or Islamic State (Greater Sahara)") lists in ``either`` the actor ids a report hesitates
    between: "JNIM or ISGS militants" is coded as it, keeping the doubt.
``[[descriptor]]``
    A generic phrase family ("regime forces", "unidentified gunmen", "civilians") mapped to a template
    whose ACLED name is filled from the country later: ``resolve_descriptor("civilians", "Syria")``.
``[[frontline]]``
    A standing front between two known sides (``id``, ``country``, ``sides`` = two actor ids, ``phrases``
    such as "contact line", ``since``/``until``, ``provenance``): monitors' reports of fire "in both
    directions of the frontline" name no side, and the front says who the sides are. An optional
    ``[frontline.held]`` table lists, per side id, the places that side holds along the front (from
    ``held_since``): fire observed near a place one side holds came from the other side.
``[[implied_country]]``
    Phrases that, in a period, point to one country when the text names none (``id``, ``country``,
    ``phrases``, ``since``/``until``, ``provenance``): "regime forces" written without a country is the Syrian
    government's; the phrase is a weak vote for where the text's places lie.
``[[deployment]]``
    A force fighting outside its own country in a period (``id``, ``actor``, ``country``, ``since``/``until``,
    ``provenance``): "Russian warplanes" over Saraqeb in 2016 point to Syria as much as to Russia. An optional
    ``coded_as`` names the operation (an actor id) that the force's actions there are coded under: "Saudi
    forces" shelling Saada are Operation Restoring Hope.
``[[airspace]]``
    Who flies combat aircraft where (``id``, ``country``, ``actor``, ``since``/``until``, optional ``over`` =
    actor ids whose territory alone it strikes, ``provenance``): an air strike whose author the text does not
    name is the force that flies there, the one restricted to the target's territory first.

Text matching uses :class:`PhraseIndex`, a token-level longest-match dictionary: one pass over the
tokens of a document, no regular-expression alternation over thousands of names.
"""

from __future__ import annotations

import logging
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

import pycountry
from rapidfuzz import fuzz, process

from flashpoint.errors import ResourceError

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_ACTORS_FILE = DATA_DIR / "actors.toml"

STATE_KINDS: dict[str, str] = {
    "military": "state_forces",
    "police": "police",
    "government": "government",
}
"""Generated state actors per country: id prefix -> descriptor template that names them."""


class Relation(StrEnum):
    PART_OF = "part_of"
    BACKED_BY = "backed_by"
    BRAND_OF = "brand_of"
    ALLIED_WITH = "allied_with"
    AFFILIATED_WITH = "affiliated_with"
    CONTROLS_TERRITORY = "controls_territory"  # target is a place name, not an actor id


class ActorType(StrEnum):
    STATE_FORCES = "state_forces"
    POLICE = "police"
    GOVERNMENT = "government"
    REBEL_GROUP = "rebel_group"
    JIHADIST_GROUP = "jihadist_group"
    POLITICAL_MILITIA = "political_militia"
    PRO_GOVERNMENT_MILITIA = "pro_government_militia"
    IDENTITY_MILITIA = "identity_militia"
    GANG = "gang"
    CARTEL = "cartel"
    RIOTERS = "rioters"
    PROTESTERS = "protesters"
    CIVILIANS = "civilians"
    EXTERNAL_FORCES = "external_forces"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    PRIVATE_SECURITY = "private_security"


# ---------------------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True, kw_only=True)
class Affiliation:
    """A dated relation from one actor to another actor (or, for ``controls_territory``, to a place)."""

    relation: Relation
    target: str
    since: str | None = None  # "YYYY[-MM[-DD]]", inclusive
    until: str | None = None  # "YYYY[-MM[-DD]]", exclusive (the first day of that period)

    def valid_on(self, day: date) -> bool:
        start = parse_partial_date(self.since) if self.since else None
        end = parse_partial_date(self.until) if self.until else None
        return (start is None or start <= day) and (end is None or day < end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    id: str
    name: str  # ACLED-style canonical name; may hold "{period}", filled by ActorKB.name_on
    inter: int
    type: ActorType
    country: str = ""  # ISO alpha-2, "" for transnational actors
    aliases: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    guarded: tuple[str, ...] = ()  # aliases matched only in an actor context ("IS fighters")
    affiliations: tuple[Affiliation, ...] = ()
    provenance: str = ""
    state_kind: str | None = None  # "military" / "police" / "government" for generated state actors
    either: tuple[str, ...] = ()  # a joint actor ("X and/or Y"): the actor ids a report hesitates between


@dataclass(frozen=True, slots=True, kw_only=True)
class Descriptor:
    """A generic phrase family ("regime forces"), resolved to an ACLED name once the country is known."""

    template: str
    name: str  # pattern with {country}, {of}, {period}: "Military Forces of {of} ({period})"
    inter: int
    phrases: tuple[str, ...] = ()
    fallback: str | None = None  # name when the country is unknown
    by_country: tuple[tuple[str, str], ...] = ()  # (ISO alpha-2, actor id): "kurdish_forces" in SY -> sdf
    victim: bool = False  # civilians, residents, protesters: never an initiator by default

    def actor_for(self, iso: str | None) -> str | None:
        for code, actor_id in self.by_country:
            if code == iso or code == "*":
                return actor_id
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    since: date
    until: date | None
    label: str  # "2000-": ACLED's suffix as written while the period was current


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    iso: str
    name: str  # as ACLED writes it: "Democratic Republic of Congo"
    of_name: str  # after "Forces of": "the Democratic Republic of Congo"
    demonyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    state_aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ("military", ("SAA", ...)), ...

    def aliases_of(self, kind: str) -> tuple[str, ...]:
        for name, aliases in self.state_aliases:
            if name == kind:
                return aliases
        return ()

    def period_on(self, day: date | None) -> Period | None:
        if not self.periods:
            return None
        if day is None:
            return self.periods[-1]
        for period in self.periods:
            if period.since <= day and (period.until is None or day < period.until):
                return period
        return self.periods[0] if day < self.periods[0].since else self.periods[-1]


@dataclass(frozen=True, slots=True, kw_only=True)
class Frontline:
    """A standing front between two known sides ("the contact line" in Donbas, 2014-2022).

    Monitors report fire "in both directions of the frontline" without naming who fired; when an event in
    ``country`` between ``since`` and ``until`` names none of the sides (or only one), the front tells who
    the sides are. ``sides`` are actor ids, in the order ACLED lists them (actor1 first).
    """

    id: str
    country: str  # ISO alpha-2
    sides: tuple[str, str]
    phrases: tuple[str, ...]
    since: date
    until: date | None
    provenance: str
    held: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (side id, folded place names that side holds)
    held_since: date | None = None  # the held lists describe the front from this date (None: ``since``)
    regions: tuple[str, ...] = ()  # the first-level units the front runs through ("Donetsk", "Luhansk")

    def applies(self, iso: str | None, on: date | None, folded_text: str) -> bool:
        """Whether a text of ``on`` in country ``iso`` refers to this front. A text whose country is unknown
        or mistaken (a village the gazetteer resolved abroad) still does when it names a held place."""
        if on is None or on < self.since or (self.until and on >= self.until):
            return False
        if not any(phrase in folded_text for phrase in self.phrases):
            return False
        return iso in (self.country, None) or self.holder(on, folded_text) is not None

    def holder(self, on: date, folded_text: str) -> str | None:
        """The side holding the first held place the text locates the event at ("near Avdiivka"), or None."""
        if not self.held or on < (self.held_since or self.since):
            return None
        best: tuple[int, str] | None = None
        for side, places in self.held:
            found = _held_place_at(folded_text, places)
            if found is not None and (best is None or found < best[0]):
                best = (found, side)
        return best[1] if best else None

    def ordered_sides(self, on: date, folded_text: str) -> tuple[str, str]:
        """The sides with the one that fired first: fire observed near a place one side holds came from
        the other side; the listed order when the text names no held place."""
        holder = self.holder(on, folded_text)
        first, second = self.sides
        return (second, first) if holder == first else (first, second)


_PLACE_INTRO = (
    r"\b(?:near|in|at|around|outside|of|from|towards|on|into)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement)\s+of\s+)?"
)
_NOT_A_PLACE_AFTER = re.compile(r"[-\w]|['\u2019]s\b|\s+(?:region|oblast|province|people)\b")


# "ISIS-held", "IS-controlled" after a name; "held by (the)", "controlled by" before it; the rebels' territory
_HELD_AFTER = re.compile(r"[-\u2010\u2011 ](?:held|controlled|run|dominated|occupied)\b", re.IGNORECASE)
_HELD_BY_BEFORE = re.compile(
    r"\b(?:held|controlled|run|dominated|occupied|seized)\s+by\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
_OTHERS_TERRITORY = re.compile(
    r"\b(?:rebel|opposition|insurgent)[-\u2010\u2011 ]"
    r"(?:held|controlled|run)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _held_pattern(places: tuple[str, ...]) -> re.Pattern[str]:
    names = sorted(places, key=len, reverse=True)
    return re.compile(_PLACE_INTRO + "(?:" + "|".join(re.escape(name) for name in names) + ")")


def _held_place_at(folded_text: str, places: tuple[str, ...]) -> int | None:
    """Where the text first locates something at one of ``places`` ("near avdiivka"): the offset, or None.
    A name that runs on ("Zolote-5" for "Zolote", "Donetsk region") is not that place."""
    for match in _held_pattern(places).finditer(folded_text):
        if not _NOT_A_PLACE_AFTER.match(folded_text, match.end()):
            return match.start()
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Airspace:
    """A force that flies combat aircraft over a country in a period ("the Syrian air force over Syria").

    ``over`` restricts it to strikes on those actors' territory (the US-led coalition struck the Islamic
    State, not the rebels); empty means anywhere in the country.
    """

    id: str
    country: str  # ISO alpha-2
    actor: str
    since: date
    until: date | None
    over: tuple[str, ...]
    provenance: str

    def flies(self, iso: str | None, on: date | None) -> bool:
        if iso != self.country or on is None:
            return False
        return self.since <= on and (self.until is None or on < self.until)


@dataclass(frozen=True, slots=True, kw_only=True)
class ImpliedCountry:
    """Phrases that point to one country in a period when a text names none ("regime forces": Syria's)."""

    id: str
    country: str  # ISO alpha-2
    phrases: tuple[str, ...]  # casefolded, apostrophes written "'"
    since: date
    until: date | None
    provenance: str

    def applies(self, on: date | None, folded_text: str) -> bool:
        if on is None or on < self.since or (self.until is not None and on >= self.until):
            return False
        return any(re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded_text) for phrase in self.phrases)


@dataclass(frozen=True, slots=True, kw_only=True)
class Deployment:
    """A force fighting outside its own country in a period ("Russia's forces in Syria since 30 September 2015")."""

    id: str
    actor: str
    country: str  # ISO alpha-2
    since: date
    until: date | None
    provenance: str
    coded_as: str | None = None  # the operation the force's actions there are coded under (an actor id)

    def active(self, on: date | None) -> bool:
        return on is not None and self.since <= on and (self.until is None or on < self.until)


def parse_partial_date(value: str) -> date:
    """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" to the first day it names; raise ``ValueError`` otherwise."""
    match = _PARTIAL_DATE.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"not a YYYY[-MM[-DD]] date: {value!r}")
    return date(int(match["y"]), int(match["m"] or 1), int(match["d"] or 1))


_PARTIAL_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?")


# ---------------------------------------------------------------------------------------------------------
# Tokens and the phrase index

_APOSTROPHES = "'\u2019\u02bc`"
_TOKEN_RE = re.compile(rf"[^\W_]+(?:[{_APOSTROPHES}][^\W_]+)*")
_APOSTROPHE_RE = re.compile(rf"[{_APOSTROPHES}]")
_APOSTROPHE_TABLE = str.maketrans("", "", _APOSTROPHES)
_GAP_RE = re.compile("[ \t\u00a0]{1,3}|[ \t]?[-\u2010\u2011\u2013][ \t]?|/|[ \t]?\n[ \t]?|[ \t]?&[ \t]?")
_INITIAL_GAP_RE = re.compile(r"\.(?:[ \t]|[-\u2010\u2011])?")  # "U.S. forces", "U.S.-led"


class Token(NamedTuple):
    start: int
    end: int
    raw: str  # as written, apostrophes removed
    norm: str  # lower-case, no diacritics


@lru_cache(maxsize=65536)
def normalise_word(raw: str) -> str:
    """Fold one word for lookup: case, diacritics and apostrophes ("People's" -> "peoples")."""
    folded = unicodedata.normalize("NFKD", _APOSTROPHE_RE.sub("", raw))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets; apostrophes inside words are dropped ("People's" -> "Peoples").

    Hot path (every document, several finders): ``findall`` plus ``str.find`` for offsets and tuples built
    with ``tuple.__new__`` run about twice as fast as ``finditer`` with ``Token(...)`` calls.
    """
    tokens: list[Token] = []
    append = tokens.append
    find = text.find
    position = 0
    for word in _TOKEN_RE.findall(text):
        start = find(word, position)
        position = start + len(word)
        if word.isascii():
            raw = word.translate(_APOSTROPHE_TABLE) if ("'" in word or "`" in word) else word
            append(_new_token(Token, (start, position, raw, raw.lower())))
        else:
            raw = word.translate(_APOSTROPHE_TABLE)
            append(_new_token(Token, (start, position, raw, normalise_word(raw))))
    return tokens


_new_token = tuple.__new__


@lru_cache(maxsize=4)
def document_tokens(text: str) -> tuple[Token, ...]:
    """``tokenize(text)`` for a whole document, cached so the actor and claimant finders share one pass."""
    return tuple(tokenize(text))


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(phrase))


def gap_allows_phrase(text: str, left: Token, right: Token) -> bool:
    """Whether two adjacent tokens may belong to one name: spaces, a hyphen, or the dot of an initial."""
    gap = text[left.end : right.start]
    if _GAP_RE.fullmatch(gap):
        return True
    return len(left.raw) == 1 and _INITIAL_GAP_RE.fullmatch(gap) is not None


def _acronym_shape(word: str) -> bool:
    return word.isupper()  # every cased letter upper-case, and at least one: "IS", "SAA", "M23"


def _case_fits(pattern: str, raw: str) -> bool:
    """A KB acronym ("IS", "SAA", "NATO") matches an upper-case word (from 4 letters also a Title word)."""
    if not _acronym_shape(pattern):
        return True
    if raw.isupper():
        return True
    return len(pattern) >= 4 and raw[:1].isupper()


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    first: int  # token index
    last: int  # token index, inclusive
    start: int  # character offsets
    end: int
    payload: T


@dataclass(slots=True)
class _Candidate(Generic[T]):
    case: tuple[str, ...] | None  # raw pattern words when any is an acronym
    payload: T


class _Node(Generic[T]):
    __slots__ = ("children", "terminals")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.terminals: list[_Candidate[T]] = []


class PhraseIndex(Generic[T]):
    """Longest-leftmost, non-overlapping phrase lookup: a trie over normalised words."""

    __slots__ = ("_root", "_size")

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def add(self, phrase: str, payload: T) -> None:
        """Index ``phrase``; adding the same phrase again replaces its payload (a user's file overrides)."""
        self.add_words(tuple(token.raw for token in tokenize(phrase)), payload)

    def add_words(self, raws: Sequence[str], payload: T) -> None:
        """Index a phrase given as its words (apostrophes already removed)."""
        if not raws:
            return
        node = self._root
        for raw in raws:
            key = normalise_word(raw)
            child = node.children.get(key)
            if child is None:
                child = node.children[key] = _Node()
            node = child
        case = tuple(raws) if any(_acronym_shape(raw) for raw in raws) else None
        for candidate in node.terminals:
            if candidate.case == case:
                candidate.payload = payload
                return
        node.terminals.append(_Candidate(case, payload))
        node.terminals.sort(key=lambda candidate: candidate.case is None)  # case-specific first
        self._size += 1

    def find(self, tokens: Sequence[Token], text: str) -> list[PhraseMatch[T]]:
        found: list[PhraseMatch[T]] = []
        starts = self._root.children
        index = 0
        while index < len(tokens):
            norm = tokens[index].norm
            # most words start no phrase: skip the call ("Taliban's" starts "Taliban")
            if norm not in starts and not (
                norm[-1:] == "s" and norm[:-1] in starts and _possessive(tokens[index], text)
            ):
                index += 1
                continue
            match = self.match_at(tokens, text, index)
            if match is None:
                index += 1
                continue
            found.append(match)
            index = match.last + 1
        return found

    def match_at(self, tokens: Sequence[Token], text: str, index: int) -> PhraseMatch[T] | None:
        """The longest phrase starting at token ``index``, or None."""
        node = self._root
        best: tuple[int, T] | None = None
        position = index
        while position < len(tokens):
            token = tokens[position]
            if position > index and not gap_allows_phrase(text, tokens[position - 1], token):
                break
            if _possessive(token, text):  # "the PMF's shelling": the name ends at the possessive
                owner = node.children.get(token.norm[:-1])
                raws = [t.raw for t in tokens[index:position]] + [token.raw[:-1]]
                for candidate in owner.terminals if owner else ():
                    if candidate.case is None or _case_fits_words(candidate.case, raws):
                        best = (position, candidate.payload)
                        break
            child = node.children.get(token.norm)
            if child is None:
                break
            node = child
            for candidate in node.terminals:
                if candidate.case is None or _case_fits_all(candidate.case, tokens, index):
                    best = (position, candidate.payload)
                    break
            position += 1
        if best is None:
            return None
        last, payload = best
        return PhraseMatch(index, last, tokens[index].start, tokens[last].end, payload)


def _case_fits_all(case: tuple[str, ...], tokens: Sequence[Token], index: int) -> bool:
    return all(_case_fits(word, tokens[index + offset].raw) for offset, word in enumerate(case))


def _case_fits_words(case: tuple[str, ...], raws: Sequence[str]) -> bool:
    return all(_case_fits(word, raw) for word, raw in zip(case, raws, strict=True))


def _possessive(token: Token, text: str) -> bool:
    """A word written with a final possessive "'s" ("Taliban's", "PMF's"); its raw form lost the apostrophe."""
    return (
        token.end - token.start >= 4 and text[token.end - 1] in "sS" and text[token.end - 2] in _APOSTROPHES
    )


class EntryKind(StrEnum):
    ACTOR = "actor"  # a name or alias of a KB actor
    BRAND = "brand"  # a front name: resolves to the actor behind it
    PERSON = "person"  # a named person linked to a KB actor
    DESCRIPTOR = "descriptor"  # a generic phrase
    COUNTRY = "country"  # a country name or demonym alone: counted, never emitted


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """What a phrase in the index stands for."""

    kind: EntryKind
    target: str  # actor id, descriptor template or country ISO code
    surface: str  # the phrase as listed in the KB
    guarded: bool = False
    country: str | None = None  # explicit country of a descriptor phrase ("Nigerian protesters")
    weight: int = 1  # for the document-country vote: a country name counts more than a demonym


# ---------------------------------------------------------------------------------------------------------
# Phrase generation for countries and descriptors

MILITARY_NOUNS: tuple[str, ...] = (
    "army",
    "military",
    "armed forces",
    "forces",
    "troops",
    "soldiers",
    "soldier",
    "servicemen",
    "serviceman",
    "military forces",
    "security forces",
    "government forces",
    "government troops",
    "army forces",
    "ground forces",
    "special forces",
    "air force",
    "airforce",
    "warplanes",
    "warplane",
    "jets",
    "fighter jets",
    "military aircraft",
    "aircraft",
    "helicopters",
    "drones",
    "navy",
    "naval forces",
    "marines",
    "artillery",
    "border guards",
    "border guard",
    "national army",
    "defence forces",
    "defense forces",
    "military personnel",
    "army soldiers",
    "army troops",
    "regime forces",
    "regime troops",
    "government soldiers",
    "paratroopers",
    "commandos",
    "armoured forces",
    "military units",
    "army units",
    "gunboats",
    "coast guard",
    "forces personnel",
)
POLICE_NOUNS: tuple[str, ...] = (
    "police",
    "policemen",
    "policeman",
    "police officers",
    "police officer",
    "police forces",
    "police force",
    "gendarmes",
    "gendarmerie",
    "riot police",
    "security police",
    "federal police",
    "national police",
    "state police",
)
GOVERNMENT_NOUNS: tuple[str, ...] = (
    "government",
    "authorities",
    "regime",
    "administration",
    "officials",
    "cabinet",
)
NAME_NOUNS: frozenset[str] = frozenset(
    {
        "army",
        "military",
        "armed forces",
        "forces",
        "troops",
        "soldiers",
        "security forces",
        "air force",
        "navy",
        "government forces",
        "police",
        "police force",
        "national police",
        "government",
        "authorities",
        "regime",
        "federal police",
        "border guards",
        "special forces",
        "defence forces",
        "defense forces",
    }
)
CIVILIAN_NOUNS: tuple[str, ...] = ("civilians", "civilian", "villagers", "residents", "farmers", "nationals")
PROTESTER_NOUNS: tuple[str, ...] = ("protesters", "protestors", "demonstrators")
RIOTER_NOUNS: tuple[str, ...] = ("rioters",)


Phrase = tuple[tuple[str, ...], Entry]
"""A phrase as its words (see :func:`phrase_words`) and what it stands for."""


@lru_cache(maxsize=16384)
def phrase_words(phrase: str) -> tuple[str, ...]:
    """The words of a phrase as the index stores them (apostrophes removed, case kept)."""
    return tuple(token.raw for token in tokenize(phrase))


def _country_phrases(country: Country) -> Iterator[Phrase]:
    names = (country.name, *country.aliases)
    for name in names:
        yield phrase_words(name), Entry(kind=EntryKind.COUNTRY, target=country.iso, surface=name, weight=2)
    for demonym in country.demonyms:
        yield phrase_words(demonym), Entry(kind=EntryKind.COUNTRY, target=country.iso, surface=demonym)
    yield from _state_phrases(country, names)
    yield from _people_phrases(country)


def _state_phrases(country: Country, names: Sequence[str]) -> Iterator[Phrase]:
    lower = country.iso.lower()
    groups = (("military", MILITARY_NOUNS), ("police", POLICE_NOUNS), ("government", GOVERNMENT_NOUNS))
    owners = [*names, *(f"{name}'s" for name in names)]
    for prefix, nouns in groups:
        entry = Entry(
            kind=EntryKind.ACTOR,
            target=f"{prefix}-{lower}",
            surface=f"{country.name} {prefix}",
            country=country.iso,
        )
        for noun in nouns:
            for adjective in country.demonyms:
                yield phrase_words(adjective) + phrase_words(noun), entry
            if noun in NAME_NOUNS:  # "Syria's army", "Nigeria police": fewer nouns follow a country name
                for owner in owners:
                    yield phrase_words(owner) + phrase_words(noun), entry
                for name in {*names, country.of_name}:  # "military forces of Azerbaijan"
                    yield (*phrase_words(noun), "of", *phrase_words(name)), entry


def _people_phrases(country: Country) -> Iterator[Phrase]:
    groups = (("civilians", CIVILIAN_NOUNS), ("protesters", PROTESTER_NOUNS), ("rioters", RIOTER_NOUNS))
    for template, nouns in groups:
        entry = Entry(
            kind=EntryKind.DESCRIPTOR,
            target=template,
            surface=f"{country.name} {template}",
            country=country.iso,
        )
        for noun in nouns:
            for adjective in country.demonyms:
                yield phrase_words(adjective) + phrase_words(noun), entry


# An alias "pro-Houthi forces" says that fighters called "pro-Houthi" are the actor's own. "pro-Houthi" is then
# a guarded name of the actor, matched only before a group noun ("pro-Houthi groups", "pro-Hadi and affiliated
# forces"): "pro-Houthi media" is not the Houthis.
_PRO_ALIAS = re.compile(r"^(pro-\S+) (?:forces|fighters|elements)$", re.IGNORECASE)
PRO_PREFIX = "pro-"


def _actor_phrases(actor: Actor) -> Iterator[Phrase]:
    country = actor.country or None
    # a joint actor's name has no short forms: "JNIM" alone is not "JNIM ... and/or Islamic State (Greater Sahara)"
    short = () if actor.either else tuple(_acled_short_forms(actor.name))
    names = (actor.name.replace("({period})", "").strip(), *short, *actor.aliases)
    for alias in names:
        if "(" in alias and alias is not names[0]:
            continue  # "Ansar al-Sharia (Yemen)": a disambiguated spelling for lookup, not for running text
        if alias in actor.guarded:
            continue  # "FACT" from "FACT: Front for ...": a common word, matched only in an actor context
        entry = Entry(kind=EntryKind.ACTOR, target=actor.id, surface=alias, country=country)
        yield phrase_words(alias), entry
    pro_names = {found.group(1) for alias in actor.aliases if (found := _PRO_ALIAS.match(alias))}
    for alias in (*actor.guarded, *sorted(pro_names)):
        entry = Entry(kind=EntryKind.ACTOR, target=actor.id, surface=alias, guarded=True, country=country)
        yield phrase_words(alias), entry
    for brand in actor.brands:
        entry = Entry(kind=EntryKind.BRAND, target=actor.id, surface=brand, country=country)
        yield phrase_words(brand), entry
    for person in actor.persons:
        entry = Entry(kind=EntryKind.PERSON, target=actor.id, surface=person, country=country)
        yield phrase_words(person), entry


def _acled_short_forms(name: str) -> Iterator[str]:
    """ACLED writes "HTS: Hayat Tahrir al Sham": both halves are names of the actor."""
    if ": " in name:
        acronym, _, long_name = name.partition(": ")
        yield long_name
        if " " not in acronym and len(acronym) > 1:
            yield acronym


# ---------------------------------------------------------------------------------------------------------
# The knowledge base


class ActorKB:
    """Actors, countries and descriptors with lookup, fuzzy search and descriptor resolution.

    Build it with :meth:`load`; the constructor only stores already-validated records.
    """

    __slots__ = (
        "_branches",
        "_by_name",
        "_countries",
        "_country_lookup",
        "_descriptors",
        "_index",
        "_joints",
        "_search_choices",
        "actors",
        "airspaces",
        "deployments",
        "frontlines",
        "implied",
        "sources",
    )

    def __init__(
        self,
        *,
        actors: Mapping[str, Actor],
        descriptors: Mapping[str, Descriptor],
        countries: Mapping[str, Country],
        sources: Sequence[Path] = (),
        frontlines: Sequence[Frontline] = (),
        airspaces: Sequence[Airspace] = (),
        implied: Sequence[ImpliedCountry] = (),
        deployments: Sequence[Deployment] = (),
    ) -> None:
        self.actors: dict[str, Actor] = dict(actors)
        self._descriptors: dict[str, Descriptor] = dict(descriptors)
        self._countries: dict[str, Country] = dict(countries)
        self.sources: tuple[Path, ...] = tuple(sources)
        self.frontlines: tuple[Frontline, ...] = tuple(frontlines)
        self.airspaces: tuple[Airspace, ...] = tuple(airspaces)
        self.implied: tuple[ImpliedCountry, ...] = tuple(implied)
        self.deployments: tuple[Deployment, ...] = tuple(deployments)
        self._country_lookup: dict[str, str] = _country_lookup(self._countries.values())
        self._by_name: dict[str, str] = {}
        self._index: PhraseIndex[Entry] | None = None
        self._search_choices: list[tuple[str, str]] | None = None
        self._branches: dict[tuple[str, str], str] | None = None
        self._joints: dict[frozenset[str], str] | None = None

    # -- construction -------------------------------------------------------------------------------------

    @classmethod
    def load(cls, extra: Sequence[Path] = (), *, base: Path | None = None) -> ActorKB:
        """The shipped KB extended (and overridden, id by id) by ``extra`` files; cached per file set."""
        paths = (base or DEFAULT_ACTORS_FILE, *extra)
        stamps = tuple((str(path), _mtime(path)) for path in paths)
        return _load_cached(stamps)

    # -- lookup -------------------------------------------------------------------------------------------

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def descriptor(self, template: str) -> Descriptor | None:
        return self._descriptors.get(template)

    @property
    def descriptors(self) -> tuple[Descriptor, ...]:
        return tuple(self._descriptors.values())

    @property
    def countries(self) -> tuple[Country, ...]:
        return tuple(self._countries.values())

    def country(self, code_or_name: str | None) -> Country | None:
        """A country by ISO alpha-2/alpha-3 code, name, alias or demonym ("Syria", "SY", "DRC", "Syrian")."""
        if not code_or_name:
            return None
        iso = self._country_lookup.get(normalise_word(code_or_name.strip()))
        if iso is None:
            iso = _pycountry_iso(code_or_name)
        return self._countries.get(iso) if iso else None

    def frontline_sides(self, country: str | None, on: date | None, text: str) -> tuple[str, str] | None:
        """The two sides (actor ids) of a standing front the text refers to in ``country`` on ``on``."""
        found = self.country(country)
        folded = text.casefold()
        for front in self.frontlines:
            if on is not None and front.applies(found.iso if found else None, on, folded):
                return front.ordered_sides(on, folded)
        return None

    def fronts_in(self, on: date | None, text: str) -> tuple[Frontline, ...]:
        """The standing fronts the text refers to on ``on`` ("fire in both directions of the frontline", "the
        SMM observed")."""
        if on is None:
            return ()
        folded = text.casefold()
        return tuple(front for front in self.frontlines if front.applies(front.country, on, folded))

    def frontline_regions(self, on: date | None, text: str) -> tuple[tuple[str, str], ...]:
        """(ISO code, first-level unit) of the standing fronts the text refers to on ``on``
        (:func:`front_regions` of :meth:`fronts_in`)."""
        return front_regions(self.fronts_in(on, text))

    def frontline_places(self, on: date | None, text: str) -> tuple[str, ...]:
        """The settlements either side holds along the standing fronts the text refers to on ``on``
        (:func:`front_held_places` of :meth:`fronts_in`)."""
        return front_held_places(self.fronts_in(on, text), on) if on is not None else ()

    def implied_countries(self, on: date | None, text: str) -> tuple[str, ...]:
        """ISO codes of the countries the text's phrasing points to on ``on`` ("regime forces"), for a text
        that names no country (see ``[[implied_country]]``)."""
        folded = text.casefold().replace("\u2019", "'")
        return tuple(dict.fromkeys(entry.country for entry in self.implied if entry.applies(on, folded)))

    def deployed_in(self, actor_id: str | None, on: date | None) -> tuple[str, ...]:
        """ISO codes of the countries outside its own where the actor (or the force it is part of) fights on
        ``on`` (see ``[[deployment]]``)."""
        if actor_id is None:
            return ()
        ids = {actor_id, *self._parents(actor_id)}
        return tuple(dict.fromkeys(d.country for d in self.deployments if d.actor in ids and d.active(on)))

    def coded_as(self, actor_id: str | None, country: str | None, on: date | None) -> str | None:
        """The operation (actor id) a force's actions in ``country`` on ``on`` are coded under, or None: the
        Saudi armed forces in Yemen are Operation Restoring Hope (see ``coded_as`` in ``[[deployment]]``)."""
        found = self.country(country)
        if actor_id is None or found is None:
            return None
        return next(
            (
                d.coded_as
                for d in self.deployments
                if d.coded_as and d.actor == actor_id and d.country == found.iso and d.active(on)
            ),
            None,
        )

    def air_operator(
        self, country: str | None, on: date | None, text: str, targets: Sequence[str] = ()
    ) -> str | None:
        """The force (actor id) that flies combat aircraft where an unattributed air strike hit, or None.

        ``targets`` are the actor ids the strike hit; a force restricted to some actors' territory is chosen
        when a target is one of them (or part of one) or the text names one ("an IS-held town")."""
        found = self.country(country)
        flying = [a for a in self.airspaces if a.flies(found.iso if found else None, on)]
        restricted = [a for a in flying if a.over and self._strikes_territory_of(a.over, text, targets)]
        anywhere = [a for a in flying if not a.over]
        chosen = (restricted or anywhere)[:1]
        return chosen[0].actor if chosen else None

    def _strikes_territory_of(self, over: Sequence[str], text: str, targets: Sequence[str]) -> bool:
        """A target is one of ``over`` (or part of one), or the text places the strike in their territory
        ("an IS-held town", "areas controlled by Daesh") and not in another's ("rebel-held Idlib")."""
        wanted = set(over)
        if any(t in wanted or wanted & self._parents(t) for t in targets):
            return True
        if _OTHERS_TERRITORY.search(text):
            return False
        return any(
            match.payload.kind is EntryKind.ACTOR
            and match.payload.target in wanted
            and (_HELD_AFTER.match(text, match.end) or _HELD_BY_BEFORE.search(text, 0, match.start))
            for match in self.phrase_index.find(tokenize(text), text)
        )

    def _parents(self, actor_id: str) -> set[str]:
        return {a.target for a in self.affiliations(actor_id) if a.relation is Relation.PART_OF}

    def name_on(self, actor_id: str, on: date | None = None) -> str:
        """The actor's ACLED name on a date: the period suffix of state actors follows the regime period."""
        actor = self.actors[actor_id]
        if "{period}" not in actor.name:
            return actor.name
        country = self._countries.get(actor.country)
        period = country.period_on(on) if country else None
        if period is None:
            return actor.name.replace(" ({period})", "").replace("{period}", "")
        return actor.name.replace("{period}", period.label)

    def affiliations(self, actor_id: str, on: date | None = None) -> list[Affiliation]:
        actor = self.actors.get(actor_id)
        if actor is None:
            return []
        return [item for item in actor.affiliations if on is None or item.valid_on(on)]

    def resolve_brand(self, actor_id: str, on: date | None = None) -> str:
        """Follow ``brand_of`` relations valid on ``on`` (default today) to the actor behind a front name."""
        day = on or date.today()
        seen = {actor_id}
        current = actor_id
        while True:
            targets = [a.target for a in self.affiliations(current, day) if a.relation is Relation.BRAND_OF]
            if not targets or targets[0] in seen:
                return current
            current = targets[0]
            seen.add(current)

    def joint(self, first: str, second: str) -> str | None:
        """The joint actor ("X and/or Y", an ``either`` list) that a report naming ``first`` or ``second``
        stands for, when the KB has one: "ISWAP or Boko Haram militants"."""
        if self._joints is None:
            self._joints = {
                frozenset((one, other)): actor.id
                for actor in self.actors.values()
                if actor.either
                for one in (*actor.either, actor.id)
                for other in (*actor.either, actor.id)
                if one != other
            }
        return self._joints.get(frozenset((first, second))) if first != second else None

    def localise(self, actor_id: str, country: str | None) -> str:
        """The country branch of a transnational actor ("islamic-state" in Syria -> "islamic-state-syria")."""
        found = self.country(country)
        if found is None:
            return actor_id
        if self._branches is None:
            self._branches = {
                (item.target, candidate.country): candidate.id
                for candidate in self.actors.values()
                if candidate.country
                for item in candidate.affiliations
                if item.relation is Relation.PART_OF and not self.actors[item.target].country
            }
        return self._branches.get((actor_id, found.iso), actor_id)

    def inter_for(self, actor_id: str, event_country: str | None) -> int:
        """ACLED's code for the actor in an event's country: state forces abroad are external forces (8)."""
        actor = self.actors[actor_id]
        found = self.country(event_country)
        if actor.inter == 1 and found is not None and actor.country and actor.country != found.iso:
            return 8
        return actor.inter

    def resolve_descriptor(
        self, template: str, country: str | None, on: date | None = None
    ) -> tuple[str, int]:
        """The ACLED name and inter code of a generic descriptor in a country ("civilians", "Syria")."""
        descriptor = self._descriptors.get(template)
        if descriptor is None:
            raise ResourceError(
                f"unknown descriptor template {template!r}; use one of {sorted(self._descriptors)} "
                "or add a [[descriptor]] table to your actor file",
                code="E411",
            )
        found = self.country(country)
        actor_id = descriptor.actor_for(found.iso if found else None)
        if actor_id is not None and actor_id in self.actors:
            return self.name_on(actor_id, on), self.actors[actor_id].inter
        return self._fill(descriptor, found, country, on), descriptor.inter

    def _fill(self, descriptor: Descriptor, found: Country | None, raw: str | None, on: date | None) -> str:
        if found is None and not raw:
            return descriptor.fallback or _strip_placeholders(descriptor.name)
        name = found.name if found else (raw or "").strip()
        of_name = found.of_name if found else name
        period = found.period_on(on) if found else None
        text = descriptor.name.replace("{country}", name).replace("{of}", of_name)
        if period is None:
            return text.replace(" ({period})", "").replace("{period}", "")
        return text.replace("{period}", period.label)

    # -- search and matching ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 10) -> list[Actor]:
        """Actors whose names or aliases are closest to ``query`` (rapidfuzz WRatio), best first."""
        choices = self._choices()
        hits = process.extract(
            query,
            [text for text, _ in choices],
            scorer=fuzz.WRatio,
            limit=max(limit * 4, limit),
            processor=_fold_for_search,
        )
        found: list[Actor] = []
        for _text, _score, position in hits:
            actor = self.actors[choices[position][1]]
            if actor not in found:
                found.append(actor)
            if len(found) == limit:
                break
        return found

    def lookup_name(self, name: str) -> Actor | None:
        """An actor by exact canonical name or alias (folded), e.g. an ACLED ``actor1`` value."""
        if not self._by_name:
            self._by_name = self._name_table()
        actor_id = self._by_name.get(_fold_for_search(name))
        return self.actors.get(actor_id) if actor_id else None

    def known_names(self, on: date | None = None) -> frozenset[str]:
        """Every ACLED-style name the KB can produce: actor names and descriptor names for each country."""
        names = {self.name_on(actor_id, on) for actor_id in self.actors}
        for descriptor in self._descriptors.values():
            for country in self._countries.values():
                names.add(self._fill(descriptor, country, country.name, on))
        return frozenset(names)

    @property
    def phrase_index(self) -> PhraseIndex[Entry]:
        """The index of every matchable phrase, built on first use."""
        if self._index is None:
            self._index = self._build_index()
        return self._index

    def _build_index(self) -> PhraseIndex[Entry]:
        index: PhraseIndex[Entry] = PhraseIndex()
        for country in self._countries.values():
            for words, entry in _country_phrases(country):
                index.add_words(words, entry)
        for descriptor in self._descriptors.values():
            for phrase in descriptor.phrases:
                entry = Entry(kind=EntryKind.DESCRIPTOR, target=descriptor.template, surface=phrase)
                index.add_words(phrase_words(phrase), entry)
        for actor in self.actors.values():
            for words, entry in _actor_phrases(actor):
                index.add_words(words, entry)
        return index

    def _choices(self) -> list[tuple[str, str]]:
        if self._search_choices is None:
            self._search_choices = [
                (text, actor.id)
                for actor in self.actors.values()
                for text in (self.name_on(actor.id), *actor.aliases, *actor.brands)
            ]
        return self._search_choices

    def _name_table(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for actor in self.actors.values():
            names = [self.name_on(actor.id), *actor.aliases, *actor.brands]
            names.extend(_acled_short_forms(self.name_on(actor.id)))
            for name in names:
                table.setdefault(_fold_for_search(name), actor.id)
        return table


def _fold_for_search(text: str) -> str:
    return " ".join(token.norm for token in tokenize(str(text)))


def _strip_placeholders(name: str) -> str:
    text = re.sub(r"\s*\(\{(?:country|period)\}\)", "", name)
    return re.sub(r"\s*(?:of\s+)?\{(?:of|country|period)\}", "", text).strip()


def _country_lookup(countries: Iterable[Country]) -> dict[str, str]:
    table: dict[str, str] = {}
    for country in countries:
        for name in (country.iso, country.name, country.of_name, *country.aliases, *country.demonyms):
            table.setdefault(normalise_word(name), country.iso)
    return table


@lru_cache(maxsize=512)
def front_regions(fronts: Sequence[Frontline]) -> tuple[tuple[str, str], ...]:
    """(ISO code, first-level unit) of ``fronts``; a front without listed units gives its country with an empty
    unit. Where the places a report on the front names lie, when nothing else in the text says so."""
    return tuple(
        dict.fromkeys((front.country, region) for front in fronts for region in front.regions or ("",))
    )


def front_held_places(fronts: Sequence[Frontline], on: date) -> tuple[str, ...]:
    """The settlements either side holds along ``fronts`` on ``on`` (folded names, as listed; none before a
    front's held lists apply): where the line runs, for telling a village on it from its namesakes elsewhere."""
    return tuple(
        dict.fromkeys(
            name
            for front in fronts
            if on >= (front.held_since or front.since)
            for _, names in front.held
            for name in names
        )
    )


def _pycountry_iso(name: str) -> str | None:
    try:
        record = pycountry.countries.lookup(name.strip())
    except LookupError:
        return None
    code = getattr(record, "alpha_2", None)
    return code if isinstance(code, str) else None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return -1.0


@lru_cache(maxsize=16)
def _load_cached(stamps: tuple[tuple[str, float], ...]) -> ActorKB:
    paths = [Path(path) for path, _ in stamps]
    tables = [_read_toml(path) for path in paths]
    countries: dict[str, Country] = {}
    descriptors: dict[str, Descriptor] = {}
    actors: dict[str, Actor] = {}
    descriptor_owners: dict[str, Path] = {}
    for path, table in zip(paths, tables, strict=True):
        countries.update(_parse_countries(path, table.get("country", [])))
        parsed = _parse_descriptors(path, table.get("descriptor", []))
        descriptors.update(parsed)
        descriptor_owners.update(dict.fromkeys(parsed, path))
    for country in countries.values():
        actors.update(_state_actors(country))
    owners: dict[str, Path] = {}
    for path, table in zip(paths, tables, strict=True):
        for actor in _parse_actors(path, table.get("actor", []), countries):
            actors[actor.id] = actor
            owners[actor.id] = path
    owners.update({f"descriptor:{key}": value for key, value in descriptor_owners.items()})
    _check_targets(actors, owners, descriptors, paths[-1])
    frontlines: dict[str, Frontline] = {}
    airspaces: dict[str, Airspace] = {}
    implied: dict[str, ImpliedCountry] = {}
    deployments: dict[str, Deployment] = {}
    for path, table in zip(paths, tables, strict=True):
        frontlines.update(_parse_frontlines(path, table.get("frontline", []), actors))
        airspaces.update(_parse_airspaces(path, table.get("airspace", []), actors))
        implied.update(_parse_implied(path, table.get("implied_country", []), countries))
        deployments.update(_parse_deployments(path, table.get("deployment", []), actors, countries))
    logger.debug(
        "actor KB: %d actors, %d descriptors, %d countries", len(actors), len(descriptors), len(countries)
    )
    return ActorKB(
        actors=actors,
        descriptors=descriptors,
        countries=countries,
        sources=paths,
        frontlines=tuple(frontlines.values()),
        airspaces=tuple(airspaces.values()),
        implied=tuple(implied.values()),
        deployments=tuple(deployments.values()),
    )


# ---------------------------------------------------------------------------------------------------------
# Parsing and validation


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ResourceError(f"actor file {path} does not exist; check the path", code="E401") from exc
    except tomllib.TOMLDecodeError as exc:
        message = f"actor file {path} is not valid TOML ({exc}); fix the syntax"
        raise ResourceError(message, code="E402") from exc


def _bad(path: Path, kind: str, item: str, problem: str) -> ResourceError:
    return ResourceError(f"{path}: {kind} {item!r}: {problem}", code="E403")


def _strings(path: Path, kind: str, item: str, raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad(path, kind, item, f"'{key}' must be a list of strings")
    return tuple(value)


def _text(
    path: Path, kind: str, item: str, raw: Mapping[str, Any], key: str, default: str | None = None
) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise _bad(path, kind, item, f"'{key}' is required and must be a non-empty string")
    return value


def _check_inter(path: Path, kind: str, item: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 8:
        raise _bad(path, kind, item, f"inter must be an ACLED code from 1 to 8, not {value!r}")
    return value


def _check_date(path: Path, kind: str, item: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _bad(path, kind, item, f"dates are strings 'YYYY[-MM[-DD]]', not {value!r}")
    try:
        parse_partial_date(value)
    except ValueError as exc:
        raise _bad(path, kind, item, f"{exc}; write 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'") from exc
    return value


def _row_id(path: Path, kind: str, raw: object) -> str:
    """A table row's required ``id`` ("?" for a row that is no table, which the row's checks then report)."""
    return _text(path, kind, "?", raw, "id") if isinstance(raw, dict) else "?"


def _period(path: Path, kind: str, item: str, raw: Mapping[str, Any]) -> tuple[date, date | None]:
    """A table row's required ``since`` and optional ``until``, parsed."""
    since = _check_date(path, kind, item, raw.get("since"))
    if since is None:
        raise _bad(path, kind, item, "'since' is required")
    until = _check_date(path, kind, item, raw.get("until"))
    return parse_partial_date(since), parse_partial_date(until) if until else None


def _known_country(
    path: Path, kind: str, item: str, raw: Mapping[str, Any], countries: Mapping[str, Country]
) -> str:
    country = _text(path, kind, item, raw, "country")
    if country not in countries:
        raise _bad(path, kind, item, f"unknown country {country!r}; use an ISO alpha-2 code")
    return country


def _parse_frontlines(path: Path, rows: Sequence[Any], actors: Mapping[str, Actor]) -> dict[str, Frontline]:
    found: dict[str, Frontline] = {}
    for raw in rows:
        ident = _row_id(path, "frontline", raw)
        sides = _strings(path, "frontline", ident, raw, "sides")
        if len(sides) != 2 or any(side not in actors for side in sides):
            raise _bad(path, "frontline", ident, f"'sides' must be two known actor ids, not {list(sides)}")
        since, until = _period(path, "frontline", ident, raw)
        held_since = _check_date(path, "frontline", ident, raw.get("held_since"))
        found[ident] = Frontline(
            id=ident,
            country=_text(path, "frontline", ident, raw, "country"),
            sides=(sides[0], sides[1]),
            phrases=tuple(p.casefold() for p in _strings(path, "frontline", ident, raw, "phrases")),
            since=since,
            until=until,
            provenance=_text(path, "frontline", ident, raw, "provenance"),
            held=_parse_held(path, ident, raw.get("held", {}), sides),
            held_since=parse_partial_date(held_since) if held_since else None,
            regions=_strings(path, "frontline", ident, raw, "regions"),
        )
    return found


def _parse_airspaces(path: Path, rows: Sequence[Any], actors: Mapping[str, Actor]) -> dict[str, Airspace]:
    found: dict[str, Airspace] = {}
    for raw in rows:
        ident = _row_id(path, "airspace", raw)
        actor = _text(path, "airspace", ident, raw, "actor")
        over = _strings(path, "airspace", ident, raw, "over")
        unknown = [a for a in (actor, *over) if a not in actors]
        if unknown:
            raise _bad(
                path, "airspace", ident, f"unknown actor ids {unknown}; add those actors or fix the ids"
            )
        since, until = _period(path, "airspace", ident, raw)
        found[ident] = Airspace(
            id=ident,
            country=_text(path, "airspace", ident, raw, "country"),
            actor=actor,
            since=since,
            until=until,
            over=over,
            provenance=_text(path, "airspace", ident, raw, "provenance"),
        )
    return found


def _parse_implied(
    path: Path, rows: Sequence[Any], countries: Mapping[str, Country]
) -> dict[str, ImpliedCountry]:
    found: dict[str, ImpliedCountry] = {}
    for raw in rows:
        ident = _row_id(path, "implied_country", raw)
        country = _known_country(path, "implied_country", ident, raw, countries)
        phrases = _strings(path, "implied_country", ident, raw, "phrases")
        if not phrases:
            raise _bad(path, "implied_country", ident, "'phrases' must list at least one phrase")
        since, until = _period(path, "implied_country", ident, raw)
        found[ident] = ImpliedCountry(
            id=ident,
            country=country,
            phrases=tuple(phrase.casefold().replace("\u2019", "'") for phrase in phrases),
            since=since,
            until=until,
            provenance=_text(path, "implied_country", ident, raw, "provenance"),
        )
    return found


def _parse_deployments(
    path: Path, rows: Sequence[Any], actors: Mapping[str, Actor], countries: Mapping[str, Country]
) -> dict[str, Deployment]:
    found: dict[str, Deployment] = {}
    for raw in rows:
        ident = _row_id(path, "deployment", raw)
        actor = _text(path, "deployment", ident, raw, "actor")
        if actor not in actors:
            raise _bad(path, "deployment", ident, f"unknown actor id {actor!r}; add the actor or fix the id")
        country = _known_country(path, "deployment", ident, raw, countries)
        since, until = _period(path, "deployment", ident, raw)
        found[ident] = Deployment(
            id=ident,
            actor=actor,
            country=country,
            since=since,
            until=until,
            provenance=_text(path, "deployment", ident, raw, "provenance"),
            coded_as=_coded_as(path, ident, raw, actors),
        )
    return found


def _coded_as(path: Path, ident: str, raw: Mapping[str, Any], actors: Mapping[str, Actor]) -> str | None:
    value = raw.get("coded_as")
    if value is None:
        return None
    if not isinstance(value, str) or value not in actors:
        raise _bad(
            path, "deployment", ident, f"coded_as {value!r} is no actor id; add the actor or fix the id"
        )
    return value


def _parse_held(
    path: Path, ident: str, raw: object, sides: Sequence[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(raw, dict) or any(side not in sides for side in raw):
        raise _bad(
            path, "frontline", ident, f"'held' must be a table of side id = [places], sides {list(sides)}"
        )
    return tuple(
        (side, tuple(name.casefold() for name in _strings(path, "frontline", ident, raw, side)))
        for side in raw
    )


def _parse_countries(path: Path, rows: Sequence[Any]) -> dict[str, Country]:
    found: dict[str, Country] = {}
    for raw in rows:
        iso = str(raw.get("iso", "")) if isinstance(raw, dict) else ""
        if not re.fullmatch(r"[A-Z]{2}", iso):
            raise _bad(path, "country", iso or "?", "'iso' must be an upper-case ISO 3166 alpha-2 code")
        if iso in found:
            raise _bad(path, "country", iso, "listed twice in this file; keep one table")
        name = _text(path, "country", iso, raw, "name")
        found[iso] = Country(
            iso=iso,
            name=name,
            of_name=_text(path, "country", iso, raw, "of", name),
            demonyms=_strings(path, "country", iso, raw, "demonyms"),
            aliases=_strings(path, "country", iso, raw, "aliases"),
            periods=_parse_periods(path, iso, raw.get("periods", [])),
            state_aliases=tuple((kind, _strings(path, "country", iso, raw, kind)) for kind in STATE_KINDS),
        )
    return found


def _parse_periods(path: Path, iso: str, rows: object) -> tuple[Period, ...]:
    if not isinstance(rows, list):
        raise _bad(path, "country", iso, "'periods' must be a list of {since = 'YYYY', until = ...} tables")
    periods: list[Period] = []
    for row in rows:
        since = _check_date(path, "country", iso, row.get("since") if isinstance(row, dict) else None)
        if since is None:
            raise _bad(path, "country", iso, "every period needs 'since'")
        until = _check_date(path, "country", iso, row.get("until"))
        label = str(row.get("label", f"{since[:4]}-"))
        periods.append(
            Period(
                since=parse_partial_date(since),
                until=parse_partial_date(until) if until else None,
                label=label,
            )
        )
    return tuple(sorted(periods, key=lambda period: period.since))


def _parse_descriptors(path: Path, rows: Sequence[Any]) -> dict[str, Descriptor]:
    found: dict[str, Descriptor] = {}
    for raw in rows:
        template = _text(path, "descriptor", "?", raw, "template")
        if template in found:
            raise _bad(path, "descriptor", template, "listed twice in this file; keep one table")
        by_country = raw.get("by_country", {})
        if not isinstance(by_country, dict):
            raise _bad(path, "descriptor", template, "'by_country' must be a table of ISO code = actor id")
        found[template] = Descriptor(
            template=template,
            name=_text(path, "descriptor", template, raw, "name"),
            inter=_check_inter(path, "descriptor", template, raw.get("inter")),
            phrases=_strings(path, "descriptor", template, raw, "phrases"),
            fallback=raw.get("fallback"),
            by_country=tuple((str(k), str(v)) for k, v in by_country.items()),
            victim=bool(raw.get("victim", False)),
        )
    return found


def _state_actors(country: Country) -> Iterator[tuple[str, Actor]]:
    names = {
        "military": ("Military Forces of {of} ({period})", 1, ActorType.STATE_FORCES),
        "police": ("Police Forces of {of} ({period})", 1, ActorType.POLICE),
        "government": ("Government of {of} ({period})", 1, ActorType.GOVERNMENT),
    }
    for prefix, (pattern, inter, kind) in names.items():
        actor_id = f"{prefix}-{country.iso.lower()}"
        name = pattern.replace("{of}", country.of_name)
        yield (
            actor_id,
            Actor(
                id=actor_id,
                name=name,
                inter=inter,
                type=kind,
                country=country.iso,
                aliases=country.aliases_of(prefix),
                state_kind=prefix,
                provenance="generated from the [[country]] table",
            ),
        )


def _parse_actors(path: Path, rows: Sequence[Any], countries: Mapping[str, Country]) -> list[Actor]:
    seen: set[str] = set()
    actors: list[Actor] = []
    for raw in rows:
        actor = _parse_actor(path, raw, countries)
        if actor.id in seen:
            raise _bad(path, "actor", actor.id, "duplicate id in this file; merge the tables or rename one")
        seen.add(actor.id)
        actors.append(actor)
    return actors


def _parse_actor(path: Path, raw: Any, countries: Mapping[str, Country]) -> Actor:
    if not isinstance(raw, dict):
        raise ResourceError(f"{path}: every [[actor]] must be a table", code="E403")
    actor_id = _text(path, "actor", "?", raw, "id")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", actor_id):
        raise _bad(path, "actor", actor_id, "ids are lower-case slugs: letters, digits and '-'")
    country = str(raw.get("country", ""))
    if country and country not in countries and _pycountry_iso(country) != country:
        raise _bad(path, "actor", actor_id, f'country {country!r} is not an ISO alpha-2 code (or use "")')
    type_name = str(raw.get("type", ""))
    if type_name not in ActorType.__members__.values():
        allowed = [t.value for t in ActorType]
        raise _bad(path, "actor", actor_id, f"type {type_name!r} is not one of {allowed}")
    return Actor(
        id=actor_id,
        name=_text(path, "actor", actor_id, raw, "name"),
        inter=_check_inter(path, "actor", actor_id, raw.get("inter")),
        type=ActorType(type_name),
        country=country,
        aliases=_strings(path, "actor", actor_id, raw, "aliases"),
        brands=_strings(path, "actor", actor_id, raw, "brands"),
        persons=_strings(path, "actor", actor_id, raw, "persons"),
        guarded=_strings(path, "actor", actor_id, raw, "guarded"),
        affiliations=_parse_affiliations(path, actor_id, raw.get("affiliations", [])),
        provenance=str(raw.get("provenance", "")),
        either=_strings(path, "actor", actor_id, raw, "either"),
    )


def _parse_affiliations(path: Path, actor_id: str, rows: object) -> tuple[Affiliation, ...]:
    if not isinstance(rows, list):
        raise _bad(path, "actor", actor_id, "'affiliations' must be a list of {relation, target} tables")
    found: list[Affiliation] = []
    for row in rows:
        relation = str(row.get("relation", "")) if isinstance(row, dict) else ""
        if relation not in Relation.__members__.values():
            raise _bad(
                path,
                "actor",
                actor_id,
                f"affiliation relation {relation!r} is not one of {[r.value for r in Relation]}",
            )
        target = row.get("target")
        if not isinstance(target, str) or not target:
            raise _bad(path, "actor", actor_id, "every affiliation needs a 'target' (an actor id or a place)")
        found.append(
            Affiliation(
                relation=Relation(relation),
                target=target,
                since=_check_date(path, "actor", actor_id, row.get("since")),
                until=_check_date(path, "actor", actor_id, row.get("until")),
            )
        )
    return tuple(found)


def _check_targets(
    actors: Mapping[str, Actor], owners: Mapping[str, Path], descriptors: Mapping[str, Descriptor], last: Path
) -> None:
    for actor in actors.values():
        for item in actor.affiliations:
            if item.relation is not Relation.CONTROLS_TERRITORY and item.target not in actors:
                problem = f"affiliation target {item.target!r} is not an actor id; add it or fix the id"
                raise _bad(owners.get(actor.id, last), "actor", actor.id, problem)
        unknown = [target for target in actor.either if target not in actors]
        if unknown or len(actor.either) == 1:
            problem = (
                f"'either' names unknown actor ids {unknown}; add them or fix the ids"
                if unknown
                else "'either' lists the two or more actors a report hesitates between"
            )
            raise _bad(owners.get(actor.id, last), "actor", actor.id, problem)
    for descriptor in descriptors.values():
        for _iso, actor_id in descriptor.by_country:
            if actor_id not in actors:
                path = owners.get(f"descriptor:{descriptor.template}", last)
                problem = f"by_country names unknown actor {actor_id!r}; add that actor or fix the id"
                raise _bad(path, "descriptor", descriptor.template, problem)


__all__ = [
    "DEFAULT_ACTORS_FILE",
    "Actor",
    "ActorKB",
    "ActorType",
    "Affiliation",
    "Airspace",
    "Country",
    "Deployment",
    "Descriptor",
    "Entry",
    "EntryKind",
    "Frontline",
    "ImpliedCountry",
    "Period",
    "PhraseIndex",
    "PhraseMatch",
    "Relation",
    "Token",
    "document_tokens",
    "front_held_places",
    "front_regions",
    "normalise_word",
    "parse_partial_date",
    "phrase_key",
    "phrase_words",
    "tokenize",
]
