"""A headline's present perfect tells the news; in body text, undated, it tells a trend (project-written
reports, through the real pipeline)."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2023, 5, 10)


@pytest.mark.parametrize(
    "headline",
    [
        "Clashes have occurred in the countryside of Daraa",
        "Two fighters have been killed in clashes near Nawa",
    ],
)
def test_a_headline_in_the_present_perfect_is_an_event(resources: Resources, headline: str) -> None:
    events = extract_text(headline, published=PUBLISHED, resources=resources).events
    assert [e.event_type for e in events] == ["Battles"]
    assert events[0].event_date == PUBLISHED


def test_an_undated_present_perfect_in_body_text_is_no_event(resources: Resources) -> None:
    text = (
        "Clashes have occurred in the countryside of Daraa for years. "
        "The province has seen little reconstruction since then."
    )
    assert extract_text(text, published=PUBLISHED, resources=resources).events == ()


# A report that is only its headline, longer than a headline usually is: its present perfect is still news.
LONG_HEADLINE = (
    "The second day of fighting on the outskirts of Nawa kills about 30 members of the army and the factions, "
    "and the factions try to hold the positions they have captured"
)


def test_a_long_report_that_is_only_its_headline_keeps_its_event(resources: Resources) -> None:
    assert len(LONG_HEADLINE.split()) > 30
    events = extract_text(LONG_HEADLINE, published=PUBLISHED, resources=resources).events
    assert [e.event_type for e in events] == ["Battles"]


def test_the_same_words_as_one_of_two_paragraphs_are_body_text(resources: Resources) -> None:
    text = f"Residents of Nawa spoke to our correspondent on Sunday.\n\n{LONG_HEADLINE}"
    assert extract_text(text, published=PUBLISHED, resources=resources).events == ()


def test_a_claim_to_have_killed_tells_an_act_not_a_trend(resources: Resources) -> None:
    text = "The militia claims to have killed a rebel commander in Nawa. Residents confirmed it."
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert [e.sub_event_type for e in events] == ["Armed clash"]  # armed men killing an armed man
