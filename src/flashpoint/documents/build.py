"""Article -> Document | Rejected: extract (HTML), normalise, remove boilerplate, check language, segment.

The stage order reads top to bottom in ``build_document``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from flashpoint.articles.model import Article, InputFormat
from flashpoint.documents.clean import remove_boilerplate
from flashpoint.documents.html import extract_html, preload_html_extractor
from flashpoint.documents.language import ENGLISH, LanguageGuess, detect_language, language_identifier
from flashpoint.documents.model import Document, Rejected, RejectReason, RemovedSpan
from flashpoint.documents.normalize import split_paragraphs
from flashpoint.documents.segment import join_paragraphs, split_sentences

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Extracted:
    paragraphs: list[str]
    title: str | None
    removed: tuple[RemovedSpan, ...]
    published: date | None = None


def build_document(article: Article) -> Document | Rejected:
    """Clean and segment one article, or say why it is not coded (no content, not English)."""
    extracted = _extract(article)
    cleaned = remove_boilerplate(extracted.paragraphs)
    if not cleaned.paragraphs:
        return _reject(
            article, RejectReason.NO_CONTENT, _no_content_detail(article, bool(extracted.paragraphs))
        )
    layout = join_paragraphs(cleaned.paragraphs)
    guess = detect_language(layout.text)
    if not guess.is_english:
        return _reject(article, RejectReason.NOT_ENGLISH, _language_detail(guess))
    return Document(
        id=document_id(article),
        article_id=article.id,
        text=layout.text,
        paragraphs=layout.paragraphs,
        sentences=split_sentences(layout.text, layout.paragraphs),
        language=ENGLISH,
        title=article.title or extracted.title,
        published=article.published or extracted.published,
        outlet=article.outlet,
        url=article.url,
        removed=extracted.removed + cleaned.removed,
    )


def preload() -> None:
    """Load the language model and the HTML extractor now (about 1.5 s) rather than on the first article.

    Call it once before forking worker processes so that they share the loaded model.
    """
    language_identifier()
    preload_html_extractor()


def document_id(article: Article) -> str:
    """``doc-`` and the first 16 hex digits of the article's content hash."""
    return f"doc-{article.content_hash[:16]}"


def _extract(article: Article) -> _Extracted:
    if article.format is InputFormat.HTML:
        page = extract_html(article.raw)
        logger.debug("%s: HTML text by %s", article.source, page.method)
        return _Extracted(
            paragraphs=list(page.paragraphs), title=page.title, removed=page.removed, published=page.published
        )
    return _Extracted(paragraphs=split_paragraphs(article.raw), title=None, removed=())


def _reject(article: Article, reason: RejectReason, detail: str) -> Rejected:
    return Rejected(item_id=article.id, source=article.source, reason=reason, detail=detail)


def _no_content_detail(article: Article, had_text: bool) -> str:
    if had_text:
        return (
            "only boilerplate (notices, share prompts, links) is left after cleaning; "
            "ingest the article text itself"
        )
    what = "the page has no readable main text" if article.format is InputFormat.HTML else "the text is empty"
    return f"{what}; check the input or leave it out"


def _language_detail(guess: LanguageGuess) -> str:
    return (
        f"detected language {guess.language!r} (p={guess.probability:.2f}); "
        "only English reports are coded: translate the article or leave it out"
    )


__all__ = ["build_document", "document_id", "preload"]
