"""The record store keeps each article once, compressed, and still reads what older versions wrote."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from extractors import Article, extract_file
from newsindex.record_codec import decode_record, encode_record
from newsindex.store import RecordStore

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "articles" / "gyeonggi-biocom-2024-05-16.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return extract_file(SAMPLE)


def test_a_record_round_trips_and_is_much_smaller_than_its_json(article: Article) -> None:
    packed = encode_record(article)
    assert decode_record(packed) == article
    assert len(packed) < 0.35 * len(json.dumps(article.as_dict(), ensure_ascii=False).encode())


def test_a_store_written_before_compression_still_reads(tmp_path: Path, article: Article) -> None:
    with RecordStore(tmp_path) as store:
        store.save_file("a.txt", "hash", [article], [])
    db = sqlite3.connect(tmp_path / "records.sqlite")
    db.execute("UPDATE articles SET record = ?", (json.dumps(article.as_dict(), ensure_ascii=False),))
    db.commit()
    db.close()
    with RecordStore(tmp_path) as store:
        assert store.load([article.id]) == [article]


def test_compact_folds_the_wal_back(tmp_path: Path, article: Article) -> None:
    with RecordStore(tmp_path) as store:
        for n in range(40):
            store.save_file(f"{n}.txt", str(n), [replace(article, id=f"a{n}", content_hash=str(n))], [])
        store.compact()
        assert store.count() == 40
    wal = tmp_path / "records.sqlite-wal"
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from index.writer import IndexSettings
    from newsindex.pipeline import run_ingest

    home = tmp_path_factory.mktemp("home")
    run_ingest([str(SAMPLE.parent)], home, IndexSettings())
    return home


def test_the_index_keeps_no_second_copy_of_the_texts(home: Path) -> None:
    from index import open_index
    from index.schema import load_stored

    ix = open_index(home)
    with ix.searcher() as searcher:
        documents = [load_stored(fields) for fields in searcher.all_stored_fields()]
    ix.close()
    assert documents and all("body_ko" not in d and "body_en" not in d and d["title"] for d in documents)


def test_hit_texts_come_from_the_store_highlighted(home: Path) -> None:
    from index import open_index, search

    hit = search(open_index(home), "바이오콤", limit=1).hits[0]
    assert hit.snippets and hit.snippets[0].spans
    assert "바이오콤" in hit.snippets[0].text


def test_a_record_newer_than_its_index_entry_gets_no_stale_highlights(home: Path, tmp_path: Path) -> None:
    import shutil

    from index import open_index, search

    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    db = sqlite3.connect(copy / "records.sqlite")
    db.execute("UPDATE articles SET content_hash = 'newer'")
    db.commit()
    db.close()
    hit = search(open_index(copy), "바이오콤", limit=1).hits[0]
    assert hit.title and not any(s.spans for s in hit.snippets)
