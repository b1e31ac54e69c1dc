"""JSON Lines input: one article per non-empty line, streamed so that a large file never sits in memory.

A line holds a JSON object with ``text`` or ``html`` (one is required) and optional ``id``, ``url``,
``title``, ``published`` (ISO date or datetime), ``outlet`` and ``country`` (the country the report is
about, a name or ISO code: its place names are weighed towards it). A bad line yields a ``ReadFailure``
named ``path:LINE`` and the following lines still proceed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from flashpoint.articles.decoding import SNIFF_BYTES, decode_utf8, sniff_binary
from flashpoint.articles.failures import (
    bad_field_failure,
    empty_failure,
    malformed_json_failure,
    missing_text_failure,
    too_large_failure,
    unreadable_failure,
)
from flashpoint.articles.model import Article, InputFormat, ReadFailure
from flashpoint.articles.records import make_article
from flashpoint.errors import InputError

_CHUNK = 1 << 20


class _BadField(InputError):
    """A JSONL field has the wrong type or cannot be parsed; caught inside this module only."""

    def __init__(self, field: str, problem: str, fix: str) -> None:
        super().__init__(f"field '{field}' {problem}; {fix}")
        self.field, self.problem, self.fix = field, problem, fix


def iter_jsonl(path: Path, source: str, *, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """Yield one ``Article`` or ``ReadFailure`` per non-empty line of the JSONL file at ``path``."""
    try:
        with path.open("rb") as stream:
            failure = sniff_binary(stream.read(SNIFF_BYTES), source)
            if failure is not None:
                yield failure
                return
            stream.seek(0)
            yield from _iter_lines(stream, source, max_bytes=max_bytes)
    except OSError as error:
        yield unreadable_failure(source, error)


def _iter_lines(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[Article | ReadFailure]:
    number = yielded = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            break
        number += 1
        item_source = f"{source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yielded += 1
            yield too_large_failure(item_source, size=None, max_bytes=max_bytes)
            continue
        if line.strip():
            yielded += 1
            yield parse_jsonl_line(line, item_source)
    if not yielded:
        yield empty_failure(source, zero_bytes=number == 0)


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def parse_jsonl_line(line: bytes, source: str) -> Article | ReadFailure:
    """Parse one JSONL line (bytes as read) into an ``Article``; ``source`` is ``path:LINE``."""
    text = decode_utf8(line, source)
    if isinstance(text, ReadFailure):
        return text
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        return malformed_json_failure(source, f"{error.msg} at column {error.colno}")
    except RecursionError:
        return malformed_json_failure(source, "nested too deeply")
    if not isinstance(value, dict):
        return malformed_json_failure(source, f"found a JSON {_json_kind(value)}")
    try:
        return _article_from_object(value, source)
    except _BadField as error:
        return bad_field_failure(source, error.field, error.problem, error.fix)


def _article_from_object(obj: dict[str, object], source: str) -> Article | ReadFailure:
    content = _content(obj)
    if content is None:
        return missing_text_failure(source)
    raw, input_format = content
    if not raw.strip():
        return empty_failure(source, zero_bytes=not raw)
    return make_article(
        raw,
        source=source,
        format=input_format,
        id=_id_field(obj),
        url=_optional_str(obj, "url"),
        title=_optional_str(obj, "title"),
        published=_published_field(obj),
        outlet=_optional_str(obj, "outlet"),
        country=_optional_str(obj, "country"),
    )


def _content(obj: dict[str, object]) -> tuple[str, InputFormat] | None:
    """``text`` when it is given and not blank, else ``html``, else ``text`` as given (maybe blank)."""
    text = _optional_str(obj, "text", keep_blank=True)
    html = _optional_str(obj, "html", keep_blank=True)
    if text is not None and (text.strip() or html is None):
        return text, InputFormat.TEXT
    if html is not None:
        return html, InputFormat.HTML
    return None


def _optional_str(obj: dict[str, object], key: str, *, keep_blank: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _BadField(key, f"must be a string, not a JSON {_json_kind(value)}", "fix or remove it")
    if keep_blank:
        return value
    return value.strip() or None


def _id_field(obj: dict[str, object]) -> str | None:
    value = obj.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        problem = f"must be a string or an integer, not a JSON {_json_kind(value)}"
        raise _BadField("id", problem, "fix or remove it")
    text = str(value).strip()
    if not text:
        raise _BadField("id", "is blank", "give a non-empty id or leave the field out")
    return text


def _published_field(obj: dict[str, object]) -> date | None:
    value = _optional_str(obj, "published")
    if value is None:
        return None
    parsed = parse_iso_date(value)
    if parsed is None:
        raise _BadField(
            "published",
            f"is not an ISO date or datetime ({value[:40]!r})",
            "write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, or leave it out",
        )
    return parsed


def parse_iso_date(value: str) -> date | None:
    """The calendar date of an ISO 8601 date or datetime string, or ``None`` when it is not one."""
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _json_kind(value: object) -> str:
    kinds: tuple[tuple[type, str], ...] = (
        (bool, "boolean"),
        (int, "number"),
        (float, "number"),
        (str, "string"),
        (list, "array"),
        (dict, "object"),
    )
    return next((name for kind, name in kinds if isinstance(value, kind)), "null")


__all__ = ["iter_jsonl", "parse_iso_date", "parse_jsonl_line"]
