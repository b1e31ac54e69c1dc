"""An ambush on civilians is an attack; security personnel off duty are civilians in the codebook."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.events.model import Event

PUBLISHED = date(2021, 6, 9)
OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)


@pytest.mark.parametrize(
    "text",
    [
        "On 7 June 2021, unidentified gunmen ambushed and killed 3 farmers near Gusau, Zamfara.",
        "On 7 June 2021, militiamen shot and killed a civilian in Gusau, Zamfara, using small arms fire.",
    ],
    ids=["ambushed-farmers", "small-arms-civilian"],
)
def test_a_one_sided_clash_word_against_civilians_is_an_attack(text: str, one_event: OneEvent) -> None:
    event = one_event(text, PUBLISHED)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_an_ambush_on_soldiers_stays_a_clash(one_event: OneEvent) -> None:
    text = "On 7 June 2021, gunmen ambushed a military convoy near Gusau, Zamfara, killing 4 soldiers."
    assert one_event(text, PUBLISHED).sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 7 June 2021, two off-duty police officers were shot and wounded by gunmen in Gusau, Zamfara.",
        "On 7 June 2021, bandits shot and killed a soldier (off-duty) at a market in Gusau, Zamfara.",
    ],
    ids=["off-duty-before", "off-duty-after"],
)
def test_off_duty_security_personnel_are_civilians(text: str, one_event: OneEvent) -> None:
    event = one_event(text, PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert event.actor2 == "Civilians (Nigeria)"
    assert any("off duty" in note for note in event.notes)


def test_police_on_duty_stay_the_target(one_event: OneEvent) -> None:
    text = "On 7 June 2021, gunmen shot and wounded two police officers at a checkpoint in Gusau, Zamfara."
    event = one_event(text, PUBLISHED)
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Nigeria")


def test_a_drive_by_shooting_by_unnamed_men_is_a_gangs(one_event: OneEvent) -> None:
    text = (
        "On 7 June 2021, in Culiacan, Sinaloa, armed men driving a pickup carried out a drive-by shooting "
        "against two men outside a shop. One of them died."
    )
    event = one_event(text, PUBLISHED)
    assert event.actor1 == "Unidentified Gang (Mexico)"
    assert any("drive-by" in note for note in event.notes)


def test_a_named_group_keeps_its_drive_by(one_event: OneEvent) -> None:
    text = (
        "On 7 June 2021, in Culiacan, Sinaloa, members of the Sinaloa Cartel carried out a drive-by shooting "
        "against two police officers. One officer died."
    )
    assert one_event(text, PUBLISHED).actor1 != "Unidentified Gang (Mexico)"


def test_unnamed_gunmen_without_a_drive_by_stay_an_armed_group(one_event: OneEvent) -> None:
    text = (
        "On 7 June 2021, in Culiacan, Sinaloa, two armed men attacked a man outside a shop. The victim died."
    )
    assert one_event(text, PUBLISHED).actor1 == "Unidentified Armed Group (Mexico)"


@pytest.mark.parametrize(
    "text",
    [
        "On 7 June 2021, militants threw a hand grenade at soldiers at a checkpoint in Mogadishu. The soldiers "
        "opened fire in response.",
        "On 7 June 2021, militants attacked an army position in Afgooye. The two sides engaged in heavy gunfire "
        "before the militants withdrew.",
        "On 7 June 2021, militants fired mortar rounds at a police station in Afgooye, and the police responded "
        "with heavy firing.",
    ],
    ids=["grenade-then-fire-in-response", "two-sides-engaged", "responded-with-heavy-firing"],
)
def test_fire_returned_makes_a_clash(text: str, one_event: OneEvent) -> None:
    assert one_event(text, PUBLISHED).sub_event_type == "Armed clash"


def test_fire_returned_after_an_attack_on_civilians_keeps_the_attack_type(one_event: OneEvent) -> None:
    text = (
        "On 7 June 2021, militants threw a hand grenade into a crowded market in Mogadishu, wounding 5 civilians. "
        "Police responded with gunfire."
    )
    assert one_event(text, PUBLISHED).sub_event_type == "Grenade"


@pytest.mark.parametrize(
    "text",
    [
        "On 7 June 2021, a farmer was injured by a landmine, laid during the Iran-Iraq War, in Mehran county.",
        "On 7 June 2021, two children were killed when a rocket left over from the civil war exploded in a field "
        "near Battambang.",
        "On 7 June 2021, a shepherd was killed by unexploded ordnance near Sirte.",
    ],
    ids=["laid-during-a-war", "left-over-rocket", "unexploded-ordnance"],
)
def test_remnants_of_a_past_war_are_other(text: str, one_event: OneEvent) -> None:
    event = one_event(text, PUBLISHED)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")


@pytest.mark.parametrize(
    "text",
    [
        "On 7 June 2021, 2 militants were killed when landmines they were planting exploded prematurely near "
        "Ghazni city.",
        "On 7 June 2021, police detonated a bomb planted by an unidentified man outside a church in Makassar.",
    ],
    ids=["exploded-prematurely", "police-detonated"],
)
def test_a_device_its_makers_or_the_police_set_off_is_disrupted(text: str, one_event: OneEvent) -> None:
    assert one_event(text, PUBLISHED).sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "On 7 June 2021, militants detonated a car bomb outside a police station in Ghazni city, killing 4 "
        "policemen.",
        "On 7 June 2021, security forces said a suicide bomber detonated a device at a checkpoint in Ghazni "
        "city, killing 3 soldiers.",
    ],
    ids=["militants-detonated", "forces-said-a-bomber"],
)
def test_a_bombing_stays_a_bombing(text: str, one_event: OneEvent) -> None:
    assert one_event(text, PUBLISHED).event_type == "Explosions/Remote violence"


def test_party_members_attacked_by_a_party_militia_are_civilians(one_event: OneEvent) -> None:
    """A ruling party's youth militia beating opposition party members: an attack on civilians, not a clash."""
    text = (
        "On 7 June 2021, Imbonerakure attacked and injured two opposition party members in Gitega "
        "commune (Gitega)."
    )
    event = one_event(text, PUBLISHED)
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Burundi)")


def test_a_named_opposition_party_member_is_a_civilian(one_event: OneEvent) -> None:
    """Burundi's opposition CNL: its members attacked by the ruling party's youth militia are civilians."""
    text = "On 7 June 2021, Imbonerakure beat and wounded a CNL member near the market of Rumonge (Rumonge)."
    event = one_event(text, PUBLISHED)
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Burundi)")
