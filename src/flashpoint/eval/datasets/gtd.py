"""GTD: ``summary`` -> attack type, perpetrator, place, killed, wounded.

The summary opens with the incident date ("03/01/2016: ..."), so no publication hint is given. Rows without a
summary cannot be extracted from and are skipped (83 of the 2,646 rows in ../shared/eval/gtd). An "Unknown"
attack type carries no information and is not scored; an "Unknown" perpetrator is (no group named). A day
or month of 0 (GTD's "unknown") leaves the date unscored; "Unknown" provinces are not scored.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from flashpoint.eval.datasets._files import gold_files, limited, optional_int, read_csv, unique_ids
from flashpoint.eval.mappings import GTD_UNSCORED_ATTACK_TYPES
from flashpoint.eval.model import EvalItem, GoldEvent

logger = logging.getLogger(__name__)

REQUIRED = (
    "eventid",
    "iyear",
    "imonth",
    "iday",
    "country_txt",
    "provstate",
    "city",
    "summary",
    "attacktype1_txt",
    "gname",
    "nkill",
    "nwound",
)
WHAT = "a GTD CSV"


def load_gtd(path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem, GoldEvent]]:
    return limited(
        unique_ids(pair for file in gold_files(path, (".csv",)) for pair in _load_file(file)), limit
    )


def _load_file(path: Path) -> Iterator[tuple[EvalItem, GoldEvent]]:
    skipped = 0
    for number, row in enumerate(read_csv(path, REQUIRED, what=WHAT), start=2):
        if not row["summary"].strip():
            skipped += 1
            continue
        country = row["country_txt"].strip() or None
        item = EvalItem(id=f"gtd-{row['eventid'].strip()}", text=row["summary"].strip(), country=country)
        yield item, _gold(row, path, f"line {number}")
    if skipped:
        logger.info("%s: %d rows without a summary skipped", path, skipped)


def _gold(row: dict[str, str], path: Path, where: str) -> GoldEvent:
    attack = row["attacktype1_txt"].strip()
    province = row["provstate"].strip()
    return GoldEvent(
        event_date=_date(row, path, where),
        country=row["country_txt"].strip() or None,
        admin1=province if province and province.casefold() != "unknown" else None,
        location=row["city"].strip() or None,
        attack_type=attack if attack and attack not in GTD_UNSCORED_ATTACK_TYPES else None,
        perpetrator=row["gname"].strip() or None,
        fatalities=optional_int(row["nkill"], path=path, where=where),
        injuries=optional_int(row["nwound"], path=path, where=where),
    )


def _date(row: dict[str, str], path: Path, where: str) -> date | None:
    year = optional_int(row["iyear"], path=path, where=where)
    month = optional_int(row["imonth"], path=path, where=where)
    day = optional_int(row["iday"], path=path, where=where)
    if not year or not month or not day:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        logger.debug("%s: %s: impossible date %s-%s-%s not scored", path, where, year, month, day)
        return None


__all__ = ["load_gtd"]
