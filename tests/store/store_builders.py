"""Project-written (fictional) articles, documents and events for the store tests."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from flashpoint.articles.model import Article, InputFormat
from flashpoint.documents.model import Document, RemovedSpan, Sentence
from flashpoint.events.model import Claim, Event, Evidence
from flashpoint.mentions.model import Stance

FIXED_NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)

REPORT = (
    "Gunmen attacked the weekly market in Kafr Dalil on Tuesday. "
    "At least six traders were killed and four wounded, the district council said. "
    "The Northern Wolves Brigade denied any role in the attack."
)


def sentences_of(text: str) -> tuple[Sentence, ...]:
    """Split on '. ' the way the fixtures are written (one paragraph)."""
    spans: list[Sentence] = []
    start = 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end == -1 else end + 1
        spans.append(Sentence(start=start, end=end, paragraph=0))
        start = end + 1
    return tuple(spans)


def make_article(key: str, *, text: str = REPORT, **overrides: Any) -> Article:
    values: dict[str, Any] = {
        "id": f"article-{key}",
        "source": f"inbox/{key}.txt",
        "raw": text,
        "format": InputFormat.TEXT,
        "content_hash": hashlib.sha256(f"{key}:{text}".encode()).hexdigest(),
        "url": f"https://example.org/news/{key}",
        "title": f"Market attack report {key}",
        "published": date(2025, 6, 11),
        "outlet": "The Meridian Herald",
    }
    values.update(overrides)
    return Article(**values)


def make_document(article: Article, *, text: str | None = None) -> Document:
    body = article.raw if text is None else text
    return Document(
        id=f"doc-{article.id}",
        article_id=article.id,
        text=body,
        paragraphs=((0, len(body)),),
        sentences=sentences_of(body),
        language="en",
        title=article.title,
        published=article.published,
        outlet=article.outlet,
        url=article.url,
        removed=(RemovedSpan(kind="donation", text="Support independent journalism."),),
    )


def make_event(document: Document, key: str = "1", **overrides: Any) -> Event:
    text = document.text
    killed = text.find("At least six")
    killed_end = text.find(" the district", killed) if killed >= 0 else -1
    claims: tuple[Claim, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    if killed >= 0 and killed_end >= 0:
        claims = (
            Claim(
                field="fatalities",
                value=6,
                claimant="the district council",
                stance=Stance.ASSERTS,
                quantifier="at least",
                victim_group="civilian",
                start=killed,
                end=killed_end,
            ),
            Claim(
                field="actor1",
                value="Northern Wolves Brigade",
                claimant="Northern Wolves Brigade",
                stance=Stance.DENIES,
                hedge="denied",
                start=text.find("The Northern"),
                end=len(text),
            ),
        )
        evidence = (
            Evidence(field="fatalities", start=killed, end=killed_end, text=text[killed:killed_end]),
            Evidence(field="event_type", start=0, end=6, text=text[0:6]),
        )
    event = Event(
        id=f"event-{document.id}-{key}",
        document_id=document.id,
        event_date=date(2025, 6, 10),
        time_precision=1,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1="Unidentified Armed Group (Testland)",
        assoc_actor_1=None,
        actor2="Civilians (Testland)",
        assoc_actor_2="Traders (Testland)",
        inter1=3,
        inter2=7,
        country="Syria",
        admin1="Idlib",
        admin2="Harim",
        location="Kafr Dalil",
        latitude=36.1,
        longitude=36.6,
        geo_precision=1,
        fatalities=6,
        injuries=4,
        claims=claims,
        evidence=evidence,
        confidence=0.82,
        notes=("date is the day before publication",),
        extractor="rules",
        extractor_version="0.1.0",
    )
    return replace(event, **overrides)


__all__ = ["FIXED_NOW", "REPORT", "make_article", "make_document", "make_event", "sentences_of"]
