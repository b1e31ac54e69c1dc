"""An Article is one input item as read, before any cleaning."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class InputFormat(StrEnum):
    TEXT = "text"
    HTML = "html"


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One report as read from a file, a JSONL line or a feed item.

    ``id`` is the caller's id when given (JSONL ``id``), else derived from the source path.
    ``content_hash`` is the SHA-256 of the raw content (text or HTML) and makes re-ingestion a no-op.
    ``country`` is the caller's word on where the report is from (JSONL ``country``, ``--country``): the
    pipeline weighs the report's place names towards it and uses it for events no place locates.
    """

    id: str
    source: str  # where it came from: a path, or "path:LINE" for a JSONL line
    raw: str  # the text or HTML exactly as read (decoded)
    format: InputFormat
    content_hash: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    country: str | None = None  # the country the caller says the report is about (name or ISO code)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadFailure:
    """An input item that could not be read; ``message`` names the item and says what to do."""

    source: str
    reason: str  # short code: empty, binary, encoding, too_large, malformed_json, missing_text, unreadable
    message: str


__all__ = ["Article", "InputFormat", "ReadFailure"]
