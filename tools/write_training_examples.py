"""Write a sample of the project's labelled training corpus as JSONL, to read it.

python tools/write_training_examples.py --n 200 --seed 0 --out sample.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from flashpoint.training.examples import generate_examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=200, help="how many examples")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    args = parser.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as handle:
        for example in generate_examples(args.n, seed=args.seed):
            record = {"text": example.text, "label": example.label, "country": example.country}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
