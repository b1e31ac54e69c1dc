"""Run an extractor over a dataset and score it.

The extractor is a parameter (``Callable[[EvalItem], tuple[Event, ...]]``): the CLI passes
:func:`pipeline_extractor`, tests pass a small function of their own. One prediction is scored per item, by
:data:`SELECTION_RULE`. ``jobs > 1`` extracts in worker processes (chunks of items); the extractor must then
be a module-level function, and loads its resources once per worker.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Protocol, TypeAlias, cast

from flashpoint.errors import EvalError
from flashpoint.eval.compare import observe
from flashpoint.eval.datasets import DatasetSpec, dataset_spec
from flashpoint.eval.model import CountryScores, EvalItem, EvalReport, GoldEvent, ItemFailure, Observation
from flashpoint.eval.scoring import METRICS, confusion_for, score_all, worst_errors
from flashpoint.events.merge import main_event
from flashpoint.events.model import Event

logger = logging.getLogger(__name__)

Extractor: TypeAlias = Callable[[EvalItem], tuple[Event, ...]]
Progress: TypeAlias = Callable[[int], None]


class ProgressSink(Protocol):
    """Told the item count once the dataset is loaded, then advanced once per item extracted."""

    def start(self, total: int) -> None: ...

    def advance(self, count: int) -> None: ...


SELECTION_RULE = (
    "one prediction per item: the report's main event, the one its text tells first; "
    "an item with no event, or whose extraction failed, is scored as 'no event', which is wrong on every "
    "field whose gold is a value"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Prediction:
    item_id: str
    event: Event | None
    events: int  # how many events the extractor returned
    failure: str | None = None


def select_event(events: Sequence[Event]) -> Event | None:
    """The report's main event (:func:`flashpoint.events.merge.main_event`: the one told first); ``None`` for
    no events."""
    return main_event(events)


def predict(item: EvalItem, extractor: Extractor) -> Prediction:
    """Run the extractor on one item; an exception is recorded on the prediction, not raised."""
    try:
        events = extractor(item)
    except Exception as exc:  # the runner boundary: one item's failure is counted, the run goes on
        logger.debug("extraction failed on %s: %s", item.id, exc, exc_info=True)
        return Prediction(item_id=item.id, event=None, events=0, failure=f"{type(exc).__name__}: {exc}")
    return Prediction(item_id=item.id, event=select_event(events), events=len(events))


def predict_all(
    items: Sequence[EvalItem], extractor: Extractor, *, jobs: int = 1, progress: Progress | None = None
) -> list[Prediction]:
    """Predictions in item order; ``jobs`` worker processes when above 1."""
    if jobs < 1:
        raise EvalError(f"--jobs must be 1 or more, got {jobs}", code="E504")
    task = partial(predict, extractor=extractor)
    if jobs == 1 or len(items) < 2:
        return _collect(map(task, items), progress)
    chunk = max(1, len(items) // (jobs * 8))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return _collect(pool.map(task, items, chunksize=chunk), progress)


def _collect(results: Iterable[Prediction], progress: Progress | None) -> list[Prediction]:
    collected: list[Prediction] = []
    for prediction in results:
        collected.append(prediction)
        if progress is not None:
            progress(1)
    return collected


class _ExtractResult(Protocol):
    @property
    def events(self) -> tuple[Event, ...]: ...


class _ExtractText(Protocol):
    def __call__(
        self, text: str, *, published: date | None, title: str | None, doc_id: str
    ) -> _ExtractResult: ...


def pipeline_extractor(item: EvalItem) -> tuple[Event, ...]:
    """The real extractor: ``flashpoint.pipeline.api.extract_text`` with the item's hints; for an item with a
    place name, ``flashpoint.pipeline.geocode.geocode_name``'s main event (the name placed by the text)."""
    if item.place_name is not None:
        found = _geocode_name()(
            item.place_name, item.text, published=item.published, title=item.title, doc_id=item.id
        )
        if found.event is not None:
            return (found.event,)
        return () if found.place is None else (_place_carrier(item, found.place),)
    result = _extract_text()(item.text, published=item.published, title=item.title, doc_id=item.id)
    return tuple(result.events)


class _Place(Protocol):
    @property
    def location(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def admin1(self) -> str | None: ...
    @property
    def admin2(self) -> str | None: ...
    @property
    def latitude(self) -> float: ...
    @property
    def longitude(self) -> float: ...
    @property
    def geo_precision(self) -> int: ...


class _Geocoded(Protocol):
    @property
    def event(self) -> Event | None: ...
    @property
    def place(self) -> _Place | None: ...


def _place_carrier(item: EvalItem, place: _Place) -> Event:
    """The geocoded place of a report that gives no event, carried in an otherwise empty Event: a geocoding
    evaluation (acled-places) scores only the place fields."""
    return Event(
        id=f"{item.id}-place",
        document_id=item.id,
        event_date=None,
        time_precision=3,
        event_type="",
        sub_event_type="",
        actor1=None,
        assoc_actor_1=None,
        actor2=None,
        assoc_actor_2=None,
        inter1=None,
        inter2=None,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=int(place.geo_precision),
        fatalities=0,
        injuries=0,
        claims=(),
        evidence=(),
        confidence=0.0,
        notes=("no event in the report: only the geocoded place is carried",),
        extractor="geocode",
        extractor_version="",
    )


class _GeocodeName(Protocol):
    def __call__(
        self, name: str, text: str, *, published: date | None, title: str | None, doc_id: str
    ) -> _Geocoded: ...


def _extract_text() -> _ExtractText:
    return cast(_ExtractText, _pipeline_module("flashpoint.pipeline.api").extract_text)


def _geocode_name() -> _GeocodeName:
    return cast(_GeocodeName, _pipeline_module("flashpoint.pipeline.geocode").geocode_name)


def _pipeline_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        raise EvalError(
            f"the extractor {name} is not available ({exc}); install the full package "
            "or pass an extractor to the eval runner",
            code="E505",
        ) from None


def resolve_extractor(spec: str) -> Extractor:
    """``"pipeline"`` -> :func:`pipeline_extractor`; ``"module:function"`` -> that function."""
    if spec == "pipeline":
        return pipeline_extractor
    module_name, _, function_name = spec.partition(":")
    if not module_name or not function_name:
        raise EvalError(f"extractor {spec!r}: write 'pipeline' or 'module:function'", code="E504")
    try:
        function = getattr(importlib.import_module(module_name), function_name)
    except (ImportError, AttributeError) as exc:
        raise EvalError(f"extractor {spec!r} cannot be loaded: {exc}", code="E505") from None
    if not callable(function):
        raise EvalError(f"extractor {spec!r} is not a function", code="E505")
    return cast(Extractor, function)


def run_eval(
    dataset: str,
    gold_path: Path,
    extractor: Extractor,
    *,
    limit: int | None = None,
    jobs: int = 1,
    progress: ProgressSink | None = None,
) -> EvalReport:
    """Load the dataset, extract from every item, score."""
    spec = dataset_spec(dataset)
    started = time.perf_counter()
    pairs = list(spec.load(gold_path, limit=limit))
    logger.info("%s: %d items loaded from %s", spec.name, len(pairs), gold_path)
    if progress is not None:
        progress.start(len(pairs))
    advance = progress.advance if progress is not None else None
    predictions = predict_all([item for item, _ in pairs], extractor, jobs=jobs, progress=advance)
    failed = [p for p in predictions if p.failure]
    if failed:
        logger.warning(
            "%s: extraction failed on %d of %d items (first: %s: %s); they score as no event",
            spec.name,
            len(failed),
            len(predictions),
            failed[0].item_id,
            failed[0].failure,
        )
    report = evaluate(spec, pairs, predictions, gold_path=gold_path, started=started)
    logger.info("%s: scored in %.1f s", spec.name, report.seconds)
    return report


def evaluate(
    spec: DatasetSpec,
    pairs: Sequence[tuple[EvalItem, GoldEvent]],
    predictions: Sequence[Prediction],
    *,
    gold_path: Path,
    started: float | None = None,
) -> EvalReport:
    """Score predictions (in item order) against the gold: metrics, per-country, confusion, worst errors."""
    began = time.perf_counter() if started is None else started
    fields = tuple(dict.fromkeys(METRICS[name].field for name in spec.metrics))
    per_item = [
        observe(gold, p.event, item.id, fields) for (item, gold), p in zip(pairs, predictions, strict=True)
    ]
    observations = [o for item_observations in per_item for o in item_observations]
    texts = {item.id: item.text for item, _ in pairs}
    return EvalReport(
        dataset=spec.name.value,
        gold_path=str(gold_path),
        extractor=_extractor_name(predictions),
        selection_rule=SELECTION_RULE,
        items=len(pairs),
        items_with_event=sum(1 for p in predictions if p.event is not None),
        seconds=time.perf_counter() - began,
        scores=score_all(spec.metrics, observations),
        by_country=_by_country(spec, [item for item, _ in pairs], per_item) if spec.by_country else (),
        confusion=tuple(confusion_for(field, observations) for field in spec.confusion_fields),
        worst=tuple(e for field in spec.headline_fields for e in worst_errors(field, observations, texts)),
        failures=tuple(ItemFailure(item_id=p.item_id, message=p.failure) for p in predictions if p.failure),
    )


def _extractor_name(predictions: Sequence[Prediction]) -> str | None:
    event = next((p.event for p in predictions if p.event is not None), None)
    return f"{event.extractor} {event.extractor_version}" if event is not None else None


def _by_country(
    spec: DatasetSpec, items: Sequence[EvalItem], per_item: Sequence[list[Observation]]
) -> tuple[CountryScores, ...]:
    grouped: dict[str, list[Observation]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    for item, observations in zip(items, per_item, strict=True):
        country = item.country or "(unknown)"
        counts[country] += 1
        grouped[country].extend(observations)
    order = sorted(counts, key=lambda c: (-counts[c], c))
    return tuple(
        CountryScores(country=c, items=counts[c], scores=score_all(spec.metrics, grouped[c])) for c in order
    )


__all__ = [
    "SELECTION_RULE",
    "Extractor",
    "Prediction",
    "ProgressSink",
    "evaluate",
    "pipeline_extractor",
    "predict",
    "predict_all",
    "resolve_extractor",
    "run_eval",
    "select_event",
]
