from __future__ import annotations

import math

import pytest

from flashpoint.eval.metrics import (
    accuracy,
    actor_names_match,
    bootstrap_ci,
    bootstrap_f1_ci,
    confusion_matrix,
    f1_scores,
    haversine_km,
    median,
    names_overlap,
    normalise_actor_name,
    place_names_match,
    within_ratio,
)
from flashpoint.eval.model import NO_EVENT


@pytest.mark.parametrize(
    ("flags", "expected"),
    [([], None), ([True, False, True, True], 0.75), ([False, False], 0.0), ([True], 1.0)],
    ids=["empty", "three-of-four", "none-right", "one-right"],
)
def test_accuracy(flags: list[bool], expected: float | None) -> None:
    assert accuracy(flags) == expected


def test_f1_weighted_and_macro_against_hand_computed_values() -> None:
    # A: tp 2, support 3, predicted 2 -> F1 0.8; B: tp 1, support 2, predicted 2 -> 0.5;
    # C: tp 1, support 1, predicted 2 -> 2/3.
    # weighted = (0.8*3 + 0.5*2 + 2/3*1) / 6; macro = mean of the three
    gold = ["A", "A", "A", "B", "B", "C"]
    predicted = ["A", "A", "B", "B", "C", "C"]
    scores = f1_scores(gold, predicted)
    assert scores.weighted == pytest.approx((0.8 * 3 + 0.5 * 2 + 2 / 3) / 6)
    assert scores.macro == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)


@pytest.mark.parametrize(
    ("ignore", "weighted", "macro"),
    [
        (frozenset({NO_EVENT}), (2 / 3 * 2 + 1.0) / 3, (2 / 3 + 1.0) / 2),
        (frozenset(), (2 / 3 * 2 + 1.0) / 3, (2 / 3 + 1.0 + 0.0) / 3),
    ],
    ids=["no-event-is-a-miss", "no-event-is-a-class"],
)
def test_f1_no_event_prediction(ignore: frozenset[str], weighted: float, macro: float) -> None:
    scores = f1_scores(["A", "A", "B"], ["A", NO_EVENT, "B"], ignore=ignore)
    assert scores.weighted == pytest.approx(weighted)
    assert scores.macro == pytest.approx(macro)


def test_f1_perfect_and_length_mismatch() -> None:
    assert f1_scores(["x", "y"], ["x", "y"]).weighted == 1.0
    with pytest.raises(ValueError, match="as many predictions"):
        f1_scores(["x"], [])


def test_confusion_matrix_counts() -> None:
    matrix = confusion_matrix("t", ["A", "A", "B", "B"], ["A", "B", "B", "C"])
    assert matrix.labels == ("A", "B", "C")
    assert matrix.counts == ((1, 1, 0), (0, 1, 1), (0, 0, 0))


@pytest.mark.parametrize(
    ("points", "km"),
    [
        ((0.0, 0.0, 0.0, 1.0), 2 * math.pi * 6371.0088 / 360),
        ((0.0, 0.0, 90.0, 0.0), math.pi * 6371.0088 / 2),
        ((35.6, 36.5, 35.6, 36.5), 0.0),
        ((0.0, 179.5, 0.0, -179.5), 2 * math.pi * 6371.0088 / 360),
    ],
    ids=["one-degree-on-equator", "equator-to-pole", "same-point", "across-antimeridian"],
)
def test_haversine_km(points: tuple[float, float, float, float], km: float) -> None:
    assert haversine_km(*points) == pytest.approx(km, abs=1e-6)


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [(12, 10, True), (13, 10, False), (8, 10, True), (0, 0, True), (1, 0, False)],
    ids=["plus-20pct", "plus-30pct", "minus-20pct", "zero-zero", "gold-zero"],
)
def test_within_ratio(predicted: int, gold: int, expected: bool) -> None:
    assert within_ratio(predicted, gold, 0.2) is expected


def test_median() -> None:
    assert median([]) is None
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([1.0, math.inf, math.inf]) == math.inf


def test_bootstrap_ci_contains_estimate_and_is_deterministic() -> None:
    values = [1.0] * 70 + [0.0] * 30
    first, second = bootstrap_ci(values), bootstrap_ci(values)
    assert first == second
    assert first is not None
    low, high = first
    assert low < 0.7 < high
    assert low > 0.55 and high < 0.85  # n=100, p=0.7: the normal interval is 0.61-0.79


def test_bootstrap_ci_edge_cases_and_median() -> None:
    assert bootstrap_ci([]) is None
    assert bootstrap_ci([0.5, 0.5, 0.5]) == (0.5, 0.5)
    interval = bootstrap_ci([1.0, 2.0, 3.0, 4.0, 100.0], "median")
    assert interval is not None and interval[0] <= 3.0 <= interval[1]


def test_bootstrap_f1_ci_contains_estimate_and_is_deterministic() -> None:
    gold = ["A", "B", "C", "A", "B", "C"] * 10
    predicted = ["A", "B", "A", "A", "C", "C"] * 10
    point = f1_scores(gold, predicted).weighted
    interval = bootstrap_f1_ci(gold, predicted, average="weighted")
    assert interval == bootstrap_f1_ci(gold, predicted, average="weighted")
    assert interval is not None and interval[0] <= point <= interval[1]
    assert bootstrap_f1_ci([], [], average="macro") is None


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("Military Forces of Syria (2000-)", "military forces of syria"),
        (
            "Military Forces of Yemen (2016-) Supreme Political Council",
            "military forces of yemen supreme political council",
        ),
        ("Civilians (Syria)", "civilians"),
        ("QSD: Syrian Democratic Forces", "syrian democratic forces"),
        ("HTS: Hayat Tahrir al Sham", "hayat tahrir al sham"),
        ("Militia (Pro-Government)", "militia pro government"),
        ("Police Forces of Kenya (2013-2022)", "police forces of kenya"),
        ("Protesters (International)", "protesters"),
        ("Jaysh al-Asha\u2019er", "jaysh al ashaer"),
        ("The Taliban", "taliban"),
        (None, ""),
    ],
    ids=[
        "period",
        "period-then-unit",
        "country-qualifier",
        "acronym-prefix",
        "acronym-and-spacing",
        "non-country-parenthesis-kept",
        "closed-period",
        "international",
        "curly-apostrophe",
        "leading-the",
        "none",
    ],
)
def test_normalise_actor_name(name: str | None, normalised: str) -> None:
    assert normalise_actor_name(name) == normalised


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Military Forces of Syria (2000-)", "Military Forces of Syria", True),
        ("HTS: Hayat Tahrir al Sham", "Hayat Tahrir al-Sham", True),
        ("Islamic State (Iraq)", "Islamic State (Syria)", True),
        ("Militia (Pro-Government)", "Militia", False),
        ("Rioters (Kenya)", "Protesters (Kenya)", False),
        ("Police Forces of Iraq (2018-)", "Military Forces of Iraq (2018-)", False),
        ("", None, True),
        ("Civilians (Syria)", None, False),
    ],
    ids=[
        "period",
        "acronym-and-hyphen",
        "country-qualifier",
        "different-qualifier",
        "rioters-protesters",
        "police-military",
        "both-absent",
        "one-absent",
    ],
)
def test_actor_names_match(gold: str, predicted: str | None, expected: bool) -> None:
    assert actor_names_match(gold, predicted) is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (
            "farabundo marti national liberation front",
            "FMLN: Farabundo Marti National Liberation Front",
            True,
        ),
        ("guerrillas", "Urban guerrillas", True),
        ("guerrilla", "Guerrillas", False),
        ("police post", None, False),
    ],
    ids=["acronym-prefix", "contained", "no-partial-word", "absent"],
)
def test_names_overlap(gold: str, predicted: str | None, expected: bool) -> None:
    assert names_overlap(gold, predicted) is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Idleb", "Idlib", True),
        ("Deir-ez-Zor", "Deir ez Zor", True),
        ("Hamah Governorate", "Hama", True),
        ("Lattakia", "Latakia", True),
        ("Uruzgan", "Urozgan", True),
        ("Al Anbar", "Anbar", True),
        ("Paktia", "Paktika", False),
        ("Kunar", "Kunduz", False),
        ("Western Cape", "Eastern Cape", False),
        ("Hunan", "Henan", False),
        ("Rif Dimashq", "Damascus", False),
        (None, "Kabul", False),
    ],
    ids=[
        "e-i",
        "hyphens",
        "governorate-word",
        "double-letter",
        "o-u",
        "article",
        "paktia-paktika",
        "kunar-kunduz",
        "east-west",
        "hunan-henan",
        "rif-dimashq-is-not-damascus",
        "absent-gold",
    ],
)
def test_place_names_match(gold: str | None, predicted: str, expected: bool) -> None:
    assert place_names_match(gold, predicted) is expected


def test_bootstrap_ci_ignores_item_order() -> None:
    values = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]
    assert bootstrap_ci(values, "median") == bootstrap_ci(list(reversed(values)), "median")
    shares = [1.0, 0.0, 0.0, 1.0, 1.0]
    assert bootstrap_ci(shares) == bootstrap_ci(sorted(shares))
