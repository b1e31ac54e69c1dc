"""Fail when a quality floor went down without a reason in the commit message.

Compares the ``[floors.*]`` tables of ``quality/floors.toml`` at HEAD with those at the previous commit
(``git show HEAD~1:quality/floors.toml``). A floor that is lower, or gone, must be named in the HEAD commit
message on a line of its own::

    Lower-floor: acled.event_type.accuracy the new typing rules trade 2 points here for 9 on FA-KES

Exit status: 0 when nothing went down without a reason (or there is no previous floors file), 1 when a
floor went down without one, 2 when the repository or the files cannot be read.

Usage: ``python tools/check_floors.py [--repo DIR] [--floors quality/floors.toml] [--base HEAD~1]``
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

LOWER_FLOOR = re.compile(r"^\s*Lower-floor:\s*(?P<key>\S+)\s+(?P<reason>\S.*)$", re.MULTILINE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    key: str  # "<dataset>.<metric>"
    old: float
    new: float | None  # None: the floor was removed


class CheckError(Exception):
    """The repository or a floors file cannot be read."""


def git(repo: Path, *args: str) -> str | None:
    """Output of a read-only git command, or ``None`` when git reports an error (e.g. no such revision)."""
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise CheckError("git is not installed; install git to check floors") from None
    return done.stdout if done.returncode == 0 else None


def parse_floors(text: str, origin: str) -> dict[str, float]:
    """``{"<dataset>.<metric>": floor}`` from the ``[floors.*]`` tables of a floors file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CheckError(f"{origin}: not valid TOML ({exc})") from None
    floors: dict[str, float] = {}
    section = data.get("floors", {})
    for dataset, table in section.items() if isinstance(section, dict) else ():
        for metric, value in table.items() if isinstance(table, dict) else ():
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise CheckError(f"{origin}: floors.{dataset} {metric} = {value!r} is not a number")
            floors[f"{dataset}.{metric}"] = float(value)
    return floors


def lowered(old: dict[str, float], new: dict[str, float]) -> list[Change]:
    """Floors that went down or disappeared, in key order."""
    changes = [Change(key=k, old=v, new=new.get(k)) for k, v in old.items()]
    return sorted((c for c in changes if c.new is None or c.new < c.old), key=lambda c: c.key)


def reasons(message: str) -> dict[str, str]:
    """``Lower-floor: <key> <reason>`` lines of a commit message."""
    return {m.group("key"): m.group("reason").strip() for m in LOWER_FLOOR.finditer(message)}


def check(repo: Path, floors: str, base: str) -> int:
    if git(repo, "rev-parse", "--verify", "HEAD") is None:
        raise CheckError(f"{repo}: not a git repository with a commit")
    current = git(repo, "show", f"HEAD:{floors}")
    if current is None:
        raise CheckError(f"{floors} is not in the HEAD commit")
    previous = git(repo, "show", f"{base}:{floors}")
    if previous is None:
        print(f"check_floors: no {floors} at {base}; nothing to compare")
        return 0
    changes = lowered(parse_floors(previous, f"{base}:{floors}"), parse_floors(current, f"HEAD:{floors}"))
    given = reasons(git(repo, "log", "-1", "--format=%B", "HEAD") or "")
    return report(changes, given)


def report(changes: list[Change], given: dict[str, str]) -> int:
    failures = 0
    for change in changes:
        after = "removed" if change.new is None else f"{change.new:g}"
        if change.key in given:
            print(f"check_floors: {change.key} {change.old:g} -> {after}: allowed ({given[change.key]})")
        else:
            failures += 1
            print(
                f"check_floors: {change.key} {change.old:g} -> {after}: LOWERED without a reason; add a line "
                f"'Lower-floor: {change.key} <reason>' to the commit message"
            )
    if not changes:
        print("check_floors: no floor went down")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repo", type=Path, default=Path.cwd(), help="repository root (default: here)")
    parser.add_argument("--floors", default="quality/floors.toml", help="floors file, relative to the root")
    parser.add_argument("--base", default="HEAD~1", help="revision to compare with (default: HEAD~1)")
    args = parser.parse_args(argv)
    try:
        return check(args.repo, args.floors, args.base)
    except CheckError as exc:
        print(f"check_floors: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
