from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from flashpoint.events.claims import (
    casualty_claims,
    claim_range,
    coded_fatalities,
    conservative_total,
    figures_by_claimant,
)
from flashpoint.events.model import Claim
from flashpoint.mentions.model import CasualtyMention, ClaimantMention, Outcome, Stance, VictimClass


def _casualty(
    start: int,
    count: int,
    *,
    sentence: int = 0,
    negated: bool = False,
    victim: VictimClass = VictimClass.UNKNOWN,
    outcome: Outcome = Outcome.KILLED,
) -> CasualtyMention:
    return CasualtyMention(
        start=start,
        end=start + 5,
        text="x",
        sentence=sentence,
        extractor="t",
        outcome=outcome,
        count=count,
        negated=negated,
        victim_class=victim,
    )


def _claimant(
    start: int,
    name: str | None,
    *,
    sentence: int = 0,
    stance: Stance = Stance.ASSERTS,
    hedge: str | None = None,
) -> ClaimantMention:
    return ClaimantMention(
        start=start,
        end=start + 5,
        text="x",
        sentence=sentence,
        extractor="t",
        claimant=name,
        stance=stance,
        hedge=hedge,
    )


def test_opposing_claims_are_kept_and_the_conservative_figure_wins() -> None:
    casualties = [
        _casualty(30, 20, sentence=0, victim=VictimClass.COMBATANT),
        _casualty(120, 0, sentence=1, negated=True),
    ]
    claimants = [
        _claimant(0, "pro-opposition sources"),
        _claimant(100, "pro-government sources", sentence=1, stance=Stance.DENIES),
    ]
    claims = casualty_claims(casualties, claimants)
    assert [(c.claimant, c.stance, c.value) for c in claims] == [
        ("pro-opposition sources", Stance.ASSERTS, 20),
        ("pro-government sources", Stance.DENIES, 0),
    ]
    assert conservative_total(claims, "fatalities") == 0
    assert claim_range(claims, "fatalities") == (0, 20)


def test_hedge_without_claimant_is_kept() -> None:
    (claim,) = casualty_claims([_casualty(10, 5)], [_claimant(2, None, hedge="reportedly")])
    assert (claim.claimant, claim.hedge, claim.value) == (None, "reportedly", 5)


def _c(claimant: str | None, value: int, group: str = "unknown", field: str = "fatalities") -> Claim:
    return Claim(
        field=field, value=value, claimant=claimant, stance=Stance.ASSERTS, victim_group=group, start=0, end=1
    )


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([], 0),
        ([_c(None, 5, "civilian"), _c(None, 3, "combatant")], 8),
        ([_c(None, 10, "unknown"), _c(None, 4, "civilian")], 10),
        ([_c(None, 5, "civilian"), _c(None, 7, "civilian")], 7),
        ([_c("A", 12), _c("B", 9)], 9),
        ([_c(None, 4), _c(None, 6, field="injuries")], 4),
    ],
    ids=[
        "nothing",
        "groups-add-up",
        "unknown-covers-subgroup",
        "repeated-figure-keeps-max",
        "claimants-min",
        "injuries-separate",
    ],
)
def test_conservative_total(claims: list[Claim], expected: int) -> None:
    assert conservative_total(claims, "fatalities") == expected


def _at(claim: Claim, start: int, **changes: Any) -> Claim:
    return replace(claim, start=start, end=start + 1, **changes)


def _more(claim: Claim, start: int) -> Claim:
    return _at(claim, start, quantifier="another")


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([_at(_c(None, 2, "combatant"), 10), _more(_c("officials", 7, "combatant"), 90)], 9),
        ([_at(_c(None, 2, "combatant"), 10), _more(_c(None, 2, "combatant"), 90)], 4),
        (
            [
                _at(_c(None, 5, "combatant"), 10),
                _at(_c("Taliban", 20, "combatant"), 50),
                _more(_c("officials", 4, "combatant"), 90),
            ],
            9,
        ),
        ([_at(_c(None, 1), 10), _more(_c(None, 3), 40), _at(_c(None, 4), 80)], 4),
        (
            [
                _at(_c(None, 2, "combatant"), 10),
                _more(_c(None, 3, "combatant"), 40),
                _at(_c(None, 5, "civilian"), 80),
            ],
            10,
        ),
    ],
    ids=[
        "addition-by-another-claimant",
        "two-other-policemen",
        "conflict-stays-conservative-then-adds",
        "later-toll-counts-the-addition",
        "later-typed-figure-adds",
    ],
)
def test_additions_add_to_the_conservative_total(claims: list[Claim], expected: int) -> None:
    assert conservative_total(claims, "fatalities") == expected


def test_figures_by_claimant_adds_an_addition_to_its_own_group() -> None:
    claims = [_at(_c(None, 2, "combatant"), 10), _more(_c(None, 2, "combatant"), 90)]
    (figures,) = figures_by_claimant(claims, "fatalities")
    assert (figures.low, figures.best, figures.high) == (4, 4, 4)


@pytest.mark.parametrize(
    ("text", "total", "expected"),
    [
        ("2 soldiers were killed by a sniper. Fatalities coded as 0 (the group's outlet reported 2).", 2, 0),
        ("Clashes killed 31 herders. Fatalities split between 8 events.", 31, 3),
        ("12 fighters were killed in two raids. Fatalities are split across 2 events (5).", 12, 5),
        ("An unknown number were killed; fatalities coded as 10 and spread across three locations.", 10, 3),
        ("Shelling killed 4 people; fatalities were divided equally across two events.", 4, 2),
        ("A soldier was killed at an unknown location [1 fatality split among 12 events].", 1, 0),
        ("Two party members were killed over two days. Fatalities coded across 2 events.", 2, 1),
        ("Unclear fatalites coded as 10 and split between 3 locations.", 0, 3),
    ],
    ids=[
        "coded-as",
        "split-between",
        "split-with-share",
        "coded-then-spread",
        "divided-equally",
        "one-fatality-among-twelve",
        "coded-across",
        "misspelt",
    ],
)
def test_coded_fatalities_reads_the_coders_note(text: str, total: int, expected: int) -> None:
    coded = coded_fatalities(text, total)
    assert coded is not None and coded.value == expected
    assert text[coded.start : coded.end].lower().startswith("fatalit")


@pytest.mark.parametrize(
    "text",
    [
        "Fighting killed 9 people and the toll was spread by local media.",
        "Deaths were reported in three locations.",
        "The fatalities were coded by the monitor in a spreadsheet.",
    ],
)
def test_coded_fatalities_needs_a_coding_statement(text: str) -> None:
    assert coded_fatalities(text, 9) is None


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([], []),
        ([_at(_c("SOHR", 5), 10), _at(_c("SOHR", 12), 50)], [("SOHR", 5, 12, 12)]),
        ([_at(_c("SOHR", 12), 10), _at(_c("SOHR", 9), 50)], [("SOHR", 9, 9, 12)]),
        (
            [_at(_c("A", 4, "civilian"), 1), _at(_c("A", 3, "combatant"), 2), _at(_c("B", 2), 3)],
            [("A", 7, 7, 7), ("B", 2, 2, 2)],
        ),
        (
            [_at(_c("B", 20), 40), _at(_c("A", 0), 10, stance=Stance.DENIES)],
            [("A", 0, 0, 0), ("B", 20, 20, 20)],
        ),
    ],
    ids=[
        "nothing",
        "rising-toll",
        "revised-down-best-is-latest",
        "groups-sum-per-claimant",
        "denial-first-in-text",
    ],
)
def test_figures_by_claimant(claims: list[Claim], expected: list[tuple[str, int, int, int]]) -> None:
    figures = figures_by_claimant(claims, "fatalities")
    assert [(f.claimant, f.low, f.best, f.high) for f in figures] == expected


def test_figures_by_claimant_keeps_stance_quantifiers_and_ignores_other_fields() -> None:
    claims = [
        _at(_c("activists", 20), 5, quantifier="at least", hedge="reportedly"),
        _at(_c("ministry", 0), 30, stance=Stance.DENIES),
        _at(_c("activists", 8, field="injuries"), 60),
    ]
    first, second = figures_by_claimant(claims, "fatalities")
    assert (first.quantifiers, first.hedges, first.stance) == (("at least",), ("reportedly",), Stance.ASSERTS)
    assert second.stance == Stance.DENIES and second.best == 0
    (injured,) = figures_by_claimant(claims, "injuries")
    assert (injured.claimant, injured.best) == ("activists", 8)
