"""``flashpoint bench``: end-to-end throughput on a generated corpus."""

from __future__ import annotations

from typing import Annotated

import typer

from flashpoint.cli.output import stdout, summary_table
from flashpoint.pipeline.bench import run_bench
from flashpoint.settings import load_settings


def register(app: typer.Typer) -> None:
    app.command("bench")(bench)


def bench(
    n: Annotated[int, typer.Option(help="Articles to generate and ingest.")] = 2000,
    jobs: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    seed: Annotated[int, typer.Option(help="Corpus generator seed.")] = 7,
    min_rate: Annotated[float, typer.Option(help="Exit 1 when articles/s falls below this.")] = 0.0,
) -> None:
    """Generate a synthetic corpus, ingest it into a fresh database, report articles/s and peak memory."""
    result = run_bench(load_settings(), n=n, seed=seed, jobs=jobs)
    rows = [
        ("articles", str(result.articles)),
        ("events", str(result.events)),
        ("jobs", str(result.jobs)),
        ("warm-up (s)", f"{result.warmup_seconds:.2f}"),
        ("ingest (s)", f"{result.seconds:.2f}"),
        ("articles/s", f"{result.articles_per_second:.1f}"),
        ("peak RSS (MB)", f"{result.peak_rss_mb:.0f}"),
    ]
    stdout.print(summary_table(rows, title="flashpoint bench"))
    if result.articles_per_second < min_rate:
        raise typer.Exit(1)


__all__ = ["register"]
