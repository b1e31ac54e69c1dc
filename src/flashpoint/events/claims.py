"""Casualty claims: tie each figure to who says so, and take ACLED's most conservative total.

Each casualty mention becomes a ``Claim`` whose claimant is the claimant mention of its sentence that precedes it
(or, failing that, any claimant in the sentence); a bare hedge ("reportedly") leaves the claimant empty but keeps the
hedge. Per claimant, figures for different victim groups add up and repeated figures for one group keep the largest;
the event's figure is the smallest claimant total (a denial counts as 0), so conflicting claims are kept as claims,
never averaged, and the headline number is the conservative one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flashpoint.events.model import Claim
from flashpoint.mentions.model import CasualtyMention, ClaimantMention, Outcome, Stance

_FIELD = {Outcome.KILLED: "fatalities", Outcome.INJURED: "injuries"}


def casualty_claims(
    casualties: Sequence[CasualtyMention], claimants: Sequence[ClaimantMention]
) -> tuple[Claim, ...]:
    return tuple(_claim(c, _claimant_for(c, claimants)) for c in casualties)


def _claimant_for(casualty: CasualtyMention, claimants: Sequence[ClaimantMention]) -> ClaimantMention | None:
    same = [c for c in claimants if c.sentence == casualty.sentence]
    before = [c for c in same if c.start <= casualty.start]
    if before:
        named = [c for c in before if c.claimant]
        return (named or before)[-1]
    return same[0] if same else None


def _claim(casualty: CasualtyMention, claimant: ClaimantMention | None) -> Claim:
    stance = (
        Stance.DENIES
        if casualty.negated or (claimant and claimant.stance == Stance.DENIES)
        else Stance.ASSERTS
    )
    return Claim(
        field=_FIELD[casualty.outcome],
        value=0 if casualty.negated else casualty.count,
        claimant=claimant.claimant if claimant else None,
        stance=stance,
        hedge=claimant.hedge if claimant else None,
        quantifier=casualty.quantifier,
        victim_group=casualty.victim_class.value,
        start=casualty.start,
        end=casualty.end,
    )


def conservative_total(claims: Sequence[Claim], field: str) -> int:
    """ACLED's figure: the smallest claimant total for ``field`` (0 when nobody gives one)."""
    per_claimant: dict[str | None, dict[str | None, int]] = defaultdict(dict)
    for claim in claims:
        if claim.field != field or not isinstance(claim.value, int):
            continue
        groups = per_claimant[claim.claimant]
        groups[claim.victim_group] = max(groups.get(claim.victim_group, 0), claim.value)
    totals = [_total(groups) for groups in per_claimant.values()]
    return min(totals) if totals else 0


def _total(groups: dict[str | None, int]) -> int:
    known = {g: v for g, v in groups.items() if g != "unknown"}
    unknown = groups.get("unknown", 0)
    # an "unknown" figure ("12 people") usually counts the same dead as the typed ones ("including 5 soldiers")
    return max(sum(known.values()), unknown)


def claim_range(claims: Sequence[Claim], field: str) -> tuple[int, int] | None:
    """Low and high of the claimant totals for ``field``, or None when nobody gives a figure."""
    values = [c.value for c in claims if c.field == field and isinstance(c.value, int)]
    return (min(values), max(values)) if values else None


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimantFigures:
    """What one claimant says about one figure (``fatalities`` or ``injuries``), summed over victim groups.

    ``low`` and ``high`` span the claimant's own figures (a toll revised upwards, "5 soldiers" then "12 people");
    ``best`` is the claimant's latest figure per victim group (later statements in a report update earlier
    ones). ``quantifiers`` keeps "at least", "dozens" and the like, so a reader sees when a figure is a floor.
    A denial is a figure of 0 with stance ``denies``.
    """

    field: str
    claimant: str | None
    stance: Stance  # denies when every figure of this claimant is a denial
    low: int
    best: int
    high: int
    quantifiers: tuple[str, ...]
    hedges: tuple[str, ...]


def figures_by_claimant(claims: Sequence[Claim], field: str) -> tuple[ClaimantFigures, ...]:
    """Per claimant low, best and high for ``field``, in order of each claimant's first figure in the text."""
    grouped: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.field == field and isinstance(claim.value, int):
            grouped[claim.claimant].append(claim)
    return tuple(_figures(field, claimant, own) for claimant, own in grouped.items())


def _figures(field: str, claimant: str | None, claims: Sequence[Claim]) -> ClaimantFigures:
    lows: dict[str | None, int] = {}
    highs: dict[str | None, int] = {}
    latest: dict[str | None, int] = {}
    for claim in claims:
        value = int(claim.value)
        group = claim.victim_group
        lows[group] = min(lows.get(group, value), value)
        highs[group] = max(highs.get(group, value), value)
        latest[group] = value
    return ClaimantFigures(
        field=field,
        claimant=claimant,
        stance=Stance.DENIES if all(c.stance == Stance.DENIES for c in claims) else Stance.ASSERTS,
        low=_total(lows),
        best=_total(latest),
        high=_total(highs),
        quantifiers=_distinct(c.quantifier for c in claims),
        hedges=_distinct(c.hedge for c in claims),
    )


def _distinct(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


__all__ = [
    "ClaimantFigures",
    "casualty_claims",
    "claim_range",
    "conservative_total",
    "figures_by_claimant",
]
