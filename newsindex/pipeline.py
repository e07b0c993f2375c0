"""The ingest pipeline as plain functions: discover files, extract them, index the articles.

Prefect flows (``flows/``) orchestrate exactly these functions; calling them directly gives
the same result without an orchestrator (tests and benchmarks do).
"""

from __future__ import annotations

import glob
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractors import SUPPORTED_SUFFIXES, Article, ExtractionError, iter_extract
from index import generations
from index.writer import IndexSettings, create_index, open_index, write_articles

__all__ = ["BatchReport", "SourceFile", "discover", "ensure_index", "extract_batch", "index_articles"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file to ingest and the root its article id is relative to."""

    path: Path
    root: Path


@dataclass(slots=True)
class BatchReport:
    articles: list[Article] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)


def discover(paths: Iterable[str | Path]) -> list[SourceFile]:
    """Expand files, directories (recursively) and glob patterns into supported files.

    Hidden files and directories are skipped; symlink loops are not followed twice.
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
        root = path
        seen: set[Path] = set()
        for child in sorted(path.rglob("*")):
            real = child.resolve()
            if any(part.startswith(".") for part in child.relative_to(root).parts) or real in seen:
                continue
            seen.add(real)
            if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                yield SourceFile(child, root)
    elif path.exists() or path.is_symlink():
        yield SourceFile(path, path.parent)
    else:
        log.warning("no such file or directory: %s", path)


def extract_batch(files: Iterable[SourceFile]) -> BatchReport:
    """Extract every article of ``files``; failures are collected, never raised."""
    report = BatchReport()
    for source in files:
        for item in iter_extract(source.path, root=source.root):
            if isinstance(item, ExtractionError):
                report.failures.append((item.source or str(source.path), item.reason))
            else:
                report.articles.append(item)
    return report


def ensure_index(home: Path, settings: IndexSettings) -> Path:
    """The live generation, created (empty, then made live) when there is none yet."""
    live = generations.live_generation(home)
    if live is not None:
        return live
    generation = create_index(home, settings)
    generations.switch_to(home, generation)
    return generation


def index_articles(home: Path, articles: list[Article], settings: IndexSettings) -> int:
    ix = open_index(home, settings)
    try:
        return write_articles(ix, articles, user_dict=settings.user_dict)
    finally:
        ix.close()
