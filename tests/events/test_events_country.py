"""An event's country is a country name, whether it comes from a place or from an actor's nationality."""

from __future__ import annotations

from datetime import date

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources


def test_country_from_an_actor_is_a_name(resources: Resources) -> None:
    text = "Syrian army units shelled rebel positions on Monday, a monitor said."
    events = extract_text(text, published=date(2019, 3, 6), doc_id="no-place", resources=resources).events
    assert [(e.country, e.location) for e in events] == [("Syria", None)]
