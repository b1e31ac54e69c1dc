"""Compare the actor KB with the actor names ACLED analysts use (development data only, read in place).

Prints the share of ACLED ``actor1``/``actor2`` names (by rows and by distinct names) that the KB knows:
exactly (a KB name or descriptor name for that date), via an alias (``ActorKB.lookup_name``), or only when
the period suffix is ignored ("Military Forces of Pakistan" vs "... (2013-2018)"), then the most frequent
unknown names, to guide coverage. Nothing from the data is written anywhere.

Usage: .venv/bin/python tools/compare_actor_names.py [ACLED_DIR] [--top N]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from flashpoint.mentions.kb import ActorKB

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "acled"
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
_DATE_FORMATS = ("%d-%b-%y", "%d-%B-%Y", "%Y-%m-%d", "%d %B %Y")


def parse_date(value: str, year: str) -> date:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return date(int(year or 2020), 7, 1)


def read_names(folder: Path) -> Iterator[tuple[str, str, date]]:
    """(file name, actor name, event date) for every non-empty actor1/actor2 cell."""
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            for row in csv.DictReader(handle):
                lowered = {key.lower(): value for key, value in row.items() if key}
                day = parse_date(lowered.get("event_date", ""), lowered.get("year", ""))
                for column in ("actor1", "actor2"):
                    name = (lowered.get(column) or "").strip()
                    if name:
                        yield path.name, name, day


def classify(name: str, day: date, kb: ActorKB, known: dict[int, frozenset[str]], loose: set[str]) -> str:
    names = known.setdefault(day.year, kb.known_names(on=date(day.year, 7, 1)))
    if name in names or name in kb.known_names(on=day):
        return "exact"
    if kb.lookup_name(name) is not None:
        return "alias"
    if _PERIOD.sub("", name) in loose:
        return "loose"
    return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"no ACLED folder at {args.folder}; pass the path to ../shared/eval/acled", file=sys.stderr)
        return 2
    kb = ActorKB.load()
    loose = {_PERIOD.sub("", name) for name in kb.known_names()}
    for year in range(2014, 2026):
        loose |= {_PERIOD.sub("", name) for name in kb.known_names(on=date(year, 7, 1))}
    known: dict[int, frozenset[str]] = {}
    by_file: dict[str, Counter[str]] = {}
    distinct: dict[str, str] = {}
    unknown: Counter[str] = Counter()
    for file_name, name, day in read_names(args.folder):
        verdict = classify(name, day, kb, known, loose)
        by_file.setdefault(file_name, Counter())[verdict] += 1
        distinct.setdefault(name, verdict)
        if verdict == "unknown":
            unknown[name] += 1
    report(by_file, distinct, unknown, args.top)
    return 0


def report(
    by_file: dict[str, Counter[str]], distinct: dict[str, str], unknown: Counter[str], top: int
) -> None:
    for file_name, counts in sorted(by_file.items()):
        total = sum(counts.values())
        known = total - counts["unknown"]
        print(
            f"{file_name}: {total} actor cells; known {known / total:.1%} "
            f"(exact {counts['exact'] / total:.1%}, alias {counts['alias'] / total:.1%}, "
            f"period-insensitive {counts['loose'] / total:.1%})"
        )
    kinds = Counter(distinct.values())
    total = len(distinct)
    print(
        f"distinct names: {total}; known {(total - kinds['unknown']) / total:.1%} "
        f"(exact {kinds['exact']}, alias {kinds['alias']}, period-insensitive {kinds['loose']})"
    )
    print(f"most frequent unknown names (top {top}):")
    for name, count in unknown.most_common(top):
        print(f"  {count:5d}  {name}")


if __name__ == "__main__":
    raise SystemExit(main())
