"""All mention finders of one document, run once and collected into ``Mentions``."""

from __future__ import annotations

from collections.abc import Callable

from flashpoint.documents.model import Document
from flashpoint.mentions.actors import find_actor_mentions
from flashpoint.mentions.casualties import find_casualty_mentions
from flashpoint.mentions.claimants import find_claimant_mentions
from flashpoint.mentions.dates import DateReference, find_date_mentions
from flashpoint.mentions.kb import ActorKB
from flashpoint.mentions.model import Mentions
from flashpoint.mentions.places import find_place_mentions
from flashpoint.mentions.sources import SourceRegistry


def find_mentions(
    doc: Document,
    reference: DateReference,
    *,
    actors: ActorKB,
    sources: SourceRegistry,
    is_known_place: Callable[[str], bool],
) -> Mentions:
    text, sentences = doc.text, doc.sentences
    return Mentions(
        actors=find_actor_mentions(text, sentences, actors, published=reference.value),
        places=find_place_mentions(text, sentences, is_known_place, actors=actors, sources=sources),
        dates=find_date_mentions(text, sentences, reference),
        casualties=find_casualty_mentions(text, sentences),
        claimants=find_claimant_mentions(text, sentences, sources),
    )


__all__ = ["find_mentions"]
