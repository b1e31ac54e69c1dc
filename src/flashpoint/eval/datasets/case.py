"""CASE 2021 Task 2 (fine-grained event classification): a snippet -> its ACLED sub-event type.

Files are tab-separated with a header naming ``id``, ``EventSnippet`` and ``SubType`` (the released test
file's layout). Codes map to ACLED by :data:`flashpoint.eval.mappings.CASE_CODES`; the "unseen" non-ACLED
codes (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB) are gold "no event". Scored with
weighted F1 as the shared task was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from flashpoint.errors import EvalError
from flashpoint.eval.datasets._files import gold_files, limited, read_csv, unique_ids
from flashpoint.eval.mappings import CASE_CODES, CASE_NON_ACLED_CODES
from flashpoint.eval.model import EvalItem, GoldEvent
from flashpoint.events.ontology import event_type_of

REQUIRED = ("id", "eventsnippet", "subtype")
WHAT = "a CASE 2021 Task 2 TSV"


def load_case(path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem, GoldEvent]]:
    files = gold_files(path, (".tsv", ".txt"))
    return limited(unique_ids(pair for file in files for pair in _load_file(file)), limit)


def _load_file(path: Path) -> Iterator[tuple[EvalItem, GoldEvent]]:
    for number, row in enumerate(read_csv(path, REQUIRED, what=WHAT, delimiter="\t"), start=2):
        item = EvalItem(id=f"case-{row['id'].strip()}", text=row["eventsnippet"].strip())
        yield item, case_gold(row["subtype"], path=path, where=f"line {number}")


def case_gold(code: str, *, path: Path, where: str) -> GoldEvent:
    """The gold event for one CASE code; an unknown code fails naming the code."""
    key = code.strip().upper()
    if key in CASE_NON_ACLED_CODES:
        return GoldEvent(is_event=False)
    sub_event_type = CASE_CODES.get(key)
    if sub_event_type is None:
        raise EvalError(
            f"{path}: {where}: unknown CASE SubType {code!r}; expected one of "
            f"{', '.join(sorted(CASE_CODES))} or {', '.join(sorted(CASE_NON_ACLED_CODES))}",
            code="E503",
        )
    return GoldEvent(event_type=event_type_of(sub_event_type).value, sub_event_type=sub_event_type.value)


__all__ = ["case_gold", "load_case"]
