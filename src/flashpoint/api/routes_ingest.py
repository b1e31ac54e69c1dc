"""``POST /api/ingest``: code one text or HTML report and store it. Needs the configured bearer token.

The NLP resources load on the first ingest request (never at start-up); a writer store is opened for
the request only, so the server stays a read-only reader the rest of the time.
"""

from __future__ import annotations

import hmac
import logging
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException

from flashpoint.api.deps import ApiServices, Services
from flashpoint.api.schemas import IngestIn, IngestOut
from flashpoint.articles.model import Article
from flashpoint.articles.readers import content_hash, read_text_source
from flashpoint.documents.model import Rejected
from flashpoint.errors import InputError
from flashpoint.pipeline.api import default_resources
from flashpoint.pipeline.runner import process_article
from flashpoint.store.base import SaveOutcome, Store

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["ingest"])


def check_token(services: ApiServices, authorization: str | None) -> None:
    """403 when ingestion is off (no token configured), 401 when the bearer token is missing or wrong."""
    expected = services.settings.api_token
    if not expected:
        raise HTTPException(
            status_code=403, detail="ingestion over HTTP is off: set FLASHPOINT_API_TOKEN on the server"
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(
            status_code=401,
            detail="send the server's token as 'Authorization: Bearer TOKEN'",
            headers={"WWW-Authenticate": "Bearer"},
        )


@router.post("/ingest", response_model=IngestOut, status_code=200)
def ingest(
    report: IngestIn, services: Services, authorization: Annotated[str | None, Header()] = None
) -> IngestOut:
    """Code one report (plain text or HTML) and store it; a report already stored is a no-op."""
    check_token(services, authorization)
    article = read_text_source(
        report.text,
        source="api",
        # one id per content: an id derived from the source alone ("api") would be every report's
        id="api-" + content_hash(report.text)[:16],
        published=report.published,
        url=report.url,
        title=report.title,
        outlet=report.outlet,
        html=report.html,
        country=report.country,
    )
    writer = services.open_writer()
    try:
        return _code_and_store(article, writer)
    finally:
        writer.close()


def _code_and_store(article: Article, store: Store) -> IngestOut:
    if store.has_content(article.content_hash):
        return IngestOut(outcome="duplicate", article_id=article.id, event_ids=[])
    try:
        outcome = process_article(article, default_resources())
    except InputError as exc:  # the caller's field is wrong (an unknown country): say which and how to fix it
        raise HTTPException(status_code=422, detail=str(exc)) from None
    if isinstance(outcome, Rejected):
        store.save_rejection(
            item_id=article.id,
            source=article.source,
            reason=str(outcome.reason),
            detail=outcome.detail,
            content_hash=article.content_hash,
        )
        return IngestOut(outcome="rejected", article_id=article.id, event_ids=[], reason=str(outcome.reason))
    saved = store.save_article(outcome.article, outcome.document, outcome.events)
    if saved is SaveOutcome.DUPLICATE:
        return IngestOut(outcome="duplicate", article_id=article.id, event_ids=[])
    logger.info("ingested article %s with %s event(s)", article.id, len(outcome.events))
    return IngestOut(outcome="stored", article_id=article.id, event_ids=[e.id for e in outcome.events])


__all__ = ["check_token", "router"]
