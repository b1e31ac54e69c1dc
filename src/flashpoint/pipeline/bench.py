"""End-to-end throughput benchmark on a generated corpus: articles/s and peak memory."""

from __future__ import annotations

import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import orjson

from flashpoint.articles.readers import iter_articles
from flashpoint.pipeline.ingest import RunSummary, ingest_items
from flashpoint.pipeline.resources import Resources
from flashpoint.pipeline.synthetic import generate_reports
from flashpoint.settings import Settings
from flashpoint.store import open_store


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchResult:
    articles: int
    events: int
    seconds: float
    warmup_seconds: float
    peak_rss_mb: float
    jobs: int

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def write_corpus(path: Path, n: int, seed: int) -> None:
    with path.open("wb") as out:
        for report in generate_reports(n, seed=seed):
            record = {
                "id": report.id,
                "text": report.text,
                "published": report.published.isoformat(),
                "outlet": report.outlet,
            }
            out.write(orjson.dumps(record) + b"\n")


def run_bench(settings: Settings, *, n: int = 2000, seed: int = 7, jobs: int = 1) -> BenchResult:
    """Generate ``n`` reports, then time reading, coding and storing them in a fresh database.

    Resources (gazetteer, knowledge base) are loaded before the clock starts and reported as warm-up.
    """
    with tempfile.TemporaryDirectory(prefix="flashpoint-bench-") as tmp:
        corpus, db = Path(tmp) / "corpus.jsonl", Path(tmp) / "bench.db"
        write_corpus(corpus, n, seed)
        res = Resources(settings=settings)
        warm_start = time.perf_counter()
        res.preload()
        warmup = time.perf_counter() - warm_start
        store = open_store(db)
        start = time.perf_counter()
        try:
            summary: RunSummary = ingest_items(iter_articles([corpus]), store, res, jobs=jobs)
        finally:
            store.close()
        seconds = time.perf_counter() - start
    return BenchResult(
        articles=summary.read,
        events=summary.events,
        seconds=seconds,
        warmup_seconds=warmup,
        peak_rss_mb=_peak_rss_mb(),
        jobs=jobs,
    )


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # ru_maxrss is in KiB on Linux


__all__ = ["BenchResult", "run_bench", "write_corpus"]
