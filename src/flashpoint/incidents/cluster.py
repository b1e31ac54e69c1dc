"""Incremental clustering of events into incidents.

Each new member event is compared only with incidents in its blocking keys: (4-day bucket, 1-degree
grid cell) for located events, (bucket, country, admin1) and (bucket, country) otherwise, where an
incident is indexed under every bucket its members' date windows touch. It joins the compatible
incident whose score clears that incident's join threshold by the widest margin (the threshold is lower
for a second, independent source and higher for one more report of the only source: see
:func:`flashpoint.incidents.similarity.join_threshold`), or starts a new one. Incidents never merge with
each other, so an incident's id (derived from its first member's event id) stays stable as members
join. A user's split (:class:`SplitRecord`) tags both sides' events; no incident ever again holds
events from both sides of a split. :func:`explain_pair` tells why two events would or would not join.

Memory stays bounded on date-ordered input: :meth:`IncidentClusterer.evict_before` returns and forgets
incidents whose date window has closed.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from flashpoint.errors import FlashpointError
from flashpoint.incidents.countries import country_name
from flashpoint.incidents.merge import build_incident
from flashpoint.incidents.model import Incident, IncidentMember, Report, SplitRecord
from flashpoint.incidents.similarity import (
    JOIN_THRESHOLD,
    Place,
    actor_score,
    date_score,
    dates_compatible,
    identified_actors,
    join_threshold,
    place_score,
    score,
    slack_days,
    text_score,
    type_family,
    types_compatible,
)

Key = tuple[int, tuple[str | int | None, ...]]
_TEXTS_KEPT = 16  # keyword sets compared per incident: bounds the cost of one comparison
GRID_DEGREES = 1.0  # blocking cell size; see similarity.MAX_PAIR_KM for why one degree suffices
# Days per blocking bucket: an event looks up the buckets its date window touches. 4 days measured
# fastest on tools/bench_incidents.py (1-day buckets: 3x the dict lookups; 8-day: 2x the candidates).
DAY_BUCKET = 4


def incident_id_for(event_id: str) -> str:
    """The stable id of an incident founded by ``event_id``."""
    return "inc-" + hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True, kw_only=True)
class _Cluster:
    id: str
    members: list[IncidentMember]
    first: int
    last: int
    precision: int
    place: Place
    types: set[str]
    families: set[str]
    subs: set[str]
    actors: set[str]
    articles: set[str]
    sources: set[str] = field(default_factory=set)  # independent source keys of the members
    dated: bool = False  # whether any member has a date (first/last/precision are meaningful)
    texts: list[frozenset[str]] = field(default_factory=list)  # keyword sets of the latest members
    sides: dict[int, str] = field(default_factory=dict)  # split id -> "moved" / "kept"
    keys: set[Key] = field(default_factory=set)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Probe:
    """A member event being placed, with what every comparison needs computed once."""

    member: IncidentMember
    day: int
    precision: int
    place: Place
    family: str
    actors: frozenset[str]
    words: frozenset[str]
    source: str


def _day(member: IncidentMember) -> tuple[int, int] | None:
    if member.event_date is not None:
        return member.event_date.toordinal(), member.time_precision
    if member.reported is not None:
        return member.reported.toordinal(), 3
    return None


def _place(member: IncidentMember) -> Place:
    country = country_name(member.country)  # members stored before codes were named may hold "SY"
    return Place(
        country=country.casefold() if country else None,
        admin1=member.admin1.casefold() if member.admin1 else None,
        latitude=member.latitude,
        longitude=member.longitude,
        geo_precision=member.geo_precision,
    )


def _better_place(a: Place, b: Place) -> Place:
    """The more precise of two places (located beats unlocated)."""

    def rank(p: Place) -> tuple[int, int]:
        return (0 if p.latitude is not None else 1, p.geo_precision or 3)

    return b if rank(b) < rank(a) else a


def _spatial_keys(place: Place) -> list[tuple[str | int | None, ...]]:
    keys: list[tuple[str | int | None, ...]] = [("c", place.country)]
    if place.admin1:
        keys.append(("a", place.country, place.admin1))
    if place.latitude is not None and place.longitude is not None:
        keys.append(
            ("g", math.floor(place.latitude / GRID_DEGREES), math.floor(place.longitude / GRID_DEGREES))
        )
    return keys


def _lookup_keys(place: Place) -> list[tuple[str | int | None, ...]]:
    if place.latitude is not None and place.longitude is not None:
        row, col = math.floor(place.latitude / GRID_DEGREES), math.floor(place.longitude / GRID_DEGREES)
        cells: list[tuple[str | int | None, ...]] = [
            ("g", row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
        ]
        return cells + ([("a", place.country, place.admin1)] if place.admin1 else [])
    if place.admin1:
        return [("a", place.country, place.admin1)]
    return [("c", place.country)]


class IncidentClusterer:
    """Holds open incidents and assigns each new member event to one of them (or a new one)."""

    def __init__(
        self,
        *,
        splits: Iterable[SplitRecord] = (),
        threshold: float = JOIN_THRESHOLD,
        same_report_apart: bool = True,
    ) -> None:
        self._threshold = threshold
        self._same_report_apart = same_report_apart
        self._clusters: dict[str, _Cluster] = {}
        self._index: dict[Key, list[str]] = {}
        self._by_event: dict[str, str] = {}
        self._dirty: set[str] = set()
        self._sides: dict[str, dict[int, str]] = {}
        for split in splits:
            self.add_split(split)

    # --- state ------------------------------------------------------------------------------------
    def add_split(self, split: SplitRecord) -> None:
        """Remember a user's split so its two sides never share an incident again."""
        for event_id in split.moved:
            self._sides.setdefault(event_id, {})[split.id] = "moved"
        for event_id in split.kept:
            self._sides.setdefault(event_id, {})[split.id] = "kept"

    def seed(self, incident: Incident) -> None:
        """Load a stored incident (its id and members kept as they are); a no-op if already held."""
        if incident.id in self._clusters:
            return
        for member in incident.members:
            self._attach(incident.id, member)
        self._dirty.discard(incident.id)

    def incident_of(self, event_id: str) -> str | None:
        return self._by_event.get(event_id)

    def __len__(self) -> int:
        return len(self._clusters)

    # --- adding -----------------------------------------------------------------------------------
    def add_report(self, report: Report) -> tuple[str, ...]:
        """Cluster every event of one report; returns the incident id of each, in order."""
        return tuple(self.add(member) for member in report.members)

    def add(self, member: IncidentMember) -> str:
        """Place one member event; re-adding a known event id replaces it in its incident."""
        known = self._by_event.get(member.event_id)
        if known is not None:
            self._replace(known, member)
            return known
        target = self._best_cluster(member)
        return self._attach(target or incident_id_for(member.event_id), member)

    def _best_cluster(self, member: IncidentMember) -> str | None:
        located = _day(member)
        if located is None:
            return None
        probe = _Probe(
            member=member,
            day=located[0],
            precision=located[1],
            place=_place(member),
            family=type_family(member.event_type),
            actors=identified_actors(member.actors),
            words=frozenset(member.keywords),
            source=member.source_key,
        )
        best: tuple[float, str] | None = None
        for cluster_id in self._candidates(probe.day, probe.precision, probe.place):
            cluster = self._clusters[cluster_id]
            value = self._score(probe, cluster)
            if value is None:
                continue
            margin = value - join_threshold(self._threshold, probe.source, cluster.sources)
            if margin >= 0 and (best is None or margin > best[0]):
                best = (margin, cluster_id)
        return best[1] if best else None

    def _candidates(self, day: int, precision: int, place: Place) -> dict[str, None]:
        slack = slack_days(precision)
        found: dict[str, None] = {}
        index = self._index
        for spatial in _lookup_keys(place):
            for d in range((day - slack) // DAY_BUCKET, (day + slack) // DAY_BUCKET + 1):
                ids = index.get((d, spatial))
                if ids:
                    found.update(dict.fromkeys(ids))
        return found

    def _score(self, probe: _Probe, cluster: _Cluster) -> float | None:
        if probe.family not in cluster.families:
            return None
        if not dates_compatible(probe.day, probe.precision, cluster.first, cluster.last, cluster.precision):
            return None
        if self._conflicts(probe.member, cluster):
            return None
        where = place_score(probe.place, cluster.place)
        if where is None:
            return None
        member = probe.member
        return score(
            type_match=member.event_type in cluster.types,
            sub_match=member.sub_event_type in cluster.subs,
            dates=date_score(probe.day, cluster.first, cluster.last),
            place=where,
            actors=actor_score(probe.actors, frozenset(cluster.actors)),
            text=text_score(probe.words, cluster.texts),
        )

    def _conflicts(self, member: IncidentMember, cluster: _Cluster) -> bool:
        if self._same_report_apart and member.article_id in cluster.articles:
            return True
        sides = self._sides.get(member.event_id, {})
        return any(cluster.sides.get(split, side) != side for split, side in sides.items())

    def _attach(self, cluster_id: str, member: IncidentMember) -> str:
        located = _day(member)
        day, precision = located if located else (0, 3)
        cluster = self._clusters.get(cluster_id)
        if cluster is None:
            cluster = _new_cluster(cluster_id, day, precision, _place(member))
            self._clusters[cluster_id] = cluster
        _absorb(cluster, member, day, precision, self._sides.get(member.event_id, {}))
        self._by_event[member.event_id] = cluster_id
        self._dirty.add(cluster_id)
        if located is not None:
            self._register(cluster, day, precision, _place(member))
        return cluster_id

    def _register(self, cluster: _Cluster, day: int, precision: int, place: Place) -> None:
        slack = slack_days(precision)
        for spatial in _spatial_keys(place):
            for d in range((day - slack) // DAY_BUCKET, (day + slack) // DAY_BUCKET + 1):
                key = (d, spatial)
                if key not in cluster.keys:
                    cluster.keys.add(key)
                    self._index.setdefault(key, []).append(cluster.id)

    def _replace(self, cluster_id: str, member: IncidentMember) -> None:
        cluster = self._clusters[cluster_id]
        cluster.members = [member if m.event_id == member.event_id else m for m in cluster.members]
        self._dirty.add(cluster_id)

    # --- reading out ------------------------------------------------------------------------------
    def changed(self) -> list[Incident]:
        """Incidents created or changed since the last call (materialised), in id order."""
        ids = sorted(self._dirty)
        self._dirty.clear()
        return [self._materialise(self._clusters[i]) for i in ids if i in self._clusters]

    def incidents(self) -> Iterator[Incident]:
        for cluster in self._clusters.values():
            yield self._materialise(cluster)

    def evict_before(self, day: date) -> list[Incident]:
        """Forget (and return) incidents no event dated ``day`` or later could join."""
        cutoff = day.toordinal() - 2 * slack_days(3)
        closed = [c for c in self._clusters.values() if c.last < cutoff]
        for cluster in closed:
            self._forget(cluster)
        return [self._materialise(c) for c in closed]

    def _forget(self, cluster: _Cluster) -> None:
        for key in cluster.keys:
            ids = self._index.get(key)
            if ids is not None:
                ids.remove(cluster.id)
                if not ids:
                    del self._index[key]
        for member in cluster.members:
            self._by_event.pop(member.event_id, None)
        self._dirty.discard(cluster.id)
        del self._clusters[cluster.id]

    @staticmethod
    def _materialise(cluster: _Cluster) -> Incident:
        return build_incident(cluster.id, cluster.members)


def _new_cluster(cluster_id: str, day: int, precision: int, place: Place) -> _Cluster:
    return _Cluster(
        id=cluster_id,
        members=[],
        first=day,
        last=day,
        precision=precision,
        place=place,
        types=set(),
        families=set(),
        subs=set(),
        actors=set(),
        articles=set(),
    )


def _absorb(
    cluster: _Cluster, member: IncidentMember, day: int, precision: int, sides: dict[int, str]
) -> None:
    if _day(member) is not None:
        dated = cluster.dated
        cluster.first = min(cluster.first, day) if dated else day
        cluster.last = max(cluster.last, day) if dated else day
        cluster.precision = min(cluster.precision, precision) if dated else precision
        cluster.dated = True
    cluster.members.append(member)
    cluster.place = _better_place(cluster.place, _place(member))
    cluster.types.add(member.event_type)
    cluster.families.add(type_family(member.event_type))
    cluster.subs.add(member.sub_event_type)
    cluster.actors.update(identified_actors(member.actors))
    cluster.articles.add(member.article_id)
    cluster.sources.add(member.source_key)
    if member.keywords:
        cluster.texts = [*cluster.texts[-(_TEXTS_KEPT - 1) :], frozenset(member.keywords)]
    cluster.sides.update(sides)


def cluster_members(
    members: Sequence[IncidentMember],
    *,
    splits: Iterable[SplitRecord] = (),
    threshold: float = JOIN_THRESHOLD,
) -> list[Incident]:
    """Batch helper: cluster ``members`` in date order (then event id) and return every incident."""
    clusterer = IncidentClusterer(splits=splits, threshold=threshold)
    for member in sorted(members, key=_sort_key):
        clusterer.add(member)
    return list(clusterer.incidents())


def _sort_key(member: IncidentMember) -> tuple[int, str]:
    located = _day(member)
    return (located[0] if located else 0, member.event_id)


class Blocker(StrEnum):
    """Why two events are not one incident (the first rule that says no), or NONE when they may join."""

    NONE = "none"
    NO_DATE = "no date"
    TYPE = "type family"
    DATE = "date window"
    SAME_REPORT = "same report"
    PLACE = "place"
    THRESHOLD = "below threshold"


@dataclass(frozen=True, slots=True, kw_only=True)
class PairEvidence:
    """The rules and score components for event ``b`` joining an incident founded by event ``a``.

    ``date_gap`` is b's day minus a's (None when either has no date); ``place``, ``text`` and ``total``
    are None when not computed (a hard rule said no first, or there are no keywords). ``required`` is
    the join threshold for the pair (:func:`flashpoint.incidents.similarity.join_threshold`).
    """

    type_match: bool
    sub_match: bool
    family_match: bool
    date_gap: int | None
    dates_compatible: bool
    place: float | None
    actors: float
    text: float | None
    total: float | None
    required: float
    blocker: Blocker


def explain_pair(a: IncidentMember, b: IncidentMember, *, threshold: float = JOIN_THRESHOLD) -> PairEvidence:
    """How :class:`IncidentClusterer` would score ``b`` against an incident holding only ``a``."""
    day_a, day_b = _day(a), _day(b)
    actors = actor_score(identified_actors(b.actors), identified_actors(a.actors))
    family = types_compatible(a.event_type, b.event_type)
    gap = day_b[0] - day_a[0] if day_a and day_b else None
    fits = bool(day_a and day_b and dates_compatible(day_b[0], day_b[1], day_a[0], day_a[0], day_a[1]))
    where = place_score(_place(b), _place(a))
    text = text_score(frozenset(b.keywords), [frozenset(a.keywords)])
    total = None
    required = join_threshold(threshold, b.source_key, {a.source_key})
    if family and fits and where is not None and day_a and day_b:
        total = score(
            type_match=a.event_type == b.event_type,
            sub_match=a.sub_event_type == b.sub_event_type,
            dates=date_score(day_b[0], day_a[0], day_a[0]),
            place=where,
            actors=actors,
            text=text,
        )
    return PairEvidence(
        type_match=a.event_type == b.event_type,
        sub_match=a.sub_event_type == b.sub_event_type,
        family_match=family,
        date_gap=gap,
        dates_compatible=fits,
        place=where,
        actors=actors,
        text=text,
        total=total,
        required=required,
        blocker=_blocker(a, b, fits=fits, family=family, where=where, total=total, threshold=required),
    )


def _blocker(
    a: IncidentMember,
    b: IncidentMember,
    *,
    fits: bool,
    family: bool,
    where: float | None,
    total: float | None,
    threshold: float,
) -> Blocker:
    checks = (
        (_day(a) is None or _day(b) is None, Blocker.NO_DATE),
        (not family, Blocker.TYPE),
        (not fits, Blocker.DATE),
        (a.article_id == b.article_id, Blocker.SAME_REPORT),
        (where is None, Blocker.PLACE),
        (total is None or total < threshold, Blocker.THRESHOLD),
    )
    return next((blocker for failed, blocker in checks if failed), Blocker.NONE)


class SplitError(FlashpointError):
    """A split names no member, every member, or events that are not in the incident."""

    code = "E610"


def split_members(
    incident: Incident, moved: Sequence[str], *, split_id: int
) -> tuple[Incident, Incident, SplitRecord]:
    """Cut ``moved`` events out of ``incident`` into a new incident; returns (kept, new, record).

    The new incident's id derives from the split and its smallest moved event id, so it is stable.
    """
    wanted = set(moved)
    _check_split(incident, wanted)
    leaving = [m for m in incident.members if m.event_id in wanted]
    staying = [m for m in incident.members if m.event_id not in wanted]
    new_id = incident_id_for(f"split-{split_id}:{min(wanted)}") if wanted else incident.id
    record = SplitRecord(
        id=split_id,
        incident_id=incident.id,
        new_incident_id=new_id,
        moved=tuple(m.event_id for m in leaving),
        kept=tuple(m.event_id for m in staying),
    )
    return build_incident(incident.id, staying), build_incident(new_id, leaving), record


def _check_split(incident: Incident, wanted: set[str]) -> None:
    members = set(incident.event_ids)
    unknown = sorted(wanted - members)
    if unknown:
        raise SplitError(
            f"incident {incident.id!r} has no member event {unknown[0]!r}; "
            f"pick event ids from `flashpoint incidents show {incident.id}`"
        )
    if not wanted or wanted == members:
        raise SplitError(
            f"a split of incident {incident.id!r} must move some but not all of its "
            f"{len(members)} events; name the events that belong to another incident"
        )


__all__ = [
    "GRID_DEGREES",
    "Blocker",
    "IncidentClusterer",
    "PairEvidence",
    "SplitError",
    "cluster_members",
    "explain_pair",
    "incident_id_for",
    "split_members",
]
