"""Extended B-cubed (Amigó et al. 2009) as used by the incident benchmarks."""

from __future__ import annotations

import pytest

from flashpoint.eval.incidents import bcubed


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ({1: {"a"}, 2: {"a"}, 3: {"b"}}, {1: {"x"}, 2: {"x"}, 3: {"y"}}, (1.0, 1.0)),
        ({1: {"a"}, 2: {"b"}}, {1: {"x"}, 2: {"x"}}, (1.0, 0.5)),
        ({1: {"a"}, 2: {"a"}}, {1: {"x"}, 2: {"y"}}, (0.5, 1.0)),
        # a report feeding two gold events, placed in one incident: recall halves for it
        ({1: {"a"}}, {1: {"x", "y"}}, (1.0, 0.5)),
        ({1: {"a", "b"}}, {1: {"x", "y"}}, (1.0, 1.0)),
    ],
    ids=["perfect", "split", "merged", "multi-gold-one-cluster", "multi-gold-two-clusters"],
)
def test_bcubed(
    predicted: dict[int, set[str]], gold: dict[int, set[str]], expected: tuple[float, float]
) -> None:
    score = bcubed(predicted, gold)
    assert (score.precision, score.recall) == pytest.approx(expected)
    assert score.items == len(gold)
