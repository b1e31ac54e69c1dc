"""Write a labelled synthetic corpus as JSONL (one report with its gold labels per line).

    python tools/write_synthetic_corpus.py --n 20000 --seed 1 --out data/synthetic/train.jsonl

The output is generated, deterministic for a given --n and --seed, and is not committed: regenerate it.
Each line holds ``id``, ``text``, ``published``, ``outlet``, ``event_type``, ``sub_event_type``,
``actor1``, ``actor2``, ``location``, ``country``, ``admin1``, ``geo_precision``, ``event_date``,
``fatalities`` and ``injuries``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from datetime import date
from pathlib import Path

from flashpoint.pipeline.synthetic import SyntheticReport, generate_reports


def report_to_json(report: SyntheticReport) -> str:
    record = {key: _plain(value) for key, value in asdict(report).items()}
    return json.dumps(record, ensure_ascii=False)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def write_corpus(n: int, seed: int, out: Path) -> int:
    """Write ``n`` reports to ``out`` (parents created); return the number written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for report in generate_reports(n, seed=seed):
            handle.write(report_to_json(report) + "\n")
            written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="number of reports (default 20000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("data/synthetic/train.jsonl"),
        help="output JSONL path (parent folders are created)",
    )
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error(f"--n must be zero or more, got {args.n}")
    started = time.perf_counter()
    written = write_corpus(args.n, args.seed, args.out)
    elapsed = time.perf_counter() - started
    print(f"wrote {written} reports to {args.out} in {elapsed:.1f} s (seed {args.seed})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
