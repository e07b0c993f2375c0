"""The ingest and reindex flows: incremental, idempotent, nothing lost, one writer at a time."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index import generations, open_index, search
from index.errors import IndexBusyError
from newsindex.locking import writer_lock
from newsindex.store import RecordStore

SAMPLE_ID = "gyeonggi-biocom-2024-05-16.txt"

# Every test here runs on the SQLite store and on a PostgreSQL one.
pytestmark = pytest.mark.usefixtures("store_backend")


@pytest.fixture
def inbox(tmp_path: Path, examples_dir: Path) -> Path:
    target = tmp_path / "inbox"
    shutil.copytree(examples_dir, target)
    return target


def index_ids(home: Path) -> list[str]:
    ix = open_index(home)
    try:
        with ix.searcher() as searcher:
            return sorted(f["id"] for f in searcher.all_stored_fields())
    finally:
        ix.close()


def test_rerun_changes_nothing_and_a_changed_file_updates_in_place(prefect_harness, inbox: Path, tmp_path: Path):
    from flows.ingest import ingest

    home = tmp_path / "home"
    first = ingest(paths=[str(inbox)], home=str(home))
    assert (first["new"], first["indexed"], first["quarantined"]) == (3, 3, 0)
    again = ingest(paths=[str(inbox)], home=str(home))
    assert (again["new"], again["updated"], again["indexed"], again["files_unchanged"]) == (0, 0, 0, 3)

    wire = inbox / "yonhap-wire-chips-2024-06-10.txt"
    wire.write_text(wire.read_text(encoding="utf-8").replace("working group", "task force"), encoding="utf-8")
    changed = ingest(paths=[str(inbox)], home=str(home))
    assert (changed["new"], changed["updated"], changed["indexed"]) == (0, 1, 1)
    assert index_ids(home).count("yonhap-wire-chips-2024-06-10.txt") == 1
    ix = open_index(home)
    assert search(ix, '"task force"').hits[0].id == "yonhap-wire-chips-2024-06-10.txt"
    ix.close()


def test_bad_file_is_quarantined_and_the_rest_indexed(prefect_harness, inbox: Path, tmp_path: Path):
    from flows.ingest import ingest

    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "scan.html").write_bytes(b"%PDF-1.7\n binary")
    (inbox / "copy.txt").write_bytes((inbox / SAMPLE_ID).read_bytes())
    home = tmp_path / "home"
    summary = ingest(paths=[str(inbox)], home=str(home))
    reasons = dict(summary["quarantine"])
    assert summary["quarantined"] == 2 and summary["indexed"] == 3
    assert "empty" in reasons[str(inbox / "empty.txt")]
    assert "PDF" in reasons[str(inbox / "scan.html")]
    # Files are taken in path order, so the copy is stored and the original is the duplicate.
    assert [tuple(d) for d in summary["duplicates"]] == [(SAMPLE_ID, "copy.txt")]
    assert index_ids(home) == ["copy.txt", "suwon-semiconductor-2024-06-03.html", "yonhap-wire-chips-2024-06-10.txt"]
    with RecordStore(home) as store:
        assert len(store.quarantined()) == 2
    rerun = ingest(paths=[str(inbox)], home=str(home))
    assert rerun["files_unchanged"] == 6 and rerun["indexed"] == 0


def test_prune_removes_articles_of_deleted_files(prefect_harness, inbox: Path, tmp_path: Path):
    from flows.ingest import ingest

    home = tmp_path / "home"
    ingest(paths=[str(inbox)], home=str(home))
    (inbox / "yonhap-wire-chips-2024-06-10.txt").unlink()
    kept = ingest(paths=[str(inbox)], home=str(home))
    assert kept["pruned"] == 0 and len(index_ids(home)) == 3
    pruned = ingest(paths=[str(inbox)], home=str(home), prune=True)
    assert pruned["pruned"] == 1 and pruned["deleted_from_index"] == 1
    assert "yonhap-wire-chips-2024-06-10.txt" not in index_ids(home)


def test_second_writer_waits_then_fails_clearly(prefect_harness, inbox: Path, tmp_path: Path):
    from flows.ingest import ingest

    home = tmp_path / "home"
    with writer_lock(home, timeout=1), pytest.raises(IndexBusyError, match="another ingest or reindex"):
        ingest(paths=[str(inbox)], home=str(home), lock_timeout=0.5)


def test_reindex_switches_generation_and_rollback_restores_it(prefect_harness, inbox: Path, tmp_path: Path):
    from flows.ingest import ingest
    from flows.reindex import reindex
    from newsindex.reindex import rollback

    home = tmp_path / "home"
    ingest(paths=[str(inbox)], home=str(home))
    first = generations.live_generation(home)
    summary = reindex(home=str(home))
    second = generations.live_generation(home)
    assert first != second and summary["generation"] == second.name and summary["articles"] == 3
    assert index_ids(home) == sorted(["gyeonggi-biocom-2024-05-16.txt", "suwon-semiconductor-2024-06-03.html",
                                      "yonhap-wire-chips-2024-06-10.txt"])  # fmt: skip
    assert rollback(home) == (second.name, first.name)
    assert generations.live_generation(home) == first and len(index_ids(home)) == 3


class _FailedState:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def result(self):
        raise self.error


@pytest.mark.parametrize(
    ("error", "retry"),
    [(OSError("disk hiccup"), True), (IndexBusyError("busy"), True), (ValueError("bad data"), False)],
)
def test_only_transient_errors_are_retried(error: Exception, retry: bool) -> None:
    from flows.ingest import _transient

    assert _transient(None, None, _FailedState(error)) is retry


def test_outdated_index_fails_before_extracting(prefect_harness, inbox: Path, tmp_path: Path) -> None:
    from flows.ingest import ingest
    from index.errors import IndexOutdatedError

    words = tmp_path / "words.tsv"
    words.write_text("바이오콤\tNNP\t0\n", encoding="utf-8")
    home = tmp_path / "home"
    ingest(paths=[str(inbox)], home=str(home), user_dict=str(words))
    words.write_text("일루미나\tNNP\t0\n", encoding="utf-8")
    (inbox / "new.txt").write_text("새 기사\n\n수원=홍길동 기자\n본문입니다. 새로운 내용이다.", encoding="utf-8")
    with pytest.raises(IndexOutdatedError, match="reindex"):
        ingest(paths=[str(inbox)], home=str(home))
    with RecordStore(home) as store:
        assert store.count() == 3  # nothing was extracted into the store
