"""Read sources into ``Article`` records: text and HTML files, directories and JSON Lines.

``iter_articles`` never raises for bad input: an item that cannot be read becomes a ``ReadFailure`` whose
message names it and says what to do, and the other items still proceed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from flashpoint.articles.decoding import decode_utf8, looks_like_html, sniff_binary
from flashpoint.articles.failures import empty_failure, too_large_failure, unreadable_failure
from flashpoint.articles.jsonl import iter_jsonl
from flashpoint.articles.model import Article, InputFormat, ReadFailure
from flashpoint.articles.records import content_hash, make_article

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
"""Files a directory walk picks up; a file named explicitly is read whatever its suffix."""

DEFAULT_MAX_BYTES = 10_000_000


def iter_articles(
    paths: Sequence[Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | ReadFailure]:
    """Yield an ``Article`` or a ``ReadFailure`` for every item under ``paths``, in a stable order.

    A directory is walked recursively in sorted order (hidden files and folders skipped, only
    ``.txt .text .md .html .htm .jsonl .ndjson`` files). A JSONL file yields one item per non-empty line;
    any other file yields one item. Files above ``max_bytes`` (JSONL: lines above it) are not read.
    """
    for path in paths:
        for item in _iter_path(path, max_bytes=max_bytes):
            if isinstance(item, ReadFailure):
                logger.debug("read failure (%s): %s", item.reason, item.message)
            yield item


def _iter_path(path: Path, *, max_bytes: int) -> Iterator[Article | ReadFailure]:
    try:
        is_dir = path.is_dir()
    except OSError as error:
        yield unreadable_failure(_source_name(path), error)
        return
    if is_dir:
        yield from _iter_directory(path, max_bytes=max_bytes)
    else:
        yield from _iter_file(path, max_bytes=max_bytes)


def _iter_directory(root: Path, *, max_bytes: int) -> Iterator[Article | ReadFailure]:
    for item in _walk(root):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from _iter_file(item, max_bytes=max_bytes)


def _walk(directory: Path) -> Iterator[Path | ReadFailure]:
    """Readable files under ``directory``, sorted by path; symlinked folders are not followed."""
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as error:
        yield unreadable_failure(_source_name(directory), error)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif path.suffix.lower() in READABLE_SUFFIXES:
            yield path


def _iter_file(path: Path, *, max_bytes: int) -> Iterator[Article | ReadFailure]:
    source = _source_name(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from iter_jsonl(path, source, max_bytes=max_bytes)
    else:
        yield read_file(path, source=source, max_bytes=max_bytes)


def read_file(
    path: Path, *, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article | ReadFailure:
    """Read one text or HTML file as a single ``Article`` (size checked with ``stat`` before reading)."""
    source = source if source is not None else _source_name(path)
    data = _read_bytes(path, source, max_bytes=max_bytes)
    if isinstance(data, ReadFailure):
        return data
    failure = sniff_binary(data, source)
    if failure is not None:
        return failure
    text = decode_utf8(data, source)
    if isinstance(text, ReadFailure):
        return text
    if not text.strip():
        return empty_failure(source, zero_bytes=False)
    is_html = path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    return make_article(text, source=source, format=InputFormat.HTML if is_html else InputFormat.TEXT)


def _read_bytes(path: Path, source: str, *, max_bytes: int) -> bytes | ReadFailure:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return too_large_failure(source, size=size, max_bytes=max_bytes)
        if size == 0:
            return empty_failure(source, zero_bytes=True)
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        return unreadable_failure(source, error)
    if len(data) > max_bytes:  # the file grew between stat and read
        return too_large_failure(source, size=None, max_bytes=max_bytes)
    return data


def _source_name(path: Path) -> str:
    return path.as_posix()


def read_text_source(
    text: str,
    *,
    source: str,
    id: str | None = None,
    published: date | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    html: bool | None = None,
    country: str | None = None,
) -> Article:
    """An ``Article`` for in-memory text; ``html=None`` sniffs for a leading ``<!doctype html`` / ``<html``.

    Blank text still makes an Article: ``documents.build_document`` rejects it as having no content.
    """
    is_html = looks_like_html(text) if html is None else html
    return make_article(
        text,
        source=source,
        format=InputFormat.HTML if is_html else InputFormat.TEXT,
        id=id,
        url=url,
        title=title,
        published=published,
        outlet=outlet,
        country=country,
    )


__all__ = [
    "DEFAULT_MAX_BYTES",
    "READABLE_SUFFIXES",
    "content_hash",
    "iter_articles",
    "read_file",
    "read_text_source",
]
