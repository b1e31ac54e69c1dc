"""``flashpoint extract`` (no store) and ``flashpoint ingest`` (into the store)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from flashpoint._types import JSONObject, JSONValue
from flashpoint.articles.model import Article, ReadFailure
from flashpoint.articles.readers import iter_articles
from flashpoint.cli.output import error_line, events_table, print_json, print_json_line, stdout, summary_table
from flashpoint.documents.model import Rejected
from flashpoint.events.serialize import event_to_dict
from flashpoint.pipeline.ingest import RunSummary, ingest_items
from flashpoint.pipeline.resources import Resources
from flashpoint.pipeline.runner import Failed, Outcome, Processed, process_item
from flashpoint.settings import load_settings
from flashpoint.store import open_store
from flashpoint.store.base import Store


class ExtractFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    TABLE = "table"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("ingest")(ingest)


def extract(
    files: Annotated[list[Path], typer.Argument(help="Text, HTML or JSONL files.", exists=False)],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for files without one.")
    ] = None,
    format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.JSON,
    country: Annotated[str | None, typer.Option(help=COUNTRY_HELP)] = None,
) -> None:
    """Code events from reports and print them; nothing is stored."""
    pub = _parse_date(published)
    res = Resources(settings=load_settings())
    _check_country(country, res)
    failed = 0
    collected: list[JSONObject] = []
    for item in _with_defaults(iter_articles(files), pub, country):
        outcome = process_item(item, res)
        failed += isinstance(outcome, Failed)
        record = _record(item, outcome)
        if format == ExtractFormat.JSONL:
            print_json_line(record)
        elif format == ExtractFormat.TABLE and isinstance(outcome, Processed):
            stdout.print(events_table(outcome.events, title=str(record["id"])))
        else:
            collected.append(record)
    if format == ExtractFormat.JSON:
        _print_collected(collected, files)
    if failed:
        raise typer.Exit(1)


def _print_collected(records: list[JSONObject], files: list[Path]) -> None:
    if any(str(f).endswith((".jsonl", ".ndjson")) for f in files):
        for record in records:
            print_json_line(record)
        return
    events: list[JSONValue] = [e for r in records for e in _list(r["events"])]
    print_json({"events": events})


def _list(value: object) -> list[JSONObject]:
    return value if isinstance(value, list) else []


def _record(item: Article | ReadFailure, outcome: Outcome) -> JSONObject:
    item_id = item.id if isinstance(item, Article) else item.source
    if isinstance(outcome, Processed):
        return {"id": item_id, "events": [event_to_dict(e) for e in outcome.events]}
    if isinstance(outcome, Rejected):
        return {
            "id": item_id,
            "events": [],
            "rejected": {"reason": outcome.reason.value, "detail": outcome.detail},
        }
    error_line(outcome.message)
    return {"id": item_id, "events": [], "error": {"reason": outcome.reason, "message": outcome.message}}


def _with_defaults(
    items: Iterator[Article | ReadFailure], published: date | None, country: str | None
) -> Iterator[Article | ReadFailure]:
    """Items with the command line's publication date and country where they give none of their own."""
    for item in items:
        if published is not None and isinstance(item, Article) and item.published is None:
            item = replace(item, published=published)
        if country is not None and isinstance(item, Article) and item.country is None:
            item = replace(item, country=country)
        yield item


COUNTRY_HELP = (
    "Country the reports are about (name or ISO code) for items that give none: their place names are "
    "weighed towards it, and events no place locates take it."
)


def _check_country(country: str | None, res: Resources) -> None:
    if country is not None and res.gazetteer.country(country) is None:
        raise typer.BadParameter(
            f"{country!r} is not a country the gazetteer knows; give its English name or ISO code, e.g. "
            "'Syria' or 'SY'",
            param_hint="--country",
        )


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2020-03-19") from exc


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files, directories or JSONL files to ingest.")],
    db: Annotated[
        str | None, typer.Option(help="Database file (default ./flashpoint.db or $FLASHPOINT_DB).")
    ] = None,
    jobs: Annotated[int, typer.Option(help="Worker processes for coding (the store has one writer).")] = 1,
    country: Annotated[str | None, typer.Option(help=COUNTRY_HELP)] = None,
) -> None:
    """Code reports and store articles, documents, events, claims and evidence (one transaction per article)."""
    settings = load_settings(db=db)
    res = Resources(settings=settings)
    _check_country(country, res)
    store = open_store(settings.db)
    try:
        summary = _ingest_with_progress(paths, store, res, jobs, settings.max_article_bytes, country)
    finally:
        store.close()
    for message in summary.failures:
        error_line(message)
    _print_summary(summary, settings.db)
    if summary.failed:
        raise typer.Exit(1)


def _ingest_with_progress(
    paths: list[Path], store: Store, res: Resources, jobs: int, max_bytes: int, country: str | None
) -> RunSummary:
    items = _with_defaults(iter_articles(paths, max_bytes=max_bytes), None, country)
    columns = (SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, disable=not sys.stderr.isatty(), transient=True) as progress:
        task = progress.add_task("coding", total=None)
        return ingest_items(items, store, res, jobs=jobs, on_item=lambda _o: progress.advance(task))


def _print_summary(summary: RunSummary, db: str) -> None:
    rows = [
        ("articles read", str(summary.read)),
        ("articles stored", str(summary.stored)),
        ("duplicates skipped", str(summary.duplicates)),
        ("events stored", str(summary.events)),
        ("incidents created or updated", str(summary.incidents)),
    ]
    rows += [(f"rejected: {reason}", str(n)) for reason, n in sorted(summary.rejected.items())]
    stdout.print(summary_table(rows, title=f"ingest into {db}"))


__all__ = ["register"]
