"""Benchmark incident clustering on generated events (never imported by the package).

    /usr/bin/time -v .venv/bin/python tools/bench_incidents.py --events 100000

Generates ``--events`` member events: incidents spread over two years and a 20 x 20 degree area, each
reported 1-5 times with a day of date jitter, a few km of place jitter, varying precision and
type coding. Events are fed in date order (as `flashpoint incidents rebuild` does) with periodic
eviction of closed incidents, so memory stays bounded. Prints the clustering time, events per second
and B-cubed against the generated truth; read the peak memory ("Maximum resident set size") from
/usr/bin/time -v.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from flashpoint.eval.incidents import bcubed
from flashpoint.incidents.cluster import IncidentClusterer
from flashpoint.incidents.model import IncidentMember

_TYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
)
_ACTORS = tuple(f"Armed Group {n}" for n in range(60))
_START = date(2024, 1, 1)


def generate(count: int, seed: int) -> tuple[list[IncidentMember], dict[str, str]]:
    """``count`` members and the true incident of each."""
    rng = random.Random(seed)
    members: list[IncidentMember] = []
    truth: dict[str, str] = {}
    incident = 0
    while len(members) < count:
        incident += 1
        day = _START + timedelta(days=rng.randrange(730))
        lat, lon = 25 + rng.random() * 20, 30 + rng.random() * 20
        kind = rng.choice(_TYPES)
        actors = tuple(rng.sample(_ACTORS, 2))
        for report in range(min(rng.choice((1, 1, 2, 2, 3, 4, 5)), count - len(members))):
            event_id = f"e{len(members)}"
            truth[event_id] = f"i{incident}"
            members.append(_member(rng, event_id, report, day, lat, lon, kind, actors))
    return members, truth


def _member(
    rng: random.Random,
    event_id: str,
    report: int,
    day: date,
    lat: float,
    lon: float,
    kind: tuple[str, str],
    actors: tuple[str, ...],
) -> IncidentMember:
    precision = rng.choice((1, 1, 1, 2, 3))
    jitter = 0.02 if precision < 3 else 0.2
    return IncidentMember(
        event_id=event_id,
        article_id=f"a{event_id}",
        outlet=f"outlet-{report}",
        source_key=f"outlet-{report}",
        reported=day + timedelta(days=rng.randrange(3)),
        event_date=day + timedelta(days=rng.choice((0, 0, 0, 1, -1))),
        time_precision=rng.choice((1, 1, 1, 1, 2)),
        event_type=kind[0],
        sub_event_type=kind[1],
        actors=actors[: rng.choice((0, 1, 2))],
        country="Testland",
        admin1=f"Province {int(lat)}-{int(lon)}",
        admin2=None,
        location=f"Town {lat:.2f},{lon:.2f}",
        latitude=lat + rng.uniform(-jitter, jitter),
        longitude=lon + rng.uniform(-jitter, jitter),
        geo_precision=precision,
        fatalities=rng.randrange(10),
        injuries=0,
    )


def run(members: list[IncidentMember], evict_every: int) -> tuple[dict[str, str], int, float, float]:
    """Cluster in date order; returns event -> incident, incidents made, wall and CPU seconds."""
    ordered = sorted(members, key=lambda m: ((m.event_date or _START).toordinal(), m.event_id))
    clusterer = IncidentClusterer()
    assigned: dict[str, str] = {}
    closed = 0
    started, cpu = time.perf_counter(), time.process_time()
    for number, member in enumerate(ordered, start=1):
        assigned[member.event_id] = clusterer.add(member)
        if number % evict_every == 0 and member.event_date is not None:
            closed += len(clusterer.evict_before(member.event_date))
    closed += sum(1 for _ in clusterer.incidents())
    return assigned, closed, time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--evict-every", type=int, default=5000)
    args = parser.parse_args()
    members, truth = generate(args.events, args.seed)
    assigned, incidents, seconds, cpu = run(members, args.evict_every)
    score = bcubed({e: {i} for e, i in assigned.items()}, {e: {t} for e, t in truth.items()})
    print(f"events: {len(members)}  incidents: {incidents}  true incidents: {len(set(truth.values()))}")
    print(
        f"clustering: {seconds:.1f} s wall, {cpu:.1f} s CPU ({len(members) / cpu:,.0f} events per CPU second)"
    )
    print("(includes materialising every incident; a shared machine inflates wall time, CPU time less so)")
    print(f"B-cubed vs generated truth: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")


if __name__ == "__main__":
    main()
