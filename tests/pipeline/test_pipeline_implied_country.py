"""A report that names no country but writes "the regime forces" is about Syria (2011 to December 2024): the
phrasing votes for Syria's places and gives the event its country. A force fighting abroad ("Russian
warplanes" in 2016) points to where it fights as much as to home. Project-written reports."""

from __future__ import annotations

from datetime import date

from flashpoint.mentions.kb import ActorKB
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources


def test_the_packaged_phrasing_points_to_syria_only_in_its_period() -> None:
    kb = ActorKB.load()
    text = "The regime forces shelled a village at dawn."
    assert kb.implied_countries(date(2018, 3, 1), text) == ("SY",)
    assert kb.implied_countries(date(2025, 3, 1), text) == ()  # after the fall of the Assad government
    assert kb.implied_countries(date(2018, 3, 1), "Government forces shelled a village at dawn.") == ()
    assert kb.implied_countries(date(2018, 3, 1), "A regimen of forces was announced.") == ()


def test_regime_forces_take_palmyra_in_syria(resources: Resources) -> None:
    text = "Casualties in the ranks of the regime forces in clashes with the Islamic State in Palmyra"
    (event,) = extract_text(text, published=date(2017, 3, 1), doc_id="palmyra", resources=resources).events
    assert (event.country, event.admin1) == ("Syria", "Homs")
    # without the phrasing nothing says which Palmyra: the largest (in Colombia) is taken
    other = extract_text(
        "Casualties in clashes with gunmen in Palmyra", published=date(2017, 3, 1), resources=resources
    ).events
    assert [e.country for e in other] != ["Syria"]


def test_regime_forces_give_a_placeless_report_its_country(resources: Resources) -> None:
    text = "More casualties in the ranks of the regime forces raise the death toll to 31"
    events = extract_text(text, published=date(2017, 3, 1), doc_id="toll", resources=resources).events
    assert events and all(event.country == "Syria" for event in events)


def test_a_name_the_gazetteer_lacks_before_in_makes_the_town_after_it_a_container(
    resources: Resources,
) -> None:
    text = "On 9 May 2020, regime forces shelled Qarfatin in Idleb using artillery fire."
    (event,) = extract_text(text, published=date(2020, 5, 10), doc_id="kinda", resources=resources).events
    assert event.admin1 == "Idlib"
    assert event.geo_precision >= 2


def test_the_packaged_deployments_follow_their_periods() -> None:
    kb = ActorKB.load()
    assert "SY" in kb.deployed_in("military-ru", date(2016, 2, 1))
    assert "SY" not in kb.deployed_in("military-ru", date(2014, 2, 1))  # before the air campaign
    assert "AF" not in kb.deployed_in("military-us", date(2022, 1, 1))  # after the withdrawal
    assert kb.deployed_in("military-sy", date(2016, 2, 1)) == ()
    assert kb.deployed_in(None, date(2016, 2, 1)) == ()


def test_russian_warplanes_bombing_a_syrian_town_place_it_in_syria(resources: Resources) -> None:
    text = "Russian warplanes destroy tens of buildings in intense bombing on Saraqeb"
    (event,) = extract_text(text, published=date(2016, 2, 1), doc_id="saraqeb", resources=resources).events
    assert (event.country, event.admin1) == ("Syria", "Idlib")


def test_an_unplaced_strike_by_a_force_fighting_abroad_is_not_placed_at_home(resources: Resources) -> None:
    # Turkey's forces fought in Syria and Iraq in 2018: the event's country is not Turkey, and not guessed
    text = "Turkish warplanes struck positions near a village at dawn, killing 4 fighters."
    (event,) = extract_text(text, published=date(2018, 5, 2), doc_id="tr", resources=resources).events
    assert event.country is None
    # Turkish police act at home
    text = "Turkish police detained 12 protesters at dawn."
    (event,) = extract_text(text, published=date(2018, 5, 2), doc_id="tr2", resources=resources).events
    assert event.country == "Turkey"
