"""FA-KES: a full article -> its main event (date, governorate, actor class, cause class, civilian toll).

No publication date is given to the extractor (FA-KES has none), so dates must come from the text; the
title goes in as the title. Gold labels are kept in FA-KES's lower-case spelling; ``date`` is m/d/yy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from flashpoint.eval.datasets._files import (
    gold_files,
    limited,
    optional_int,
    parse_date,
    read_csv,
    unique_ids,
)
from flashpoint.eval.model import EvalItem, GoldEvent

REQUIRED = (
    "unit_id",
    "article_title",
    "article_content",
    "date",
    "location",
    "actor",
    "cause_of_death",
    "nb_civilians",
)
DATE_FORMATS = ("%m/%d/%y", "%m/%d/%Y", "%Y-%m-%d")
WHAT = "a FA-KES CSV"


def load_fakes(path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem, GoldEvent]]:
    return limited(
        unique_ids(pair for file in gold_files(path, (".csv",)) for pair in _load_file(file)), limit
    )


def _load_file(path: Path) -> Iterator[tuple[EvalItem, GoldEvent]]:
    for number, row in enumerate(read_csv(path, REQUIRED, what=WHAT), start=2):
        where = f"line {number}"
        item = EvalItem(
            id=f"fakes-{row['unit_id'].strip() or number}",
            text=row["article_content"].strip(),
            title=row["article_title"].strip() or None,
            country="Syria",
        )
        gold = GoldEvent(
            event_date=parse_date(row["date"], DATE_FORMATS, path=path, where=where),
            country="Syria",
            governorate=_label(row["location"]),
            actor_class=_label(row["actor"]),
            cause_class=_label(row["cause_of_death"]),
            civilian_deaths=optional_int(row["nb_civilians"], path=path, where=where),
        )
        yield item, gold


def _label(value: str) -> str | None:
    return " ".join(value.split()).casefold() or None


__all__ = ["load_fakes"]
