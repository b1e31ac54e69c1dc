"""Measure place finding and resolution on ACLED notes (development data in ../shared/eval; never copied).

For every row of the ACLED CSV, runs ``find_place_mentions`` and ``resolve_places`` on the ``notes`` text and
compares with the gold latitude/longitude/admin1:
- "first": the first resolved place in text order (below country level when there is one);
- "most precise": the first of the resolved places with the best geo_precision;
- "best of": the resolved place nearest the gold point (an upper bound: what a perfect chooser would get);
and, separately, the gold ``location`` string alone through ``Gazetteer.lookup`` (most populous first, and
restricted to the gold country). Also reports build/load time, lookups/s and peak RSS of this process.

    .venv/bin/python tools/measure_places.py [--csv PATH] [--cache-dir DIR] [--gold-country]

Column names are read case-insensitively, so the old-schema ACLED files (upper-case columns) work too.

``--gold-country`` passes the gold country as the actors' country (as the pipeline will, from the actor
knowledge base); without it the resolver sees the note alone.
"""

from __future__ import annotations

import argparse
import csv
import re
import resource
import time
from dataclasses import dataclass
from pathlib import Path

from flashpoint.documents.model import Sentence
from flashpoint.mentions.places import find_place_mentions
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.geo import distance_km
from flashpoint.places.model import Candidate, GeoPrecision, Place
from flashpoint.places.normalize import place_key, skeleton_key, strip_admin_words
from flashpoint.places.resolve import resolve_places

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CSV = REPO / ".." / "shared" / "eval" / "acled" / "acled_2020-05.csv"
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+(?=\s|$)|$)")


@dataclass(slots=True)
class Tally:
    rows: int = 0
    within25: int = 0
    admin1: int = 0
    precise_rows: int = 0
    precise_within10: int = 0
    resolved: int = 0
    admin1_naming: int = 0  # admin1 wrong although the point is within 25 km: a naming mismatch

    def add(self, place: Place | None, gold: dict[str, str], gazetteer: Gazetteer, code: str | None) -> None:
        self.rows += 1
        precise = gold["geo_precision"] == "1"
        self.precise_rows += precise
        if place is None:
            return
        self.resolved += 1
        km = distance_km(place.latitude, place.longitude, float(gold["latitude"]), float(gold["longitude"]))
        self.within25 += km <= 25
        self.precise_within10 += precise and km <= 10
        same = same_admin1(place.admin1, gold["admin1"], code, gazetteer)
        self.admin1 += same
        self.admin1_naming += not same and km <= 25

    def report(self, label: str) -> str:
        return (
            f"{label:<34} rows {self.rows}  resolved {pct(self.resolved, self.rows)}  within 25 km "
            f"{pct(self.within25, self.rows)}  admin1 {pct(self.admin1, self.rows)} "
            f"(naming errors {self.admin1_naming}, wrong place {self.rows - self.admin1 - self.admin1_naming})  "
            f"precision-1 rows within 10 km {pct(self.precise_within10, self.precise_rows)}"
        )


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}%" if whole else "  n/a"


def same_admin1(predicted: str | None, gold: str, code: str | None, gazetteer: Gazetteer) -> bool:
    if not predicted or not gold:
        return False
    keys = {place_key(strip_admin_words(predicted)), place_key(predicted)}
    if place_key(strip_admin_words(gold)) in keys or place_key(gold) in keys:
        return True
    unit = gazetteer.admin1(gold, code) or gazetteer.admin1(strip_admin_words(gold), code)
    if unit is not None and unit.name == predicted:
        return True
    return bool(skeleton_key(place_key(gold))) and skeleton_key(place_key(gold)) == skeleton_key(
        place_key(predicted)
    )


def sentences_of(text: str) -> list[Sentence]:
    return [
        Sentence(start=m.start(), end=m.end(), paragraph=0)
        for m in _SENTENCE.finditer(text)
        if m.group().strip()
    ]


def first_place(places: list[Place | None]) -> Place | None:
    """The first resolved place in text order, skipping countries when something smaller follows."""
    resolved = [place for place in places if place is not None]
    below_country = [place for place in resolved if not place.key.startswith("country:")]
    candidates = below_country or resolved
    return candidates[0] if candidates else None


def most_precise_place(places: list[Place | None]) -> Place | None:
    """The first of the resolved places with the best geo_precision."""
    resolved = [place for place in places if place is not None]
    return min(
        resolved, key=lambda place: (place.geo_precision, place.key.startswith("country:")), default=None
    )


def nearest_place(places: list[Place | None], gold: dict[str, str]) -> Place | None:
    resolved = [place for place in places if place is not None]
    gold_point = (float(gold["latitude"]), float(gold["longitude"]))
    return min(resolved, key=lambda p: distance_km(p.latitude, p.longitude, *gold_point), default=None)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache" / "flashpoint")
    parser.add_argument("--gold-country", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    gazetteer = Gazetteer.open(args.cache_dir)
    built = gazetteer.path is not None and not gazetteer.path.exists()
    gazetteer.ensure_built()
    print(
        f"gazetteer {'built' if built else 'opened'} in {time.perf_counter() - started:.2f} s:"
        f" {len(gazetteer)} places"
    )

    with args.csv.open(encoding="utf-8", newline="") as handle:
        rows = [{key.lower(): value for key, value in row.items() if key} for row in csv.DictReader(handle)]
    first, precise, best, lookup_top, lookup_country = Tally(), Tally(), Tally(), Tally(), Tally()
    started = time.perf_counter()
    mention_count = 0
    for row in rows:
        country = gazetteer.country(row["country"])
        code = country.country_code if country else None
        notes = row["notes"]
        mentions = find_place_mentions(notes, sentences_of(notes), gazetteer.is_known)
        mention_count += len(mentions)
        context = [code] if args.gold_country and code else []
        places = resolve_places(mentions, gazetteer, context_countries=context)
        first.add(first_place(places), row, gazetteer, code)
        precise.add(most_precise_place(places), row, gazetteer, code)
        best.add(nearest_place(places, row), row, gazetteer, code)
    elapsed = time.perf_counter() - started
    lookups_started = time.perf_counter()
    for row in rows:
        country = gazetteer.country(row["country"])
        code = country.country_code if country else None
        candidates = gazetteer.lookup(row["location"])
        lookup_top.add(_as_place(candidates[0]) if candidates else None, row, gazetteer, code)
        in_country = [c for c in candidates if c.country_code == code]
        lookup_country.add(_as_place(in_country[0]) if in_country else None, row, gazetteer, code)
    lookup_elapsed = time.perf_counter() - lookups_started

    print(
        f"notes: {len(rows)} rows, {mention_count} place mentions, {len(rows) / elapsed:.0f} notes/s"
        f" (find + resolve){' with the gold country as actor context' if args.gold_country else ''}"
    )
    print(first.report("first resolved place"))
    print(precise.report("most precise resolved place"))
    print(best.report("nearest resolved place (oracle)"))
    print(lookup_top.report("gold location, lookup top-1"))
    print(lookup_country.report("gold location, top-1 in gold country"))
    print(f"lookup + country: {2 * len(rows) / lookup_elapsed:.0f} calls/s")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def _as_place(candidate: Candidate) -> Place:
    return Place(
        location=candidate.name,
        country=candidate.country,
        country_code=candidate.country_code,
        admin1=candidate.admin1,
        admin2=candidate.admin2,
        latitude=candidate.latitude,
        longitude=candidate.longitude,
        geo_precision=GeoPrecision.EXACT,
        mention_start=0,
        mention_end=0,
        key=candidate.key,
    )


if __name__ == "__main__":
    main()
