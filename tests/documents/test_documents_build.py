"""build_document end to end: ids, metadata, offsets, rejections and speed."""

from __future__ import annotations

import time
from datetime import date

import pytest

import flashpoint.documents as documents_pkg
from flashpoint.articles import read_text_source
from flashpoint.documents import Document, Rejected, RejectReason, build_document, document_id, preload

REPORT = """Rocket strike kills five in Afrin

Five civilians were killed and 15 others injured in a rocket strike on the city of Afrin on March 18.  \
Pro-Turkish sources say that the rockets were launched by Kurdish fighters.

Gen. Ahmed Khalil, a commander of the Turkish-backed forces, said 3.5 tonnes of explosives were found. \
\u201cWe will respond. They will pay,\u201d he told reporters.

Support The Levant Ledger in its endeavours. PayPal: [email protected]

Articles by: The Levant Ledger
"""


def _document(text: str = REPORT, **kwargs: object) -> Document:
    result = build_document(read_text_source(text, source="wire/afrin.txt", **kwargs))  # type: ignore[arg-type]
    assert isinstance(result, Document), result
    return result


def test_document_carries_ids_and_metadata_from_the_article() -> None:
    article = read_text_source(
        REPORT, source="wire/afrin.txt", id="afrin-1", published=date(2020, 3, 18), url="https://x.example/a",
        title="Rocket strike", outlet="The Levant Ledger",
    )  # fmt: skip
    document = build_document(article)
    assert isinstance(document, Document)
    assert document.id == f"doc-{article.content_hash[:16]}" == document_id(article)
    assert document.article_id == "afrin-1"
    assert (document.title, document.published, document.outlet, document.url) == (
        "Rocket strike", date(2020, 3, 18), "The Levant Ledger", "https://x.example/a",
    )  # fmt: skip
    assert document.language == "en"


def test_plain_text_gets_no_guessed_title() -> None:
    assert _document().title is None


def test_text_paragraphs_and_sentences_line_up() -> None:
    document = _document()
    paragraphs = [document.text[s:e] for s, e in document.paragraphs]
    assert paragraphs[0] == "Rocket strike kills five in Afrin"
    assert len(paragraphs) == 3
    assert "\n\n".join(paragraphs) == document.text
    assert "  " not in document.text  # whitespace runs collapsed
    sentences = [document.sentence_text(i) for i in range(len(document.sentences))]
    assert sentences == [
        "Rocket strike kills five in Afrin",
        "Five civilians were killed and 15 others injured in a rocket strike on the city of Afrin "
        "on March 18.",
        "Pro-Turkish sources say that the rockets were launched by Kurdish fighters.",
        "Gen. Ahmed Khalil, a commander of the Turkish-backed forces, said 3.5 tonnes of explosives "
        "were found.",
        "\u201cWe will respond. They will pay,\u201d he told reporters.",
    ]
    assert [s.paragraph for s in document.sentences] == [0, 1, 1, 2, 2]
    assert [span.kind for span in document.removed] == ["donation", "byline"]


def test_same_text_gives_the_same_document_id() -> None:
    first = _document()
    second = _document(REPORT.replace("\n", "\r\n"))
    assert first.id == second.id
    assert first.id != _document(REPORT + "\nOne more line.").id


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("", "the text is empty; check the input or leave it out"),
        ("   \n\n  ", "the text is empty; check the input or leave it out"),
        (
            "Follow us on Twitter\n\nSubscribe to our newsletter",
            "only boilerplate (notices, share prompts, links) is left after cleaning; "
            "ingest the article text itself",
        ),
    ],
    ids=["empty", "blank", "only-boilerplate"],
)
def test_no_content_is_rejected(text: str, detail: str) -> None:
    result = build_document(read_text_source(text, source="wire/x.txt", id="x"))
    assert isinstance(result, Rejected)
    assert (result.reason, result.item_id, result.source, result.detail) == (
        RejectReason.NO_CONTENT, "x", "wire/x.txt", detail,
    )  # fmt: skip


def test_build_document_speed_on_3kb_articles() -> None:
    base = "\n\n".join([REPORT.split("\n\nSupport")[0]] * 6)[:3000]
    articles = [read_text_source(f"{base} Report {i}.", source=f"mem:{i}") for i in range(300)]
    build_document(articles[0])  # loads the language model once
    start = time.perf_counter()
    results = [build_document(article) for article in articles]
    rate = len(articles) / (time.perf_counter() - start)
    assert all(isinstance(result, Document) for result in results)
    assert rate > 250, f"{rate:.0f} articles/s"  # about 1,000/s on the 2-core dev box; loose for CI noise


def test_public_api_is_exported() -> None:
    assert set(documents_pkg.__all__) == {
        "Document", "RejectReason", "Rejected", "RemovedSpan", "Sentence", "build_document", "document_id",
        "preload",
    }  # fmt: skip
    assert all(hasattr(documents_pkg, name) for name in documents_pkg.__all__)


def test_preload_loads_the_language_model_once() -> None:
    from flashpoint.documents.language import language_identifier

    preload()
    preload()
    assert language_identifier.cache_info().currsize == 1
