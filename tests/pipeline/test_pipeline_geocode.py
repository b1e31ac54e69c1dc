"""Geocoding a given place name in the context of its report (flashpoint.pipeline.geocode), on project-written
reports and the packaged gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.articles.readers import read_text_source
from flashpoint.pipeline.geocode import Basis, geocode_name
from flashpoint.pipeline.resources import Resources
from flashpoint.pipeline.runner import Processed, process_article

ON = date(2020, 5, 4)
SHELLED_KAFR_NABL = "On 3 May 2020, regime forces shelled Kafr Nabl in southern Idlib, killing two civilians."

CASES = [
    # name, report, basis, (place name, admin1, country code, precision)
    ("Kafr Nabl", SHELLED_KAFR_NABL, Basis.REPORT, ("Kafranbel", "Idlib", "SY", 1)),
    (
        "Kafr Nabl",
        "On 3 May 2020, regime forces shelled villages in the southern Idlib countryside, killing two civilians.",
        Basis.UNIT,
        ("Kafranbel", "Idlib", "SY", 1),
    ),
    (
        "Al Bab",
        "On 3 May 2020, regime forces shelled Saraqib in Idlib, killing two civilians.",
        Basis.UNIQUE_TOWN,
        ("Al Bab", "Aleppo", "SY", 1),
    ),
    (
        "Suq Sirwah",
        "On 5 May 2020, Houthi fighters attacked pro-government positions on the Nihm (Sanaa) and Sirwah "
        "(Marib) fronts, local sources said.",
        Basis.OTHER_UNIT,
        ("Suq Sirwah", "Ma'rib", "YE", 1),
    ),
    (
        "Ariha",
        "On 3 May 2020, regime forces shelled villages in the Hama countryside, killing two civilians.",
        Basis.COUNTRY,
        ("Ariha", "Idlib", "SY", 1),
    ),
    (
        "Viktorivka",
        "On 4 May 2020, OSCE SMM monitors recorded 14 explosions near Viktorivka.",
        Basis.FRONT,
        ("Viktorivka", "Donetsk", "UA", 2),
    ),
    (
        "Idlib Governorate",
        "On 3 May 2020, regime forces shelled villages in the south of the province, killing two civilians.",
        Basis.CONTEXT,
        ("Idlib", "Idlib", "SY", 3),
    ),
    ("Tal al-Zaytoun al-Gharbi", SHELLED_KAFR_NABL, Basis.FALLBACK, ("Kafranbel", "Idlib", "SY", 2)),
    (
        "Shahpur",
        "On 4 May 2020, police fired tear gas at protesters in Pune, Maharashtra.",
        Basis.FALLBACK,
        ("Pune", "Maharashtra", "IN", 2),
    ),
]
IDS = [
    "the report's own place",
    "a region's village",
    "a unique town elsewhere in the country",
    "another named place's unit",
    "a region's country",
    "a front's village nearest the line",
    "a kind word read, no event place",
    "unknown name: the report's place, less precise",
    "namesakes only in other units: the report's place",
]


@pytest.mark.parametrize(("name", "text", "basis", "expected"), CASES, ids=IDS)
def test_geocode_name(
    resources: Resources, name: str, text: str, basis: Basis, expected: tuple[str, str, str, int]
) -> None:
    found = geocode_name(name, text, published=ON, resources=resources)
    assert found.basis is basis
    assert found.place is not None
    place = found.place
    assert (place.location, place.admin1, place.country_code, int(place.geo_precision)) == expected
    assert found.event is not None
    assert (found.event.latitude, found.event.longitude) == (place.latitude, place.longitude)
    assert found.event.geo_precision == int(place.geo_precision)


def test_event_notes_say_how_the_place_was_found(resources: Resources) -> None:
    placed = geocode_name("Kafr Nabl", SHELLED_KAFR_NABL, published=ON, resources=resources).event
    unknown = geocode_name(
        "Tal al-Zaytoun al-Gharbi", SHELLED_KAFR_NABL, published=ON, resources=resources
    ).event
    assert placed is not None and unknown is not None
    assert "given name 'Kafr Nabl' (report" in placed.notes[-1]
    assert "'Tal al-Zaytoun al-Gharbi' is not known where the report places its event" in unknown.notes[-1]


def test_nothing_to_say(resources: Resources) -> None:
    found = geocode_name(
        "Qwertzuiop", "The market reopened on Sunday after the storm.", published=ON, resources=resources
    )
    assert (found.basis, found.place, found.event, found.candidates) == (Basis.NONE, None, None, ())


def test_the_given_name_does_not_move_the_reports_events(resources: Resources) -> None:
    text = (
        "On 3 May 2020, regime forces shelled Kafr Nabl and Maarat al-Numan in southern Idlib. "
        "Two civilians were killed in Kafr Nabl."
    )
    article = read_text_source(text, source="t", id="t", published=ON)
    plain = process_article(article, resources)
    named = process_article(article, resources, place_name="Aleppo")
    assert isinstance(plain, Processed) and isinstance(named, Processed)
    assert plain.events == named.events
    assert plain.named_place is None
    assert named.named_place is not None and named.named_place.admin1 == "Aleppo"
    assert named.places == plain.places and len(plain.places) >= 3
