"""Casualty claims: tie each figure to who says so, and take ACLED's most conservative total.

Each casualty mention becomes a ``Claim`` whose claimant is the claimant mention of its sentence that precedes it
(or, failing that, any claimant in the sentence); a bare hedge ("reportedly") leaves the claimant empty but keeps the
hedge. Per claimant, figures for different victim groups add up and repeated figures for one group keep the largest;
the event's figure is the smallest claimant total (a denial counts as 0), so conflicting claims are kept as claims,
never averaged, and the headline number is the conservative one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

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


__all__ = ["casualty_claims", "claim_range", "conservative_total"]
