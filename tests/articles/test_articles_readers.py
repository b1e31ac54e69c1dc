"""Readers: every input format, every ReadFailure reason, stable ids and content hashes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import flashpoint.articles as articles_pkg
from flashpoint.articles import (
    Article,
    FailureReason,
    InputFormat,
    ReadFailure,
    content_hash,
    iter_articles,
    read_text_source,
)

REPORT = (
    "Two killed in shelling of Kafr Nabl\n\n"
    "Two civilians were killed on Sunday when artillery shells hit a bakery in Kafr Nabl, "
    "a local rescue team said.\n"
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Shelling in Kafr Nabl</title></head><body>"
    "<p>Two civilians were killed on Sunday when artillery shells hit a bakery.</p></body></html>"
)


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _read(*paths: Path, max_bytes: int = 10_000_000) -> list[Article | ReadFailure]:
    return list(iter_articles(list(paths), max_bytes=max_bytes))


def _only_article(items: list[Article | ReadFailure]) -> Article:
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, Article), item
    return item


def _only_failure(items: list[Article | ReadFailure]) -> ReadFailure:
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, ReadFailure), item
    return item


# --- formats ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".text", ".md"], ids=["txt", "text", "md"])
def test_plain_text_file_is_one_text_article(tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path / f"report{suffix}", REPORT)
    article = _only_article(_read(path))
    assert article.format is InputFormat.TEXT
    assert article.raw == REPORT
    assert article.source == path.as_posix()
    assert article.title is None  # plain text: the title is not guessed
    assert article.content_hash == content_hash(REPORT)


@pytest.mark.parametrize("suffix", [".html", ".htm"], ids=["html", "htm"])
def test_html_file_by_extension(tmp_path: Path, suffix: str) -> None:
    article = _only_article(_read(_write(tmp_path / f"page{suffix}", "<p>Clashes near Saraqib.</p>")))
    assert article.format is InputFormat.HTML


@pytest.mark.parametrize(
    "content",
    [
        PAGE,
        "  \n<html lang='en'><body><p>x</p></body></html>",
        "<?xml version='1.0'?>\n<!-- c --><html></html>",
    ],
    ids=["doctype", "html-tag", "xml-prolog-and-comment"],
)
def test_html_detected_by_sniffing_a_txt_file(tmp_path: Path, content: str) -> None:
    article = _only_article(_read(_write(tmp_path / "saved.txt", content)))
    assert article.format is InputFormat.HTML


def test_text_mentioning_html_is_not_html(tmp_path: Path) -> None:
    article = _only_article(_read(_write(tmp_path / "note.txt", "The <html> tag was found on the page.")))
    assert article.format is InputFormat.TEXT


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    article = _only_article(_read(_write(tmp_path / "bom.txt", "\ufeffClashes in Daraa.".encode())))
    assert article.raw == "Clashes in Daraa."


def test_jsonl_lines_become_articles_with_fields(tmp_path: Path) -> None:
    lines = [
        {"id": "r-1", "text": "Clashes in Daraa.", "url": "https://example.org/1", "title": "Daraa",
         "published": "2020-03-18", "outlet": "Example Wire", "country": " Syria "},
        {"html": PAGE, "published": "2020-03-19T08:30:00+02:00"},
        {"id": 42, "text": "An airstrike hit Ariha."},
    ]  # fmt: skip
    path = _write(tmp_path / "feed.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n\n")
    first, second, third = _read(path)
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert (first.id, first.url, first.title, first.outlet) == (
        "r-1",
        "https://example.org/1",
        "Daraa",
        "Example Wire",
    )
    assert first.published == date(2020, 3, 18)
    assert (first.country, second.country) == ("Syria", None)
    assert first.source == f"{path.as_posix()}:1"
    assert second.format is InputFormat.HTML and second.published == date(2020, 3, 19)
    assert second.source == f"{path.as_posix()}:2"
    assert len(second.id) == 16 and second.id != first.id  # derived from path:line
    assert third.id == "42"


def test_ndjson_suffix_is_jsonl(tmp_path: Path) -> None:
    article = _only_article(_read(_write(tmp_path / "feed.ndjson", json.dumps({"text": "Clashes in Homs."}))))
    assert article.raw == "Clashes in Homs."


def test_jsonl_prefers_text_over_html(tmp_path: Path) -> None:
    line = json.dumps({"text": "Clean text of the report.", "html": PAGE})
    article = _only_article(_read(_write(tmp_path / "feed.jsonl", line)))
    assert article.format is InputFormat.TEXT and article.raw == "Clean text of the report."


def test_directory_walk_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "Report b.")
    _write(tmp_path / "a" / "z.md", "Report a/z.")
    _write(tmp_path / "a" / "feed.jsonl", json.dumps({"text": "Report a/feed."}))
    _write(tmp_path / ".hidden.txt", "hidden")
    _write(tmp_path / ".git" / "c.txt", "hidden folder")
    _write(tmp_path / "image.png", b"\x89PNG\r\n")
    _write(tmp_path / "notes.csv", "a,b")
    raws = [item.raw for item in _read(tmp_path) if isinstance(item, Article)]
    assert raws == ["Report a/feed.", "Report a/z.", "Report b."]


def test_explicit_file_is_read_whatever_its_suffix(tmp_path: Path) -> None:
    article = _only_article(_read(_write(tmp_path / "report.log", "Clashes in Daraa.")))
    assert article.format is InputFormat.TEXT


def test_read_text_source_sniffs_html_and_keeps_metadata() -> None:
    article = read_text_source(
        PAGE, source="api:7", id="x-7", published=date(2020, 3, 1), url="u", title="t", outlet="o"
    )
    assert article.format is InputFormat.HTML
    assert (article.id, article.source, article.url, article.title, article.outlet) == (
        "x-7",
        "api:7",
        "u",
        "t",
        "o",
    )
    assert article.published == date(2020, 3, 1)
    assert read_text_source(PAGE, source="api:8", html=False).format is InputFormat.TEXT
    assert read_text_source("plain", source="api:9").format is InputFormat.TEXT


def test_ids_are_stable_and_derived_from_the_source() -> None:
    one = read_text_source("Text one.", source="reports/a.txt")
    again = read_text_source("Other text.", source="reports/a.txt")
    other = read_text_source("Text one.", source="reports/b.txt")
    assert one.id == again.id != other.id
    assert len(one.id) == 16 and int(one.id, 16) >= 0


@pytest.mark.parametrize(
    ("variant"),
    ["Line one.\r\nLine two.\r\n", "Line one.  \nLine two.\t\n\n\n", "Line one.\rLine two."],
    ids=["crlf", "trailing-blanks", "old-mac-cr"],
)
def test_content_hash_ignores_line_endings_and_trailing_whitespace(variant: str) -> None:
    assert content_hash(variant) == content_hash("Line one.\nLine two.")
    assert content_hash(variant) != content_hash("Line one.\nLine 2.")
    assert len(content_hash(variant)) == 64


# --- failures --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason", "phrase"),
    [
        (b"", FailureReason.EMPTY, "is empty (0 bytes)"),
        (b"  \n\t\n", FailureReason.EMPTY, "only whitespace"),
        (b"MZ\x90\x00\x03\x00\x00\x00", FailureReason.BINARY, "binary"),
        (bytes(range(1, 32)) * 20, FailureReason.BINARY, "binary"),
        ("Clashes in Homs.".encode("utf-16"), FailureReason.BINARY, "UTF-16"),
        (b"Clashes in Hom\xff.", FailureReason.ENCODING, "byte 0xff at offset 14"),
        ("Caf\u00e9 attack".encode("latin-1"), FailureReason.ENCODING, "byte 0xe9 at offset 3"),
    ],
    ids=["zero-bytes", "whitespace", "nul-bytes", "control-bytes", "utf16", "invalid-utf8", "latin1"],
)
def test_file_failures_name_the_file_and_say_what_to_do(
    tmp_path: Path, content: bytes, reason: FailureReason, phrase: str
) -> None:
    path = _write(tmp_path / "bad.txt", content)
    failure = _only_failure(_read(path))
    assert failure.reason == reason
    assert failure.source == path.as_posix()
    assert failure.message.startswith(f"{path.as_posix()}: ")
    assert phrase in failure.message
    assert "; " in failure.message and "\n" not in failure.message


def test_encoding_failure_does_not_fall_back_to_latin1(tmp_path: Path) -> None:
    failure = _only_failure(_read(_write(tmp_path / "x.txt", b"Clashes in Homs \xe9t\xe9.")))
    assert failure.message.endswith("re-save the file as UTF-8 and ingest it again")


def test_too_large_is_checked_before_reading(tmp_path: Path) -> None:
    path = _write(tmp_path / "big.txt", "x" * 2_000)
    failure = _only_failure(_read(path, max_bytes=1_000))
    assert failure.reason == FailureReason.TOO_LARGE
    assert "2,000 bytes is above the 1,000-byte limit" in failure.message


def test_missing_path_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    failure = _only_failure(_read(path))
    assert failure.reason == FailureReason.UNREADABLE
    assert failure.message.startswith(f"{path.as_posix()}: cannot be read")


def test_jsonl_bad_lines_fail_alone_and_good_lines_proceed(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "good-1", "text": "Clashes in Daraa."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Clashes.", "published": "18 March 2020"}),
        json.dumps({"text": "Clashes.", "url": 12}),
        json.dumps({"text": "   "}),
        "",
        json.dumps({"id": "good-2", "html": PAGE}),
        json.dumps({"text": "Clashes.", "country": ["SY"]}),
    ]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines))
    items = _read(path)
    assert [item.id for item in items if isinstance(item, Article)] == ["good-1", "good-2"]
    failures = {item.source.rsplit(":", 1)[1]: item for item in items if isinstance(item, ReadFailure)}
    expected = {
        "2": FailureReason.MALFORMED_JSON,
        "3": FailureReason.MALFORMED_JSON,
        "4": FailureReason.MISSING_TEXT,
        "5": FailureReason.BAD_FIELD,
        "6": FailureReason.BAD_FIELD,
        "7": FailureReason.EMPTY,
        "10": FailureReason.BAD_FIELD,
    }
    assert {line: failure.reason for line, failure in failures.items()} == expected
    for line, failure in failures.items():
        assert failure.message.startswith(f"{path.as_posix()}:{line}: ")
    assert "field 'published' is not an ISO date" in failures["5"].message
    assert "found a JSON array" in failures["3"].message
    assert "field 'country' must be a string" in failures["10"].message


def test_jsonl_invalid_utf8_line_fails_alone(tmp_path: Path) -> None:
    data = json.dumps({"text": "Good."}).encode() + b'\n{"text": "Bad \xff"}\n'
    items = _read(_write(tmp_path / "feed.jsonl", data))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], ReadFailure) and items[1].reason == FailureReason.ENCODING
    assert items[1].source.endswith("feed.jsonl:2")


def test_jsonl_line_above_the_limit_fails_alone(tmp_path: Path) -> None:
    data = json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "Short report."}) + "\n"
    items = _read(_write(tmp_path / "feed.jsonl", data), max_bytes=100)
    assert isinstance(items[0], ReadFailure) and items[0].reason == FailureReason.TOO_LARGE
    assert isinstance(items[1], Article) and items[1].raw == "Short report."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", FailureReason.EMPTY),
        (b"\n  \n", FailureReason.EMPTY),
        (b"\x00\x01\x02" * 10, FailureReason.BINARY),
    ],
    ids=["zero-bytes", "blank-lines", "binary"],
)
def test_jsonl_file_level_failures(tmp_path: Path, content: bytes, reason: FailureReason) -> None:
    path = _write(tmp_path / "feed.jsonl", content)
    failure = _only_failure(_read(path))
    assert failure.reason == reason and failure.source == path.as_posix()


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", b"\xff\xfe\xfa")
    _write(tmp_path / "b.txt", "Clashes in Daraa.")
    items = _read(tmp_path, tmp_path / "missing.txt")
    assert [type(item).__name__ for item in items] == ["ReadFailure", "Article", "ReadFailure"]


def test_public_api_is_exported() -> None:
    assert set(articles_pkg.__all__) == {
        "Article", "FailureReason", "InputFormat", "ReadFailure", "content_hash", "iter_articles",
        "read_file", "read_text_source",
    }  # fmt: skip
    assert all(hasattr(articles_pkg, name) for name in articles_pkg.__all__)
