"""The one source of event types: ACLED's 6 event types and 25 sub-event types.

Definitions are Flashpoint's own summaries of the ACLED codebook's intent, written for coders and for the
rules that assign types. Nothing else in the project lists event types: import them from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EventType(StrEnum):
    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


@dataclass(frozen=True, slots=True, kw_only=True)
class SubEventDefinition:
    sub_event_type: SubEventType
    event_type: EventType
    definition: str


_B, _E, _V = EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS
_P, _R, _S = EventType.PROTESTS, EventType.RIOTS, EventType.STRATEGIC_DEVELOPMENTS
S = SubEventType

SUB_EVENTS: tuple[SubEventDefinition, ...] = (
    SubEventDefinition(
        sub_event_type=S.ARMED_CLASH,
        event_type=_B,
        definition=(
            "Two organised armed groups fight each other and neither side takes lasting control of the place: "
            "ambushes of soldiers, repelled assaults, exchanges of fire, an assassination of an armed member."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.GOVERNMENT_REGAINS_TERRITORY,
        event_type=_B,
        definition=(
            "State forces or their allies win back a place held by a non-state group through fighting."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        event_type=_B,
        definition=(
            "A non-state armed group takes a place from the state or from another group through fighting."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.CHEMICAL_WEAPON,
        event_type=_E,
        definition=("A toxic chemical agent (chlorine, sarin, mustard) is used as a weapon."),
    ),
    SubEventDefinition(
        sub_event_type=S.AIR_DRONE_STRIKE,
        event_type=_E,
        definition=(
            "Aircraft or drones drop bombs or fire missiles on a target, including helicopter barrel bombs."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.SUICIDE_BOMB,
        event_type=_E,
        definition=(
            "An attacker detonates explosives on their person or in their vehicle, dying in the blast."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.SHELLING,
        event_type=_E,
        definition=(
            "Artillery, mortars, rockets or ground-launched missiles strike a place from a distance."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.REMOTE_EXPLOSIVE,
        event_type=_E,
        definition=(
            "A planted or remotely triggered device explodes: IEDs, roadside bombs, car bombs, landmines, "
            "unexploded ordnance."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.GRENADE,
        event_type=_E,
        definition=("A hand grenade or similar thrown device is used."),
    ),
    SubEventDefinition(
        sub_event_type=S.SEXUAL_VIOLENCE,
        event_type=_V,
        definition=("Rape or other sexual violence by an armed or organised actor against civilians."),
    ),
    SubEventDefinition(
        sub_event_type=S.ATTACK,
        event_type=_V,
        definition=(
            "An armed actor deliberately harms unarmed civilians: shootings, killings, beatings, executions, "
            "massacres, arson of homes with people."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.ABDUCTION,
        event_type=_V,
        definition=(
            "Civilians are kidnapped, taken hostage or made to disappear by an armed or non-state actor."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.PEACEFUL_PROTEST,
        event_type=_P,
        definition=("People demonstrate without violence and nobody intervenes against them."),
    ),
    SubEventDefinition(
        sub_event_type=S.PROTEST_WITH_INTERVENTION,
        event_type=_P,
        definition=(
            "A peaceful demonstration is dispersed or blocked by force short of lethal or excessive force: "
            "arrests, tear gas, batons."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.EXCESSIVE_FORCE,
        event_type=_P,
        definition=(
            "Forces use lethal or grossly excessive force (live fire, killings) on peaceful demonstrators."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.VIOLENT_DEMONSTRATION,
        event_type=_R,
        definition=(
            "Demonstrators act violently or destructively: stone throwing, burning tyres, clashes with police."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.MOB_VIOLENCE,
        event_type=_R,
        definition=(
            "A crowd without a demonstration agenda attacks people or property: lynchings, vigilante mobs, "
            "communal clashes."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.AGREEMENT,
        event_type=_S,
        definition=("Parties sign or reach a ceasefire, peace deal, prisoner exchange or similar agreement."),
    ),
    SubEventDefinition(
        sub_event_type=S.ARRESTS,
        event_type=_S,
        definition=(
            "Authorities detain people in a significant, politically relevant arrest or raid without fighting."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.CHANGE_TO_GROUP,
        event_type=_S,
        definition=(
            "An armed group forms, splits, merges, changes leader or allegiance, sends reinforcements, deploys or "
            "redeploys troops, or otherwise changes what it does without fighting."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.DISRUPTED_WEAPONS_USE,
        event_type=_S,
        definition=(
            "An attack is foiled: explosives defused, weapons caches seized, a drone or missile intercepted."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.HEADQUARTERS_ESTABLISHED,
        event_type=_S,
        definition=("An armed group sets up a base, headquarters or permanent checkpoint without fighting."),
    ),
    SubEventDefinition(
        sub_event_type=S.LOOTING,
        event_type=_S,
        definition=(
            "Property is looted, seized or destroyed (homes burned, crops destroyed) without people being harmed."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.NON_VIOLENT_TRANSFER,
        event_type=_S,
        definition=(
            "Control of a place changes hands without fighting: withdrawals, handovers, negotiated takeovers."
        ),
    ),
    SubEventDefinition(
        sub_event_type=S.OTHER,
        event_type=_S,
        definition=(
            "A significant development that fits no other type: a curfew or state of emergency imposed by an armed "
            "actor, an ultimatum, a notable statement with consequences on the ground."
        ),
    ),
)

_BY_SUB: dict[SubEventType, SubEventDefinition] = {d.sub_event_type: d for d in SUB_EVENTS}


def event_type_of(sub_event_type: SubEventType | str) -> EventType:
    """The event type a sub-event type belongs to."""
    return _BY_SUB[SubEventType(sub_event_type)].event_type


def sub_event_types_of(event_type: EventType | str) -> tuple[SubEventType, ...]:
    wanted = EventType(event_type)
    return tuple(d.sub_event_type for d in SUB_EVENTS if d.event_type == wanted)


def definition_of(sub_event_type: SubEventType | str) -> str:
    return _BY_SUB[SubEventType(sub_event_type)].definition


VIOLENT_EVENT_TYPES: frozenset[EventType] = frozenset({_B, _E, _V})

__all__ = [
    "SUB_EVENTS",
    "VIOLENT_EVENT_TYPES",
    "EventType",
    "SubEventDefinition",
    "SubEventType",
    "definition_of",
    "event_type_of",
    "sub_event_types_of",
]
