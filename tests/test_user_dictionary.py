"""A user dictionary changes analysis; its version is stored and a change asks for a reindex."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index import IndexOutdatedError, generations, open_index, search
from index.writer import IndexSettings
from newsindex.pipeline import run_ingest
from newsindex.reindex import rebuild
from newsindex.store import RecordStore


def test_user_dictionary_version_is_checked(tmp_path: Path, examples_dir: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(examples_dir, inbox)
    words = tmp_path / "words.tsv"
    words.write_text("바이오콤\tNNP\t0\n", encoding="utf-8")
    home = tmp_path / "home"
    run_ingest([str(inbox)], home, IndexSettings(words))
    built = generations.read_build_info(generations.live_generation(home))
    assert built["user_dict"] == str(words.resolve()) and built["user_dict_version"] != "none"
    ix = open_index(home)
    assert search(ix, "바이오콤").hits
    ix.close()

    words.write_text("바이오콤\tNNP\t0\n일루미나\tNNP\t0\n", encoding="utf-8")
    with pytest.raises(IndexOutdatedError, match="newsindex reindex"):
        run_ingest([str(inbox)], home, IndexSettings.resolve(home))
    with RecordStore(home) as store:
        rebuild(home, store, IndexSettings.resolve(home))
    rebuilt = generations.read_build_info(generations.live_generation(home))
    assert rebuilt["user_dict_version"] != built["user_dict_version"]
    run_ingest([str(inbox)], home, IndexSettings.resolve(home))  # consistent again
