"""Runs of capitalised words that run on into the next name, organisation names that hold a place, and
"Rural X" in any case: project-written text, a stand-in gazetteer and the shipped actor KB and registry."""

from __future__ import annotations

import re

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.mentions.model import PlaceMention, PlaceRelation
from flashpoint.mentions.places import find_place_mentions

KNOWN = {
    "aleppo",
    "damascus",
    "deir ezzor",
    "deir",
    "hama",
    "homs",
    "idlib",
    "iraq",
    "levant",
    "syria",
    "tabqa",
    "middle shabelle",
    "mexico city",
    "mexico",
    "kafr",
    "simon rodriguez",
    "ein al-assad",
    "wadi wa al rumman",
    "tell de la rosa",
    "mine",
    "city hall",
    "al-qasr",
    "abu kamal",
    "nuqat al khams",
    "kamal",
    "sheikh miskin",
    "imam sahib",
    "sheikh hassan",
    "kunduz",
    "san juan",
    "san juan de los lagos",
}


def is_known(name: str) -> bool:
    return name.lower() in KNOWN


def find(text: str) -> tuple[PlaceMention, ...]:
    sentences = [
        Sentence(start=m.start(), end=m.end(), paragraph=0) for m in re.finditer(r"[^.!?]+[.!?]?", text)
    ]
    return find_place_mentions(text, sentences, is_known)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy clashes broke out in Hama Jabhat al-Nusra fighters said.", ["Hama"]),
        ("Mortar fire killed three in Homs Sunday morning.", ["Homs"]),
        ("Shelling hit Idlib January 3 a resident said.", ["Idlib"]),
        ("Shelling kills four in Syrias Deir Ezzor Monitor AFP", ["Syria", "Deir Ezzor"]),
        ("A drone struck north of the city of Manbij Syria a spokesman said.", ["Manbij", "Syria"]),
        ("Two were wounded in Hama SANA reported.", ["Hama"]),
        ("Protesters gathered in Mexico City on Friday.", ["Mexico City"]),
    ],
    ids=["organisation", "weekday", "month", "attribution", "country-after", "acronym", "known-whole"],
)
def test_a_placed_run_stops_where_the_next_name_starts(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A unit of the Islamic State in Iraq and the Levant shelled Hama.", ["Hama"]),
        ("The Aleppo Media Center said nine died in Idlib.", ["Idlib"]),
        ("Residents met near the Simon Rodriguez University on Monday.", []),
        ("A fighter of Jaish al-Islam was killed in Damascus.", ["Damascus"]),
    ],
    ids=["actor-alias", "organisation-words", "university", "arabic-organisation"],
)
def test_an_organisation_name_holds_no_place(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


def test_an_outlet_name_that_is_part_of_a_known_place_is_still_the_place() -> None:
    text = "Gunmen abducted a trader near Balcad (Balcad, Middle Shabelle)."
    assert "Middle Shabelle" in [m.name for m in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Barrel bombs fell on Rural Aleppo overnight.",
        "Barrel bombs fell on rural Aleppo overnight.",
        "Barrel bombs fell on the Aleppo countryside overnight.",
    ],
    ids=["title-case", "lower-case", "countryside"],
)
def test_rural_x_is_the_countryside_of_x_in_any_case(text: str) -> None:
    (mention,) = find(text)
    assert (mention.name, mention.relation) == ("Aleppo", PlaceRelation.REGION)


@pytest.mark.parametrize(
    "text",
    [
        "Keywords Syria Aleppo shelling. Later Aleppo was shelled again.",
        "Strikes on Rural Aleppo. Later Aleppo was shelled again.",
    ],
    ids=["country-in-run", "rural-in-run"],
)
def test_a_rejected_run_with_a_country_or_rural_is_no_person(text: str) -> None:
    assert "Aleppo" in [m.name for m in find(text)[-1:]]


def test_a_run_of_direction_and_unit_words_is_no_place() -> None:
    assert [m.name for m in find("Troops advanced in Southern City of Hama Monday")] == ["Hama"]


def test_a_leaders_possessive_without_its_apostrophe_is_no_place() -> None:
    assert [m.name for m in find("Assads air force bombed Idlib.")] == ["Idlib"]


def test_an_unplaced_run_is_left_whole() -> None:
    """Without a locative the run is a name of its own ("Tabqa Syria Fund" could be anything)."""
    assert [m.name for m in find("Donors met the Tabqa Syria Fund board.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Air raids hit Wadi wa al Rumman district (Hama).", ["Wadi wa al Rumman", "Hama"]),
        ("Shots were fired in Tell de la Rosa (Homs).", ["Tell de la Rosa", "Homs"]),
    ],
    ids=["arabic-and", "two-connectors"],
)
def test_a_chain_of_connectors_joins_a_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells fell near Zorya Mine at dawn.", ["near Zorya Mine"]),
        ("Crowds gathered at the City Hall in Homs on Monday.", ["Homs"]),
    ],
    ids=["mine", "hall"],
)
def test_a_facility_word_alone_is_no_place(text: str, expected: list[str]) -> None:
    assert [m.text for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warplanes struck in Abu al-Qasr town of Idlib countryside.", ["Abu al-Qasr", "Idlib"]),
        ("Shelling hit Abu Kamal on Monday.", ["Abu Kamal"]),
        ("Drones struck at Tell Safa (An Nuqat al Khams).", ["Tell Safa", "Nuqat al Khams"]),
    ],
    ids=["particle-kept-with-name", "known-whole", "article-before-known"],
)
def test_a_name_particle_is_not_split_off_as_a_place(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


def test_in_the_vicinity_of_is_a_strong_place_cue() -> None:
    (mention,) = find("Clashes went on in the vicinity of Kherbet Nafsa on Monday.")
    assert (mention.name, mention.relation, mention.text) == (
        "Kherbet Nafsa",
        PlaceRelation.NEAR,
        "in the vicinity of Kherbet Nafsa",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes erupted in Sheikh Miskin at dawn.", ["Sheikh Miskin"]),
        ("Militants attacked a post in Imam Sahib district, Kunduz.", ["Imam Sahib", "Kunduz"]),
        ("Sheikh Hassan said three died in Homs.", ["Homs"]),  # a title before a name is a person's
        ("The governor met Imam Sahib, a tribal elder, in Kunduz.", ["Kunduz"]),
    ],
    ids=["after-locative", "before-unit-word", "person-speaks", "person-met"],
)
def test_a_place_whose_name_opens_with_a_title_is_kept_where_a_place_goes(
    text: str, expected: list[str]
) -> None:
    assert [m.name for m in find(text)] == expected


def test_spanish_articles_inside_a_name_join_its_words() -> None:
    # not "San Juan" (known alone, a namesake in another country) with the rest left over
    assert [m.name for m in find("Police clashed with gunmen in San Juan de los Lagos on Monday.")] == [
        "San Juan de los Lagos"
    ]
