"""Field comparisons: one gold event and the chosen predicted event -> one Observation per scored field.

A field is scored only when the gold provides it. With no predicted event every scored field is wrong, except
the type fields of items whose gold is itself "no event" (MUC-4 irrelevant documents, CASE non-ACLED classes),
where predicting nothing is the right answer.

MUC-4 role fillers (``perpetrators``, ``targets``) are compared by text, as MUC-4 scores them: the gold mention
strings against the predicted role's mentions as written (its evidence spans; for targets also the event's
``target`` spans, what the attack hit) by head noun or content-word containment (:func:`fillers_match`), and
against the names and aliases of the role's KB actors (:func:`alias_names_filler`); a KB-normalised name such
as "Unidentified Armed Group" is never matched alone.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from flashpoint.eval import mappings
from flashpoint.eval.metrics import actor_names_match, haversine_km, place_names_match
from flashpoint.eval.model import NO_EVENT, GoldEvent, Observation
from flashpoint.events.model import Event
from flashpoint.events.targets import TARGET_FIELD
from flashpoint.mentions.kb import ActorKB
from flashpoint.mentions.numbers import parse_number

Comparator = Callable[[GoldEvent, Event | None, str], Observation | None]

LOCATION_CORRECT_KM = 10.0  # the location's headline verdict: within 10 km (the strictest distance metric)
_NONE = "(none)"


def observe(gold: GoldEvent, event: Event | None, item_id: str, fields: tuple[str, ...]) -> list[Observation]:
    """Observations for ``fields`` (names in :data:`COMPARATORS`) that the gold provides."""
    found = (COMPARATORS[field](gold, event, item_id) for field in fields)
    return [o for o in found if o is not None]


def _label(field: str, item_id: str, gold: str, predicted: str, event: Event | None) -> Observation:
    return Observation(
        field=field,
        item_id=item_id,
        gold=gold,
        predicted=predicted,
        correct=gold == predicted,
        error=1.0 if event is None else event.confidence,
    )


def _type_field(field: str) -> Comparator:
    def compare(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
        gold_label = getattr(gold, field) if gold.is_event else NO_EVENT
        if gold_label is None:
            return None
        predicted = getattr(event, field) if event is not None else NO_EVENT
        return _label(field, item_id, gold_label, predicted, event)

    return compare


def _actor_name(field: str) -> Comparator:
    def compare(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
        gold_name: str | None = getattr(gold, field)
        if gold_name is None:
            return None
        predicted: str | None = getattr(event, field) if event is not None else None
        observation = _label(field, item_id, gold_name or _NONE, _display(event, predicted), event)
        correct = event is not None and actor_names_match(gold_name, predicted)
        return _with(observation, correct)

    return compare


def _actor_class(field: str, inter: str) -> Comparator:
    def compare(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
        gold_code: int | None = getattr(gold, inter)
        if gold_code is None:
            return None
        predicted = (getattr(event, inter) or 0) if event is not None else None
        shown = NO_EVENT if predicted is None else str(predicted)
        return _with(_label(field, item_id, str(gold_code), shown, event), predicted == gold_code)

    return compare


def _display(event: Event | None, value: object) -> str:
    if event is None:
        return NO_EVENT
    return _NONE if value is None or value == "" else str(value)


def _with(observation: Observation, correct: bool) -> Observation:
    return Observation(
        field=observation.field,
        item_id=observation.item_id,
        gold=observation.gold,
        predicted=observation.predicted,
        correct=correct,
        error=observation.error,
        gold_number=observation.gold_number,
        flag=observation.flag,
    )


def compare_location(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
    """Distance in km between gold and predicted coordinates; infinite when nothing was predicted."""
    if gold.latitude is None or gold.longitude is None:
        return None
    gold_text = f"{gold.location or '?'} ({gold.latitude:.4f}, {gold.longitude:.4f})"
    if event is None or event.latitude is None or event.longitude is None:
        return Observation(
            field="location",
            item_id=item_id,
            gold=gold_text,
            predicted=_display(event, None),
            correct=False,
            error=math.inf,
        )
    km = haversine_km(gold.latitude, gold.longitude, event.latitude, event.longitude)
    predicted = (
        f"{event.location or '?'} ({event.latitude:.4f}, {event.longitude:.4f}) p{event.geo_precision}"
    )
    return Observation(
        field="location",
        item_id=item_id,
        gold=gold_text,
        predicted=predicted,
        correct=km <= LOCATION_CORRECT_KM,
        error=km,
        flag=event.geo_precision == 1,
    )


def compare_admin1(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
    """Same admin1 by name (see :func:`place_names_match`), by Syrian governorate alias, or as two names of one
    unit in the project's admin1 naming table (:func:`mappings.same_admin1_unit`)."""
    if gold.admin1 is None:
        return None
    predicted = event.admin1 if event is not None else None
    governorate = mappings.syria_governorate(gold.admin1)
    correct = event is not None and (
        place_names_match(gold.admin1, predicted)
        or (governorate is not None and governorate == mappings.syria_governorate(predicted))
        or mappings.same_admin1_unit(gold.admin1, predicted)
    )
    return _with(_label("admin1", item_id, gold.admin1, _display(event, predicted), event), correct)


def compare_country(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
    """Same country, compared as ISO codes (:func:`mappings.country_code`): an event placed in a namesake
    abroad is wrong here whatever its distance. An event with no country is wrong."""
    if gold.country is None:
        return None
    predicted = event.country if event is not None else None
    wanted, got = mappings.country_code(gold.country), mappings.country_code(predicted)
    correct = wanted is not None and wanted == got
    return _with(_label("country", item_id, gold.country, _display(event, predicted), event), correct)


def compare_date(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
    """Days between the predicted date and the gold date or range; 0 inside the range."""
    if gold.event_date is None:
        return None
    end = gold.event_date_end or gold.event_date
    gold_text = gold.event_date.isoformat() + (f"..{end.isoformat()}" if end != gold.event_date else "")
    predicted = event.event_date if event is not None else None
    days = _days_outside(predicted, gold.event_date, end)
    shown = predicted.isoformat() if predicted else _display(event, None)
    return Observation(
        field="event_date", item_id=item_id, gold=gold_text, predicted=shown, correct=days == 0, error=days
    )


def _days_outside(value: date | None, start: date, end: date) -> float:
    if value is None:
        return math.inf
    if value < start:
        return float((start - value).days)
    return float(max(0, (value - end).days))


def _count(field: str, predict: Callable[[Event | None], int | None]) -> Comparator:
    def compare(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
        gold_count: int | None = getattr(gold, field)
        if gold_count is None:
            return None
        predicted = predict(event)
        error = math.inf if predicted is None else float(abs(predicted - gold_count))
        return Observation(
            field=field,
            item_id=item_id,
            gold=str(gold_count),
            predicted=_display(event, predicted),
            correct=error == 0,
            error=error,
            gold_number=float(gold_count),
        )

    return compare


def _mapped(field: str, predict: Callable[[Event | None], str]) -> Comparator:
    def compare(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
        gold_label: str | None = getattr(gold, field)
        if gold_label is None:
            return None
        return _label(field, item_id, gold_label, predict(event), event)

    return compare


def compare_violence_type(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
    if gold.violence_type is None:
        return None
    gold_label = mappings.UCDP_VIOLENCE_TYPES.get(gold.violence_type, str(gold.violence_type))
    return _label("violence_type", item_id, gold_label, mappings.ucdp_violence_type(event), event)


def compare_perpetrator(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
    if gold.perpetrator is None:
        return None
    observation = _label("perpetrator", item_id, gold.perpetrator, mappings.gtd_perpetrator(event), event)
    return _with(observation, mappings.gtd_perpetrator_matches(gold.perpetrator, event))


def _side(field: str) -> Comparator:
    def compare(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
        side: str | None = getattr(gold, field)
        if side is None:
            return None
        observation = _label(field, item_id, side, mappings.ucdp_sides(event), event)
        return _with(observation, mappings.ucdp_side_matches(side, event))

    return compare


def compare_incident_type(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
    """Right when the predicted type is any template's type; the gold shown is the matched type if any."""
    accepted = gold.incident_types if gold.is_event else (NO_EVENT,)
    if not accepted:
        return None
    predicted = mappings.muc_incident_type(event)
    gold_label = predicted if predicted in accepted else accepted[0]
    return _label("incident_type", item_id, gold_label, predicted, event)


def _fillers(field: str, roles: tuple[str, ...], *, spans: tuple[str, ...] = ()) -> Comparator:
    """MUC-4 fillers against the actors of ``roles`` and the evidence of ``roles`` and ``spans`` (the
    ``target`` spans: what the attack hit, as written)."""

    def compare(gold: GoldEvent, event: Event | None, item_id: str) -> Observation | None:
        wanted: tuple[str, ...] = getattr(gold, field)
        if not wanted:
            return None
        actors = [a for a in (getattr(event, r) for r in roles) if a] if event is not None else []
        surfaces = _role_surfaces(event, roles + spans) if event is not None else ()
        shown = "; ".join(actors) + (f" [{'; '.join(surfaces)}]" if surfaces else "")
        observation = _label(field, item_id, " | ".join(wanted[:5]), _display(event, shown), event)
        aliases = _role_aliases(event, roles) if event is not None else ()
        correct = any(fillers_match(w, s) for w in wanted for s in surfaces) or any(
            alias_names_filler(w, a) for w in wanted for a in aliases
        )
        return _with(observation, correct)

    return compare


# --- MUC-4 role fillers ---------------------------------------------------------------------------------------

# function words; counts ("two", "several", "dozens") are stop words too (see _is_stop)
_FILLER_STOP: frozenset[str] = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "any",
        "all",
        "other",
        "about",
        "approximately",
        "around",
        "nearly",
        "least",
        "at",
        "more",
        "than",
        "its",
        "their",
        "his",
        "her",
    ]
)
_WEAK_HEADS: frozenset[str] = frozenset(
    [
        "member",
        "group",
        "man",
        "woman",
        "person",
        "people",
        "individual",
        "unit",
        "element",
        "force",
        "sector",
        "cell",
        "part",
        "band",
    ]
)
"""Heads too general to identify a filler alone ("members of ...", "a group of ..."): their phrases match only
when one phrase's content words all occur in the other."""
_IRREGULAR_PLURALS: MappingProxyType[str, str] = MappingProxyType(
    {"men": "man", "women": "woman", "people": "person", "children": "child", "policemen": "policeman"}
)
_POST_MODIFIER = re.compile(
    r",|\(|\bof\b|\bwho\b|\bthat\b|\bwhich\b|\bwearing\b|\bwith\b|\bpresumed\b|\bfrom\b|\bin\b|\bon\b|"
    r"\bcovering\b|\bworking\b|\bbelonging\b|\boccupied\b"
)
_FILLER_WORD = re.compile(r"[a-z0-9]+")
_KB_PAREN = re.compile(r"\s*\([^)]*\)")


def fillers_match(gold: str, surface: str) -> bool:
    """MUC-4-style filler match of a gold mention and a predicted mention as written in the text.

    Both are case-folded, stripped of accents, articles, quantifiers and numbers, and their words folded to
    the singular ("guerrillas" -> "guerrilla", "men" -> "man"). They match when their head nouns agree (the
    last content word before a post-modifier such as "of", "who", a comma or a parenthesis: "six priests of
    the order" -> "priest") unless that head is too general ("members", "group", "men", "forces"), or when
    every content word of one occurs in the other ("guerrilla column" and "the guerrillas"). "the army" and
    "guerrillas" do not match.
    """
    gold_words, surface_words = _content_words(gold), _content_words(surface)
    if not gold_words or not surface_words:
        return False
    head = _filler_head(gold)
    if head and head not in _WEAK_HEADS and head == _filler_head(surface):
        return True
    shorter, longer = sorted((gold_words, surface_words), key=len)
    return not shorter <= _WEAK_HEADS and shorter <= longer


def alias_names_filler(gold: str, alias: str) -> bool:
    """Whether a gold mention names a KB actor by one of its names: every content word of the alias (its
    parenthetical qualifier dropped) occurs in the gold ("eln" and "guerrillas of the eln" name the ELN;
    "the army" does not name the National Liberation Army)."""
    alias_words = _content_words(_KB_PAREN.sub("", alias))
    return bool(alias_words) and not alias_words <= _WEAK_HEADS and alias_words <= _content_words(gold)


def _fold_filler(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("'", "")


def _content_words(text: str) -> frozenset[str]:
    words = _FILLER_WORD.findall(_fold_filler(text))
    return frozenset(_singular(w) for w in words if not _is_stop(w))


def _filler_head(text: str) -> str | None:
    folded = _fold_filler(text)
    cut = _POST_MODIFIER.search(folded)
    words = [w for w in _FILLER_WORD.findall(folded[: cut.start()] if cut else folded) if not _is_stop(w)]
    return _singular(words[-1]) if words else None


def _is_stop(word: str) -> bool:
    """A function word or a count, written in digits or words ("two", "several", "dozens")."""
    return word in _FILLER_STOP or parse_number(word) is not None


def _singular(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _role_surfaces(event: Event, roles: tuple[str, ...]) -> tuple[str, ...]:
    """The role's mentions as written (its evidence spans)."""
    return tuple(e.text for e in event.evidence if e.field in roles and e.text.strip())


def _role_aliases(event: Event, roles: tuple[str, ...]) -> tuple[str, ...]:
    """Every name the KB knows for the role's named actors (canonical name, acronym, aliases)."""
    aliases: list[str] = []
    names = [n.strip() for role in roles for n in (getattr(event, role) or "").split(";")]
    for name in names:
        actor = _actor_kb().lookup_name(name) if name else None
        if actor is not None:
            acronym, _, full = actor.name.partition(": ")
            aliases.extend((acronym, full) if full else (actor.name,))
            aliases.extend(actor.aliases)
    return tuple(a.replace("{period}", "") for a in aliases if a)


@lru_cache(maxsize=1)
def _actor_kb() -> ActorKB:
    return ActorKB.load()


COMPARATORS: MappingProxyType[str, Comparator] = MappingProxyType(
    {
        "event_type": _type_field("event_type"),
        "sub_event_type": _type_field("sub_event_type"),
        "actor1": _actor_name("actor1"),
        "actor1_class": _actor_class("actor1_class", "inter1"),
        "actor2": _actor_name("actor2"),
        "actor2_class": _actor_class("actor2_class", "inter2"),
        "location": compare_location,
        "admin1": compare_admin1,
        "country": compare_country,
        "event_date": compare_date,
        "fatalities": _count("fatalities", lambda e: e.fatalities if e is not None else None),
        "injuries": _count("injuries", lambda e: e.injuries if e is not None else None),
        "civilian_deaths": _count("civilian_deaths", mappings.civilian_deaths),
        "governorate": _mapped("governorate", mappings.fakes_governorate),
        "actor_class": _mapped("actor_class", mappings.fakes_actor_class),
        "cause_class": _mapped("cause_class", mappings.fakes_cause_class),
        "attack_type": _mapped("attack_type", mappings.gtd_attack_type),
        "perpetrator": compare_perpetrator,
        "violence_type": compare_violence_type,
        "side_a": _side("side_a"),
        "side_b": _side("side_b"),
        "incident_type": compare_incident_type,
        "perpetrators": _fillers("perpetrators", ("actor1", "assoc_actor_1")),
        "targets": _fillers("targets", ("actor2", "assoc_actor_2"), spans=(TARGET_FIELD,)),
    }
)
"""Every comparable field by name; a dataset scores the fields its metrics name."""

__all__ = [
    "COMPARATORS",
    "LOCATION_CORRECT_KM",
    "alias_names_filler",
    "compare_admin1",
    "compare_country",
    "compare_date",
    "compare_location",
    "fillers_match",
    "observe",
]
