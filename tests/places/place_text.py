"""Place mentions of a project-written text resolved against a test gazetteer: one helper for every places test
that reads a text (sentences split at . ! ?, one paragraph)."""

from __future__ import annotations

import re

from flashpoint.documents.model import Sentence
from flashpoint.mentions.model import PlaceMention
from flashpoint.mentions.places import find_place_mentions
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import Place
from flashpoint.places.resolve import resolve_places


def sentences_of(text: str) -> list[Sentence]:
    return [Sentence(start=m.start(), end=m.end(), paragraph=0) for m in re.finditer(r"[^.!?]+[.!?]?", text)]


def resolve_text(
    text: str, gazetteer: Gazetteer, countries: tuple[str, ...] = ()
) -> list[tuple[PlaceMention, Place | None]]:
    """Each place mention of ``text`` with its resolved place (None where nothing honest can be said)."""
    mentions = find_place_mentions(text, sentences_of(text), gazetteer.is_known)
    places = resolve_places(mentions, gazetteer, context_countries=countries)
    return list(zip(mentions, places, strict=True))
