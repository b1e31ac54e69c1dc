from __future__ import annotations

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.mentions.casualties import find_casualty_mentions
from flashpoint.mentions.numbers import parse_number


def _figures(text: str) -> list[tuple[str, int, str | None, str, bool]]:
    sentences = [Sentence(start=0, end=len(text), paragraph=0)]
    return [
        (m.outcome.value, m.count, m.quantifier, m.victim_class.value, m.negated)
        for m in find_casualty_mentions(text, sentences)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sources claim that at least 20 Syrian soldiers were killed in the clashes.",
            [("killed", 20, "at least", "combatant", False)],
        ),
        (
            "Five civilians were reportedly killed and 15 others injured in a rocket strike.",
            [("killed", 5, None, "civilian", False), ("injured", 15, None, "civilian", False)],
        ),
        (
            "An IED attack killed two soldiers and wounded three others.",
            [("killed", 2, None, "combatant", False), ("injured", 3, None, "combatant", False)],
        ),
        (
            "The government denied casualties.",
            [("killed", 0, None, "unknown", True), ("injured", 0, None, "unknown", True)],
        ),
        ("The death toll rose to 12 on Sunday.", [("killed", 12, None, "unknown", False)]),
        ("The raid resulted in 3 fatalities.", [("killed", 3, None, "unknown", False)]),
        ("Dozens of people were killed.", [("killed", 12, "dozens of", "unknown", False)]),
        (
            "The blast left 4 dead and 9 injured.",
            [("killed", 4, None, "unknown", False), ("injured", 9, None, "unknown", False)],
        ),
        ("The strike killed between 5 and 7 people.", [("killed", 5, "between", "unknown", False)]),
        ("A man was shot dead at a checkpoint.", [("killed", 1, None, "unknown", False)]),
        ("An attack killed the deal in 2020.", []),
        ("The 2019 offensive began.", []),
    ],
    ids=[
        "at-least-soldiers",
        "civilians-and-others",
        "active-verb",
        "denial",
        "toll",
        "fatalities-noun",
        "vague-dozens",
        "left-dead",
        "range",
        "article-as-one",
        "no-figure",
        "year-is-not-a-figure",
    ],
)
def test_casualty_figures(text: str, expected: list[tuple[str, int, str | None, str, bool]]) -> None:
    assert _figures(text) == expected


def test_range_keeps_high_end() -> None:
    text = "The strike killed between 5 and 7 people."
    (mention,) = find_casualty_mentions(text, [Sentence(start=0, end=len(text), paragraph=0)])
    assert (mention.count, mention.high) == (5, 7)
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25", 25),
        ("1,200", 1200),
        ("twenty-five", 25),
        ("two hundred and five", 205),
        ("Five", 5),
        ("a dozen", 12),
        ("several", 3),
        ("a number of", 10),
        ("banana", None),
    ],
    ids=[
        "digits",
        "thousands",
        "hyphenated",
        "hundreds",
        "capitalised",
        "dozen",
        "several",
        "unknown-number",
        "not-a-number",
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value
