"""Actor roles: who initiated an event, who was targeted, who was associated with either side.

Rules read the anchor sentence around its trigger: "X repelled an attack by Y" and "a Y attack" make Y the
initiator; a passive verb ("was assassinated", "were killed by Y") puts the grammatical subject on the target side
and the "by" agent on the initiator side; "clashes between X and Y" keeps X first; otherwise actors before the
trigger initiate and actors after it are targeted. The first actor on a side is the actor, the others associated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from flashpoint.mentions.model import ActorMention, TriggerMention


class DescriptorResolver(Protocol):
    """What the events stage needs from the actor knowledge base (``mentions.kb.ActorKB`` provides it).

    Both take the event's date: ACLED names state forces by period ("Military Forces of Syria (2000-)").
    """

    def resolve_descriptor(
        self, template: str, country: str | None, on: date | None = None
    ) -> tuple[str, int]: ...

    def name_on(self, actor_id: str, on: date | None = None) -> str: ...

    def inter_for(self, actor_id: str, event_country: str | None) -> int: ...

    def country(self, code_or_name: str | None) -> Any: ...

    def frontline_sides(self, country: str | None, on: date | None, text: str) -> tuple[str, str] | None: ...

    def deployed_in(self, actor_id: str | None, on: date | None) -> tuple[str, ...]: ...

    def coded_as(self, actor_id: str | None, country: str | None, on: date | None) -> str | None: ...

    def air_operator(
        self, country: str | None, on: date | None, text: str, targets: Sequence[str] = ()
    ) -> str | None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedActor:
    name: str
    inter: int | None
    mention: ActorMention


@dataclass(frozen=True, slots=True, kw_only=True)
class Sides:
    initiators: tuple[ResolvedActor, ...]
    targets: tuple[ResolvedActor, ...]


_DEFENCE = re.compile(
    r"\b(?:repelled|repulsed|thwarted|foiled|fended off|beat back|pushed back|"
    r"responded to|came under)\b",
    re.IGNORECASE,
)
# "is" as a verb, not the acronym: "IS attacks SDF positions" is active
_PASSIVE = re.compile(r"\b(?:was|were|been|being|(?-i:is|Is)|are|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY = re.compile(
    r"\bby\s+(?:the\s+|an?\s+)?"
    r"(?:(?:group|band|gang|squad|unit|column|commando|cell|team|number)\s+of\s+)?"  # "by a group of gunmen"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|about\s+\d+)\s+)?"
    r"(?:so-called\s+|suspected\s+|alleged\s+|presumed\s+|purported\s+|"
    r"reported\s+|apparent\s+|likely\s+)?(?-i:[A-Z][a-z]+\s+(?:or|and)\s+)?$",  # "by Syrian or Russian jets"
    re.IGNORECASE,
)
# "a checkpoint manned by soldiers", "an area held by the rebels": a "by" that names who holds or leads
# something in the sentence, not who did the event
_NOT_AGENT_BY = re.compile(
    r"\b(?:manned|held|controlled|run|operated|guarded|led|backed|supported|commanded|owned|staffed|"
    r"occupied|used|affiliated|accompanied|escorted|followed|surrounded|protected|funded|armed|trained|"
    r"founded|formed|established|organi[sz]ed|recogni[sz]ed|designated)\s+by\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_VICTIM_CLAUSE = re.compile(
    r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|shot|hurt|abducted|kidnapped)\s+"
    r"(?:\w+\s+){0,2}(?:when|as|after|in|by|during)\b"
    r"|\b(?-i:[A-Z]\w+)\s+(?:killed|injured|wounded)\s+(?:in|during)\s"  # a headline: "Militants Killed in"
    r"|\b(?:killed|injured|wounded)\s+(?:while\s+)?$",  # "jihadists killed fighting Kurds"
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\b(?:between|among)\b", re.IGNORECASE)
# "was killed after exchanging fire with military police": the one named after "with" fought the victim
_WITH_BEFORE = re.compile(
    r"\b(?:clash(?:ed|es|ing)?|fought|fighting|battles?|engaged|exchang(?:ed|ing)\s+(?:of\s+)?fire|"
    r"gunfights?|shoot-?outs?|firefights?)\s+with\s+(?:the\s+|an?\s+)?(?:suspected\s+|alleged\s+)?$"
    r"|\b(?:killed|wounded|injured)\s+(?:while\s+)?(?:fighting|battling)\s+(?:against\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


_CIVILIANS = 7


def assign_sides(
    sentence_text: str,
    offset: int,
    trigger: TriggerMention,
    actors: Sequence[ActorMention],
    resolve: DescriptorResolver,
    country: str | None,
    on: date | None = None,
) -> Sides:
    """Split the actors of one sentence into initiators and targets; civilians never initiate violence."""
    resolved = [resolve_actor(a, resolve, country, on) for a in actors]
    sides = _grammatical_sides(sentence_text, offset, trigger, resolved)
    if trigger.event_type in ("Protests", "Riots"):
        return sides
    victims = tuple(a for a in sides.initiators if a.inter == _CIVILIANS)
    if not victims:
        return sides
    return Sides(
        initiators=tuple(a for a in sides.initiators if a.inter != _CIVILIANS),
        targets=victims + sides.targets,
    )


def crowd_initiates(sides: Sides, anchor_start: int) -> Sides:
    """The inverse of :func:`assign_sides`' rule for an event typed a riot or protest after its clash trigger put
    the civilians among the targets ("residents clashed with police"): the civilians named before the trigger
    are the crowd, the event's initiators."""
    crowd = tuple(a for a in sides.targets if a.inter == _CIVILIANS and a.mention.start < anchor_start)
    if not crowd:
        return sides
    return Sides(
        initiators=(*crowd, *sides.initiators), targets=tuple(a for a in sides.targets if a not in crowd)
    )


def _grammatical_sides(
    sentence_text: str, offset: int, trigger: TriggerMention, resolved: list[ResolvedActor]
) -> Sides:
    if trigger.extractor == "classifier":  # the whole sentence is the trigger: the first actor is the subject
        return Sides(initiators=tuple(resolved[:1]), targets=tuple(resolved[1:]))
    t_start, t_end = trigger.start - offset, trigger.end - offset
    if (
        sentence_text[t_end : t_end + 1] == ":"
    ):  # a topic label ("Looting: On 9 May, X looted ..."), not a verb
        agents = [r for r in resolved if _is_by_agent(sentence_text, offset, r)] or resolved[:1]
        return Sides(initiators=tuple(agents), targets=tuple(r for r in resolved if r not in agents))
    # an actor the trigger sits inside ("unidentified warplanes" for the trigger "warplanes") is its agent
    before = _without_speakers(
        sentence_text, offset, [r for r in resolved if r.mention.start - offset < t_end]
    )
    after = [r for r in resolved if r.mention.start - offset >= t_end]
    prefix = sentence_text[:t_start]
    if _DEFENCE.search(prefix[-60:]) or _DEFENCE.search(sentence_text[t_start:t_end]):
        attackers = [r for r in resolved if _is_agent_of_attack(sentence_text, offset, r)] or after
        if (
            not attackers and len(before) >= 2
        ):  # "militants were killed when Afghan forces repulsed their attack"
            attackers = before[:-1]
        return Sides(initiators=tuple(attackers), targets=tuple(r for r in before if r not in attackers))
    members = _members_of_agent_noun(sentence_text, offset, trigger, after)
    if members:  # "a suicide bomber from al-Nusra Front killed 25 soldiers"
        return Sides(
            initiators=tuple(members), targets=tuple(before + [r for r in after if r not in members])
        )
    if (
        _PASSIVE.search(prefix[-30:])
        or _VICTIM_CLAUSE.search(prefix)
        or _reduced_passive(sentence_text, t_start, t_end)
    ):
        return _passive_sides(sentence_text, offset, t_end, (before, after))
    if _BETWEEN.search(sentence_text[t_end : t_end + 30]) and len(after) >= 2:
        return Sides(initiators=(after[0],), targets=tuple(after[1:]))
    agents_after = [
        r
        for r in after
        if _is_by_agent(sentence_text, offset, r)
        and not _ADJUNCT.search(sentence_text, t_end, r.mention.start - offset)
    ] or [
        r
        for r in after
        if _is_agent_of_attack(sentence_text, offset, r)
        or (not before and _when_clause_doer(sentence_text, offset, t_end, r))
    ]
    if agents_after:  # "an air strike by X killed Y": the others after the trigger are its targets
        others = [r for r in after if r not in agents_after]
        return Sides(initiators=tuple(agents_after), targets=tuple(before + others))
    subjects, objects = _split_objects(sentence_text, offset, before)
    return Sides(initiators=tuple(subjects), targets=tuple(objects + after))


# "HTS targeted regime forces ... with a guided missile", "Turkish forces killed 4 PKK militants during
# airstrikes": a transitive attack verb between two actors before a late trigger makes the second its object
_TRANSITIVE = re.compile(
    r"\b(?:targeted|targeting|attacked|attacking|struck|striking|hit|shelled|shelling|bombed|killed|killing|"
    r"ambushed|abducted|kidnapped|shot|raided|stormed|captured|seized|arrested|detained|fired\s+(?:on|at))\b",
    re.IGNORECASE,
)


def _split_objects(
    sentence_text: str, offset: int, before: list[ResolvedActor]
) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
    if len(before) < 2:
        return before, []
    first_end = before[0].mention.end - offset
    for index, actor in enumerate(before[1:], start=1):
        if _TRANSITIVE.search(sentence_text, first_end, actor.mention.start - offset):
            return before[:index], before[index:]
    return before, []


# a headline's passive without its auxiliary: "30 Militants Killed in Clashes with Kurds"
_PARTICIPLE = re.compile(r"(?:killed|injured|wounded|shot dead|abducted|kidnapped)$", re.IGNORECASE)
_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:in|by|during|as|when|after|while|amid|following|fighting|battling)\b", re.IGNORECASE
)


def _reduced_passive(sentence_text: str, t_start: int, t_end: int) -> bool:
    """ "Militants Killed in Clashes", "two soldiers killed by a mine": a participle followed by a preposition
    (an active "killed" takes an object: "militants killed two soldiers")."""
    if not _PARTICIPLE.match(sentence_text[t_start:t_end].strip()):
        return False
    if re.search(r"\b(?:has|have|had)\s+$", sentence_text[:t_start], re.IGNORECASE):
        return False
    return _AFTER_PARTICIPLE.match(sentence_text, t_end) is not None


def _passive_sides(
    sentence_text: str, offset: int, t_end: int, found: tuple[list[ResolvedActor], list[ResolvedActor]]
) -> Sides:
    """ "X were killed by Y" / "after exchanging fire with Y" / "during a Y raid": Y initiated, X was targeted;
    "X were killed when Y repulsed their attack": X attacked; "killed in a firefight between Y and Z": Y, Z.
    With no agent after the verb, a main clause before the passive one ("the army encountered BLF militants,
    in which four militants were killed") names the sides: its actors initiate, the passive clause's are hit."""
    before, after = found
    agents = (
        [r for r in after if _is_by_agent(sentence_text, offset, r)]
        or [r for r in after if _WITH_BEFORE.search(sentence_text[: r.mention.start - offset][-60:])]
        or [r for r in after if _is_agent_of_attack(sentence_text, offset, r)]
    )
    if agents:
        return Sides(initiators=tuple(agents), targets=tuple(before))
    doers = [
        r
        for r in before
        if r.inter != _CIVILIANS and _ATTACK_VERB_AFTER.match(sentence_text, r.mention.end - offset)
    ]
    if doers:  # "a policeman was wounded when guerrillas attacked the post": the subject of the attack verb
        return Sides(initiators=tuple(doers), targets=tuple(r for r in before if r not in doers))
    following = sentence_text[t_end : t_end + 60]
    if before and after and _DEFENCE.search(following):
        return Sides(initiators=tuple(before), targets=tuple(after))
    if len(after) >= 2 and _BETWEEN.search(following):
        return Sides(initiators=(after[0],), targets=tuple(after[1:]))
    boundary = _last_clause_boundary(sentence_text, offset, before)
    main = [r for r in before if r.mention.end - offset <= boundary]
    hit = [r for r in before if r not in main]
    if len({r.name for r in main}) >= 2:  # both sides are in the main clause: "four militants" is one of them
        hit = [r for r in hit if not r.mention.generic]
    return Sides(initiators=tuple(main), targets=tuple(hit))


# the start of the clause a passive verb ends: "..., in which", "during which", "; ", ", and", ", when"
_CLAUSE_BOUNDARY = re.compile(
    r"\b(?:in|during|after|following)\s+which\b|;|,\s*(?:and|where|when|while|as)\b", re.IGNORECASE
)


def _last_clause_boundary(sentence_text: str, offset: int, before: list[ResolvedActor]) -> int:
    """Where the passive clause starts (0: the sentence is one clause); only a boundary after an actor counts."""
    if not before:
        return 0
    end = max(r.mention.end - offset for r in before)
    first_end = min(r.mention.end - offset for r in before)
    found = [m.start() for m in _CLAUSE_BOUNDARY.finditer(sentence_text, first_end, end)]
    return found[-1] if found else 0


# "X strikes killed 70 following rocket attacks by rebels": a "by" inside such an adjunct is another event's
_ADJUNCT = re.compile(
    r"\b(?:following|after|in response to|in retaliation for|days after|hours after)\b", re.I
)


_REPORTING = re.compile(
    # "X claimed to have killed 3 soldiers", "X claimed responsibility": X speaks of its own act, and stays a side
    r"\s*(?:\w+\s+){0,4}?(?:said|says|claimed|claims|reported|announced|stated)\s+"
    r"(?!to\s+have\b|responsibility\b|credit\b)(?:that\s+)?",
    re.IGNORECASE,
)


def _without_speakers(sentence_text: str, offset: int, before: list[ResolvedActor]) -> list[ResolvedActor]:
    """ "Opposition forces claimed that Russian jets hit an outpost": the speaker is a source, not a side, when
    another actor follows its reporting verb ("The army said it killed ..." keeps the army)."""
    kept: list[ResolvedActor] = []
    for index, actor in enumerate(before):
        verb = _REPORTING.match(sentence_text, actor.mention.end - offset)
        later = before[index + 1 :]
        if verb is not None and later and later[0].mention.start - offset >= verb.end():
            continue
        kept.append(actor)
    return kept


_AGENT_NOUN = re.compile(r"(?:bombers?|gunm[ae]n|attackers?|snipers?|assailants?|militants?)$", re.IGNORECASE)
_MEMBER_OF = re.compile(
    r"\s*(?:from|of|belonging\s+to|linked\s+to)\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,4}", re.IGNORECASE
)


def _members_of_agent_noun(
    sentence_text: str, offset: int, trigger: TriggerMention, after: list[ResolvedActor]
) -> list[ResolvedActor]:
    """The organisation a trigger naming the doers belongs to: "a suicide bomber from <org>" (first one only)."""
    if not after or not _AGENT_NOUN.search(trigger.text):
        return []
    t_end = trigger.end - offset
    first = after[0]
    return [first] if _MEMBER_OF.fullmatch(sentence_text, t_end, first.mention.start - offset) else []


def _is_by_agent(sentence_text: str, offset: int, actor: ResolvedActor) -> bool:
    """ "killed by X", "shells fired by presumed X": X is the agent; not in "a post manned by X"."""
    before = sentence_text[: actor.mention.start - offset]
    return _BY.search(before[-30:]) is not None and _NOT_AGENT_BY.search(before[-50:]) is None


def _is_agent_of_attack(sentence_text: str, offset: int, actor: ResolvedActor) -> bool:
    """In "repelled an ISIS attack" or "an attack by ISIS", ISIS is the attacker."""
    start, end = actor.mention.start - offset, actor.mention.end - offset
    following = sentence_text[end : end + 25].lower()
    preceding = sentence_text[max(0, start - 25) : start].lower()
    return bool(
        re.match(
            r"\s*(?:-led\s+|-linked\s+)?(?:anti-[\w-]+\s+)?(?:attack|assault|offensive|raid|infiltration|ambush|operation|"
            r"fire\b|gunfire|shelling|shell|strike|air\s?strike|bombardment|bombing|crackdown|sniper)",
            following,
        )
        or re.search(
            r"(?:attack|assault|offensive|raid|ambush)\s+(?:launched\s+)?by\s+(?:the\s+)?$", preceding
        )
    )


# "the attack was carried out by X", "X claimed responsibility", "X attacked the post": a sentence after the
# anchor that names who did it
_CLAIMED = re.compile(
    r"[\"'\u201d]?\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,.;]{1,80},\s*)?(?:(?:has|have|had|later|also)\s+)?(?:claimed|claims|admitted)\s+"
    r"(?:responsibility|credit|authorship)\b",
    re.IGNORECASE,
)
_ATTACK_VERB_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:have|has|had|later|then|also|\w+ly)\s+)?"
    r"(?:attacked|dynamited|bombed|blew\s+up|murdered|assassinated|kidnapped|abducted|ambushed|machine-?gunned|"
    r"set\s+fire\s+to|fired\s+(?:on|at)|opened\s+fire|shot\s+(?:\w+ly\s+)?at)\b"
    r"(?!\s+(?:by|in|during|when|while)\b)",
    re.IGNORECASE,
)


# "sources attributed the attack to X", "blamed the bombing on X", "suspected the involvement of X": a source
# names the perpetrator (kept as that source's claim, see build._alleged_actor_claims)
_ATTRIBUTED_BEFORE = re.compile(
    r"\b(?:(?:attributed|attributes)\s+(?:the\s+|this\s+|these\s+|both\s+)?"
    r"(?:attacks?|incidents?|blasts?|bombings?|explosions?|killings?|abductions?|assaults?|it|them)\s+to"
    r"|(?:blamed|blames)\s+(?:the\s+|this\s+|these\s+)?"
    r"(?:attacks?|incidents?|blasts?|bombings?|explosions?|killings?|abductions?|assaults?|it|them)\s+on"
    r"|suspect(?:s|ed)?\s+(?:the\s+)?involvement\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "police suspect that the Taliban were behind the blast": the mention named as behind the event
_BEHIND_AFTER = re.compile(
    r"\s+(?:was|were|is|are|may have been|might have been)\s+(?:\w+\s+)?behind\b", re.IGNORECASE
)


def attributed_to(text: str, start: int) -> bool:
    """Whether the actor mention starting at ``start`` is named as the perpetrator by a source ("sources
    attributed the attack to the Taliban")."""
    return _ATTRIBUTED_BEFORE.search(text, max(0, start - 80), start) is not None


def claims_responsibility(text: str, end: int) -> bool:
    """Whether the actor mention ending at ``end`` is followed by a claim of responsibility ("The Taliban
    claimed responsibility for the incident")."""
    return _CLAIMED.match(text, end) is not None


_WHEN_CLAUSE = re.compile(r"\b(?:when|as|after)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def _when_clause_doer(sentence_text: str, offset: int, t_end: int, actor: ResolvedActor) -> bool:
    """ "heavy fighting broke out when members of X attacked a substation": the subject of an attack verb in a
    "when" clause after a trigger that no actor precedes started it."""
    start, end = actor.mention.start - offset, actor.mention.end - offset
    return (
        actor.inter != _CIVILIANS
        and _WHEN_CLAUSE.search(sentence_text, t_end, start) is not None
        and _ATTACK_VERB_AFTER.match(sentence_text, end) is not None
    )


def agent_named_later(
    text: str,
    actors: Sequence[ActorMention],
    resolve: DescriptorResolver,
    country: str | None,
    on: date | None = None,
    *,
    claimed_only: bool = False,
) -> ResolvedActor | None:
    """The first actor that the event's later sentences name as its doer, or None.

    For an event whose anchor sentence names no initiator: "the attack was carried out by X", "X claimed
    responsibility", "sources attributed the attack to X", "X attacked the post" in a sentence that tells the
    same event. With ``claimed_only`` (the anchor names an unidentified one, "assailants"), only a claim of
    responsibility or a source's attribution names it: later sentences also tell of other attacks. ``text`` is
    the document's text (the mentions' offsets index it); civilians are never the doer."""
    for mention in actors:
        actor = resolve_actor(mention, resolve, country, on)
        if actor.inter == _CIVILIANS:
            continue
        after = mention.end
        if (
            claims_responsibility(text, after)
            or attributed_to(text, mention.start)
            or _BEHIND_AFTER.match(text, after)
            or (
                not claimed_only
                and (
                    _is_by_agent(text, 0, actor)
                    or _is_agent_of_attack(text, 0, actor)
                    or _ATTACK_VERB_AFTER.match(text, after)
                )
            )
        ):
            return actor
    return None


def resolve_actor(
    mention: ActorMention, resolve: DescriptorResolver, country: str | None, on: date | None = None
) -> ResolvedActor:
    """The ACLED-style name of a mention on the event's date, descriptors filled in with the event's country."""
    if mention.generic:
        name, inter = resolve.resolve_descriptor(mention.name, country, on)
        return ResolvedActor(name=name, inter=inter, mention=mention)
    if mention.actor_id is None:
        return ResolvedActor(name=mention.name, inter=mention.inter, mention=mention)
    actor_id = resolve.coded_as(mention.actor_id, country, on) or mention.actor_id
    name = resolve.name_on(actor_id, on)
    return ResolvedActor(name=name, inter=resolve.inter_for(actor_id, country), mention=mention)


# "Turkish artillery shelled", "Russian jets struck": not "Palestinian youths clashed" (people, not a force)
_DEMONYM_BEFORE = re.compile(
    r"([A-Z][a-z]+|U\.?S\.?|UK)(?:-led|-backed)?\s+"
    r"(?:(?!(?:youths?|young|protesters|demonstrators|civilians|villagers|residents|students|workers|farmers|"
    r"men|women|children|people|crowds?|mobs?|rioters|refugees|prisoners|detainees|citizens|nationals|"
    r"migrants|traders|activists)\b)\w+\s+)?$"
)
_GENERIC_OWNER_BEFORE = re.compile(
    r"\b(regime|government|army|pro-government|loyalist|rebel|opposition|insurgent)\s+$", re.IGNORECASE
)


def weapon_owner(
    sentence_text: str,
    offset: int,
    trigger: TriggerMention,
    resolve: DescriptorResolver,
    country: str | None,
    on: date | None,
) -> tuple[str, int] | None:
    """ "Turkish warplanes struck ...", "Russian artillery shelled ...": the state forces of the demonym.

    State forces outside their own country are external forces (inter 8), as ACLED codes them.
    """
    before = sentence_text[: trigger.start - offset]
    generic = _GENERIC_OWNER_BEFORE.search(before)
    if generic is not None:  # "regime shelling", "rebel shelling": the event country's forces or rebels
        template = (
            "rebels" if generic.group(1).lower() in ("rebel", "opposition", "insurgent") else "state_forces"
        )
        return resolve.resolve_descriptor(template, country, on)
    match = _DEMONYM_BEFORE.search(before)
    if match is None or resolve.country(match.group(1)) is None:
        return None
    name, inter = resolve.resolve_descriptor("state_forces", match.group(1), on)
    own, event = resolve.country(match.group(1)), resolve.country(country)
    if event is not None and getattr(own, "iso", None) != getattr(event, "iso", None):
        inter = 8
    return name, inter


def main_and_associated(side: Sequence[ResolvedActor]) -> tuple[ResolvedActor | None, str | None]:
    """The first distinct actor, and the others joined ACLED-style with "; "."""
    names: list[str] = []
    main: ResolvedActor | None = None
    for actor in side:
        if actor.name in names:
            continue
        names.append(actor.name)
        main = main or actor
    associated = "; ".join(names[1:]) or None
    return main, associated


__all__ = [
    "DescriptorResolver",
    "ResolvedActor",
    "Sides",
    "agent_named_later",
    "assign_sides",
    "attributed_to",
    "claims_responsibility",
    "crowd_initiates",
    "main_and_associated",
    "resolve_actor",
]
