"""Who did it: agents after passive verbs, scene-setting sentences, weapon owners, air forces and fronts."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2023, 5, 10)


@pytest.mark.parametrize(
    ("text", "published", "actor1", "actor2"),
    [
        (
            "On 8 May 2023, a drug suspect was killed during a police raid in Cabanatuan, Nueva Ecija.",
            PUBLISHED,
            "Police Forces of the Philippines",
            "Civilians (Philippines)",
        ),
        (
            "On 8 May 2023, Al Shabaab militants attacked a checkpoint manned by Somali soldiers near Afgooye.",
            PUBLISHED,
            "Al Shabaab",
            "Military Forces of Somalia",
        ),
        (
            "On 8 May 2023, indiscriminate shells fired by presumed LNA forces injured two health workers in "
            "Abu Salim, Tripoli.",
            PUBLISHED,
            "Military Forces of Libya (2014-) Haftar Faction",
            "Civilians (Libya)",
        ),
        (
            "On 8 May 2023, at least seven children were killed in regime shelling of a rebel-held town in Idlib.",
            PUBLISHED,
            "Military Forces of Syria",
            "Civilians (Syria)",
        ),
        (
            "On 8 May 2023, military police officers went to the Jardim Catarina neighbourhood of Sao Goncalo, "
            "Rio de Janeiro. A shoot-out broke out and a suspect was shot dead.",
            PUBLISHED,
            "Military Forces of Brazil",
            None,
        ),
        (
            "On 8 May 2023, Pakistani soldiers during an operation encountered BLF militants near Panjgur, in "
            "which four militants were killed.",
            PUBLISHED,
            "Military Forces of Pakistan",
            "BLF: Baloch Liberation Front",
        ),
        (
            "On 8 May 2016, air strikes carried out by Syrian or Russian warplanes killed 20 people in Idlib, "
            "Syria.",
            date(2016, 5, 9),
            "Military Forces of Russia",
            None,
        ),
    ],
    ids=[
        "killed-during-a-police-raid",
        "manned-by-is-not-the-agent",
        "fired-by-presumed-forces",
        "regime-shelling",
        "forces-named-in-the-sentence-before",
        "main-clause-names-both-sides",
        "by-one-or-the-other-air-force",
    ],
)
def test_the_initiator_is_found(
    text: str, published: date, actor1: str, actor2: str | None, resources: Resources
) -> None:
    (event,) = extract_text(text, published=published, resources=resources).events
    assert event.actor1 is not None and event.actor1.startswith(actor1), event.actor1
    if actor2 is not None:
        assert event.actor2 is not None and event.actor2.startswith(actor2), event.actor2


@pytest.mark.parametrize(
    ("text", "published", "actor1"),
    [
        (
            "On 8 May 2017, air strikes hit an ISIS-held village near Raqqa, Syria, killing eight civilians.",
            date(2017, 5, 9),
            "Global Coalition Against Daesh",
        ),
        (
            "On 8 May 2016, air strikes hit a market in rebel-held Maarat al-Numan, Syria, killing six civilians.",
            date(2016, 5, 9),
            "Military Forces of Syria",
        ),
        (
            "On 8 May 2020, unidentified warplanes struck a militia base near al-Bukamal, Syria.",
            date(2020, 5, 9),
            "Unidentified Military Forces",
        ),
    ],
    ids=["coalition-over-isis-territory", "government-air-force-over-rebel-areas", "said-to-be-unidentified"],
)
def test_an_unattributed_air_strike_is_the_force_that_flies_there(
    text: str, published: date, actor1: str, resources: Resources
) -> None:
    (event,) = extract_text(text, published=published, resources=resources).events
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is not None and event.actor1.startswith(actor1), event.actor1


def test_shelling_on_a_front_naming_no_side_has_no_target(resources: Resources) -> None:
    text = "On 9 May 2020, the OSCE SMM observed a total of 12 explosions involving unknown weapons near Avdiivka."
    (event,) = extract_text(text, published=date(2020, 5, 10), resources=resources).events
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 == "NAF: United Armed Forces of Novorossiya"
    assert (event.actor2, event.inter2) == (None, None)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Looting: On 8 May 2020, regime forces looted the crops of displaced families in Ras al-Ain, Syria.",
            "Military Forces of Syria",
            None,
        ),
        (
            "Property destruction: On 8 May 2020, two houses were destroyed by Afghan forces in Saydabad "
            "district, Wardak.",
            "Military Forces of Afghanistan",
            None,
        ),
        (
            "On 8 May 2020, 30 ISIL Militants Killed in Clashes with Kurds near Qamishli, Syria.",
            "QSD: Syrian Democratic Forces",
            "Islamic State (Syria)",
        ),
        (
            "On 8 May 2020, nine Taliban militants were killed when Afghan forces repulsed their attack in Chora "
            "district, Urozgan.",
            "Taliban",
            "Military Forces of Afghanistan",
        ),
        (
            "On 8 May 2020, five NPA militants were killed in a firefight between the NPA and the police in "
            "Bulan, Sorsogon.",
            "NPA: New People's Army",
            "Police Forces of the Philippines",
        ),
        (
            "On 8 May 2020, Syrian air force strikes killed 70 people in Douma following rocket attacks by rebels "
            "on Damascus.",
            "Military Forces of Syria",
            None,
        ),
        (
            "On 8 May 2020, a US missile attack on the Shairat air base killed four soldiers in Homs, Syria.",
            "Military Forces of the United States",
            "Military Forces of Syria",
        ),
        (
            "On 8 May 2020, a Syrian rebel Islamist group launched a rocket attack on residential areas of "
            "Damascus, killing three civilians.",
            "Opposition Rebels (Syria)",
            "Civilians (Syria)",
        ),
    ],
    ids=[
        "topic-label-is-not-a-verb",
        "topic-label-with-a-by-agent",
        "headline-passive-without-auxiliary",
        "victims-who-attacked-first",
        "firefight-between-two-sides",
        "a-by-inside-a-following-adjunct-is-another-event",
        "us-weapon-owner",
        "islamist-rebels",
    ],
)
def test_sides_from_labels_headlines_and_adjuncts(
    text: str, actor1: str, actor2: str | None, resources: Resources
) -> None:
    event = extract_text(text, published=date(2020, 5, 10), resources=resources).events[0]
    assert event.actor1 is not None and event.actor1.startswith(actor1), event.actor1
    if actor2 is not None:
        assert event.actor2 is not None and event.actor2.startswith(actor2), event.actor2


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "On 8 May 2020, HTS targeted a group of regime forces in Kansafra, Idlib, with a guided missile.",
            "HTS: Hayat Tahrir al Sham",
            "Military Forces of Syria",
        ),
        (
            "On 8 May 2020, Turkish forces killed four PKK militants during airstrikes near Zakho, Iraq.",
            "Military Forces of Turkey",
            "PKK: Kurdistan Workers Party",
        ),
        (
            "On 8 May 2020, two mobs clashed with each other in Kotwali Nagar, Pratapgarh over a property dispute.",
            "Rioters (India)",
            "Rioters (India)",
        ),
        (
            "On 2 May 2020, a mob of locals attempted to capture two men accused of robbery in Baswagha, Lubero "
            "when the police intervened and shot at the rioters, killing one woman.",
            "Rioters (Democratic Republic of Congo)",
            "Police Forces of the Democratic Republic of Congo",
        ),
    ],
    ids=[
        "object-of-a-verb-before-a-late-trigger",
        "killed-during-airstrikes",
        "mobs-clashing",
        "crowd-not-its-own-target",
    ],
)
def test_objects_and_crowds(text: str, actor1: str, actor2: str, resources: Resources) -> None:
    event = extract_text(text, published=date(2020, 5, 10), resources=resources).events[0]
    assert event.actor1 is not None and event.actor1.startswith(actor1), event.actor1
    assert event.actor2 is not None and event.actor2.startswith(actor2), event.actor2


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 6 May 2020, a suicide bomber from the Islamic State group killed 25 soldiers in western Aleppo, "
            "Syria.",
            "Islamic State (Syria)",
        ),
        (
            "On 2 May 2020, Syrian opposition forces claimed that Russian jets hit an outpost in Idlib province, "
            "killing one fighter.",
            "Military Forces of Russia",
        ),
        (
            "On 2 May 2020, the Syrian army said it killed five militants in Idlib province.",
            "Military Forces of Syria",
        ),
    ],
    ids=["bomber-from-an-organisation", "a-speaker-is-not-a-side", "a-speaker-who-did-it-stays"],
)
def test_doers_named_by_their_organisation_or_behind_a_speaker(
    text: str, actor1: str, resources: Resources
) -> None:
    event = extract_text(text, published=date(2020, 5, 10), resources=resources).events[0]
    assert event.actor1 is not None and event.actor1.startswith(actor1), event.actor1


def test_a_demonym_before_a_weapon_names_its_owner(resources: Resources) -> None:
    text = "On 8 May 2023, Turkish artillery shelled the village of Umm Harmala in Al-Hasakah."
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert [(e.actor1 or "").startswith("Military Forces of Turkey") for e in events] == [True]


def test_a_demonym_before_people_invents_no_state_force(resources: Resources) -> None:
    text = "On 8 May 2023, dozens of Palestinian youths clashed with Israeli forces during a raid in Tulkarm."
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert len(events) == 1
    assert not (events[0].actor1 or "").startswith("Military Forces of Palestine"), events[0].actor1


def test_a_drug_trafficker_shot_by_police_is_a_gang_member(resources: Resources) -> None:
    text = (
        "On 8 May 2023, in Feira de Santana, Bahia, a suspected drug trafficker was killed after exchanging fire "
        "with military police forces during a patrol."
    )
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert [e.actor2 for e in events] == ["Unidentified Gang (Brazil)"]


@pytest.mark.parametrize(
    ("suspicion", "claimant"),
    [
        (
            "No group has claimed the blast. Police suspect the involvement of the Taliban.",
            "security sources",
        ),
        ("Police suspect that the Taliban were behind the blast.", "security sources"),
    ],
)
def test_a_suspected_perpetrator_named_later_is_actor1_with_the_suspicion_as_claim(
    suspicion: str, claimant: str, resources: Resources
) -> None:
    text = (
        "On 8 May 2023, a roadside bomb struck a minibus near Qalat, Zabul, killing three passengers. "
        + suspicion
    )
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert event.actor1 == "Taliban"
    (claim,) = [c for c in event.claims if c.field == "actor1"]
    assert (claim.value, claim.claimant, claim.hedge) == ("Taliban", claimant, "suspect")


def test_suspected_as_an_adjective_voices_no_suspicion(resources: Resources) -> None:
    text = "On 8 May 2023, soldiers killed two suspected militants near Qalat, Zabul, police said."
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert all(c.hedge != "suspect" for c in event.claims)


def test_the_name_another_database_gives_the_khorasan_province(resources: Resources) -> None:
    text = (
        "On 8 May 2023, gunmen attacked a checkpoint in Achin, Nangarhar, killing two police officers. Sources "
        "blamed the attack on Khorasan Chapter of the Islamic State; no group has confirmed it."
    )
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert event.actor1 == "Islamic State (Afghanistan)"
