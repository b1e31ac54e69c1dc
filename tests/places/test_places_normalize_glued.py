"""A sun-letter article glued to the next word, its doubled letter written once or twice."""

from __future__ import annotations

import pytest

from flashpoint.places.normalize import place_key


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Deir Ezour", "Deir ez-Zour"),
        ("Deir Ezzour", "Deir ez-Zour"),
        ("Tell Esalam", "Tell es-Salam"),
    ],
    ids=["single-letter", "doubled-letter", "single-s"],
)
def test_a_glued_article_folds_like_the_separate_one(written: str, listed: str) -> None:
    assert place_key(written) == place_key(listed)


@pytest.mark.parametrize(
    ("name", "other"),
    [("Tell Ebla", "Tell Bla"), ("Ras Elain", "Ras Lain"), ("Ezour", "Zour")],
    ids=["moon-letter", "l-not-folded", "first-word-kept"],
)
def test_other_words_keep_their_first_letter(name: str, other: str) -> None:
    assert place_key(name) != place_key(other)


def test_the_french_spelling_of_the_article_is_dropped() -> None:
    assert place_key("Jisr ech-Choughour") == place_key("Jisr ash-Shughur")
