"""Near-duplicate reports: a repost or light edit matches, another outlet's own story does not."""

from __future__ import annotations

import pytest

from flashpoint.incidents.fingerprint import (
    DUPLICATE_THRESHOLD,
    DuplicateIndex,
    fingerprint_from_bytes,
    fingerprint_text,
    similarity,
)

WIRE = (
    "A drone strike hit the crowded weekly market in Kafr Dalil on Tuesday morning, killing six traders and "
    "wounding four others, the district civil defence said. Witnesses said the drone circled the town for "
    "several minutes before firing two missiles at the vegetable stalls near the mosque. The Northern Wolves "
    "Brigade, which holds positions south of the town, denied any involvement in the attack."
)
REPOST = (
    "KAFR DALIL (Echo Mirror) - A drone strike hit the crowded weekly market in Kafr Dalil on Tuesday morning, "
    "killing six traders and wounding four others, the district civil defence said. Witnesses said the drone "
    "circled the town for several minutes before firing two missiles at the vegetable stalls near the mosque. "
    "The Northern Wolves Brigade, which holds positions south of the town, denied any involvement in the attack. "
    "Share this story."
)
EDITED = WIRE.replace("six traders", "at least six traders").replace("Tuesday morning", "Tuesday")
OTHER_OUTLET = (
    "Residents of Kafr Dalil buried their dead on Wednesday after what they called a massacre at the market. "
    "Local council officials put the toll at nine and blamed government aircraft; the army said it had struck "
    "a weapons depot of armed groups in the area and that reports of civilian deaths were fabricated."
)


@pytest.mark.parametrize(
    ("other", "duplicate"),
    [(REPOST, True), (EDITED, True), (OTHER_OUTLET, False)],
    ids=["repost-with-dateline", "light-edit", "other-outlets-own-story"],
)
def test_near_duplicates(other: str, duplicate: bool) -> None:
    score = similarity(fingerprint_text(WIRE), fingerprint_text(other))
    assert (score >= DUPLICATE_THRESHOLD) is duplicate


def test_index_finds_the_original_of_a_repost() -> None:
    index = DuplicateIndex()
    index.add("wire", fingerprint_text(WIRE))
    index.add("other", fingerprint_text(OTHER_OUTLET))
    match = index.find(fingerprint_text(REPOST))
    assert match is not None and match[0] == "wire"


def test_fingerprint_survives_bytes() -> None:
    fingerprint = fingerprint_text(WIRE)
    assert fingerprint_from_bytes(fingerprint.to_bytes()) == fingerprint
