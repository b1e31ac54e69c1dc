"""Numbers as written in reports: digits, words ("twenty-five"), vague quantities ("dozens").

Vague quantities follow ACLED's coding conventions: "a dozen"/"dozens" -> 12, "several" -> 3, and an unknown but
non-zero number ("a number of", "an unknown number of", "many", "scores of") -> 10. Calibrated against the ACLED
coding notes in the development data (acled_2020-05.csv: notes saying "dozens" killed are coded 12, "several" 3,
"a number of" or "an unknown number of" 10).
"""

from __future__ import annotations

import re
from typing import TypeAlias

_UNITS: dict[str, int] = {
    "zero": 0,
    "no": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "couple": 2,
    "pair": 2,
}
_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
VAGUE: dict[str, int] = {
    "a dozen": 12,
    "dozen": 12,
    "dozens": 12,
    "dozens of": 12,
    "two dozen": 24,
    "half a dozen": 6,
    "several": 3,
    "a few": 2,
    "few": 2,
    "a handful of": 3,
    "handful of": 3,
    "a couple of": 2,
    "a number of": 10,
    "an unknown number of": 10,
    "unknown number of": 10,
    "an unspecified number of": 10,
    "unspecified number of": 10,
    "an undetermined number of": 10,
    "a large number of": 10,
    "large numbers of": 10,
    "a high number of": 10,
    "a group of": 10,
    "many": 10,
    "scores of": 10,
    "numerous": 10,
    "tens of": 10,
    "hundreds": 100,
    "hundreds of": 100,
    "thousands": 1000,
    "thousands of": 1000,
}
UNKNOWN_SOME = 10  # ACLED's figure for "fatalities were reported" with no number (see the module docstring)
# The VAGUE quantifiers that say the report does not know the number (ACLED codes each alone as UNKNOWN_SOME)
UNKNOWN_NUMBERS = frozenset(
    {
        "a number of",
        "an unknown number of",
        "unknown number of",
        "an unspecified number of",
        "unspecified number of",
        "an undetermined number of",
    }
)


_Node: TypeAlias = dict[str, "_Node"]  # a prefix tree of letters; the key "" marks the end of a word


def word_alternation(*patterns: str) -> str:
    """One regex for a finite set of words, as a prefix tree: "police officers" and "police" share "police".

    ``patterns`` are word lists in a small regex dialect: letters and spaces, ``s?`` (an optional letter or
    group), ``[ae]`` (one of some letters), ``(?:fe|ves)`` and ``|``. Python's ``re`` tries the branches of an
    alternation one by one at every position; with several hundred victim nouns that was the casualty finder's
    largest cost. A tree of shared prefixes tries each letter once. Longer words win ("police officers" over
    "police") because every optional tail is greedy; a space matches any run of white space.
    """
    root: _Node = {}
    for pattern in patterns:
        words, _ = _expand(pattern, 0)
        for word in words:
            node = root
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}
    return _tree_pattern(root)


def _expand(pattern: str, position: int) -> tuple[list[str], int]:
    """The words of the alternation starting at ``position``, and where it ends (at ")" or the end)."""
    found: list[str] = []
    words = [""]
    while position < len(pattern) and pattern[position] != ")":
        if pattern[position] == "|":
            found, words, position = found + words, [""], position + 1
            continue
        unit, position = _expand_unit(pattern, position)
        if position < len(pattern) and pattern[position] == "?":
            unit, position = [*unit, ""], position + 1
        words = [word + tail for word in words for tail in unit]
    return found + words, position


def _expand_unit(pattern: str, position: int) -> tuple[list[str], int]:
    if pattern.startswith("(?:", position):
        inner, end = _expand(pattern, position + 3)
        return inner, end + 1
    if pattern[position] == "[":
        end = pattern.index("]", position)
        return list(pattern[position + 1 : end]), end + 1
    if pattern[position] in "()*+{}\\^$.":
        raise ValueError(
            f"word list {pattern!r}: {pattern[position]!r} is not supported; write the words out in full"
        )
    return [pattern[position]], position + 1


def _tree_pattern(node: _Node) -> str:
    branches = [_letter(char) + _tree_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _letter(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


_NUMBER_WORD = word_alternation(*_UNITS, *_TENS, "hundred", "thousand")
NUMBER_PATTERN = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)"
    rf"|(?:(?:{_NUMBER_WORD})(?:[\s-](?:and\s)?(?:{_NUMBER_WORD}))*)"
)
"""A number in digits or words; may match "a"/"an"/"no" (callers that mean only counts exclude them)."""

_NUMBER_RE = re.compile(rf"^(?:{NUMBER_PATTERN})$", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """``"25"``, ``"1,200"``, ``"twenty-five"``, ``"two hundred and five"``, ``"dozens"`` -> int, else None."""
    cleaned = " ".join(text.strip().lower().split())
    if cleaned in VAGUE:
        return VAGUE[cleaned]
    if not _NUMBER_RE.match(cleaned):
        return None
    if cleaned[0].isdigit():
        return int(cleaned.replace(",", ""))
    return _parse_words(re.split(r"[\s-]+", cleaned))


def _parse_words(words: list[str]) -> int | None:
    if "no" in words and len(words) > 1:
        return None  # "no one" is nobody, not a number
    total, current = 0, 0
    for word in words:
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


__all__ = ["NUMBER_PATTERN", "UNKNOWN_NUMBERS", "UNKNOWN_SOME", "VAGUE", "parse_number", "word_alternation"]
