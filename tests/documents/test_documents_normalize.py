"""Whitespace normalisation and paragraph splitting of plain text."""

from __future__ import annotations

import pytest

from flashpoint.documents.normalize import is_hard_wrapped, join_broken_lines, split_paragraphs

WRAPPED = (
    "The army said on Monday that it had repelled an attack by militants near the\n"
    "town of Saraqib, killing at least twelve of them and destroying three of their\n"
    "vehicles, a claim that could not be independently verified by reporters."
)
WRAPPED_JOINED = WRAPPED.replace("\n", " ")

CASES = [
    (
        "Headline\n\nFirst paragraph.\n\nSecond paragraph.",
        ["Headline", "First paragraph.", "Second paragraph."],
    ),
    ("Headline\nFirst paragraph right under it.", ["Headline", "First paragraph right under it."]),
    ("One per line.\nAnother line.\nA third line.", ["One per line.", "Another line.", "A third line."]),
    (f"Headline\n\n{WRAPPED}\n\nNext.", ["Headline", WRAPPED_JOINED, "Next."]),
    (f"Headline\n{WRAPPED}", ["Headline", WRAPPED_JOINED]),
    (WRAPPED, [WRAPPED_JOINED]),
    (
        "  Spaces \t and\u00a0no-break   spaces  \n\n\n\n  collapse.  ",
        ["Spaces and no-break spaces", "collapse."],
    ),
    ("Windows\r\nline\r\n\r\nendings", ["Windows", "line", "endings"]),
    ("Zero\u200bwidth and \x07bell go", ["Zerowidth and bell go"]),
    (
        "\u201cCurly\u201d quotes and apostrophes\u2019 stay",
        ["\u201cCurly\u201d quotes and apostrophes\u2019 stay"],
    ),
    ("\n\n   \n", []),
    (
        "Headline\nStrikes in support of the \ncampaign\n now total 6,602.",
        ["Headline", "Strikes in support of the campaign now total 6,602."],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_split_paragraphs(raw: str, expected: list[str]) -> None:
    assert split_paragraphs(raw) == expected


def test_lines_are_paragraphs_skips_unwrapping() -> None:
    assert split_paragraphs(f"Title\n\n{WRAPPED}", lines_are_paragraphs=True) == [
        "Title",
        *WRAPPED.split("\n"),
    ]


@pytest.mark.parametrize(
    ("lines", "wrapped"),
    [
        (WRAPPED.split("\n"), True),
        (["Short.", "Lines.", "Here."], False),
        (
            ["A sentence that ends here.", "Another sentence that also ends.", "And one more that ends."],
            False,
        ),
        (["x" * 150, "y" * 150], False),
        (["Only one line"], False),
    ],
    ids=["wrapped", "short", "sentence-per-line", "too-wide", "single"],
)
def test_is_hard_wrapped(lines: list[str], wrapped: bool) -> None:
    assert is_hard_wrapped(lines) is wrapped


def test_join_broken_lines_only_joins_continuations() -> None:
    lines = ["Shells hit the town", "of Ariha on Friday.", "Rescuers arrived.", "two hours later"]
    assert join_broken_lines(lines) == [
        "Shells hit the town of Ariha on Friday.",
        "Rescuers arrived.",
        "two hours later",
    ]
