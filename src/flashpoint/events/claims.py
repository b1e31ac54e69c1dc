"""Casualty claims: tie each figure to who says so, and take ACLED's most conservative total.

Each casualty mention becomes a ``Claim`` whose claimant is the claimant mention of its sentence that precedes it
(or, failing that, any claimant in the sentence); a bare hedge ("reportedly") leaves the claimant empty but keeps the
hedge. Per claimant, figures for different victim groups add up and repeated figures for one group keep the largest;
the event's figure is the smallest claimant total (a denial counts as 0), so conflicting claims are kept as claims,
never averaged, and the headline number is the conservative one. A figure marked as an addition (quantifier
"another": "2 other policemen", "officials said 7 militants were also killed") counts dead that the earlier figures
do not: the additions' own conservative total is added to the rest, whoever gives them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flashpoint.events.model import Claim
from flashpoint.mentions.model import CasualtyMention, ClaimantMention, Outcome, Stance
from flashpoint.mentions.numbers import NUMBER_PATTERN, parse_number

_FIELD = {Outcome.KILLED: "fatalities", Outcome.INJURED: "injuries"}
_ADDITIONAL = "another"  # the quantifier of a figure that adds to the ones given before it


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
    """ACLED's figure: the smallest claimant total for ``field`` (0 when nobody gives one), plus the smallest
    claimant total of the figures given as additions."""
    counted = [c for c in claims if c.field == field and isinstance(c.value, int)]
    base = [c for c in counted if c.quantifier != _ADDITIONAL]
    added = [c for c in counted if c.quantifier == _ADDITIONAL]
    if not added:
        return _smallest_total(base)
    last = max(c.start for c in added)
    if any(c.start > last and c.victim_group == "unknown" for c in base):
        # a toll after the additions ("A man died ... Another three men were found dead ... 4 fatalities")
        # already counts them
        before = [c for c in base if c.start < last]
        return max(_smallest_total(before) + _smallest_total(added), _smallest_total(base))
    return _smallest_total(base) + _smallest_total(added)


def _smallest_total(claims: Sequence[Claim]) -> int:
    per_claimant: dict[str | None, dict[str | None, int]] = defaultdict(dict)
    for claim in claims:
        groups = per_claimant[claim.claimant]
        key = _group_key(claim)
        groups[key] = max(groups.get(key, 0), int(claim.value))
    totals = [_total(groups) for groups in per_claimant.values()]
    return min(totals) if totals else 0


def _group_key(claim: Claim) -> str | None:
    """The victim group a figure counts; each addition is a group of its own, so it adds to the others."""
    if claim.quantifier == _ADDITIONAL:
        return f"{claim.victim_group}+{claim.start}"
    return claim.victim_group


def _total(groups: dict[str | None, int]) -> int:
    known = {g: v for g, v in groups.items() if g != "unknown"}
    unknown = groups.get("unknown", 0)
    # an "unknown" figure ("12 people") usually counts the same dead as the typed ones ("including 5 soldiers")
    return max(sum(known.values()), unknown)


# A coder's note states the figure to record, whatever the prose before it says: "Fatalities coded as 0 (the
# group's outlet reported 1)", "fatalities coded as 10 and spread across three locations", "Fatalities are split
# across 2 events (4)", "Fatalities split between 8 events", "[1 fatality split among 12 events]".
_CODED_RE = re.compile(
    r"\bfatalit(?:ies|es|y)\s+(?:(?:are|were|have\s+been|has\s+been|is|was)\s+)?coded\s+as\s+(?P<num>\d{1,5})\b",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(
    r"\b(?:fatalit(?:ies|es|y)|deaths)\b[^.;]{0,60}?\b(?:split|spread|distributed|divided|coded)"
    r"(?:\s+(?:up|equally|evenly))?\s+(?:across|between|among|over)\s+"
    rf"(?P<parts>{NUMBER_PATTERN})\s+(?:separate\s+|different\s+)?(?:events|locations|incidents|places|areas)\b"
    r"(?:\s*\((?P<each>\d{1,5})\))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class CodedFigure:
    """The fatalities a coder's note in the text says to record for this event, with the note's span."""

    value: int
    start: int
    end: int


def coded_fatalities(text: str, total: int) -> CodedFigure | None:
    """The coder's note figure for an event whose own conservative total is ``total``, or None without a note.

    "coded as N" replaces the total; a split into K events or locations records the figure given in brackets
    after it, else the (coded) total divided by K, rounded down (the conservative share)."""
    coded = _CODED_RE.search(text)
    split = _SPLIT_RE.search(text)
    if coded is None and split is None:
        return None
    value = int(coded.group("num")) if coded else total
    spans = [m.span() for m in (coded, split) if m is not None]
    if split is not None:
        parts = parse_number(split.group("parts"))
        if split.group("each"):
            value = int(split.group("each"))
        elif parts and parts > 1:
            value //= parts
    return CodedFigure(value=value, start=min(a for a, _ in spans), end=max(b for _, b in spans))


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
        group = _group_key(claim)
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
    "CodedFigure",
    "casualty_claims",
    "claim_range",
    "coded_fatalities",
    "conservative_total",
    "figures_by_claimant",
]
