"""The caller's word on a report's country (JSONL ``country``, ``--country``, ``country_hint``) weighs its place
names towards that country, as an actor's country does; a country the text names still wins, and events no
place locates take the hinted country. An unknown country is the item's error, with what to do. Project-written
reports."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.articles.readers import read_text_source
from flashpoint.errors import InputError
from flashpoint.events.model import Event
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources
from flashpoint.pipeline.runner import Failed, Processed, process_article, process_item

SQUARE = "Protesters blocked the main square of Tripoli on Monday over the collapse of the currency."
MONDAY = date(2024, 3, 4)


def _events(text: str, hint: str | None, resources: Resources) -> tuple[Event, ...]:
    return extract_text(text, published=MONDAY, country_hint=hint, resources=resources).events


@pytest.mark.parametrize("hint", ["Lebanon", "LB", "lebanon"])
def test_a_hinted_country_picks_its_namesake(resources: Resources, hint: str) -> None:
    (event,) = _events(SQUARE, hint, resources)
    assert (event.location, event.country, event.admin1) == ("Tripoli", "Lebanon", "North")


def test_without_a_hint_the_larger_namesake_stays_and_is_not_claimed_exact(resources: Resources) -> None:
    (event,) = _events(SQUARE, None, resources)
    assert (event.country, event.geo_precision) == ("Libya", 2)


def test_a_country_the_text_names_outweighs_the_hint(resources: Resources) -> None:
    text = "Protesters blocked the main square of the Libyan capital Tripoli on Monday over fuel shortages."
    (event,) = _events(text, "Lebanon", resources)
    assert event.country == "Libya"


def test_a_village_with_a_larger_namesake_abroad(resources: Resources) -> None:
    text = "Gunmen on motorcycles shot dead a shopkeeper in Madaya on Sunday."
    assert [e.country for e in _events(text, None, resources)] == ["Myanmar"]
    (event,) = _events(text, "Syria", resources)
    assert (event.country, event.admin1) == ("Syria", "Rural Damascus")


def test_an_article_carries_its_own_country_and_an_explicit_hint_overrides_it(resources: Resources) -> None:
    article = read_text_source(SQUARE, source="feed.jsonl:1", published=MONDAY, country="Lebanon")
    processed = process_article(article, resources)
    assert isinstance(processed, Processed)
    assert [e.country for e in processed.events] == ["Lebanon"]
    overridden = process_article(article, resources, country_hint="Libya")
    assert isinstance(overridden, Processed)
    assert [e.country for e in overridden.events] == ["Libya"]


def test_an_unknown_country_fails_the_item_with_what_to_do(resources: Resources) -> None:
    article = read_text_source(SQUARE, source="feed.jsonl:7", id="r-7", published=MONDAY, country="Narnia")
    with pytest.raises(InputError, match="E130"):
        process_article(article, resources)
    failed = process_item(article, resources)
    assert isinstance(failed, Failed)
    assert failed.reason == "invalid_input"
    assert failed.message.startswith("feed.jsonl:7: [E130] country 'Narnia' of 'r-7' is not a country")
    assert "give its English name or ISO code" in failed.message
    assert "\n" not in failed.message and "please report" not in failed.message
