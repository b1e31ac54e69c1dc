"""The library entry points: extract events from text without a store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flashpoint.articles.readers import read_text_source
from flashpoint.documents.model import Document, Rejected
from flashpoint.events.model import Event
from flashpoint.pipeline.resources import Resources
from flashpoint.pipeline.runner import process_article
from flashpoint.settings import load_settings

_DEFAULT: list[Resources] = []


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractResult:
    events: tuple[Event, ...]
    document: Document | None
    rejected: Rejected | None


def default_resources() -> Resources:
    if not _DEFAULT:
        _DEFAULT.append(Resources(settings=load_settings()))
    return _DEFAULT[0]


def extract_text(
    text: str,
    *,
    published: date | None = None,
    title: str | None = None,
    doc_id: str | None = None,
    html: bool | None = None,
    country_hint: str | None = None,
    resources: Resources | None = None,
) -> ExtractResult:
    """Code one report held in memory. ``country_hint`` (a country name or ISO code) is the country the report
    is about: its place names are weighed towards it and events no place locates take it (see
    :func:`flashpoint.pipeline.runner.process_article`)."""
    article = read_text_source(
        text, source=doc_id or "<text>", id=doc_id, published=published, title=title, html=html
    )
    outcome = process_article(article, resources or default_resources(), country_hint=country_hint)
    if isinstance(outcome, Rejected):
        return ExtractResult(events=(), document=None, rejected=outcome)
    return ExtractResult(events=outcome.events, document=outcome.document, rejected=None)


__all__ = ["ExtractResult", "default_resources", "extract_text"]
