"""The record store: the durable source of truth that the index is derived from.

SQLite in WAL mode under the home directory. Every extracted article is written here before
it is indexed; the Whoosh index can always be rebuilt from it. Tables:

    files       one row per source file: its content hash and when it was last ingested
    articles    one row per article: the record (compressed, ``record_codec``), its content hash,
                its status ('pending' until the index commit that contains it, then 'indexed')
    quarantine  files or records that could not be extracted, with the reason
    tombstones  ids removed from the store but maybe not yet from the index
    runs        one row per ingest or reindex run, with its summary
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extractors import Article
from newsindex.record_codec import decode_record, encode_record

__all__ = ["FileOutcome", "RecordStore", "utc_now"]

_PAGE_SIZE = 16384

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    file_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    file_path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    record TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_by_file ON articles(file_path);
CREATE INDEX IF NOT EXISTS articles_by_status ON articles(status);
CREATE TABLE IF NOT EXISTS quarantine (
    source TEXT PRIMARY KEY,
    file_path TEXT NOT NULL,
    reason TEXT NOT NULL,
    file_hash TEXT,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tombstones (
    id TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    summary TEXT
);
"""


@dataclass(slots=True)
class FileOutcome:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (id, id of the twin kept)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class RecordStore:
    """A connection to ``HOME/records.sqlite``; use as a context manager."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.path = home / "records.sqlite"
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        # A compressed record is about 2 KB: on 4 KB pages one fits a page, half of it empty.
        # 16 KB pages hold seven (the setting takes effect only while the file is new).
        self._db.execute(f"PRAGMA page_size={_PAGE_SIZE}")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # files ----------------------------------------------------------------------------------
    def file_hashes(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT path, file_hash FROM files"))

    def quarantined_hashes(self) -> dict[str, str]:
        rows = self._db.execute("SELECT file_path, file_hash FROM quarantine WHERE file_hash IS NOT NULL")
        return dict(rows)

    # articles --------------------------------------------------------------------------------
    def save_file(
        self,
        path: str,
        file_hash: str,
        articles: Iterable[Article],
        failures: Iterable[tuple[str, str]] = (),
    ) -> FileOutcome:
        """Record one file's extraction in one transaction and say what changed.

        Articles whose content another article already has are duplicates and are not stored;
        ids the file no longer holds are removed and tombstoned for the index. Running inside
        ``BEGIN IMMEDIATE`` makes the duplicate check safe across processes.
        """
        outcome = FileOutcome()
        now = utc_now()
        with self.transaction() as db:
            previous = {r[0] for r in db.execute("SELECT id FROM articles WHERE file_path = ?", (path,))}
            kept: set[str] = set()
            for article in articles:
                kept.add(article.id)
                self._save_article(db, path, article, now, outcome)
            # A file that now fails entirely keeps its last good articles: bad input loses nothing.
            gone = sorted(previous - kept) if kept or not failures else []
            db.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in gone])
            db.executemany("INSERT OR IGNORE INTO tombstones (id) VALUES (?)", [(i,) for i in gone])
            outcome.removed += len(gone)
            db.execute("DELETE FROM quarantine WHERE file_path = ?", (path,))
            db.executemany(
                "INSERT OR REPLACE INTO quarantine (source, file_path, reason, file_hash, at) VALUES (?, ?, ?, ?, ?)",
                [(source, path, reason, file_hash if not kept else None, now) for source, reason in failures],
            )
            if kept or not failures:
                db.execute(
                    "INSERT INTO files (path, file_hash, ingested_at) VALUES (?, ?, ?) ON CONFLICT(path) "
                    "DO UPDATE SET file_hash = excluded.file_hash, ingested_at = excluded.ingested_at",
                    (path, file_hash, now),
                )
        return outcome

    @staticmethod
    def _save_article(db: sqlite3.Connection, path: str, article: Article, now: str, outcome: FileOutcome) -> None:
        row = db.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is not None and row[0] == article.content_hash:
            outcome.unchanged += 1
            return
        twin = db.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND id != ? LIMIT 1", (article.content_hash, article.id)
        ).fetchone()
        if twin is not None:
            outcome.duplicates.append((article.id, twin[0]))
            return
        db.execute(
            "INSERT INTO articles (id, file_path, content_hash, record, status, ingested_at) "
            "VALUES (?, ?, ?, ?, 'pending', ?) ON CONFLICT(id) DO UPDATE SET file_path = excluded.file_path, "
            "content_hash = excluded.content_hash, record = excluded.record, status = 'pending', "
            "ingested_at = excluded.ingested_at",
            (article.id, path, article.content_hash, encode_record(article), now),
        )
        db.execute("DELETE FROM tombstones WHERE id = ?", (article.id,))
        if row is None:
            outcome.new += 1
        else:
            outcome.updated += 1

    def tombstones(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM tombstones ORDER BY id")]

    def clear_tombstones(self, ids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.executemany("DELETE FROM tombstones WHERE id = ?", [(i,) for i in ids])

    def mark_indexed(self, ids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.executemany("UPDATE articles SET status = 'indexed' WHERE id = ?", [(i,) for i in ids])

    def pending_ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM articles WHERE status = 'pending' ORDER BY id")]

    def load(self, ids: Iterable[str]) -> list[Article]:
        ids = list(ids)
        found: dict[str, Article] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for article_id, record in self._db.execute(f"SELECT id, record FROM articles WHERE id IN ({marks})", chunk):
                found[article_id] = decode_record(record)
        return [found[i] for i in ids if i in found]

    def iter_all(self, chunk: int = 500) -> Iterator[list[Article]]:
        """Every stored article, ``chunk`` at a time, in id order."""
        last = ""
        while True:
            rows = self._db.execute(
                "SELECT id, record FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, chunk)
            ).fetchall()
            if not rows:
                return
            yield [decode_record(record) for _id, record in rows]
            last = rows[-1][0]

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def forget_files(self, paths: Iterable[str]) -> list[str]:
        """Drop files (and their articles) from the store; returns the article ids removed."""
        removed: list[str] = []
        with self.transaction() as db:
            for path in paths:
                ids = [r[0] for r in db.execute("SELECT id FROM articles WHERE file_path = ?", (path,))]
                db.executemany("INSERT OR IGNORE INTO tombstones (id) VALUES (?)", [(i,) for i in ids])
                removed += ids
                db.execute("DELETE FROM articles WHERE file_path = ?", (path,))
                db.execute("DELETE FROM files WHERE path = ?", (path,))
                db.execute("DELETE FROM quarantine WHERE file_path = ?", (path,))
        return removed

    # quarantine and runs ---------------------------------------------------------------------
    def quarantined(self) -> list[tuple[str, str]]:
        return list(self._db.execute("SELECT source, reason FROM quarantine ORDER BY source"))

    def start_run(self, kind: str) -> int:
        cursor = self._db.execute("INSERT INTO runs (kind, started) VALUES (?, ?)", (kind, utc_now()))
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        self._db.execute(
            "UPDATE runs SET finished = ?, summary = ? WHERE id = ?",
            (utc_now(), json.dumps(summary, ensure_ascii=False), run_id),
        )

    def last_run(self, kind: str = "ingest") -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT started, finished, summary FROM runs WHERE kind = ? AND finished IS NOT NULL "
            "ORDER BY id DESC LIMIT 1",
            (kind,),
        ).fetchone()
        if row is None:
            return None
        return {"started": row[0], "finished": row[1], "summary": json.loads(row[2] or "{}")}

    def compact(self, *, vacuum_share: float = 0.25) -> None:
        """Fold the WAL back into the database file; VACUUM when free pages pass ``vacuum_share``."""
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        free = self._db.execute("PRAGMA freelist_count").fetchone()[0]
        if pages and free / pages > vacuum_share:
            self._db.execute("VACUUM")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.exists())
