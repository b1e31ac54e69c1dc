"""Boilerplate removal: every kind goes, news that merely shares a word with a notice stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.articles import read_text_source
from flashpoint.documents import Document, build_document
from flashpoint.documents.clean import (
    MAX_BOILERPLATE_WORDS,
    RULES,
    BoilerplateKind,
    classify_paragraph,
    remove_boilerplate,
)
from flashpoint.documents.normalize import split_paragraphs

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "corpus" / "southfront-isis-idlib.txt"

LEDE = (
    "Three civilians were killed on Monday when artillery shells struck a market in Maarat al-Numan, "
    "local medics said."
)
BODY = "The attack came a day after government forces advanced towards the town from the south."

BOILERPLATE = [
    ("Support Levant Monitor in its endeavours. Every contribution counts.", BoilerplateKind.DONATION),
    ("If you value this reporting, please support the project with a small gift.", BoilerplateKind.DONATION),
    ("PayPal: [email protected]", BoilerplateKind.DONATION),
    ("Back us on https://www.patreon.com/levantmonitor", BoilerplateKind.DONATION),
    ("Or give via https://levantmonitor.example/donate/ today.", BoilerplateKind.DONATION),
    ("Donate now and keep independent reporting alive.", BoilerplateKind.DONATION),
    ("Please click the share buttons above or below.", BoilerplateKind.SHARE_PROMPT),
    ("Forward this article to your email lists.", BoilerplateKind.SHARE_PROMPT),
    ("Crosspost on your blog site, internet forums. etc.", BoilerplateKind.SHARE_PROMPT),
    ("Share this article: Facebook | Twitter | WhatsApp", BoilerplateKind.SHARE_PROMPT),
    ("Articles by: Levant Monitor", BoilerplateKind.BYLINE),
    (
        "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
        BoilerplateKind.DISCLAIMER,
    ),
    ("The views expressed in this article are those of the author alone.", BoilerplateKind.DISCLAIMER),
    (
        "This site contains copyrighted material the use of which has not been authorized.",
        BoilerplateKind.COPYRIGHT,
    ),
    (
        'We make such material available under the provisions of "fair use" for research.',
        BoilerplateKind.COPYRIGHT,
    ),
    ("\u00a9 2020 Levant Monitor. All rights reserved.", BoilerplateKind.COPYRIGHT),
    ("Copyright 2020 Levant Monitor", BoilerplateKind.COPYRIGHT),
    ("[email\u00a0protected]", BoilerplateKind.EMAIL),
    ("Email: [email protected]", BoilerplateKind.EMAIL),
    ("For media inquiries: press@levantmonitor.example", BoilerplateKind.MEDIA_CONTACT),
    ("Subscribe to our newsletter for the latest updates.", BoilerplateKind.NEWSLETTER),
    ("Get the top stories delivered to your inbox.", BoilerplateKind.NEWSLETTER),
    ("Read more: Rebels shell Aleppo suburbs", BoilerplateKind.NAVIGATION),
    ("Related: Turkey sends reinforcements to Idlib", BoilerplateKind.NAVIGATION),
    ("Tags: Syria, Idlib, ceasefire", BoilerplateKind.NAVIGATION),
    ("Follow us on Telegram and Twitter", BoilerplateKind.SOCIAL),
    ("This website uses cookies to improve your experience.", BoilerplateKind.COOKIE),
    ("By continuing to browse you agree to our use of cookies.", BoilerplateKind.COOKIE),
    ("Accept all cookies", BoilerplateKind.COOKIE),
]

NEWS = [
    "The US promised additional measures to support Turkey in the Idlib question.",
    "Russia said it would support the Syrian army in its offensive on the town.",
    "The ministry said it would support the families of the victims, a spokesman told reporters.",
    "A copyright dispute between two broadcasters delayed the release of the footage.",
    "Related fighting was reported in the countryside of Hama, the monitor said.",
    "Residents were asked to share information about the missing men with the police.",
    "Donors pledged $2 billion to support refugees at the conference in Brussels.",
    "The group's Telegram channel claimed the attack, a claim that could not be verified.",
    "Follow-up strikes hit the same area an hour later, rescuers said.",
    "Disclaimers issued by the army were contradicted by footage from the scene.",
    "All rights groups condemned the strike.",
]


def _kinds(paragraphs: list[str]) -> list[str]:
    return [span.kind for span in remove_boilerplate(paragraphs).removed]


@pytest.mark.parametrize(
    ("paragraph", "kind"), BOILERPLATE, ids=[f"{k}-{i}" for i, (_, k) in enumerate(BOILERPLATE)]
)
def test_boilerplate_paragraph_is_removed_anywhere(paragraph: str, kind: BoilerplateKind) -> None:
    cleaned = remove_boilerplate([LEDE, paragraph, BODY])
    assert cleaned.paragraphs == (LEDE, BODY)
    assert [span.kind for span in cleaned.removed] == [kind]
    assert cleaned.removed[0].text == paragraph


@pytest.mark.parametrize("paragraph", NEWS, ids=[f"news-{i}" for i in range(len(NEWS))])
def test_news_that_shares_a_word_with_boilerplate_stays(paragraph: str) -> None:
    assert classify_paragraph(paragraph) is None
    assert remove_boilerplate([LEDE, paragraph, BODY]).paragraphs == (LEDE, paragraph, BODY)


def test_every_kind_of_the_brief_has_a_rule() -> None:
    kinds = {rule.kind for rule in RULES}
    brief = {"donation", "share_prompt", "byline", "disclaimer", "copyright", "email", "media_contact",
             "newsletter", "navigation", "social", "cookie"}  # fmt: skip
    assert brief <= kinds
    assert len({rule.name for rule in RULES}) == len(RULES)


def test_rules_without_needles_are_anchored() -> None:
    for rule in RULES:
        assert rule.needles or rule.pattern.pattern.startswith("^"), rule.name


def test_separator_followed_by_boilerplate_ends_the_article() -> None:
    paragraphs = [LEDE, BODY, "*", "Note to readers: please share.", "A long unmatched notice follows here."]
    cleaned = remove_boilerplate(paragraphs)
    assert cleaned.paragraphs == (LEDE, BODY)
    assert _kinds(paragraphs) == ["separator", "share_prompt", "footer"]


def test_separator_followed_by_news_only_loses_the_separator() -> None:
    assert remove_boilerplate([LEDE, "* * *", BODY]).paragraphs == (LEDE, BODY)


def test_separator_before_any_content_does_not_cut() -> None:
    cleaned = remove_boilerplate(["***", "Disclaimer: satire.", LEDE, BODY])
    assert cleaned.paragraphs == (LEDE, BODY)


def test_trailing_block_takes_short_lines_with_it() -> None:
    paragraphs = [
        LEDE,
        BODY,
        "Support Levant Monitor in its endeavors.",
        "Levant Monitor",
        "levantmonitor.example",
    ]
    cleaned = remove_boilerplate(paragraphs)
    assert cleaned.paragraphs == (LEDE, BODY)
    assert _kinds(paragraphs) == ["donation", "footer", "footer"]


def test_short_lines_before_the_news_end_are_kept() -> None:
    paragraphs = [LEDE, "Background", BODY]
    assert remove_boilerplate(paragraphs).paragraphs == (LEDE, "Background", BODY)


def test_inline_email_placeholder_is_cut_from_news() -> None:
    cleaned = remove_boilerplate([LEDE, "Witnesses wrote to [email protected] with photos of the damage."])
    assert cleaned.paragraphs[1] == "Witnesses wrote to with photos of the damage."
    assert [span.kind for span in cleaned.removed] == ["email"]


def test_long_paragraph_is_never_boilerplate() -> None:
    single = " ".join([LEDE] * 20) + " All rights reserved. Contains copyrighted material."
    assert single.count(" ") + 1 > MAX_BOILERPLATE_WORDS
    assert remove_boilerplate([single]).paragraphs == (single,)


@pytest.mark.needs_shared
def test_seed_article_keeps_its_news_and_loses_everything_after_the_star() -> None:
    if not SEED.is_file():
        pytest.skip(f"seed corpus not found at {SEED} (../shared is absent)")
    raw = SEED.read_text(encoding="utf-8")
    news_blocks = [block.strip() for block in raw.split("\n*\n")[0].split("\n\n") if block.strip()]
    document = build_document(read_text_source(raw, source=str(SEED)))
    assert isinstance(document, Document)
    kept = [document.text[start:end] for start, end in document.paragraphs]
    assert kept == news_blocks  # the headline line and every news paragraph, unchanged
    assert kept[0].startswith("Video: ISIS Threat Revives in Eastern Syria.")
    assert any("additional measures\u201d to support Turkey" in paragraph for paragraph in kept)
    assert [span.kind for span in document.removed] == [
        "separator", "share_prompt", "donation", "byline", "disclaimer", "copyright", "media_contact",
    ]  # fmt: skip
    for phrase in ("share buttons", "PayPal", "Articles by", "Disclaimer", "fair use", "media inquiries"):
        assert phrase not in document.text


def test_split_then_clean_keeps_offsets_free_of_removed_text() -> None:
    raw = f"Headline\n\n{LEDE}\n\nFollow us on Twitter\n\n{BODY}\n"
    cleaned = remove_boilerplate(split_paragraphs(raw))
    assert cleaned.paragraphs == ("Headline", LEDE, BODY)
