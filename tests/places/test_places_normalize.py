from __future__ import annotations

import pytest

from flashpoint.places.normalize import fold_ascii, place_key, skeleton_key, strip_admin_words

SAME_PLACE = [
    ("al-Sukhna", "As Sukhnah"),
    ("al-Sukhna", "Es Sukhne"),
    ("Jisr al-Shughur", "Jisr ash Shughur"),
    ("Jisr al-Shughur", "Jisr ash-Shughour"),
    ("Deir Ezzor", "Deir ez-Zor"),
    ("Maarat al-Numan", "Ma`arrat an Nu`man"),
    ("Afrin", "\u2018Afr\u012bn"),
    ("Khan Shaykhun", "Khan Sheikhoun"),
    ("Qamishli", "Kamishli"),
    ("Beirut", "Bayrut"),
    ("Raqqa", "Ar Raqqah"),
    ("Al-Hasakah", "Al Hasakeh"),
    ("Djisr", "Jisr"),
    ("Kafr Nabl", "Kafrnabl"),
    ("Tall Rifaat", "Tal Rifat"),
]


@pytest.mark.parametrize(("written", "gazetteer"), SAME_PLACE, ids=[f"{a}={b}" for a, b in SAME_PLACE])
def test_place_key_folds_transliterations_together(written: str, gazetteer: str) -> None:
    assert place_key(written) == place_key(gazetteer)
    assert place_key(written)


DIFFERENT_PLACES = [("Homs", "Hama"), ("Idlib", "Aleppo"), ("Tripoli", "Tripolis"), ("Mayorsk", "Morske")]


@pytest.mark.parametrize(("one", "other"), DIFFERENT_PLACES, ids=[f"{a}!={b}" for a, b in DIFFERENT_PLACES])
def test_place_key_keeps_different_names_apart(one: str, other: str) -> None:
    assert place_key(one) != place_key(other)
    assert skeleton_key(place_key(one)) != skeleton_key(place_key(other))


VOWEL_VARIANTS = [("Idlib", "Idleb"), ("Saraqib", "Saraqeb"), ("Homs", "Hims"), ("Rajouri", "Rajaori")]


@pytest.mark.parametrize(("one", "other"), VOWEL_VARIANTS, ids=[f"{a}~{b}" for a, b in VOWEL_VARIANTS])
def test_skeleton_key_meets_vowel_variants(one: str, other: str) -> None:
    assert place_key(one) != place_key(other)
    assert skeleton_key(place_key(one)) == skeleton_key(place_key(other))


def test_arabic_script_folds_hamza_ta_marbuta_and_article() -> None:
    assert place_key("\u0627\u0644\u0633\u062e\u0646\u0629") == place_key("\u0633\u062e\u0646\u0647")
    assert place_key("\u0625\u062f\u0644\u0628") == place_key("\u0627\u062f\u0644\u0628")


def test_other_scripts_and_empty_names_have_no_key() -> None:
    assert place_key("\u0425\u043e\u043c\u0441") == ""
    assert place_key(" - ") == ""
    assert skeleton_key("ab") == ""


def test_a_lone_article_is_kept_as_the_name() -> None:
    assert place_key("As") == "as"


@pytest.mark.parametrize(
    ("raw", "stripped"),
    [
        ("Muhafazat al Hudaydah", "Al Hudaydah"),
        ("Salah ad Din Governorate", "Salah ad Din"),
        ("Gadabay Rayon", "Gadabay"),
        ("Homs", "Homs"),
        ("Province", "Province"),
    ],
    ids=["prefix", "suffix", "rayon", "plain", "nothing-left"],
)
def test_strip_admin_words(raw: str, stripped: str) -> None:
    assert strip_admin_words(raw) == stripped


def test_fold_ascii_keeps_word_boundaries() -> None:
    assert fold_ascii("Jisr ash-Shugh\u016br") == "jisr ash shughur"
