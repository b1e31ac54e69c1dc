"""A Document is the cleaned text of an Article, split into paragraphs and sentences with offsets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from flashpoint._types import CharSpan


class RejectReason(StrEnum):
    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    TOO_LARGE = "too_large"
    MALFORMED = "malformed"
    NOT_ENGLISH = "not_english"
    NO_CONTENT = "no_content"  # nothing left after boilerplate removal
    DUPLICATE = "duplicate"  # same content hash already stored


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """An expected outcome: the item is not coded, and ``reason`` says why."""

    item_id: str
    source: str
    reason: RejectReason
    detail: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index into Document.paragraphs


@dataclass(frozen=True, slots=True, kw_only=True)
class RemovedSpan:
    """Boilerplate removed by the cleaner: kept for transparency, not part of ``Document.text``."""

    kind: str  # donation, share_prompt, byline, disclaimer, copyright, email, navigation, footer
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """Cleaned text; every evidence span in later stages is an offset into ``text``."""

    id: str
    article_id: str
    text: str
    paragraphs: tuple[CharSpan, ...]
    sentences: tuple[Sentence, ...]
    language: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    removed: tuple[RemovedSpan, ...] = ()

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]


__all__ = ["Document", "RejectReason", "Rejected", "RemovedSpan", "Sentence"]
