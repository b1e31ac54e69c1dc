"""What an attack hit, kept as ``target`` evidence in the words of the report, and what else was done, kept as
``act`` evidence (project-written reports)."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events.model import ACT_FIELD
from flashpoint.events.targets import TARGET_FIELD, find_targets
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2023, 5, 10)


def _spans(text: str, resources: Resources, field: str) -> list[str]:
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    spans = [e for e in event.evidence if e.field == field]
    assert all(text[e.start : e.end] == e.text for e in spans)  # offsets point at the words themselves
    return [e.text for e in spans]


def _targets(text: str, resources: Resources) -> list[str]:
    return _spans(text, resources, TARGET_FIELD)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "On 8 May 2023, rebels bombed the electric power substation in the north of Cauca.",
            ["the electric power substation"],
        ),
        (
            "On 8 May 2023, the mayor of Tibu was shot dead by unidentified gunmen.",
            ["the mayor of Tibu"],
        ),
        (
            "On 8 May 2023, militants attacked a police post in Bannu and killed two officers.",
            ["a police post", "two officers"],
        ),
        (
            "On 8 May 2023, an attack on the regional hospital in Kidal caused heavy damage.",
            ["the regional hospital"],
        ),
        (
            "On 8 May 2023, gunmen murdered union leader Tomas Arbelaez, 52, outside his home in Cali.",
            ["union leader Tomas Arbelaez"],
        ),
        (
            "On 8 May 2023, a convoy of aid trucks was ambushed near Beni, police said.",
            ["a convoy of aid trucks"],
        ),
        ("On 8 May 2023, troops killed a total of 5 militants near Beni.", ["a total of 5 militants"]),
        (  # gunfire names what it was aimed at; a name keeps its description between commas
            "On 8 May 2023, gunmen opened fire on Colonel Amadou Sissoko, the district police commander, in Gao.",
            ["Colonel Amadou Sissoko, the district police commander"],
        ),
        (
            "On 8 May 2023, insurgents fired an RPG round at a district chief's vehicle near Baghlan.",
            ["a district chief's vehicle"],
        ),
        (  # the word limit ends the phrase; it does not end on "of the"
            "On 8 May 2023, gunmen ambushed the convoy of the deputy mayor of the Eastern Region near Kumba.",
            ["the convoy of the deputy mayor"],
        ),
        (  # a thrown weapon names what it was thrown at
            "On 8 May 2023, a man threw a hand grenade at Jean Ndayisenga outside a bar in Ngozi.",
            ["Jean Ndayisenga"],
        ),
        (  # an acronym in brackets is part of the phrase; a described name after "the vehicle of"
            "On 8 May 2023, a bomb targeted the vehicle of Nabi Karimi, a Village Defence Unit (VDU) commander, "
            "near Tessit.",
            ["the vehicle of Nabi Karimi, a Village Defence Unit (VDU) commander"],
        ),
        (  # the person aimed at, unhurt, described between commas
            "On 8 May 2023, a bomb exploded near the car of a district official in Tessit. Karimi, the district "
            "head, was not harmed, but two guards were wounded.",
            ["Karimi, the district head", "two guards"],
        ),
        (  # "least" of "at least" and the verb of the next clause are no part of a target
            "On 8 May 2023, a bomb targeting police forces detonated in Gao. At least one customs official was "
            "killed.",
            ["police forces", "one customs official"],
        ),
        (  # a described name before a passive verb
            "On 8 May 2023, gunmen attacked a checkpoint in Gao. Ibrahim Toure, a former member of the regional "
            "council, was killed.",
            ["a checkpoint", "Ibrahim Toure, a former member of the regional council"],
        ),
    ],
)
def test_the_attack_s_target_as_written(text: str, wanted: list[str], resources: Resources) -> None:
    assert _targets(text, resources) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May 2023, soldiers attacked them near the border town of Beni.",  # a pronoun
        "On 8 May 2023, aircraft bombed indiscriminately across the district of Beni.",  # an adverb
        "On 8 May 2023, hundreds of teachers protested outside parliament in Nairobi.",  # no attack at all
        "On 8 May 2023, at least 10 were killed in a raid near Beni.",  # a count is no target
        "On 8 May 2023, gunmen attacked those who resisted in Beni.",  # a demonstrative
    ],
)
def test_no_target_from_pronouns_adverbs_or_protests(text: str, resources: Resources) -> None:
    assert _targets(text, resources) == []


def test_a_long_run_on_sentence_is_searched_in_linear_time() -> None:
    import time

    from flashpoint.documents.model import Document, Sentence

    # one 21,600-character clause with no passive verb until its end: a backtracking search for the phrase
    # before "was attacked" tried every start (13 s here); the search looks back a bounded reach instead
    text = "people gathered near the old market " * 600 + "and the school was attacked"
    doc = Document(
        id="doc-long",
        article_id="a-long",
        text=text,
        paragraphs=((0, len(text)),),
        sentences=(Sentence(start=0, end=len(text), paragraph=0),),
        language="en",
    )
    started = time.process_time()
    found = find_targets(doc, {0})
    assert time.process_time() - started < 1.0  # about 0.01 s
    assert [e.text for e in found] == ["the school"]


# What else the event's sentences say was done, kept as ``act`` evidence.
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (  # captives taken in an attack on a base: one clash that also took hostages
            "On 8 May 2023, militants attacked an army post in Tessit, killing four soldiers. In addition, two "
            "soldiers were abducted; their fate is unknown.",
            ["abducted"],
        ),
        (  # the weapon's modifier stays with it
            "On 8 May 2023, fighters carrying rifles and rocket-propelled grenades raided a police post in "
            "Tessit. Two officers were killed.",
            ["rocket-propelled grenades"],
        ),
    ],
)
def test_other_acts_of_the_event(text: str, wanted: list[str], resources: Resources) -> None:
    assert _spans(text, resources, ACT_FIELD) == wanted


def test_plain_killing_and_a_negated_act_are_no_acts(resources: Resources) -> None:
    text = (
        "On 8 May 2023, gunmen attacked a police post in Tessit and killed two officers. No one was abducted, "
        "police said."
    )
    assert _spans(text, resources, ACT_FIELD) == []
