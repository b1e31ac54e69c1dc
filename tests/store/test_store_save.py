from __future__ import annotations

import importlib
from dataclasses import replace
from datetime import UTC, date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from store_builders import FIXED_NOW, make_article, make_document, make_event

from flashpoint.errors import StoreError
from flashpoint.events.model import Claim
from flashpoint.mentions.model import Stance
from flashpoint.store import EventQuery, SaveOutcome, SqlStore, StoreCounts, open_store
from flashpoint.store.engine import create_store_engine, resolve_target, write_transaction

EMPTY = StoreCounts(articles=0, documents=0, events=0, claims=0, rejections={})


def test_save_stores_article_document_events(store: SqlStore) -> None:
    article = make_article("a")
    document = make_document(article)
    events = [make_event(document, "1"), make_event(document, "2", event_date=date(2025, 6, 9))]

    assert store.save_article(article, document, events) is SaveOutcome.STORED

    assert store.counts() == StoreCounts(articles=1, documents=1, events=2, claims=4, rejections={})
    assert store.has_content(article.content_hash)
    assert not store.has_content("0" * 64)


def test_resaving_same_content_is_a_duplicate_and_writes_nothing(store: SqlStore) -> None:
    article = make_article("a")
    document = make_document(article)
    store.save_article(article, document, [make_event(document)])
    before = store.counts()

    again = store.save_article(article, document, [make_event(document)])
    # Same bytes under another id (a re-ingested copy): still a duplicate.
    renamed = make_article("a", id="article-copy")
    copy = store.save_article(renamed, make_document(renamed), [make_event(make_document(renamed))])

    assert again is SaveOutcome.DUPLICATE
    assert copy is SaveOutcome.DUPLICATE
    assert store.counts() == before


def test_failing_insert_midway_leaves_every_table_unchanged(store: SqlStore) -> None:
    article = make_article("a")
    document = make_document(article)
    event = make_event(document)

    with pytest.raises(StoreError, match=r"\[E307\].*'article-a'.*nothing of the article was written"):
        store.save_article(article, document, [event, event])  # the second event repeats the id

    assert store.counts() == EMPTY
    assert not store.has_content(article.content_hash)
    assert store.get_document(document.id) is None


def test_event_id_clashing_with_another_article_rolls_back_the_second(store: SqlStore) -> None:
    first = make_article("a")
    first_doc = make_document(first)
    store.save_article(first, first_doc, [make_event(first_doc)])
    second = make_article("b")
    second_doc = make_document(second)
    clash = make_event(second_doc, id=make_event(first_doc).id)

    with pytest.raises(StoreError, match="E307"):
        store.save_article(second, second_doc, [make_event(second_doc, "ok"), clash])

    assert store.counts() == StoreCounts(articles=1, documents=1, events=1, claims=2, rejections={})
    assert not store.has_content(second.content_hash)


@pytest.mark.parametrize(
    "wrong",
    ["document", "event"],
    ids=["document-of-another-article", "event-of-another-document"],
)
def test_mismatched_parts_are_refused(store: SqlStore, wrong: str) -> None:
    article = make_article("a")
    document = make_document(article)
    event = make_event(document)
    if wrong == "document":
        document = replace(document, article_id="article-zzz")
    else:
        event = replace(event, document_id="doc-zzz")

    with pytest.raises(StoreError, match="E308"):
        store.save_article(article, document, [event])
    assert store.counts() == EMPTY


def test_article_without_events_is_stored(store: SqlStore) -> None:
    article = make_article("quiet", text="The council met on Monday to discuss the budget.")
    assert store.save_article(article, make_document(article), []) is SaveOutcome.STORED
    assert store.counts() == StoreCounts(articles=1, documents=1, events=0, claims=0, rejections={})


def test_event_round_trips_exactly(store: SqlStore) -> None:
    article = make_article("a")
    document = make_document(article)
    extra = Claim(field="injuries", value="dozens", claimant=None, stance=Stance.ASSERTS, start=3, end=9)
    rich = make_event(document, "rich")
    rich = replace(rich, claims=(*rich.claims, extra), notes=("year inferred from the text", "second"))
    bare = make_event(
        document,
        "bare",
        event_date=None,
        actor2=None,
        assoc_actor_2=None,
        inter2=None,
        latitude=None,
        longitude=None,
        geo_precision=None,
        claims=(),
        evidence=(),
        notes=(),
        confidence=0.1 + 0.2,
    )
    store.save_article(article, document, [rich, bare])

    loaded = {record.event.id: record.event for record in store.events(EventQuery())}

    assert loaded == {rich.id: rich, bare.id: bare}


def test_document_round_trips_exactly(store: SqlStore) -> None:
    article = make_article("a")
    document = make_document(article)
    store.save_article(article, document, [])

    assert store.get_document(document.id) == document
    assert store.get_document("doc-missing") is None


def test_record_carries_provenance_and_evidence_sentences(store: SqlStore) -> None:
    article = make_article("a")
    document = make_document(article)
    store.save_article(article, document, [make_event(document)])

    (record,) = store.events(EventQuery())

    assert record.article_id == article.id
    assert (record.source, record.url, record.outlet) == (article.source, article.url, article.outlet)
    assert (record.title, record.published) == (article.title, article.published)
    assert record.ingested_at == FIXED_NOW
    assert record.ingested_at.tzinfo is not None
    # Evidence sits in sentences 1 and 2; sentence 3 (the denial) is not evidence.
    assert record.summary == (
        "Gunmen attacked the weekly market in Kafr Dalil on Tuesday. "
        "At least six traders were killed and four wounded, the district council said."
    )


def test_summary_falls_back_to_evidence_text_without_sentences(store: SqlStore) -> None:
    article = make_article("a")
    document = replace(make_document(article), sentences=())
    store.save_article(article, document, [make_event(document)])

    (record,) = store.events(EventQuery())

    assert record.summary == "At least six traders were killed and four wounded, Gunmen"


def test_rejections_are_counted_by_reason(store: SqlStore) -> None:
    store.save_rejection(
        item_id="x1", source="inbox/x1.txt", reason="not_english", detail="fr", content_hash="h1"
    )
    store.save_rejection(
        item_id="x2", source="inbox/x2.txt", reason="not_english", detail="de", content_hash=None
    )
    store.save_rejection(item_id="x3", source="inbox/x3.txt", reason="empty", detail="", content_hash="h3")

    assert store.counts().rejections == {"not_english": 2, "empty": 1}


def test_rejection_time_is_stored_in_utc(store: SqlStore, db_path: Path) -> None:
    store.save_rejection(item_id="x1", source="s", reason="empty", detail="", content_hash=None)
    engine = create_store_engine(resolve_target(db_path), read_only=True)
    try:
        with engine.connect() as connection:
            at = connection.execute(text("SELECT at FROM rejections")).scalar_one()
    finally:
        engine.dispose()
    assert at.startswith(FIXED_NOW.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"))


# --- read-only ---------------------------------------------------------------------------------
@pytest.fixture
def reader(store: SqlStore, db_path: Path) -> SqlStore:
    article = make_article("a")
    document = make_document(article)
    store.save_article(article, document, [make_event(document)])
    return open_store(db_path, read_only=True)


def test_read_only_store_reads(reader: SqlStore) -> None:
    try:
        assert reader.count_events(EventQuery()) == 1
        assert reader.counts().articles == 1
        reader.migrate()  # current schema: nothing to do, and no error
    finally:
        reader.close()


@pytest.mark.parametrize(
    "write",
    ["save_article", "save_rejection"],
    ids=["save-article", "save-rejection"],
)
def test_read_only_store_refuses_writes(reader: SqlStore, write: str) -> None:
    article = make_article("b")
    document = make_document(article)
    try:
        with pytest.raises(StoreError, match=r"\[E304\].*read-only"):
            if write == "save_article":
                reader.save_article(article, document, [make_event(document)])
            else:
                reader.save_rejection(item_id="b", source="s", reason="empty", detail="", content_hash=None)
        assert reader.counts().articles == 1
    finally:
        reader.close()


def test_read_only_connection_is_read_only_in_sqlite(reader: SqlStore, db_path: Path) -> None:
    reader.close()
    engine = create_store_engine(resolve_target(db_path), read_only=True)
    try:
        with pytest.raises(OperationalError, match=r"readonly|read-only"), engine.begin() as connection:
            connection.execute(text("INSERT INTO settings (key, value) VALUES ('k', 'v')"))
    finally:
        engine.dispose()


def test_read_only_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"\[E301\].*no database"):
        open_store(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_read_only_refuses_an_old_schema(tmp_path: Path) -> None:
    from flashpoint.store.migrations import migrate

    path = tmp_path / "old.db"
    engine = create_store_engine(resolve_target(path), read_only=False)
    migrate(engine, target=1)
    engine.dispose()

    with pytest.raises(StoreError, match=r"\[E306\].*read-write"):
        open_store(path, read_only=True)


# --- opening -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "form",
    ["path", "str", "url"],
    ids=["pathlib-path", "plain-string", "sqlite-url"],
)
def test_open_store_creates_parent_folders(tmp_path: Path, form: str) -> None:
    path = tmp_path / "nested" / "deeper" / "fp.db"
    targets: dict[str, str | Path] = {"path": path, "str": str(path), "url": f"sqlite:///{path}"}
    target = targets[form]

    with open_store(target) as opened:
        assert opened.counts() == EMPTY
    assert path.is_file()


def test_open_store_in_memory() -> None:
    with open_store("sqlite:///:memory:") as opened:
        article = make_article("m")
        document = make_document(article)
        assert opened.save_article(article, document, [make_event(document)]) is SaveOutcome.STORED
        assert opened.count_events(EventQuery()) == 1


def test_open_store_rejects_a_malformed_url() -> None:
    with pytest.raises(StoreError, match="E301"):
        open_store("not a scheme://x")


def test_reader_is_not_blocked_by_an_open_write_transaction(store: SqlStore, db_path: Path) -> None:
    article = make_article("a")
    document = make_document(article)
    store.save_article(article, document, [make_event(document)])
    writer = create_store_engine(resolve_target(db_path), read_only=False)
    try:
        with write_transaction(writer) as connection, open_store(db_path, read_only=True) as reader:
            connection.execute(text("INSERT INTO settings (key, value) VALUES ('pending', 'yes')"))
            assert reader.count_events(EventQuery()) == 1  # WAL: readers see the last commit
    finally:
        writer.dispose()


@pytest.mark.parametrize(
    "module",
    ["flashpoint.store", "flashpoint.store.base", "flashpoint.store.export", "flashpoint.store.queries"],
    ids=["package", "base", "export", "queries"],
)
def test_all_names_exist(module: str) -> None:
    imported = importlib.import_module(module)
    assert imported.__all__
    assert [name for name in imported.__all__ if not hasattr(imported, name)] == []
