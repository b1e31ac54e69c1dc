"""HTML page -> main text and title, with trafilatura's boilerplate removal and an lxml fallback.

trafilatura keeps the article body without navigation, comments or footers and gives one paragraph a line.
Tables are kept only where a cell is prose (a layout table that holds the article); data tables go.
When trafilatura finds nothing (a short or malformed page), the text of ``<body>`` is taken with lxml
after dropping scripts, navigation, headers, footers and forms. Nothing here raises on bad HTML: at worst
the result is empty, and ``build_document`` rejects the item as having no content.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Any

import lxml.etree  # type: ignore[import-untyped, unused-ignore]
import lxml.html  # type: ignore[import-untyped, unused-ignore]

from flashpoint.documents.clean import BoilerplateKind
from flashpoint.documents.model import RemovedSpan
from flashpoint.documents.normalize import join_broken_lines, normalize_line

logger = logging.getLogger(__name__)

PROSE_CELL_WORDS = 12
"""A table cell of at least this many words that ends like a sentence is prose and is kept."""

_NON_CONTENT_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "nav", "header", "footer", "aside", "form",
    "button", "select", "head",
)  # fmt: skip
_BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "table",
    "section", "article", "blockquote", "pre", "dd", "dt", "figcaption",
})  # fmt: skip
_TABLE_ROW = re.compile(r"^\|.*\|\s*$")
_HTML_ERRORS = (ValueError, TypeError, lxml.etree.LxmlError)


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlText:
    """The page's main text as paragraphs (one a line), its title, and what was dropped from it."""

    paragraphs: tuple[str, ...]
    title: str | None
    method: str  # "trafilatura", "lxml" (fallback) or "none"
    removed: tuple[RemovedSpan, ...] = ()
    published: date | None = None  # from the page's metadata (article:published_time, JSON-LD, ...)


def extract_html(raw: str) -> HtmlText:
    """Main text and title of an HTML page; never raises on malformed markup."""
    tree = _parse(raw)
    if tree is None:
        return HtmlText(paragraphs=(), title=None, method="none")
    title, published = page_title(tree), page_published(tree)
    lines = _trafilatura_lines(tree)
    if lines:
        paragraphs, removed = _drop_data_tables(lines)
        if paragraphs:
            return HtmlText(
                paragraphs=paragraphs, title=title, method="trafilatura", removed=removed, published=published
            )
    fallback = body_text_lines(tree)
    return HtmlText(
        paragraphs=fallback, title=title, method="lxml" if fallback else "none", published=published
    )


def page_published(tree: lxml.html.HtmlElement) -> date | None:
    """The publication date the page's metadata declares; no guessing from the body text."""
    from htmldate import find_date  # trafilatura's own date library, imported lazily like trafilatura

    try:
        found = find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except _HTML_ERRORS as error:
        logger.debug("htmldate could not read the page's date: %s", error)
        return None
    return date.fromisoformat(found) if isinstance(found, str) else None


def preload_html_extractor() -> None:
    """Import trafilatura now (e.g. before forking workers) instead of on the first HTML page."""
    _trafilatura()


@functools.cache
def _trafilatura() -> ModuleType:
    """trafilatura, imported on first use: it takes ~0.4 s and importing the documents package must not."""
    import trafilatura
    import trafilatura.metadata

    return trafilatura


def _parse(raw: str) -> lxml.html.HtmlElement | None:
    try:
        tree = _trafilatura().load_html(raw)
    except _HTML_ERRORS as error:
        logger.debug("cannot parse HTML: %s", error)
        return None
    return tree if isinstance(tree, lxml.html.HtmlElement) else None


def page_title(tree: lxml.html.HtmlElement) -> str | None:
    """The page title as trafilatura's metadata sees it (site name trimmed), else the ``<title>`` text."""
    try:
        title = _trafilatura().metadata.extract_title(tree)
    except _HTML_ERRORS as error:
        logger.debug("trafilatura could not read the title: %s", error)
        title = None
    if not title:
        title = tree.findtext(".//title")
    if not isinstance(title, str):
        return None
    return normalize_line(title) or None


def _trafilatura_lines(tree: lxml.html.HtmlElement) -> list[str]:
    try:
        result: Any = _trafilatura().bare_extraction(
            tree, include_comments=False, include_tables=True, with_metadata=False
        )
    except _HTML_ERRORS as error:
        logger.debug("trafilatura failed: %s", error)
        return []
    text = getattr(result, "text", None) if result is not None else None
    if not isinstance(text, str):
        return []
    return join_broken_lines([line for line in map(normalize_line, text.split("\n")) if line])


def _drop_data_tables(lines: list[str]) -> tuple[tuple[str, ...], tuple[RemovedSpan, ...]]:
    """Keep prose cells of table rows (``| a | b |`` lines), drop the rest as ``table`` spans."""
    kept: list[str] = []
    removed: list[RemovedSpan] = []
    for line in lines:
        if not _TABLE_ROW.match(line):
            kept.append(line)
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        prose = [cell for cell in cells if _is_prose(cell)]
        kept.extend(prose)
        if len(prose) < len([cell for cell in cells if cell]):
            removed.append(RemovedSpan(kind=BoilerplateKind.TABLE, text=line))
    return tuple(kept), tuple(removed)


def _is_prose(cell: str) -> bool:
    return cell.count(" ") + 1 >= PROSE_CELL_WORDS and cell.endswith((".", "!", "?", '"', "”"))


def body_text_lines(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    """Lines of text under ``<body>`` (or the whole page) without scripts, navigation, headers and footers.

    The tree is read, never modified: lxml refuses to store text with control characters that a broken
    page may well hold.
    """
    body = tree.find(".//body")
    text = "".join(_text_with_breaks(body if body is not None else tree))
    return tuple(join_broken_lines([line for line in map(normalize_line, text.split("\n")) if line]))


def _text_with_breaks(element: Any) -> Iterator[str]:
    """The text under ``element`` with a line break around every block element (depth-first, iterative)."""
    stack: list[Any] = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
            continue
        tag = item.tag.lower() if isinstance(item.tag, str) else ""
        if item.tail:
            stack.append(item.tail)
        if not tag or tag in _NON_CONTENT_TAGS:  # comments, processing instructions, scripts, navigation
            continue
        block = tag in _BLOCK_TAGS
        if block:
            stack.append("\n")
        stack.extend(reversed(list(item)))
        if item.text:
            stack.append(item.text)
        if block:
            stack.append("\n")


__all__ = [
    "PROSE_CELL_WORDS",
    "HtmlText",
    "body_text_lines",
    "extract_html",
    "page_title",
    "preload_html_extractor",
]
