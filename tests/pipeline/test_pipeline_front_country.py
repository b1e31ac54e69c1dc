"""A monitoring report of fire along the Donbas front names no country; the front gives it."""

from __future__ import annotations

from datetime import date

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources


def test_a_report_along_a_standing_front_takes_the_fronts_country(resources: Resources) -> None:
    text = "On 4 May 2020, the SMM recorded 9 explosions in both directions of the frontline near Zarichne-Druhe."
    events = extract_text(text, published=date(2020, 5, 5), doc_id="front", resources=resources).events
    assert len(events) == 1
    assert events[0].country == "Ukraine"
    assert events[0].admin1 in (None, "Donetsk", "Luhansk")


def test_without_the_front_a_report_names_no_country(resources: Resources) -> None:
    text = "On 4 May 2020, 9 explosions were heard near Zarichne-Druhe."
    events = extract_text(text, published=date(2020, 5, 5), doc_id="nofront", resources=resources).events
    assert all(event.country is None for event in events)
