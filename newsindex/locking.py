"""One writer at a time per home, across processes: ingest and reindex runs take this lock.

``flock``-based, so a killed process never leaves a stale lock behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from index.errors import IndexBusyError

__all__ = ["writer_lock"]


@contextmanager
def writer_lock(home: Path, timeout: float) -> Iterator[None]:
    home.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(home / "writer.lock"))
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise IndexBusyError(
            f"another ingest or reindex is writing to {home}; gave up after waiting {timeout:.0f} s"
        ) from None
    try:
        yield
    finally:
        lock.release()
