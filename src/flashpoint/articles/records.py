"""Building ``Article`` records: content hashes and stable ids."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from flashpoint.articles.model import Article, InputFormat

_TRAILING_SPACE = re.compile(r"[ \t\f\v]+$", re.MULTILINE)


def content_hash(raw: str) -> str:
    """SHA-256 hex digest of ``raw`` after normalising line endings and trailing whitespace.

    ``\\r\\n`` and lone ``\\r`` become ``\\n``, trailing blanks are stripped from every line and from the end,
    so the same text saved by another editor or re-exported hashes the same.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("", text).rstrip()
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def derive_article_id(source: str) -> str:
    """A stable 16-hex-digit id derived from the source (a path, or ``path:LINE``)."""
    return hashlib.sha256(source.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def make_article(
    raw: str,
    *,
    source: str,
    format: InputFormat,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: date | None = None,
    outlet: str | None = None,
    country: str | None = None,
) -> Article:
    """An ``Article`` for ``raw`` with its content hash, and an id derived from ``source`` unless given."""
    return Article(
        id=id if id is not None else derive_article_id(source),
        source=source,
        raw=raw,
        format=format,
        content_hash=content_hash(raw),
        url=url,
        title=title,
        published=published,
        outlet=outlet,
        country=country,
    )


__all__ = ["content_hash", "derive_article_id", "make_article"]
