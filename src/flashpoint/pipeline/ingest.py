"""Ingest: read items, code them, and store each article in one transaction; one writer, optional worker pool."""

from __future__ import annotations

import itertools
import logging
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from flashpoint.articles.model import Article, ReadFailure
from flashpoint.documents.model import Rejected
from flashpoint.pipeline.incidents import IncidentUpdater
from flashpoint.pipeline.resources import Resources
from flashpoint.pipeline.runner import Failed, Outcome, Processed, process_item, process_partition
from flashpoint.store.base import SaveOutcome, Store

logger = logging.getLogger(__name__)
_CHUNK = 32  # articles per task sent to a worker process: large enough to amortise pickling
_LOOKUP_BATCH = 64  # items whose content hashes are looked up in the store in one query


@dataclass(slots=True, kw_only=True)
class RunSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    incidents: int = 0  # incidents created or changed by this run
    rejected: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def ingest_items(
    items: Iterable[Article | ReadFailure],
    store: Store,
    res: Resources,
    *,
    jobs: int = 1,
    on_item: Callable[[Outcome], None] | None = None,
    incidents: bool = True,
) -> RunSummary:
    """Code and store every item; duplicates (same content hash) are skipped without writing anything.

    With ``incidents`` (the default), each stored article's events are clustered into incidents as it
    is saved (see ``pipeline.incidents``); the incidents are saved in batches and at the end.
    """
    summary = RunSummary()
    updater = IncidentUpdater(store, res.sources, today=res.today) if incidents else None
    fresh = _skip_duplicates(items, store, summary)
    for outcome in _outcomes(fresh, res, jobs):
        _record(outcome, store, summary, updater)
        if on_item is not None:
            on_item(outcome)
    if updater is not None:
        summary.incidents = updater.flush_total()
    return summary


def _skip_duplicates(
    items: Iterable[Article | ReadFailure], store: Store, summary: RunSummary
) -> Iterator[Article | ReadFailure]:
    seen: set[str] = set()
    for chunk in _chunks(items, _LOOKUP_BATCH):
        stored = store.stored_contents([item.content_hash for item in chunk if isinstance(item, Article)])
        for item in chunk:
            summary.read += 1
            if isinstance(item, Article) and (item.content_hash in seen or item.content_hash in stored):
                summary.duplicates += 1
                continue
            if isinstance(item, Article):
                seen.add(item.content_hash)
            yield item


def _outcomes(items: Iterable[Article | ReadFailure], res: Resources, jobs: int) -> Iterator[Outcome]:
    if jobs <= 1:
        for item in items:
            yield process_item(item, res)
        return
    res.preload()  # compile the gazetteer once here, not once per worker
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in _chunks(items, _CHUNK):
            pending.append(pool.submit(process_partition, chunk, res.settings))
            if len(pending) >= jobs * 4:  # bounded: never read far ahead of the writer
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(items: Iterable[Article | ReadFailure], size: int) -> Iterator[Sequence[Article | ReadFailure]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _record(outcome: Outcome, store: Store, summary: RunSummary, updater: IncidentUpdater | None) -> None:
    if isinstance(outcome, Processed):
        if store.save_article(outcome.article, outcome.document, outcome.events) == SaveOutcome.DUPLICATE:
            summary.duplicates += 1
            return
        summary.stored += 1
        summary.events += len(outcome.events)
        if updater is not None:
            updater.add(outcome.article, outcome.document, outcome.events)
    elif isinstance(outcome, Rejected):
        store.save_rejection(
            item_id=outcome.item_id,
            source=outcome.source,
            reason=outcome.reason.value,
            detail=outcome.detail,
            content_hash=None,
        )
        summary.rejected[outcome.reason.value] += 1
    else:
        _record_failure(outcome, store, summary)


def _record_failure(outcome: Failed, store: Store, summary: RunSummary) -> None:
    store.save_rejection(
        item_id=outcome.item_id,
        source=outcome.source,
        reason=outcome.reason,
        detail=outcome.message,
        content_hash=outcome.content_hash,
    )
    summary.rejected[outcome.reason] += 1
    summary.failures.append(outcome.message)


__all__ = ["RunSummary", "ingest_items"]
