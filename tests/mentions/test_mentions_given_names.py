"""Place names given outside a text (a dataset's place column): the trailing kind word is read as a text's."""

from __future__ import annotations

import pytest

from flashpoint.mentions.model import PlaceRelation
from flashpoint.mentions.places import given_place_mention, split_given_name


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Aleppo town", ("Aleppo", "town")),
        ("Idlib Governorate", ("Idlib", "governorate")),
        ("As Susah village", ("As Susah", "village")),
        ("Jabal al Akrad mountain", ("Jabal al Akrad", "mountain")),
        ("Al Tanf base", ("Al Tanf", "base")),
        ("Khan Shaykhun", ("Khan Shaykhun", None)),
        ("  Kafr Nabl ", ("Kafr Nabl", None)),
        ("Town", ("Town", None)),  # a kind word alone is the name
        ("Ar Rastan  town", ("Ar Rastan", "town")),
    ],
    ids=[
        "town",
        "governorate",
        "village",
        "mountain",
        "base",
        "no kind",
        "spaces",
        "kind only",
        "double space",
    ],
)
def test_split_given_name(given: str, expected: tuple[str, str | None]) -> None:
    assert split_given_name(given) == expected


def test_a_name_known_only_whole_stays_whole() -> None:
    known = {"free state", "oyo", "damascus", "damascus city"}.__contains__
    assert split_given_name("Free State", lambda name: known(name.casefold())) == ("Free State", None)
    assert split_given_name("Oyo State", lambda name: known(name.casefold())) == ("Oyo", "state")
    assert split_given_name("Damascus city", lambda name: known(name.casefold())) == ("Damascus", "city")
    assert split_given_name("Free State") == ("Free", "state")  # without a gazetteer to ask


def test_given_place_mention_sits_where_it_is_put() -> None:
    mention = given_place_mention("Aleppo town", start=120, sentence=4)
    assert (mention.name, mention.kind_hint, mention.relation) == ("Aleppo", "town", PlaceRelation.IN)
    assert (mention.start, mention.end, mention.sentence, mention.text) == (120, 131, 4, "Aleppo town")
