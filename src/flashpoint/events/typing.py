"""Choose an event's ACLED type from its anchor trigger, the other triggers of its sentences and its actors.

Codebook logic, not statistics: a generic attack or killing is a Battle when the targets are armed and violence
against civilians when they are not; a territorial change is a government gain when state forces initiate it; a
protest met with force is typed by the force used; heavy weapons fired one way are shelling, and a clash when
fire comes back; a killing told without its means takes the weapon the next sentence names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from flashpoint.events.ontology import EventType, SubEventType, event_type_of
from flashpoint.events.roles import Sides
from flashpoint.events.segment import Segment
from flashpoint.events.triggers import (
    DECISIVE_LEMMAS,
    INTERVENTION,
    RECIPROCAL_FIRE,
    WEAPON_SUB_EVENT_TYPES,
    names_no_means,
    strongest_trigger,
)
from flashpoint.mentions.model import ARMED_INTERS, NON_STATE_ARMED_INTERS, Mentions, VictimClass

S = SubEventType
_PROTEST_UPGRADES = (S.VIOLENT_DEMONSTRATION, S.EXCESSIVE_FORCE, S.PROTEST_WITH_INTERVENTION)


class LabelPredictor(Protocol):
    """What typing needs from the statistical classifier (``events.classifier.EventClassifier``)."""

    def predict_label(self, text: str, *, include_none: bool = True) -> tuple[str, float]: ...


# The classifier overrides the lexicon when it is at least this sure. Calibrated on whole notes
# (tools/measure_event_classifier.py combine): 0.7 is the only threshold that gained on both ACLED 2020-05
# (event_type 0.770 -> 0.858) and GTD attack types (0.799 -> 0.803); see events/data/MODEL_CARD.md.
OVERRIDE_PROBABILITY = 0.7
_ACTOR_DECIDED = {
    S.ATTACK,
    S.ARMED_CLASH,
}  # only the actors tell these apart, and the classifier cannot see them


@dataclass(frozen=True, slots=True, kw_only=True)
class TypeChoice:
    event_type: str
    sub_event_type: str
    notes: tuple[str, ...] = ()
    penalty: float = 0.0


def choose_type(
    segment: Segment,
    mentions: Mentions,
    sides: Sides,
    *,
    text: str = "",
    classifier: LabelPredictor | None = None,
) -> TypeChoice:
    sub = _first_choice(segment, mentions, text, classifier)
    if sub == S.ARRESTS and _arrested_at_protest(segment, text):
        sub = S.PROTEST_WITH_INTERVENTION  # the codebook: demonstrators arrested at their protest
    segment_triggers = [t for t in mentions.triggers if t.sentence in segment.sentences and not t.negated]
    segment_subs = {SubEventType(t.sub_event_type) for t in segment_triggers}
    penalty = 0.0
    means = _means_named_later(segment, mentions, text) if sub in _ACTOR_DECIDED else None
    if means is not None:
        sub = means
    if sub == S.ATTACK:
        sub = (
            S.ARMED_CLASH if _ARMED_VICTIM.search(text) else _attack_or_clash(segment, mentions, sides, text)
        )
        penalty = 0.1
        if sub == S.ATTACK and _property_only(segment, mentions, text):
            sub = S.LOOTING
        elif sub == S.ATTACK and _crowd_did_it(segment, sides, text):
            sub = S.MOB_VIOLENCE
    # "threw a grenade at troops ... Government forces opened gunfire in response": fire returned, a clash
    shot_back = sub in (S.ATTACK, S.GRENADE) and _shot_back(segment, mentions)
    if shot_back and not _civilians_only(segment, mentions, sides, text):
        sub = S.ARMED_CLASH
    if event_type_of(sub) == EventType.EXPLOSIONS and _WAR_REMNANT.search(text):
        sub = S.OTHER  # "a landmine laid during the Iran-Iraq War": no one fired it, the codebook's Other
    elif event_type_of(sub) == EventType.EXPLOSIONS and _DISRUPTED.search(text):
        sub = S.DISRUPTED_WEAPONS_USE  # "police detonated a bomb planted by ...", "exploded prematurely"
    if sub == S.ARMED_CLASH and _one_sided(segment) and _civilians_only(segment, mentions, sides, text):
        sub = S.ATTACK  # "gunmen ambushed and killed 4 youths", "shot and killed a civilian using small arms"
    if sub == S.ARMED_CLASH and (_unarmed_sides(sides) or _crowd_fight(sides, text)):
        sub = S.VIOLENT_DEMONSTRATION if segment_subs & _DEMONSTRATION else S.MOB_VIOLENCE
    elif sub in (S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY):
        sub = _territory(sides)
    elif event_type_of(sub) == EventType.PROTESTS or sub == S.PEACEFUL_PROTEST:
        upgrades = {
            SubEventType(t.sub_event_type) for t in segment_triggers if not _earlier_event(text, t.text)
        }
        sub = next((u for u in _PROTEST_UPGRADES if u in upgrades), sub)
        if sub == S.PEACEFUL_PROTEST and any(
            not _earlier_event(text, m.group(0)) for m in INTERVENTION.finditer(text)
        ):
            sub = S.PROTEST_WITH_INTERVENTION
    if sub == S.VIOLENT_DEMONSTRATION and not _PROTEST_PURPOSE.search(text):
        sub = S.MOB_VIOLENCE  # rioters with no protest to their violence: the codebook's mob violence
    return TypeChoice(event_type=event_type_of(sub).value, sub_event_type=sub.value, penalty=penalty)


# What makes violence a demonstration's (the codebook's violent demonstration) rather than a mob's: a protest,
# a demand or grievance voiced, or the protester's tactics (burning tyres, barricades, blocked roads). "Locals
# pelted stones at police who told them to stay home", "prisoners rioted, tearing down doors", "a mob tried to
# capture two thieves" voice none: mob violence.
_PROTEST_PURPOSE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|demand\w*|rall(?:y|ies|ied)|march(?:ed|es|ing)?|strikes?|striking|sit-ins?|"
    r"slogans?|agitat\w*|dharnas?|gheraos?|denounc\w*|condemn\w*|call(?:ing|ed)? for|to reject|rejecting|"
    r"in anger at|in opposition to|barricad\w*|block(?:ed|ing|aded?|ades)|"
    r"(?:burn\w*|lit|lighting|set fire to|torch\w*) (?:\w+ ){0,2}(?:tyres?|tires?))\b",
    re.IGNORECASE,
)


# "arrested for taking part in protests": the protest is the charge, not the event (Arrests)
_PROTEST_AS_CHARGE = re.compile(
    r"\b(?:for|over|after) (?:allegedly |reportedly )?(?:participating|taking part|joining|organi[sz]ing|"
    r"holding|staging|calling for|leading)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _arrested_at_protest(segment: Segment, text: str) -> bool:
    """Whether an event the classifier calls Arrests is anchored on a protest the arrests broke up, rather than
    one the arrested are charged with."""
    if event_type_of(SubEventType(segment.anchor.sub_event_type)) != EventType.PROTESTS:
        return False
    at = text.find(segment.anchor.text)
    return at >= 0 and not _PROTEST_AS_CHARGE.search(text, 0, at)


def _first_choice(
    segment: Segment, mentions: Mentions, text: str, classifier: LabelPredictor | None
) -> SubEventType:
    """The anchor's type, or the classifier's when it is sure. Heavy weapons fired at a side ("fired 82mm
    mortars at the positions near ...") are shelling unless the report says fire came back ("in both
    directions", "fired back") or small arms were used, which makes a clash; the classifier sees neither
    convention reliably, so it does not turn shelling into an attack or a clash."""
    rule = SubEventType(segment.anchor.sub_event_type)
    if segment.anchor.lemma in DECISIVE_LEMMAS:
        return rule
    chosen = _classified(rule, text, classifier)
    if _protest_held(rule, chosen, segment, mentions):
        return rule
    # the classifier may still say it is no shelling at all (a protest in a town named Grad)
    if rule != S.SHELLING or (chosen != rule and chosen not in _ACTOR_DECIDED):
        return chosen
    return S.ARMED_CLASH if _fire_returned(segment, mentions) or _SMALL_ARMS.search(text) else rule


_CROWD_TYPES = (EventType.PROTESTS, EventType.RIOTS)


def _protest_held(rule: SubEventType, chosen: SubEventType, segment: Segment, mentions: Mentions) -> bool:
    """A protest the text names stays a crowd's event when the model would make it an act no trigger of the
    event tells: the violence it reads is what the protest is about ("a march for a grocer who was abducted"),
    not what happened ("assailants opened fire on a vigil" keeps the model's attack)."""
    if (
        event_type_of(rule) != EventType.PROTESTS
        or event_type_of(chosen) in _CROWD_TYPES
        or chosen == S.ARRESTS
    ):
        return False
    wanted = event_type_of(chosen)
    return not any(
        event_type_of(SubEventType(t.sub_event_type)) == wanted
        for t in mentions.triggers
        if t.sentence in segment.sentences and not t.negated
    )


# Small arms beside the heavy weapons ("rockets and firearms", "mortars and small arms"): a clash, not shelling.
_SMALL_ARMS = re.compile(r"\b(?:small arms|firearms|opened fire|gunfire)\b", re.IGNORECASE)
_RETURNED_FIRE = re.compile(
    r"\b(?:fired back|returned (?:the )?fire|responded to (?:[\w-]+ ){0,2}(?:the )?(?:fire|shelling|attacks?)|"
    r"(?:responded|reacted|retaliated) with (?:heavy |intense |sustained )?(?:gun)?fir(?:e|ing)|"
    r"(?:opened|returned) (?:gun)?fire in response|(?:the )?(?:two|both) sides engaged in)\b",
    re.IGNORECASE,
)


def _fire_returned(segment: Segment, mentions: Mentions) -> bool:
    """Fire both ways, fire returned, or fighting ("in the ensuing clash", "repelled the assault") in the
    anchor's sentence or the next one (later sentences may be background: "the war has claimed ...")."""
    near = {segment.anchor.sentence, segment.anchor.sentence + 1} & set(segment.sentences)
    return any(
        t.sub_event_type == S.ARMED_CLASH.value or _RETURNED_FIRE.search(t.text)
        for t in mentions.triggers
        if t.sentence in near and not t.negated and not t.generic
    )


# Explosive remnants of war: a device left from a war long over ("a landmine, laid during the Iran-Iraq War",
# "a rocket believed to be leftover from the civil war", "unexploded ordnance") is no attack by anyone now.
_WAR_REMNANT = re.compile(
    r"\b(?:(?:explosive )?remnants? of (?:the )?war|unexploded (?:ordnance|ordinance|munitions?|shells?|bombs?|"
    r"rockets?|mortars?|devices?)|UXOs?|left ?over from (?:the|a) (?:[\w-]+ ){0,3}war|"
    r"laid (?:during|in) the (?:[\w-]+ ){0,3}war)\b",
    re.IGNORECASE,
)


# A device that went off in its makers' hands or that security forces blew up is the codebook's disrupted
# weapons use, not an attack: "landmines they were planting exploded prematurely", "police detonated a bomb
# planted by an unidentified man", "Turkish forces detonated a car bomb".
_DISRUPTED = re.compile(
    r"\b(?:(?:exploded|went off|detonated) prematurely|premature (?:explosion|detonation)|"
    r"while (?:they were |he was |she was )?(?:planting|laying|making|assembling|preparing|handling) "
    r"(?:a |an |the )?(?:[\w-]+ )?(?:bombs?|IEDs?|explosives?|mines?|landmines?|devices?)|"
    r"(?:bombs?|IEDs?|explosives?|mines?|landmines?|devices?) (?:they|he|she) (?:was|were) (?:planting|laying|making)|"
    r"(?:police|forces|troops|soldiers|army|sappers|engineers|experts|squad)"
    r"(?: (?!bombers?\b|militants?\b|attackers?\b|said\b|says\b)\w+){0,2}? detonated "
    r"(?:a|an|the) (?:[\w-]+ ){0,2}(?:bomb|IED|explosive|device|mine|landmine)s?|"
    # a suicide bomber stopped before the attack: "police shot dead a would-be suicide bomber at the gate"
    r"(?:identified|intercepted|arrested|detained|captured|apprehended|shot|killed|neutrali[sz]ed|gunned down)"
    r"(?: and (?:killed|arrested|detained|captured|shot(?: dead)?))? (?:an? |the |two |three )?(?:would-be |"
    r"potential |suspected |female )?suicide (?:bombers?|attackers?))\b",
    re.IGNORECASE,
)


def _shot_back(segment: Segment, mentions: Mentions) -> bool:
    """Fire returned or exchanged (not any fighting) in the anchor's sentence or the next one."""
    near = {segment.anchor.sentence, segment.anchor.sentence + 1} & set(segment.sentences)
    return any(
        t.lemma == RECIPROCAL_FIRE or _RETURNED_FIRE.search(t.text)
        for t in mentions.triggers
        if t.sentence in near and not t.negated and not t.generic
    )


def _classified(rule: SubEventType, text: str, classifier: LabelPredictor | None) -> SubEventType:
    """The classifier's sub-type when it is sure and disagrees, except where only the actors can decide."""
    if classifier is None or not text:
        return rule
    label, probability = classifier.predict_label(text, include_none=False)
    if probability < OVERRIDE_PROBABILITY or label == rule.value:
        return rule
    predicted = SubEventType(label)
    if predicted in _ACTOR_DECIDED and rule in _ACTOR_DECIDED:
        return rule
    return S.ATTACK if predicted in _ACTOR_DECIDED else predicted


# "The incursion was backed by air strikes", "units supported by artillery fire": weapons that support a ground
# fight are not its means.
_SUPPORT = re.compile(
    r"\b(?:backed|supported|assisted|covered|accompanied) by\b|\b(?:support|cover) of\b|\bair support\b",
    re.IGNORECASE,
)


def _means_named_later(segment: Segment, mentions: Mentions, text: str) -> SubEventType | None:
    """ "At least 45 people were killed in Aleppo. Most died in air strikes on the eastern districts.": when the
    anchor only says people were killed or attacked, a weapon named in the event's next sentence types it."""
    if not names_no_means(segment.anchor.text) or _SUPPORT.search(text):
        return None
    following = segment.anchor.sentence + 1  # the sentence right after: a later one may tell another incident
    if following not in segment.sentences:
        return None
    later = [t for t in mentions.triggers if t.sentence == following and not t.negated and not t.generic]
    # "an RPG, then an exchange of gunfire": the exchange makes it a clash
    strongest = strongest_trigger(later)
    if strongest is None or strongest.sub_event_type not in WEAPON_SUB_EVENT_TYPES:
        return None
    return SubEventType(strongest.sub_event_type)


# A victim described by a criminal record for trafficking or other crimes, as gang killings are reported ("the
# victim had charges against him for drug trafficking"): a gang's member (events.build makes the gang actor2).
CRIMINAL_RECORD = re.compile(
    r"\b(?:had|has|with) (?:\w+ ){0,3}(?:charges|criminal records?|police records?|a record)\b[^.]{0,60}?"
    r"\b(?:drugs?|trafficking|gangs?|robber(?:y|ies)|homicides?|crimes?|theft)",
    re.IGNORECASE,
)
# The codebook's violence against civilians is against unarmed people. A victim the report calls armed, or one
# with a criminal record, was a member of an armed group: a clash between armed actors.
_ARMED_VICTIM = re.compile(
    rf"\b(?:victims?|man|men|woman|boy|teenager) (?:was|were|had been) armed\b|{CRIMINAL_RECORD.pattern}",
    re.IGNORECASE,
)


# Clash triggers that tell what one side did, not that two sides fought: "ambushed", "small arms (fire)".
_ONE_SIDED = re.compile(r"ambush(?:ed|es)?|small arms", re.IGNORECASE)


def _one_sided(segment: Segment) -> bool:
    return bool(_ONE_SIDED.fullmatch(segment.anchor.text))


def _civilians_only(segment: Segment, mentions: Mentions, sides: Sides, text: str) -> bool:
    """Whether the event's targets or victims are civilians and none of them is armed."""
    civilian, armed = _target_kinds(segment, mentions, sides, text)
    return civilian and not armed


# The codebook counts security personnel off duty as civilians: "two off-duty police officers were shot", "a
# soldier (assumed off-duty)", "the chief of police, who was off duty".
OFF_DUTY = re.compile(r"\boff[- ]duty\b", re.IGNORECASE)


def _target_kinds(segment: Segment, mentions: Mentions, sides: Sides, text: str) -> tuple[bool, bool]:
    """Whether civilians, and whether armed men, are among the targets or the victims counted."""
    target_inters = {a.inter for a in sides.targets}
    victims = {
        c.victim_class for c in mentions.casualties if c.sentence in segment.sentences and not c.negated
    }
    if OFF_DUTY.search(text):
        target_inters = {7 if inter == 1 else inter for inter in target_inters}
        victims = {VictimClass.CIVILIAN if v == VictimClass.COMBATANT else v for v in victims}
    civilian = 7 in target_inters or VictimClass.CIVILIAN in victims
    armed = bool(target_inters & ARMED_INTERS) or VictimClass.COMBATANT in victims
    return civilian, armed


def _attack_or_clash(segment: Segment, mentions: Mentions, sides: Sides, text: str) -> SubEventType:
    if 6 in {a.inter for a in sides.targets}:
        return S.EXCESSIVE_FORCE
    civilian_target, armed_target = _target_kinds(segment, mentions, sides, text)
    if armed_target and not civilian_target:
        return S.ARMED_CLASH
    return S.ATTACK


# A riot or a dispersal the report gives as the background of a protest ("relatives protested, following a
# riot at the colony last month"; "after the protests and riots in the prisons in the previous week") is an
# earlier event, not what happened to this one.
_AFTER_AN_EARLIER = re.compile(
    r"\b(?:after|following|since)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,4}$", re.IGNORECASE
)
_EARLIER_TIME = re.compile(
    r"[^.;]{0,80}?\b(?:last (?:week|month|year)|the (?:previous|preceding|past) (?:days?|weeks?|months?)|"
    r"in mid-[a-z]+|earlier (?:this|that|in the) (?:week|month|year))\b",
    re.IGNORECASE,
)


def _earlier_event(text: str, trigger_text: str) -> bool:
    """Whether every occurrence of ``trigger_text`` in the event's ``text`` tells an earlier event."""
    starts = [m.start() for m in re.finditer(re.escape(trigger_text), text)]
    return bool(starts) and all(
        _AFTER_AN_EARLIER.search(text[max(0, start - 60) : start])
        or _EARLIER_TIME.match(text, start + len(trigger_text))
        for start in starts
    )


# An attack on things where no one was hurt is the codebook's property destruction: an arson attack on a
# factory, a pipeline "attacked by unidentified armed individuals", machinery set on fire.
_PROPERTY_NOUNS = (
    r"(?:plants?|factory|factories|buildings?|pipelines?|oil fields?|oilfield|warehouses?|machinery|towers?|"
    r"antennas?|substations?|power lines?|(?:commercial|business) premises)"
)
_PROPERTY = re.compile(
    r"\b(?:arson|set (?:on )?fire|set ablaze|torched|material damage|"
    r"(?:attack(?:ed|s)?|targeting|targeted|hit|struck) (?:on )?(?:an? |the |several |\d+ )?(?:[\w-]+ ){0,3}"
    rf"{_PROPERTY_NOUNS}\b|"
    rf"{_PROPERTY_NOUNS} (?:[\w-]+ ){{0,2}}(?:was|were) (?:\w+ )?(?:attacked|targeted|hit|struck)\b)",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:killed|killing|dead|died|wounded|wounding|injur(?:ed|ies|ing)|hurt|shot|stabbed|beat|beaten|beating|kidnapped|"
    r"abducted|raped|tortured|assaulted|threatened|hostages?)\b",
    re.IGNORECASE,
)


def _property_only(segment: Segment, mentions: Mentions, text: str) -> bool:
    """An attack on property (``_PROPERTY``) with no one named harmed in the event's sentences."""
    if not _PROPERTY.search(text) or _HARM.search(text):
        return False
    return not any(
        c.count > 0 and not c.negated for c in mentions.casualties if c.sentence in segment.sentences
    )


_UNARMED = {5, 6, 7}
_DEMONSTRATION = {S.PEACEFUL_PROTEST, S.VIOLENT_DEMONSTRATION, S.PROTEST_WITH_INTERVENTION}


def _unarmed_sides(sides: Sides) -> bool:
    """A clash whose initiators are rioters, protesters or civilians ("locals clashed with ...") is a riot."""
    initiators = {a.inter for a in sides.initiators}
    return bool(initiators) and initiators <= _UNARMED


# "young members of the ruling party clashed with opposition supporters", "locals clashed with police": a fight
# of crowds, not of armed groups, is a riot in the codebook. Only when no armed group (rebels, militias) is
# among the actors; state forces, at home or abroad (external forces: "youths clashed with Israeli forces"
# in the West Bank), may be the crowd's opponent.
_CROWD = re.compile(
    r"\b(?:supporters|youths?|young (?:men|people|members)|locals|residents|villagers|group of (?:people|youths?)|"
    r"groups of \w+(?: \w+)?|mobs?|crowds?|students|party (?:members|activists|supporters)|"
    r"members of (?:the )?(?:\w+ )?(?:opposition |ruling )?part(?:y|ies)|demonstrators|rioters|fans)\b",
    re.IGNORECASE,
)
# Parties that are a crowd only when they are the ones fighting ("a clash erupted between police and
# shopkeepers", "fruit sellers clashed with police", "two groups clashed", "5 citizens attacked police
# officers"), not when named anywhere: "5 citizens were killed in a raid" names victims.
_CROWD_PARTY = (
    r"(?:shop ?keepers|traders|vendors|(?:fruit |street )?sellers|merchants|(?:two|rival) groups|citizens|"
    r"(?:dozens|scores|hundreds) of (?:[\w()-]+ ){0,3}(?:men|people|youths?))"
)
_CROWD_CLASH = re.compile(
    rf"\b{_CROWD_PARTY}(?:(?!\b(?:was|were|been|being)\b)[^.;]){{0,30}}?"
    r"\b(?:clash(?:es|ed)?|fought|fight(?:s|ing)?|attacked|assaulted)\b|"
    rf"\b(?:clash(?:es|ed)?|fight(?:ing)?) (?:\w+ ){{0,3}}between (?:[\w-]+ ){{0,4}}?{_CROWD_PARTY}\b",
    re.IGNORECASE,
)


def _crowd_fight(sides: Sides, text: str) -> bool:
    inters = {a.inter for a in (*sides.initiators, *sides.targets)}
    return not inters & NON_STATE_ARMED_INTERS and bool(_CROWD.search(text) or _CROWD_CLASH.search(text))


# Who did it, when it is a crowd of ordinary people: "a group of people attacked a media office", "inhabitants
# attacked police officers", "a man was beaten up by villagers". The codebook types such violence as mob
# violence, not an attack by an armed group.
_CROWD_NOUN = (
    r"(?:(?:a |an |the )?(?:group|mob|crowd|gang) of (?:[\w-]+ ){0,2}(?:people|youths?|men|villagers|residents|"
    r"locals|refugees|migrants|relatives|citizens)|inhabitants|villagers|residents|locals|citizens(?=\s*$)|"
    r"(?:an? (?:angry )?)?mob|youths?|"
    r"(?:dozens|scores|hundreds) of (?:people|youths?|villagers|residents|locals)|relatives|kin)"
)
_CROWD_BEFORE = re.compile(rf"\b{_CROWD_NOUN}\b(?![^.;]*\b(?:was|were|been)\s+(?:\w+ly\s+)?$)", re.IGNORECASE)
_CROWD_BY = re.compile(
    rf"^\S*(?:\s+\w+){{0,3}}?\s+by\s+(?:an?\s+|the\s+)?(?:\w+'?s?\s+)?{_CROWD_NOUN}\b", re.IGNORECASE
)
_FIREARMS = re.compile(
    r"\b(?:shot|shoot(?:s|ing)?|fired|firing|guns?|gunfire|gunshots?|firearms?|rifles?)\b", re.I
)


def _crowd_did_it(segment: Segment, sides: Sides, text: str) -> bool:
    """Whether the anchor's doers are a crowd (``_CROWD_NOUN``) and no armed or state actor initiated."""
    if any(a.inter in ARMED_INTERS for a in sides.initiators):
        return False
    at = text.find(segment.anchor.text)
    if at < 0:
        return False
    start = text.rfind(".", 0, at) + 1
    end = text.find(".", at)
    if _FIREARMS.search(text, start, end if end >= 0 else len(text)):
        return False  # "a group of people shot at a checkpoint": armed men, not a mob
    return bool(_CROWD_BEFORE.search(text[start:at]) or _CROWD_BY.match(text, at))


def _territory(sides: Sides) -> SubEventType:
    initiator = sides.initiators[0].inter if sides.initiators else None
    return S.GOVERNMENT_REGAINS_TERRITORY if initiator == 1 else S.NON_STATE_ACTOR_OVERTAKES_TERRITORY


__all__ = ["CRIMINAL_RECORD", "OFF_DUTY", "TypeChoice", "choose_type"]
