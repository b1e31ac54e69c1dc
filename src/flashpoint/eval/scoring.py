"""Metrics by name, computed over observations, with bootstrap intervals; confusion matrices and worst errors.

Metric names are ``<field>.<metric>`` and are the keys of reports and of ``quality/floors.toml``:
they are stable (add, never rename).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

import numpy as np

from flashpoint.eval.metrics import bootstrap_ci, bootstrap_f1_ci, confusion_matrix, f1_scores
from flashpoint.eval.model import NO_EVENT, ConfusionMatrix, ErrorExample, FieldScore, Observation


class Kind(StrEnum):
    ACCURACY = "accuracy"  # share of observations whose verdict is correct
    ACCURACY_GOLD_POSITIVE = "accuracy_gold_positive"  # the same, among gold counts above zero
    WITHIN_RATIO = "within_ratio"  # |predicted - gold| <= threshold * gold
    WITHIN = "within"  # error <= threshold (km, days)
    FLAGGED_WITHIN = "flagged_within"  # error <= threshold among flagged observations
    MEDIAN_ERROR = "median_error"  # median error; a missing prediction counts as infinitely far
    F1_WEIGHTED = "f1_weighted"
    F1_MACRO = "f1_macro"


@dataclass(frozen=True, slots=True, kw_only=True)
class MetricDef:
    field: str
    kind: Kind
    threshold: float = 0.0

    @property
    def higher_is_better(self) -> bool:
        return self.kind != Kind.MEDIAN_ERROR


def _accuracy(field: str) -> MetricDef:
    return MetricDef(field=field, kind=Kind.ACCURACY)


METRICS: MappingProxyType[str, MetricDef] = MappingProxyType(
    {
        "event_type.accuracy": _accuracy("event_type"),
        "sub_event_type.accuracy": _accuracy("sub_event_type"),
        "sub_event_type.f1_weighted": MetricDef(field="sub_event_type", kind=Kind.F1_WEIGHTED),
        "sub_event_type.f1_macro": MetricDef(field="sub_event_type", kind=Kind.F1_MACRO),
        "actor1.name_match": _accuracy("actor1"),
        "actor1.class_accuracy": _accuracy("actor1_class"),
        "actor2.name_match": _accuracy("actor2"),
        "actor2.class_accuracy": _accuracy("actor2_class"),
        "location.within_10km": MetricDef(field="location", kind=Kind.WITHIN, threshold=10.0),
        "location.within_25km": MetricDef(field="location", kind=Kind.WITHIN, threshold=25.0),
        "location.within_50km": MetricDef(field="location", kind=Kind.WITHIN, threshold=50.0),
        "location.median_km": MetricDef(field="location", kind=Kind.MEDIAN_ERROR),
        "location.precision1_within_10km": MetricDef(
            field="location", kind=Kind.FLAGGED_WITHIN, threshold=10.0
        ),
        "admin1.accuracy": _accuracy("admin1"),
        "country.accuracy": _accuracy("country"),
        "event_date.exact": _accuracy("event_date"),
        "event_date.within_1day": MetricDef(field="event_date", kind=Kind.WITHIN, threshold=1.0),
        "fatalities.exact": _accuracy("fatalities"),
        "fatalities.exact_gold_positive": MetricDef(field="fatalities", kind=Kind.ACCURACY_GOLD_POSITIVE),
        "fatalities.within_20pct": MetricDef(field="fatalities", kind=Kind.WITHIN_RATIO, threshold=0.2),
        "injuries.exact": _accuracy("injuries"),
        "injuries.exact_gold_positive": MetricDef(field="injuries", kind=Kind.ACCURACY_GOLD_POSITIVE),
        "civilian_deaths.exact": _accuracy("civilian_deaths"),
        "civilian_deaths.exact_gold_positive": MetricDef(
            field="civilian_deaths", kind=Kind.ACCURACY_GOLD_POSITIVE
        ),
        "civilian_deaths.within_20pct": MetricDef(
            field="civilian_deaths", kind=Kind.WITHIN_RATIO, threshold=0.2
        ),
        "governorate.accuracy": _accuracy("governorate"),
        "actor_class.accuracy": _accuracy("actor_class"),
        "cause_class.accuracy": _accuracy("cause_class"),
        "attack_type.accuracy": _accuracy("attack_type"),
        "attack_type.f1_weighted": MetricDef(field="attack_type", kind=Kind.F1_WEIGHTED),
        "perpetrator.match": _accuracy("perpetrator"),
        "violence_type.accuracy": _accuracy("violence_type"),
        "side_a.match": _accuracy("side_a"),
        "side_b.match": _accuracy("side_b"),
        "incident_type.accuracy": _accuracy("incident_type"),
        "incident_type.f1_weighted": MetricDef(field="incident_type", kind=Kind.F1_WEIGHTED),
        "perpetrators.match": _accuracy("perpetrators"),
        "targets.match": _accuracy("targets"),
    }
)
"""Every metric by name. ``location.precision1_within_10km`` is precision honesty: among events that claim
geo_precision 1 (the named place itself), the share actually within 10 km."""


def score_metric(name: str, observations: Sequence[Observation]) -> FieldScore:
    """One metric over the observations of its field (other fields' observations are ignored)."""
    definition = METRICS[name]
    mine = [o for o in observations if o.field == definition.field]
    if definition.kind in (Kind.F1_WEIGHTED, Kind.F1_MACRO):
        return _f1_score(name, definition, mine)
    values, statistic = _sample(definition, mine)
    return _summary(name, definition, values, statistic)


def _sample(definition: MetricDef, observations: Sequence[Observation]) -> tuple[list[float], str]:
    kind, threshold = definition.kind, definition.threshold
    builders: dict[Kind, Callable[[], list[float]]] = {
        Kind.ACCURACY: lambda: [float(o.correct) for o in observations],
        Kind.ACCURACY_GOLD_POSITIVE: lambda: [
            float(o.correct) for o in observations if (o.gold_number or 0) > 0
        ],
        Kind.WITHIN_RATIO: lambda: [float(_within_ratio(o, threshold)) for o in observations],
        Kind.WITHIN: lambda: [float(_error(o) <= threshold) for o in observations],
        Kind.FLAGGED_WITHIN: lambda: [float(_error(o) <= threshold) for o in observations if o.flag],
        Kind.MEDIAN_ERROR: lambda: [_error(o) for o in observations],
    }
    return builders[kind](), "median" if kind == Kind.MEDIAN_ERROR else "mean"


def _error(observation: Observation) -> float:
    return np.inf if observation.error is None else observation.error


def _within_ratio(observation: Observation, ratio: float) -> bool:
    """``|predicted - gold| <= ratio * gold`` (see :func:`flashpoint.eval.metrics.within_ratio`)."""
    if observation.gold_number is None or observation.error is None:
        return False
    return observation.error <= ratio * observation.gold_number


def _summary(name: str, definition: MetricDef, values: list[float], statistic: str) -> FieldScore:
    if not values:
        return FieldScore(
            name=name,
            value=None,
            ci_low=None,
            ci_high=None,
            n=0,
            higher_is_better=definition.higher_is_better,
        )
    data = np.asarray(values, dtype=np.float64)
    value = float(np.median(data)) if statistic == "median" else float(data.mean())
    interval = bootstrap_ci(data, "median" if statistic == "median" else "mean")
    low, high = interval if interval else (None, None)
    return FieldScore(
        name=name,
        value=_finite(value),
        ci_low=_finite(low),
        ci_high=_finite(high),
        n=len(values),
        higher_is_better=definition.higher_is_better,
    )


def _finite(value: float | None) -> float | None:
    return value if value is not None and np.isfinite(value) else None


def _f1_score(name: str, definition: MetricDef, observations: Sequence[Observation]) -> FieldScore:
    gold = [o.gold for o in observations]
    predicted = [o.predicted for o in observations]
    if not gold:
        return FieldScore(name=name, value=None, ci_low=None, ci_high=None, n=0)
    ignore = _f1_ignore(gold)
    scores = f1_scores(gold, predicted, ignore=ignore)
    average: Literal["weighted", "macro"] = "weighted" if definition.kind == Kind.F1_WEIGHTED else "macro"
    interval = bootstrap_f1_ci(gold, predicted, average=average, ignore=ignore)
    low, high = interval if interval else (None, None)
    value = scores.weighted if average == "weighted" else scores.macro
    return FieldScore(name=name, value=value, ci_low=low, ci_high=high, n=len(gold))


def _f1_ignore(gold: Sequence[str]) -> frozenset[str]:
    """ "No event" is a class only where the gold uses it; otherwise a no-event prediction is just a miss."""
    return frozenset() if NO_EVENT in gold else frozenset({NO_EVENT})


def score_all(names: Sequence[str], observations: Sequence[Observation]) -> tuple[FieldScore, ...]:
    return tuple(score_metric(name, observations) for name in names)


def confusion_for(field: str, observations: Sequence[Observation]) -> ConfusionMatrix:
    mine = [o for o in observations if o.field == field]
    return confusion_matrix(field, [o.gold for o in mine], [o.predicted for o in mine])


def worst_errors(
    field: str,
    observations: Sequence[Observation],
    texts: dict[str, str],
    *,
    count: int = 20,
    width: int = 300,
) -> tuple[ErrorExample, ...]:
    """The ``count`` wrong observations of ``field`` with the largest error (ties by item id)."""
    wrong = [o for o in observations if o.field == field and not o.correct]
    wrong.sort(key=lambda o: (-_error(o), o.item_id))
    return tuple(
        ErrorExample(
            field=field,
            item_id=o.item_id,
            gold=o.gold,
            predicted=o.predicted,
            error=_finite(o.error),
            text=_truncate(texts.get(o.item_id, ""), width),
        )
        for o in wrong[:count]
    )


def _truncate(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "\u2026"


__all__ = ["METRICS", "Kind", "MetricDef", "confusion_for", "score_all", "score_metric", "worst_errors"]
