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


# --- numeric dates, ranges, web datelines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/06/2016: Assailants attacked a village.", [date(2016, 3, 6)]),
        ("Reported 13/05/2020; a second raid followed on 05/06/2020.", [date(2020, 5, 13), date(2020, 6, 5)]),
        ("05.10.2017 (updated 05.10.2017) A mortar attack hit the market.", [date(2017, 10, 5)] * 2),
        ("06-01-2016 Eight people were killed in mortar fire.", [date(2016, 1, 6)]),
        ("Fighting between 3 and 5 May 2020 killed four.", [date(2020, 5, 3)]),
        ("Shelling overnight 8-9 May 2020 hit the town.", [date(2020, 5, 8)]),
        ("Clashes that lasted between 30 April-1 May 2020 displaced dozens.", [date(2020, 4, 30)]),
        ("Around 9 May 2020 (as reported), a body was found.", [date(2020, 5, 9)]),
        ("Reported on 28 April 2020, an airstrike hit a house.", [date(2020, 4, 28)]),
    ],
    ids=[
        "month-first-slashes",
        "vote-day-first",
        "day-first-dots",
        "day-first-dashes",
        "range-between",
        "overnight-range",
        "range-across-months",
        "around",
        "reported-on",
    ],
)
def test_numeric_dates_and_ranges(text: str, expected: list[date]) -> None:
    assert [v for v, _, _ in _dates(text, None)] == expected


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Shelling overnight 8-9 May 2020 hit the town.", TimePrecision.DAY),
        ("Fighting between 3 and 5 May 2020 killed four.", TimePrecision.WEEK),
        ("Arrests from 14 April-8 May 2020 were reported.", TimePrecision.MONTH),
    ],
    ids=["one-night-is-a-day", "days-are-a-week", "weeks-are-a-month"],
)
def test_range_precision(text: str, precision: TimePrecision) -> None:
    assert _dates(text, None)[0][1] == precision


@pytest.mark.parametrize(
    "text",
    [
        "The ban stays effective until May 23.",
        "The war has raged since March 2011.",
        "Talks must end before 30 June 2021.",
    ],
    ids=["until", "since", "before"],
)
def test_times_that_do_not_date_an_event(text: str) -> None:
    assert _dates(text, date(2021, 5, 8)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published July 27 2016 A twin bombing struck a crowd", date(2016, 7, 27)),
        ("Last updated at Apr 152017 A car bomb hit buses", date(2017, 4, 15)),
        ("Mon Aug 12 2013 Extremists raided villages", date(2013, 8, 12)),
        ("Saturday 03 December 2016 17:53 Onslaught on the city", date(2016, 12, 3)),
        ("25-04-2016 Eight killed in a car bomb", date(2016, 4, 25)),
        ("02/28/2016: Assailants fired rockets", date(2016, 2, 28)),
        (
            "Blast at border crossing kills 20 rebels Monitor AFP Thursday 6 Oct 2016 At least 20",
            date(2016, 10, 6),
        ),
    ],
    ids=[
        "month-day-year-no-comma",
        "glued-day-year",
        "weekday-month-day-year",
        "weekday-day-month-time",
        "day-first-dashes",
        "numeric-header",
        "after-a-headline",
    ],
)
def test_web_datelines(text: str, expected: date) -> None:
    assert find_dateline(text) == expected


def test_weekday_is_resolved_against_a_web_dateline() -> None:
    text = "Published July 27 2016 A twin bombing struck a crowd on Monday."
    values = [v for v, _, _ in _dates(text, None)]
    assert values == [date(2016, 7, 27), date(2016, 7, 25)]


def test_weekday_before_a_date_is_not_a_separate_date() -> None:
    values = [v for v, _, _ in _dates("Mon Aug 12 2013 Extremists raided villages.", None)]
    assert values == [date(2013, 8, 12)]


def test_ambiguous_numeric_date_can_be_fixed_by_the_caller() -> None:
    text = "05/06/2020 rockets hit the base."
    reference = date_reference(text, None, TODAY)
    found = find_date_mentions(text, _one_sentence(text), reference, day_first=True)
    assert [m.value for m in found] == [date(2020, 6, 5)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Daily report 01/02/2016: two shells hit the market.", date(2016, 2, 3), date(2016, 2, 1)),
        ("Daily report 01/02/2016: two shells hit the market.", date(2016, 1, 4), date(2016, 1, 2)),
        ("Daily report 04/05/2016: a later report, not a future one.", date(2016, 4, 6), date(2016, 4, 5)),
        (
            "Report 13/05/2016, then 04/05/2016: the document's own order wins.",
            date(2016, 4, 6),
            date(2016, 5, 4),
        ),
    ],
    ids=["day-first-nearer", "month-first-nearer", "future-reading-penalised", "document-order-wins"],
)
def test_ambiguous_numeric_date_takes_the_reading_nearest_the_publication(
    text: str, published: date, expected: date
) -> None:
    assert _dates(text, published)[-1][0] == expected
