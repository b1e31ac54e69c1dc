"""Ingest end to end through the real CLI process: bad input is reported, good input is stored."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from flashpoint.pipeline.resources import Resources

RunCli = Callable[[list[str]], "subprocess.CompletedProcess[str]"]  # the run_cli fixture (tests/conftest.py)

GOOD_REPORT = (
    "Gunmen kill two farmers near Maiduguri\n\n"
    "MAIDUGURI, 4 March 2024 - Suspected Boko Haram gunmen shot dead two farmers on the outskirts of Maiduguri "
    "on Sunday, local officials said. The attackers fled on motorcycles before soldiers arrived.\n"
)
GOOD_REPORT_2 = (
    "Shelling hits Kharkiv suburb\n\n"
    "KHARKIV, 12 May 2023 - Russian forces shelled a residential area of Kharkiv on Thursday, killing three "
    "civilians and injuring eight others, the regional governor said.\n"
)
FRENCH = (
    "Des affrontements ont éclaté mardi entre l'armée et des groupes armés dans le nord du pays. Selon des "
    "sources locales, plusieurs personnes ont été tuées et les habitants ont fui vers la ville voisine.\n"
)
MALFORMED_HTML = (
    "<html><head><title>Clashes in Sanaa</title><body><div><p>SANAA, 3 June 2022 - Clashes erupted between "
    "Houthi fighters and government forces in Sanaa on Friday, killing four fighters.<p>Unclosed <b>tags"
)


@pytest.fixture
def bad_and_good(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good1.txt").write_text(GOOD_REPORT, encoding="utf-8")
    (inbox / "good2.txt").write_text(GOOD_REPORT_2, encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inbox / "latin1.txt").write_bytes("Caf\xe9 bomb\xe9 \xe0 Gao".encode("latin-1"))
    (inbox / "french.txt").write_text(FRENCH, encoding="utf-8")
    (inbox / "broken.html").write_text(MALFORMED_HTML, encoding="utf-8")
    big = inbox / "huge.txt"
    with big.open("w", encoding="utf-8") as out:
        line = "Clashes were reported in the area. " * 30 + "\n"
        while out.tell() < 50_000_000:
            out.write(line)
    return inbox


@pytest.mark.slow
def test_bad_input_is_reported_and_good_input_stored(
    bad_and_good: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    db = tmp_path / "cli.db"  # run_cli's database
    result = run_cli(["ingest", str(bad_and_good)])
    assert result.returncode == 1, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    for name in ("empty.txt", "binary.txt", "latin1.txt", "huge.txt"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    with sqlite3.connect(db) as conn:
        stored = {row[0] for row in conn.execute("select source from articles")}
        reasons = dict(conn.execute("select reason, count(*) from rejections group by reason").fetchall())
        orphans = conn.execute(
            "select count(*) from events where document_id not in (select id from documents)"
        )
        assert orphans.fetchone()[0] == 0
    assert {Path(s).name for s in stored} == {"good1.txt", "good2.txt", "broken.html"}
    assert reasons.get("not_english") == 1
    assert {"empty", "binary", "encoding", "too_large"} <= set(reasons)


def test_reingesting_is_a_no_op(tmp_path: Path, run_cli: RunCli) -> None:
    report = tmp_path / "r.txt"
    report.write_text(GOOD_REPORT_2, encoding="utf-8")
    db = tmp_path / "cli.db"  # run_cli's database
    first = run_cli(["ingest", str(report)])
    second = run_cli(["ingest", str(report)])
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 1
        events = conn.execute("select count(*) from events").fetchone()[0]
    assert events >= 1
    assert "duplicates skipped" in second.stdout
    assert re.search(r"incidents created or updated\s*│\s*[1-9]", first.stdout), first.stdout
    assert re.search(r"incidents created or updated\s*│\s*0", second.stdout), second.stdout


@pytest.mark.slow
def test_worker_pool_codes_the_same_as_one_process(tmp_path: Path, resources: Resources) -> None:
    from flashpoint.articles.readers import read_text_source
    from flashpoint.pipeline.ingest import ingest_items
    from flashpoint.pipeline.synthetic import generate_reports
    from flashpoint.store import open_store

    articles = [
        read_text_source(r.text, source=r.id, id=r.id, published=r.published)
        for r in generate_reports(40, seed=11)
    ]
    counts = []
    for jobs in (1, 2):
        store = open_store(tmp_path / f"jobs{jobs}.db")
        try:
            summary = ingest_items(articles, store, resources, jobs=jobs)
            counts.append((summary.stored, summary.events, store.counts().events))
        finally:
            store.close()
    assert counts[0] == counts[1]
    assert counts[0][0] == 40
