"""A name written with the Arabic article is looked for where Arabic place names are (project-written reports;
a tiny gazetteer of namesakes)."""

from __future__ import annotations

import pytest
from place_rows import make_place
from place_text import resolve_text, sentences_of

from flashpoint.mentions.places import find_place_mentions
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.resolve import resolve_places, with_written_article
from flashpoint.places.sources import CountryInfo


@pytest.fixture(scope="module")
def namesakes() -> Gazetteer:
    return Gazetteer.from_rows(
        (
            make_place("k:us", "Karaba", "US", "Ohio", 40.1, -82.9, 60_000),
            make_place("k:sy", "Al Karaba", "SY", "Idlib", 35.9, 36.6, 3_000),
            make_place("t:kg", "Tash-Bulak", "KG", "Naryn", 41.2, 75.8, 2_000),
            make_place("s:mx", "El Saucito", "MX", "Jalisco", 20.6, -103.3, 9_000),
        ),
        countries=tuple(
            CountryInfo(code=code, name=name, population=1)
            for code, name in (
                ("US", "United States"),
                ("SY", "Syria"),
                ("KG", "Kyrgyzstan"),
                ("MX", "Mexico"),
            )
        ),
    )


def _place_key(text: str, gazetteer: Gazetteer) -> str | None:
    ((_, place),) = resolve_text(text, gazetteer)
    return place.key if place is not None else None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Shells fell on al-Karaba on Monday.", "k:sy"),
        ("Shells fell on Karaba on Monday.", "k:us"),
        ("Gunmen shot a trader in El Saucito on Monday.", "s:mx"),
    ],
    ids=["article-written", "no-article", "spanish-el-keeps-its-candidates"],
)
def test_the_arabic_article_narrows_the_countries(text: str, key: str, namesakes: Gazetteer) -> None:
    assert _place_key(text, namesakes) == key


def test_a_name_with_the_article_and_no_arabic_namesake_is_not_placed() -> None:
    gazetteer = Gazetteer.from_rows(
        (make_place("c:us", "Charlotte", "US", "North Carolina", 35.2, -80.8, 800_000),),
        countries=(CountryInfo(code="US", name="United States", population=1),),
    )
    assert _place_key("Warplanes struck al-Charlotte at dawn.", gazetteer) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Protesters blocked a road in el Karaba on Monday.", "k:sy"),
        ("Protesters blocked a road in the town known as Karaba on Monday.", "k:us"),
    ],
    ids=["lower-case-article-before-the-name", "english-as-is-no-article"],
)
def test_a_lower_case_article_before_the_name_counts(text: str, key: str, namesakes: Gazetteer) -> None:
    mentions = find_place_mentions(text, sentences_of(text), namesakes.is_known)
    written = with_written_article(text, mentions)
    (place,) = resolve_places(written, namesakes)
    assert place is not None and place.key == key
