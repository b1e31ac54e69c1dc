"""An undated event in a report headed by a date takes that date, not the day the report was posted."""

from __future__ import annotations

from datetime import date

from flashpoint.mentions.model import TimePrecision
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

_REPORT = (
    "Northern districts daily report 01/02/2016\n\n"
    "Gunmen killed two shepherds near the village of Tal Hamida in the countryside of Aleppo."
)


def test_heading_date_dates_an_undated_event(resources: Resources) -> None:
    events = extract_text(_REPORT, published=date(2016, 2, 3), doc_id="heading", resources=resources).events
    assert [(e.event_date, e.time_precision) for e in events] == [(date(2016, 2, 1), TimePrecision.WEEK)]


def test_without_a_heading_the_publication_date_is_used(resources: Resources) -> None:
    body = _REPORT.split("\n\n", 1)[1]
    events = extract_text(body, published=date(2016, 2, 3), doc_id="plain", resources=resources).events
    assert [(e.event_date, e.time_precision) for e in events] == [(date(2016, 2, 3), TimePrecision.WEEK)]
