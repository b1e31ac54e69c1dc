""" "Areas controlled by X" names who holds the place, not who did the deed."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Turkish forces shelled villages controlled by the YPG near Afrin on Monday.",
            "Military Forces of Turkey",
            "YPG",
        ),
        (
            "Syrian army artillery shelled a town held by Jaish al-Islam in the Eastern Ghouta on Monday.",
            "Military Forces of Syria",
            "Jaish al Islam",
        ),
        (
            "A village near Afrin was shelled by the YPG on Monday.",
            "YPG",
            None,
        ),
    ],
    ids=["controlled-by", "held-by", "passive-agent"],
)
def test_holder_is_not_the_agent(text: str, actor1: str, actor2: str | None, resources: Resources) -> None:
    events = extract_text(text, published=date(2018, 2, 7), doc_id="held", resources=resources).events
    assert len(events) == 1
    assert events[0].actor1 is not None and events[0].actor1.startswith(actor1)
    if actor2 is None:
        assert events[0].actor2 is None or not events[0].actor2.startswith(actor1)
    else:
        assert events[0].actor2 is not None and actor2 in events[0].actor2
