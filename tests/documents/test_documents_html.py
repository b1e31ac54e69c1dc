"""HTML extraction: boilerplate pages, malformed markup, titles, tables and the lxml fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.articles import InputFormat, iter_articles, read_text_source
from flashpoint.documents import Document, Rejected, RejectReason, build_document
from flashpoint.documents.html import body_text_lines, extract_html

FIXTURES = Path(__file__).parent / "fixtures"


def _document_from_fixture(name: str) -> Document:
    [article] = list(iter_articles([FIXTURES / name]))
    assert not isinstance(article, Exception) and getattr(article, "format", None) is InputFormat.HTML
    document = build_document(article)  # type: ignore[arg-type]
    assert isinstance(document, Document), document
    return document


def test_news_page_keeps_the_article_and_drops_the_page_furniture() -> None:
    document = _document_from_fixture("news_page.html")
    assert document.title == "Rocket strike kills five in Afrin"
    paragraphs = [document.text[s:e] for s, e in document.paragraphs]
    assert paragraphs[0] == "Rocket strike kills five in Afrin"
    assert paragraphs[1].startswith("Five civilians were killed and fifteen injured on Wednesday")
    assert "in the centre of Afrin" in paragraphs[1]  # the source line break is joined
    assert any(p.startswith("The strike was the deadliest") for p in paragraphs)
    for furniture in ("Subscribe", "Opinion", "cookies", "Most popular", "Great reporting", "First!",
                      "All rights reserved", "Privacy", "tracking", "Read more", "| Killed |"):  # fmt: skip
        assert furniture not in document.text, furniture
    kinds = {span.kind for span in document.removed}
    assert {"table", "navigation"} <= kinds


def test_malformed_page_does_not_crash_and_keeps_its_text() -> None:
    document = _document_from_fixture("malformed_page.html")
    assert document.title == "Clashes near Saraqib"
    assert "Fighting erupted near the town of Saraqib" in document.text
    assert "captured two checkpoints" in document.text
    assert "<" not in document.text


@pytest.mark.parametrize(
    "raw",
    [
        "<<<>>>",
        "<html></html>",
        "<html><frameset><frame src='a.html'></frameset></html>",
        "<html><body>\x00</body>",
    ],
    ids=["garbage", "empty-html", "frameset", "nul"],
)
def test_page_without_text_is_rejected_as_no_content(raw: str) -> None:
    result = build_document(read_text_source(raw, source="pages/empty.html", html=True))
    assert isinstance(result, Rejected)
    assert result.reason is RejectReason.NO_CONTENT
    assert result.detail == "the page has no readable main text; check the input or leave it out"


def test_title_comes_from_the_page_only_when_the_article_has_none() -> None:
    raw = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
    given = build_document(read_text_source(raw, source="p.html", title="Caller's title"))
    assert isinstance(given, Document) and given.title == "Caller's title"


def test_prose_table_cells_are_kept() -> None:
    prose = (
        "Residents said the shelling began shortly after dawn and continued for more than two hours, "
        "forcing dozens of families to flee towards the border."
    )
    raw = (
        "<html><body><article><h1>Shelling in Ariha</h1><p>Four people were killed when shells hit the "
        "centre of Ariha on Friday, according to the civil defence, which said the toll could rise.</p>"
        f"<table><tr><td>{prose}</td></tr></table></article></body></html>"
    )
    page = extract_html(raw)
    assert prose in page.paragraphs
    assert page.method == "trafilatura"


def test_fallback_reads_body_text_without_scripts_and_navigation() -> None:
    import lxml.html  # type: ignore[import-untyped, unused-ignore]

    tree = lxml.html.fromstring(
        "<html><body><nav>Home | World</nav><script>x=1</script><div>Shells hit <b>Ariha</b>."
        "<p>Two died.</p></div><footer>(c) Ledger</footer></body></html>"
    )
    assert body_text_lines(tree) == ("Shells hit Ariha.", "Two died.")


def test_text_that_trafilatura_discards_is_recovered_by_the_fallback() -> None:
    page = extract_html("<html><body><div class='footer-nav'>Two killed in Homs.</div></body></html>")
    assert page.paragraphs == ("Two killed in Homs.",)
    assert page.method == "lxml"
