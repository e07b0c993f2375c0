"""Generation bookkeeping: atomic pointer, retirement, removal after a grace period."""

from __future__ import annotations

from pathlib import Path

from index import generations


def test_switch_retires_and_removal_keeps_live_and_previous(tmp_path: Path) -> None:
    made = [generations.create_generation(tmp_path, {"n": n}) for n in range(4)]
    for generation in made:
        generations.switch_to(tmp_path, generation)
    assert generations.live_generation(tmp_path) == made[-1]
    assert generations.remove_old_generations(tmp_path, keep=2, grace_seconds=3600) == []
    removed = generations.remove_old_generations(tmp_path, keep=2, grace_seconds=0)
    assert removed == made[:2]
    assert generations.generations(tmp_path) == made[2:]
    assert generations.read_build_info(made[-1]) == {"n": 3}


def test_no_pointer_means_no_index(tmp_path: Path) -> None:
    assert generations.live_generation(tmp_path) is None
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "CURRENT").write_text("../../etc\n")
    assert generations.live_generation(tmp_path) is None
