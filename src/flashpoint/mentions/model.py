"""Mentions: typed spans found in a Document, before they are assembled into events.

Every mention carries its character span into ``Document.text``, the index of its sentence and
the extractor that found it, so any field derived from it can point back at the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

# ACLED actor classes ("inter" codes): 1 state forces, 2 rebel groups, 3 political militias, 4 identity
# militias, 5 rioters, 6 protesters, 7 civilians, 8 external or other forces.
NON_STATE_ARMED_INTERS = frozenset({2, 3, 4})  # armed groups that are not a state's forces, and have members
ARMED_INTERS = frozenset({1, *NON_STATE_ARMED_INTERS, 8})  # everyone who carries arms


class Stance(StrEnum):
    ASSERTS = "asserts"
    DENIES = "denies"


class TimePrecision(IntEnum):
    DAY = 1
    WEEK = 2
    MONTH = 3


class YearSource(StrEnum):
    EXPLICIT = "explicit"  # the expression names its year
    PUBLICATION = "publication"  # resolved against the publication date
    INFERRED = "inferred"  # no publication date: year taken from elsewhere in the text
    UNKNOWN = "unknown"  # no year anywhere: resolved against today's date, confidence lowered


class VictimClass(StrEnum):
    CIVILIAN = "civilian"
    COMBATANT = "combatant"
    UNKNOWN = "unknown"


class Outcome(StrEnum):
    KILLED = "killed"
    INJURED = "injured"


class PlaceRelation(StrEnum):
    IN = "in"  # the named place itself
    NEAR = "near"  # near / outskirts / around / outside
    BETWEEN = "between"  # between X and Y
    REGION = "region"  # X countryside, eastern X province, part of a region


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    start: int
    end: int
    text: str
    sentence: int
    extractor: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorMention(Mention):
    """An actor named or described in the text.

    ``actor_id`` is the knowledge-base id, or ``None`` for a provisional actor (an unknown group name).
    ``inter`` is ACLED's interaction code: 1 state forces, 2 rebels, 3 political militia,
    4 identity militia, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
    """

    actor_id: str | None
    name: str  # canonical name (ACLED style) or the provisional name as written
    inter: int | None
    country: str | None = None
    generic: bool = False  # a descriptor such as "regime forces" rather than a proper name
    person: str | None = None  # a named person linked to this organisation ("Alaa al-Omar")


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceMention(Mention):
    """A place expression: ``name`` as written, ``other`` for the second place of "between X and Y"."""

    name: str
    relation: PlaceRelation = PlaceRelation.IN
    other: str | None = None
    direction: str | None = None  # "eastern", "southwestern", ... for regional expressions
    kind_hint: str | None = None  # "city", "town", "village", "province", "station", ... from the text


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention(Mention):
    value: date
    precision: TimePrecision
    year_source: YearSource
    relative: bool = False  # "yesterday", "last week", "on Tuesday"


@dataclass(frozen=True, slots=True, kw_only=True)
class CasualtyMention(Mention):
    """A casualty figure: ``count`` is the conservative number (the low end of a range, 0 for denials)."""

    outcome: Outcome
    count: int
    high: int | None = None  # upper end of a range ("between 5 and 7", "up to 12")
    quantifier: str | None = None  # "at least", "more than", "dozens", "up to", "about"
    victim: str | None = None  # the victim noun as written: "civilians", "soldiers"
    victim_class: VictimClass = VictimClass.UNKNOWN
    negated: bool = False  # "deny casualties", "no one was killed"


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimantMention(Mention):
    """Who says so: a named source or a class of sources, with its stance and hedge.

    A bare hedge ("reportedly") is a ClaimantMention with ``claimant`` ``None``.
    """

    claimant: str | None
    stance: Stance = Stance.ASSERTS
    hedge: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TriggerMention(Mention):
    """A word or phrase that signals an event of a given ACLED type."""

    event_type: str
    sub_event_type: str
    lemma: str
    generic: bool = False  # habitual, plural-without-count, or "over the past year": not one event
    negated: bool = False  # "no attack took place", "the deal remains unimplemented"


@dataclass(frozen=True, slots=True, kw_only=True)
class Mentions:
    actors: tuple[ActorMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    casualties: tuple[CasualtyMention, ...] = ()
    claimants: tuple[ClaimantMention, ...] = ()
    triggers: tuple[TriggerMention, ...] = ()


__all__ = [
    "ARMED_INTERS",
    "NON_STATE_ARMED_INTERS",
    "ActorMention",
    "CasualtyMention",
    "ClaimantMention",
    "DateMention",
    "Mention",
    "Mentions",
    "Outcome",
    "PlaceMention",
    "PlaceRelation",
    "Stance",
    "TimePrecision",
    "TriggerMention",
    "VictimClass",
    "YearSource",
]
