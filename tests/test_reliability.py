"""Crash and damage drills: kill ingests and reindexes mid-way; nothing is lost or doubled."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index import generations, open_index, search
from index.writer import IndexSettings
from newsindex.cli import app
from newsindex.pipeline import run_ingest
from newsindex.store import RecordStore

# The child ingests; a patched step kills it (SIGKILL, no cleanup) at the named point.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    point, home, inbox = sys.argv[1], Path(sys.argv[2]), sys.argv[3]

    def die(*_args, **_kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if point == "extraction":
        import newsindex.store as store
        original = store.RecordStore.save_file
        calls = []
        def save_file(self, *args, **kwargs):
            calls.append(1)
            if len(calls) == 4:
                die()
            return original(self, *args, **kwargs)
        store.RecordStore.save_file = save_file
    elif point == "commit":
        import whoosh.codec.whoosh3 as codec
        original = codec.W3SegmentWriter if hasattr(codec, "W3SegmentWriter") else None
        import whoosh.filedb.filestore as filestore
        rename = filestore.FileStorage.rename_file
        def rename_file(self, old, new, safe=False):
            if new.endswith(".toc"):
                die()  # segment files are written, the TOC that would name them is not
            return rename(self, old, new, safe)
        filestore.FileStorage.rename_file = rename_file
    elif point == "swap":
        import index.generations as generations
        def switch_to(home_, generation):
            die()
        generations.switch_to = switch_to

    from index.writer import IndexSettings
    if point == "swap":
        from newsindex.reindex import rebuild
        from newsindex.store import RecordStore
        with RecordStore(home) as store:
            rebuild(home, store, IndexSettings.resolve(home))
    else:
        from newsindex.pipeline import run_ingest
        run_ingest([inbox], home, IndexSettings.resolve(home), batch_size=2)
    """
)


def _inbox(tmp_path: Path, examples: Path, copies: int = 3) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(copies):
        for source in examples.iterdir():
            text = source.read_text(encoding="utf-8")
            if source.suffix == ".html":
                text = text.replace("<p>", f"<p>사본 {number}. ", 1)
            (inbox / f"{number}-{source.name}").write_text(text + f"\n\n사본 {number}\n", encoding="utf-8")
    return inbox


def _ids(home: Path) -> list[str]:
    ix = open_index(home)
    with ix.searcher() as searcher:
        ids = sorted(f["id"] for f in searcher.all_stored_fields())
    ix.close()
    return ids


@pytest.mark.usefixtures("store_backend")
@pytest.mark.parametrize("point", ["extraction", "commit", "swap"])
def test_sigkill_then_rerun_loses_and_doubles_nothing(point: str, tmp_path: Path, examples_dir: Path) -> None:
    inbox = _inbox(tmp_path, examples_dir)
    home = tmp_path / "home"
    if point == "swap":
        run_ingest([str(inbox)], home, IndexSettings())
    child = subprocess.run([sys.executable, "-c", CHILD, point, str(home), str(inbox)], capture_output=True,
                           text=True, timeout=300, check=False)  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    if generations.live_generation(home) is not None:
        ix = open_index(home)  # the index opens after the crash...
        search(ix, "바이오")  # ...and answers
        ix.close()
    run_ingest([str(inbox)], home, IndexSettings.resolve(home))
    with RecordStore(home) as store:
        assert store.count() == 9 and not store.pending_ids()
    assert _ids(home) == sorted(p.name for p in inbox.iterdir())


def test_damaged_index_is_reported_and_rebuilt(tmp_path: Path, examples_dir: Path, prefect_harness) -> None:
    home = tmp_path / "home"
    run_ingest([str(examples_dir)], home, IndexSettings())
    live = generations.live_generation(home)
    for toc in live.glob("*.toc"):
        toc.write_bytes(b"\x00garbage")
    runner = CliRunner()
    stats = runner.invoke(app, ["stats", "--home", str(home)])
    assert stats.exit_code == 3 and "newsindex reindex" in stats.stderr, stats.output
    rebuilt = runner.invoke(app, ["reindex", "--home", str(home)])
    assert rebuilt.exit_code == 0, rebuilt.output
    stats = runner.invoke(app, ["stats", "--home", str(home), "--json"])
    assert stats.exit_code == 0, stats.output
    assert '"articles": 3' in stats.stdout and '"records": 3' in stats.stdout


def test_missing_index_directory_is_reported(tmp_path: Path, examples_dir: Path) -> None:
    home = tmp_path / "home"
    run_ingest([str(examples_dir)], home, IndexSettings())
    for path in sorted(generations.live_generation(home).iterdir()):
        path.unlink()
    generations.live_generation(home).rmdir()
    stats = CliRunner().invoke(app, ["stats", "--home", str(home)])
    assert stats.exit_code == 3 and "Traceback" not in stats.output
