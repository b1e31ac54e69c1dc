"""A line that only says where and when (an incident log's location entry) is no event."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events.triggers import place_line
from flashpoint.pipeline.api import extract_text

# Location entries in the style of a strike log: date, entry code, place names in two scripts.
LOG_ENTRIES = [
    "August 9th 2024: (K212a) Old Grain Market, 14 July Street, Raqqa city, Raqqa governorate, Syria",
    "August 9th 2024: (K213) شارع الوادي Wadi street, al-Mashlab neighbourhood, Raqqa, Raqqa governorate",
    "Desert road 40km south-west of Tabqa, Raqqa governorate Syria",
    "September 2nd 2024: (K230) Road from Hajin to al-Susah, Deir Ezzor governorate, Syria",
]


@pytest.mark.parametrize("line", LOG_ENTRIES)
def test_location_entry_is_a_place_line(line: str) -> None:
    assert place_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Demonstration in Kabul, Afghanistan",  # the first word is an event noun, capitalised
        "Protesters gathered near the governorate building in Raqqa",
        "Tabqa, Raqqa",  # no lower-case word: left to the classifier
        "Calm prevails in the countryside of Raqqa",
    ],
)
def test_line_with_other_words_is_no_place_line(line: str) -> None:
    assert not place_line(line)


@pytest.mark.parametrize("line", LOG_ENTRIES)
def test_location_entry_gives_no_event(line: str) -> None:
    result = extract_text(line, published=date(2024, 9, 10), doc_id="log", country_hint="Syria")
    assert result.events == ()


def test_entry_that_names_an_act_still_gives_its_event() -> None:
    text = "August 9th 2024: (K214) Air strike on a bakery, al-Mashlab neighbourhood, Raqqa, Raqqa governorate, Syria"
    result = extract_text(text, published=date(2024, 9, 10), doc_id="log", country_hint="Syria")
    assert [e.sub_event_type for e in result.events] == ["Air/drone strike"]
    assert result.events[0].event_date == date(2024, 8, 9)
