"""Incident clustering benchmarks: UCDP GED (reports -> UCDP event ids) and FA-KES, scored with B-cubed.

UCDP GED lists, per event, the source reports behind it (``source_article``: ``"office,date,headline"``
items joined by ``;``). Each distinct (office, date, headline) is one report: it is run through the real
pipeline (dated by its source date, country hint Syria's row country), its events are clustered into
incidents, and each report is scored by the incidents its events joined against the UCDP events it
feeds. A report that feeds several UCDP events, or whose events land in several incidents, is handled
by the extended B-cubed of Amigó et al. (2009), which scores items with several classes. A report that
yields no event is its own singleton cluster (counted, never dropped).

``ucdp-fields`` scores the same reports with UCDP's own coding of the (first) event each feeds as the
report's event: it measures the clustering rules alone, without extraction errors.

FA-KES has no event ids; its gold is the coded date and governorate of each article's main event, so
articles with the same (date, governorate) form a gold group (a proxy, reported as such: two strikes on
one day in one governorate count as one). Each article is scored by the incident of its first event
(its lede), since the gold codes only the main event.

Besides the scores, a report gives the ceiling (a perfect clustering of the extracted events: what no
clustering rule can beat with this extraction) and the gold pairs it joined or split, the split ones
divided into pairs with a report that gave no event (extraction's misses) and the rest (clustering's).
The clustering's split pairs and its false joins are counted by the first rule that kept them apart
(:func:`flashpoint.incidents.cluster.explain_pair`), and ``samples`` of each can be drawn with both
headlines, their coded fields and the score components (``flashpoint eval incidents --pairs N``).
"""

from __future__ import annotations

import csv
import logging
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from flashpoint._types import JSONObject, JSONValue
from flashpoint.errors import EvalError
from flashpoint.events.model import Event
from flashpoint.incidents.cluster import Blocker, IncidentClusterer, PairEvidence, explain_pair
from flashpoint.incidents.fingerprint import DuplicateIndex, fingerprint_text
from flashpoint.incidents.merge import member_from_event
from flashpoint.incidents.model import IncidentMember
from flashpoint.incidents.similarity import JOIN_THRESHOLD
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

logger = logging.getLogger(__name__)
K = TypeVar("K", bound=Hashable)
_ITEM = re.compile(r"^(?P<office>.*?),(?P<date>\d{4}-\d{2}-\d{2}),(?P<headline>.*)$", re.S)
_SPLIT = re.compile(r'"\s*;\s*"')


@dataclass(frozen=True, slots=True, kw_only=True)
class BCubed:
    precision: float
    recall: float
    f1: float
    items: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PairErrors:
    """Report pairs behind the B-cubed figures, to tell extraction errors from clustering errors.

    ``gold_pairs`` share a gold cluster; of those, ``joined`` share an incident, ``split_no_event`` have a
    report without events (no clustering rule can join them), ``split`` are the rest. ``false_joins``
    share an incident but no gold cluster.
    """

    gold_pairs: int
    joined: int
    split_no_event: int
    split: int
    false_joins: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PairSample:
    """A gold pair the clustering split (``kind`` "split", both reports with events) or a false join.

    ``a`` and ``b`` are the two reports' members whose comparison scored highest; ``evidence`` is
    :func:`flashpoint.incidents.cluster.explain_pair` (b against an incident holding only a: a false
    join made through a third report can score below the threshold here).
    """

    kind: str
    report_a: GoldReport
    report_b: GoldReport
    a: IncidentMember
    b: IncidentMember
    evidence: PairEvidence


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockerCount:
    """How many pairs of ``kind`` ("split" or "false join") had ``blocker`` as their first failing rule."""

    kind: str
    blocker: Blocker
    pairs: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterReport:
    """A clustering benchmark's result; ``with_events`` restricts scoring to reports with events.

    ``ceiling`` scores a perfect clustering of the extracted events: each report with events in as many
    of its gold clusters as it has events (at most all of them), each report without events alone. It is
    the most any clustering rule can reach with this extraction.
    """

    dataset: str
    reports: int
    reports_without_events: int
    events: int
    incidents: int
    gold_clusters: int
    overall: BCubed
    with_events: BCubed
    singleton_baseline: BCubed
    ceiling: BCubed
    pairs: PairErrors
    threshold: float
    causes: tuple[BlockerCount, ...] = ()  # split pairs (both with events) and false joins, by rule
    samples: tuple[PairSample, ...] = ()  # up to ``pairs`` samples of each kind (see cluster_reports)


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldReport:
    """One report of a clustering benchmark: its text, date, outlet and gold cluster ids."""

    key: str
    text: str
    outlet: str
    published: date | None
    country: str | None
    gold: frozenset[str]


Extractor = Callable[[GoldReport], Sequence[Event]]


def bcubed(predicted: Mapping[K, set[str]], gold: Mapping[K, set[str]]) -> BCubed:
    """Extended B-cubed (Amigó et al. 2009) over the items of ``gold``; each item has >= 1 cluster per side."""
    items = list(gold)
    by_pred = _members(predicted, items)
    by_gold = _members(gold, items)
    precision = _average(items, predicted, gold, by_pred, into=predicted)
    recall = _average(items, predicted, gold, by_gold, into=gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(precision=precision, recall=recall, f1=f1, items=len(items))


def _members(clusters: Mapping[K, set[str]], items: Sequence[K]) -> dict[str, list[K]]:
    grouped: dict[str, list[K]] = defaultdict(list)
    for item in items:
        for cluster in clusters[item]:
            grouped[cluster].append(item)
    return grouped


def _average(
    items: Sequence[K],
    predicted: Mapping[K, set[str]],
    gold: Mapping[K, set[str]],
    grouped: Mapping[str, list[K]],
    *,
    into: Mapping[K, set[str]],
) -> float:
    total = 0.0
    for item in items:
        others = {other for cluster in into[item] for other in grouped[cluster]}
        ratios = []
        for other in others:
            shared_pred = len(predicted[item] & predicted[other])
            shared_gold = len(gold[item] & gold[other])
            denominator = len(into[item] & into[other])
            ratios.append(min(shared_pred, shared_gold) / denominator)
        total += sum(ratios) / len(ratios)
    return total / len(items) if items else 0.0


# --- UCDP GED ---------------------------------------------------------------------------------------
def load_ucdp_reports(path: Path) -> list[GoldReport]:
    """Distinct (office, date, headline) reports of a UCDP GED CSV, each with the UCDP ids it feeds."""
    gold: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    countries: dict[tuple[str, str, str], str] = {}
    for row in _rows(path, ("id", "source_article", "country")):
        for key in _ucdp_items(row["source_article"]):
            gold[key].add(row["id"].strip())
            countries.setdefault(key, row["country"].strip())
    return [
        GoldReport(
            key=f"{office}|{day}|{headline}",
            text=headline,
            outlet=office,
            published=_date(day),
            country=countries[(office, day, headline)] or None,
            gold=frozenset(ids),
        )
        for (office, day, headline), ids in gold.items()
    ]


def _ucdp_items(field: str) -> Iterator[tuple[str, str, str]]:
    for part in _SPLIT.split(field.strip().strip('"')):
        match = _ITEM.match(part.strip())
        if match and match["headline"].strip():
            yield match["office"].strip(), match["date"], match["headline"].strip()


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _rows(path: Path, required: Sequence[str]) -> Iterator[dict[str, str]]:
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    if not files or not all(f.is_file() for f in files):
        raise EvalError(
            f"no CSV file at {path}; pass the dataset's CSV or its folder with --gold", code="E501"
        )
    for file in files:
        with file.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise EvalError(f"{file} lacks column(s) {missing}; is it the right dataset?", code="E502")
            yield from reader


# --- FA-KES -----------------------------------------------------------------------------------------
def load_fakes_reports(path: Path) -> list[GoldReport]:
    """FA-KES articles; the gold group is the article's coded (date, governorate)."""
    reports = []
    wanted = ("unit_id", "article_title", "article_content", "date", "location")
    for number, row in enumerate(_rows(path, wanted), start=2):
        group = "|".join(" ".join(row[c].split()).casefold() for c in wanted[3:])
        reports.append(
            GoldReport(
                key=f"fakes-{row['unit_id'].strip() or number}",
                text="\n\n".join(
                    p for p in (row["article_title"].strip(), row["article_content"].strip()) if p
                ),
                outlet=(row.get("source") or "").strip() or f"unknown-{number}",
                published=None,
                country="Syria",
                gold=frozenset({group}),
            )
        )
    return reports


# --- running --------------------------------------------------------------------------------------
def cluster_reports(
    reports: Sequence[GoldReport],
    events: Sequence[Sequence[Event]],
    *,
    dataset: str,
    threshold: float = JOIN_THRESHOLD,
    lede_only: bool = False,
    samples: int = 0,
) -> ClusterReport:
    """Cluster the reports' events (report order = date order) and score them against the gold.

    ``samples`` > 0 also draws that many split pairs and false joins (a fixed seed) with their evidence.
    """
    clusterer = IncidentClusterer(threshold=threshold)
    sources = _source_keys(reports)
    order = sorted(range(len(reports)), key=lambda i: (reports[i].published or date.min, i))
    members: dict[int, list[IncidentMember]] = defaultdict(list)
    for index in order:
        for event in events[index]:
            members[index].append(_member(reports[index], index, event, sources[index]))
            clusterer.add(members[index][-1])
    scored = [evs[:1] if lede_only else evs for evs in events]
    predicted = _predicted(reports, scored, clusterer)
    gold = {i: set(r.gold) for i, r in enumerate(reports)}
    with_events = [i for i, evs in enumerate(events) if evs]
    explained = _explain_errors(reports, members, predicted, gold, threshold=threshold)
    return ClusterReport(
        dataset=dataset,
        reports=len(reports),
        reports_without_events=len(reports) - len(with_events),
        events=sum(len(e) for e in events),
        incidents=len(clusterer),
        gold_clusters=len({g for r in reports for g in r.gold}),
        overall=bcubed(predicted, gold),
        with_events=bcubed({i: predicted[i] for i in with_events}, {i: gold[i] for i in with_events}),
        singleton_baseline=bcubed({i: {f"single-{i}"} for i in gold}, gold),
        ceiling=bcubed(_perfect(reports, scored), gold),
        pairs=pair_errors(predicted, gold, frozenset(with_events)),
        threshold=threshold,
        causes=_causes(explained),
        samples=_draw(explained, samples),
    )


def _explain_errors(
    reports: Sequence[GoldReport],
    members: Mapping[int, Sequence[IncidentMember]],
    predicted: Mapping[int, set[str]],
    gold: Mapping[int, set[str]],
    *,
    threshold: float,
) -> list[PairSample]:
    """Every split gold pair with events on both sides, then every false join, with its best evidence."""
    gold_pairs, joined = _pairs(gold), _pairs(predicted)
    split = sorted((a, b) for a, b in gold_pairs - joined if members.get(a) and members.get(b))
    wrong = sorted((a, b) for a, b in joined - gold_pairs if members.get(a) and members.get(b))
    return [
        _sample(kind, reports, members[a], members[b], a, b, threshold)
        for kind, pairs in (("split", split), ("false join", wrong))
        for a, b in pairs
    ]


def _sample(
    kind: str,
    reports: Sequence[GoldReport],
    first: Sequence[IncidentMember],
    second: Sequence[IncidentMember],
    a: int,
    b: int,
    threshold: float,
) -> PairSample:
    options = [(x, y, explain_pair(x, y, threshold=threshold)) for x in first for y in second]
    x, y, evidence = max(options, key=lambda o: -1.0 if o[2].total is None else o[2].total)
    return PairSample(kind=kind, report_a=reports[a], report_b=reports[b], a=x, b=y, evidence=evidence)


def _causes(explained: Sequence[PairSample]) -> tuple[BlockerCount, ...]:
    counts = Counter((s.kind, s.evidence.blocker) for s in explained)
    return tuple(
        BlockerCount(kind=kind, blocker=blocker, pairs=n) for (kind, blocker), n in sorted(counts.items())
    )


def _draw(explained: Sequence[PairSample], count: int) -> tuple[PairSample, ...]:
    rng = random.Random(0)
    drawn: list[PairSample] = []
    for kind in ("split", "false join"):
        pool = [s for s in explained if s.kind == kind]
        drawn.extend(rng.sample(pool, min(count, len(pool))))
    return tuple(drawn)


def _perfect(reports: Sequence[GoldReport], events: Sequence[Sequence[Event]]) -> dict[int, set[str]]:
    """Each report in its first gold clusters, one per event it gave (alone when it gave none)."""
    return {i: set(sorted(r.gold)[: len(events[i])]) or {f"no-event-{i}"} for i, r in enumerate(reports)}


def pair_errors(
    predicted: Mapping[int, set[str]], gold: Mapping[int, set[str]], with_events: frozenset[int]
) -> PairErrors:
    """Count gold pairs joined or split (with or without an event on both sides), and false joins."""
    gold_pairs = _pairs(gold)
    joined_pairs = _pairs(predicted)
    split = gold_pairs - joined_pairs
    no_event = sum(1 for a, b in split if a not in with_events or b not in with_events)
    return PairErrors(
        gold_pairs=len(gold_pairs),
        joined=len(gold_pairs & joined_pairs),
        split_no_event=no_event,
        split=len(split) - no_event,
        false_joins=len(joined_pairs - gold_pairs),
    )


def _pairs(clusters: Mapping[int, set[str]]) -> set[tuple[int, int]]:
    """Item pairs (smaller first) that share at least one cluster."""
    grouped = _members(clusters, sorted(clusters))
    return {(a, b) for items in grouped.values() for a in items for b in items if a < b}


def _source_keys(reports: Sequence[GoldReport]) -> list[str]:
    """A report's independent source, as the pipeline keys it: the first earlier near duplicate's source,
    else its outlet (casefolded, spaces collapsed)."""
    index = DuplicateIndex()
    keys: list[str] = []
    for number, report in enumerate(reports):
        fingerprint = fingerprint_text(report.text)
        match = index.find(fingerprint)
        keys.append(keys[int(match[0])] if match else " ".join(report.outlet.split()).casefold())
        index.add(str(number), fingerprint)
    return keys


def _member(report: GoldReport, index: int, event: Event, source_key: str) -> IncidentMember:
    return member_from_event(
        event,
        article_id=f"report-{index}",
        outlet=report.outlet,
        source_key=source_key,
        reported=report.published,
        text=report.text,
    )


def _predicted(
    reports: Sequence[GoldReport], events: Sequence[Sequence[Event]], clusterer: IncidentClusterer
) -> dict[int, set[str]]:
    predicted: dict[int, set[str]] = {}
    for index in range(len(reports)):
        ids = {clusterer.incident_of(e.id) for e in events[index]}
        predicted[index] = {i for i in ids if i} or {f"no-event-{index}"}
    return predicted


def extract_reports(
    reports: Sequence[GoldReport], extract: Extractor, *, jobs: int = 1
) -> list[tuple[Event, ...]]:
    """Run ``extract`` over every report (in ``jobs`` worker processes when above 1; ``extract`` must then
    pickle), with event ids made unique per report.

    (Identical headlines from two offices would otherwise give the same content-derived event ids.)
    """
    if jobs < 1:
        raise EvalError(f"--jobs must be 1 or more, got {jobs}", code="E504")
    if jobs == 1 or len(reports) < 2:
        found = [tuple(extract(report)) for report in reports]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, len(reports) // (jobs * 8))
            found = list(pool.map(_extract_all, [extract] * len(reports), reports, chunksize=chunk))
    return [
        tuple(replace(event, id=f"report-{number}-e{k}") for k, event in enumerate(events))
        for number, events in enumerate(found)
    ]


def _extract_all(extract: Extractor, report: GoldReport) -> tuple[Event, ...]:
    return tuple(extract(report))


@dataclass(frozen=True, slots=True)
class PipelineExtractor:
    """The real pipeline: each report coded with its publication date and country as hints (pickles when
    ``resources`` is None, so worker processes can run it)."""

    resources: Resources | None = None

    def __call__(self, report: GoldReport) -> Sequence[Event]:
        result = extract_text(
            report.text,
            published=report.published,
            doc_id=report.key,
            country_hint=report.country,
            resources=self.resources,
        )
        return result.events


def pipeline_extractor(resources: Resources | None = None) -> Extractor:
    """The real pipeline extractor (see :class:`PipelineExtractor`)."""
    return PipelineExtractor(resources)


class Benchmark(StrEnum):
    UCDP = "ucdp"  # UCDP reports through the real pipeline
    UCDP_FIELDS = "ucdp-fields"  # UCDP reports with UCDP's own coding as their event (oracle extraction)
    FAKES = "fakes"


# UCDP type_of_violence -> (event type, sub-event type): 1 state-based and 2 non-state conflict are
# fighting between organised sides; 3 one-sided violence targets civilians.
_UCDP_TYPES: dict[str, tuple[str, str]] = {
    "1": ("Battles", "Armed clash"),
    "2": ("Battles", "Armed clash"),
    "3": ("Violence against civilians", "Attack"),
}


def load_ucdp_coded_events(path: Path, reports: Sequence[GoldReport]) -> list[tuple[Event, ...]]:
    """Each report's "extracted" event taken from UCDP's coding of the first event it feeds.

    Scoring these isolates the clustering rules from extraction errors (an upper bound for them).
    """
    rows = {row["id"].strip(): row for row in _rows(path, ("id", "date_start", "latitude", "longitude"))}
    return [(_coded_event(f"report-{n}", rows[min(r.gold)]),) for n, r in enumerate(reports)]


def _coded_event(event_id: str, row: dict[str, str]) -> Event:
    kind = _UCDP_TYPES.get(row.get("type_of_violence", "").strip(), _UCDP_TYPES["1"])
    where = int(row.get("where_prec") or 7)
    when = int(row.get("date_prec") or 5)
    return Event(
        id=event_id,
        document_id=event_id,
        event_date=date.fromisoformat(row["date_start"].strip()[:10]),
        time_precision=1 if when <= 1 else (2 if when <= 3 else 3),
        event_type=kind[0],
        sub_event_type=kind[1],
        actor1=row.get("side_a") or None,
        assoc_actor_1=None,
        actor2=row.get("side_b") or None,
        assoc_actor_2=None,
        inter1=None,
        inter2=None,
        country=row.get("country") or None,
        admin1=row.get("adm_1") or None,
        admin2=None,
        location=row.get("where_coordinates") or None,
        latitude=float(row["latitude"]),
        longitude=float(row["longitude"]),
        geo_precision=min(where, 3),
        fatalities=int(row.get("best") or 0),
        injuries=0,
        claims=(),
        evidence=(),
        confidence=1.0,
        extractor="ucdp-gold",
        extractor_version="191",
    )


def run_incident_benchmark(
    benchmark: Benchmark,
    gold: Path,
    *,
    limit: int | None = None,
    extract: Extractor | None = None,
    threshold: float = JOIN_THRESHOLD,
    jobs: int = 1,
    samples: int = 0,
) -> ClusterReport:
    """Load ``benchmark`` from ``gold``, extract every report (``jobs`` processes), cluster and score (see
    the module doc); ``samples`` split pairs and false joins are drawn with their evidence."""
    loader = load_fakes_reports if benchmark is Benchmark.FAKES else load_ucdp_reports
    reports = loader(gold)[:limit] if limit else loader(gold)
    logger.info("%s: extracting %d reports", benchmark.value, len(reports))
    if benchmark is Benchmark.UCDP_FIELDS:
        events = load_ucdp_coded_events(gold, reports)
    else:
        events = extract_reports(reports, extract or pipeline_extractor(), jobs=jobs)
    return cluster_reports(
        reports,
        events,
        dataset=benchmark.value,
        threshold=threshold,
        lede_only=benchmark is Benchmark.FAKES,
        samples=samples,
    )


def report_to_dict(report: ClusterReport) -> JSONObject:
    def scores(value: BCubed) -> JSONObject:
        return {"precision": value.precision, "recall": value.recall, "f1": value.f1, "items": value.items}

    return {
        "dataset": report.dataset,
        "reports": report.reports,
        "reports_without_events": report.reports_without_events,
        "events": report.events,
        "incidents": report.incidents,
        "gold_clusters": report.gold_clusters,
        "threshold": report.threshold,
        "bcubed": scores(report.overall),
        "bcubed_reports_with_events": scores(report.with_events),
        "bcubed_singleton_baseline": scores(report.singleton_baseline),
        "bcubed_ceiling": scores(report.ceiling),
        "pairs": {
            "gold_pairs": report.pairs.gold_pairs,
            "joined": report.pairs.joined,
            "split_no_event": report.pairs.split_no_event,
            "split": report.pairs.split,
            "false_joins": report.pairs.false_joins,
        },
        "pair_causes": [
            {"kind": c.kind, "blocker": c.blocker.value, "pairs": c.pairs} for c in report.causes
        ],
        "pair_samples": [sample_to_dict(s) for s in report.samples],
    }


def sample_to_dict(sample: PairSample) -> JSONObject:
    """A pair sample as JSON: both reports (headline, outlet, date, gold ids), members and evidence."""
    evidence = sample.evidence
    return {
        "kind": sample.kind,
        "a": _side(sample.report_a, sample.a),
        "b": _side(sample.report_b, sample.b),
        "evidence": {
            "blocker": evidence.blocker.value,
            "type_match": evidence.type_match,
            "sub_match": evidence.sub_match,
            "family_match": evidence.family_match,
            "date_gap": evidence.date_gap,
            "dates_compatible": evidence.dates_compatible,
            "place": evidence.place,
            "actors": evidence.actors,
            "text": evidence.text,
            "total": evidence.total,
            "required": evidence.required,
        },
    }


def sample_text(sample: PairSample) -> str:
    """A pair sample as text: the rule that kept the pair apart (or none), the score components, then each
    report's date, outlet, headline and gold ids, and its member's coded date, type, place and actors."""
    e = sample.evidence
    lines = [
        f"--- {sample.kind}: {e.blocker.value}; total {_num(e.total)} of {e.required:.2f} (place {_num(e.place)}, "
        f"date gap {e.date_gap}, type {e.type_match}/{e.sub_match}, actors {e.actors:.2f}, text {_num(e.text)})"
    ]
    for report, member in ((sample.report_a, sample.a), (sample.report_b, sample.b)):
        lines.append(
            f"  {report.published} {report.outlet}: {report.text[:160]!r} gold={sorted(report.gold)}"
        )
        lines.append(
            f"    {member.event_date}/p{member.time_precision} {member.event_type} | {member.sub_event_type}; "
            f"{member.country} | {member.admin1} | {member.location} p{member.geo_precision}; "
            f"actors {list(member.actors)}"
        )
    return "\n".join(lines)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _side(report: GoldReport, member: IncidentMember) -> JSONObject:
    gold: list[JSONValue] = [*sorted(report.gold)]
    actors: list[JSONValue] = [*member.actors]
    return {
        "text": report.text[:300],
        "outlet": report.outlet,
        "published": report.published.isoformat() if report.published else None,
        "gold": gold,
        "event_date": member.event_date.isoformat() if member.event_date else None,
        "time_precision": member.time_precision,
        "event_type": member.event_type,
        "sub_event_type": member.sub_event_type,
        "country": member.country,
        "admin1": member.admin1,
        "location": member.location,
        "geo_precision": member.geo_precision,
        "latitude": member.latitude,
        "longitude": member.longitude,
        "actors": actors,
    }


__all__ = [
    "BCubed",
    "Benchmark",
    "BlockerCount",
    "ClusterReport",
    "Extractor",
    "GoldReport",
    "PairErrors",
    "PairSample",
    "PipelineExtractor",
    "bcubed",
    "cluster_reports",
    "extract_reports",
    "load_fakes_reports",
    "load_ucdp_coded_events",
    "load_ucdp_reports",
    "pair_errors",
    "pipeline_extractor",
    "report_to_dict",
    "run_incident_benchmark",
    "sample_text",
    "sample_to_dict",
]
