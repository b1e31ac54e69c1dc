"""A relative clause on a person tells what befell a participant, the main clause the event; and three
words the lexicon lacked (a guided anti-tank missile, a dharna, a vehicle seized). Project-written reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.model import Event
from flashpoint.events.triggers import find_triggers

OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)
ON = date(2023, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2023, traders marched to the deputy commissioner's office in Silchar, asking for justice for a "
        "grocer who was abducted and killed by masked men a week ago.",
        # the event-type model reads this one as an abduction (above 0.7): the protest anchor holds
        "On 4 June 2023, shop owners rallied in front of the district court in Silchar to call for the trial of "
        "the kidnappers of a grocer who was abducted and shot dead by masked men seven days earlier.",
    ],
    ids=["march", "rally-the-model-reads-as-abduction"],
)
def test_a_protest_for_a_man_who_was_abducted_is_a_protest(one_event: OneEvent, text: str) -> None:
    event = one_event(text, ON)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


def test_what_the_victims_were_doing_still_counts(one_event: OneEvent) -> None:
    """ "who were demonstrating" is no passive: the protesters attacked make excessive force, not an attack."""
    text = (
        "On 4 June 2023, villagers who were demonstrating against a quarry near Tapachula were shot at by "
        "municipal police. Three demonstrators were wounded by bullets."
    )
    event = one_event(text, ON)
    assert event.event_type == "Protests"


def test_the_abduction_alone_in_its_sentence_stays_the_event(one_event: OneEvent) -> None:
    text = "On 4 June 2023, masked men abducted a grocer who was walking home from the bus stand in Silchar."
    assert one_event(text, ON).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 June 2023, rebels destroyed an army armoured vehicle near Kafr Nabl using an ATGM.",
            "Shelling/artillery/missile attack",
        ),
        (
            "On 4 June 2023, hundreds of farmers staged a dharna outside the district collectorate in Bathinda "
            "over crop losses.",
            "Peaceful protest",
        ),
        (
            "On 4 June 2023, militiamen seized two trucks of a mining company near Walikale.",
            "Looting/property destruction",
        ),
    ],
    ids=["atgm", "dharna", "seized-trucks"],
)
def test_words_the_lexicon_lacked(one_event: OneEvent, text: str, expected: str) -> None:
    assert one_event(text, ON).sub_event_type == expected


@pytest.mark.parametrize("word", ["dharna", "gherao"])
def test_south_asian_protest_words_are_protest_triggers(word: str) -> None:
    text = (
        f"Hundreds of farmers staged a {word} outside the district collectorate in Bathinda over crop losses."
    )
    triggers = find_triggers(text, (Sentence(start=0, end=len(text), paragraph=0),))
    assert [t.sub_event_type for t in triggers if t.text == word] == ["Peaceful protest"]


def test_an_attack_on_a_protest_told_in_the_main_clause_stays_an_attack(one_event: OneEvent) -> None:
    """The protest anchor holds only against violence no trigger of the event tells; here "opened fire" does."""
    event = one_event(
        "On 4 June 2023, gunmen opened fire on a candlelight vigil in Silchar, wounding three people.", ON
    )
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
