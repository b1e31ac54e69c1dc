"""MUC-4: a document -> its templates (incident type and role fillers), JSON lines.

Each line holds ``docid``, ``doctext`` and ``templates`` (each with ``incident_type`` and the role lists
``PerpInd``, ``PerpOrg``, ``Target``, ``Victim``, ``Weapon``: entities as lists of [mention, offset]).
A document without templates reports no terrorist incident: its gold is "no event". With one predicted
event per document, the incident type is right when it is the type of any template ("bombing / attack"
accepts either), and the perpetrator and target/victim fillers are pooled over all templates.

Fillers are scored as MUC-4 scores them, by their text (see ``flashpoint.eval.compare.fillers_match``): a
gold filler (PerpInd or PerpOrg for ``perpetrators``; Target or Victim for ``targets``, any of its alternative
strings) is found when the predicted role's mention as written in the text (the event's ``actor1`` /
``actor2`` evidence span) has the same head noun or one's content words all occur in the other, or when the
gold names the predicted KB actor by one of its names or aliases. The KB-normalised names alone
("Unidentified Armed Group", "Civilians (El Salvador)") are never compared with the gold strings.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from flashpoint._types import JSONValue
from flashpoint.errors import EvalError
from flashpoint.eval.datasets._files import gold_files, limited, unique_ids
from flashpoint.eval.model import EvalItem, GoldEvent

REQUIRED = ("docid", "doctext", "templates")


def load_muc4(path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem, GoldEvent]]:
    files = gold_files(path, (".json", ".jsonl"))
    return limited(unique_ids(pair for file in files for pair in _load_file(file)), limit)


def _load_file(path: Path) -> Iterator[tuple[EvalItem, GoldEvent]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                record = _record(line, path, number)
                yield EvalItem(id=f"muc4-{record['docid']}", text=str(record["doctext"])), _gold(record)


def _record(line: str, path: Path, number: int) -> dict[str, JSONValue]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EvalError(
            f"{path}: line {number}: not JSON ({exc.msg}); expected MUC-4 JSON lines", code="E501"
        ) from None
    if not isinstance(record, dict):
        raise EvalError(f"{path}: line {number}: expected a JSON object per line", code="E501")
    missing = [key for key in REQUIRED if key not in record]
    if missing:
        raise EvalError(
            f"{path}: line {number}: missing key(s) {', '.join(missing)}; this is not a MUC-4 file",
            code="E501",
        )
    return record


def _gold(record: dict[str, JSONValue]) -> GoldEvent:
    templates = [t for t in _list(record["templates"]) if isinstance(t, dict)]
    if not templates:
        return GoldEvent(is_event=False)
    types: list[str] = []
    for template in templates:
        for alternative in str(template.get("incident_type", "")).split("/"):
            if alternative.strip():
                types.append(alternative.strip().casefold())
    return GoldEvent(
        incident_types=tuple(dict.fromkeys(types)),
        perpetrators=_fillers(templates, ("PerpInd", "PerpOrg")),
        targets=_fillers(templates, ("Target", "Victim")),
    )


def _fillers(templates: list[dict[str, JSONValue]], roles: tuple[str, ...]) -> tuple[str, ...]:
    mentions: list[str] = []
    for template in templates:
        for role in roles:
            for entity in _list(template.get(role)):
                mentions.extend(str(m[0]) for m in _list(entity) if isinstance(m, list) and m)
    return tuple(dict.fromkeys(m.strip() for m in mentions if m.strip()))


def _list(value: JSONValue | None) -> list[JSONValue]:
    return value if isinstance(value, list) else []


__all__ = ["load_muc4"]
