"""Story ids given as articles are stored: the record store's side of :mod:`index.stories`.

Each stored article has a row in the ``stories`` table (its MinHash signature, size, language,
day and figures). A writer keeps the rows of the periods it groups in a
:class:`~index.stories.StoryIndex` (read when first needed: a run of today's news reads a few
weeks of the archive, not all of it; an undated article needs every period), and inside the
store's write lock first reads the rows other writers (processes, machines sharing a PostgreSQL
store) added and the stories they folded since it last looked: every article is grouped against
every article stored before it.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from extractors import Article
from index.database import Database
from index.stories import StoryEntry, StoryIndex, period_days, periods_for, story_text
from newsindex.record_codec import decode_record, encode_record

__all__ = ["StoryAssigner", "entry_of"]

# Periods (weeks) a writer keeps in memory: about a year and a half of news, read again from the
# store when a backfill comes back to them. An undated article lifts the bound (it needs them all).
MAX_PERIODS = 80
_COLUMNS = "id, story, lang, day, size, signature, anchors"


def entry_of(article: Article) -> StoryEntry:
    body = "\n".join(paragraph.text for paragraph in article.paragraphs)
    day = _day(article.published)
    return StoryEntry.of(article.id, story_text(article.title, body), article.lang, day)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


class StoryAssigner:
    """One process's view of a store's stories (see :func:`assigner_for`)."""

    def __init__(self) -> None:
        self.index = StoryIndex()
        self.periods: OrderedDict[int | None, None] = OrderedDict()  # loaded, least recent first
        self.everything = False
        self.seen = self.seen_merges = -1  # the last ``seq`` read of each table; -1: none yet

    def catch_up(self, db: Database) -> None:
        """Read what other writers changed since the last look (call inside the write lock)."""
        latest = db.execute("SELECT MAX(seq) FROM stories").fetchone()[0] or 0
        if latest < self.seen:
            self.__init__()  # the store was replaced (a new file at the same path): read it anew
        if self.seen < 0 or not (self.periods or self.everything):
            self.seen = latest  # nothing loaded: the periods are read when needed
            self.seen_merges = db.execute("SELECT MAX(seq) FROM story_merges").fetchone()[0] or 0
            return
        rows = db.execute(f"SELECT seq, {_COLUMNS} FROM stories WHERE seq > ? ORDER BY seq", (self.seen,))
        for seq, *row in rows:
            entry = _entry(row)
            if self.everything or _period(entry.day) in self.periods:
                self.index.add(entry)
            self.seen = max(self.seen, seq)
        merges = db.execute(
            "SELECT seq, folded, into_story FROM story_merges WHERE seq > ? ORDER BY seq", (self.seen_merges,)
        )
        for seq, folded, into in merges:
            self.index.merge(folded, into)
            self.seen_merges = max(self.seen_merges, seq)

    def assign(self, db: Database, article: Article) -> Article:
        """``article`` with its story (its row written): call inside the write lock, caught up."""
        self.forget(db, [article.id])  # an updated article is grouped afresh
        entry = entry_of(article)
        self._load(db, periods_for(entry.day))
        entry, joined, _moved = self.index.assign(entry)
        for other in joined:
            self.seen_merges = self._fold(db, other, entry.story)
        # Inside the write lock, caught up: no other writer's row comes between, so this
        # writer's own rows need not be read back.
        self.seen = db.execute(
            f"INSERT INTO stories ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING seq",
            (entry.id, entry.story, entry.lang, entry.day.isoformat() if entry.day else None, entry.size,
             entry.signature_bytes(), " ".join(sorted(entry.anchors))),
        ).fetchone()[0]  # fmt: skip
        return dataclasses.replace(article, story=entry.story)

    @contextmanager
    def rolled_back_with(self) -> Iterator[None]:
        """Around a transaction that assigns stories: if it rolls back, what this writer holds
        in memory is no longer the store's, and is read anew when next needed."""
        try:
            yield
        except BaseException:
            self.__init__()
            raise

    def _load(self, db: Database, periods: list[int | None] | None) -> None:
        """Read the rows of ``periods`` (``None``: all) that are not in memory yet."""
        if self.everything:
            return
        if periods is None:
            self._add(db.execute(f"SELECT {_COLUMNS} FROM stories"))
            self.everything = True
            return
        for period in periods:
            if period in self.periods:
                self.periods.move_to_end(period)
                continue
            if period is None:
                rows = db.execute(f"SELECT {_COLUMNS} FROM stories WHERE day IS NULL")
            else:
                first, last = (day.isoformat() for day in period_days(period))
                rows = db.execute(f"SELECT {_COLUMNS} FROM stories WHERE day >= ? AND day <= ?", (first, last))
            self._add(rows)
            self.periods[period] = None
        while len(self.periods) > MAX_PERIODS:
            self.index.drop_period(self.periods.popitem(last=False)[0])

    def _add(self, rows: Iterable[tuple]) -> None:
        for row in rows:
            self.index.add(_entry(row))

    @staticmethod
    def _fold(db: Database, story: str, into: str) -> int:
        """Fold ``story`` into ``into`` in the store: its rows (of every period, in memory or
        not), the record of each of its articles, which goes back to 'pending' so the index
        takes its new story, and a note for other writers (its ``seq`` is returned)."""
        moved = [row[0] for row in db.execute("SELECT id FROM stories WHERE story = ?", (story,))]
        db.execute("UPDATE stories SET story = ? WHERE story = ?", (into, story))
        note = "INSERT INTO story_merges (folded, into_story) VALUES (?, ?) RETURNING seq"
        seq = db.execute(note, (story, into)).fetchone()[0]
        for article_id in moved:
            row = db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                continue
            record = encode_record(dataclasses.replace(decode_record(row[0]), story=into))
            db.execute("UPDATE articles SET record = ?, status = 'pending' WHERE id = ?", (record, article_id))
        return seq

    def forget(self, db: Database, ids: list[str]) -> None:
        db.executemany("DELETE FROM stories WHERE id = ?", [(i,) for i in ids])
        for article_id in ids:
            self.index.remove(article_id)


def _entry(row: tuple) -> StoryEntry:
    article_id, story, lang, day, size, signature, anchors = row
    return StoryEntry(article_id, story, lang, _day(day), size, StoryEntry.signature_from(bytes(signature)),
                      frozenset(anchors.split()) if anchors else frozenset())  # fmt: skip


def _period(day: date | None) -> int | None:
    periods = periods_for(day)
    return None if periods is None else periods[1]


_assigners: dict[str, StoryAssigner] = {}


def assigner_for(url: str) -> StoryAssigner:
    """The process's assigner for the store at ``url``: its entries are read once per process
    (a batch of files opens the store anew; it must not read every signature anew)."""
    if url not in _assigners:
        _assigners[url] = StoryAssigner()
    return _assigners[url]
