"""Time-partitioned shards: one generation split into Whoosh indexes by publication period.

    HOME/index/gen-000004/            an empty Whoosh index: the schema every shard is made with
    HOME/index/gen-000004/shards/2024-05/    the articles published in May 2024 (``shard_by="month"``)
    HOME/index/gen-000004/shards/undated/    the articles without a publication date

One index slows down as it grows (merges rewrite ever larger segments, and Whoosh is known to
struggle in the millions); a shard stays the size of its period, a new period starts a new
shard, and one shard can be rebuilt alone. Each shard has its own Whoosh lock, so different
shards can be written at once.

Search reads all shards through one :class:`~whoosh.reading.MultiReader` of their segments,
so term statistics (document frequencies, field lengths, document counts) are summed over the
whole collection: a score does not depend on how the articles are split.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import index as whoosh_index
from whoosh.index import FileIndex
from whoosh.reading import EmptyReader, IndexReader, MultiReader
from whoosh.searching import Searcher

if TYPE_CHECKING:
    from extractors import Article

__all__ = ["PERIODS", "UNDATED", "ShardedIndex", "copy_shards", "shard_name"]

log = logging.getLogger(__name__)

PERIODS = {"month": 7, "year": 4}  # how many characters of an ISO date name a shard
UNDATED = "undated"
SHARDS_DIR = "shards"
_NAME_RE = re.compile(r"^(?:\d{4}(?:-\d{2})?|undated)$")


def shard_name(published: str | None, period: str) -> str:
    """The shard an article published at ``published`` (ISO 8601) belongs to.

    >>> shard_name("2024-05-16T16:57:00+09:00", "month"), shard_name("2024-05-16", "year"), shard_name(None, "month")
    ('2024-05', '2024', 'undated')
    """
    if not published or not re.match(r"\d{4}-\d{2}", published):
        return UNDATED
    return published[: PERIODS[period]]


class ShardedIndex:
    """The shards of one generation, read and written as one index.

    Offers what newsindex uses of a Whoosh index (``schema``, ``searcher``, ``reader``,
    ``doc_count``, ``close``), plus the shards themselves for writing.
    """

    def __init__(self, template: FileIndex, generation: Path, period: str) -> None:
        self.template = template
        self.generation = generation
        self.period = period
        self.root = generation / SHARDS_DIR
        self.schema = template.schema  # unpickled once: Whoosh reads the TOC on every access
        self._shards: dict[str, FileIndex] = {}

    def __repr__(self) -> str:
        return f"ShardedIndex({self.generation}, by {self.period})"

    # shards ----------------------------------------------------------------------------------
    def shard_names(self) -> list[str]:
        """The shards that exist, oldest period first ("undated" last)."""
        if not self.root.is_dir():
            return []
        names = [p.name for p in self.root.iterdir() if _NAME_RE.match(p.name) and _has_toc(p)]
        return sorted(names, key=lambda name: (name == UNDATED, name))

    def shard(self, name: str, *, create: bool = False) -> FileIndex:
        """The Whoosh index of shard ``name``; made (empty, with the schema) when ``create``."""
        found = self._shards.get(name)
        if found is not None:
            return found
        path = self.root / name
        if _has_toc(path):
            found = whoosh_index.open_dir(str(path))
        elif create:
            path.mkdir(parents=True, exist_ok=True)
            found = whoosh_index.create_in(str(path), self.schema)
        else:
            raise KeyError(f"no shard {name!r} in {self.generation}")
        self._shards[name] = found
        return found

    def shard_for(self, article: Article) -> str:
        return shard_name(article.published, self.period)

    def shards_holding(self, ids: Iterable[str]) -> dict[str, list[str]]:
        """For each shard, which of ``ids`` it holds (shards holding none are left out)."""
        wanted = list(ids)
        found: dict[str, list[str]] = {}
        for name in self.shard_names():
            with self.shard(name).reader() as reader:
                held = [article_id for article_id in wanted if _holds(reader, article_id)]
            if held:
                found[name] = held
        return found

    # reading ---------------------------------------------------------------------------------
    def reader(self) -> IndexReader:
        """One reader over the segments of every shard: statistics summed over all of them."""
        leaves = []
        for name in self.shard_names():
            reader = self.shard(name).reader()
            leaves += [leaf for leaf, _offset in reader.leaf_readers()] if not reader.is_atomic() else [reader]
        if not leaves:
            return EmptyReader(self.schema)
        return leaves[0] if len(leaves) == 1 else MultiReader(leaves)

    def searcher(self, **kwargs: Any) -> ShardSearcher:
        state = self.latest_generation()
        return ShardSearcher(self.reader(), state=state, fromindex=self, **kwargs)

    def latest_generation(self) -> tuple[tuple[str, int], ...]:
        """Each shard's Whoosh generation: changes when any shard commits or a shard appears."""
        return tuple((name, self.shard(name).latest_generation()) for name in self.shard_names())

    def doc_count(self) -> int:
        return sum(self.shard(name).doc_count() for name in self.shard_names())

    def doc_count_all(self) -> int:
        return sum(self.shard(name).doc_count_all() for name in self.shard_names())

    def _segments(self) -> list[Any]:
        return [segment for name in self.shard_names() for segment in self.shard(name)._segments()]

    def close(self) -> None:
        for found in self._shards.values():
            found.close()
        self._shards.clear()
        self.template.close()


def _has_toc(path: Path) -> bool:
    """Whether ``path`` holds a Whoosh index (its table of contents; read only when opened)."""
    return any(path.glob("_MAIN_*.toc"))


def _holds(reader: IndexReader, article_id: str) -> bool:
    """Whether a live document has ``article_id`` (a deleted one keeps its terms until a merge)."""
    if ("id", article_id) not in reader:
        return False
    return any(not reader.is_deleted(docnum) for docnum in reader.postings("id", article_id).all_ids())


class ShardSearcher(Searcher):
    """A searcher over all shards that knows when any of them changed."""

    def __init__(self, reader: IndexReader, state: tuple[tuple[str, int], ...] = (), **kwargs: Any) -> None:
        super().__init__(reader, **kwargs)  # Whoosh makes sub-searchers with this class too, without a state
        self._state = state

    def up_to_date(self) -> bool:
        return self._ix.latest_generation() == self._state

    def refresh(self) -> ShardSearcher:
        if self.up_to_date():
            return self
        self.close()
        return self._ix.searcher(weighting=self.weighting)


def copy_shards(source: Path, target: Path, *, leave_out: str | None = None) -> list[str]:
    """Hard-link the schema and every shard but ``leave_out`` from generation ``source`` into
    ``target`` (Whoosh never rewrites a file in place, so the copies share storage safely)."""
    copied = []
    for path in source.iterdir():
        if path.is_file() and not path.name.startswith(".") and path.name != "build.json" and "LOCK" not in path.name:
            _link(path, target / path.name)
    for shard in sorted((source / SHARDS_DIR).iterdir()) if (source / SHARDS_DIR).is_dir() else []:
        if shard.name == leave_out or not _NAME_RE.match(shard.name):
            continue
        (target / SHARDS_DIR / shard.name).mkdir(parents=True, exist_ok=True)
        for path in shard.iterdir():
            if path.is_file() and "LOCK" not in path.name.upper():
                _link(path, target / SHARDS_DIR / shard.name / path.name)
        copied.append(shard.name)
    return copied


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed: a copy does the same
        shutil.copy2(source, target)
