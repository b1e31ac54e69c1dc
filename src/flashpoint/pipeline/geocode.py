"""Geocode a place name given beside the report it comes from.

A dataset's place column next to its notes (ACLED's ``location`` beside ``notes``), or an analyst's sheet of
place names with the texts they came from: the name says which place, the report says where to look. The
report is coded as usual; its main event's place and the standing front it reports on narrow the name's
gazetteer entries, and :class:`Basis` records which evidence decided:

- ``report``: the event's own place is the named place (the text names it, or its point is the name's);
- ``unit``: the named place in the first-level unit the report places its event in (precision 1 when no
  namesake lies more than 10 km off in that unit, else 2; when the report's place is a town or near one,
  never finer than its precision);
- ``unique-town``: the name is a town (TOWN_POPULATION or more) with no namesake in the event's country,
  wherever in it the report places its event (precision 1);
- ``other-unit``: the name's only place in the country lies in the unit of another place the report names
  (a report on several fronts coded to one of them; precision 1);
- ``country``: the report places its event only at a region; the named place elsewhere in that country;
- ``front``: the report places no event but is on a standing front; the named place in the front's units,
  the one nearest the line (precision 2);
- ``context``: no event place; the name resolved among the report's other names, actors and demonyms;
- ``fallback``: the name is not known where the report places its event; the report's place stands for
  it, at precision 2 at best (the gazetteer lacks the village, or knows only namesakes elsewhere);
- ``none``: nothing honest can be said.

A namesake in another unit of the same country is not taken while the report places its event at or near a
town (unless it is a unique town or lies in another named place's unit): on ACLED 2020-05, taking it would
move 14 rows from the right place to a namesake 66 to 1,602 km away and fix none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from flashpoint.articles.readers import read_text_source
from flashpoint.events.merge import main_event
from flashpoint.events.model import Event
from flashpoint.mentions.dates import date_reference
from flashpoint.mentions.kb import front_held_places, front_regions
from flashpoint.mentions.places import split_given_name
from flashpoint.pipeline.api import default_resources
from flashpoint.pipeline.resources import Resources
from flashpoint.pipeline.runner import Processed, process_article
from flashpoint.places.geo import distance_km
from flashpoint.places.model import Candidate, GeoPrecision, Place
from flashpoint.places.resolve import candidate_place, front_line_points

SAME_PLACE_KM = 1.0  # a candidate this close to the event's point is the event's own place
NAMESAKE_KM = 10.0  # candidates farther apart than this are different places (precision 2 when several)
TOWN_POPULATION = 5_000  # a settlement this large with no namesake in the country is that settlement
PROXIMITY_STEP_KM = 10.0  # candidates this close in distance to a precise event place tie on distance


class Basis(StrEnum):
    REPORT = "report"
    UNIT = "unit"
    UNIQUE_TOWN = "unique-town"
    OTHER_UNIT = "other-unit"
    COUNTRY = "country"
    FRONT = "front"
    CONTEXT = "context"
    FALLBACK = "fallback"
    NONE = "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class Geocoded:
    """Where ``name`` lies by the report's context; ``event`` is the report's main event with that place (the
    event as coded when the place is None), None when the report gives no event."""

    name: str
    place: Place | None
    basis: Basis
    event: Event | None
    candidates: tuple[Candidate, ...]  # the name's gazetteer entries, for inspection


def geocode_name(
    name: str,
    text: str,
    *,
    published: date | None = None,
    title: str | None = None,
    doc_id: str | None = None,
    country_hint: str | None = None,
    resources: Resources | None = None,
) -> Geocoded:
    """Geocode ``name`` in the context of ``text`` (see the module docstring for the rules)."""
    res = resources or default_resources()
    article = read_text_source(text, source=doc_id or "<text>", id=doc_id, published=published, title=title)
    outcome = process_article(article, res, country_hint=country_hint, place_name=name)
    candidates = tuple(res.gazetteer.lookup(split_given_name(name, res.gazetteer.is_known)[0]))
    if not isinstance(outcome, Processed):
        return Geocoded(name=name, place=None, basis=Basis.NONE, event=None, candidates=candidates)
    event = main_event(outcome.events)
    place, basis = _choose(name, candidates, event, outcome, res)
    placed = _with_place(event, place, name, basis) if event is not None else None
    return Geocoded(name=name, place=place, basis=basis, event=placed, candidates=candidates)


def _choose(
    name: str, candidates: Sequence[Candidate], event: Event | None, outcome: Processed, res: Resources
) -> tuple[Place | None, Basis]:
    if event is None or event.latitude is None or event.longitude is None:
        if outcome.named_place is not None:
            return outcome.named_place, Basis.CONTEXT
        on_front = _on_front(candidates, outcome, res)
        return (on_front, Basis.FRONT) if on_front is not None else (None, Basis.NONE)
    country = res.gazetteer.country(event.country) if event.country else None
    code = country.country_code if country is not None else None
    in_country = [c for c in candidates if c.country_code == code]
    pool = [c for c in in_country if c.score >= 1.0] or in_country  # spelt alike before sounding alike
    in_unit = [c for c in pool if event.admin1 is not None and c.admin1 == event.admin1]
    precision = event.geo_precision or GeoPrecision.REGION
    if not in_unit and precision < GeoPrecision.REGION:
        only = _only_place(pool, outcome.places, code)
        if only is not None:
            return candidate_place(only[0], GeoPrecision.EXACT, candidates), only[1]
    if not in_unit and (not pool or precision < GeoPrecision.REGION):
        return _event_place(event, name, code or ""), Basis.FALLBACK
    chosen = _nearest(
        in_unit or pool, event, precise=precision < GeoPrecision.REGION, named=outcome.named_place
    )
    if _distance(chosen, event.latitude, event.longitude) <= SAME_PLACE_KM:
        return candidate_place(chosen, GeoPrecision(precision), candidates), Basis.REPORT
    apart = any(_distance(c, chosen.latitude, chosen.longitude) > NAMESAKE_KM for c in in_unit or pool)
    own = GeoPrecision.NEAR if apart or chosen.score < 1.0 else GeoPrecision.EXACT
    if precision < GeoPrecision.REGION:
        own = max(own, GeoPrecision(precision))
    return candidate_place(chosen, own, candidates), Basis.UNIT if in_unit else Basis.COUNTRY


def _only_place(
    pool: Sequence[Candidate], places: Sequence[Place | None], code: str | None
) -> tuple[Candidate, Basis] | None:
    """The name's one place in the country (a settlement spelt in full, no namesake more than NAMESAKE_KM away)
    when it is a town (``unique-town``) or lies in the first-level unit of another place the report names
    (``other-unit``: "clashes on the Sirwah (Marib) and Nihm (Sanaa) fronts" coded to Nihm, with the name of
    a village of Marib)."""
    full = [c for c in pool if c.score >= 1.0]
    if not full or any(_distance(c, full[0].latitude, full[0].longitude) > NAMESAKE_KM for c in full):
        return None
    chosen = full[0]
    if chosen.feature_class != "P":
        return None
    if chosen.population >= TOWN_POPULATION:
        return chosen, Basis.UNIQUE_TOWN
    units = {  # not the unit of the name's own place, where the text names it too
        p.admin1
        for p in places
        if p is not None and p.country_code == code and p.admin1 and p.key != chosen.key
    }
    return (chosen, Basis.OTHER_UNIT) if chosen.admin1 in units else None


def _nearest(pool: Sequence[Candidate], event: Event, *, precise: bool, named: Place | None) -> Candidate:
    """The candidate nearest a precise event place (within PROXIMITY_STEP_KM counts as a tie); ties, and all of
    a region's candidates, go to the report's own resolution of the name, then to the larger place."""
    lat, lon = event.latitude or 0.0, event.longitude or 0.0
    resolved = {c.key: c.score for c in named.candidates} if named is not None else {}

    def rank(c: Candidate) -> tuple[float, float, int]:
        step = round(_distance(c, lat, lon) / PROXIMITY_STEP_KM) if precise else 0
        return (step, -resolved.get(c.key, 0.0), -c.population)

    return min(pool, key=rank)


def _on_front(candidates: Sequence[Candidate], outcome: Processed, res: Resources) -> Place | None:
    """A name the report places nowhere while it reports on a standing front ("the SMM observed 10 explosions
    near Novoselivka"): the name's place in the front's units nearest the line, at precision 2."""
    document = outcome.document
    on = date_reference(document.text, document.published, res.today).value
    fronts = res.actors.fronts_in(on, document.text)
    units = tuple((code.upper(), unit) for code, unit in front_regions(fronts) if unit)
    pool = [c for c in candidates if c.score >= 1.0 and (c.country_code, c.admin1) in set(units)]
    if not pool or on is None:
        return None
    line = front_line_points(res.gazetteer, front_held_places(fronts, on), units)

    def rank(c: Candidate) -> tuple[float, int]:
        gap = min((distance_km(c.latitude, c.longitude, a, b) for a, b in line), default=0.0)
        return (gap, -c.population)

    return candidate_place(min(pool, key=rank), GeoPrecision.NEAR, candidates)


def _event_place(event: Event, name: str, country_code: str) -> Place:
    """The event's own place, as the report gave it (the name is not known where the report puts it)."""
    return Place(
        location=event.location or name,
        country=event.country or "",
        country_code=country_code,
        admin1=event.admin1,
        admin2=event.admin2,
        latitude=event.latitude or 0.0,
        longitude=event.longitude or 0.0,
        geo_precision=max(GeoPrecision(event.geo_precision or GeoPrecision.REGION), GeoPrecision.NEAR),
        mention_start=-1,
        mention_end=-1,
        key="",
    )


def _with_place(event: Event, place: Place | None, name: str, basis: Basis) -> Event:
    if place is None:
        return event
    if basis is Basis.FALLBACK:
        note = (
            f"the given place name {name!r} is not known where the report places its event; its place stands"
        )
        return replace(event, geo_precision=int(place.geo_precision), notes=(*event.notes, note))
    note = f"place geocoded from the given name {name!r} ({basis.value}: see flashpoint.pipeline.geocode)"
    return replace(
        event,
        location=place.location,
        country=place.country or event.country,
        admin1=place.admin1,
        admin2=place.admin2,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=int(place.geo_precision),
        notes=(*event.notes, note),
    )


def _distance(candidate: Candidate, latitude: float, longitude: float) -> float:
    return distance_km(candidate.latitude, candidate.longitude, latitude, longitude)


__all__ = ["Basis", "Geocoded", "geocode_name"]
