"""Headline grammar: one-line reports tell events in nominal phrases and the present tense."""

from __future__ import annotations

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.triggers import find_triggers, is_headline, strongest_trigger, trigger_weight


def _usable(text: str) -> tuple[str, str] | None:
    """The strongest trigger that is neither generic nor negated: (sub-event type, lemma)."""
    triggers = find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)])
    best = strongest_trigger([t for t in triggers if not t.generic and not t.negated])
    return (best.sub_event_type, best.lemma) if best else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Human losses in Kafr Tawil", ("Attack", "headline casualties")),
        (
            "More casualties among the fighters in the northern countryside of Hama",
            ("Attack", "headline casualties"),
        ),
        ("A child dies in the countryside of Tell Rumman", ("Attack", "headline casualties")),
        ("Advances for the factions in the Aleppo countryside", ("Armed clash", "headline advance")),
        ("Regime forces target the western countryside of Idlib", ("Attack", "headline targeting")),
        ("Executing a man in Tell Rumman on charges of spying", ("Attack", "headline targeting")),
        (
            "The factions control 2 villages and a hill in the southern countryside",
            ("Non-state actor overtakes territory", "seized control"),
        ),
        (
            "The factions impose their control over Tell Rumman",
            ("Non-state actor overtakes territory", "headline control"),
        ),
        (
            "Two explosions rock the centre of Tell Rumman",
            ("Remote explosive/landmine/IED", "headline explosions"),
        ),
        (
            "Air and ground strikes on the southern countryside of Idlib",
            ("Air/drone strike", "headline strikes"),
        ),
        ("Continued clashes between the factions in Tell Rumman", ("Armed clash", "clash")),
        (
            "The forces continue to shell the villages of the plain",
            ("Shelling/artillery/missile attack", "shelling"),
        ),
        (
            "Regime forces and warplanes are shelling the mountains of the coast",
            ("Air/drone strike", "air strike"),
        ),
        ("A member of the local council is assassinated in Tell Rumman", ("Attack", "attack on civilians")),
        ("Casualties in the shelling on Tell Rumman", ("Shelling/artillery/missile attack", "shelling")),
    ],
    ids=[
        "human-losses",
        "casualties",
        "dies",
        "advances",
        "target",
        "executing",
        "control-count",
        "impose-control",
        "explosions",
        "air-and-ground-strikes",
        "continued-clashes",
        "continue-to",
        "are-shelling",
        "is-assassinated",
        "specific-beats-casualties",
    ],
)
def test_a_headline_tells_its_event(text: str, expected: tuple[str, str]) -> None:
    assert _usable(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Daily report of the observatory 04/02/2026",
        "Calm prevails in the southern countryside within the agreement",
        "Aid trucks enter the besieged town of Tell Rumman",
        "The factions threaten to target the villages of the plain",
        "No casualties in the northern countryside",
    ],
    ids=["report-title", "calm", "aid", "threat", "no-casualties"],
)
def test_a_headline_without_an_event_gives_none(text: str) -> None:
    assert _usable(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The offensive left heavy losses among the fighters.",
        "Regime forces continue to target the town, residents said.",
        "The aircraft hit military targets in the area.",
    ],
    ids=["losses", "continue-to-target", "targets-noun"],
)
def test_body_sentences_keep_the_body_rules(text: str) -> None:
    triggers = find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)])
    assert all(not t.lemma.startswith("headline") for t in triggers)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Clashes renew in the southern countryside", True),
        ("Factions advance in the third phase of \u201cDawn Storm\u201d", True),
        ("Clashes renewed in the town on Monday.", False),
        ("Protesters gathered outside the office [size=no report]", False),
        ("1 fatality", False),
        ("Clashes broke out. Two were killed in the afternoon", False),
    ],
    ids=["headline", "closing-quote", "full-stop", "note-trailer", "too-short", "inner-stop"],
)
def test_what_counts_as_a_headline(text: str, headline: bool) -> None:
    assert is_headline(text) is headline


def test_a_headline_the_lexicon_reads_gets_no_headline_triggers() -> None:
    text = "Casualties and advances after air strikes on Tell Rumman"
    triggers = find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)])
    assert [t.lemma for t in triggers] == ["air strike"]


def test_headline_rules_rank_territory_over_advance_over_casualties() -> None:
    text = "Casualties as the factions advance and impose their control over Tell Rumman"
    triggers = find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)])
    weights = {t.lemma: trigger_weight(t) for t in triggers}
    assert weights["headline control"] > weights["headline advance"] > weights["headline casualties"]
    best = strongest_trigger(triggers)
    assert best is not None and best.lemma == "headline control"


def test_a_marker_in_a_later_clause_of_a_headline_still_scopes_forward() -> None:
    text = (
        "Gunmen assassinated a teacher in the south, and the ongoing clashes in the north left more wounded"
    )
    triggers = find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)])
    generic = {t.text: t.generic for t in triggers}
    assert (generic["assassinated"], generic["clashes"]) == (False, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The police uncovered a plot to assassinate the mayor.", None),
        ("Mercenaries came to the region to assassinate a drug lord.", None),
        ("Gunmen assassinated the mayor of Tell Rumman on Monday.", ("Attack", "attack on civilians")),
        ("Unknown gunmen assassinate a council member in Tell Rumman", ("Attack", "attack on civilians")),
    ],
    ids=["plot-to", "purpose-to", "past", "headline-present"],
)
def test_an_infinitive_assassination_is_a_purpose_not_an_event(
    text: str, expected: tuple[str, str] | None
) -> None:
    assert _usable(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shells that have fallen on a place are the news, not a figure that has fallen
        (
            "Dozens of casualties as shells have fallen on the eastern districts of Deir Ezzor",
            ("Shelling/artillery/missile attack", "shelling"),
        ),
        (
            "Army regains territory lost to the militants in eastern Homs",
            ("Government regains territory", "regained control"),
        ),
        (
            "The army recaptures Tel Hamid from the rebels",
            ("Government regains territory", "regained control"),
        ),
        (
            "The army restores an area it lost in the eastern desert",
            ("Government regains territory", "regained control"),
        ),
        (
            "The factions capture 3 villages in the northern countryside",
            ("Non-state actor overtakes territory", "seized control"),
        ),
    ],
)
def test_present_tense_headline_names_its_event(text: str, expected: tuple[str, str]) -> None:
    assert _usable(text) == expected


def test_a_figure_that_has_fallen_is_still_a_trend() -> None:
    assert _usable("Casualties from air strikes have fallen since the truce") is None
