"""The ingest pipeline as plain functions: plan, extract into the record store, index.

Prefect flows (``flows/``) orchestrate exactly these functions; calling them directly gives
the same result without an orchestrator (tests and benchmarks do). Order matters for safety:
an article reaches the record store (status 'pending') before the index, and is marked
'indexed' only after the index commit that holds it, so a crash anywhere is repaired by the
next run.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractors import NO_TEXT_WARNING, SUPPORTED_SUFFIXES, Article, ExtractionError, iter_extract
from index import generations
from index.shards import ShardedIndex
from index.writer import IndexSettings, create_index, delete_articles, open_index, relocate_articles, write_stream
from newsindex.store import FileOutcome, RecordStore

if TYPE_CHECKING:
    from whoosh.index import Index

__all__ = [
    "BatchReport",
    "IngestPlan",
    "SourceFile",
    "discover",
    "ensure_index",
    "extract_into_store",
    "index_pending",
    "plan_ingest",
    "prune_missing",
    "roots_of",
    "run_ingest",
    "summarize",
    "writing_run",
]

log = logging.getLogger(__name__)

INDEX_CHUNK = 500  # articles per Kiwi batch; one commit spans several (index.writer.SEGMENT_SIZE)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file to ingest, the root its article id is relative to, and its content hash."""

    path: Path
    root: Path
    file_hash: str = ""

    @property
    def key(self) -> str:
        return str(self.path.resolve())


@dataclass(slots=True)
class IngestPlan:
    todo: list[SourceFile]
    unchanged: int
    seen: int


@dataclass(slots=True)
class BatchReport:
    files: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    copies: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    by_lang: dict[str, int] = field(default_factory=dict)
    missing_byline: int = 0
    missing_date: int = 0
    articles: int = 0

    def add(self, outcome: FileOutcome) -> None:
        self.new += outcome.new
        self.updated += outcome.updated
        self.unchanged += outcome.unchanged
        self.removed += outcome.removed
        self.copies += outcome.copies
        self.duplicates += outcome.duplicates

    def merge(self, other: BatchReport) -> None:
        for name in ("files", "new", "updated", "unchanged", "removed", "copies", "missing_byline", "missing_date",
                     "articles"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.duplicates += other.duplicates
        self.quarantined += other.quarantined
        for lang, count in other.by_lang.items():
            self.by_lang[lang] = self.by_lang.get(lang, 0) + count


def discover(paths: Iterable[str | Path]) -> list[SourceFile]:
    """Expand files, directories (recursively) and glob patterns into supported files.

    Hidden files and directories are skipped; a file reached twice (symlinks) counts once.
    """
    found: dict[Path, SourceFile] = {}
    for raw in paths:
        matches = [Path(m) for m in sorted(glob.glob(str(raw), recursive=True))] or [Path(raw)]
        for path in matches:
            for source in _expand(path):
                found.setdefault(source.path.resolve(), source)
    return sorted(found.values(), key=lambda s: str(s.path))


def _expand(path: Path) -> Iterator[SourceFile]:
    if path.is_dir():
        for child in sorted(_walk(path, path, set())):
            yield SourceFile(child, path)
    elif path.exists() or path.is_symlink():
        yield SourceFile(path, path.parent)
    else:
        log.warning("no such file or directory: %s", path)


def _walk(directory: Path, root: Path, seen: set[Path]) -> Iterator[Path]:
    """Files below ``directory``, following directory symlinks once (no loops)."""
    try:
        real = directory.resolve()
        if real in seen:
            return
        seen.add(real)
        children = list(directory.iterdir())
    except OSError as exc:
        log.warning("cannot list %s: %s", directory, exc.strerror or exc)
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child, root, seen)
        elif child.suffix.lower() in SUPPORTED_SUFFIXES and (child.is_file() or child.is_symlink()):
            yield child


def file_hash(path: Path) -> str:
    """sha256 of a file's bytes; ``"unreadable"`` when it cannot be read (extraction says why,
    and an unchanged unreadable file is not retried every run)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return "unreadable"
    return digest.hexdigest()


def plan_ingest(files: list[SourceFile], store: RecordStore) -> IngestPlan:
    """Files whose content changed since they were last ingested (or quarantined)."""
    known = store.file_hashes()
    known.update(store.quarantined_hashes())
    todo, unchanged = [], 0
    for source in files:
        digest = file_hash(source.path)
        if known.get(source.key) == digest:
            unchanged += 1
        else:
            todo.append(SourceFile(source.path, source.root, digest))
    return IngestPlan(todo, unchanged, len(files))


def extract_into_store(files: Iterable[SourceFile], store: RecordStore) -> BatchReport:
    """Extract ``files`` and record the results; failures are quarantined, never raised."""
    report = BatchReport()
    for source in files:
        report.files += 1
        articles, failures, ids = [], [], set()
        for item in iter_extract(source.path, root=source.root):
            if isinstance(item, ExtractionError):
                failures.append((item.source or str(source.path), item.reason))
            elif not item.paragraphs and not item.title:
                failures.append((item.source, f"{NO_TEXT_WARNING}; kept out of the index"))
            elif item.id in ids:
                failures.append((item.source, f"duplicate id {item.id!r} in the same file; the first one is kept"))
            else:
                ids.add(item.id)
                articles.append(item)
                report.articles += 1
                report.by_lang[item.lang] = report.by_lang.get(item.lang, 0) + 1
                report.missing_byline += not item.reporters
                report.missing_date += not item.published
        report.add(store.save_file(source.key, source.file_hash, articles, failures))
        report.quarantined += failures
    return report


def ensure_index(home: Path, settings: IndexSettings) -> Path:
    """The live generation, created (empty, then made live) when there is none yet.

    Raises IndexCorruptError or IndexOutdatedError when the live one cannot take ``settings``.
    """
    live = generations.live_generation(home)
    if live is not None:
        open_index(home, settings).close()  # fail before any work if unreadable or built otherwise
        return live
    generation = create_index(home, settings)
    generations.switch_to(home, generation)
    return generation


def index_pending(home: Path, store: RecordStore, settings: IndexSettings) -> tuple[int, int]:
    """Bring the index up to date with the store: write pending articles, drop tombstones.

    Returns ``(written, deleted)``.
    """
    ix = open_index(home, settings)
    try:
        deleted = _drop_tombstoned(ix, store)
        written = write_and_mark(ix, store, _loaded(store, store.pending_ids()), settings)
    finally:
        ix.close()
    return written, deleted


def write_and_mark(
    ix: Index | ShardedIndex,
    store: RecordStore,
    chunks: Iterable[Sequence[Article]],
    settings: IndexSettings,
    *,
    relocate: bool = True,
) -> int:
    """Write ``chunks`` of articles and mark each commit's articles indexed once it is durable;
    returns how many were written."""
    written = 0
    for ids in write_stream(ix, chunks, user_dict=settings.user_dict, relocate=relocate):
        store.mark_indexed(ids)
        written += len(ids)
    return written


def _loaded(store: RecordStore, ids: list[str]) -> Iterator[list[Article]]:
    """The stored articles ``ids``, a chunk at a time."""
    return (store.load(ids[i : i + INDEX_CHUNK]) for i in range(0, len(ids), INDEX_CHUNK))


def _drop_tombstoned(ix: Index | ShardedIndex, store: RecordStore) -> int:
    """Delete from the index the articles removed from the store; returns how many."""
    tombstones = store.tombstones()
    deleted = delete_articles(ix, tombstones)
    store.clear_tombstones(tombstones)
    return deleted


@dataclass(slots=True)
class ShardPlan:
    """Pending articles grouped by the shard each goes to, once deletions are done."""

    by_shard: dict[str, list[str]]
    deleted: int


def plan_shards(home: Path, store: RecordStore, settings: IndexSettings) -> ShardPlan:
    """Prepare a sharded index for writers working shard by shard (in other processes): drop
    tombstoned articles and the old copies of articles whose date moved them, then group the
    pending ones by shard."""
    ix = open_index(home, settings)
    if not isinstance(ix, ShardedIndex):
        ix.close()
        raise ValueError(f"the index under {home} has no shards")
    try:
        deleted = _drop_tombstoned(ix, store)
        target_of = {a.id: ix.shard_for(a) for chunk in _loaded(store, store.pending_ids()) for a in chunk}
        relocate_articles(ix, target_of)
    finally:
        ix.close()
    by_shard: dict[str, list[str]] = {}
    for article_id, shard in target_of.items():
        by_shard.setdefault(shard, []).append(article_id)
    return ShardPlan(by_shard, deleted)


def write_shard(home: Path, store: RecordStore, settings: IndexSettings, ids: list[str]) -> int:
    """Write the articles ``ids`` (all of one shard, planned by :func:`plan_shards`) and mark
    them indexed; returns how many were written."""
    ix = open_index(home, settings)
    try:
        return write_and_mark(ix, store, _loaded(store, ids), settings, relocate=False)
    finally:
        ix.close()


def prune_missing(files: list[SourceFile], roots: Iterable[Path], store: RecordStore) -> list[str]:
    """Forget stored files under ``roots`` that no longer exist; returns removed article ids."""
    present = {f.key for f in files}
    prefixes = tuple(str(r.resolve()) + "/" for r in roots if r.is_dir())
    missing = [p for p in store.file_hashes() if p.startswith(prefixes) and p not in present and not Path(p).exists()]
    return store.forget_files(missing)


@contextmanager
def writing_run(
    home: Path, kind: str, lock_timeout: float, store_url: str | None = None
) -> Iterator[tuple[RecordStore, int]]:
    """Hold the one-writer lock and the record store for a run of ``kind``; yields (store, run id)."""
    from newsindex.locking import writer_lock

    with writer_lock(home, lock_timeout), RecordStore(home, store_url) as store:
        yield store, store.start_run(kind)
        store.compact()  # a run's WAL and freed pages would otherwise stay on disk until the next one


def roots_of(paths: Iterable[str]) -> list[Path]:
    return [p if p.is_dir() else p.parent for p in map(Path, paths)]


def summarize(plan: IngestPlan, report: BatchReport, written: int, deleted: int, pruned: int) -> dict[str, Any]:
    """The run summary that the flow publishes and returns."""
    articles = max(report.articles, 1)
    return {
        "files_seen": plan.seen,
        "files_unchanged": plan.unchanged,
        "files_extracted": report.files,
        "articles": report.articles,
        "new": report.new,
        "updated": report.updated,
        "unchanged": report.unchanged + plan.unchanged,
        "removed": report.removed,
        "copies": report.copies,
        "duplicate": len(report.duplicates),
        "duplicates": report.duplicates,
        "quarantined": len(report.quarantined),
        "quarantine": report.quarantined,
        "pruned": pruned,
        "indexed": written,
        "deleted_from_index": deleted,
        "by_lang": report.by_lang,
        "missing_byline_rate": round(report.missing_byline / articles, 4),
        "missing_date_rate": round(report.missing_date / articles, 4),
    }


def phase_timings(started: float, planned: float, extracted: float, finished: float) -> dict[str, float]:
    """Seconds spent planning, extracting and indexing (from ``time.perf_counter`` marks)."""
    return {"plan": planned - started, "extract": extracted - planned, "index": finished - extracted,
            "total": finished - started}  # fmt: skip


def run_ingest(
    paths: list[str],
    home: Path,
    settings: IndexSettings,
    *,
    batch_size: int = 200,
    prune: bool = False,
    lock_timeout: float = 600.0,
    store_url: str | None = None,
) -> dict[str, Any]:
    """The ``ingest`` flow's steps as one plain function call, with no orchestrator."""
    with writing_run(home, "ingest", lock_timeout, store_url) as (store, run_id):
        started = time.perf_counter()
        ensure_index(home, settings)
        files = discover(paths)
        plan = plan_ingest(files, store)
        planned = time.perf_counter()
        report = BatchReport()
        for start in range(0, len(plan.todo), batch_size):
            report.merge(extract_into_store(plan.todo[start : start + batch_size], store))
        pruned = prune_missing(files, roots_of(paths), store) if prune else []
        extracted = time.perf_counter()
        written, deleted = index_pending(home, store, settings)
        summary = summarize(plan, report, written, deleted, len(pruned))
        summary["timings"] = phase_timings(started, planned, extracted, time.perf_counter())
        store.finish_run(run_id, summary)
    return summary
