"""Train the event-type classifier shipped in ``flashpoint/events/data/event_classifier.json``.

    python tools/train_event_classifier.py                  # rebuild the shipped model from the repository alone
    python tools/train_event_classifier.py --check          # rebuild in memory, compare with the shipped file
    python tools/train_event_classifier.py --from-acled-csv a.csv b.csv --out my_model.json

The shipped model is trained only on text the project wrote: ``tools/synthetic_extra.py`` (short note-, news-
and headline-style texts for the 25 sub-event types and "none") and the lead of each report of
``flashpoint.pipeline.synthetic.generate_reports``. Everything is seeded, so the same code writes the same bytes.

``--from-acled-csv`` fits the same model on your own ACLED-format export (``notes`` -> ``sub_event_type``;
the older schema's ``NOTES``/``EVENT_TYPE`` columns are mapped to current types where the mapping is exact)
and writes it where you say, never into the package: the licence of your data governs the result. Load it with
``EventClassifier.from_file(path)``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from flashpoint.eval.mappings import old_acled_types
from flashpoint.events.classifier import (
    MODEL_FILE,
    EventClassifier,
    ModelArrays,
    encode_model,
    file_sha256,
    text_features,
    tfidf_row,
)
from flashpoint.events.ontology import sub_event_types_of
from flashpoint.pipeline.synthetic import generate_reports

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_extra import generate_examples

logger = logging.getLogger("train_event_classifier")

REPO = Path(__file__).resolve().parents[1]
PACKAGED = REPO / "src" / "flashpoint" / "events" / "data" / MODEL_FILE
MODEL_VERSION = "2026.11.1"
# Corpus sizes and regularisation. C and min_df were chosen on the project's own corpus structure (how many
# examples each sub-type has), then checked once against ACLED 2020-05 notes (MODEL_CARD.md gives figures):
# C=10 with min_df=2 gave the best sub-type F1 of C in {3, 10, 30}.
EXTRA_EXAMPLES, EXTRA_SEED = 40_000, 1
SYNTHETIC_REPORTS, SYNTHETIC_SEED = 10_000, 1
C_VALUE, MIN_DF, MAX_ITER = 10.0, 2, 500


@dataclass(frozen=True, slots=True, kw_only=True)
class Corpus:
    texts: tuple[str, ...]
    labels: tuple[str, ...]
    sources: tuple[str, ...]

    def sha256(self) -> str:
        digest = hashlib.sha256()
        for text, label in zip(self.texts, self.labels, strict=True):
            digest.update(f"{label}\t{text}\n".encode())
        return digest.hexdigest()


def project_corpus(*, extra: int = EXTRA_EXAMPLES, reports: int = SYNTHETIC_REPORTS) -> Corpus:
    """The shipped model's training texts: project-written examples plus synthetic report leads."""
    texts: list[str] = []
    labels: list[str] = []
    sources: list[str] = []
    for example in generate_examples(extra, seed=EXTRA_SEED):
        texts.append(example.text)
        labels.append(example.label)
        sources.append("synthetic_extra")
    for report in generate_reports(reports, seed=SYNTHETIC_SEED):
        texts.append(report_lead(report.text))
        labels.append(report.sub_event_type)
        sources.append("pipeline.synthetic")
    return Corpus(texts=tuple(texts), labels=tuple(labels), sources=tuple(sources))


def report_lead(text: str) -> str:
    """Headline (when there is one) and first sentence of a synthetic report: the part that codes the event."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    has_headline = len(paragraphs) > 1 and not paragraphs[0].rstrip().endswith((".", '"'))
    body = paragraphs[1] if has_headline else paragraphs[0]
    first = body.split(". ")[0].rstrip(".") + "."
    return f"{paragraphs[0]}. {first}" if has_headline else first


# --- fitting ------------------------------------------------------------------------------------------------


def fit(
    corpus: Corpus, *, c_value: float = C_VALUE, min_df: int = MIN_DF, max_iter: int = MAX_ITER
) -> ModelArrays:
    """TF-IDF vocabulary and a multinomial logistic regression over it."""
    from sklearn.linear_model import LogisticRegression  # training only: not a run-time dependency
    from threadpoolctl import threadpool_limits

    features = [text_features(text) for text in corpus.texts]
    vocabulary, idf = _vocabulary(features, min_df)
    matrix = _matrix(features, vocabulary, idf)
    model = LogisticRegression(C=c_value, max_iter=max_iter, tol=1e-6)
    with threadpool_limits(1):  # one BLAS thread: the same summation order, so the same bits, on any machine
        model.fit(matrix, np.asarray(corpus.labels))
    labels = tuple(str(label) for label in model.classes_)
    return ModelArrays(
        labels=labels,
        vocabulary=tuple(vocabulary),
        idf=idf,
        weights=np.ascontiguousarray(model.coef_.T, dtype=np.float32),
        intercept=model.intercept_.astype(np.float32),
    )


def _vocabulary(features: Sequence[Counter[str]], min_df: int) -> tuple[list[str], np.ndarray]:
    document_frequency: Counter[str] = Counter()
    for counts in features:
        document_frequency.update(counts.keys())
    vocabulary = sorted(term for term, df in document_frequency.items() if df >= min_df)
    n = len(features)
    idf = np.array(
        [np.log((1 + n) / (1 + document_frequency[t])) + 1.0 for t in vocabulary], dtype=np.float32
    )
    return vocabulary, idf


def _matrix(features: Sequence[Counter[str]], vocabulary: Sequence[str], idf: np.ndarray) -> Any:
    """The rows ``EventClassifier.probabilities`` computes, from the same function (a scipy CSR matrix)."""
    from scipy import sparse

    index = {term: position for position, term in enumerate(vocabulary)}
    indptr, indices, values = [0], [], []
    for counts in features:
        columns, row = tfidf_row(counts, index, idf)
        indices.extend(columns.tolist())
        values.extend(row.tolist())
        indptr.append(len(indices))
    return sparse.csr_matrix((values, indices, indptr), shape=(len(features), len(vocabulary)))


def provenance(corpus: Corpus, *, data: str) -> dict[str, object]:
    counts = Counter(corpus.labels)
    return {
        "model_version": MODEL_VERSION,
        "trained_by": "tools/train_event_classifier.py",
        "training_data": data,
        "training_examples": len(corpus.texts),
        "examples_per_label": dict(sorted(counts.items())),
        "corpus_sha256": corpus.sha256(),
        "features": "tf-idf (sublinear tf, l2) over words, word bigrams, char 3-5-grams in words; min_df="
        f"{MIN_DF}",
        "estimator": f"multinomial logistic regression, C={C_VALUE}, lbfgs, weights stored as int8 per class",
    }


def build_project_model() -> bytes:
    corpus = project_corpus()
    data = (
        f"tools/synthetic_extra.py generate_examples({EXTRA_EXAMPLES}, seed={EXTRA_SEED}) + leads of "
        f"flashpoint.pipeline.synthetic.generate_reports({SYNTHETIC_REPORTS}, seed={SYNTHETIC_SEED})"
    )
    return encode_model(fit(corpus), provenance(corpus, data=data))


# --- a user's ACLED export ----------------------------------------------------------------------------------


def acled_corpus(paths: Iterable[Path], *, labeller: EventClassifier | None = None) -> Corpus:
    """(notes, sub-event type) pairs from ACLED exports.

    Old-schema rows whose event type has no exact current sub-event type ("Remote violence", "Riots/Protests")
    get the sub-event type ``labeller`` ranks highest *within* the gold event type (skipped without a labeller);
    rows with neither are skipped, and their count is logged.
    """
    texts: list[str] = []
    labels: list[str] = []
    sources: list[str] = []
    skipped = 0
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                lowered = {k.lower(): v or "" for k, v in row.items() if k}
                notes = lowered.get("notes", "").strip()
                label = _acled_label(lowered, notes, labeller) if notes else None
                if label is None:
                    skipped += 1
                    continue
                texts.append(notes)
                labels.append(label)
                sources.append(path.name)
    logger.info("%d rows used, %d skipped (no notes or no usable type)", len(texts), skipped)
    return Corpus(texts=tuple(texts), labels=tuple(labels), sources=tuple(sources))


def _acled_label(row: dict[str, str], notes: str, labeller: EventClassifier | None) -> str | None:
    if row.get("sub_event_type", "").strip():
        return row["sub_event_type"].strip()
    event_type, sub_event_type = old_acled_types(
        row.get("event_type", ""), _int(row.get("inter1")), _int(row.get("inter2"))
    )
    if sub_event_type is not None or event_type is None or labeller is None:
        return sub_event_type
    allowed = {sub.value for sub in sub_event_types_of(event_type)}
    return next(label for label, _p in labeller.predict([notes])[0] if label in allowed)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def build_user_model(paths: Sequence[Path], *, with_project_corpus: bool = True) -> bytes:
    """A model fitted on the user's rows, by default together with the project corpus (which keeps every
    sub-event type and the "none" class represented whatever the export holds)."""
    corpus = acled_corpus(paths, labeller=EventClassifier.load())
    if not corpus.texts:
        raise SystemExit("no usable rows (notes with a sub-event type) in " + ", ".join(map(str, paths)))
    data = "user-supplied ACLED export(s): " + ", ".join(p.name for p in paths)
    if with_project_corpus:
        project = project_corpus()
        corpus = Corpus(
            texts=corpus.texts + project.texts,
            labels=corpus.labels + project.labels,
            sources=corpus.sources + project.sources,
        )
        data += " + the project corpus"
    return encode_model(
        fit(corpus),
        provenance(corpus, data=data + " (the data's licence governs this model; do not redistribute it)"),
    )


# --- command line -------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--from-acled-csv",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="train on your own ACLED export(s) instead of the project corpus",
    )
    parser.add_argument("--out", type=Path, help="where to write the model (required with --from-acled-csv)")
    parser.add_argument(
        "--user-rows-only",
        action="store_true",
        help="with --from-acled-csv: do not add the project corpus to your rows",
    )
    parser.add_argument(
        "--check", action="store_true", help="rebuild the shipped model and compare checksums"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.from_acled_csv:
        return _train_user(args.from_acled_csv, args.out, with_project_corpus=not args.user_rows_only)
    data = build_project_model()
    if args.check:
        shipped = PACKAGED.read_bytes()
        same = shipped == data
        print(
            f"rebuilt {file_sha256(data)}\nshipped {file_sha256(shipped)}\n{'identical' if same else 'DIFFERENT'}"
        )
        return 0 if same else 1
    out = args.out or PACKAGED
    out.write_bytes(data)
    print(f"wrote {out} ({len(data):,} bytes, sha256 {file_sha256(data)})")
    return 0


def _train_user(paths: Sequence[Path], out: Path | None, *, with_project_corpus: bool) -> int:
    if out is None:
        raise SystemExit(
            "--out is required with --from-acled-csv: a model trained on your data is yours to keep"
        )
    if out.resolve().is_relative_to((REPO / "src").resolve()):
        raise SystemExit(
            f"refusing to write {out} inside the package: models trained on third-party data "
            "must not ship with Flashpoint"
        )
    data = build_user_model(paths, with_project_corpus=with_project_corpus)
    out.write_bytes(data)
    print(f"wrote {out} ({len(data):,} bytes, sha256 {file_sha256(data)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
