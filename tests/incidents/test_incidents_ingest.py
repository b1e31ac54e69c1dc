"""Golden end-to-end: four project-written reports through the real pipeline into incidents.

A wire story, a partisan outlet's own story and a repost of the wire describe one drone strike; a fourth
report is an unrelated protest. Expect one incident with two independent sources and the competing
figures, and the protest on its own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from flashpoint.articles.readers import read_text_source
from flashpoint.pipeline.ingest import ingest_items
from flashpoint.pipeline.resources import Resources
from flashpoint.store import open_store
from flashpoint.store.base import IncidentQuery

WIRE = (
    "Drone strike kills six at Saraqib market\n\n"
    "SARAQIB, Syria (Meridian Wire) - A drone strike hit the crowded vegetable market in Saraqib on Tuesday, "
    "killing six civilians and wounding eleven, the Syrian Civil Defence said. Government forces denied "
    "carrying out the strike."
)
DAILY = (
    "Massacre in Saraqib: nine dead as drone targets market\n\n"
    "Saraqib, Idlib - Nine civilians were killed on Tuesday when a drone struck the market in Saraqib, "
    "according to local activists. Residents said the toll could rise as several of the wounded were in "
    "critical condition."
)
REPOST = WIRE + " Share this article with your friends."
PROTEST = (
    "Protesters rally in Aleppo over bread prices\n\n"
    "Aleppo - Hundreds of people protested peacefully in central Aleppo on Thursday against the rising price "
    "of bread, witnesses said."
)
REPORTS = (
    ("wire", WIRE, "Meridian Wire"),
    ("daily", DAILY, "Levant Daily"),
    ("repost", REPOST, "Echo Mirror"),
    ("protest", PROTEST, "Meridian Wire"),
)


@pytest.mark.slow  # the session compiles the gazetteer once (minutes on a busy machine)
def test_reports_of_one_strike_become_one_incident(resources: Resources, tmp_path: Path) -> None:
    articles = [
        replace(
            read_text_source(text, source=f"{key}.txt", id=key, published=date(2025, 6, 11)),
            outlet=outlet,
        )
        for key, text, outlet in REPORTS
    ]
    store = open_store(tmp_path / "golden.db")
    try:
        summary = ingest_items(articles, store, resources)
        incidents = store.incidents(IncidentQuery())
    finally:
        store.close()
    assert summary.stored == 4 and summary.incidents == len(incidents)
    strike = max(incidents, key=lambda i: len(i.members))
    assert {m.article_id for m in strike.members} == {"wire", "daily", "repost"}
    assert strike.source_count == 2  # the repost counts as the wire
    figure = strike.figure("fatalities")
    assert figure is not None and (figure.low, figure.high) == (6, 9)
    assert [{m.article_id for m in i.members} for i in incidents if i is not strike] == [{"protest"}]
    assert {c.claimant for c in strike.claims} >= {"activists"}
