"""Metrics: accuracy, weighted and macro F1, confusion matrices, distances, bootstrap intervals, names.

Bootstrap intervals resample items with replacement (1,000 resamples, fixed seed, 2.5th and 97.5th
percentiles), so a report is reproducible byte for byte.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal, TypeAlias

import numpy as np
import numpy.typing as npt
import pycountry

from flashpoint.eval.model import ConfusionMatrix

FloatArray: TypeAlias = npt.NDArray[np.float64]
IntArray: TypeAlias = npt.NDArray[np.int64]
Statistic: TypeAlias = Literal["mean", "median"]

BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20_260_501
_BLOCK_ELEMENTS = 2_000_000  # indices drawn per block: bounds memory at about 16 MB
EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


@dataclass(frozen=True, slots=True, kw_only=True)
class F1Scores:
    weighted: float
    macro: float


def accuracy(flags: Sequence[bool]) -> float | None:
    """Share of ``True``; ``None`` for an empty sequence."""
    return sum(flags) / len(flags) if flags else None


def f1_scores(
    gold: Sequence[str], predicted: Sequence[str], *, ignore: frozenset[str] = frozenset()
) -> F1Scores:
    """Weighted and macro F1 as scikit-learn computes them (the CASE 2021 Task 2 scoring).

    Labels are the union of gold and predicted labels minus ``ignore`` (the "no event" prediction is a
    miss of the gold class, not a class of its own); weighted F1 weights each label's F1 by its gold support.
    """
    if len(gold) != len(predicted):
        raise ValueError(
            f"f1_scores needs as many predictions ({len(predicted)}) as gold labels ({len(gold)})"
        )
    labels = sorted((set(gold) | set(predicted)) - ignore)
    if not labels:
        return F1Scores(weighted=0.0, macro=0.0)
    index = {label: i for i, label in enumerate(labels)}
    counts = _confusion_counts(gold, predicted, index)
    weighted, macro = _f1_from_counts(counts[np.newaxis, :, :])
    return F1Scores(weighted=float(weighted[0]), macro=float(macro[0]))


def _confusion_counts(gold: Sequence[str], predicted: Sequence[str], index: dict[str, int]) -> IntArray:
    """Counts over the indexed labels plus one overflow row/column for labels outside the index."""
    size = len(index) + 1
    codes = np.fromiter(
        (
            index.get(g, size - 1) * size + index.get(p, size - 1)
            for g, p in zip(gold, predicted, strict=True)
        ),
        dtype=np.int64,
        count=len(gold),
    )
    return np.bincount(codes, minlength=size * size).reshape(size, size).astype(np.int64)


def _f1_from_counts(counts: IntArray) -> tuple[FloatArray, FloatArray]:
    """Weighted and macro F1 for a stack of confusion matrices shaped (k, L+1, L+1) with an overflow label."""
    labels = counts.shape[1] - 1
    tp = np.einsum("kii->ki", counts)[:, :labels].astype(np.float64)
    support = counts.sum(axis=2)[:, :labels].astype(np.float64)
    predicted = counts.sum(axis=1)[:, :labels].astype(np.float64)
    denominator = support + predicted
    f1 = np.divide(2 * tp, denominator, out=np.zeros_like(tp), where=denominator > 0)
    total = support.sum(axis=1)
    weighted = np.divide((f1 * support).sum(axis=1), total, out=np.zeros_like(total), where=total > 0)
    return weighted, f1.mean(axis=1)


def confusion_matrix(field: str, gold: Sequence[str], predicted: Sequence[str]) -> ConfusionMatrix:
    """Counts of (gold, predicted) pairs over the sorted union of labels."""
    labels = tuple(sorted(set(gold) | set(predicted)))
    index = {label: i for i, label in enumerate(labels)}
    rows = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted, strict=True):
        rows[index[g]][index[p]] += 1
    return ConfusionMatrix(field=field, labels=labels, counts=tuple(tuple(r) for r in rows))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def within_ratio(predicted: int, gold: int, ratio: float) -> bool:
    """``|predicted - gold| <= ratio * gold`` (so a gold of 0 needs an exact 0)."""
    return abs(predicted - gold) <= ratio * gold


def median(values: Sequence[float]) -> float | None:
    return float(np.median(np.asarray(values, dtype=np.float64))) if values else None


def bootstrap_ci(
    values: Sequence[float] | FloatArray,
    statistic: Statistic = "mean",
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float] | None:
    """95% percentile interval of the mean or median of ``values`` over bootstrap resamples of the items.

    The values are sorted first, so the interval depends only on the multiset of values (not on item order)
    and equal samples, common across metrics and countries, are computed once.
    """
    data = np.sort(np.asarray(values, dtype=np.float64))
    if data.size == 0:
        return None
    return _bootstrap_sorted(data.tobytes(), statistic, resamples, seed)


@lru_cache(maxsize=4096)
def _bootstrap_sorted(packed: bytes, statistic: Statistic, resamples: int, seed: int) -> tuple[float, float]:
    data = np.frombuffer(packed, dtype=np.float64)
    if statistic == "mean" and bool(np.isin(data, (0.0, 1.0)).all()):
        # a share: the bootstrap sum of n 0/1 values drawn with replacement is exactly Binomial(n, k/n)
        rng = np.random.default_rng(seed)
        sums = rng.binomial(data.size, float(data.mean()), size=resamples).astype(np.float64)
        return _percentile_interval(sums / data.size)
    reducer: Callable[[FloatArray], FloatArray] = _mean_rows if statistic == "mean" else _median_rows
    stats = np.concatenate([reducer(data[idx]) for idx in _index_blocks(data.size, resamples, seed)])
    return _percentile_interval(stats)


def _percentile_interval(stats: FloatArray) -> tuple[float, float]:
    """2.5th and 97.5th percentiles; without interpolation when a statistic is infinite (inf - inf)."""
    method: Literal["linear", "inverted_cdf"] = "linear" if bool(np.isfinite(stats).all()) else "inverted_cdf"
    low, high = np.percentile(stats, [2.5, 97.5], method=method)
    return float(low), float(high)


def bootstrap_f1_ci(
    gold: Sequence[str],
    predicted: Sequence[str],
    *,
    average: Literal["weighted", "macro"],
    ignore: frozenset[str] = frozenset(),
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float] | None:
    """95% percentile interval of weighted or macro F1 over bootstrap resamples of (gold, predicted) pairs.

    The label set is fixed to the full sample's labels, so every resample is scored on the same classes.
    """
    if not gold:
        return None
    labels = sorted((set(gold) | set(predicted)) - ignore)
    if not labels:
        return (0.0, 0.0)
    index = {label: i for i, label in enumerate(labels)}
    size = len(labels) + 1
    codes = np.fromiter(
        (
            index.get(g, size - 1) * size + index.get(p, size - 1)
            for g, p in zip(gold, predicted, strict=True)
        ),
        dtype=np.int64,
        count=len(gold),
    )
    stats = [_f1_block(codes[idx], size, average) for idx in _index_blocks(len(gold), resamples, seed)]
    return _percentile_interval(np.concatenate(stats))


def _f1_block(codes: IntArray, size: int, average: Literal["weighted", "macro"]) -> FloatArray:
    offsets = (np.arange(codes.shape[0], dtype=np.int64) * size * size)[:, np.newaxis]
    flat = np.bincount((codes + offsets).ravel(), minlength=codes.shape[0] * size * size)
    weighted, macro = _f1_from_counts(flat.reshape(codes.shape[0], size, size).astype(np.int64))
    return weighted if average == "weighted" else macro


def _index_blocks(n: int, resamples: int, seed: int) -> list[IntArray]:
    rng = np.random.default_rng(seed)
    block = max(1, min(resamples, _BLOCK_ELEMENTS // max(n, 1)))
    sizes = [min(block, resamples - start) for start in range(0, resamples, block)]
    return [rng.integers(0, n, size=(size, n), dtype=np.int64) for size in sizes]


def _mean_rows(matrix: FloatArray) -> FloatArray:
    result: FloatArray = matrix.mean(axis=1)
    return result


def _median_rows(matrix: FloatArray) -> FloatArray:
    result: FloatArray = np.median(matrix, axis=1)
    return result


# --- names ---

_PERIOD = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")  # ACLED period qualifier: "(2000-)", "(2012-2019)"
_ACRONYM_PREFIX = re.compile(r"^[^\s:]{1,10}:\s+")  # ACLED acronym prefix: "QSD: ", "HTS: ", "JeI: "
_TRAILING_PAREN = re.compile(r"\(([^()]*)\)\s*$")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_NON_WORD = re.compile(r"[^\w]+")
_ACLED_COUNTRY_NAMES = (
    "Syria",
    "Russia",
    "Iran",
    "Palestine",
    "Democratic Republic of Congo",
    "Republic of Congo",
    "Ivory Coast",
    "Laos",
    "Vietnam",
    "South Korea",
    "North Korea",
    "Tanzania",
    "Bolivia",
    "Venezuela",
    "Moldova",
    "Kosovo",
    "Turkey",
    "eSwatini",
    "Cape Verde",
    "Micronesia",
    "Brunei",
    "Macedonia",
    "North Macedonia",
    "Czech Republic",
    "International",
    "Africa",
    "Middle East",
)


@lru_cache(maxsize=65536)
def normalise_actor_name(name: str | None) -> str:
    """An actor name reduced for comparison; the steps, in order:

    1. ``None`` -> ``""``; Unicode compatibility form with accents removed.
    2. ACLED period qualifiers anywhere in the name are removed: "Military Forces of Syria (2000-)".
    3. A leading acronym prefix is removed: "QSD: Syrian Democratic Forces" -> "Syrian Democratic Forces".
    4. A trailing country qualifier is removed when the parenthesis holds a country name (ISO 3166 names plus
       ACLED's spellings and "International"): "Civilians (Syria)" -> "Civilians"; other trailing
       parentheses stay ("Militia (Pro-Government)"). The event's country is scored separately.
    5. Case folded; apostrophes dropped; every other punctuation run becomes one space; a leading "the " goes.
    """
    if not name:
        return ""
    text = _strip_accents(name)
    text = _PERIOD.sub(" ", text)
    text = _ACRONYM_PREFIX.sub("", text.strip())
    qualifier = _TRAILING_PAREN.search(text)
    if qualifier and _is_country(qualifier.group(1)):
        text = text[: qualifier.start()]
    text = _NON_WORD.sub(" ", _APOSTROPHES.sub("", text.casefold())).strip()
    return text.removeprefix("the ")


def actor_names_match(gold: str | None, predicted: str | None) -> bool:
    """Equal after :func:`normalise_actor_name`; two absent actors match."""
    return normalise_actor_name(gold) == normalise_actor_name(predicted)


def names_overlap(gold: str, predicted: str | None) -> bool:
    """Lenient filler match (MUC-4, GTD): one normalised name contains the other on word boundaries."""
    a, b = normalise_actor_name(gold), normalise_actor_name(predicted)
    if not a or not b:
        return False
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_country(text: str) -> bool:
    return text.strip().casefold() in _country_names()


@cache
def _country_names() -> frozenset[str]:
    names = {n.casefold() for n in _ACLED_COUNTRY_NAMES}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if isinstance(value, str):
                names.add(value.casefold())
    return frozenset(names)


# --- places ---

_PLACE_WORDS = frozenset(
    {
        "province",
        "governorate",
        "state",
        "region",
        "district",
        "oblast",
        "division",
        "department",
        "county",
        "prefecture",
        "municipality",
        "muhafazat",
        "wilayah",
        "of",
    }
)
_ARTICLES = frozenset({"al", "ar", "as", "ad", "an", "az", "ash", "at", "el", "ul"})
_FOLD = str.maketrans("eo", "iu")


@lru_cache(maxsize=65536)
def normalise_place_name(name: str | None) -> str:
    """A place name reduced for comparison: accents, case, apostrophes and punctuation removed; generic
    words ("Province", "Governorate", "State", ...) and Arabic articles ("al-", "ar-", "as-") dropped; spaces
    removed so "Deir-ez-Zor", "Deir ez Zor" and "Deirezzor" agree."""
    if not name:
        return ""
    words = _NON_WORD.sub(" ", _APOSTROPHES.sub("", _strip_accents(name).casefold())).split()
    kept = [w for w in words if w not in _PLACE_WORDS]
    while len(kept) > 1 and kept[0] in _ARTICLES:
        kept = kept[1:]
    return "".join(kept)


def place_fold(name: str | None) -> str:
    """:func:`normalise_place_name` with transliteration variants folded: e -> i and o -> u, doubled letters
    collapsed, a final h dropped. "Idleb"/"Idlib", "Lattakia"/"Latakia", "Tartous"/"Tartus", "Hiiraan"/
    "Hiraan", "Urozgan"/"Uruzgan" agree; "Paktia"/"Paktika", "Hunan"/"Henan", "Hebei"/"Hubei" and
    east/west pairs stay apart. Checked on every admin1 pair of GeoNames and of the ACLED, GTD and UCDP
    files in ../shared/eval: the only distinct names it merges are Shaanxi/Shanxi (China),
    Priekule/Priekuli (Latvia) and Ile Perseverance I/II (Seychelles)."""
    folded = normalise_place_name(name).translate(_FOLD)
    collapsed = "".join(c for i, c in enumerate(folded) if i == 0 or c != folded[i - 1])
    return collapsed.removesuffix("h")


def place_names_match(gold: str | None, predicted: str | None) -> bool:
    """Equal normalised names, or equal :func:`place_fold` forms of at least three letters."""
    a, b = normalise_place_name(gold), normalise_place_name(predicted)
    if not a or not b:
        return False
    if a == b:
        return True
    folded = place_fold(gold)
    return len(folded) >= 3 and folded == place_fold(predicted)


__all__ = [
    "BOOTSTRAP_RESAMPLES",
    "BOOTSTRAP_SEED",
    "F1Scores",
    "accuracy",
    "actor_names_match",
    "bootstrap_ci",
    "bootstrap_f1_ci",
    "confusion_matrix",
    "f1_scores",
    "haversine_km",
    "median",
    "names_overlap",
    "normalise_actor_name",
    "normalise_place_name",
    "place_fold",
    "place_names_match",
    "within_ratio",
]
