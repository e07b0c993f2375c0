"""Writing articles into the live Whoosh index generation."""

from __future__ import annotations

import gc
import logging
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import index as whoosh_index
from whoosh.index import Index, LockError
from whoosh.writing import IndexWriter

from index import generations, kiwi_model
from index.codec import CompactCodec
from index.errors import IndexBusyError, IndexCorruptError, IndexMissingError, IndexOutdatedError
from index.merge import merge_all, merge_policy
from index.schema import KOREAN_FIELDS, article_document, build_schema, field_texts
from index.segments import ArrayWriter
from index.shards import PERIODS, SHARDS_DIR, ShardedIndex

if TYPE_CHECKING:
    from extractors import Article

__all__ = [
    "IndexSettings",
    "create_index",
    "delete_articles",
    "open_index",
    "optimize_index",
    "relocate_articles",
    "write_articles",
    "write_stream",
]

log = logging.getLogger(__name__)

# 3: one compressed stored document; 4: varint positions, token spans stored; 5-6: array blocks; 7: story;
# 8: headline Hanja read in Hangul (index.hanja), numbers without leading zeros; 9: numbers with their counters (5월)
SCHEMA_VERSION = 9
_OPEN_ATTEMPTS = 5
SEGMENT_SIZE = 4000  # articles per commit (see write_stream)
PREFETCH_DEPTH = 3  # chunks Kiwi analyses ahead of the writer (see write_stream)


class IndexSettings:
    """Analysis and layout settings an index is built with; a change means a rebuild.

    ``shard_by`` ("month" or "year") splits the index into time-partitioned shards (see
    :mod:`index.shards`); None keeps one index.
    """

    def __init__(self, user_dict: Path | None = None, shard_by: str | None = None) -> None:
        if shard_by not in (None, *PERIODS):
            raise ValueError(f"shards go by {' or '.join(PERIODS)} (or none), not {shard_by!r}")
        self.user_dict = str(user_dict.resolve()) if user_dict else None
        self.shard_by = shard_by

    @classmethod
    def resolve(cls, home: Path, user_dict: str | Path | None = None, shard_by: str | None = None) -> IndexSettings:
        """The settings to write ``home``'s index with: each one given, else the one the live
        index was built with (so a plain ``ingest`` keeps using them). ``shard_by="none"``
        asks for one index."""
        live = generations.live_generation(home)
        built = generations.read_build_info(live) if live else {}
        dictionary = user_dict or built.get("user_dict")
        layout = shard_by or built.get("shard_by")
        return cls(Path(dictionary) if dictionary else None, None if layout == "none" else layout)

    def build_info(self) -> dict[str, Any]:
        if self.user_dict and not Path(self.user_dict).is_file():
            raise IndexOutdatedError(f"user dictionary {self.user_dict} is missing; restore it or reindex without it")
        return {
            "schema_version": SCHEMA_VERSION,
            "shard_by": self.shard_by,
            "user_dict": self.user_dict,
            "user_dict_version": kiwi_model.dictionary_version(self.user_dict),
            **kiwi_model.kiwi_versions(),
        }


def create_index(home: Path, settings: IndexSettings) -> Path:
    """A new empty generation with the schema for ``settings`` (not yet live)."""
    generation = generations.create_generation(home, settings.build_info())
    whoosh_index.create_in(str(generation), build_schema(settings.user_dict))
    if settings.shard_by:
        (generation / SHARDS_DIR).mkdir()
    return generation


def open_index(
    home: Path, settings: IndexSettings | None = None, generation: Path | None = None
) -> Index | ShardedIndex:
    """Open the live generation (or ``generation``), checking it matches ``settings``; a
    sharded generation opens as one :class:`~index.shards.ShardedIndex`.

    A rebuild may retire the generation the pointer named a moment ago; the pointer is then
    read again, so readers always land on a complete generation.
    """
    for attempt in range(_OPEN_ATTEMPTS):
        target = generation or generations.live_generation(home)
        if target is None:
            raise IndexMissingError(f"no index under {home}; create one with: newsindex ingest PATH")
        try:
            ix = whoosh_index.open_dir(str(target))
            break
        except Exception as exc:  # Whoosh raises many kinds for a missing or damaged TOC or segment
            retired = generation is None and generations.live_generation(home) != target
            if retired and attempt + 1 < _OPEN_ATTEMPTS:
                continue
            raise IndexCorruptError(
                f"index {target} cannot be opened ({type(exc).__name__}: {exc}); rebuild it with: newsindex reindex"
            ) from None
    if settings is not None:
        _check_settings(target, settings)
    period = generations.read_build_info(target).get("shard_by")
    return _open_shards(ix, target, period) if period else ix


def _open_shards(template: Index, generation: Path, period: str) -> ShardedIndex:
    sharded = ShardedIndex(template, generation, period)
    for name in sharded.shard_names():
        try:
            sharded.shard(name)
        except Exception as exc:  # as for one index: a damaged shard is reported, never half-read
            sharded.close()
            raise IndexCorruptError(
                f"shard {name} of {generation} cannot be opened ({type(exc).__name__}: {exc}); "
                "rebuild it with: newsindex reindex"
            ) from None
    return sharded


def _check_settings(generation: Path, settings: IndexSettings) -> None:
    built = generations.read_build_info(generation)
    wanted = settings.build_info()
    changed = [k for k in wanted if built.get(k) != wanted[k]]
    if changed == ["shard_by"]:
        raise IndexOutdatedError(
            f"the index is {_layout(built.get('shard_by'))}, not {_layout(settings.shard_by)}; "
            f"change it with: newsindex reindex --shard-by {settings.shard_by or 'none'}"
        )
    if changed:
        raise IndexOutdatedError(
            f"the index was built with other analysis settings ({', '.join(changed)} changed since); "
            "rebuild it with: newsindex reindex"
        )


def _layout(shard_by: str | None) -> str:
    return f"sharded by {shard_by}" if shard_by else "one index"


def _writer(ix: Index, timeout: float) -> IndexWriter:
    try:
        return ArrayWriter(ix, timeout=timeout, codec=CompactCodec())
    except LockError:
        raise IndexBusyError(f"another process is writing the index; gave up after {timeout:.0f} s") from None


def write_articles(
    ix: Index | ShardedIndex, articles: Sequence[Article], *, user_dict: str | None = None, timeout: float = 60.0
) -> int:
    """Add or replace (by id) ``articles`` in one commit; returns how many were written."""
    return sum(len(ids) for ids in write_stream(ix, [articles], user_dict=user_dict, timeout=timeout))


def write_stream(
    ix: Index | ShardedIndex,
    chunks: Iterable[Sequence[Article]],
    *,
    user_dict: str | None = None,
    timeout: float = 60.0,
    segment_size: int = SEGMENT_SIZE,
    depth: int = PREFETCH_DEPTH,
    relocate: bool = True,
) -> Iterator[list[str]]:
    """Index chunks of articles, yielding the ids of each commit once it is durable.

    Kiwi analyses up to ``depth`` chunks ahead on its worker threads (its C++ core releases
    the GIL) while Whoosh's Python code indexes the current one, so both cores stay busy, also
    through a commit (a second or two of Python) or a merge. One commit (one new segment)
    takes about ``segment_size`` articles: fewer segments to merge, and a pool that still
    fits in memory. In a sharded index, an article whose date moved it to another shard leaves
    its old one, unless ``relocate`` is False (the caller has already done it).
    """
    segment = _Segment(ix, timeout, segment_size, relocate)
    with _collector_paused(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiwi-prefetch") as pool:
        try:
            ahead: deque[tuple[Sequence, Future]] = deque()
            for chunk in chunks:
                ahead.append(_prepare(pool, chunk, user_dict))
                if len(ahead) > depth:
                    yield from segment.add(*ahead.popleft())
            while ahead:
                yield from segment.add(*ahead.popleft())
            yield from segment.commit()
        except BaseException:
            segment.cancel()
            for _, analysed in ahead:
                analysed.cancel()
                analysed.add_done_callback(_release_analysed)
            raise


def _prepare(pool: ThreadPoolExecutor, articles: Sequence[Article], user_dict: str | None) -> tuple[Sequence, Future]:
    texts = [text for a in articles for name, text in field_texts(a).items() if name in KOREAN_FIELDS]
    return articles, pool.submit(kiwi_model.prefetch, texts, user_dict)


def _release_analysed(analysed: Future) -> None:
    """Drop the tokens of a chunk that will not be indexed (the write failed or stopped)."""
    if not analysed.cancelled() and analysed.exception() is None:
        kiwi_model.release(analysed.result())


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while Whoosh makes millions of small objects (terms,
    postings, position lists): each collection walks every live one, and at 3,000 articles
    that took a quarter of the indexing thread's time. Off for a whole stream, not chunk by
    chunk: turned on between chunks it collected the chunk's young objects each time (0.8 s of
    collections for 2,000 articles, against 0.2 s now). Reference counting frees the pools;
    the few cycles Whoosh's writers leave are collected after each commit (:meth:`_Segment.commit`)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Segment:
    """The articles added since the last commit, with the writers that hold them (one per
    shard written to; one in all for an unsharded index)."""

    def __init__(self, ix: Index | ShardedIndex, timeout: float, size: int, relocate: bool = True) -> None:
        self.ix, self.timeout, self.size, self.relocate = ix, timeout, size, relocate
        self.schema = ix.schema  # read from the TOC file on every access
        self.writers: dict[str, IndexWriter] = {}
        self.ids: list[str] = []

    def add(self, articles: Sequence[Article], analysed: Future) -> Iterator[list[str]]:
        keys = analysed.result()
        try:
            now = datetime.now(UTC).replace(tzinfo=None)
            documents = [article_document(a, now, self.schema) for a in articles]
        finally:
            kiwi_model.release(keys)
        targets = [self._shard_of(a) for a in articles]
        if isinstance(self.ix, ShardedIndex) and self.relocate:
            self._drop_moved(articles, targets)
        for target, document in zip(targets, documents, strict=True):
            self._writer(target).update_document(**document)
        self.ids += [a.id for a in articles]
        if len(self.ids) >= self.size:
            yield from self.commit()

    def _shard_of(self, article: Article) -> str:
        return self.ix.shard_for(article) if isinstance(self.ix, ShardedIndex) else ""

    def _writer(self, shard: str) -> IndexWriter:
        writer = self.writers.get(shard)
        if writer is None:
            target = self.ix.shard(shard, create=True) if isinstance(self.ix, ShardedIndex) else self.ix
            writer = self.writers[shard] = _writer(target, self.timeout)
        return writer

    def _drop_moved(self, articles: Sequence[Article], targets: list[str]) -> None:
        """An article whose date moved it to another shard leaves its old one."""
        target_of = {a.id: t for a, t in zip(articles, targets, strict=True)}
        for shard, stale in _stale_copies(self.ix, target_of).items():
            for article_id in stale:
                self._writer(shard).delete_by_term("id", article_id)

    def commit(self) -> Iterator[list[str]]:
        if not self.writers:
            return
        writers, self.writers = self.writers, {}
        for writer in writers.values():
            writer.commit(mergetype=merge_policy)
        gc.collect(0)  # the segment's pool is gone: what is young now is little more than Whoosh's cycles
        ids, self.ids = self.ids, []
        yield ids

    def cancel(self) -> None:
        writers, self.writers = self.writers, {}
        for writer in writers.values():
            writer.cancel()


def delete_articles(ix: Index | ShardedIndex, ids: Iterable[str], *, timeout: float = 60.0) -> int:
    ids = list(ids)
    if not ids:
        return 0
    if isinstance(ix, ShardedIndex):
        for shard, held in ix.shards_holding(ids).items():
            _delete(ix.shard(shard), held, timeout)
    else:
        _delete(ix, ids, timeout)
    return len(ids)


def relocate_articles(ix: ShardedIndex, target_of: dict[str, str], *, timeout: float = 60.0) -> int:
    """Delete the copies of articles held by a shard other than their target; returns how many."""
    stale_by_shard = _stale_copies(ix, target_of)
    for shard, stale in stale_by_shard.items():
        _delete(ix.shard(shard), stale, timeout)
    return sum(map(len, stale_by_shard.values()))


def _stale_copies(ix: ShardedIndex, target_of: dict[str, str]) -> dict[str, list[str]]:
    """For each shard, the articles it holds that belong to another shard now."""
    found = {}
    for shard, held in ix.shards_holding(target_of).items():
        stale = [article_id for article_id in held if target_of[article_id] != shard]
        if stale:
            found[shard] = stale
    return found


def _delete(ix: Index, ids: list[str], timeout: float) -> None:
    writer = _writer(ix, timeout)
    for article_id in ids:
        writer.delete_by_term("id", article_id)
    writer.commit(mergetype=merge_policy)


def optimize_index(ix: Index | ShardedIndex, *, shard: str | None = None, timeout: float = 60.0) -> None:
    """Merge the whole index (each shard, or only ``shard``) into one segment (what a finished
    rebuild serves from)."""
    if isinstance(ix, ShardedIndex):
        names = [shard] if shard is not None else ix.shard_names()
        targets = [ix.shard(name) for name in names if name in ix.shard_names()]
    else:
        targets = [ix]
    for target in targets:
        _writer(target, timeout).commit(mergetype=merge_all)
