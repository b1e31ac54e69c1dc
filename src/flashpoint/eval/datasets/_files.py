"""Reading gold files: existence and column checks, CSV rows, dates and numbers; errors name the file."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from flashpoint.errors import EvalError
from flashpoint.eval.model import EvalItem, GoldEvent

T = TypeVar("T")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article columns exceed csv's 128 kB default


def gold_files(path: Path, suffixes: Sequence[str]) -> list[Path]:
    """``path`` itself, or the files with one of ``suffixes`` directly inside it, sorted by name."""
    if path.is_file():
        return [path]
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in suffixes)
        if files:
            return files
        raise EvalError(
            f"{path}: no {'/'.join(suffixes)} file in this folder; point --gold at a gold file", code="E502"
        )
    raise EvalError(f"{path}: gold file not found; check the --gold path", code="E502")


def read_csv(
    path: Path, required: Iterable[str], *, what: str, delimiter: str = ","
) -> Iterator[dict[str, str]]:
    """Rows of a UTF-8 CSV/TSV with case-folded column names; fails when a required column is missing."""
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        if delimiter == "\t":  # TSV snippets carry bare quotes: no quoting
            reader = csv.reader(handle, delimiter=delimiter, quoting=csv.QUOTE_NONE)
        else:
            reader = csv.reader(handle, delimiter=delimiter)
        header = [h.strip().casefold() for h in next(reader, [])]
        check_columns(path, header, required, what=what)
        for row in reader:
            if any(cell.strip() for cell in row):
                yield dict(zip(header, row, strict=False))


def check_columns(path: Path, header: Sequence[str], required: Iterable[str], *, what: str) -> None:
    missing = [c for c in required if c not in header]
    if missing:
        raise EvalError(
            f"{path}: missing column(s) {', '.join(missing)}; this is not {what} file "
            f"(columns found: {', '.join(header[:12]) or 'none'}); check --gold and the dataset name",
            code="E501",
        )


def parse_date(value: str, formats: Sequence[str], *, path: Path, where: str) -> date:
    text = value.strip()
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise EvalError(
        f"{path}: {where}: cannot read the date {text!r}; expected one of {', '.join(formats)}", code="E503"
    )


def optional_int(value: str | None, *, path: Path, where: str) -> int | None:
    """An integer cell; empty -> ``None``; "7.0" is read as 7."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        return int(float(text))
    except ValueError:
        raise EvalError(f"{path}: {where}: {text!r} is not a number", code="E503") from None


def optional_float(value: str | None, *, path: Path, where: str) -> float | None:
    text = (value or "").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise EvalError(f"{path}: {where}: {text!r} is not a number", code="E503") from None


def unique_ids(pairs: Iterable[tuple[EvalItem, GoldEvent]]) -> Iterator[tuple[EvalItem, GoldEvent]]:
    """Items with unique ids: a repeated id gets "#2", "#3", ... (FA-KES repeats two ``unit_id`` values)."""
    seen: dict[str, int] = {}
    for item, gold in pairs:
        count = seen.get(item.id, 0) + 1
        seen[item.id] = count
        yield (item if count == 1 else replace(item, id=f"{item.id}#{count}")), gold


def limited(items: Iterable[T], limit: int | None) -> Iterator[T]:
    """The first ``limit`` items (all when ``limit`` is ``None``)."""
    if limit is not None and limit < 0:
        raise EvalError(f"limit must be zero or more, got {limit}", code="E504")
    for count, item in enumerate(items):
        if limit is not None and count >= limit:
            return
        yield item
