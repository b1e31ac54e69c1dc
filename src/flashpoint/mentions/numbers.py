"""Numbers as written in reports: digits, words ("twenty-five"), vague quantities ("dozens").

Vague quantities follow ACLED's coding conventions: "a dozen"/"dozens" -> 12, "several" -> 3, and an unknown but
non-zero number ("a number of", "an unknown number of", "many", "scores of") -> 10. Calibrated against the ACLED
coding notes in the development data (acled_2020-05.csv: notes saying "dozens" killed are coded 12, "several" 3,
"a number of" or "an unknown number of" 10).
"""

from __future__ import annotations

import re

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
    "a high number of": 10, "a group of": 10,
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

_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", "thousand"], key=len, reverse=True))
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


__all__ = ["NUMBER_PATTERN", "UNKNOWN_SOME", "VAGUE", "parse_number"]
