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
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:the\s+|an?\s+)?(?:so-called\s+|suspected\s+|alleged\s+)?$", re.IGNORECASE)
_VICTIM_CLAUSE = re.compile(
    r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|shot|hurt|abducted|kidnapped)\s+"
    r"(?:\w+\s+){0,2}(?:when|as|after|in|by|during)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\b(?:between|among)\b", re.IGNORECASE)
# "was killed after exchanging fire with military police": the one named after "with" fought the victim
_WITH_BEFORE = re.compile(
    r"\b(?:clash(?:ed|es|ing)?|fought|fighting|battles?|engaged|exchang(?:ed|ing)\s+(?:of\s+)?fire|"
    r"gunfights?|shoot-?outs?|firefights?)\s+with\s+(?:the\s+|an?\s+)?(?:suspected\s+|alleged\s+)?$",
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


def _grammatical_sides(
    sentence_text: str, offset: int, trigger: TriggerMention, resolved: list[ResolvedActor]
) -> Sides:
    if trigger.extractor == "classifier":  # the whole sentence is the trigger: the first actor is the subject
        return Sides(initiators=tuple(resolved[:1]), targets=tuple(resolved[1:]))
    t_start, t_end = trigger.start - offset, trigger.end - offset
    before = [r for r in resolved if r.mention.end - offset <= t_start]
    after = [r for r in resolved if r.mention.start - offset >= t_end]
    prefix = sentence_text[:t_start]
    if _DEFENCE.search(prefix[-60:]) or _DEFENCE.search(sentence_text[t_start:t_end]):
        attackers = [r for r in resolved if _is_agent_of_attack(sentence_text, offset, r)] or after
        return Sides(initiators=tuple(attackers), targets=tuple(r for r in before if r not in attackers))
    if _PASSIVE.search(prefix[-30:]) or _VICTIM_CLAUSE.search(prefix):
        agents = [r for r in after if _BY.search(sentence_text[: r.mention.start - offset][-25:])] or [
            r for r in after if _WITH_BEFORE.search(sentence_text[: r.mention.start - offset][-60:])
        ]
        return Sides(initiators=tuple(agents), targets=tuple(before))
    if _BETWEEN.search(sentence_text[t_end : t_end + 30]) and len(after) >= 2:
        return Sides(initiators=(after[0],), targets=tuple(after[1:]))
    agents_after = [r for r in after if _BY.search(sentence_text[: r.mention.start - offset][-25:])]
    if agents_after:
        return Sides(initiators=tuple(agents_after), targets=tuple(before))
    return Sides(initiators=tuple(before), targets=tuple(after))


def _is_agent_of_attack(sentence_text: str, offset: int, actor: ResolvedActor) -> bool:
    """In "repelled an ISIS attack" or "an attack by ISIS", ISIS is the attacker."""
    start, end = actor.mention.start - offset, actor.mention.end - offset
    following = sentence_text[end : end + 25].lower()
    preceding = sentence_text[max(0, start - 25) : start].lower()
    return bool(
        re.match(
            r"\s*(?:-led\s+|-linked\s+)?(?:attack|assault|offensive|raid|infiltration|ambush)", following
        )
        or re.search(
            r"(?:attack|assault|offensive|raid|ambush)\s+(?:launched\s+)?by\s+(?:the\s+)?$", preceding
        )
    )


def resolve_actor(
    mention: ActorMention, resolve: DescriptorResolver, country: str | None, on: date | None = None
) -> ResolvedActor:
    """The ACLED-style name of a mention on the event's date, descriptors filled in with the event's country."""
    if mention.generic:
        name, inter = resolve.resolve_descriptor(mention.name, country, on)
        return ResolvedActor(name=name, inter=inter, mention=mention)
    if mention.actor_id is None:
        return ResolvedActor(name=mention.name, inter=mention.inter, mention=mention)
    name = resolve.name_on(mention.actor_id, on)
    return ResolvedActor(name=name, inter=resolve.inter_for(mention.actor_id, country), mention=mention)


_DEMONYM_BEFORE = re.compile(r"([A-Z][a-z]+)(?:-led|-backed)?\s+(?:\w+\s+)?$")


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
    match = _DEMONYM_BEFORE.search(sentence_text[: trigger.start - offset])
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
    "assign_sides",
    "main_and_associated",
    "resolve_actor",
]
