"""Flashpoint articles stage: sources (files, directories, JSON Lines, in-memory text) -> ``Article``.

Bad input is data, not an exception: ``iter_articles`` yields a ``ReadFailure`` for it and carries on.
"""

from __future__ import annotations

from flashpoint.articles.failures import FailureReason
from flashpoint.articles.model import Article, InputFormat, ReadFailure
from flashpoint.articles.readers import content_hash, iter_articles, read_file, read_text_source

__all__ = [
    "Article",
    "FailureReason",
    "InputFormat",
    "ReadFailure",
    "content_hash",
    "iter_articles",
    "read_file",
    "read_text_source",
]
