"""`python -m bench.run` rewrites bench/RESULTS.md's header and table and keeps the dated notes under it."""

from __future__ import annotations

from pathlib import Path

from bench.run import indexing_ratio, notes_under_table

RESULTS = Path(__file__).parent.parent / "bench" / "RESULTS.md"


def test_a_new_run_keeps_the_notes_under_the_table() -> None:
    table = "| figure | target | 2,000 articles |\n| --- | --- | --- |\n| a | b | c |\n"
    text = f"# Benchmark results\n\n- date: x\n\n{table}\n## 2026-12-07\n\nkept\n"
    assert notes_under_table(text) == "## 2026-12-07\n\nkept"


def test_the_repositorys_results_keep_their_history() -> None:
    notes = notes_under_table(RESULTS.read_text(encoding="utf-8"))
    assert notes.startswith("## ") and "| figure |" not in notes.splitlines()[0]
    assert notes.count("\n## ") > 10  # every sitting's entry


def test_a_file_without_a_table_has_no_notes() -> None:
    assert notes_under_table("# Benchmark results\n") == ""


def test_indexing_is_compared_with_kiwi_timed_on_both_sides_of_it() -> None:
    run = {"plain_index_seconds": 50.0, "kiwi_batch_seconds": 40.0, "kiwi_batch_seconds_after": 50.0}
    assert indexing_ratio(run) == "0.90"  # (40 + 50) / 2 against 50
    assert indexing_ratio({"plain_index_seconds": 50.0, "kiwi_batch_seconds": 40.0}) == "0.80"  # an older run
    assert indexing_ratio({"kiwi_batch_seconds": 40.0}) == "not measured"
