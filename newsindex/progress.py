"""A live progress display for ``newsindex ingest`` on a terminal.

The flow runs in this process but reports nothing while it works; the record store does, so
a watcher thread polls it: files recorded since the run began, and articles still pending
for the index.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from index.database import connect, store_exists, store_url
from newsindex.store import utc_now

__all__ = ["ingest_progress", "ticking"]


@contextmanager
def ticking(seconds: float, tick: Callable[[], None]) -> Iterator[None]:
    """Call ``tick`` every ``seconds`` on a daemon thread until the block ends."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(seconds):
            tick()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _counts(url: str, since: str) -> tuple[int, int]:
    if not store_exists(url):
        return 0, 0
    try:
        database = connect(url, read_only=True)
    except Exception:  # not reachable yet: the bar waits
        return 0, 0
    try:
        files = database.execute("SELECT COUNT(*) FROM files WHERE ingested_at >= ?", (since,)).fetchone()[0]
        files += database.execute("SELECT COUNT(*) FROM quarantine WHERE at >= ? AND file_hash IS NOT NULL",
                                  (since,)).fetchone()[0]  # fmt: skip
        pending = database.execute("SELECT COUNT(*) FROM articles WHERE status = 'pending'").fetchone()[0]
    except Exception:  # a table the run has not made yet, or a busy file: the bar waits
        return 0, 0
    finally:
        database.close()
    return files, pending


@contextmanager
def ingest_progress(console: Console, home: Path, total_files: int) -> Iterator[None]:
    """Show files extracted (with rate and ETA) and articles left to index until the block ends."""
    if not console.is_terminal:
        yield
        return
    since, url = utc_now(), store_url(home)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeRemainingColumn())  # fmt: skip
    with Progress(*columns, console=console, transient=True) as progress:
        files = progress.add_task("files extracted", total=total_files, rate="")
        pending = progress.add_task("articles waiting for the index", total=None, rate="")
        started = time.monotonic()

        def watch() -> None:
            done, waiting = _counts(url, since)
            rate = done / max(time.monotonic() - started, 1e-3)
            progress.update(files, completed=min(done, total_files), rate=f"{rate:,.0f} files/s")
            progress.update(pending, completed=0, total=waiting or None, rate=f"{waiting:,} pending")

        with ticking(0.5, watch):
            yield
