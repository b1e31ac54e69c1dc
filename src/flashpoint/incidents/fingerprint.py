"""Near-duplicate reports (reposts, syndication, lightly edited copies) with MinHash (``datasketch``).

A text's fingerprint is a MinHash signature over word shingles, cut into LSH bands. Two texts sharing a
band are candidates; a candidate is a near duplicate when the signatures' estimated Jaccard similarity
reaches :data:`DUPLICATE_THRESHOLD`. Band keys are plain strings so a store can index them and answer
"which stored articles share a band with this one" without loading every signature.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS  # 4 rows per band: LSH candidates from a Jaccard of ~0.42 ((1/32) ** (1/4))
SHINGLE = 3  # words per shingle
# Calibrated on FA-KES dev (156 articles, 12,090 pairs): every pair of distinct stories scores <= 0.2
# (11,994 score 0.0), while its 4 syndicated or repeated articles score 0.9-1.0; on the project-written
# pairs in tests/incidents a repost with a dateline and footer scores 0.90 and a light edit 0.86. 0.6
# sits well inside the gap.
DUPLICATE_THRESHOLD = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 7
_SCHEME = "affine32"  # datasketch's default scheme, named so precomputed permutations can be passed


@dataclass(frozen=True, slots=True, kw_only=True)
class Fingerprint:
    signature: tuple[int, ...]  # NUM_PERM unsigned 32-bit hash values
    bands: tuple[str, ...]  # BANDS band keys "index:hex"

    def to_bytes(self) -> bytes:
        return np.asarray(self.signature, dtype=np.uint32).tobytes()


def fingerprint_text(text: str) -> Fingerprint:
    """The MinHash fingerprint of ``text`` (case, punctuation and spacing ignored)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, permutations=_permutations())
    minhash.update_batch([s.encode("utf-8") for s in _shingles(text)])
    values = tuple(int(v) for v in minhash.hashvalues)
    return Fingerprint(signature=values, bands=band_keys(values))


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The seeded permutation parameters, drawn once (datasketch would redraw them per MinHash)."""
    a, b = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations
    return a, b


def _shingles(text: str) -> list[str]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) <= SHINGLE:
        return [" ".join(words)] if words else [""]
    return [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def band_keys(signature: tuple[int, ...]) -> tuple[str, ...]:
    return tuple(
        f"{band}:" + "".join(f"{v:08x}" for v in signature[band * ROWS : (band + 1) * ROWS])
        for band in range(BANDS)
    )


def fingerprint_from_bytes(raw: bytes) -> Fingerprint:
    values = tuple(int(v) for v in np.frombuffer(raw, dtype=np.uint32))
    return Fingerprint(signature=values, bands=band_keys(values))


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    same = sum(1 for x, y in zip(a.signature, b.signature, strict=True) if x == y)
    return same / NUM_PERM


def best_duplicate(
    fingerprint: Fingerprint, candidates: Iterable[tuple[str, Fingerprint]]
) -> tuple[str, float] | None:
    """The most similar candidate ``(id, similarity)`` at or above the threshold, or None."""
    scored = [(ident, similarity(fingerprint, other)) for ident, other in candidates]
    passing = [pair for pair in scored if pair[1] >= DUPLICATE_THRESHOLD]
    return max(passing, key=lambda pair: (pair[1], pair[0])) if passing else None


class DuplicateIndex:
    """An in-memory LSH index (for batch runs and evaluation; the store indexes bands itself)."""

    __slots__ = ("_by_band", "_prints")

    def __init__(self) -> None:
        self._by_band: dict[str, list[str]] = {}
        self._prints: dict[str, Fingerprint] = {}

    def add(self, ident: str, fingerprint: Fingerprint) -> None:
        self._prints[ident] = fingerprint
        for key in fingerprint.bands:
            self._by_band.setdefault(key, []).append(ident)

    def find(self, fingerprint: Fingerprint) -> tuple[str, float] | None:
        ids = dict.fromkeys(i for key in fingerprint.bands for i in self._by_band.get(key, ()))
        return best_duplicate(fingerprint, ((i, self._prints[i]) for i in ids))


__all__ = [
    "BANDS",
    "DUPLICATE_THRESHOLD",
    "NUM_PERM",
    "DuplicateIndex",
    "Fingerprint",
    "band_keys",
    "best_duplicate",
    "fingerprint_from_bytes",
    "fingerprint_text",
    "similarity",
]
