""" "IS attacks ...": the acronym is the subject, not the auxiliary of a passive."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("IS attacks SDF positions near Tabqa", "Islamic State", "QSD: Syrian Democratic Forces"),
        ("The town is shelled by the YPG near Afrin", "YPG", None),
    ],
    ids=["acronym-subject", "verb-is-passive"],
)
def test_is_acronym_or_verb(text: str, actor1: str, actor2: str | None, resources: Resources) -> None:
    events = extract_text(text, published=date(2017, 3, 6), doc_id="is", resources=resources).events
    assert len(events) == 1
    assert events[0].actor1 is not None and events[0].actor1.startswith(actor1)
    assert events[0].actor2 == actor2 or (actor2 is not None and (events[0].actor2 or "").startswith(actor2))
