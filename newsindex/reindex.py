"""Rebuilding the index from the record store into a new generation, and rolling back.

The live generation keeps serving searches while the new one is built; it is checked
(document count, known queries) before the pointer flips atomically. The previous generation
stays for rollback; older ones are removed.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from pathlib import Path

from index import generations
from index.errors import IndexCorruptError, NewsIndexError
from index.search import search
from index.shards import ShardedIndex, copy_shards
from index.writer import IndexSettings, create_index, open_index, optimize_index
from newsindex.pipeline import write_and_mark
from newsindex.store import RecordStore

__all__ = ["ReindexReport", "check_generation", "rebuild", "rebuild_shard", "rollback"]

log = logging.getLogger(__name__)

KEEP_GENERATIONS = 2  # the live one and the one before it


@dataclass(frozen=True, slots=True)
class ReindexReport:
    generation: str
    previous: str | None
    articles: int
    checked_queries: int
    removed: tuple[str, ...]


def rebuild(home: Path, store: RecordStore, settings: IndexSettings, *, chunk: int = 500) -> ReindexReport:
    """Build a new generation from every stored article (those stored before story grouping
    given their stories first), check it, and make it live."""
    store.group_ungrouped(chunk)
    previous = generations.live_generation(home)
    generation = create_index(home, settings)
    ix = open_index(home, settings, generation)
    try:
        written = write_and_mark(ix, store, store.iter_all(chunk), settings)
        optimize_index(ix)
    finally:
        ix.close()
    return _go_live(home, store, generation, previous, written)


def rebuild_shard(home: Path, store: RecordStore, settings: IndexSettings, shard: str) -> ReindexReport:
    """Rebuild one shard of the live sharded index into a new generation (the other shards
    hard-linked from the live one), check the whole, and make it live."""
    previous = generations.live_generation(home)
    if previous is None or not generations.read_build_info(previous).get("shard_by"):
        raise NewsIndexError(f"the index under {home} has no shards; rebuild it whole (--shard-by month to shard it)")
    open_index(home, settings).close()  # the same analysis and layout, or a whole rebuild is needed
    generation = generations.create_generation(home, settings.build_info())
    copy_shards(previous, generation, leave_out=shard)
    ix = open_index(home, settings, generation)
    try:
        assert isinstance(ix, ShardedIndex)
        mine = ([a for a in chunk if ix.shard_for(a) == shard] for chunk in store.iter_all())
        written = write_and_mark(ix, store, (chunk for chunk in mine if chunk), settings)
        optimize_index(ix, shard=shard)
    finally:
        ix.close()
    return _go_live(home, store, generation, previous, written)


def _go_live(home: Path, store: RecordStore, generation: Path, previous: Path | None, written: int) -> ReindexReport:
    checked = check_generation(home, generation, store.count(), _probe_titles(store))
    generations.switch_to(home, generation)
    removed = generations.remove_old_generations(home, keep=KEEP_GENERATIONS)
    log.info("generation %s is live (%d articles written)", generation.name, written)
    return ReindexReport(generation.name, previous.name if previous else None, written, checked,
                         tuple(p.name for p in removed))  # fmt: skip


def _probe_titles(store: RecordStore, count: int = 3) -> list[tuple[str, str]]:
    """A few (id, title) pairs whose title search must find the article."""
    sample: list[tuple[str, str]] = []
    rng = random.Random(0)
    for articles in store.iter_all(200):
        titled = [(a.id, a.title) for a in articles if a.title]
        sample += rng.sample(titled, min(len(titled), 1))
        if len(sample) >= count:
            break
    return sample


def check_generation(home: Path, generation: Path, expected: int, probes: list[tuple[str, str]]) -> int:
    """Raise unless ``generation`` holds ``expected`` documents and finds each probe's article."""
    ix = open_index(home, generation=generation)
    try:
        count = ix.doc_count()
        if count != expected:
            raise IndexCorruptError(f"new generation {generation.name} has {count} documents, store has {expected}")
        for article_id, title in probes:
            try:
                ids = {h.id for h in search(ix, _quote_free(title), limit=50, group=False).hits}
            except NewsIndexError:
                continue  # a title of only stop words cannot be searched; not a defect of the index
            if article_id not in ids:
                raise IndexCorruptError(f"new generation {generation.name} does not find {article_id!r} by its title")
    finally:
        ix.close()
    return len(probes)


def _quote_free(title: str) -> str:
    return "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in title)


def rollback(home: Path) -> tuple[str, str]:
    """Make the generation before the live one live again; returns ``(from, to)``."""
    live = generations.live_generation(home)
    older = [g for g in generations.generations(home) if live is None or g.name < live.name]
    if live is None or not older:
        raise NewsIndexError(f"no previous generation under {home} to roll back to")
    target = older[-1]
    open_index(home, generation=target).close()  # refuse to switch to an unreadable generation
    generations.switch_to(home, target)
    return live.name, target.name
