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

if TYPE_CHECKING:
    from extractors import Article

__all__ = [
    "IndexSettings",
    "create_index",
    "delete_articles",
    "open_index",
    "optimize_index",
    "write_articles",
    "write_stream",
]

log = logging.getLogger(__name__)

SCHEMA_VERSION = 6  # 3: one compressed stored document; 4: varint positions, token spans stored; 5-6: array blocks
_OPEN_ATTEMPTS = 5
SEGMENT_SIZE = 4000  # articles per commit (see write_stream)
PREFETCH_DEPTH = 3  # chunks Kiwi analyses ahead of the writer (see write_stream)


class IndexSettings:
    """Analysis settings an index is built with; a change means a rebuild."""

    def __init__(self, user_dict: Path | None = None) -> None:
        self.user_dict = str(user_dict.resolve()) if user_dict else None

    @classmethod
    def resolve(cls, home: Path, user_dict: str | Path | None = None) -> IndexSettings:
        """The settings to write ``home``'s index with: ``user_dict`` when given, else the
        dictionary the live index was built with (so a plain ``ingest`` keeps using it)."""
        if user_dict:
            return cls(Path(user_dict))
        live = generations.live_generation(home)
        built = generations.read_build_info(live).get("user_dict") if live else None
        return cls(Path(built) if built else None)

    def build_info(self) -> dict[str, Any]:
        if self.user_dict and not Path(self.user_dict).is_file():
            raise IndexOutdatedError(f"user dictionary {self.user_dict} is missing; restore it or reindex without it")
        return {
            "schema_version": SCHEMA_VERSION,
            "user_dict": self.user_dict,
            "user_dict_version": kiwi_model.dictionary_version(self.user_dict),
            **kiwi_model.kiwi_versions(),
        }


def create_index(home: Path, settings: IndexSettings) -> Path:
    """A new empty generation with the schema for ``settings`` (not yet live)."""
    generation = generations.create_generation(home, settings.build_info())
    whoosh_index.create_in(str(generation), build_schema(settings.user_dict))
    return generation


def open_index(home: Path, settings: IndexSettings | None = None, generation: Path | None = None) -> Index:
    """Open the live generation (or ``generation``), checking it matches ``settings``.

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
    return ix


def _check_settings(generation: Path, settings: IndexSettings) -> None:
    built = generations.read_build_info(generation)
    wanted = settings.build_info()
    changed = [k for k in wanted if built.get(k) != wanted[k]]
    if changed:
        raise IndexOutdatedError(
            f"the index was built with other analysis settings ({', '.join(changed)} changed since); "
            "rebuild it with: newsindex reindex"
        )


def _writer(ix: Index, timeout: float) -> IndexWriter:
    try:
        return ArrayWriter(ix, timeout=timeout, codec=CompactCodec())
    except LockError:
        raise IndexBusyError(f"another process is writing the index; gave up after {timeout:.0f} s") from None


def write_articles(
    ix: Index, articles: Sequence[Article], *, user_dict: str | None = None, timeout: float = 60.0
) -> int:
    """Add or replace (by id) ``articles`` in one commit; returns how many were written."""
    return sum(len(ids) for ids in write_stream(ix, [articles], user_dict=user_dict, timeout=timeout))


def write_stream(
    ix: Index,
    chunks: Iterable[Sequence[Article]],
    *,
    user_dict: str | None = None,
    timeout: float = 60.0,
    segment_size: int = SEGMENT_SIZE,
    depth: int = PREFETCH_DEPTH,
) -> Iterator[list[str]]:
    """Index chunks of articles, yielding the ids of each commit once it is durable.

    Kiwi analyses up to ``depth`` chunks ahead on its worker threads (its C++ core releases
    the GIL) while Whoosh's Python code indexes the current one, so both cores stay busy, also
    through a commit (a second or two of Python) or a merge. One commit (one new segment)
    takes about ``segment_size`` articles: fewer segments to merge, and a pool that still
    fits in memory.
    """
    segment = _Segment(ix, timeout, segment_size)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiwi-prefetch") as pool:
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
    that took a quarter of the indexing thread's time. Indexing makes no reference cycles,
    so reference counting frees everything as before; the collector runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Segment:
    """The articles added since the last commit, with the writer that holds them."""

    def __init__(self, ix: Index, timeout: float, size: int) -> None:
        self.ix, self.timeout, self.size = ix, timeout, size
        self.schema = ix.schema  # read from the TOC file on every access
        self.writer: IndexWriter | None = None
        self.ids: list[str] = []

    def add(self, articles: Sequence[Article], analysed: Future) -> Iterator[list[str]]:
        keys = analysed.result()
        with _collector_paused():
            try:
                now = datetime.now(UTC).replace(tzinfo=None)
                documents = [article_document(a, now, self.schema) for a in articles]
            finally:
                kiwi_model.release(keys)
            if self.writer is None:
                self.writer = _writer(self.ix, self.timeout)
            for document in documents:
                self.writer.update_document(**document)
        self.ids += [a.id for a in articles]
        if len(self.ids) >= self.size:
            yield from self.commit()

    def commit(self) -> Iterator[list[str]]:
        if self.writer is None:
            return
        writer, self.writer = self.writer, None
        with _collector_paused():
            writer.commit(mergetype=merge_policy)
        ids, self.ids = self.ids, []
        yield ids

    def cancel(self) -> None:
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None


def delete_articles(ix: Index, ids: Iterable[str], *, timeout: float = 60.0) -> int:
    ids = list(ids)
    if not ids:
        return 0
    writer = _writer(ix, timeout)
    for article_id in ids:
        writer.delete_by_term("id", article_id)
    writer.commit(mergetype=merge_policy)
    return len(ids)


def optimize_index(ix: Index, *, timeout: float = 60.0) -> None:
    """Merge the whole index into one segment (what a finished rebuild serves from)."""
    _writer(ix, timeout).commit(mergetype=merge_all)
