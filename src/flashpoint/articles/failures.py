"""Why an input item could not be read, as ``ReadFailure`` records with one-line, actionable messages.

Every builder here names the item (a path, or ``path:LINE`` for a JSONL line) and says what to do.
"""

from __future__ import annotations

from enum import StrEnum

from flashpoint.articles.model import ReadFailure


class FailureReason(StrEnum):
    """The closed vocabulary of ``ReadFailure.reason``."""

    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    TOO_LARGE = "too_large"
    MALFORMED_JSON = "malformed_json"
    MISSING_TEXT = "missing_text"
    BAD_FIELD = "bad_field"
    UNREADABLE = "unreadable"


def _failure(source: str, reason: FailureReason, message: str) -> ReadFailure:
    return ReadFailure(source=source, reason=reason, message=f"{source}: {message}")


def empty_failure(source: str, *, zero_bytes: bool) -> ReadFailure:
    what = "is empty (0 bytes)" if zero_bytes else "holds only whitespace"
    return _failure(source, FailureReason.EMPTY, f"{what}; add the report's text or leave the item out")


def binary_failure(source: str, *, utf16: bool) -> ReadFailure:
    if utf16:
        message = "looks like UTF-16 text, not UTF-8; re-save the file as UTF-8 and ingest it again"
    else:
        message = (
            "looks like a binary file (NUL or control bytes in the first 8 KB), not text; "
            "convert it to UTF-8 text or leave it out"
        )
    return _failure(source, FailureReason.BINARY, message)


def encoding_failure(source: str, error: UnicodeDecodeError, *, base_offset: int = 0) -> ReadFailure:
    byte = error.object[error.start]
    offset = base_offset + error.start
    message = (
        f"not valid UTF-8 (byte 0x{byte:02x} at offset {offset}); "
        "re-save the file as UTF-8 and ingest it again"
    )
    return _failure(source, FailureReason.ENCODING, message)


def too_large_failure(source: str, *, size: int | None, max_bytes: int) -> ReadFailure:
    what = f"{size:,} bytes is" if size is not None else "the item is"
    message = f"{what} above the {max_bytes:,}-byte limit; split the input or raise max_bytes"
    return _failure(source, FailureReason.TOO_LARGE, message)


def malformed_json_failure(source: str, problem: str) -> ReadFailure:
    message = f"not a JSON object ({problem}); fix the line so that it holds one JSON object"
    return _failure(source, FailureReason.MALFORMED_JSON, message)


def missing_text_failure(source: str) -> ReadFailure:
    message = "has neither a 'text' nor an 'html' string; add one of them or remove the line"
    return _failure(source, FailureReason.MISSING_TEXT, message)


def bad_field_failure(source: str, field: str, problem: str, fix: str) -> ReadFailure:
    return _failure(source, FailureReason.BAD_FIELD, f"field '{field}' {problem}; {fix}")


def unreadable_failure(source: str, error: OSError) -> ReadFailure:
    why = error.strerror or type(error).__name__
    message = f"cannot be read ({why}); check that it exists and that you may read it"
    return _failure(source, FailureReason.UNREADABLE, message)


__all__ = [
    "FailureReason",
    "bad_field_failure",
    "binary_failure",
    "empty_failure",
    "encoding_failure",
    "malformed_json_failure",
    "missing_text_failure",
    "too_large_failure",
    "unreadable_failure",
]
