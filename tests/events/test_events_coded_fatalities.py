"""Fatalities that add to earlier ones, and a coder's note that states the figure to record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from flashpoint.events.model import Event

PUBLISHED = date(2021, 9, 14)
OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)


def test_figures_another_source_adds_count_with_the_first(one_event: OneEvent) -> None:
    text = (
        "On 12 September 2021, 3 soldiers were killed when insurgents attacked an army post in Khost city. "
        "Provincial officials said that 6 insurgents were also killed in the fighting."
    )
    event = one_event(text, PUBLISHED)
    assert event.fatalities == 9
    assert sorted(c.value for c in event.claims if c.field == "fatalities") == [3, 6]


def test_other_victims_of_the_same_kind_add_up(one_event: OneEvent) -> None:
    text = (
        "On 12 September 2021, 2 policemen were killed in an attack by gunmen on a checkpoint in Khost city. "
        "2 other policemen were killed when they arrived as reinforcements."
    )
    event = one_event(text, PUBLISHED)
    assert event.fatalities == 4


def test_a_toll_after_an_addition_already_counts_it(one_event: OneEvent) -> None:
    text = (
        "On 12 September 2021, gunmen attacked a police patrol in Khost city and a man died. "
        "Another two men were found dead the next day. 3 fatalities."
    )
    event = one_event(text, PUBLISHED)
    assert event.fatalities == 3


def test_a_coders_note_sets_the_recorded_figure_and_keeps_the_claims(one_event: OneEvent) -> None:
    text = (
        "On 12 September 2021, 2 soldiers were killed by an insurgent sniper in Khost city. "
        "Fatalities coded as 0 (the insurgents' outlet reported 2)."
    )
    event = one_event(text, PUBLISHED)
    assert event.fatalities == 0
    assert [c.value for c in event.claims if c.field == "fatalities"] == [2]
    assert any(e.field == "fatalities" and e.text.startswith("Fatalities coded as 0") for e in event.evidence)
    assert any("coding note" in note for note in event.notes)


def test_a_split_note_records_the_share_of_this_event(one_event: OneEvent) -> None:
    text = (
        "On 12 September 2021, the air force struck insurgent positions in two districts of Khost province, "
        "killing 18 insurgents. Fatalities split between 2 events."
    )
    event = one_event(text, PUBLISHED)
    assert event.fatalities == 9
