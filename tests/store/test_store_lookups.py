"""The writer's per-item look-ups: batched content hashes, any stored fingerprint, band candidates."""

from __future__ import annotations

import pytest
from store_builders import REPORT, make_article, make_document

from flashpoint.incidents.fingerprint import fingerprint_text
from flashpoint.mentions.sources import SourceRegistry
from flashpoint.pipeline.incidents import IncidentUpdater
from flashpoint.store import SaveOutcome, SqlStore


def test_stored_contents_answers_a_batch_in_one_call(store: SqlStore) -> None:
    stored = [make_article(key) for key in ("a", "b")]
    for article in stored:
        store.save_article(article, make_document(article), [])
    unknown = make_article("c").content_hash

    found = store.stored_contents([stored[0].content_hash, unknown, stored[1].content_hash])

    assert found == {stored[0].content_hash, stored[1].content_hash}
    assert store.stored_contents([]) == set()


def test_stored_contents_spans_more_hashes_than_one_in_list(store: SqlStore) -> None:
    article = make_article("a")
    store.save_article(article, make_document(article), [])
    hashes = [f"{n:064x}" for n in range(1200)] + [article.content_hash]
    assert store.stored_contents(hashes) == {article.content_hash}


def test_duplicate_content_under_a_new_id_is_refused_without_a_partial_write(store: SqlStore) -> None:
    article = make_article("a")
    store.save_article(article, make_document(article), [])
    copy = make_article("a", id="article-copy")  # same content hash, another id
    before = store.counts()
    assert store.save_article(copy, make_document(copy), []) is SaveOutcome.DUPLICATE
    assert store.counts() == before


def test_has_fingerprints_turns_true_once_one_is_saved(store: SqlStore) -> None:
    assert not store.has_fingerprints()
    article = make_article("a")
    store.save_article(article, make_document(article), [])
    store.save_fingerprint(article.id, fingerprint_text(REPORT), source_key="outlet a", duplicate_of=None)
    assert store.has_fingerprints()


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [(" Share this story.", ["article-a"]), ("", ["article-a"])],
    ids=["repost-with-footer", "verbatim-copy"],
)
def test_band_candidates_are_each_stored_article_once(
    store: SqlStore, suffix: str, expected: list[str]
) -> None:
    article = make_article("a")
    store.save_article(article, make_document(article), [])
    store.save_fingerprint(article.id, fingerprint_text(REPORT), source_key="outlet a", duplicate_of=None)
    found = store.fingerprint_candidates(fingerprint_text(REPORT + suffix))
    assert [c.article_id for c in found] == expected


def test_a_later_run_finds_a_near_duplicate_stored_by_an_earlier_run(store: SqlStore) -> None:
    first = IncidentUpdater(store, SourceRegistry.load())
    wire = make_article("wire", outlet="Outlet wire")
    store.save_article(wire, make_document(wire), [])
    first.add(wire, make_document(wire), [])
    first.flush()
    later = IncidentUpdater(store, SourceRegistry.load())  # the store held fingerprints before it began
    repost = make_article("repost", outlet="Outlet repost", text=REPORT + " Share this story.")
    store.save_article(repost, make_document(repost), [])
    origin = later.register_article(repost, make_document(repost))
    assert origin.duplicate_of == "article-wire" and origin.source_key == "outlet wire"


def test_a_run_into_an_empty_store_finds_near_duplicates_among_its_own_articles(store: SqlStore) -> None:
    updater = IncidentUpdater(store, SourceRegistry.load(), flush_every=1)  # saved before the repost
    wire = make_article("wire", outlet="Outlet wire")
    store.save_article(wire, make_document(wire), [])
    updater.register_article(wire, make_document(wire))
    updater.flush()
    repost = make_article("repost", outlet="Outlet repost", text=REPORT + " Share this story.")
    store.save_article(repost, make_document(repost), [])
    origin = updater.register_article(repost, make_document(repost))
    assert origin.duplicate_of == "article-wire"
