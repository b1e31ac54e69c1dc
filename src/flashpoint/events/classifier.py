"""A shipped linear classifier from a sentence or short report to an ACLED sub-event type (or "none").

The model is TF-IDF over word unigrams, word bigrams and character 3-5-grams inside words, scored by a
multinomial logistic regression. It was trained by ``tools/train_event_classifier.py`` on text the project
wrote (see ``events/data/MODEL_CARD.md``) and ships as one JSON file: the vocabulary, IDF weights and int8
weights (one scale per class) are zlib-compressed and base64-encoded, so loading needs numpy only, runs no
pickle and gives the same numbers on every machine.

:func:`text_features` is the one definition of the features: the training script builds its matrix with it,
so the shipped file and the code that reads it cannot drift apart.

>>> classifier = EventClassifier.load()
>>> classifier.predict(["Gunmen abducted two teachers near the school."])[0][0][0]
'Abduction/forced disappearance'
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import math
import re
import threading
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from flashpoint.errors import ResourceError

logger = logging.getLogger(__name__)

NONE_LABEL = "none"
"""The class of sentences that report no event: background, statements, analysis."""

MODEL_FORMAT = "flashpoint-event-classifier/1"
MODEL_FILE = "event_classifier.json"
_CHAR_NGRAMS = (3, 4, 5)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DIGIT = re.compile(r"\d")

Prediction = list[tuple[str, float]]


def normalise_text(text: str) -> str:
    """Lower case, accents folded, every digit written as 0 (numbers keep their shape, not their value)."""
    folded = text.casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _DIGIT.sub("0", folded)


def text_features(text: str) -> Counter[str]:
    """Feature counts of one text: ``w:`` words, ``b:`` word bigrams, ``c:`` character n-grams of words."""
    words = _WORD.findall(normalise_text(text))
    counts: Counter[str] = Counter(f"w:{word}" for word in words)
    counts.update(f"b:{first} {second}" for first, second in pairwise(words))
    for word in words:
        counts.update(_char_ngrams(word))
    return counts


def _char_ngrams(word: str) -> Iterable[str]:
    padded = f" {word} "
    length = len(padded)
    return [
        f"c:{padded[start : start + size]}" for size in _CHAR_NGRAMS for start in range(length - size + 1)
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class ModelArrays:
    """The numbers of a trained model, as the training script hands them to :func:`encode_model`."""

    labels: tuple[str, ...]
    vocabulary: tuple[str, ...]
    idf: npt.NDArray[np.float32]  # one per feature
    weights: npt.NDArray[np.float32]  # features x classes
    intercept: npt.NDArray[np.float32]  # one per class


class EventClassifier:
    """Sub-event type (or :data:`NONE_LABEL`) of short texts, with probabilities.

    Build one with :meth:`load` (the packaged model, read once per process) or :meth:`from_file`;
    the constructor only stores arrays.
    """

    def __init__(self, arrays: ModelArrays, *, provenance: dict[str, Any] | None = None) -> None:
        self.labels = arrays.labels
        self.provenance: dict[str, Any] = dict(provenance or {})
        self._index = {term: position for position, term in enumerate(arrays.vocabulary)}
        self._idf = arrays.idf
        self._weights = arrays.weights.astype(np.float64)  # float64 once, not per call
        self._intercept = arrays.intercept

    @classmethod
    def load(cls) -> EventClassifier:
        """The packaged model; loaded on first call, then shared (thread-safe)."""
        with _LOCK:
            if not _LOADED:
                _LOADED.append(
                    cls.from_bytes(_packaged_bytes(), source=f"flashpoint.events.data/{MODEL_FILE}")
                )
            return _LOADED[0]

    @classmethod
    def from_file(cls, path: Path) -> EventClassifier:
        """A model written by ``tools/train_event_classifier.py`` (for instance one trained on your own data)."""
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ResourceError(
                f"cannot read event classifier {path}: {error}; check the path", code="E410"
            ) from error
        return cls.from_bytes(data, source=str(path))

    @classmethod
    def from_bytes(cls, data: bytes, *, source: str) -> EventClassifier:
        arrays, provenance = decode_model(data, source=source)
        return cls(arrays, provenance=provenance)

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        """For each text, every label with its probability, most probable first."""
        return [self._ranked(self.probabilities(text)) for text in texts]

    def predict_label(self, text: str, *, include_none: bool = True) -> tuple[str, float]:
        """The most probable label of one text; with ``include_none=False``, the best event label."""
        ranked = self._ranked(self.probabilities(text))
        if include_none:
            return ranked[0]
        return next(pair for pair in ranked if pair[0] != NONE_LABEL)

    def probabilities(self, text: str) -> npt.NDArray[np.float64]:
        """Class probabilities of one text, in :attr:`labels` order."""
        logits = self._intercept.astype(np.float64)
        indices, values = self._vector(text)
        if len(indices):
            logits = logits + values @ self._weights[indices]
        logits -= logits.max()
        exp = np.exp(logits)
        result: npt.NDArray[np.float64] = exp / exp.sum()
        return result

    def _vector(self, text: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        return tfidf_row(text_features(text), self._index, self._idf)

    def _ranked(self, probabilities: npt.NDArray[np.float64]) -> Prediction:
        order = np.argsort(-probabilities, kind="stable")
        return [(self.labels[i], float(probabilities[i])) for i in order]


_LOCK = threading.Lock()
_LOADED: list[EventClassifier] = []


def _packaged_bytes() -> bytes:
    try:
        return resources.files("flashpoint.events").joinpath("data", MODEL_FILE).read_bytes()
    except OSError as error:
        raise ResourceError(
            f"the packaged event classifier data/{MODEL_FILE} is missing: {error}; reinstall flashpoint or "
            "rebuild it with tools/train_event_classifier.py",
            code="E411",
        ) from error


def tfidf_row(
    counts: Counter[str],
    index: dict[str, int],
    idf: npt.NDArray[np.float32],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """One L2-normalised TF-IDF row (sublinear tf) as (column indices, values); the training script builds its
    matrix with this function too."""
    pairs = sorted(
        [(column, count) for term, count in counts.items() if (column := index.get(term)) is not None]
    )
    indices = np.array([p[0] for p in pairs], dtype=np.int64)
    tf = np.array([1.0 + math.log(p[1]) for p in pairs], dtype=np.float64)
    values = tf * idf[indices]
    norm = float(np.sqrt(values @ values))
    return indices, (values / norm if norm else values)


# --- the file format -------------------------------------------------------------------------------------


def encode_model(arrays: ModelArrays, provenance: dict[str, Any]) -> bytes:
    """The JSON file for a model: deterministic bytes for the same arrays and provenance."""
    scale = np.abs(arrays.weights).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    quantized = np.round(arrays.weights / scale).astype(np.int8)
    document = {
        "format": MODEL_FORMAT,
        "labels": list(arrays.labels),
        "char_ngrams": list(_CHAR_NGRAMS),
        "vocabulary": _pack("\n".join(arrays.vocabulary).encode("utf-8")),
        "idf": _pack(arrays.idf.astype("<f4").tobytes()),
        "weights_int8": _pack(quantized.tobytes()),
        "weights_scale": [float(s) for s in scale.astype(np.float32)],
        "intercept": [float(b) for b in arrays.intercept.astype(np.float32)],
        "provenance": provenance,
    }
    return (json.dumps(document, sort_keys=True, indent=1, ensure_ascii=True) + "\n").encode("ascii")


def decode_model(data: bytes, *, source: str) -> tuple[ModelArrays, dict[str, Any]]:
    try:
        document = json.loads(data)
        if document.get("format") != MODEL_FORMAT:
            raise ValueError(f"format {document.get('format')!r}, expected {MODEL_FORMAT!r}")
        return _arrays(document), dict(document.get("provenance", {}))
    except (ValueError, KeyError, TypeError, zlib.error) as error:
        raise ResourceError(
            f"event classifier {source} is not a valid model file ({error}); rebuild it with "
            "tools/train_event_classifier.py",
            code="E412",
        ) from error


def _arrays(document: dict[str, Any]) -> ModelArrays:
    if tuple(document["char_ngrams"]) != _CHAR_NGRAMS:
        raise ValueError(f"char n-grams {document['char_ngrams']} differ from this code's {_CHAR_NGRAMS}")
    labels = tuple(str(label) for label in document["labels"])
    vocabulary = tuple(_unpack(document["vocabulary"]).decode("utf-8").split("\n"))
    idf = np.frombuffer(_unpack(document["idf"]), dtype="<f4").astype(np.float32)
    quantized = np.frombuffer(_unpack(document["weights_int8"]), dtype=np.int8)
    scale = np.asarray(document["weights_scale"], dtype=np.float32)
    weights = quantized.reshape(len(vocabulary), len(labels)).astype(np.float32) * scale
    intercept = np.asarray(document["intercept"], dtype=np.float32)
    if len(idf) != len(vocabulary) or len(intercept) != len(labels):
        raise ValueError("array sizes do not match the vocabulary and labels")
    return ModelArrays(labels=labels, vocabulary=vocabulary, idf=idf, weights=weights, intercept=intercept)


def _pack(raw: bytes) -> str:
    return base64.b64encode(zlib.compress(raw, 9)).decode("ascii")


def _unpack(text: str) -> bytes:
    return zlib.decompress(base64.b64decode(text, validate=True))


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


__all__ = [
    "MODEL_FILE",
    "NONE_LABEL",
    "EventClassifier",
    "ModelArrays",
    "Prediction",
    "decode_model",
    "encode_model",
    "file_sha256",
    "normalise_text",
    "text_features",
    "tfidf_row",
]
