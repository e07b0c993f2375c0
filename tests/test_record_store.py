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
