"""The record store behaves the same on SQLite and on PostgreSQL (a real server, see conftest)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extractors import Article, extract_file
from index.database import STORE_ENV, remember_store, store_url
from newsindex.store import RecordStore

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "articles" / "gyeonggi-biocom-2024-05-16.txt"

pytestmark = pytest.mark.usefixtures("store_backend")


@pytest.fixture(scope="module")
def article() -> Article:
    return extract_file(SAMPLE)


def copy_of(article: Article, n: int) -> Article:
    return replace(article, id=f"a{n}", content_hash=f"hash{n}")


def test_save_skips_unchanged_and_updates_changed(tmp_path: Path, article: Article) -> None:
    with RecordStore(tmp_path) as store:
        first = store.save_file("a.txt", "h1", [article])
        again = store.save_file("a.txt", "h1", [article])
        changed = store.save_file("a.txt", "h2", [replace(article, title="새 제목", content_hash="new")])
        assert (first.new, again.unchanged, changed.updated) == (1, 1, 1)
        assert store.load([article.id])[0].title == "새 제목"
        assert store.file_hashes() == {"a.txt": "h2"}
        assert store.pending_ids() == [article.id]


def test_the_same_content_is_stored_once(tmp_path: Path, article: Article) -> None:
    with RecordStore(tmp_path) as store:
        store.save_file("a.txt", "h1", [article])
        twin = store.save_file("b.txt", "h2", [replace(article, id="b")])
        assert twin.duplicates == [("b", article.id)] and store.count() == 1


def test_removed_articles_leave_tombstones_until_cleared(tmp_path: Path, article: Article) -> None:
    with RecordStore(tmp_path) as store:
        store.save_file("a.txt", "h1", [copy_of(article, 1), copy_of(article, 2)])
        store.mark_indexed(["a1", "a2"])
        outcome = store.save_file("a.txt", "h2", [copy_of(article, 1)])
        assert outcome.removed == 1 and store.tombstones() == ["a2"]
        assert store.forget_files(["a.txt"]) == ["a1"] and store.tombstones() == ["a1", "a2"]
        store.clear_tombstones(["a1", "a2"])
        assert store.tombstones() == [] and store.count() == 0 and store.file_hashes() == {}


def test_a_failing_file_is_quarantined_and_keeps_its_last_good_articles(tmp_path: Path, article: Article) -> None:
    with RecordStore(tmp_path) as store:
        store.save_file("a.txt", "h1", [article])
        store.save_file("a.txt", "h2", [], [("a.txt", "not readable")])
        store.save_file("a.txt", "h3", [], [("a.txt", "still not readable")])
        assert store.quarantined() == [("a.txt", "still not readable")]
        assert store.quarantined_hashes() == {"a.txt": "h3"} and store.count() == 1


def test_indexing_state_loading_and_runs(tmp_path: Path, article: Article) -> None:
    with RecordStore(tmp_path) as store:
        store.save_file("a.txt", "h", [copy_of(article, n) for n in range(5)])
        store.mark_indexed(["a0", "a1"])
        assert store.pending_ids() == ["a2", "a3", "a4"]
        assert [a.id for a in store.load(["a4", "zz", "a0"])] == ["a4", "a0"]
        assert [[a.id for a in chunk] for chunk in store.iter_all(2)] == [["a0", "a1"], ["a2", "a3"], ["a4"]]
        first, second = store.start_run("ingest"), store.start_run("ingest")
        store.finish_run(first, {"new": 1})
        store.finish_run(second, {"new": 2, "들": "한글"})
        assert second > first and store.last_run("ingest")["summary"] == {"new": 2, "들": "한글"}
        assert store.last_run("reindex") is None
        store.compact()
        assert store.size_bytes() > 0


def test_opening_again_keeps_everything(tmp_path: Path, article: Article) -> None:
    with RecordStore(tmp_path) as store:
        store.save_file("a.txt", "h", [article])
    with RecordStore(tmp_path) as store:  # the migrations run again and change nothing
        assert store.load([article.id]) == [replace(article, story=article.id)]  # a story of its own


def test_two_homes_sharing_a_store_index_each_article_once(tmp_path: Path, article: Article, store_backend: str):
    shared = store_backend if store_backend != "sqlite" else f"sqlite:///{tmp_path / 'shared.sqlite'}"
    one, two = RecordStore(tmp_path / "one", shared), RecordStore(tmp_path / "two", shared)
    with one, two:
        one.save_file("a.txt", "h", [copy_of(article, 1), copy_of(article, 2)])
        claimed = one.pending_ids()
        two.save_file("b.txt", "h", [copy_of(article, 3)])
        assert (claimed, two.pending_ids()) == (["a1", "a2"], ["a3"])
        one.mark_indexed(claimed)
        two.mark_indexed(["a3"])
        assert (one.count(), two.count()) == (2, 1)
        assert [[a.id for a in c] for c in two.iter_all()] == [["a3"]]
        one.forget_files(["a.txt"])
        assert (one.tombstones(), two.tombstones()) == (["a1", "a2"], [])


def test_a_postgresql_home_is_remembered_without_its_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(STORE_ENV, raising=False)
    remember_store(tmp_path, "postgresql://news:secret@db.example:5432/archive")
    assert store_url(tmp_path) == "postgresql://news@db.example:5432/archive"
    assert "secret" not in (tmp_path / "store.url").read_text()
    with pytest.raises(ValueError, match="expected postgresql"):
        store_url(tmp_path, "mysql://db.example/archive")
