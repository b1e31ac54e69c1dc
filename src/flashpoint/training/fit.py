"""Fit the event-type classifier (``events.classifier``) on a labelled corpus.

Two corpora: :func:`project_corpus` (the shipped model's: text the project wrote, deterministic) and
:func:`acled_corpus` (a user's ACLED-format export: ``notes`` -> ``sub_event_type``; the older schema's
``NOTES``/``EVENT_TYPE`` columns map to current types where the mapping is exact). :func:`fit` is TF-IDF over
:func:`~flashpoint.events.classifier.text_features` and a multinomial logistic regression (scikit-learn, imported
only here and only when fitting).
"""

from __future__ import annotations

import csv
import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from flashpoint.errors import TrainingError
from flashpoint.eval.mappings import old_acled_types
from flashpoint.events.classifier import (
    EventClassifier,
    ModelArrays,
    encode_model,
    file_sha256,
    text_features,
    tfidf_row,
)
from flashpoint.events.ontology import sub_event_types_of
from flashpoint.pipeline.synthetic import generate_reports
from flashpoint.training.examples import generate_examples

logger = logging.getLogger(__name__)

MODEL_VERSION = "2026.11.1"
# Corpus sizes and regularisation. C and min_df were chosen on the project's own corpus structure (how many
# examples each sub-type has), then checked once against ACLED 2020-05 notes (MODEL_CARD.md gives figures):
# C=10 with min_df=2 gave the best sub-type F1 of C in {3, 10, 30}.
EXTRA_EXAMPLES, EXTRA_SEED = 40_000, 1
SYNTHETIC_REPORTS, SYNTHETIC_SEED = 10_000, 1
C_VALUE, MIN_DF, MAX_ITER = 10.0, 2, 500
PROJECT_DATA = (
    f"flashpoint.training.examples generate_examples({EXTRA_EXAMPLES}, seed={EXTRA_SEED}) + leads of "
    f"flashpoint.pipeline.synthetic.generate_reports({SYNTHETIC_REPORTS}, seed={SYNTHETIC_SEED})"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Corpus:
    """Parallel tuples: a text, its label (a sub-event type or "none") and where it came from."""

    texts: tuple[str, ...]
    labels: tuple[str, ...]
    sources: tuple[str, ...]

    def sha256(self) -> str:
        digest = hashlib.sha256()
        for text, label in zip(self.texts, self.labels, strict=True):
            digest.update(f"{label}\t{text}\n".encode())
        return digest.hexdigest()

    def __add__(self, other: Corpus) -> Corpus:
        return Corpus(
            texts=self.texts + other.texts,
            labels=self.labels + other.labels,
            sources=self.sources + other.sources,
        )


def project_corpus(*, extra: int = EXTRA_EXAMPLES, reports: int = SYNTHETIC_REPORTS) -> Corpus:
    """The shipped model's training texts: project-written examples plus synthetic report leads."""
    texts: list[str] = []
    labels: list[str] = []
    sources: list[str] = []
    for example in generate_examples(extra, seed=EXTRA_SEED):
        texts.append(example.text)
        labels.append(example.label)
        sources.append("training.examples")
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
    from sklearn.linear_model import LogisticRegression  # only when fitting: coding never loads it
    from threadpoolctl import threadpool_limits

    if len(set(corpus.labels)) < 2:
        raise TrainingError(
            f"a classifier needs at least two labels; the corpus has {sorted(set(corpus.labels))}: "
            "add rows of other sub-event types (or train with the project corpus)",
            code="E601",
        )
    features = [text_features(text) for text in corpus.texts]
    vocabulary, idf = _vocabulary(features, min_df)
    matrix = _matrix(features, vocabulary, idf)
    model = LogisticRegression(C=c_value, max_iter=max_iter, tol=1e-6)
    with threadpool_limits(1):  # one BLAS thread: the same summation order, so the same bits, on any machine
        model.fit(matrix, np.asarray(corpus.labels))
    return ModelArrays(
        labels=tuple(str(label) for label in model.classes_),
        vocabulary=tuple(vocabulary),
        idf=idf,
        weights=np.ascontiguousarray(model.coef_.T, dtype=np.float32),
        intercept=model.intercept_.astype(np.float32),
    )


def _vocabulary(features: Sequence[Counter[str]], min_df: int) -> tuple[list[str], npt.NDArray[np.float32]]:
    document_frequency: Counter[str] = Counter()
    for counts in features:
        document_frequency.update(counts.keys())
    vocabulary = sorted(term for term, df in document_frequency.items() if df >= min_df)
    n = len(features)
    idf = np.array(
        [np.log((1 + n) / (1 + document_frequency[t])) + 1.0 for t in vocabulary], dtype=np.float32
    )
    return vocabulary, idf


def _matrix(features: Sequence[Counter[str]], vocabulary: Sequence[str], idf: npt.NDArray[np.float32]) -> Any:
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


def provenance(corpus: Corpus, *, data: str, trained_by: str) -> dict[str, object]:
    counts = Counter(corpus.labels)
    return {
        "model_version": MODEL_VERSION,
        "trained_by": trained_by,
        "training_data": data,
        "training_examples": len(corpus.texts),
        "examples_per_label": dict(sorted(counts.items())),
        "corpus_sha256": corpus.sha256(),
        "features": "tf-idf (sublinear tf, l2) over words, word bigrams, char 3-5-grams in words; min_df="
        f"{MIN_DF}",
        "estimator": f"multinomial logistic regression, C={C_VALUE}, lbfgs, weights stored as int8 per class",
    }


def build_project_model() -> bytes:
    """The shipped model's file, byte for byte (``tools/train_event_classifier.py`` writes it)."""
    corpus = project_corpus()
    return encode_model(
        fit(corpus), provenance(corpus, data=PROJECT_DATA, trained_by="tools/train_event_classifier.py")
    )


# --- a user's ACLED export ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class UserModel:
    """A trained model's file contents, with what went into it."""

    data: bytes
    rows_used: int
    rows_skipped: int
    examples: int

    @property
    def sha256(self) -> str:
        return file_sha256(self.data)


def acled_corpus(paths: Iterable[Path], *, labeller: EventClassifier | None = None) -> tuple[Corpus, int]:
    """(notes, sub-event type) pairs from ACLED exports, and how many rows were skipped.

    Old-schema rows whose event type has no exact current sub-event type ("Remote violence", "Riots/Protests")
    get the sub-event type ``labeller`` ranks highest *within* the gold event type (skipped without a labeller);
    rows with neither are skipped.
    """
    texts: list[str] = []
    labels: list[str] = []
    sources: list[str] = []
    skipped = 0
    for path in paths:
        for row in _csv_rows(path):
            notes = row.get("notes", "").strip()
            label = _acled_label(row, notes, labeller) if notes else None
            if label is None:
                skipped += 1
                continue
            texts.append(notes)
            labels.append(label)
            sources.append(path.name)
    logger.info("%d rows used, %d skipped (no notes or no usable type)", len(texts), skipped)
    return Corpus(texts=tuple(texts), labels=tuple(labels), sources=tuple(sources)), skipped


def _csv_rows(path: Path) -> Iterable[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "notes" not in {name.lower() for name in reader.fieldnames}:
                raise TrainingError(
                    f"{path} has no notes column: give an ACLED-format CSV with notes and sub_event_type "
                    "(or the old schema's NOTES and EVENT_TYPE)",
                    code="E602",
                )
            for row in reader:
                yield {k.lower(): v or "" for k, v in row.items() if k}
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise TrainingError(
            f"cannot read training file {path}: {error}; give a UTF-8 CSV export", code="E603"
        ) from error


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


def build_user_model(
    paths: Sequence[Path], *, with_project_corpus: bool = True, project: Corpus | None = None
) -> UserModel:
    """A model fitted on the user's rows, by default together with the project corpus (which keeps every
    sub-event type and the "none" class represented whatever the export holds). ``project`` replaces the
    full project corpus (tests pass a small one)."""
    corpus, skipped = acled_corpus(paths, labeller=EventClassifier.load())
    if not corpus.texts:
        raise TrainingError(
            "no usable rows (notes with a sub-event type) in " + ", ".join(map(str, paths)) + "; "
            "give ACLED-format CSVs with notes and sub_event_type columns",
            code="E604",
        )
    data = "user-supplied ACLED export(s): " + ", ".join(p.name for p in paths)
    rows_used = len(corpus.texts)
    if with_project_corpus:
        corpus = corpus + (project if project is not None else project_corpus())
        data += " + the project corpus"
    data += " (the data's licence governs this model; do not redistribute it)"
    encoded = encode_model(fit(corpus), provenance(corpus, data=data, trained_by="flashpoint train"))
    return UserModel(data=encoded, rows_used=rows_used, rows_skipped=skipped, examples=len(corpus.texts))


def write_user_model(model: UserModel, out: Path) -> None:
    """Write a user's model, never inside the installed package (third-party data must not ship with it)."""
    package = Path(__file__).resolve().parents[1]
    if out.resolve().is_relative_to(package):
        raise TrainingError(
            f"refusing to write {out} inside the flashpoint package: a model trained on your data is yours "
            "to keep, outside the package; choose another --out",
            code="E605",
        )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(model.data)
    except OSError as error:
        raise TrainingError(
            f"cannot write model {out}: {error}; choose a writable path", code="E606"
        ) from error


__all__ = [
    "Corpus",
    "UserModel",
    "acled_corpus",
    "build_project_model",
    "build_user_model",
    "fit",
    "project_corpus",
    "provenance",
    "report_lead",
    "write_user_model",
]
