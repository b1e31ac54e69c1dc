"""Rebuild the event-type classifier shipped in ``flashpoint/events/data/event_classifier.json``.

    python tools/train_event_classifier.py            # rebuild the shipped model from the repository alone
    python tools/train_event_classifier.py --check    # rebuild in memory, compare with the shipped file

The shipped model is trained only on text the project wrote: ``flashpoint.training.examples`` (short note-,
news- and headline-style texts for the 25 sub-event types and "none") and the lead of each report of
``flashpoint.pipeline.synthetic.generate_reports``. Everything is seeded, so the same code writes the same bytes.
To fit the same model on your own ACLED-format export, use ``flashpoint train YOUR.csv --out model.json``.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from flashpoint.events.classifier import MODEL_FILE, file_sha256
from flashpoint.training import build_project_model

REPO = Path(__file__).resolve().parents[1]
PACKAGED = REPO / "src" / "flashpoint" / "events" / "data" / MODEL_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="rebuild and compare checksums, write nothing")
    parser.add_argument("--out", type=Path, default=PACKAGED, help="where to write (default: the package)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = build_project_model()
    if args.check:
        shipped = PACKAGED.read_bytes()
        same = shipped == data
        print(
            f"rebuilt {file_sha256(data)}\nshipped {file_sha256(shipped)}\n{'identical' if same else 'DIFFERENT'}"
        )
        return 0 if same else 1
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data):,} bytes, sha256 {file_sha256(data)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
