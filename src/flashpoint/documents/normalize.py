"""Raw text -> paragraphs with normalised whitespace.

Only whitespace and invisible characters change: runs of spaces, tabs and no-break spaces collapse to one
space, zero-width characters and stray control bytes go, and every other character (curly quotes included)
is kept as it is. Paragraphs are separated by blank lines; inside a block of lines, each line is its own
paragraph unless the block looks hard-wrapped (lines of similar width that end mid-sentence), in which case
its lines are joined, or a line continues the sentence of the line before (it starts in lower case after a
line without a full stop, as link text cut out of a web page does). The first line of a text is always a
paragraph of its own: it is often the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
_DROPPED = re.compile("[\x00-\x08\x0e-\x1b\x7f\u200b\u2060\ufeff]")  # control bytes, zero-width spaces
_TERMINAL = (".", "!", "?", ":", ";", '"', "\u201d", "\u2019", "'", ")", "\u2026")  # incl. closing quotes

MAX_WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 40
# Hard-wrapped plain text (mail, wire copy, Project-Gutenberg style) wraps at 60-80 columns; a block whose
# longest line is outside 40-100 characters is read as one paragraph per line. Set by hand on wrapped and
# one-paragraph-per-line fixtures (tests/documents/test_documents_normalize.py).
NEAR_FULL_SHARE = 0.6
"""A wrapped line (other than a paragraph's last) is at least this share of the block's longest line."""


def normalize_line(line: str) -> str:
    """Collapse every whitespace run in ``line`` to one space and trim it."""
    return " ".join(line.split())


def split_paragraphs(text: str, *, lines_are_paragraphs: bool = False) -> list[str]:
    """Split raw text into whitespace-normalised, non-empty paragraphs.

    ``lines_are_paragraphs`` skips the hard-wrap test (text extracted from HTML has one paragraph a line).
    """
    text = _DROPPED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(text):
        lines = [line for line in map(normalize_line, block.split("\n")) if line]
        if lines and not paragraphs and not _starts_wrapped_paragraph(lines):
            paragraphs.append(lines.pop(0))  # the headline, or the first paragraph of one-a-line text
        paragraphs.extend(_block_paragraphs(lines, lines_are_paragraphs=lines_are_paragraphs))
    return paragraphs


def _starts_wrapped_paragraph(lines: list[str]) -> bool:
    """True when the first line is the full-width start of a wrapped paragraph, not a headline."""
    longest = max(map(len, lines))
    return is_hard_wrapped(lines) and len(lines[0]) >= NEAR_FULL_SHARE * longest


def _block_paragraphs(lines: list[str], *, lines_are_paragraphs: bool) -> list[str]:
    if not lines:
        return []
    if lines_are_paragraphs:
        return lines
    if is_hard_wrapped(lines):
        return [" ".join(lines)]
    return join_broken_lines(lines)


def is_hard_wrapped(lines: Sequence[str]) -> bool:
    """True when a block's lines look like one paragraph wrapped at a fixed width.

    Most lines but the last are close to the longest line, and most of them end mid-sentence.
    """
    if len(lines) < 2:
        return False
    longest = max(map(len, lines))
    if not MIN_WRAP_WIDTH <= longest <= MAX_WRAP_WIDTH:
        return False
    body = lines[:-1]
    near_full = sum(len(line) >= NEAR_FULL_SHARE * longest for line in body)
    open_ended = sum(not line.endswith(_TERMINAL) for line in body)
    return near_full >= 0.8 * len(body) and open_ended >= 0.5 * len(body)


def join_broken_lines(lines: Sequence[str]) -> list[str]:
    """Join a line to the one before it when it continues a sentence (starts lower-case after an open end).

    HTML extraction turns ``<br>`` inside a paragraph into a line break; this undoes that.
    """
    joined: list[str] = []
    for line in lines:
        if joined and _continues(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _continues(previous: str, line: str) -> bool:
    return line[:1].islower() and not previous.endswith((".", "!", "?", "…"))


__all__ = [
    "MAX_WRAP_WIDTH",
    "MIN_WRAP_WIDTH",
    "is_hard_wrapped",
    "join_broken_lines",
    "normalize_line",
    "split_paragraphs",
]
