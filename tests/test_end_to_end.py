"""The whole path: the Prefect ingest flow on examples/articles, then the CLI search."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsindex.cli import app

SAMPLE_ID = "gyeonggi-biocom-2024-05-16.txt"


@pytest.fixture(scope="module")
def flow_home(prefect_harness: None, examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from flows.ingest import ingest

    home = tmp_path_factory.mktemp("flow-home")
    summary = ingest(paths=[str(examples_dir)], home=str(home), batch_size=2)
    assert (summary["files_seen"], summary["indexed"], summary["quarantined"]) == (3, 3, 0), summary
    return home


def run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_search_json_lines_after_flow_ingest(flow_home: Path) -> None:
    code, stdout, stderr = run_cli("search", "바이오", "--json", "--home", str(flow_home))
    assert code == 0, stderr
    hits = [json.loads(line) for line in stdout.splitlines()]
    top = hits[0]
    assert top["id"] == SAMPLE_ID
    assert top["reporters"] == ["강대웅"] and top["location"] == "수원"
    assert top["published"] == "2024-05-16T16:57:00+09:00"
    assert top["lang"] == "ko"
    assert "**바이오**" in top["snippet"]
    body = next(s for s in top["snippets"] if s["field"] == "body_ko")
    start, end = body["highlights"][0]
    assert body["text"][start - body["offset"] : end - body["offset"]] == "바이오"


def test_english_query_hits_and_shows_the_korean_translation(flow_home: Path) -> None:
    code, stdout, stderr = run_cli("search", "partnership", "--json", "--home", str(flow_home))
    assert code == 0, stderr
    hits = {h["id"]: h for h in map(json.loads, stdout.splitlines())}
    assert SAMPLE_ID in hits and "yonhap-wire-chips-2024-06-10.txt" in hits
    assert "**partnership" in hits[SAMPLE_ID]["snippet"]
    assert hits[SAMPLE_ID]["paired"][0]["field"] == "body_ko"


def test_plain_output_marks_matches_when_not_a_tty(flow_home: Path) -> None:
    code, stdout, stderr = run_cli("search", "일루미나", "--home", str(flow_home))
    assert code == 0, stderr
    assert "**일루미나**" in stdout and "강대웅" in stdout and "1 hits" in stdout


def test_no_hits_exits_1_and_missing_index_exits_3(flow_home: Path, tmp_path: Path) -> None:
    code, stdout, _ = run_cli("search", "존재하지않는낱말", "--home", str(flow_home))
    assert code == 1, stdout
    code, _, stderr = run_cli("search", "바이오", "--home", str(tmp_path / "nothing"))
    assert code == 3 and "newsindex ingest" in stderr and "Traceback" not in stderr


def test_search_does_not_import_prefect_or_the_extractors(flow_home: Path) -> None:
    """Start-up time: Prefect costs seconds, the extractors (BeautifulSoup) a tenth of one."""
    heavy = ("prefect", "extractors", "bs4")
    probe = (
        "import sys; from typer.testing import CliRunner; from newsindex.cli import app; "
        f"r = CliRunner().invoke(app, ['search', 'partnership', '--home', {str(flow_home)!r}]); "
        "assert r.exit_code == 0, r.output; "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_a_home_on_a_postgresql_store_searches_with_no_store_option(
    prefect_harness: None, postgres, examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, url = tmp_path / "home", postgres.new_database()
    monkeypatch.setenv("NEWSINDEX_STORE", url)  # as --store will: monkeypatch then unsets it after the test
    code, stdout, stderr = run_cli("ingest", str(examples_dir), "--home", str(home), "--store", url)
    assert code == 0, stderr
    monkeypatch.delenv("NEWSINDEX_STORE")
    assert not (home / "records.sqlite").exists()
    code, stdout, stderr = run_cli("search", "바이오", "--json", "--home", str(home))
    assert code == 0, stderr
    assert "**바이오**" in json.loads(stdout.splitlines()[0])["snippet"]
    code, stdout, stderr = run_cli("show", SAMPLE_ID, "--json", "--home", str(home))
    assert code == 0 and json.loads(stdout)["reporters"] == ["강대웅"], stderr
    code, stdout, stderr = run_cli("stats", "--json", "--home", str(home))
    assert code == 0 and json.loads(stdout)["records"] == 3, stderr
