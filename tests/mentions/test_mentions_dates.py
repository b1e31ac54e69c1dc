from __future__ import annotations

from datetime import date

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.mentions.dates import date_reference, find_date_mentions, find_dateline
from flashpoint.mentions.model import TimePrecision, YearSource

TODAY = date(2026, 11, 26)


def _one_sentence(text: str) -> list[Sentence]:
    return [Sentence(start=0, end=len(text), paragraph=0)]


def _dates(text: str, published: date | None) -> list[tuple[date, TimePrecision, YearSource]]:
    reference = date_reference(text, published, TODAY)
    return [
        (m.value, m.precision, m.year_source)
        for m in find_date_mentions(text, _one_sentence(text), reference)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Late on March 17, gunmen attacked.", date(2020, 3, 19), (date(2020, 3, 17), 1, "publication")),
        ("on March 18 a rocket hit", date(2020, 3, 19), (date(2020, 3, 18), 1, "publication")),
        ("On 9 May 2020, clashes erupted", None, (date(2020, 5, 9), 1, "explicit")),
        ("yesterday a mortar fell", date(2021, 1, 1), (date(2020, 12, 31), 1, "publication")),
        ("last week troops withdrew", date(2021, 1, 10), (date(2021, 1, 3), 2, "publication")),
        ("late on Tuesday gunmen", date(2023, 6, 16), (date(2023, 6, 13), 1, "publication")),
        ("on December 30 shelling", date(2021, 1, 2), (date(2020, 12, 30), 1, "publication")),
        ("earlier this month protests", date(2022, 8, 20), (date(2022, 8, 1), 3, "publication")),
        ("the 2019-07-04 raid", None, (date(2019, 7, 4), 1, "explicit")),
        ("in early May 2020 the offensive", None, (date(2020, 5, 1), 3, "explicit")),
    ],
    ids=[
        "month-day",
        "on-month-day",
        "day-month-year",
        "yesterday",
        "last-week",
        "weekday",
        "year-rollover",
        "this-month",
        "iso",
        "month-year",
    ],
)
def test_resolves_against_publication_date(
    text: str, published: date | None, expected: tuple[date, int, str]
) -> None:
    value, precision, source = _dates(text, published)[0]
    assert (value, int(precision), source.value) == expected


def test_year_inferred_from_text_without_publication_date() -> None:
    text = "Late on March 17, an attack was repelled. Nobody expected a war in early 2020."
    value, _, source = _dates(text, None)[0]
    assert value == date(2020, 3, 17)
    assert source == YearSource.INFERRED


def test_no_year_anywhere_is_flagged_unknown() -> None:
    value, _, source = _dates("On March 3 a convoy was ambushed.", None)[0]
    assert value.year == TODAY.year
    assert source == YearSource.UNKNOWN


def test_relative_dates_need_a_reference() -> None:
    assert _dates("Yesterday, gunmen attacked a market.", None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed 19 Apr 2017\nAleppo, SANA - Terrorists", date(2017, 4, 19)),
        ("KHARTOUM, 14 June 2021 (Agency) - Gunmen", date(2021, 6, 14)),
        ("March 3, 2022 - Shelling hit", date(2022, 3, 3)),
        ("No dateline here at all.", None),
    ],
    ids=["weekday-dateline", "city-dateline", "us-dateline", "none"],
)
def test_dateline(text: str, expected: date | None) -> None:
    assert find_dateline(text) == expected


def test_dateline_becomes_the_reference() -> None:
    text = "Wed 19 Apr 2017 Aleppo - On Tuesday, shells hit the city."
    values = [v for v, _, _ in _dates(text, None)]
    assert date(2017, 4, 18) in values


@pytest.mark.parametrize(
    "text",
    ["You may leave now.", "They will march on the capital", "In March"],
    ids=["may-verb", "march-verb", "bare-month-no-year-lowercase-context"],
)
def test_month_words_that_are_not_dates(text: str) -> None:
    found = _dates(text, date(2020, 5, 9))
    assert all(v.day == 1 for v, _, _ in found) and len(found) <= 1
    if text != "In March":
        assert found == []
