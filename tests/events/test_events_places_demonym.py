"""A country's adjective before a word for a place ("a Syrian town") is where the event is, through the real
pipeline and the packaged gazetteer; the reports are written by the project."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources
from flashpoint.places.resolve import demonym_countries

PUBLISHED = date(2021, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed a Syrian village at dawn.", ("SY",)),
        ("Jets violated Lebanese airspace and struck Iraqi territory.", ("LB", "IQ")),
        ("Shells fell in the Syrian northern countryside.", ("SY",)),
        ("Shells fell near the Turkish border.", ()),  # the place is as often on the other side of it
        ("Syrian forces shelled the town.", ()),  # the army's country is the actors' business
        ("The Foo village was hit.", ()),  # not a country's adjective
    ],
    ids=["village", "airspace-and-territory", "direction", "border", "forces", "no-demonym"],
)
def test_demonym_countries(text: str, expected: tuple[str, ...], resources: Resources) -> None:
    assert tuple(c.country_code for c in demonym_countries(text, resources.gazetteer)) == expected


def test_a_headline_word_is_not_a_place_abroad_when_the_text_names_the_country(resources: Resources) -> None:
    # "Car" has namesakes abroad; the headline says the town is Syrian and names none: the country stays
    events = extract_text(
        "Car bomb kills 8 in Syrian town near Turkish border", published=PUBLISHED, resources=resources
    ).events
    assert len(events) == 1
    assert (events[0].country, events[0].location) == ("Syria", None)
