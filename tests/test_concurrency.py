"""Processes at once: two ingests, and searches while the index is rebuilt."""

from __future__ import annotations

import json
import os
import shutil
import textwrap
import time
from pathlib import Path

import pytest

from index import open_index
from index.schema import load_stored
from newsindex.store import RecordStore
from tests.processes import SEARCH_LOOP, python_process

INGEST = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from index.writer import IndexSettings
    from newsindex.pipeline import run_ingest
    summary = run_ingest(sys.argv[2:], Path(sys.argv[1]), IndexSettings(), batch_size=1)
    print(json.dumps({"indexed": summary["indexed"], "new": summary["new"]}))
    """
)


def _copies(examples: Path, target: Path, count: int) -> Path:
    """``count`` distinct articles: the examples with a numbered line added."""
    target.mkdir()
    for number in range(count):
        for source in examples.iterdir():
            text = source.read_text(encoding="utf-8")
            marked = text.replace("<p>", f"<p>사본 번호 {number}. ", 1) if source.suffix == ".html" else text
            (target / f"{number:03d}-{source.name}").write_text(marked + f"\n\n사본 번호 {number}\n", encoding="utf-8")
    return target


@pytest.mark.usefixtures("store_backend")
def test_two_ingests_at_once_leave_one_consistent_index(tmp_path: Path, examples_dir: Path) -> None:
    inbox = _copies(examples_dir, tmp_path / "inbox", 4)
    half = sorted(inbox.iterdir())[:6]
    other = tmp_path / "other"
    other.mkdir()
    for path in half:  # the second run sees half of the same files under another root
        shutil.copy(path, other / path.name)
    home = tmp_path / "home"
    runs = [python_process(INGEST, str(home), str(inbox)), python_process(INGEST, str(home), str(other))]
    results = [run.communicate(timeout=300) for run in runs]
    for run, (_stdout, stderr) in zip(runs, results, strict=True):
        assert run.returncode == 0, stderr
    ix = open_index(home)
    with ix.searcher() as searcher:
        ids = [f["id"] for f in searcher.all_stored_fields()]
        hashes = [load_stored(f)["content_hash"] for f in searcher.all_stored_fields()]
    ix.close()
    with RecordStore(home) as store:
        assert store.count() == len(ids) == 12 and not store.pending_ids()
    assert len(set(ids)) == len(ids) and len(set(hashes)) == len(hashes)
    assert sum(json.loads(out)["new"] for out, _ in results) == 12


def test_two_machines_sharing_a_postgresql_store_index_every_article_once(
    tmp_path: Path, examples_dir: Path, postgres
) -> None:
    """Two ingest processes, each with its own home (index), one PostgreSQL database, overlapping
    inputs under different paths: each article is stored once and sits in exactly one index."""
    import psycopg

    inbox = _copies(examples_dir, tmp_path / "inbox", 4)
    overlap = tmp_path / "overlap"
    overlap.mkdir()
    for path in sorted(inbox.iterdir())[3:9]:
        shutil.copy(path, overlap / path.name)
    url = postgres.new_database()
    homes = [tmp_path / "machine-1", tmp_path / "machine-2"]
    env = {**os.environ, "NEWSINDEX_STORE": url}
    sources = (inbox, overlap)
    runs = [
        python_process(INGEST, str(home), str(source), env=env) for home, source in zip(homes, sources, strict=True)
    ]
    for run in runs:
        _stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr
    per_home = [_index_ids(home) for home in homes]
    with psycopg.connect(url) as connection:
        stored = [row[0] for row in connection.execute("SELECT id FROM articles WHERE status = 'indexed'")]
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 12
    assert len(stored) == 12 and not set(per_home[0]) & set(per_home[1])
    assert sorted(per_home[0] + per_home[1]) == sorted(stored)


def _index_ids(home: Path) -> list[str]:
    ix = open_index(home)
    with ix.searcher() as searcher:
        ids = [f["id"] for f in searcher.all_stored_fields()]
    ix.close()
    return ids


def test_searches_never_fail_while_the_index_is_rebuilt(sample_home: Path, tmp_path: Path) -> None:
    from index.writer import IndexSettings
    from newsindex.reindex import rebuild

    home = tmp_path / "home"
    shutil.copytree(sample_home, home)
    searcher = python_process(SEARCH_LOOP, str(home), "12")
    time.sleep(2)  # let the searcher start (it loads Kiwi) before the first switch
    rebuilt = 0
    with RecordStore(home) as store:
        while searcher.poll() is None and rebuilt < 4:
            rebuild(home, store, IndexSettings())
            rebuilt += 1
    stdout, stderr = searcher.communicate(timeout=120)
    ok, failed = map(int, stdout.split())
    assert rebuilt >= 2 and failed == 0 and ok > 0, stderr
