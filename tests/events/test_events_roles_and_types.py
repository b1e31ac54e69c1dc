"""Event typing, actor roles and segmentation on short project-written reports, through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2023, 5, 10)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1", "actor2"),
    [
        (
            "On 8 May 2023, the Syrian army repelled an attack by Hayat Tahrir al-Sham fighters near Saraqib.",
            "Armed clash",
            "HTS: Hayat Tahrir al Sham",
            "Military Forces of Syria",
        ),
        (
            "On 8 May 2023, clashes erupted between al-Shabaab militants and Somali soldiers in Afgooye.",
            "Armed clash",
            "Al Shabaab",
            "Military Forces of Somalia",
        ),
        (
            "On 8 May 2023, a police officer was shot dead by unidentified gunmen in Peshawar.",
            "Armed clash",
            "Unidentified Armed Group (Pakistan)",
            "Police Forces of Pakistan",
        ),
        (
            "On 8 May 2023, gunmen killed four villagers in an attack on a village near Bankass.",
            "Attack",
            "Unidentified Armed Group (Mali)",
            "Civilians (Mali)",
        ),
        (
            "On 8 May 2023, hundreds of teachers protested outside parliament in Nairobi demanding unpaid wages.",
            "Peaceful protest",
            "Protesters (Kenya)",
            None,
        ),
        (
            "On 8 May 2023, residents burned tyres and threw stones at police in Oicha.",
            "Violent demonstration",
            "Rioters (Democratic Republic of Congo)",
            "Police Forces of the Democratic Republic of Congo",
        ),
        (
            "On 8 May 2023, police used tear gas to disperse a protest by traders in Kano market.",
            "Protest with intervention",
            "Protesters (Nigeria)",
            "Police Forces of Nigeria",
        ),
        (
            "On 8 May 2023, Sudanese army troops and Rapid Support Forces fighters clashed in Omdurman.",
            "Armed clash",
            "Military Forces of Sudan",
            "RSF: Rapid Support Forces",
        ),
        (
            "On 8 May 2023, in Manaus, Amazonas, a drug trafficker was killed after exchanging fire with "
            "military police forces during a patrol.",
            "Armed clash",
            "Military Forces of Brazil",
            None,
        ),
        (
            "On 8 May 2023, twelve traders were arrested in Kano for hoarding fuel.",
            "Arrests",
            "Police Forces of Nigeria",
            "Civilians (Nigeria)",
        ),
        (
            "On 8 May 2023, Tiv militias attacked the village of Zambana in Taraba, Nigeria, killing three farmers.",
            "Attack",
            "Tiv Ethnic Militia (Nigeria)",
            "Civilians (Nigeria)",
        ),
        (
            "On 7 May 2023, militiamen from the Hawadle and Jarer Weyne clans battled near Beledweyne, Somalia.",
            "Armed clash",
            "Hawadle Clan Militia (Somalia)",
            "Jarer Weyne Clan Militia (Somalia)",
        ),
        (  # two peoples' militias named in one phrase
            "On 7 May 2023, Fulbe and Dogon communal militias clashed near Bandiagara, Mali, killing 9.",
            "Armed clash",
            "Fulbe Ethnic Militia (Mali)",
            "Dogon Ethnic Militia (Mali)",
        ),
        (
            "On 8 May 2023, Russian forces shelled a residential area of Kharkiv, killing three civilians.",
            "Shelling/artillery/missile attack",
            "Military Forces of Russia",
            "Civilians (Ukraine)",
        ),
        (
            "On 8 May 2023, Houthi forces exchanged artillery fire with government troops near Qaatabah.",
            "Armed clash",
            "Military Forces of Yemen",
            None,
        ),
        (
            "On 8 May 2023, monitors recorded 40 explosions in both directions near Marinka, Ukraine.",
            "Armed clash",
            None,
            None,
        ),
        (
            "On 8 May 2023, young members of the ruling party clashed with opposition supporters in Kananga.",
            "Mob violence",
            "Rioters (Democratic Republic of Congo)",
            None,
        ),
        (  # foreign forces (inter 8) facing a crowd: still a riot, not a battle
            "On 8 May 2023, dozens of youths clashed with Israeli forces during an arrest raid in Beit Ummar, "
            "Hebron.",
            "Mob violence",
            "Rioters (Palestine)",
            "Military Forces of Israel",
        ),
        (
            "On 8 May 2023, warplanes struck a market in Maarat al-Numan, killing six civilians.",
            "Air/drone strike",
            "Military Forces of Syria",
            "Civilians (Syria)",
        ),
        (
            "On 8 May 2023, separatist forces fired grenade launchers and heavy machine guns at army positions "
            "near Marinka, Ukraine.",
            "Shelling/artillery/missile attack",
            None,
            None,
        ),
        (
            "On 8 May 2023, in Sao Goncalo, Rio de Janeiro, a shoot-out broke out between military police "
            "officers and drug traffickers; one suspect was killed.",
            "Armed clash",
            None,
            None,
        ),
        (
            "On 8 May 2023, in Manaus, Amazonas, a suspected thief was beaten up by locals at a bus terminal.",
            "Mob violence",
            "Rioters (Brazil)",
            None,
        ),
        (
            "On 8 May 2023, in Ponce, three apartments used by drug traffickers were set on fire by unknown men.",
            "Looting/property destruction",
            None,
            None,
        ),
        (
            "On 8 May 2023, in Cuernavaca, Morelos, armed men carried out a drive-by shooting against a "
            "shopkeeper, who died.",
            "Attack",
            "Unidentified Gang (Mexico)",
            "Civilians (Mexico)",
        ),
        (
            "On 8 May 2023, engineers defused a roadside bomb near Kirkuk.",
            "Disrupted weapons use",
            None,
            None,
        ),
        (  # a suicide bomber stopped before he struck: the attack was disrupted, the stopping side is actor1
            "On 8 May 2023, police identified and shot dead a suicide bomber trying to enter a market in "
            "Maiduguri, Borno.",
            "Disrupted weapons use",
            "Police Forces of Nigeria (2015-)",
            None,
        ),
    ],
    ids=[
        "repelled-attack-by",
        "clashes-between",
        "passive-by-agent",
        "civilian-victims",
        "protest-crowd",
        "riot-crowd-stones-at-police",
        "police-dispersed-protest",
        "both-sides-clashed",
        "killed-after-exchanging-fire-with",
        "arrests-by-unnamed-force",
        "ethnic-militia",
        "clan-militias",
        "two-peoples-militias",
        "shelling-with-civilian-victims",
        "exchanged-artillery-is-a-clash",
        "fire-in-both-directions-is-a-clash",
        "crowds-clashing-is-a-riot",
        "crowd-against-foreign-forces-is-a-riot",
        "unattributed-air-strike-over-syria",
        "one-way-heavy-weapons-fire-is-shelling",
        "shoot-out-is-a-clash",
        "beaten-up-by-locals-is-mob-violence",
        "set-on-fire-is-property-destruction",
        "drive-by-shooting-is-an-attack",
        "defused-device",
        "stopped-suicide-bomber",
    ],
)
def test_type_and_roles(
    text: str, sub_event_type: str, actor1: str | None, actor2: str | None, resources: Resources
) -> None:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert len(events) == 1
    event = events[0]
    assert event.sub_event_type == sub_event_type
    if actor1 is not None:
        assert event.actor1 is not None and event.actor1.startswith(actor1), event.actor1
    if actor2 is not None:
        assert event.actor2 is not None and event.actor2.startswith(actor2), event.actor2


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "On 9 May 2020, the OSCE SMM recorded 40 explosions in both directions of the frontline near "
            "Avdiivka, Ukraine.",
            "NAF: United Armed Forces of Novorossiya",
            "Military Forces of Ukraine",
        ),
        (
            "On 9 May 2020, the OSCE SMM recorded 40 explosions in both directions of the frontline near "
            "Horlivka, Ukraine.",
            "Military Forces of Ukraine",
            "NAF: United Armed Forces of Novorossiya",
        ),
        (
            "On 9 May 2020, separatists fired mortars at positions near Avdiivka, Ukraine, along the contact line.",
            "NAF: United Armed Forces of Novorossiya",
            "Military Forces of Ukraine",
        ),
        (
            "On 9 May 2023, the OSCE SMM recorded 40 explosions in both directions of the frontline near "
            "Avdiivka, Ukraine.",
            "Unidentified Armed Group (Ukraine)",
            "Unidentified Armed Group (Ukraine)",  # fire in both directions, neither side named
        ),
        (
            "On 9 May 2020, unidentified gunmen fired on DPR fighters near Avdiivka, Ukraine, along the "
            "contact line.",
            "Military Forces of Ukraine",
            "NAF: United Armed Forces of Novorossiya",
        ),
    ],
    ids=[
        "fire-near-a-government-held-town",
        "fire-near-a-separatist-held-town",
        "one-side-named",
        "front-no-longer-standing",
        "target-named-initiator-unnamed",
    ],
)
def test_a_standing_front_names_the_sides(
    text: str, actor1: str, actor2: str | None, resources: Resources
) -> None:
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert event.actor1 is not None and event.actor1.startswith(actor1), event.actor1
    assert event.actor2 == actor2 if actor2 is None else (event.actor2 or "").startswith(actor2), event.actor2


def test_a_peaceful_protest_has_no_target(resources: Resources) -> None:
    text = "On 8 May 2023, hundreds of nurses protested peacefully against the health minister in Nairobi."
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert event.sub_event_type == "Peaceful protest"
    assert (event.actor2, event.inter2) == (None, None)
    assert not [e for e in event.evidence if e.field == "actor2"]


def test_state_forces_abroad_are_external(resources: Resources) -> None:
    text = "On 8 May 2023, Turkish warplanes carried out airstrikes on PKK positions near Zakho in northern Iraq."
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert event.country == "Iraq"
    assert event.inter1 == 8


@pytest.mark.parametrize(
    "text",
    [
        "Militias have carried out regular attacks on farmers over the past year.",
        "The minister accused the rebels of killing dozens of civilians.",
        "The ceasefire agreement is not being implemented and the highway remains closed.",
    ],
    ids=["habitual", "accusation", "ongoing-state"],
)
def test_generalities_code_nothing(text: str, resources: Resources) -> None:
    assert extract_text(text, published=PUBLISHED, resources=resources).events == ()


def test_one_incident_told_twice_is_one_event(resources: Resources) -> None:
    text = (
        "On 8 May 2023, a car bomb exploded at a checkpoint in Mogadishu, killing five soldiers.\n\n"
        "The blast also damaged nearby shops, and at least five people died in the explosion, officials said."
    )
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert events[0].fatalities == 5


def _sub_event_types(text: str, resources: Resources) -> list[str]:
    return [
        event.sub_event_type for event in extract_text(text, published=PUBLISHED, resources=resources).events
    ]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 7 May 2023, in Campo Largo, Parana, federal police seized on the BR-277 highway 2 tons of "
            "marijuana hidden under a load of timber.",
            "Looting/property destruction",
        ),
        (
            "On 7 May 2023, in Joinville, Santa Catarina, civil police dismantled a cocaine processing lab in the "
            "Itinga neighborhood. Three men were arrested.",
            "Looting/property destruction",
        ),
        (
            "On 7 May 2023, unidentified individuals burnt the main gate of the district court in Mitzic town.",
            "Looting/property destruction",
        ),
        (
            "On 7 May 2023, about 90 villagers from Hka Li village fled their homes to Mansi town after "
            "insecurity in the area.",
            "Other",
        ),
        (
            "On 7 May 2023, a local commander turned two primary schools in Mudiyah into military barracks.",
            "Headquarters or base established",
        ),
        (
            "On 7 May 2023, a Kurdish patrol prevented a government army convoy from entering the town of Tal Tamr.",
            "Other",
        ),
        (
            "On 7 May 2023, an army operation near the Diyala river left 4 IS militants dead.",
            "Armed clash",
        ),
    ],
    ids=[
        "drug-seizure",
        "drug-lab-with-arrests",
        "burnt-building",
        "displacement",
        "schools-into-barracks",
        "convoy-stopped",
        "left-dead",
    ],
)
def test_codebook_developments(text: str, sub_event_type: str, resources: Resources) -> None:
    assert _sub_event_types(text, resources) == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        "On 7 May 2023, protesters burned tyres in the main street of Mitzic.",
        "On 7 May 2023, the suspects fled the scene before police arrived in Mitzic.",
        "On 7 May 2023, soldiers seized 2 tons of explosives from a rebel depot near Mitzic.",
    ],
    ids=[
        "burnt-tyres-is-no-looting",
        "fleeing-a-scene-is-no-displacement",
        "explosives-haul-is-no-drug-haul",
    ],
)
def test_codebook_developments_keep_their_bounds(text: str, resources: Resources) -> None:
    subs = _sub_event_types(text, resources)
    assert "Looting/property destruction" not in subs and "Other" not in subs


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 7 May 2023, in Salta, residents held a pot-banging protest against the release of prisoners, "
            "after the protests and riots in the province's prisons in the previous week.",
            "Peaceful protest",
        ),
        (
            "On 7 May 2023, relatives of inmates protested outside the penal colony in Kurgan, following a riot "
            "at the colony last month.",
            "Peaceful protest",
        ),
        (
            "On 7 May 2023, protesters demanding jobs blocked the coastal highway in Batroun in both directions.",
            "Peaceful protest",
        ),
        (
            "On 7 May 2023, about 30 teachers protested outside the education office in Kisumu over unpaid "
            "salaries. The police intervened and arrested four of them.",
            "Protest with intervention",
        ),
        (
            "On 7 May 2023, villagers staged a demonstration in front of the health centre in Ambassa against "
            "its closure until police resorted to a baton charge to bring the situation under control.",
            "Protest with intervention",
        ),
        (
            "On 7 May 2023, students protested in Kisumu demanding the release of two classmates who were "
            "detained by police last week.",
            "Peaceful protest",
        ),
    ],
    ids=[
        "earlier-riots",
        "riot-last-month",
        "road-blocked-both-ways",
        "police-arrested",
        "baton-charge",
        "arrests-last-week",
    ],
)
def test_what_happened_to_a_protest_types_it(text: str, sub_event_type: str, resources: Resources) -> None:
    assert _sub_event_types(text, resources) == [sub_event_type]


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1"),
    [
        (
            "On 7 May 2023, a little-known group carried out an arson attack targeting a textile factory in the "
            "Esenyurt district of Istanbul. The attack caused material damage.",
            "Looting/property destruction",
            "Unidentified Armed Group (Turkey)",
        ),
        (
            "On 7 May 2023, in Arauca, the Caricare oil field was attacked by unidentified armed individuals.",
            "Looting/property destruction",
            "Unidentified Armed Group (Colombia)",
        ),
        (
            "On 7 May 2023, attackers set fire to a camp of seasonal workers near Odesa and beat a man living there.",
            "Attack",
            None,
        ),
        (
            "On 7 May 2023, militants carried out remote explosive attacks targeting shops in Esenyurt, Istanbul.",
            "Remote explosive/landmine/IED",
            None,
        ),
    ],
    ids=["arson-on-a-factory", "pipeline-attacked", "someone-hurt-is-an-attack", "remote-explosive-attack"],
)
def test_an_attack_on_property_alone_is_property_destruction(
    text: str, sub_event_type: str, actor1: str | None, resources: Resources
) -> None:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert [event.sub_event_type for event in events] == [sub_event_type]
    if actor1 is not None:
        assert events[0].actor1 is not None and events[0].actor1.startswith(actor1), events[0].actor1


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 8 May 2023, a group of people attacked a radio station in Gulu town, Uganda.", "Mob violence"),
        (
            "On 8 May 2023, inhabitants of a market district attacked police officers in Kingston, Jamaica.",
            "Mob violence",
        ),
        ("On 8 May 2023, a trader was beaten up by a mob in Gulu town, Uganda.", "Mob violence"),
        # the crowd is the victim, or the doers are armed: no mob
        ("On 8 May 2023, gunmen attacked villagers in Maru, Zamfara, killing five.", "Attack"),
        ("On 8 May 2023, villagers were attacked by gunmen in Maru, Zamfara.", "Attack"),
        ("On 8 May 2023, a group of people shot at a checkpoint in Tlaxiaco, Oaxaca, Mexico.", "Attack"),
    ],
)
def test_a_crowd_that_attacks_is_mob_violence(text: str, sub_event_type: str, resources: Resources) -> None:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert [e.sub_event_type for e in events] == [sub_event_type]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 8 May 2023, about 100 taxi drivers held a protest in Kuito, Angola, until police forces fired "
            "shots into the air.",
            "Protest with intervention",
        ),
        (
            "On 8 May 2023, nurses protested outside the hospital in Tbilisi, Georgia, until the police interfered "
            "and led two of them away.",
            "Protest with intervention",
        ),
        (
            "On 8 May 2023, in Altamira, Para, farmers blocked the BR-230 highway with burning objects to protest "
            "against fines.",
            "Violent demonstration",
        ),
        # a protest nobody stopped stays peaceful
        ("On 8 May 2023, nurses protested outside the hospital in Tbilisi, Georgia.", "Peaceful protest"),
    ],
)
def test_what_happened_at_a_protest_types_it(text: str, sub_event_type: str, resources: Resources) -> None:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_an_identity_militia_takes_the_country_of_its_event(resources: Resources) -> None:
    """The text names no country; the event's place does, and ACLED writes it after the militia's name."""
    text = "On 7 May 2023, Fellata and Rizeigat militias clashed in Nyala (South Darfur), killing 12."
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert [(e.country, e.actor1, e.actor2) for e in events] == [
        ("Sudan", "Fellata Ethnic Militia (Sudan)", "Rizeigat Ethnic Militia (Sudan)")
    ]


@pytest.mark.parametrize(
    ("text", "actor1", "assoc1"),
    [
        (
            "On 6 May 2023, Turkish troops and SNA factions operating under Operation Peace Spring shelled "
            "Umm al-Kaif near Tal Tamr, Syria.",
            "Operation Peace Spring",
            "Military Forces of Turkey (2016-); JWS: Syrian National Army",
        ),
        (  # after a topic label the first actor is the subject and the umbrella was read as a target
            "Looting: On 6 May 2023, SNA factions under Operation Peace Spring looted wheat stores in Tal Halaf, "
            "Syria.",
            "Operation Peace Spring",
            "JWS: Syrian National Army",
        ),
        (  # an area "under SDF control" names who holds it, not an umbrella of the attackers
            "On 6 May 2023, Turkish troops and SNA factions shelled villages under SDF control near Tal Tamr, Syria.",
            "Military Forces of Turkey (2016-)",
            "JWS: Syrian National Army",
        ),
    ],
    ids=["under-the-operation", "under-control", "topic-label"],
)
def test_forces_acting_under_an_umbrella_are_coded_under_it(
    text: str, actor1: str, assoc1: str, resources: Resources
) -> None:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert [(e.actor1, e.assoc_actor_1) for e in events] == [(actor1, assoc1)]


@pytest.mark.parametrize(
    ("text", "prefix", "suffix"),
    [
        (
            "On 6 May 2023, federal police officers seized two tonnes of cannabis from a lorry stopped on the "
            "BR-163 near Dourados, Mato Grosso do Sul.",
            "Police Forces of Brazil (",
            ") Federal Police",
        ),
        (
            "On 6 May 2023, in Joinville, Santa Catarina, civil police officers dismantled a cocaine lab.",
            "Police Forces of Brazil (",
            ") Civil Police",
        ),
        (  # elsewhere the phrase is the police
            "On 6 May 2023, in Puebla, Mexico, federal police officers dismantled a methamphetamine lab.",
            "Police Forces of Mexico (",
            ")",
        ),
    ],
    ids=["brazil-federal", "brazil-civil", "mexico-federal"],
)
def test_police_branches_by_country(text: str, prefix: str, suffix: str, resources: Resources) -> None:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert len(events) == 1 and events[0].actor1 is not None
    assert events[0].actor1.startswith(prefix) and events[0].actor1.endswith(suffix), events[0].actor1


def test_who_disrupted_the_weapon_is_actor1(resources: Resources) -> None:
    """The codebook's disrupted weapons use: actor1 defused or seized it; whoever planted it is the target."""
    text = (
        "On 6 May 2023, a police team defused two pressure bombs allegedly planted by Maoists near Kutru village "
        "(Bijapur, Chhattisgarh)."
    )
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Disrupted weapons use", "Police Forces of India (2014-)", "Naxal-Maoist Rebels (India)")
    ]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "On 6 May 2023, in Uruapan, Michoacan, gunmen in a pickup fired on a state police patrol near the "
            "market. No injuries were reported.",
            "Unidentified",
            "Police Forces of Mexico (2018-) State Police",
        ),
        (
            "On 6 May 2023, in Belford Roxo, Rio de Janeiro, the Military Police raided the Babi community in a "
            "crackdown on drug trafficking. A long shoot-out followed and one suspect was wounded.",
            "Military Forces of Brazil (2023-) Military Police",
            "Unidentified Gang and/or Police Militia",
        ),
        (  # no sign of an anti-crime operation: the opponent stays an unidentified armed group
            "On 6 May 2023, in Belford Roxo, Rio de Janeiro, the Military Police exchanged fire with unknown men "
            "near the bus station.",
            "Military Forces of Brazil (2023-) Military Police",
            "Unidentified Armed Group (Brazil)",
        ),
    ],
    ids=["mexico-state-police", "brazil-anti-drug-operation", "brazil-no-crime-context"],
)
def test_police_operations_in_gang_countries(
    text: str, actor1: str, actor2: str | None, resources: Resources
) -> None:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert len(events) == 1
    assert events[0].actor1 is not None and events[0].actor1.startswith(actor1), events[0].actor1
    assert events[0].actor2 == actor2
