"""The adapters read the real evaluation files in ../shared/eval (skipped when that folder is absent).

Only counts and structure are checked: no row or text from those files is copied here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.eval.datasets import load_dataset

SHARED_EVAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"

pytestmark = [
    pytest.mark.needs_shared,
    pytest.mark.skipif(
        not SHARED_EVAL.is_dir(), reason="../shared/eval is absent (evaluation data not here)"
    ),
]


@pytest.mark.parametrize(
    ("dataset", "relative", "rows"),
    [
        ("acled", "acled/acled_2020-05.csv", 2062),
        ("acled", "acled/acled_africa_2016_old_schema.csv", 500),
        ("acled", "acled/acled_asia_2015_old_schema.csv", 10194),
        ("ucdp", "ucdp-ged/ucdp_ged191_syria.csv", 11573),
        ("fakes", "fakes/fakes.csv", 156),
        ("gtd", "gtd/gtd_2016-2018.csv", 2646 - 83),  # 83 rows have no summary to extract from
        ("muc4", "muc4/dev.json", 200),
        ("muc4", "muc4/train.json", 1300),
    ],
    ids=[
        "acled-2020",
        "acled-africa-old",
        "acled-asia-old",
        "ucdp",
        "fakes",
        "gtd",
        "muc4-dev",
        "muc4-train",
    ],
)
def test_adapter_reads_the_documented_row_count(dataset: str, relative: str, rows: int) -> None:
    path = SHARED_EVAL / relative
    if not path.exists():
        pytest.skip(f"{path} is absent")
    pairs = list(load_dataset(dataset, path))
    assert len(pairs) == rows
    assert len({item.id for item, _ in pairs}) == rows  # ids are unique
    assert all(item.text.strip() for item, _ in pairs)


def test_acled_old_schema_maps_nearly_every_event_type() -> None:
    path = SHARED_EVAL / "acled" / "acled_asia_2015_old_schema.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    pairs = list(load_dataset("acled", path))
    unmapped = sum(1 for _, gold in pairs if gold.event_type is None)
    assert unmapped <= 5  # only "Riots/Protests" rows with neither rioters nor protesters as an actor
