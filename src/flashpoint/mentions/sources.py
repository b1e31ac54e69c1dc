"""The source registry: outlets, monitors, wires, ministries and classes of unnamed sources.

Loaded from ``data/sources.toml`` (shipped) plus any user files in the same format. It labels claims
(who says so, with which ownership or leaning) and counts independent sources: an outlet that republishes
another (Global Research reposting South Front) is not a second, independent report.

``[[outlet]]`` tables: ``name``, ``aliases``, ``domains``, ``country`` (ISO alpha-2 or ""), ``kind``
(outlet, monitor, government, ngo, un, wire), ``leaning``, ``owner`` and ``reposts`` (names of outlets it
republishes). ``[[class]]`` tables: ``name`` ("pro-opposition sources"), ``phrases`` and ``leaning``.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flashpoint.errors import ResourceError
from flashpoint.mentions.kb import DATA_DIR, PhraseIndex, phrase_words, tokenize

logger = logging.getLogger(__name__)

DEFAULT_SOURCES_FILE = DATA_DIR / "sources.toml"


class OutletKind(StrEnum):
    OUTLET = "outlet"
    MONITOR = "monitor"
    GOVERNMENT = "government"
    NGO = "ngo"
    UN = "un"
    WIRE = "wire"


@dataclass(frozen=True, slots=True, kw_only=True)
class Outlet:
    name: str
    kind: OutletKind
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str = ""
    leaning: str = ""
    owner: str = ""
    reposts: tuple[str, ...] = ()  # canonical names of outlets this one republishes


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimantClass:
    """A class of unnamed sources ("pro-opposition sources", "activists", "a military source")."""

    name: str
    phrases: tuple[str, ...] = ()
    leaning: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceEntry:
    """What a phrase in the registry's index stands for."""

    name: str  # canonical outlet or class name
    is_class: bool
    surface: str


class SourceRegistry:
    """Outlets and claimant classes with lookup by name, alias and URL; build it with :meth:`load`."""

    __slots__ = ("_by_domain", "_by_key", "_classes", "_index", "_outlets", "sources")

    def __init__(
        self,
        *,
        outlets: Iterable[Outlet],
        classes: Iterable[ClaimantClass] = (),
        sources: Sequence[Path] = (),
    ) -> None:
        self._outlets: dict[str, Outlet] = {outlet.name: outlet for outlet in outlets}
        self._classes: dict[str, ClaimantClass] = {item.name: item for item in classes}
        self.sources: tuple[Path, ...] = tuple(sources)
        self._by_key: dict[str, str] = _key_table(self._outlets.values(), self._classes.values())
        self._by_domain: dict[str, str] = {
            domain.lower(): outlet.name for outlet in self._outlets.values() for domain in outlet.domains
        }
        self._index: PhraseIndex[SourceEntry] | None = None

    @classmethod
    def load(cls, extra: Sequence[Path] = (), *, base: Path | None = None) -> SourceRegistry:
        """The shipped registry extended (and overridden, name by name) by ``extra`` files; cached."""
        paths = (base or DEFAULT_SOURCES_FILE, *extra)
        return _load_cached(tuple((str(path), _mtime(path)) for path in paths))

    @property
    def outlets(self) -> tuple[Outlet, ...]:
        return tuple(self._outlets.values())

    @property
    def classes(self) -> tuple[ClaimantClass, ...]:
        return tuple(self._classes.values())

    def get(self, name: str) -> Outlet | None:
        canonical = self.normalise(name)
        return self._outlets.get(canonical) if canonical else None

    def claimant_class(self, name: str) -> ClaimantClass | None:
        canonical = self.normalise(name)
        return self._classes.get(canonical) if canonical else None

    def normalise(self, name: str) -> str | None:
        """The canonical outlet or class name for a name as written ("Syrian Observatory" -> "SOHR")."""
        return self._by_key.get(source_key(name))

    def outlet_for_url(self, url: str) -> Outlet | None:
        """The outlet whose domain (or a parent domain of the URL's host) is registered."""
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
        labels = host.split(".")
        for start in range(len(labels) - 1):
            name = self._by_domain.get(".".join(labels[start:]))
            if name is not None:
                return self._outlets[name]
        return None

    def is_repost_of(self, a: str, b: str) -> bool:
        """Whether outlet ``a`` republishes outlet ``b`` (directly or through a chain of reposts)."""
        first, second = self.normalise(a), self.normalise(b)
        if first is None or second is None or first == second:
            return False
        return second in self._reposted_by(first)

    def origin(self, name: str) -> str:
        """The outlet a republisher's articles come from (itself when it reposts nobody)."""
        canonical = self.normalise(name) or name
        outlet = self._outlets.get(canonical)
        if outlet is None or len(outlet.reposts) != 1:
            return canonical
        return self.origin(outlet.reposts[0]) if outlet.reposts[0] != canonical else canonical

    def count_independent(self, names: Iterable[str]) -> int:
        """How many independent sources ``names`` amount to: a republisher counts as its origin."""
        return len({self.origin(name) for name in names})

    @property
    def phrase_index(self) -> PhraseIndex[SourceEntry]:
        """Every outlet name, alias and class phrase, for claimant matching; built on first use."""
        if self._index is None:
            index: PhraseIndex[SourceEntry] = PhraseIndex()
            for outlet in self._outlets.values():
                for surface in (outlet.name, *outlet.aliases):
                    index.add_words(
                        phrase_words(surface), SourceEntry(name=outlet.name, is_class=False, surface=surface)
                    )
            for item in self._classes.values():
                for surface in item.phrases:
                    index.add_words(
                        phrase_words(surface), SourceEntry(name=item.name, is_class=True, surface=surface)
                    )
            self._index = index
        return self._index

    def _reposted_by(self, name: str) -> set[str]:
        seen: set[str] = set()
        frontier = [name]
        while frontier:
            outlet = self._outlets.get(frontier.pop())
            for target in outlet.reposts if outlet else ():
                if target not in seen:
                    seen.add(target)
                    frontier.append(target)
        return seen


def source_key(name: str) -> str:
    """Folded lookup key: case, diacritics, apostrophes, punctuation and a leading "the" ignored."""
    words = [token.norm for token in tokenize(name)]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _key_table(outlets: Iterable[Outlet], classes: Iterable[ClaimantClass]) -> dict[str, str]:
    table: dict[str, str] = {}
    for outlet in outlets:
        for name in (outlet.name, *outlet.aliases):
            table.setdefault(source_key(name), outlet.name)
    for item in classes:
        for name in (item.name, *item.phrases):
            table.setdefault(source_key(name), item.name)
    return table


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return -1.0


@lru_cache(maxsize=16)
def _load_cached(stamps: tuple[tuple[str, float], ...]) -> SourceRegistry:
    paths = [Path(path) for path, _ in stamps]
    outlets: dict[str, Outlet] = {}
    classes: dict[str, ClaimantClass] = {}
    owners: dict[str, Path] = {}
    for path in paths:
        table = _read_toml(path)
        for outlet in _parse_outlets(path, table.get("outlet", [])):
            outlets[outlet.name] = outlet
            owners[outlet.name] = path
        for item in _parse_classes(path, table.get("class", [])):
            classes[item.name] = item
    _check_reposts(outlets, owners)
    logger.debug("source registry: %d outlets, %d claimant classes", len(outlets), len(classes))
    return SourceRegistry(outlets=outlets.values(), classes=classes.values(), sources=paths)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ResourceError(f"source file {path} does not exist; check the path", code="E421") from exc
    except tomllib.TOMLDecodeError as exc:
        message = f"source file {path} is not valid TOML ({exc}); fix the syntax"
        raise ResourceError(message, code="E422") from exc


def _bad(path: Path, item: str, problem: str) -> ResourceError:
    return ResourceError(f"{path}: outlet {item!r}: {problem}", code="E423")


def _strings(path: Path, item: str, raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad(path, item, f"'{key}' must be a list of strings")
    return tuple(value)


def _parse_outlets(path: Path, rows: Sequence[Any]) -> list[Outlet]:
    seen: set[str] = set()
    found: list[Outlet] = []
    for raw in rows:
        name = raw.get("name") if isinstance(raw, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise _bad(path, "?", "every [[outlet]] needs a non-empty 'name'")
        if name in seen:
            raise _bad(path, name, "listed twice in this file; keep one table")
        seen.add(name)
        found.append(_parse_outlet(path, name, raw))
    return found


def _parse_outlet(path: Path, name: str, raw: Mapping[str, Any]) -> Outlet:
    kind = str(raw.get("kind", ""))
    if kind not in OutletKind.__members__.values():
        raise _bad(path, name, f"kind {kind!r} is not one of {[k.value for k in OutletKind]}")
    country = str(raw.get("country", ""))
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise _bad(path, name, f'country {country!r} must be an ISO alpha-2 code or ""')
    return Outlet(
        name=name,
        kind=OutletKind(kind),
        aliases=_strings(path, name, raw, "aliases"),
        domains=tuple(domain.lower() for domain in _strings(path, name, raw, "domains")),
        country=country,
        leaning=str(raw.get("leaning", "")),
        owner=str(raw.get("owner", "")),
        reposts=_strings(path, name, raw, "reposts"),
    )


def _parse_classes(path: Path, rows: Sequence[Any]) -> list[ClaimantClass]:
    found: list[ClaimantClass] = []
    for raw in rows:
        name = raw.get("name") if isinstance(raw, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise ResourceError(f"{path}: every [[class]] needs a non-empty 'name'", code="E423")
        phrases = raw.get("phrases", [])
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise ResourceError(f"{path}: class {name!r}: 'phrases' must be a list of strings", code="E423")
        found.append(ClaimantClass(name=name, phrases=tuple(phrases), leaning=str(raw.get("leaning", ""))))
    return found


def _check_reposts(outlets: Mapping[str, Outlet], owners: Mapping[str, Path]) -> None:
    for outlet in outlets.values():
        for target in outlet.reposts:
            if target not in outlets:
                problem = f"reposts {target!r}, which is not an outlet name; add that outlet or fix the name"
                raise _bad(owners[outlet.name], outlet.name, problem)


__all__ = [
    "DEFAULT_SOURCES_FILE",
    "ClaimantClass",
    "Outlet",
    "OutletKind",
    "SourceEntry",
    "SourceRegistry",
    "source_key",
]
