"""Story ids given as articles are stored: the record store's side of :mod:`index.stories`.

Each stored article has a row in the ``stories`` table (its MinHash signature, size, language,
day and figures). A writer keeps those rows in a :class:`~index.stories.StoryIndex` for its
process and, inside the store's write lock, first reads the rows other writers (processes,
machines sharing a PostgreSQL store) added since it last looked: every article is grouped
against every article stored before it.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from extractors import Article
from index.database import Database
from index.stories import StoryEntry, StoryIndex, story_text
from newsindex.record_codec import decode_record, encode_record

__all__ = ["StoryAssigner", "entry_of"]


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
        self.seen = 0  # the last ``seq`` read

    def catch_up(self, db: Database) -> None:
        if (db.execute("SELECT MAX(seq) FROM stories").fetchone()[0] or 0) < self.seen:
            self.__init__()  # the store was replaced (a new file at the same path): read it anew
        rows = db.execute(
            "SELECT seq, id, story, lang, day, size, signature, anchors FROM stories WHERE seq > ? ORDER BY seq",
            (self.seen,),
        )
        for seq, article_id, story, lang, day, size, signature, anchors in rows:
            self.index.add(StoryEntry(article_id, story, lang, _day(day), size,
                                      StoryEntry.signature_from(bytes(signature)),
                                      frozenset(anchors.split()) if anchors else frozenset()))  # fmt: skip
            self.seen = max(self.seen, seq)

    def assign(self, db: Database, article: Article) -> Article:
        """``article`` with its story (its row written): call inside the write lock, caught up."""
        self.forget(db, [article.id])  # an updated article is grouped afresh
        entry, joined, moved = self.index.assign(entry_of(article))
        db.executemany("UPDATE stories SET story = ? WHERE story = ?", [(entry.story, other) for other in joined])
        self._repoint(db, moved, entry.story)
        db.execute(
            "INSERT INTO stories (id, story, lang, day, size, signature, anchors) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (entry.id, entry.story, entry.lang, entry.day.isoformat() if entry.day else None, entry.size,
             entry.signature_bytes(), " ".join(sorted(entry.anchors))),
        )  # fmt: skip
        return dataclasses.replace(article, story=entry.story)

    @staticmethod
    def _repoint(db: Database, moved: list[str], into: str) -> None:
        """The records of articles whose story was folded into ``into`` change, and they go
        back to 'pending' so the index takes their new story."""
        for article_id in moved:
            row = db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                continue
            record = encode_record(dataclasses.replace(decode_record(row[0]), story=into))
            db.execute("UPDATE articles SET record = ?, status = 'pending' WHERE id = ?", (record, article_id))

    def forget(self, db: Database, ids: list[str]) -> None:
        db.executemany("DELETE FROM stories WHERE id = ?", [(i,) for i in ids])
        for article_id in ids:
            self.index.remove(article_id)


_assigners: dict[str, StoryAssigner] = {}


def assigner_for(url: str) -> StoryAssigner:
    """The process's assigner for the store at ``url``: its entries are read once per process
    (a batch of files opens the store anew; it must not read every signature anew)."""
    if url not in _assigners:
        _assigners[url] = StoryAssigner()
    return _assigners[url]
