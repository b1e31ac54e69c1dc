"""Build an Incident from its members: merged fields with provenance, sources, per-claimant figures."""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date

from flashpoint.events.claims import ClaimantFigures, figures_by_claimant
from flashpoint.events.model import Event
from flashpoint.incidents.countries import country_name
from flashpoint.incidents.model import (
    ClaimSummary,
    FieldValue,
    FigureRange,
    Incident,
    IncidentMember,
    MergedField,
)
from flashpoint.mentions.model import Stance

Value = str | int | float | None
MERGED_FIELDS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "event_date",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
)
FIGURE_FIELDS: tuple[str, ...] = ("fatalities", "injuries")


_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MAX_KEYWORDS = 48
# Function words and reporting verbs that every conflict report shares; they carry no identity.
_STOPWORD_TEXT = """the a an and or of in on at to for from by with as is are was were be been has have had that
this these those it its into after before during over under near amid against between about their his her
they them he she said says say according reported reports report killed kill kills dead death deaths people
person including more than least also other new two three four five one"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def keywords(text: str) -> tuple[str, ...]:
    """Up to 48 distinct content words of ``text`` (casefolded, no function words), in text order."""
    words = (w.casefold() for w in _WORD.findall(text))
    kept = (w for w in words if len(w) > 2 and w not in _STOPWORDS)
    return tuple(dict.fromkeys(kept))[:_MAX_KEYWORDS]


def member_from_event(
    event: Event,
    *,
    article_id: str,
    outlet: str | None,
    source_key: str,
    reported: date | None,
    text: str = "",
) -> IncidentMember:
    """A member for ``event``; ``text`` (the report's title and the event's evidence) feeds its keywords."""
    actors = (event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2)
    return IncidentMember(
        event_id=event.id,
        article_id=article_id,
        outlet=outlet,
        source_key=source_key,
        reported=reported,
        event_date=event.event_date,
        time_precision=event.time_precision,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        actors=tuple(dict.fromkeys(a for a in actors if a)),
        country=country_name(event.country),
        admin1=event.admin1,
        admin2=event.admin2,
        location=event.location,
        latitude=event.latitude,
        longitude=event.longitude,
        geo_precision=event.geo_precision,
        fatalities=event.fatalities,
        injuries=event.injuries,
        claims=event.claims,
        keywords=keywords(text),
    )


def _field(member: IncidentMember, name: str) -> Value:
    if name == "event_date":
        return member.event_date.isoformat() if member.event_date else None
    if name == "actor1":
        return member.actors[0] if member.actors else None
    if name == "actor2":
        return member.actors[1] if len(member.actors) > 1 else None
    value: Value = getattr(member, name)
    return value


def _precision(member: IncidentMember, name: str) -> int:
    if name in {"location", "admin1", "admin2"}:
        return member.geo_precision or 3
    return member.time_precision if name == "event_date" else 0


def merge_field(members: Sequence[IncidentMember], name: str) -> MergedField:
    """The value given by most independent sources; ties go to the more precise, then the earlier member."""
    if len(members) == 1:
        return MergedField(name=name, value=_field(members[0], name), event_ids=(members[0].event_id,))
    groups: dict[Value, list[IncidentMember]] = defaultdict(list)
    for member in members:
        groups[_field(member, name)].append(member)
    known = {v: ms for v, ms in groups.items() if v is not None} or groups
    ranked = sorted(known.items(), key=lambda item: _rank(item[1], name))
    values = [
        FieldValue(value=v, event_ids=tuple(m.event_id for m in ms), sources=len({m.source_key for m in ms}))
        for v, ms in ranked
    ]
    best = values[0]
    return MergedField(name=name, value=best.value, event_ids=best.event_ids, alternatives=tuple(values[1:]))


def _rank(group: list[IncidentMember], name: str) -> tuple[int, int, int]:
    position = min(_order(m) for m in group)
    return (-len({m.source_key for m in group}), min(_precision(m, name) for m in group), position)


def _order(member: IncidentMember) -> int:
    return member.event_date.toordinal() if member.event_date else 10**7


def claim_summaries(members: Sequence[IncidentMember]) -> tuple[ClaimSummary, ...]:
    """Per field and claimant, over every report: the lowest and highest figure the claimant gave, and
    as best the median of the reports' best figures, taken over unhedged, unqualified ones when any."""
    figures: dict[tuple[str, str | None, bool], list[tuple[ClaimantFigures, str]]] = defaultdict(list)
    for member in members:
        for field in FIGURE_FIELDS:
            for item in figures_by_claimant(member.claims, field):
                own = item.claimant is None
                key = (field, member.outlet if own else item.claimant, own)
                figures[key].append((item, member.event_id))
    ordered = sorted(figures.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
    return tuple(_summary(key, values) for key, values in ordered)


def _summary(key: tuple[str, str | None, bool], values: list[tuple[ClaimantFigures, str]]) -> ClaimSummary:
    field, claimant, own = key
    asserted = [f for f, _ in values if f.stance == Stance.ASSERTS]
    plain = [f.best for f in asserted if not f.hedges and not f.quantifiers] or [f.best for f in asserted]
    lows = [0 if f.stance == Stance.DENIES else f.low for f, _ in values]
    return ClaimSummary(
        field=field,
        claimant=claimant,
        own_voice=own,
        low=min(lows),
        best=int(statistics.median_low(plain)) if plain else 0,
        high=max(f.high for f, _ in values),
        claims=len(values),
        event_ids=tuple(dict.fromkeys(e for _, e in values)),
    )


def figure_ranges(
    members: Sequence[IncidentMember], claims: Sequence[ClaimSummary]
) -> tuple[FigureRange, ...]:
    """Per figure field: the lowest and highest figure and the conservative one (smallest claimant best).

    Members without a claim for the field contribute their event's own (already conservative) figure.
    """
    ranges = []
    for field in FIGURE_FIELDS:
        bests = [c.best for c in claims if c.field == field]
        lows = [c.low for c in claims if c.field == field]
        highs = [c.high for c in claims if c.field == field]
        own = [_member_figure(m, field) for m in members if not _has_claim(m, field)]
        bests += [v for v in own if v]
        if not bests:
            ranges.append(FigureRange(field=field, low=0, conservative=0, high=0))
            continue
        ranges.append(
            FigureRange(field=field, low=min(lows + bests), conservative=min(bests), high=max(highs + bests))
        )
    return tuple(ranges)


def _member_figure(member: IncidentMember, field: str) -> int:
    return member.fatalities if field == "fatalities" else member.injuries


def _has_claim(member: IncidentMember, field: str) -> bool:
    return any(c.field == field and isinstance(c.value, int) for c in member.claims)


def build_incident(incident_id: str, members: Sequence[IncidentMember]) -> Incident:
    """The incident over ``members`` (at least one), members ordered by report date then event id."""
    ordered = sorted(members, key=lambda m: (m.reported or date.max, m.event_id))
    fields = tuple(merge_field(ordered, name) for name in MERGED_FIELDS)
    value: Callable[[str], Value] = lambda name: next(f.value for f in fields if f.name == name)  # noqa: E731
    claims = claim_summaries(ordered)
    anchor = _most_precise_place(ordered)
    dated = [m for m in ordered if m.event_date]
    reported = [m.reported for m in ordered if m.reported]
    return Incident(
        id=incident_id,
        event_type=str(value("event_type")),
        sub_event_type=str(value("sub_event_type")),
        first_date=min((m.event_date for m in dated if m.event_date), default=None),
        last_date=max((m.event_date for m in dated if m.event_date), default=None),
        time_precision=min((m.time_precision for m in dated), default=3),
        country=_opt(value("country")),
        admin1=_opt(value("admin1")),
        location=_opt(value("location")),
        latitude=anchor.latitude if anchor else None,
        longitude=anchor.longitude if anchor else None,
        geo_precision=anchor.geo_precision if anchor else None,
        actors=tuple(dict.fromkeys(a for m in ordered for a in m.actors)),
        fields=fields,
        members=tuple(ordered),
        sources=tuple(dict.fromkeys(m.source_key for m in ordered)),
        first_reported=min(reported, default=None),
        last_reported=max(reported, default=None),
        figures=figure_ranges(ordered, claims),
        claims=claims,
    )


def _most_precise_place(members: Sequence[IncidentMember]) -> IncidentMember | None:
    located = [m for m in members if m.latitude is not None and m.longitude is not None]
    return min(located, key=lambda m: (m.geo_precision or 3, _order(m)), default=None)


def _opt(value: Value) -> str | None:
    return None if value is None else str(value)


__all__ = [
    "FIGURE_FIELDS",
    "MERGED_FIELDS",
    "build_incident",
    "claim_summaries",
    "figure_ranges",
    "member_from_event",
    "merge_field",
]
