"""Assemble coded events from a document's mentions and resolved places.

``build_events`` reads top to bottom: segment the document into event descriptions, then for each segment choose
its type, date, place, actors and figures, each with the evidence span it came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from flashpoint import __version__
from flashpoint.documents.model import Document
from flashpoint.events.claims import casualty_claims, coded_fatalities, conservative_total
from flashpoint.events.merge import Draft, merge_drafts, renumber
from flashpoint.events.model import ACT_FIELD, Claim, Event, Evidence
from flashpoint.events.ontology import EventType, SubEventType
from flashpoint.events.placing import Focus, choose_place, document_focus, plausible_places
from flashpoint.events.roles import (
    DescriptorResolver,
    ResolvedActor,
    Sides,
    agent_named_later,
    assign_sides,
    attributed_to,
    claims_responsibility,
    crowd_initiates,
    main_and_associated,
    resolve_actor,
    weapon_owner,
)
from flashpoint.events.segment import Segment, segment_events
from flashpoint.events.targets import find_targets
from flashpoint.events.triggers import DRUG_SEIZURE
from flashpoint.events.typing import CRIMINAL_RECORD, OFF_DUTY, LabelPredictor, TypeChoice, choose_type
from flashpoint.mentions.dates import DateReference
from flashpoint.mentions.model import (
    NON_STATE_ARMED_INTERS,
    ActorMention,
    DateMention,
    Mentions,
    Stance,
    TimePrecision,
    TriggerMention,
    VictimClass,
    YearSource,
)
from flashpoint.places.model import Place

EXTRACTOR = "flashpoint.rules"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventContext:
    """Everything ``build_events`` needs besides the document: passed in, so tests can swap parts."""

    mentions: Mentions
    places: Sequence[Place | None]  # aligned with mentions.places
    reference: DateReference
    actors: DescriptorResolver
    country_hint: str | None = None  # a country name from the caller (an eval set's country), used last
    text_country: str | None = None  # the country the text's first "Syrian town" names, before country_hint
    classifier: LabelPredictor | None = None  # the shipped event-type model; None: the lexicon alone


@dataclass(frozen=True, slots=True, kw_only=True)
class _Pick:
    """A chosen value with its evidence span and caveats."""

    evidence: tuple[Evidence, ...] = ()
    notes: tuple[str, ...] = ()
    penalty: float = 0.0


def build_events(doc: Document, context: EventContext) -> tuple[Event, ...]:
    segments = segment_events(doc, context.mentions, context.classifier)
    plausible = plausible_places(doc.text, context.mentions, context.places)
    focus = document_focus(doc, plausible)  # one report, one geographic focus for all its events
    drafts = [_build_event(doc, context, segment, focus) for segment in segments]
    merged = merge_drafts(drafts)
    return tuple(renumber(_as_coded(doc, draft.event), f"{doc.id}-e{n}") for n, draft in enumerate(merged))


def _as_coded(doc: Document, event: Event) -> Event:
    """The fatalities a coder's note in the text records ("Fatalities coded as 0 (the Taliban reported 1)",
    "Fatalities split between 2 events"), with the note as evidence; the claims stay as the prose gives them."""
    coded = coded_fatalities(doc.text, event.fatalities)
    if coded is None or coded.value == event.fatalities:
        return event
    note = f"fatalities as the report's coding note records them ({event.fatalities} in its figures)"
    span = doc.text[coded.start : coded.end]
    return replace(
        event,
        fatalities=coded.value,
        evidence=(*event.evidence, Evidence(field="fatalities", start=coded.start, end=coded.end, text=span)),
        notes=(*event.notes, note),
    )


def _build_event(doc: Document, ctx: EventContext, segment: Segment, focus: Focus) -> Draft:
    sentences = set(segment.sentences)
    place_pick = choose_place(doc, segment, focus)
    place = place_pick.place
    country = (
        place.country
        if place
        else _actor_country(ctx, sentences)
        or ctx.text_country
        or ctx.country_hint
        or _front_country(ctx, sentences)
    )
    event_date, precision, date_pick = _choose_date(doc, ctx, segment)
    sides = _sides(doc, ctx, segment, country, event_date)
    text = _segment_text(doc, segment)
    typed = choose_type(segment, ctx.mentions, sides, text=text, classifier=ctx.classifier)
    if typed.sub_event_type == SubEventType.DISRUPTED_WEAPONS_USE.value:
        sides = _disruptor_first(doc.text, sides)
    elif typed.event_type in _NO_INITIATOR_TYPES and segment.anchor.event_type not in _NO_INITIATOR_TYPES:
        sides = crowd_initiates(sides, segment.anchor.start)
    claims = _claims(ctx, sentences)
    actor_claims, alleged = _alleged_actor_claims(doc, ctx, segment, country, event_date)
    actor1, assoc1, actor2, assoc2, inter1, inter2, actor_pick = _actors(
        sides,
        (typed.event_type, typed.sub_event_type, text),
        ctx,
        country,
        event_date,
        alleged=bool(alleged),
        civilian_victims=any(c.victim_group == VictimClass.CIVILIAN.value for c in claims),
        owner=_weapon_owner(doc, ctx, segment, country, event_date),
        drug_seizure=segment.anchor.lemma == DRUG_SEIZURE,
        paragraph=_anchor_paragraph(doc, segment),
    )
    typed = _arrest_by_armed_group(typed, inter1)
    found = ctx.actors.country(country)
    place_country = found.name if found is not None else country  # the KB's spelling, as descriptors use it
    actor1, assoc1, actor2, assoc2 = (_localised(n, place_country) for n in (actor1, assoc1, actor2, assoc2))
    evidence = (
        Evidence(
            field="event_type", start=segment.anchor.start, end=segment.anchor.end, text=segment.anchor.text
        ),
        *date_pick.evidence,
        *place_pick.evidence,
        *actor_pick.evidence,
        *_casualty_evidence(claims, doc),
        *find_targets(doc, sentences),
        *_other_acts(doc, ctx, segment.anchor, sentences, typed.sub_event_type),
    )
    notes = date_pick.notes + place_pick.notes + actor_pick.notes + typed.notes
    penalty = date_pick.penalty + place_pick.penalty + actor_pick.penalty + typed.penalty
    event = Event(
        id=doc.id,
        document_id=doc.id,
        event_date=event_date,
        time_precision=int(precision),
        event_type=typed.event_type,
        sub_event_type=typed.sub_event_type,
        actor1=actor1,
        assoc_actor_1=assoc1,
        actor2=actor2,
        assoc_actor_2=assoc2,
        inter1=inter1,
        inter2=inter2,
        country=country,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=place.location if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=int(place.geo_precision) if place else None,
        fatalities=conservative_total(claims, "fatalities"),
        injuries=conservative_total(claims, "injuries"),
        claims=claims + actor_claims + _responsibility_claims(doc, sides),
        evidence=evidence,
        confidence=round(max(0.05, 0.9 - penalty), 2),
        notes=notes,
        extractor=EXTRACTOR,
        extractor_version=__version__,
    )
    return Draft(
        event=event,
        own_date=bool(date_pick.evidence),
        own_place=place is not None and place_pick.penalty < 0.2,
    )


def _arrest_by_armed_group(typed: TypeChoice, inter1: int | None) -> TypeChoice:
    """The codebook's arrests are by state forces; people an armed group "arrests" or "detains" are abducted
    (ACLED 2020-05: all 11 gold arrests have a state force as actor1, and the SDF's arrests are coded
    Abduction/forced disappearance)."""
    if typed.sub_event_type != SubEventType.ARRESTS.value or inter1 not in NON_STATE_ARMED_INTERS:
        return typed
    note = "an arrest by a non-state armed group is coded as an abduction (the codebook's arrests are by the state)"
    return replace(
        typed,
        event_type=EventType.VIOLENCE_AGAINST_CIVILIANS.value,
        sub_event_type=SubEventType.ABDUCTION.value,
        notes=(*typed.notes, note),
    )


# --- when --------------------------------------------------------------------------------------------------------


def _choose_date(
    doc: Document, ctx: EventContext, segment: Segment
) -> tuple[date | None, TimePrecision, _Pick]:
    dates = ctx.mentions.dates
    in_anchor = [d for d in dates if d.sentence == segment.anchor.sentence]
    in_segment = [d for d in dates if d.sentence in segment.sentences]
    paragraph = [
        d
        for d in dates
        if doc.sentences[d.sentence].paragraph == segment.paragraph and d.start < segment.anchor.start
    ]
    dateline = _dateline_mention(doc.text, dates, ctx.reference)
    for candidates in (in_anchor, in_segment, paragraph[-1:]):
        if len(candidates) > 1:
            candidates = [d for d in candidates if d is not dateline]
        chosen = _most_specific(candidates)
        if chosen is not None:
            return chosen.value, chosen.precision, _date_pick(chosen, ctx.reference)
    heading = _heading_date(ctx, segment)
    if heading is not None:
        note = "no date given for this event: the date heading the report is used, with week precision"
        pick = replace(_date_pick(heading, ctx.reference), notes=(note,), penalty=0.15)
        return heading.value, TimePrecision.WEEK, pick
    return _fallback_date(ctx)


def _heading_date(ctx: EventContext, segment: Segment) -> DateMention | None:
    """A full date heading the report ("Daily report 01/02/2016") that is not its publication date: the day
    the report covers, a better guess for an undated event than the day it was posted."""
    first = _top_date(ctx.mentions.dates)
    if first is None or first.relative or first.precision != TimePrecision.DAY:
        return None
    if first.value == ctx.reference.value or first.year_source != YearSource.EXPLICIT:
        return None
    return first if first.start < segment.anchor.start else None


_DATELINE_CHARS = 150  # a dateline sits in the first line or two of a report
_INTRODUCED = re.compile(
    r"(?:^|\b)(?:on|around|reported on|as reported on)\s*$|^(?:on|around)\b", re.IGNORECASE
)


def _top_date(dates: Sequence[DateMention]) -> DateMention | None:
    """The report's first date when it stands at the top, where datelines and headings sit."""
    return dates[0] if dates and dates[0].start < _DATELINE_CHARS else None


def _dateline_mention(
    text: str, dates: Sequence[DateMention], reference: DateReference
) -> DateMention | None:
    """The report's own date at its top ("MARIB, 21 February 2024 -"): when the event's sentence names
    another date ("on Tuesday"), that one is the event's."""
    first = _top_date(dates)
    if first is None or first.value != reference.value:
        return None
    if _INTRODUCED.search(text[max(0, first.start - 20) : first.start]) or _INTRODUCED.match(first.text):
        return None  # "On 9 May 2020, ...": the sentence's own date, not a dateline
    return first


def _most_specific(candidates: Sequence[DateMention]) -> DateMention | None:
    return min(candidates, key=lambda d: (d.precision, d.start)) if candidates else None


def _date_pick(chosen: DateMention, reference: DateReference) -> _Pick:
    evidence = (Evidence(field="event_date", start=chosen.start, end=chosen.end, text=chosen.text),)
    if chosen.year_source == YearSource.INFERRED:
        note = f"no publication date: the year {chosen.value.year} is inferred from the text"
        return _Pick(evidence=evidence, notes=(note,), penalty=0.2)
    if chosen.year_source == YearSource.UNKNOWN:
        note = f"no year in the text or metadata: {chosen.value.year} assumed from the processing date"
        return _Pick(evidence=evidence, notes=(note,), penalty=0.35)
    return _Pick(evidence=evidence)


def _fallback_date(ctx: EventContext) -> tuple[date | None, TimePrecision, _Pick]:
    if ctx.reference.value is not None:
        note = "no date given for this event: the report's date is used, with week precision"
        return ctx.reference.value, TimePrecision.WEEK, _Pick(notes=(note,), penalty=0.15)
    dated = [d for d in ctx.mentions.dates if d.precision == TimePrecision.DAY]
    if dated:
        latest = max(dated, key=lambda d: d.value)
        note = (
            "no date given for this event and no publication date: the latest date the report mentions "
            f"({latest.value.isoformat()}) is used, with week precision"
        )
        return latest.value, TimePrecision.WEEK, _Pick(notes=(note,), penalty=0.3)
    return (
        None,
        TimePrecision.MONTH,
        _Pick(notes=("no date could be established for this event",), penalty=0.4),
    )


# --- where (the choice itself is in placing.py) --------------------------------------------------------------


def _actor_country(ctx: EventContext, sentences: set[int]) -> str | None:
    """The country (its name, as places give it) of the first actor in the event's sentences that has one and
    fights at home on the reference date: "Russian warplanes" over an unplaced town in 2016 say nothing of
    Russia (see _front_country)."""
    on = ctx.reference.value
    for actor in ctx.mentions.actors:
        if actor.sentence in sentences and actor.country and not ctx.actors.deployed_in(actor.actor_id, on):
            return _country_name(ctx, actor.country)
    return None


def _front_country(ctx: EventContext, sentences: set[int]) -> str | None:
    """The one country abroad where the event's first deployed force fights on the reference date (Turkey's
    forces in 2018 fight in Syria and Iraq: no country), when nothing else gives the event one."""
    on = ctx.reference.value
    for actor in ctx.mentions.actors:
        if actor.sentence in sentences and actor.country:
            deployed = ctx.actors.deployed_in(actor.actor_id, on)
            if deployed:
                return _country_name(ctx, deployed[0]) if len(deployed) == 1 else None
    return None


def _country_name(ctx: EventContext, iso: str) -> str:
    found = ctx.actors.country(iso)
    return str(found.name) if found is not None else iso


# --- who ---------------------------------------------------------------------------------------------------------


def _sides(doc: Document, ctx: EventContext, segment: Segment, country: str | None, on: date | None) -> Sides:
    anchor = doc.sentences[segment.anchor.sentence]
    first = _scene_setting_sentence(doc, ctx, segment.anchor.sentence)
    actors = [a for a in ctx.mentions.actors if first <= a.sentence <= segment.anchor.sentence]
    start = doc.sentences[first].start
    sides = assign_sides(doc.text[start : anchor.end], start, segment.anchor, actors, ctx.actors, country, on)
    sides = _umbrella_first(doc.text, sides)
    if sides.initiators and not all(_unidentified(actor.name) for actor in sides.initiators):
        return sides
    # No initiator: a later sentence of the event may name who did it. Only "gunmen", "assailants": a later
    # claim of responsibility or a source's attribution names them ("The Taliban claimed responsibility for the
    # incident", "sources attributed the attack to the Taliban"; the source stays the claimant, see
    # _alleged_actor_claims).
    unidentified = bool(sides.initiators)
    later = [a for a in ctx.mentions.actors if a.sentence in segment.sentences[1:]]
    agent = agent_named_later(doc.text, later, ctx.actors, country, on, claimed_only=unidentified)
    if agent is None or (unidentified and _unidentified(agent.name)):
        return sides
    return Sides(initiators=(agent,), targets=sides.targets)


# "troops and allied factions under an operation shelled the village", "factions operating under the banner
# of the SNA": the forces act under an umbrella (an operation, a coalition), which the codebook names as the actor
_UNDER = re.compile(
    r"\b(?:operating\s+|fighting\s+|acting\s+|deployed\s+)?under\s+(?:the\s+(?:banner|umbrella|command)\s+of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_UNDER_GAP = re.compile(r"[\s,]*(?:[\w-]+[\s,]+)?")  # "rebels under", "JWS factions, operating under"
_NOT_UMBRELLA_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:control|rule|siege|fire|pressure|attack|occupation|threat|custody)\b", re.IGNORECASE
)


def _umbrella_first(text: str, sides: Sides) -> Sides:
    """The actor the initiators act under ("opposition rebels under OPS") first: it becomes actor1, the
    initiators its associated actors. It may have been read as an initiator or, after a topic label
    ("Looting: ... rebels under OPS looted ..."), as a target."""
    if not sides.initiators:
        return sides
    for actor in (*sides.initiators[1:], *sides.targets):
        start = actor.mention.start
        under = _UNDER.search(text, max(0, start - 40), start)
        if under is None or _NOT_UMBRELLA_AFTER.match(text, actor.mention.end):
            continue
        # under whom: the initiator the "under" phrase follows ("rebels under OPS", "factions, operating under")
        if not any(
            _UNDER_GAP.fullmatch(text, a.mention.end, under.start())
            for a in sides.initiators
            if a is not actor and a.mention.end <= under.start()
        ):
            continue
        others = tuple(a for a in sides.initiators if a is not actor)
        return Sides(initiators=(actor, *others), targets=tuple(a for a in sides.targets if a is not actor))
    return sides


# "the bomb squad defused two mines laid by the rebels": whose weapon it was, not who acted
_WEAPON_OWNER_BEFORE = re.compile(
    r"\b(?:planted|laid|placed|hidden|left|set|fired|launched|belonging)\s+(?:by|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _disruptor_first(text: str, sides: Sides) -> Sides:
    """In a disrupted weapons use the codebook's actor1 is who disrupted it (defused, seized, intercepted); the
    weapon's owner ("laid by the rebels") is its target."""
    owners = tuple(
        a
        for a in sides.initiators
        if _WEAPON_OWNER_BEFORE.search(text, max(0, a.mention.start - 30), a.mention.start)
    )
    disruptors = tuple(a for a in sides.targets if a not in owners)
    if not owners or not disruptors:
        return sides
    rest = tuple(a for a in sides.initiators if a not in owners)
    return Sides(initiators=(*disruptors, *rest), targets=owners)


def _responsibility_claims(doc: Document, sides: Sides) -> tuple[Claim, ...]:
    """ "The Taliban claimed responsibility": the initiator's own claim, kept with the group as its claimant."""
    return tuple(
        Claim(
            field="actor1",
            value=actor.name,
            claimant=actor.name,
            stance=Stance.ASSERTS,
            hedge="claimed responsibility",
            start=actor.mention.start,
            end=actor.mention.end,
        )
        for actor in sides.initiators
        if not _unidentified(actor.name) and claims_responsibility(doc.text, actor.mention.end)
    )


def _unidentified(name: str) -> bool:
    return name.casefold().startswith("unidentified")


def _scene_setting_sentence(doc: Document, ctx: EventContext, anchor: int) -> int:
    """ "Military Police officers went to the X community. A shoot-out broke out and a suspect died.": when
    the anchor sentence names no actor, the sentence just before it in the paragraph that sets the scene (it
    names actors and reports no event of its own) names the forces involved; the anchor itself otherwise."""
    previous = anchor - 1
    if any(a.sentence == anchor for a in ctx.mentions.actors) or previous < 0:
        return anchor
    if doc.sentences[previous].paragraph != doc.sentences[anchor].paragraph:
        return anchor
    if any(t.sentence == previous and not t.generic for t in ctx.mentions.triggers):
        return anchor
    return previous if any(a.sentence == previous for a in ctx.mentions.actors) else anchor


_NO_INITIATOR_TYPES = {"Protests": "protesters", "Riots": "rioters"}


_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_DRIVE_BY = re.compile(r"\bdrive-?by\b", re.IGNORECASE)
_UNNAMED_GROUPS = ("unidentified_armed_group", "unidentified_gang")
# Bodies found bound, gagged, beheaded or dismembered: in Mexico, El Salvador and Brazil the marks of an
# execution by organised crime, which ACLED codes as an unidentified gang (in Brazil "Unidentified Gang and/or
# Police Militia": the KB's "inferred_gang" descriptor), not an unidentified armed group. Measured on ACLED
# 2020-05: 13 Mexican notes move to the gold's unidentified gang and none away from it; weaker signs ("signs
# of torture", "a threatening message", "a plastic bag") are coded both ways there and are left out.
_GANG_HALLMARK_COUNTRIES = frozenset({"Mexico", "El Salvador", "Brazil"})
_EXECUTION_HALLMARKS = re.compile(
    r"\b(?:(?:hands?|feet|legs|arms) (?:and (?:hands?|feet|legs|arms) )?(?:were |was )?(?:tied|bound)|"
    r"(?:tied|bound) (?:up )?(?:hands?|feet|legs)|"
    r"handcuffed|gagged|blindfolded|muzzled|behead(?:ed|ing)|decapitated|dismembered|mutilated|"
    r"coup de grace|half-buried|(?:body|bodies|remains) (?:was |were )?(?:partially )?burn(?:ed|t)|"
    r"(?:partially|half)[- ]burn(?:ed|t)|burn(?:ed|t) (?:body|bodies|corpses?|remains)|"
    r"(?:was|were) burn(?:ed|t) and handcuffed|executed)\b",
    re.IGNORECASE,
)


_UNIDENTIFIED_NOTE = "actor1 is an unidentified armed group"
# a police or army operation against organised crime: its unnamed opponents are a gang (in _GANG_HALLMARK_COUNTRIES)
_CRIME_OPERATION = re.compile(
    r"\b(?:drug[- ]traffick\w*|traffickers?|drug dealers?|drug dealing|cartels?|gangs?|criminal groups?|"
    r"cargo theft|robbers?|criminals)\b",
    re.IGNORECASE,
)


# An identity militia the KB does not list is named when its mention is read ("Rizeigat Ethnic Militia"); the
# country ACLED writes after it is the event's, known only once its places are resolved.
_IDENTITY_MILITIA_NAME = re.compile(r"^[^()]+ (?:Ethnic|Clan) Militia$")


def _localised(name: str | None, country: str | None) -> str | None:
    """ "Rizeigat Ethnic Militia" in Sudan -> "Rizeigat Ethnic Militia (Sudan)"; other names as they are."""
    if name is None or country is None or not _IDENTITY_MILITIA_NAME.match(name):
        return name
    return f"{name} ({country})"


def _actors(
    sides: Sides,
    what: tuple[str, str, str],  # event type, sub-event type, the segment's text
    ctx: EventContext,
    country: str | None,
    on: date | None,
    *,
    alleged: bool,
    civilian_victims: bool,
    owner: tuple[str, int] | None,
    drug_seizure: bool = False,
    paragraph: str = "",
) -> tuple[str | None, str | None, str | None, str | None, int | None, int | None, _Pick]:
    event_type, sub_event_type, text = what
    initiators, targets = _split_reciprocal(sides, event_type)
    main1, assoc1 = main_and_associated(initiators)
    main2, assoc2 = main_and_associated(targets)
    notes: list[str] = []
    evidence = [
        Evidence(field=f, start=a.mention.start, end=a.mention.end, text=a.mention.text)
        for f, a in (("actor1", main1), ("actor2", main2))
        if a is not None
    ]
    name1, inter1 = (main1.name, main1.inter) if main1 else (None, None)
    name2, inter2 = (main2.name, main2.inter) if main2 else (None, None)
    front = _front_sides(ctx, event_type, country, on, text, (main1, main2))
    if front is not None:
        (name1, inter1), target = front
        name2, inter2 = target if target is not None else (None, None)
        assoc1 = assoc2 = None
        notes.append("the sides are those of the standing front the report refers to")
    elif event_type in _NO_INITIATOR_TYPES:  # ACLED codes the crowd itself: "Protesters (Pakistan)"
        name1, inter1 = ctx.actors.resolve_descriptor(_NO_INITIATOR_TYPES[event_type], country, on)
    elif name1 is None and sub_event_type == "Arrests":  # the codebook's arrests are by state forces
        name1, inter1 = ctx.actors.resolve_descriptor("police", country, on)
        notes.append("actor1 is the police: no arresting force is named")
    elif name1 is None and sub_event_type == "Air/drone strike" and owner is None:
        name1, inter1, note = _air_operator(ctx, country, on, text, targets)
        notes.append(note)
    elif name1 is None and event_type in _VIOLENT and owner is not None:
        name1, inter1 = owner
    elif name1 is None and (event_type in _VIOLENT or sub_event_type == "Looting/property destruction"):
        # property destroyed or looted by someone the text does not name: the codebook's unidentified group
        name1, inter1 = ctx.actors.resolve_descriptor("unidentified_armed_group", country, on)
        why = (
            "the perpetrator is only alleged by a source (see claims)"
            if alleged
            else "no perpetrator is named"
        )
        notes.append(f"{_UNIDENTIFIED_NOTE}: {why}")
    if name1 is not None and event_type in _VIOLENT and _DRIVE_BY.search(text):
        unidentified, _ = ctx.actors.resolve_descriptor("unidentified_armed_group", country, on)
        if name1 == unidentified:  # a drive-by shooting is how gangs kill: the codebook's unidentified gang
            name1, inter1 = ctx.actors.resolve_descriptor("inferred_gang", country, on)
            notes = [n for n in notes if not n.startswith(_UNIDENTIFIED_NOTE)]
            notes.append("actor1 is an unidentified gang: a drive-by shooting by unnamed men")
    elif name1 is not None and event_type in _VIOLENT and country in _GANG_HALLMARK_COUNTRIES:
        unidentified, _ = ctx.actors.resolve_descriptor("unidentified_armed_group", country, on)
        # the body is often described in a sentence of its own, outside the event's segment
        if name1 == unidentified and _EXECUTION_HALLMARKS.search(paragraph or text):
            name1, inter1 = ctx.actors.resolve_descriptor("inferred_gang", country, on)
            notes = [n for n in notes if not n.startswith(_UNIDENTIFIED_NOTE)]
            notes.append(
                "actor1 is an unidentified gang: the victims bear the hallmarks of a criminal execution"
            )
    if name2 is not None and name2 == name1:  # the crowd is not its own target: the codebook's target applies
        name2, inter2 = None, None
    # security personnel off duty are civilians in the codebook
    if inter2 == 1 and event_type in _VIOLENT and OFF_DUTY.search(text):
        name2, inter2, assoc2 = None, None, None
        civilian_victims = True
        notes.append("actor2 is civilians: the security personnel targeted were off duty")
    if name2 is None and event_type in _VIOLENT and CRIMINAL_RECORD.search(text):
        name2, inter2 = ctx.actors.resolve_descriptor("unidentified_gang", country, on)
        notes.append("actor2 is an unidentified gang: the victim had a criminal record")
    if name2 is None and civilian_victims and event_type in _VIOLENT:
        name2, inter2 = ctx.actors.resolve_descriptor("civilians", country, on)
    if sub_event_type == "Peaceful protest":  # the codebook gives a peaceful protest no actor2
        name2, inter2, assoc2 = None, None, None
    elif name2 is None:
        # drugs seized or a drug lab taken apart: the traffickers, an unidentified gang, lost them
        template = (
            "unidentified_gang" if drug_seizure else _codebook_target(event_type, sub_event_type, text, main1)
        )
        if template == "initiator" and main1 is not None:  # police who broke up a protest
            name2, inter2 = main1.name, main1.inter
        elif template is not None and template != "initiator":
            name2, inter2 = ctx.actors.resolve_descriptor(template, country, on)
    if name1 is not None and name1 == name2 and not (event_type == "Riots" and _CROWDS_CLASH.search(text)):
        name2, inter2, assoc2 = None, None, None
    if sub_event_type == "Armed clash" and name1 is not None:
        unnamed = {ctx.actors.resolve_descriptor(t, country, on)[0] for t in _UNNAMED_GROUPS}
        # "a clash between rival cartels": the one group named is both sides (when actor1 is only the default)
        if main1 is None and name1 in unnamed and name2 in unnamed:
            name1, inter1 = name2, inter2
        if name2 is None and name1 in unnamed:  # "a shoot-out took place in X": two sides, neither named
            name2, inter2 = name1, inter1
        if name1 == name2 and name1 in unnamed:
            notes.append(f"neither side of the clash is named: both are {name1}")
        elif (
            name2 is None
            and inter1 == 1
            and country in _GANG_HALLMARK_COUNTRIES
            and _CRIME_OPERATION.search(paragraph or text)
        ):
            # "a police raid on a drug gang's stronghold ended in a long exchange of fire"
            name2, inter2 = ctx.actors.resolve_descriptor("inferred_gang", country, on)
            notes.append(
                "actor2 is an unidentified gang: state forces fought unnamed men in an anti-crime operation"
            )
    penalty = 0.1 if main1 is None else 0.0
    evidence = [e for e in evidence if e.field != "actor2" or name2 is not None]
    return (
        name1,
        assoc1,
        name2,
        assoc2,
        inter1,
        inter2,
        _Pick(evidence=tuple(evidence), notes=tuple(notes), penalty=penalty),
    )


# "Syrian or Russian air raids", "Russian jets", "Syrian regime warplanes": the demonym of the air force
_AIR_FORCE_NAMED = re.compile(
    r"\b([A-Z][a-z]+)(?:\s+(?:or|and)\s+[A-Z][a-z]+)?\s+(?:regime\s+|government\s+)?"
    r"(?:war\s?planes?|jets|fighter jets|aircraft|air\s?raids|air\s?strikes|air force|helicopters|planes)\b"
)


def _air_operator(
    ctx: EventContext, country: str | None, on: date | None, text: str, targets: Sequence[ResolvedActor]
) -> tuple[str, int, str]:
    """An air strike the text attributes to no one: the force that flies there then (the Syrian air force over
    Syria, the US-led coalition over Islamic State territory); unidentified military forces elsewhere, as only
    military forces fly warplanes."""
    named = _AIR_FORCE_NAMED.search(text)
    if named is not None and ctx.actors.country(named.group(1)) is not None:  # "Syrian or Russian air raids"
        name, inter = ctx.actors.resolve_descriptor("state_forces", named.group(1), on)
        own, event = ctx.actors.country(named.group(1)), ctx.actors.country(country)
        abroad = event is not None and getattr(own, "iso", None) != getattr(event, "iso", None)
        return name, 8 if abroad else inter, "actor1 is the air force the report names elsewhere"
    ids = [t.mention.actor_id for t in targets if t.mention.actor_id]
    operator = ctx.actors.air_operator(country, on, text, ids)
    if operator is not None:
        note = "actor1 is the force that flies there: the text names no air force"
        return ctx.actors.name_on(operator, on), ctx.actors.inter_for(operator, country), note
    name, inter = ctx.actors.resolve_descriptor("unidentified_military", country, on)
    return name, inter, "actor1 is unidentified military forces: the text names no air force"


# Sub-event types whose target ACLED's codebook fixes when the text names none. Calibrated on the share of
# each gold sub-type's actor2 classes in acled_2020-05 (Attack, Abduction and Sexual violence: civilians in
# every row; Looting 76%; Arrests 73%; Protest with intervention: the police in 96%; Violent demonstration and
# Mob violence: the police when the text mentions them, else civilians for mobs and nobody for demonstrations).
_CIVILIAN_TARGET_SUBTYPES = frozenset({"Looting/property destruction", "Arrests"})
_POLICE_TARGET_SUBTYPES = frozenset({"Protest with intervention", "Excessive force against protesters"})
_POLICE_MENTION = re.compile(
    r"\b(?:police\w*|riot police|security forces|gendarm\w*|law enforcement|anti-riot)\b", re.IGNORECASE
)


# Rioters' violence against private property ("hurled Molotov cocktails at the bank", "burned two ATMs",
# "smashed shop windows"): the codebook codes its owners, civilians, as the target.
_PROPERTY_VERB = (
    r"(?:hurl\w*|threw|throwing|pelted|stoned|set fire to|set alight|set ablaze|torch\w*|burn(?:ed|t)(?: down)?|"
    r"damag\w*|vandali[sz]\w*|smash\w*|ransack\w*|loot\w*)"
)
_PROPERTY_NOUN = (
    r"(?:banks?|ATMs?|shops?|stores?|houses?|homes?|businesses|restaurants?|taverns?|hotels?|factor(?:y|ies)|"
    r"warehouses?|petrol stations?)"
)
_PROPERTY_OBJECT = (
    r"(?:(?:the|a|an|two|three|several|some|many|\d+)\s+)?(?:[\w&'.-]+\s+){0,3}?" + _PROPERTY_NOUN
)
_PRIVATE_PROPERTY_HIT = re.compile(
    rf"\b{_PROPERTY_VERB}\s+(?:(?:[\w'-]+\s+){{1,3}}?(?:at|into)\s+)?{_PROPERTY_OBJECT}\b",
    re.IGNORECASE,
)
_CROWDS_CLASH = re.compile(r"\b(?:clash(?:ed|es)?|fought|brawl(?:ed)?|scuffled?)\b", re.IGNORECASE)


def _codebook_target(
    event_type: str, sub_event_type: str, text: str, initiator: ResolvedActor | None
) -> str | None:
    """The descriptor template of the implied target ("civilians", "police"), "initiator" when the state actor
    found as the sentence's agent is the target (protests are coded with the crowd as actor1), or None."""
    if event_type in _NO_INITIATOR_TYPES:
        if initiator is not None and initiator.inter == 1:
            return "initiator"
        if sub_event_type in _POLICE_TARGET_SUBTYPES or _POLICE_MENTION.search(text):
            return "police"
        if sub_event_type == "Violent demonstration" and _PRIVATE_PROPERTY_HIT.search(text):
            return "civilians"  # "rioters hurled Molotov cocktails at a bank": the owners are the target
        if sub_event_type != "Mob violence":
            return None
        return "rioters" if _CROWDS_CLASH.search(text) else "civilians"  # two mobs clashing: rioters both
    if event_type == "Violence against civilians" or sub_event_type in _CIVILIAN_TARGET_SUBTYPES:
        return "civilians"
    return None


def _split_reciprocal(
    sides: Sides, event_type: str
) -> tuple[tuple[ResolvedActor, ...], tuple[ResolvedActor, ...]]:
    """ "GNA and LNA forces clashed": in a battle with two or more distinct agents and no target, the agents
    are the two sides (the first stays actor1, the second becomes actor2)."""
    if event_type != "Battles" or sides.targets:
        return sides.initiators, sides.targets
    distinct = list({a.name: a for a in sides.initiators}.values())
    if len(distinct) < 2:
        return sides.initiators, sides.targets
    second = distinct[1]
    return tuple(a for a in sides.initiators if a.name != second.name), (second,)


_FRONT_TYPES = ("Battles", "Explosions/Remote violence")
_UNNAMED = "Unidentified Armed Group"


def _front_sides(
    ctx: EventContext,
    event_type: str,
    country: str | None,
    on: date | None,
    text: str,
    found: tuple[ResolvedActor | None, ResolvedActor | None],
) -> tuple[tuple[str, int], tuple[str, int] | None] | None:
    """Fire "in both directions of the frontline" near a Donbas village: the front's two sides, completing
    whichever side the text names; None when the text names both sides or no standing front applies.

    The front orders the sides by who holds the place the text names (fire observed near a place came from
    the side that does not hold it). Shelling that names neither side has no target: ACLED codes the side
    that fired and leaves actor2 empty."""
    if event_type not in _FRONT_TYPES:
        return None
    ids = ctx.actors.frontline_sides(country, on, text)
    if ids is None:
        return None
    first, second = ((ctx.actors.name_on(i, on), ctx.actors.inter_for(i, country)) for i in ids)
    side_names = (first[0], second[0])
    named = [a if a is not None and a.name in side_names else None for a in found]
    others = [
        a for a in found if a is not None and a.name not in side_names and not a.name.startswith(_UNNAMED)
    ]
    if others or (named[0] is not None and named[1] is not None):
        return None
    if named[0] is not None:
        return (first, second) if named[0].name == first[0] else (second, first)
    if named[1] is not None:
        return (second, first) if named[1].name == first[0] else (first, second)
    return (first, None) if event_type != "Battles" else (first, second)


def _segment_text(doc: Document, segment: Segment) -> str:
    return " ".join(doc.sentence_text(i) for i in segment.sentences)


def _anchor_paragraph(doc: Document, segment: Segment) -> str:
    """The text of the paragraph the event's anchor sentence stands in."""
    start, end = doc.paragraphs[doc.sentences[segment.anchor.sentence].paragraph]
    return doc.text[start:end]


def _weapon_owner(
    doc: Document, ctx: EventContext, segment: Segment, country: str | None, on: date | None
) -> tuple[str, int] | None:
    anchor = doc.sentences[segment.anchor.sentence]
    text = doc.text[anchor.start : anchor.end]
    return weapon_owner(text, anchor.start, segment.anchor, ctx.actors, country, on)


def _alleged_actor_claims(
    doc: Document, ctx: EventContext, segment: Segment, country: str | None, on: date | None
) -> tuple[tuple[Claim, ...], bool]:
    """ "Pro-Turkish sources say the rockets were launched by the YPG": an alleged perpetrator, kept as a claim."""
    claims: list[Claim] = []
    for claimant in ctx.mentions.claimants:
        if claimant.sentence not in segment.sentences or claimant.sentence == segment.anchor.sentence:
            continue
        if not claimant.claimant:
            continue
        sentence = doc.sentences[claimant.sentence]
        agents = _agents_in(doc.text, sentence.start, sentence.end, ctx.mentions.actors, claimant.sentence)
        for agent in agents:
            name = resolve_actor(agent, ctx.actors, country, on).name
            claims.append(
                Claim(
                    field="actor1",
                    value=name,
                    claimant=claimant.claimant,
                    stance=claimant.stance,
                    hedge=claimant.hedge,
                    start=agent.start,
                    end=agent.end,
                )
            )
    return tuple(claims), bool(claims)


def _agents_in(
    text: str, start: int, end: int, actors: Sequence[ActorMention], sentence: int
) -> list[ActorMention]:
    """Actors introduced as the doers in a claim: "launched by X", "X was behind", "X carried out", "attributed
    the attack to X"."""
    found = []
    for actor in actors:
        if actor.sentence != sentence:
            continue
        before = text[max(start, actor.start - 30) : actor.start].lower()
        after = text[actor.end : min(end, actor.end + 40)].lower()
        if (
            before.rstrip().endswith(("by", "by the"))
            or attributed_to(text, actor.start)
            or after.lstrip().startswith(
                (
                    "was behind",
                    "were behind",
                    "carried out",
                    "launched",
                    "fired",
                    "is responsible",
                    "was responsible",
                    "were responsible",
                )
            )
        ):
            found.append(actor)
    return found


# --- how many ----------------------------------------------------------------------------------------------------


def _claims(ctx: EventContext, sentences: set[int]) -> tuple[Claim, ...]:
    casualties = [c for c in ctx.mentions.casualties if c.sentence in sentences]
    claimants = [c for c in ctx.mentions.claimants if c.sentence in sentences]
    return casualty_claims(casualties, claimants)


_PLAIN_VIOLENCE = frozenset({SubEventType.ARMED_CLASH.value, SubEventType.ATTACK.value})


def _other_acts(
    doc: Document, ctx: EventContext, anchor: TriggerMention, sentences: set[int], sub_event_type: str
) -> tuple[Evidence, ...]:
    """What else the event's sentences say was done, as ``act`` evidence: "Raiders overran a border post ...
    Two guards were carried off." is one armed clash that also took captives; "set off a bomb, then opened
    fire" one attack with two means. Triggers of the event's own sub-event type,
    of the plain fighting and killing every violent event has (armed clash, attack), negated or generic ones,
    and the anchor itself are left out. Codings that rank acts (GTD's attack-type hierarchy puts kidnapping
    above bombing above armed assault) read them."""
    acts: dict[tuple[int, int], Evidence] = {}
    for trigger in ctx.mentions.triggers:
        if (
            trigger.sentence in sentences
            and trigger is not anchor
            and trigger.sub_event_type != sub_event_type
            and trigger.sub_event_type not in _PLAIN_VIOLENCE
            and not trigger.negated
            and not trigger.generic
            and not _NO_ONE_BEFORE.search(doc.text, max(0, trigger.start - 40), trigger.start)
        ):
            modifier = _ROCKET_PROPELLED.search(doc.text, max(0, trigger.start - 20), trigger.start)
            begin = modifier.start() if modifier is not None else trigger.start
            text = doc.text[begin : trigger.end]
            acts.setdefault(
                (begin, trigger.end), Evidence(field=ACT_FIELD, start=begin, end=trigger.end, text=text)
            )
    # a trigger inside another act's span ("rocket" of "rocket-propelled grenades") is part of it
    spans = sorted(acts)
    return tuple(acts[k] for k in spans if not any(o != k and o[0] <= k[0] and k[1] <= o[1] for o in spans))


# "No one was abducted": an act the report rules out
_NO_ONE_BEFORE = re.compile(
    r"\b(?:no one|nobody|none)\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?$", re.IGNORECASE
)
# "rocket-propelled grenades" are a firefight's weapon more than a bomb: the act keeps its modifier
_ROCKET_PROPELLED = re.compile(r"\brocket[- ]propelled\s+$", re.IGNORECASE)


def _casualty_evidence(claims: Sequence[Claim], doc: Document) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(field=c.field, start=c.start, end=c.end, text=doc.text[c.start : c.end])
        for c in claims
        if c.stance in (Stance.ASSERTS, Stance.DENIES)
    )


__all__ = ["EXTRACTOR", "EventContext", "build_events"]
