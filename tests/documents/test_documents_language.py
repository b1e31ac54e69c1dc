"""Language identification: English kept (short headlines included), other languages rejected."""

from __future__ import annotations

import pytest

from flashpoint.articles import read_text_source
from flashpoint.documents import Rejected, RejectReason, build_document
from flashpoint.documents.language import detect_language, language_identifier

FRENCH = (
    "Trois civils ont été tués lundi dans un bombardement de l\u2019artillerie sur un marché de Maarat "
    "al-Numan, selon des sources médicales locales. L\u2019attaque survient un jour après l\u2019avancée des "
    "forces gouvernementales vers la ville depuis le sud, d\u2019après une organisation de surveillance."
)
ARABIC = (
    "قتل ثلاثة مدنيين يوم الاثنين عندما سقطت قذائف مدفعية على سوق في معرة النعمان، "
    "بحسب مصادر طبية محلية. وجاء الهجوم بعد يوم من تقدم القوات الحكومية نحو المدينة من الجنوب."
)
SPANISH = (
    "Al menos cinco civiles murieron el lunes en un ataque con cohetes contra la ciudad de Afrin, "
    "según fuentes locales, que atribuyeron el ataque a milicias kurdas."
)
GERMAN = (
    "Mindestens fünf Zivilisten sind am Montag bei einem Raketenangriff auf die Stadt Afrin getötet "
    "worden, berichteten örtliche Quellen."
)
ENGLISH = (
    "Three civilians were killed on Monday when artillery shells struck a market in Maarat al-Numan, "
    "local medics said. The attack came a day after government forces advanced towards the town."
)

ENGLISH_HEADLINES = [
    "Three killed in Idlib shelling",
    "ISIS attack near al-Sukhna",
    "Al-Omar killed in Jisr al-Shughur",
    "Air strikes kill dozens inside Syria de-escalation zone",
    "Syrian Army Kills Top Terrorist Commander in Daraa Province",
    "Kurdish-Led Forces Eliminate 12 Daesh Militants Near Al Tabqah in Northern Syria",
    "Bombardment targets Khan Shekhon, Quneitra and Dahya al-Assad",
    "Unknown militiamen assassinate 10 members of Fateh al-Sham front",
    "Caf\u00e9 attack in Z\u00fcrich kills two",
    "June 13th 2017: \u0627\u0644\u0645\u0646\u062a\u0641\u0639\u0629 Al Muntafa neighbourhood in Boqrus, "
    "Deir Ezzor governorate, Syria",
    "the guerrillas attacked the farm near the town, the army said.",
]

OTHER = [
    (FRENCH, "fr"),
    (ARABIC, "ar"),
    (SPANISH, "es"),
    (GERMAN, "de"),
    ("Trois civils tu\u00e9s \u00e0 Idlib", "fr"),
    ("\u0645\u0642\u062a\u0644 \u062b\u0644\u0627\u062b\u0629 \u0645\u062f\u0646\u064a\u064a\u0646", "ar"),
    ("Trois civils tues pres de Homs", "fr"),
    ("Пять мирных жителей погибли в результате ракетного удара по Африну", "ru"),
]


@pytest.mark.parametrize("text", [ENGLISH, *ENGLISH_HEADLINES], ids=lambda t: t[:30])
def test_english_is_kept(text: str) -> None:
    guess = detect_language(text)
    assert guess.is_english, guess


@pytest.mark.parametrize(
    ("text", "language"), OTHER, ids=[f"{code}-{i}" for i, (_, code) in enumerate(OTHER)]
)
def test_other_languages_are_recognised(text: str, language: str) -> None:
    guess = detect_language(text)
    assert not guess.is_english
    dialects = {"ar": {"ar", "ary", "arz"}}  # the model also knows Moroccan and Egyptian Arabic
    assert guess.language in dialects.get(language, {language})


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (ARABIC, "ar")], ids=["french", "arabic"])
def test_build_document_rejects_non_english_with_an_actionable_detail(text: str, code: str) -> None:
    result = build_document(read_text_source(text, source="wire/item-9.txt", id="item-9"))
    assert isinstance(result, Rejected)
    assert result.reason is RejectReason.NOT_ENGLISH
    assert (result.item_id, result.source) == ("item-9", "wire/item-9.txt")
    assert result.detail.startswith(f"detected language '{code}' (p=")
    assert "translate the article or leave it out" in result.detail and "\n" not in result.detail


def test_english_body_with_a_french_headline_is_english() -> None:
    text = "Trois civils tu\u00e9s \u00e0 Idlib\n\n" + ENGLISH
    assert detect_language(text).is_english


def test_identifier_is_loaded_once() -> None:
    assert language_identifier() is language_identifier()
