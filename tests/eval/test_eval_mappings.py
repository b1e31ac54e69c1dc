from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from flashpoint.eval import mappings as m
from flashpoint.eval.model import NO_EVENT
from flashpoint.events.model import ACT_FIELD, Claim, Event, Evidence
from flashpoint.events.ontology import SubEventType
from flashpoint.mentions.model import Stance

EventFactory = Callable[..., Event]


def _evidence(text: str) -> tuple[Evidence, ...]:
    return (Evidence(field="trigger", start=0, end=len(text), text=text),)


def _killed(value: int, group: str, claimant: str | None = None, stance: Stance = Stance.ASSERTS) -> Claim:
    return Claim(
        field="fatalities", value=value, claimant=claimant, stance=stance, victim_group=group, start=0, end=1
    )


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"actor1": "Military Forces of Syria (2000-)", "inter1": 1}, m.FAKES_GOVERNMENT),
        ({"actor1": "Military Forces of Russia (2000-)", "inter1": 8}, m.FAKES_GOVERNMENT),
        ({"actor1": "Global Coalition Against Daesh", "inter1": 8}, m.FAKES_COALITION),
        ({"actor1": "Military Forces of the United States (2017-)", "inter1": 8}, m.FAKES_COALITION),
        ({"actor1": "Islamic State (Syria)", "inter1": 2}, m.FAKES_ISIS),
        ({"actor1": "HTS: Hayat Tahrir al Sham", "inter1": 2}, m.FAKES_NUSRA),
        ({"actor1": "QSD: Syrian Democratic Forces", "inter1": 2}, m.FAKES_SELF_ADMINISTRATION),
        ({"actor1": "Opposition Rebels (Syria)", "inter1": 2}, m.FAKES_OPPOSITION),
        ({"actor1": "Military Forces of Turkey (2016-)", "inter1": 8}, m.FAKES_OPPOSITION),
        ({"actor1": "Liwa Example Brigade", "inter1": 2}, m.FAKES_OPPOSITION),
        ({"actor1": "Unidentified Armed Group (Syria)", "inter1": 3}, m.FAKES_UNKNOWN),
        ({"actor1": None, "inter1": None}, m.FAKES_UNKNOWN),
        ({"actor1": None, "assoc_actor_1": "Islamic State (Syria)", "inter1": None}, m.FAKES_ISIS),
    ],
    ids=[
        "syrian-army",
        "russia",
        "coalition-before-daesh",
        "us-forces",
        "islamic-state",
        "hts",
        "sdf",
        "rebels",
        "turkey",
        "rebel-by-inter",
        "unidentified",
        "no-actor",
        "associated-actor",
    ],
)
def test_fakes_actor_class(event_factory: EventFactory, changes: dict[str, Any], expected: str) -> None:
    assert m.fakes_actor_class(event_factory(**changes)) == expected
    assert expected in m.FAKES_ACTOR_CLASSES


@pytest.mark.parametrize(
    ("sub_event_type", "evidence", "expected"),
    [
        ("Shelling/artillery/missile attack", "", "shelling"),
        ("Air/drone strike", "warplanes struck", "shelling"),
        ("Remote explosive/landmine/IED", "a car bomb", "explosion"),
        ("Suicide bomb", "", "explosion"),
        ("Armed clash", "", "unknown"),
        ("Armed clash", "gunmen opened fire on the post", "shooting"),
        ("Attack", "the militants executed five men", "execution"),
        ("Air/drone strike", "a chlorine attack", "chemical and toxic gases"),
        ("Chemical weapon", "", "chemical and toxic gases"),
        ("Peaceful protest", "", "unknown"),
    ],
    ids=[
        "shelling",
        "air-strike-is-shelling",
        "ied",
        "suicide",
        "clash-means-unknown",
        "clash-gunfire",
        "execution",
        "chemical-by-text",
        "chemical-type",
        "other",
    ],
)
def test_fakes_cause_class(
    event_factory: EventFactory, sub_event_type: str, evidence: str, expected: str
) -> None:
    event = event_factory(sub_event_type=sub_event_type, evidence=_evidence(evidence) if evidence else ())
    assert m.fakes_cause_class(event) == expected
    assert expected in m.FAKES_CAUSES


@pytest.mark.parametrize(
    ("admin1", "location", "expected"),
    [
        ("Idleb", "Kafr Nabl", "idlib"),
        ("Rif-dimashq", "Douma", "damascus"),
        ("Rural Damascus", "Douma", "damascus"),
        ("Deir ez-Zor", "Mayadin", "deir ezzor"),
        ("Al-Hasakah", "Qamishli", "hasakeh"),
        (None, "Aleppo", "aleppo"),
        ("Nineveh", "Mosul", "Nineveh"),
    ],
    ids=[
        "idleb",
        "rif-dimashq-folds-into-damascus",
        "rural-damascus",
        "deir-ez-zor",
        "hasakah",
        "location-fallback",
        "not-syrian",
    ],
)
def test_fakes_governorate(
    event_factory: EventFactory, admin1: str | None, location: str, expected: str
) -> None:
    assert m.fakes_governorate(event_factory(admin1=admin1, location=location)) == expected


def test_no_event_maps_to_no_event() -> None:
    for mapping in (
        m.fakes_actor_class,
        m.fakes_cause_class,
        m.fakes_governorate,
        m.gtd_attack_type,
        m.gtd_perpetrator,
        m.ucdp_violence_type,
        m.muc_incident_type,
        m.ucdp_sides,
    ):
        assert mapping(None) == NO_EVENT
    assert m.civilian_deaths(None) is None
    assert not m.gtd_perpetrator_matches("Taliban", None)
    assert not m.ucdp_side_matches("IS", None)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"claims": (_killed(5, "civilian", "A"), _killed(7, "civilian", "B"))}, 5),
        ({"claims": (_killed(5, "civilian", "A"), _killed(6, "civilian", "A"))}, 6),
        ({"claims": (_killed(4, "combatant"),), "fatalities": 4}, 0),
        ({"claims": (), "fatalities": 3, "event_type": "Violence against civilians"}, 3),
        ({"claims": (), "fatalities": 3, "event_type": "Battles", "inter1": 1, "inter2": 2}, 0),
        (
            {"claims": (_killed(9, "unknown"),), "fatalities": 9, "event_type": "Explosions/Remote violence"},
            9,
        ),
        (
            {
                "claims": (_killed(2, "civilian", stance=Stance.DENIES),),
                "fatalities": 0,
                "event_type": "Battles",
                "inter2": 2,
            },
            0,
        ),
    ],
    ids=[
        "smallest-claimant",
        "largest-per-claimant",
        "combatants-only",
        "untyped-vac",
        "untyped-battle",
        "untyped-explosion",
        "denial-ignored",
    ],
)
def test_civilian_deaths(event_factory: EventFactory, changes: dict[str, Any], expected: int) -> None:
    assert m.civilian_deaths(event_factory(**changes)) == expected


@pytest.mark.parametrize(
    ("sub_event_type", "evidence", "expected"),
    [
        ("Remote explosive/landmine/IED", "", "Bombing/Explosion"),
        ("Shelling/artillery/missile attack", "", "Bombing/Explosion"),
        ("Armed clash", "", "Armed Assault"),
        ("Attack", "gunmen assassinated the district governor", "Assassination"),
        ("Abduction/forced disappearance", "", "Hostage Taking (Kidnapping)"),
        ("Looting/property destruction", "", "Facility/Infrastructure Attack"),
        ("Peaceful protest", "", "(Peaceful protest)"),
    ],
    ids=["ied", "rockets", "clash", "assassination", "kidnapping", "facility", "not-an-attack"],
)
def test_gtd_attack_type(
    event_factory: EventFactory, sub_event_type: str, evidence: str, expected: str
) -> None:
    event = event_factory(sub_event_type=sub_event_type, evidence=_evidence(evidence) if evidence else ())
    assert m.gtd_attack_type(event) == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("the motorcade of the regional mayor", "Assassination"),
        ("a police chief's vehicle", "Assassination"),
        ("Colonel Amadou Sissoko", "Assassination"),  # a title before a name
        ("Ibrahim Toure, a former member of the regional council", "Assassination"),
        ("the brother of a district police chief", "Armed Assault"),  # a relative of the person of note
        ("the governor's house", "Armed Assault"),  # a building: coded by its means
        ("Sara Okello, the board chairperson of the state mining company", "Assassination"),
        ("the general hospital", "Armed Assault"),  # "general" is a title only before a name
        ("a police checkpoint", "Armed Assault"),
    ],
)
def test_gtd_assassination_from_what_the_attack_was_aimed_at(
    event_factory: EventFactory, target: str, expected: str
) -> None:
    aimed = Evidence(field="target", start=0, end=len(target), text=target)
    event = event_factory(sub_event_type="Attack", evidence=(*_evidence("gunmen opened fire"), aimed))
    assert m.gtd_attack_type(event) == expected


@pytest.mark.parametrize(
    ("sub_event_type", "act", "expected"),
    [
        ("Armed clash", "abducted", "Hostage Taking (Kidnapping)"),  # the attack also took captives
        ("Armed clash", "explosive device", "Bombing/Explosion"),
        ("Armed clash", "rocket-propelled grenades", "Armed Assault"),  # a firefight's weapon
        ("Remote explosive/landmine/IED", "taken hostage", "Hostage Taking (Kidnapping)"),
        ("Looting/property destruction", "bomb", "Bombing/Explosion"),
        ("Abduction/forced disappearance", "explosive device", "Hostage Taking (Kidnapping)"),  # ranks lower
        ("Peaceful protest", "abducted", "(Peaceful protest)"),  # no attack to rank
    ],
)
def test_gtd_hierarchy_ranks_the_event_s_other_acts(
    event_factory: EventFactory, sub_event_type: str, act: str, expected: str
) -> None:
    other = Evidence(field=ACT_FIELD, start=0, end=len(act), text=act)
    event = event_factory(sub_event_type=sub_event_type, evidence=(*_evidence("gunmen attacked"), other))
    assert m.gtd_attack_type(event) == expected


def test_gtd_mapping_back_is_the_inverse() -> None:
    for sub_event, attack in m.GTD_ATTACK_BY_SUB_EVENT.items():
        assert sub_event in m.GTD_SUB_EVENTS_BY_ATTACK[attack]
        assert SubEventType(sub_event)  # every key is a real sub-event type
    assert "Unknown" in m.GTD_UNSCORED_ATTACK_TYPES


@pytest.mark.parametrize(
    ("gname", "actor1", "expected"),
    [
        ("Taliban", "Taliban", True),
        ("Unknown", None, True),
        ("Unknown", "Unidentified Armed Group (Afghanistan)", True),
        ("Unknown", "Taliban", False),
        ("Khorasan Chapter of the Islamic State", "Islamic State (Afghanistan)", True),
        ("Ambazonia Defense Forces (ADF)", "ADF: Ambazonia Defense Forces", True),
        ("Separatists", "Ambazonian Separatists", True),
        ("Taliban", "Unidentified Armed Group (Afghanistan)", False),
    ],
    ids=[
        "same",
        "unknown-none",
        "unknown-unidentified",
        "unknown-named",
        "is-branch",
        "acronym",
        "contained",
        "wrong",
    ],
)
def test_gtd_perpetrator_matches(
    event_factory: EventFactory, gname: str, actor1: str | None, expected: bool
) -> None:
    assert m.gtd_perpetrator_matches(gname, event_factory(actor1=actor1)) is expected


@pytest.mark.parametrize(
    ("changes", "gname", "expected"),
    [
        ({"actor2": "Taliban", "inter2": 2}, "Taliban", True),  # the bomber's group, named as actor2
        ({"actor2": "Police Forces of Afghanistan (2021-)", "inter2": 1}, "Unknown", True),  # the target
        ({"actor2": None, "inter2": None}, "Unknown", True),
        ({"actor2": None, "inter2": None}, "Military Forces of Afghanistan", False),
    ],
    ids=["named-attacker", "state-target", "no-attacker", "not-the-disruptor"],
)
def test_gtd_perpetrator_of_a_disrupted_attack_is_not_who_stopped_it(
    event_factory: EventFactory, changes: dict[str, Any], gname: str, expected: bool
) -> None:
    disruptor = {"actor1": "Military Forces of Afghanistan (2021-)", "inter1": 1}  # stopped the bomber
    event = event_factory(sub_event_type="Disrupted weapons use", **disruptor, **changes)
    assert m.gtd_perpetrator_matches(gname, event) is expected


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"event_type": "Violence against civilians", "inter1": 2, "inter2": 7}, "3 one-sided"),
        ({"event_type": "Battles", "inter1": 1, "inter2": 2}, "1 state-based"),
        ({"event_type": "Explosions/Remote violence", "inter1": 8, "inter2": 7}, "1 state-based"),
        ({"event_type": "Battles", "inter1": 2, "inter2": 2}, "2 non-state"),
        ({"event_type": "Protests", "inter1": 6, "inter2": 0}, "(Protests)"),
    ],
    ids=["one-sided", "state-based", "external-state", "non-state", "not-violence"],
)
def test_ucdp_violence_type(event_factory: EventFactory, changes: dict[str, Any], expected: str) -> None:
    assert m.ucdp_violence_type(event_factory(**changes)) == expected


@pytest.mark.parametrize(
    ("side", "changes", "expected"),
    [
        ("Government of Syria", {"actor1": "Military Forces of Syria (2000-) Air Force", "inter1": 1}, True),
        ("Government of Syria", {"actor1": "Military Forces of Russia (2000-)", "inter1": 8}, True),
        ("Government of Turkey", {"actor1": "Military Forces of Turkey (2016-)", "inter1": 8}, True),
        ("Government of Syria", {"actor1": "Government of Russia (2000-)", "inter1": 8}, True),
        ("Syrian insurgents", {"actor2": "Opposition Rebels (Syria)", "inter2": 2}, True),
        ("Syrian insurgents", {"actor2": "Islamic State (Syria)", "inter2": 2}, False),
        ("IS", {"actor2": "Islamic State (Syria)", "inter2": 2}, True),
        ("SDF", {"actor2": "QSD: Syrian Democratic Forces", "inter2": 2}, True),
        ("Ahrar al-Sham, HTS, Southern Front", {"actor2": "HTS: Hayat Tahrir al Sham", "inter2": 2}, True),
        ("Civilians", {"actor2": "Civilians (Syria)", "inter2": 7}, True),
        ("SDF", {"actor2": "Islamic State (Syria)", "inter2": 2}, False),
        ("Government of Syria", {"actor1": "Islamic State (Syria)", "inter1": 2, "actor2": None}, False),
    ],
    ids=[
        "syrian-forces-unit",
        "russia-as-syria",
        "turkey",
        "government-of-russia",
        "rebels",
        "is-is-not-insurgents",
        "is",
        "sdf",
        "one-of-several",
        "civilians",
        "wrong-group",
        "government-absent",
    ],
)
def test_ucdp_side_matches(
    event_factory: EventFactory, side: str, changes: dict[str, Any], expected: bool
) -> None:
    assert m.ucdp_side_matches(side, event_factory(**changes)) is expected


@pytest.mark.parametrize(
    ("sub_event_type", "evidence", "expected"),
    [
        ("Remote explosive/landmine/IED", "", "bombing"),
        ("Abduction/forced disappearance", "", "kidnapping"),
        ("Armed clash", "", "attack"),
        ("Looting/property destruction", "they set fire to the offices", "arson"),
        ("Looting/property destruction", "shops were looted", "robbery"),
        ("Looting/property destruction", "the pylons were knocked down", "attack"),
        ("Disrupted weapons use", "police defused a bomb", "bombing"),
        ("Disrupted weapons use", "rifles were seized", NO_EVENT),
        ("Peaceful protest", "", NO_EVENT),
    ],
    ids=[
        "bombing",
        "kidnapping",
        "attack",
        "arson",
        "robbery",
        "sabotage",
        "foiled-bombing",
        "seizure",
        "protest",
    ],
)
def test_muc_incident_type(
    event_factory: EventFactory, sub_event_type: str, evidence: str, expected: str
) -> None:
    event = event_factory(sub_event_type=sub_event_type, evidence=_evidence(evidence) if evidence else ())
    assert m.muc_incident_type(event) == expected


@pytest.mark.parametrize(
    ("old_type", "inter1", "inter2", "expected"),
    [
        ("Battle-No change of territory", 1, 2, ("Battles", "Armed clash")),
        (
            "Battle-Non-state actors overtake territory",
            2,
            1,
            ("Battles", "Non-state actor overtakes territory"),
        ),
        ("Remote violence", 2, 7, ("Explosions/Remote violence", None)),
        ("Strategic development", 1, 0, ("Strategic developments", None)),
        (
            "Non-violent transfer of territory",
            2,
            0,
            ("Strategic developments", "Non-violent transfer of territory"),
        ),
        ("Riots/Protests", 6, 1, ("Protests", None)),
        ("Riots/Protests", 5, 6, ("Riots", None)),
        ("Riots/Protests", 1, 0, (None, None)),
        ("Something New", 1, 0, (None, None)),
    ],
    ids=[
        "no-change",
        "overtake",
        "remote",
        "strategic",
        "transfer",
        "protesters",
        "rioters",
        "neither",
        "unknown-type",
    ],
)
def test_old_acled_types(
    old_type: str, inter1: int, inter2: int, expected: tuple[str | None, str | None]
) -> None:
    assert m.old_acled_types(old_type, inter1, inter2) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Nord-Kivu", "North Kivu", True),  # the French and the English name of one unit
        ("Distrito Federal", "Mexico City", True),  # the former and the current name
        ("Extreme-North", "Extreme-Nord", True),
        ("Sud-Kivu", "North Kivu", False),  # two units of one country
        ("Nord-Kivu", "Nord-Kivu", True),
        ("Nord-Kivu", None, False),
        ("Atlantis", "Lemuria", False),  # names the table does not hold
    ],
    ids=["language", "former-name", "hyphen", "other-unit", "same", "none", "unknown"],
)
def test_same_admin1_unit(gold: str, predicted: str | None, expected: bool) -> None:
    assert m.same_admin1_unit(gold, predicted) is expected
