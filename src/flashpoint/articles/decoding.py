"""Bytes -> text: binary sniffing and strict UTF-8 decoding (never a silent latin-1 fallback)."""

from __future__ import annotations

import re

from flashpoint.articles.failures import binary_failure, encoding_failure
from flashpoint.articles.model import ReadFailure

SNIFF_BYTES = 8192
"""How much of a file the binary sniffer looks at."""

MAX_CONTROL_RATIO = 0.10
# A share of C0 control bytes (other than tab, newline, carriage return, form feed, vertical tab, escape)
# above this marks a file as binary. Calibrated by hand: plain-text news has none; executables, images
# and archives have well over 10% in their first 8 KB even when they hold no NUL byte.

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)


def sniff_binary(data: bytes, source: str) -> ReadFailure | None:
    """Return a ``binary`` failure when the first 8 KB of ``data`` is not text, else ``None``."""
    head = data[:SNIFF_BYTES]
    if head.startswith(_UTF16_BOMS):
        return binary_failure(source, utf16=True)
    if b"\x00" in head:
        return binary_failure(source, utf16=_looks_like_utf16(head))
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > MAX_CONTROL_RATIO:
        return binary_failure(source, utf16=False)
    return None


def _looks_like_utf16(head: bytes) -> bool:
    """UTF-16 text without a BOM has a NUL in (nearly) every other byte."""
    even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
    half = max(len(head) // 2, 1)
    return max(even_nuls, odd_nuls) / half > 0.8


def decode_utf8(data: bytes, source: str, *, base_offset: int = 0) -> str | ReadFailure:
    """Decode ``data`` as UTF-8 (a leading BOM is dropped); an ``encoding`` failure names the bad byte."""
    if data.startswith(_UTF8_BOM):
        data, base_offset = data[len(_UTF8_BOM) :], base_offset + len(_UTF8_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return encoding_failure(source, error, base_offset=base_offset)


def looks_like_html(text: str) -> bool:
    """True when ``text`` opens like an HTML page: ``<!doctype html`` or ``<html`` after any prolog."""
    return _HTML_START.match(text[:4096]) is not None


__all__ = ["MAX_CONTROL_RATIO", "SNIFF_BYTES", "decode_utf8", "looks_like_html", "sniff_binary"]
