"""The record store: the durable source of truth that the index is derived from.

SQLite in WAL mode under the home directory by default, or a PostgreSQL database that several
machines share (``index.database`` chooses and connects). Every extracted article is written here
before it is indexed; the Whoosh index can always be rebuilt from it. Tables:

    files       one row per source file: its content hash and when it was last ingested
    articles    one row per article: the record (compressed, ``record_codec``), its content hash,
                its status ('pending' until the index commit that contains it, then 'indexed'),
                and in a shared store its owner: the home whose index holds it
    quarantine  files or records that could not be extracted, with the reason
    tombstones  ids removed from the store but maybe not yet from the index (of their owner)
    runs        one row per ingest or reindex run, with its summary

A store is *shared* when it is not the home's own SQLite file. Each home whose index is written
from a shared store claims pending articles for itself inside the store's write lock, so two
ingest runs on two machines index every article once: never in both indexes, never in neither.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extractors import Article
from index.database import Database, connect, is_postgresql, remember_store, sqlite_path, store_url
from newsindex.grouping import StoryAssigner, assigner_for
from newsindex.record_codec import decode_record, encode_record

__all__ = ["FileOutcome", "RecordStore", "utc_now"]

_HOME_ID_FILE = "home.id"


@dataclass(slots=True)
class FileOutcome:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    copies: int = 0  # stored articles that joined a story already told (a copy or an edition)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (id, id of the twin kept)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class RecordStore:
    """A connection to the record store of ``home`` (see ``index.database.store_url``);
    use as a context manager."""

    def __init__(self, home: Path, url: str | None = None) -> None:
        self.url = store_url(home, url)
        self._db: Database = connect(self.url)
        shared = is_postgresql(self.url) or sqlite_path(self.url).resolve() != (home / "records.sqlite").resolve()
        self.owner = _home_id(home) if shared else None
        remember_store(home, self.url)

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def transaction(self) -> Any:
        return self._db.transaction()

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
        stories = assigner_for(self.url)
        with stories.rolled_back_with(), self.transaction() as db:
            stories.catch_up(db)
            previous = {r[0] for r in db.execute("SELECT id FROM articles WHERE file_path = ?", (path,))}
            kept: set[str] = set()
            for article in articles:
                kept.add(article.id)
                self._save_article(db, path, article, now, outcome, stories)
            # A file that now fails entirely keeps its last good articles: bad input loses nothing.
            gone = sorted(previous - kept) if kept or not failures else []
            _remove_articles(db, gone, stories)
            outcome.removed += len(gone)
            db.execute("DELETE FROM quarantine WHERE file_path = ?", (path,))
            db.executemany(
                "INSERT INTO quarantine (source, file_path, reason, file_hash, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(source) DO UPDATE SET file_path = excluded.file_path, reason = excluded.reason, "
                "file_hash = excluded.file_hash, at = excluded.at",
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
    def _save_article(
        db: Database, path: str, article: Article, now: str, outcome: FileOutcome, stories: StoryAssigner
    ) -> None:
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
        article = stories.assign(db, article)
        outcome.copies += article.story != article.id
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

    def _mine(self) -> tuple[str, tuple[str, ...]]:
        """A WHERE condition for rows of this home's index (every row in a private store)."""
        if self.owner is None:
            return "1 = 1", ()
        return "(owner IS NULL OR owner = ?)", (self.owner,)

    def tombstones(self) -> list[str]:
        mine, params = self._mine()
        return [row[0] for row in self._db.execute(f"SELECT id FROM tombstones WHERE {mine} ORDER BY id", params)]

    def clear_tombstones(self, ids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.executemany("DELETE FROM tombstones WHERE id = ?", [(i,) for i in ids])

    def mark_indexed(self, ids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.executemany(
                "UPDATE articles SET status = 'indexed', owner = ? WHERE id = ?", [(self.owner, i) for i in ids]
            )

    def pending_ids(self) -> list[str]:
        """Articles waiting for this home's index; in a shared store, unclaimed ones are claimed."""
        if self.owner is None:
            return [row[0] for row in self._db.execute("SELECT id FROM articles WHERE status = 'pending' ORDER BY id")]
        with self.transaction() as db:
            db.execute("UPDATE articles SET owner = ? WHERE status = 'pending' AND owner IS NULL", (self.owner,))
            rows = db.execute(
                "SELECT id FROM articles WHERE status = 'pending' AND owner = ? ORDER BY id", (self.owner,)
            )
            return [row[0] for row in rows]

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
        """Every article of this home's index (every stored one in a private store), ``chunk`` at a
        time, in id order."""
        mine, params = self._mine()
        last = ""
        while True:
            rows = self._db.execute(
                f"SELECT id, record FROM articles WHERE id > ? AND {mine} ORDER BY id LIMIT ?", (last, *params, chunk)
            ).fetchall()
            if not rows:
                return
            yield [decode_record(record) for _id, record in rows]
            last = rows[-1][0]

    def group_ungrouped(self, chunk: int = 500) -> int:
        """Give a story to each article stored before story grouping (oldest first); their
        records change, so the index must be rebuilt from them (``reindex`` does this first)."""
        stories = assigner_for(self.url)
        grouped = 0
        while True:
            with stories.rolled_back_with(), self.transaction() as db:
                stories.catch_up(db)
                rows = db.execute(
                    "SELECT id, record FROM articles WHERE id NOT IN (SELECT id FROM stories) "
                    "ORDER BY ingested_at, id LIMIT ?",
                    (chunk,),
                ).fetchall()
                for article_id, record in rows:
                    article = stories.assign(db, decode_record(record))
                    db.execute("UPDATE articles SET record = ? WHERE id = ?", (encode_record(article), article_id))
            grouped += len(rows)
            if len(rows) < chunk:
                return grouped

    def story_counts(self) -> dict[str, int]:
        """Stories, and the stories and articles among them told more than once (copies, editions)."""
        rows = self._db.execute("SELECT COUNT(*) FROM stories GROUP BY story").fetchall()
        shared = [size for (size,) in rows if size > 1]
        return {"stories": len(rows), "stories_with_copies": len(shared), "articles_in_them": sum(shared)}

    def story_of(self, article_id: str) -> list[Article]:
        """The other stored articles of ``article_id``'s story (its copies and editions)."""
        rows = self._db.execute(
            "SELECT id FROM stories WHERE story = (SELECT story FROM stories WHERE id = ?) AND id != ? ORDER BY seq",
            (article_id, article_id),
        )
        return self.load(row[0] for row in rows)

    def count(self) -> int:
        """Articles of this home's index (every stored one in a private store)."""
        mine, params = self._mine()
        return self._db.execute(f"SELECT COUNT(*) FROM articles WHERE {mine}", params).fetchone()[0]

    def forget_files(self, paths: Iterable[str]) -> list[str]:
        """Drop files (and their articles) from the store; returns the article ids removed."""
        removed: list[str] = []
        stories = assigner_for(self.url)
        with stories.rolled_back_with(), self.transaction() as db:
            for path in paths:
                ids = [r[0] for r in db.execute("SELECT id FROM articles WHERE file_path = ?", (path,))]
                _remove_articles(db, ids, stories)
                removed += ids
                db.execute("DELETE FROM files WHERE path = ?", (path,))
                db.execute("DELETE FROM quarantine WHERE file_path = ?", (path,))
        return removed

    # quarantine and runs ---------------------------------------------------------------------
    def quarantined(self) -> list[tuple[str, str]]:
        return list(self._db.execute("SELECT source, reason FROM quarantine ORDER BY source"))

    def start_run(self, kind: str) -> int:
        cursor = self._db.execute("INSERT INTO runs (kind, started) VALUES (?, ?) RETURNING id", (kind, utc_now()))
        return int(cursor.fetchone()[0])

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
        """Give back the space a run freed (SQLite: checkpoint the WAL, VACUUM past ``vacuum_share``)."""
        self._db.compact(vacuum_share)

    def size_bytes(self) -> int:
        return self._db.size_bytes()


def _remove_articles(db: Database, ids: list[str], stories: StoryAssigner) -> None:
    """Delete articles, leaving a tombstone for the index that holds each (its owner's)."""
    stories.forget(db, ids)
    db.executemany(
        "INSERT INTO tombstones (id, owner) SELECT id, owner FROM articles WHERE id = ? "
        "ON CONFLICT(id) DO UPDATE SET owner = excluded.owner",
        [(i,) for i in ids],
    )
    db.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in ids])


def _home_id(home: Path) -> str:
    """This home's name in a shared store: made once, kept in the home (a copy keeps it)."""
    path = home / _HOME_ID_FILE
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        home.mkdir(parents=True, exist_ok=True)
        path.write_text(uuid.uuid4().hex + "\n", encoding="utf-8")
        return path.read_text(encoding="utf-8").strip()
