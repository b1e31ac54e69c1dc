"""Paragraph layout and a fast rule-based sentence splitter with character offsets (no model).

A sentence ends at ``.``, ``!`` or ``?`` (plus any closing quotes or brackets) followed by whitespace and a
capital, a digit or an opening quote, and at every paragraph break. It does not end after a known
abbreviation (``Gen.``, ``U.S.``, ``Sept.``), a single capital initial (``J. Smith``), or inside a quotation
(of up to ``MAX_QUOTE_CHARS``) that goes on after the full stop. Decimals never split: a boundary needs
whitespace after the stop. Text with almost no capitals (wire copy in lower case) may also split before a
lower-case letter. Every step is linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from flashpoint._types import CharSpan
from flashpoint.documents.model import Sentence

PARAGRAPH_BREAK = "\n\n"

ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
    "Brig", "Adm", "Cmdr", "Cdr", "Gov", "Sen", "Sens", "Rep", "Reps", "Pres", "Rev", "Hon", "Jr", "Sr",
    "St", "Mt", "Ft", "No", "Nos", "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sept", "Sep", "Oct", "Nov", "Dec", "U.S", "U.N", "U.K", "U.A.E", "e.g", "i.e", "al", "cf",
})  # fmt: skip
"""Tokens (without their final full stop) after which a full stop does not end a sentence."""

_LOWER_ABBREVIATIONS = frozenset(a.lower() for a in ABBREVIATIONS) - {"no"}
_CLOCK = frozenset({"a.m", "p.m"})
_CLOCK_FOLLOWERS = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "GMT", "UTC", "EST", "EDT", "CET", "CEST", "BST", "local",
})  # fmt: skip
"""After ``a.m.``/``p.m.``, a capital starts a sentence unless it is one of these ("10 a.m. Monday")."""

CASELESS_UPPER_SHARE = 0.01
# Below this share of upper-case letters a text is treated as case-less (e.g. MUC-4 wire copy is all lower
# case: about 0.1% capitals), and a full stop before a lower-case word may end a sentence. Edited English
# news has 3-5% capitals.

MAX_QUOTE_CHARS = 400
# A quotation up to this long stays in one sentence with its attribution ("We will not retreat. Our forces
# are ready," the commander said.), so that the claim and its claimant share a sentence. Longer quotations
# (whole statements quoted over five or more sentences in re3d's CENTCOM releases) are split like prose.

_OPENERS = "\"'\u201c\u2018([\u00ab"  # straight and curly opening quotes, brackets, guillemet
_CLOSING = "\"'\u201d\u2019)\\]\u00bb"  # the same, closing (the bracket escaped for a regex class)
_BOUNDARY = re.compile(rf"[.!?\u2026]+[{_CLOSING}]*(?=\s+([{re.escape(_OPENERS)}]?)(\w))")
_NEXT_WORD = re.compile(rf"\s*[{re.escape(_OPENERS)}]?(\w+)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LETTERS = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de]")
_QUOTES = re.compile(r"[\"“”«»]")
_CLOSERS = {"“": "”", "«": "»", '"': '"'}


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """Paragraphs joined into one text, and their spans in it."""

    text: str
    paragraphs: tuple[CharSpan, ...]


def join_paragraphs(paragraphs: Sequence[str]) -> Layout:
    """Join paragraphs with a blank line between them and record each one's ``(start, end)``."""
    spans: list[CharSpan] = []
    position = 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + len(PARAGRAPH_BREAK)
    return Layout(text=PARAGRAPH_BREAK.join(paragraphs), paragraphs=tuple(spans))


def paragraph_spans(text: str) -> tuple[CharSpan, ...]:
    """Spans of the non-empty, whitespace-trimmed blocks of ``text`` separated by blank lines."""
    spans: list[CharSpan] = []
    for match in re.finditer(r"[^\n]+(?:\n(?![^\S\n]*\n)[^\n]*)*", text):
        start, end = _trim(text, match.start(), match.end())
        if start < end:
            spans.append((start, end))
    return tuple(spans)


def is_caseless(text: str, *, sample: int = 10_000) -> bool:
    """True when ``text`` (judged on its first ``sample`` characters) has almost no capital Latin letters."""
    head = text[:sample]
    letters = len(_LETTERS.findall(head))
    return letters > 0 and len(_UPPER.findall(head)) / letters < CASELESS_UPPER_SHARE


def split_sentences(
    text: str, paragraphs: Sequence[CharSpan], *, caseless: bool | None = None
) -> tuple[Sentence, ...]:
    """Sentences of every paragraph span of ``text``, trimmed, with offsets into ``text``.

    ``caseless=None`` decides from the text itself whether it is case-less (see ``is_caseless``).
    """
    case = _CaseMode(text, caseless)
    sentences: list[Sentence] = []
    for index, (start, end) in enumerate(paragraphs):
        spans = _paragraph_sentences(text, start, end, case)
        sentences.extend(Sentence(start=s, end=e, paragraph=index) for s, e in spans)
    return tuple(sentences)


class _CaseMode:
    """Whether the text is case-less, decided only when a full stop before a lower-case word needs it."""

    __slots__ = ("_caseless", "_text")

    def __init__(self, text: str, caseless: bool | None) -> None:
        self._text, self._caseless = text, caseless

    def caseless(self) -> bool:
        if self._caseless is None:
            self._caseless = is_caseless(self._text)
        return self._caseless


def _paragraph_sentences(text: str, start: int, end: int, case: _CaseMode) -> Iterator[CharSpan]:
    quotes = _QuoteSpans(text, start, end)
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if not _is_boundary(text, match, start, case) or quotes.continues_over(match.start(), match.end()):
            continue
        span = _trim(text, cursor, match.end())
        if span[0] < span[1]:
            yield span
        cursor = match.end()
    span = _trim(text, cursor, end)
    if span[0] < span[1]:
        yield span


def _is_boundary(text: str, match: re.Match[str], paragraph_start: int, case: _CaseMode) -> bool:
    opener, first = match.group(1), match.group(2)
    lower_start = not (opener or first.isupper() or first.isdigit())
    if lower_start and not (first.isalpha() and case.caseless()):
        return False
    if text[match.start()] != "." or match.group(0).startswith(".."):
        return True
    token = _token_before(text, match.start(), paragraph_start)
    return not _is_abbreviation(token, lambda: _word_at(text, match.end()), lower_start)


def _token_before(text: str, position: int, floor: int) -> str:
    """The word that ends at ``position`` (a full stop), without leading opening quotes or brackets."""
    window_start = max(floor, position - 40)
    window = text[window_start:position]
    return window.rsplit(None, 1)[-1].lstrip(_OPENERS) if window.strip() else ""


def _word_at(text: str, position: int) -> str:
    match = _NEXT_WORD.match(text, position)
    return match.group(1) if match else ""


def _is_abbreviation(token: str, next_word: Callable[[], str], lower_start: bool) -> bool:
    if token.lower() in _CLOCK:
        return next_word() in _CLOCK_FOLLOWERS
    if token in ABBREVIATIONS or (lower_start and token.lower() in _LOWER_ABBREVIATIONS):
        return True
    if len(token) == 1 and token.isupper():
        return True
    return _DOTTED.fullmatch(token) is not None


class _QuoteSpans:
    """Closed quotations in one paragraph, to tell whether a full stop falls inside one that goes on.

    A quotation that never closes within its paragraph is ignored, so an unbalanced quote mark cannot
    swallow the rest of the paragraph; so is one longer than ``MAX_QUOTE_CHARS``, whose sentences are split.
    """

    __slots__ = ("_closes", "_opens")

    def __init__(self, text: str, start: int, end: int) -> None:
        spans = [(a, b) for a, b in _quote_spans(text, start, end) if b - a <= MAX_QUOTE_CHARS]
        self._opens = [open_at for open_at, _ in spans]
        self._closes = [close_at for _, close_at in spans]

    def continues_over(self, stop_start: int, stop_end: int) -> bool:
        """True when a quotation opened before ``stop_start`` closes only after ``stop_end``."""
        index = bisect_right(self._opens, stop_start - 1) - 1
        return index >= 0 and self._closes[index] >= stop_end


def _quote_spans(text: str, start: int, end: int) -> list[CharSpan]:
    spans: list[CharSpan] = []
    open_char, open_at = "", -1
    for match in _QUOTES.finditer(text, start, end):
        char = match.group(0)
        if open_char and char == _CLOSERS[open_char]:
            spans.append((open_at, match.start()))
            open_char = ""
        elif char in _CLOSERS and (not open_char or char == open_char):
            open_char, open_at = char, match.start()
    return spans


def _trim(text: str, start: int, end: int) -> CharSpan:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


__all__ = [
    "ABBREVIATIONS",
    "CASELESS_UPPER_SHARE",
    "MAX_QUOTE_CHARS",
    "PARAGRAPH_BREAK",
    "Layout",
    "is_caseless",
    "join_paragraphs",
    "paragraph_spans",
    "split_sentences",
]
