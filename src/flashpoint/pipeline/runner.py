"""The only place that knows the stage order.

``process_article`` reads top to bottom: document, mentions, triggers, places, events. ``process_item`` wraps it
for one item of a stream and catches unexpected per-item errors once, here, so one bad article never stops a run;
``process_partition`` is the same work over one partition, the unit a process pool or a Dask bag maps over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from flashpoint.articles.model import Article, ReadFailure
from flashpoint.documents.build import build_document
from flashpoint.documents.model import Document, Rejected
from flashpoint.errors import FlashpointError, InputError
from flashpoint.events.build import EventContext, build_events
from flashpoint.events.model import Event
from flashpoint.events.triggers import find_triggers
from flashpoint.mentions.dates import DateReference, date_reference
from flashpoint.mentions.find import find_mentions
from flashpoint.mentions.kb import front_held_places, front_regions
from flashpoint.mentions.model import Mentions, PlaceMention
from flashpoint.mentions.places import given_place_mention
from flashpoint.pipeline.resources import Resources
from flashpoint.places.model import Candidate, Place
from flashpoint.places.resolve import (
    demonym_countries,
    front_line_points,
    resolve_places,
    with_written_article,
)
from flashpoint.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Processed:
    article: Article
    document: Document
    events: tuple[Event, ...]
    places: tuple[Place | None, ...] = ()  # the resolved place of each place mention, in text order
    named_place: Place | None = None  # where a caller's place name resolves in this report (``place_name``)


@dataclass(frozen=True, slots=True, kw_only=True)
class Failed:
    """An item that could not be read or processed; ``message`` is one line naming it and what to do."""

    item_id: str
    source: str
    reason: str
    message: str
    content_hash: str | None = None


Outcome = Processed | Rejected | Failed


def process_article(
    article: Article, res: Resources, *, country_hint: str | None = None, place_name: str | None = None
) -> Processed | Rejected:
    """Code one article. ``place_name``, a name given beside the text (a dataset's place column), is resolved
    with the report's places, in their context, and returned as ``named_place``; it plays no part in the events.

    ``country_hint`` (else ``article.country``) is the caller's word on the country the report is about: its
    place names are weighed towards that country as an actor's country weighs them (a country the text names
    still counts double), and events no place locates take it. A hint the gazetteer does not know as a country
    raises :class:`~flashpoint.errors.InputError`."""
    hint = country_hint if country_hint is not None else article.country
    hinted = _hinted_country(article, hint, res) if hint else None
    document = build_document(article)
    if isinstance(document, Rejected):
        return document
    reference = date_reference(document.text, document.published, res.today)
    mentions = find_mentions(
        document, reference, actors=res.actors, sources=res.sources, is_known_place=res.gazetteer.is_known
    )
    mentions = replace(mentions, triggers=find_triggers(document.text, document.sentences))
    places, text_country = _places_of(document, mentions, reference, res, hinted)
    named_place = None
    if place_name is not None:  # resolved apart, so that the given name does not move the text's places
        given = _named_mention(document, place_name, res.gazetteer.is_known)
        named = replace(mentions, places=(*mentions.places, given))
        named_place = _places_of(document, named, reference, res, hinted)[0][-1]
    context = EventContext(
        mentions=mentions,
        places=places,
        reference=reference,
        actors=res.actors,
        country_hint=hinted.name if hinted else None,
        text_country=text_country,
        classifier=res.classifier,
    )
    return Processed(
        article=article,
        document=document,
        events=build_events(document, context),
        places=tuple(places),
        named_place=named_place,
    )


def _hinted_country(article: Article, hint: str, res: Resources) -> Candidate:
    country = res.gazetteer.country(hint)
    if country is None:
        raise InputError(
            f"country {hint!r} of {article.id!r} is not a country the gazetteer knows; give its English name "
            "or ISO code (e.g. 'Syria' or 'SY'), or leave it out",
            code="E130",
        )
    return country


def _named_mention(document: Document, name: str, is_known: Callable[[str], bool]) -> PlaceMention:
    """A place mention for a name given beside the text: placed after the text, in a sentence of its own, so
    that no mention of the text frames it ("X, Y") and it frames none."""
    start = len(document.text) + 2
    return given_place_mention(name, start=start, sentence=len(document.sentences), is_known=is_known)


def _places_of(
    document: Document,
    mentions: Mentions,
    reference: DateReference,
    res: Resources,
    hinted: Candidate | None = None,
) -> tuple[list[Place | None], str | None]:
    """The resolved place of each place mention, weighed by the countries the actors (and where those fighting
    abroad fight), the text's demonyms ("a Syrian town"), a standing front it reports on, or else its phrasing
    ("regime forces") point to; and the country the text itself points to (its first demonym, else the
    front's, else its phrasing's), for events no place resolves."""
    named = demonym_countries(document.text, res.gazetteer)
    on = reference.value
    actor_countries = (  # a force fighting abroad points to where it fights as much as to home
        country
        for a in mentions.actors
        for country in (a.country, *res.actors.deployed_in(a.actor_id, on))
        if country
    )
    on_fronts = res.actors.fronts_in(on, document.text)  # the text's fronts, found once
    fronts = front_regions(on_fronts)
    # "the regime forces" in a text that names no country and reports on no standing front: Syria's
    # ([[implied_country]])
    implied = () if named or fronts else res.actors.implied_countries(on, document.text)
    countries = (
        *((hinted.country_code,) if hinted else ()),
        *actor_countries,
        *(country.country_code for country in named),
        *(c for c, _ in fronts),
        *implied,
    )
    units = tuple(front for front in fronts if front[1])
    held = front_held_places(on_fronts, on) if on is not None else ()
    places = resolve_places(
        with_written_article(document.text, mentions.places),
        res.gazetteer,
        context_countries=tuple(dict.fromkeys(countries)),
        context_admin1s=units,
        front_line=front_line_points(res.gazetteer, held, units) if held and units else (),
    )
    pointed = fronts[0][0] if fronts else (implied[0] if implied else None)
    country = res.gazetteer.country(pointed) if pointed else None
    return places, named[0].name if named else (country.name if country else None)


def process_item(item: Article | ReadFailure, res: Resources) -> Outcome:
    if isinstance(item, ReadFailure):
        return Failed(item_id=item.source, source=item.source, reason=item.reason, message=item.message)
    try:
        return process_article(item, res)
    except FlashpointError as exc:
        return _failed(item, exc)
    except Exception as exc:
        logger.exception("unexpected error on %s", item.source)
        return _failed(item, exc)


def _failed(article: Article, exc: Exception) -> Failed:
    message = (
        f"{article.source}: {exc}; the other items were processed"  # the input's fault: it says what to do
        if isinstance(exc, InputError)
        else f"{article.source}: processing failed ({type(exc).__name__}: {exc}); "
        "the other items were processed - please report this item with the error"
    )
    return Failed(
        item_id=article.id,
        source=article.source,
        reason="invalid_input" if isinstance(exc, InputError) else "error",
        message=" ".join(message.split()),
        content_hash=article.content_hash,
    )


_WORKER_RESOURCES: list[Resources] = []


def process_partition(articles: Sequence[Article | ReadFailure], settings: Settings) -> list[Outcome]:
    """Process one partition in this process, loading resources once per process (pool or Dask worker)."""
    if not _WORKER_RESOURCES:
        _WORKER_RESOURCES.append(Resources(settings=settings))
    return [process_item(item, _WORKER_RESOURCES[0]) for item in articles]


__all__ = [
    "Failed",
    "Outcome",
    "Processed",
    "process_article",
    "process_item",
    "process_partition",
]
