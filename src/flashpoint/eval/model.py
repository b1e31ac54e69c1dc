"""Evaluation records: an item to extract from, its gold coding, and the scores a run produces.

Gold values of ``None`` (or an empty tuple) mean "the dataset does not code this field" and the field is not
scored for that item. An empty string for ``actor2`` means "coded: there is no second actor".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

NO_EVENT = "(no event)"
"""The label of "no event": the prediction when the extractor returns nothing, and the gold label of items the
dataset says describe no event of interest (MUC-4 irrelevant documents, CASE non-ACLED classes)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class EvalItem:
    """One text given to the extractor, with the hints the dataset provides."""

    id: str
    text: str
    published: date | None = None
    country: str | None = None  # for per-country breakdowns only; never given to the extractor
    title: str | None = None
    # a place name given beside the text, to geocode in its context (ACLED's location column, acled-places)
    place_name: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEvent:
    """The coding a dataset gives for an item's main event; every field is optional."""

    is_event: bool = True  # False: the gold says the text reports no event of interest
    event_date: date | None = None
    event_date_end: date | None = None  # inclusive end of a date range (UCDP); None: same as event_date
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None  # "" = coded as no second actor
    inter1: int | None = None
    inter2: int | None = None  # 0 = no second actor
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    injuries: int | None = None
    civilian_deaths: int | None = None
    governorate: str | None = None  # FA-KES governorate key ("aleppo", "deir ezzor", ...)
    actor_class: str | None = None  # FA-KES actor class
    cause_class: str | None = None  # FA-KES cause of death
    attack_type: str | None = None  # GTD attacktype1_txt
    perpetrator: str | None = None  # GTD gname
    violence_type: int | None = None  # UCDP type_of_violence: 1 state-based, 2 non-state, 3 one-sided
    side_a: str | None = None  # UCDP side_a (comma-separated groups)
    side_b: str | None = None
    incident_types: tuple[str, ...] = ()  # MUC-4 incident types of all templates, first template first
    perpetrators: tuple[str, ...] = ()  # MUC-4 PerpInd and PerpOrg fillers, all templates
    targets: tuple[str, ...] = ()  # MUC-4 Target and Victim fillers, all templates


@dataclass(frozen=True, slots=True, kw_only=True)
class Observation:
    """One scored field of one item.

    ``correct`` is the field's headline verdict; ``error`` its size where one exists (km, days, count
    difference; for labels the predicted event's confidence, 1.0 when there was no event), used by numeric
    metrics and to rank the worst errors. ``gold_number`` is the gold count for count fields; ``flag`` marks
    observations in a metric's subset (location: the prediction claimed geo_precision 1).
    """

    field: str
    item_id: str
    gold: str
    predicted: str
    correct: bool
    error: float | None = None
    gold_number: float | None = None
    flag: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldScore:
    """A metric over a set of items with its 95% bootstrap interval; ``value`` is ``None`` when undefined
    (no item to score, or a median error that is infinite because most items had no prediction)."""

    name: str
    value: float | None
    ci_low: float | None
    ci_high: float | None
    n: int
    higher_is_better: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryScores:
    country: str
    items: int
    scores: tuple[FieldScore, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ConfusionMatrix:
    """``counts[i][j]``: items with gold ``labels[i]`` predicted as ``labels[j]``."""

    field: str
    labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorExample:
    field: str
    item_id: str
    gold: str
    predicted: str
    error: float | None
    text: str  # the item's text, truncated


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemFailure:
    """An item whose extraction raised; it is scored as "no event" on every field."""

    item_id: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EvalReport:
    dataset: str
    gold_path: str
    extractor: str | None  # "name version" of the predicted events, None when nothing was predicted
    selection_rule: str
    items: int
    items_with_event: int
    seconds: float
    scores: tuple[FieldScore, ...]
    by_country: tuple[CountryScores, ...] = ()
    confusion: tuple[ConfusionMatrix, ...] = ()
    worst: tuple[ErrorExample, ...] = ()
    failures: tuple[ItemFailure, ...] = ()

    def score(self, name: str) -> FieldScore | None:
        return next((s for s in self.scores if s.name == name), None)


__all__ = [
    "NO_EVENT",
    "ConfusionMatrix",
    "CountryScores",
    "ErrorExample",
    "EvalItem",
    "EvalReport",
    "FieldScore",
    "GoldEvent",
    "ItemFailure",
    "Observation",
]
