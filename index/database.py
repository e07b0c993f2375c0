"""Where a home's record store lives, and one connection API over its two engines.

SQLite (``HOME/records.sqlite``) is the embedded default. PostgreSQL is for a store that several
machines share: ``--store postgresql://…`` or ``$NEWSINDEX_STORE``. A home that has been written
through a PostgreSQL store remembers it (``HOME/store.url``, without the password: libpq reads
that from ``PGPASSWORD`` or ``~/.pgpass``), so searching the home finds its texts with no option.

Statements are written once, with ``?`` placeholders, in SQL both engines accept (``ON
CONFLICT`` upserts, ``RETURNING``). Each engine class adapts the placeholders and owns what the
engines do differently: connecting, the write lock, the schema migrations, compaction and size.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

__all__ = [
    "STORE_ENV",
    "Database",
    "connect",
    "is_postgresql",
    "remember_store",
    "store_exists",
    "store_url",
    "transient_errors",
]

STORE_ENV = "NEWSINDEX_STORE"
SQLITE_FILE = "records.sqlite"
_REMEMBERED = "store.url"
_POSTGRES_SCHEMES = ("postgresql", "postgres")
_PAGE_SIZE = 16384
# Writers of one PostgreSQL store take this transaction-scoped advisory lock, as SQLite's
# BEGIN IMMEDIATE does: the duplicate check by content hash must see every committed article.
_WRITE_LOCK_KEY = 0x6E657773  # "news"

# Numbered migrations, applied in order, each in its own transaction. {blob} and {serial} are the
# engine's binary and auto-increment key types; IF NOT EXISTS lets stores made before the
# numbering (same tables, no schema_version) take migration 1 unchanged.
_MIGRATIONS = (
    """
    CREATE TABLE IF NOT EXISTS files (
        path TEXT PRIMARY KEY, file_hash TEXT NOT NULL, ingested_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY, file_path TEXT NOT NULL, content_hash TEXT NOT NULL, record {blob} NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending', ingested_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS articles_by_hash ON articles(content_hash);
    CREATE INDEX IF NOT EXISTS articles_by_file ON articles(file_path);
    CREATE INDEX IF NOT EXISTS articles_by_status ON articles(status);
    CREATE TABLE IF NOT EXISTS quarantine (
        source TEXT PRIMARY KEY, file_path TEXT NOT NULL, reason TEXT NOT NULL, file_hash TEXT, at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS tombstones (id TEXT PRIMARY KEY);
    CREATE TABLE IF NOT EXISTS runs (
        id {serial}, kind TEXT NOT NULL, started TEXT NOT NULL, finished TEXT, summary TEXT)
    """,
    # 2: in a shared store, which home's index holds an article, and which index a removal is for.
    """
    ALTER TABLE articles ADD COLUMN owner TEXT;
    ALTER TABLE tombstones ADD COLUMN owner TEXT
    """,
    # 3: what story grouping keeps of each article (index.stories); seq lets a writer catch up
    # with the rows other writers added since it last looked.
    """
    CREATE TABLE IF NOT EXISTS stories (
        seq {serial}, id TEXT UNIQUE NOT NULL, story TEXT NOT NULL, lang TEXT NOT NULL, day TEXT,
        size INTEGER NOT NULL, signature {blob} NOT NULL, anchors TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS stories_by_story ON stories(story)
    """,
    # 4: a writer reads the stories of the weeks it groups (by day), and learns of the stories
    # other writers folded into others since it last looked.
    """
    CREATE INDEX IF NOT EXISTS stories_by_day ON stories(day);
    CREATE TABLE IF NOT EXISTS story_merges (seq {serial}, folded TEXT NOT NULL, into_story TEXT NOT NULL)
    """,
)
_TYPES = {
    "sqlite": {"blob": "BLOB", "serial": "INTEGER PRIMARY KEY AUTOINCREMENT"},
    "postgresql": {"blob": "BYTEA", "serial": "BIGSERIAL PRIMARY KEY"},
}


def is_postgresql(url: str) -> bool:
    return urlsplit(url).scheme in _POSTGRES_SCHEMES


def store_url(home: Path, url: str | None = None) -> str:
    """The store of ``home``: ``url``, else ``$NEWSINDEX_STORE``, else the PostgreSQL store the
    home remembers, else its own SQLite file (as a ``sqlite:///`` URL).

    >>> store_url(Path("/tmp/no-such-home"), "postgresql://db.example/news")
    'postgresql://db.example/news'
    """
    chosen = url or os.environ.get(STORE_ENV) or _remembered(home)
    if not chosen:
        return f"sqlite:///{(home / SQLITE_FILE).absolute()}"
    scheme = urlsplit(chosen).scheme
    if scheme not in (*_POSTGRES_SCHEMES, "sqlite"):
        raise ValueError(f"record store {chosen!r}: expected postgresql://… or sqlite:///PATH")
    return chosen


def _remembered(home: Path) -> str | None:
    try:
        return (home / _REMEMBERED).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def remember_store(home: Path, url: str) -> None:
    """Let later commands on ``home`` find a PostgreSQL store (the password is not written)."""
    if not is_postgresql(url) or _remembered(home) == _without_password(url):
        return
    home.mkdir(parents=True, exist_ok=True)
    (home / _REMEMBERED).write_text(_without_password(url) + "\n", encoding="utf-8")


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}" if user else netloc))


def sqlite_path(url: str) -> Path:
    """The file of a ``sqlite:///PATH`` URL (an absolute PATH starts with its own slash).

    >>> sqlite_path("sqlite:////srv/news/records.sqlite"), sqlite_path("sqlite:///data/records.sqlite")
    (PosixPath('/srv/news/records.sqlite'), PosixPath('data/records.sqlite'))
    """
    return Path(url.removeprefix("sqlite:///"))


def store_exists(url: str) -> bool:
    """Whether there is anything to read (a PostgreSQL store is assumed to exist)."""
    return is_postgresql(url) or sqlite_path(url).exists()


def transient_errors() -> tuple[type[BaseException], ...]:
    """Errors a retry may cure (a locked or unreachable database), for both engines."""
    errors: tuple[type[BaseException], ...] = (sqlite3.OperationalError,)
    try:
        import psycopg
    except ImportError:
        return errors
    return (*errors, psycopg.OperationalError)


class Database(Protocol):
    """What the record store needs from a connection."""

    engine: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...
    def transaction(self) -> Any: ...
    def compact(self, vacuum_share: float) -> None: ...
    def size_bytes(self) -> int: ...
    def close(self) -> None: ...


def connect(url: str, *, read_only: bool = False) -> Database:
    """A connection to the store at ``url``, its schema migrated unless ``read_only``."""
    database: Database = _Postgres(url) if is_postgresql(url) else _Sqlite(sqlite_path(url), read_only)
    if not read_only:
        _migrate(database)
    return database


def _migrate(database: Database) -> None:
    with database.transaction() as db:
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    types = _TYPES[database.engine]
    for number, script in enumerate(_MIGRATIONS, start=1):
        with database.transaction() as db:
            current = db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            if current >= number:
                continue
            for statement in script.format(**types).split(";"):
                db.execute(statement)
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))


class _Sqlite:
    engine = "sqlite"

    def __init__(self, path: Path, read_only: bool) -> None:
        self.path = path
        if read_only:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10, isolation_level=None)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=60, isolation_level=None)
        # A compressed record is about 2 KB: on 4 KB pages one fits a page, half of it empty.
        # 16 KB pages hold seven (the setting takes effect only while the file is new).
        self._db.execute(f"PRAGMA page_size={_PAGE_SIZE}")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._db.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[_Sqlite]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def compact(self, vacuum_share: float) -> None:
        """Fold the WAL back into the database file; VACUUM when free pages pass ``vacuum_share``."""
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        free = self._db.execute("PRAGMA freelist_count").fetchone()[0]
        if pages and free / pages > vacuum_share:
            self._db.execute("VACUUM")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.exists())

    def close(self) -> None:
        self._db.close()


class _Postgres:
    engine = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        self._db = psycopg.connect(url, autocommit=True)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._db.execute(sql.replace("?", "%s"), params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._db.cursor() as cursor:
            cursor.executemany(sql.replace("?", "%s"), list(rows))

    @contextmanager
    def transaction(self) -> Iterator[_Postgres]:
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK_KEY,))
            yield self

    def compact(self, vacuum_share: float) -> None:
        """Nothing to do: the server's autovacuum reclaims dead rows."""

    def size_bytes(self) -> int:
        row = self._db.execute(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()"
        ).fetchone()
        return int(row[0])

    def close(self) -> None:
        self._db.close()
