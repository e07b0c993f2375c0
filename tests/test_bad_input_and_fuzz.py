"""Bad input never crashes a run, and no query string produces a traceback."""

from __future__ import annotations

import json
import os
import random
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.writer import IndexSettings
from newsindex.cli import app
from newsindex.pipeline import run_ingest
from newsindex.store import RecordStore
from tests.fuzzing import fuzz_queries

GOOD = "제목입니다\n\n수원=홍길동 기자\n입력 2024-05-16 16:57\n정부는 16일 새 지원책을 발표했다. 수출 기업을 돕기 위한 것이다.\n"


def _bad_corpus(root: Path) -> tuple[int, int]:
    """Write good and bad files; returns (good articles, bad records)."""
    bad: dict[str, bytes] = {
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\r\n   \n",
        "png.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "pdf.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "zip.txt": b"PK\x03\x04" + bytes(64),
        "gzip.txt": zlib.compress(GOOD.encode()) and b"\x1f\x8b\x08\x00" + bytes(32),
        "elf.txt": b"\x7fELF\x02\x01\x01" + bytes(64),
        "nul-bytes.txt": GOOD.encode()[:20] + b"\x00\x00\x00" + GOOD.encode()[20:],
        "script-only.html": b"<html><head><script>var a = 1;</script></head><body><script>f()</script></body></html>",
        "nav-only.html": b"<html><body><nav><a href='/'>home</a></nav></body></html>",
        "markup-only.html": b"<html><body><div><span></span></div></body></html>",
        "random-bytes.txt": random.Random(1).randbytes(3000),
        "box-drawing.txt": "╰".encode("big5") * 1500,
        "huge.txt": b"a" * (21 * 1024 * 1024),
        "broken.jsonl": b'{"id": "j1", "text": "'
        + GOOD.replace("제목입니다", "제이슨").encode().replace(b"\n", b"\\n")
        + b'"}\n{not json\n[1, 2]\n{"id": "j2"}\n',
        "duplicate-ids.jsonl": (
            b'{"id": "d1", "text": "first body with words"}\n{"id": "d1", "text": "second body with other words"}\n'
        ),
        "no-text.jsonl": b'{"id": "x", "title": "only a title"}\n',
        "unsupported.pdf.txt.bin": b"ignored: not a supported suffix",
    }
    good: dict[str, bytes] = {
        "utf8.txt": GOOD.encode("utf-8"),
        "utf8-bom.txt": b"\xef\xbb\xbf" + GOOD.replace("제목입니다", "제목 둘").encode("utf-8"),
        "cp949.txt": GOOD.replace("제목입니다", "제목 셋").encode("cp949"),
        "utf16.txt": GOOD.replace("제목입니다", "제목 넷").encode("utf-16"),
        "truncated-utf8.txt": GOOD.replace("제목입니다", "제목 다섯").encode("utf-8") + "가".encode()[:2],
        "no-body.html": b"<html><head><title>Only a title page</title></head></html>",
        "nested-tables.html": ("<html><body><table><tr><td><table><tr><td><p>" + GOOD.replace("제목입니다", "표 기사")
                               + "</p></td></tr></table></td></tr></table></body></html>").encode(),
        "invalid-date.txt": GOOD.replace("제목입니다", "날짜 오류").replace("2024-05-16", "2024-02-31").encode(),
        "control-chars.txt": GOOD.replace("제목입니다", "제어 문자\x07\x1b").encode(),
        "long-line.txt": ("긴 줄 제목\n\n" + "가나다라마바사 " * 20000).encode(),
        "html-as-txt.txt": b"<html><body><article><p>HTML in a txt file about partnership.</p></article></body></html>",
        "unclosed.html": b"<html><body><div id='articleBody'><p>Truncated page about chips and startups",
    }  # fmt: skip
    for name, data in {**bad, **good}.items():
        (root / name).write_bytes(data)
    loop = root / "loop"
    loop.mkdir()
    (loop / "self").symlink_to(loop, target_is_directory=True)
    (root / "dangling.txt").symlink_to(root / "does-not-exist.txt")
    # Articles: the good files, j1 and the first d1. Bad: 14 bad files (the .bin is not ours to read),
    # 3 broken JSON lines, the repeated id, the record without text, the dangling link.
    return len(good) + 2, 14 + 3 + 1 + 1 + 1


def test_bad_corpus_quarantines_every_bad_file_and_indexes_every_good_one(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good, bad = _bad_corpus(inbox)
    home = tmp_path / "home"
    summary = run_ingest([str(inbox)], home, IndexSettings())
    reasons = dict(summary["quarantine"])
    assert summary["indexed"] == good, summary
    assert summary["quarantined"] == bad, json.dumps(reasons, ensure_ascii=False, indent=1)
    assert all(reason and "\n" not in reason for reason in reasons.values())
    with RecordStore(home) as store:
        assert store.count() == good and len(store.quarantined()) == bad
    again = run_ingest([str(inbox)], home, IndexSettings())
    assert again["indexed"] == 0 and again["quarantined"] == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_quarantined(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    secret = inbox / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    secret.chmod(0)
    summary = run_ingest([str(inbox)], tmp_path / "home", IndexSettings())
    assert summary["quarantined"] == 1 and "cannot read" in summary["quarantine"][0][1]


def test_a_thousand_adversarial_queries_give_no_traceback(sample_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import typer.main
    import typer.testing

    # The same click command for every query: Typer's runner rebuilds it from the app on each
    # invoke, which was half of this test's time (the command and what it runs are unchanged).
    command = typer.main.get_command(app)
    monkeypatch.setattr(typer.testing, "_get_command", lambda _app: command)
    runner = CliRunner()
    codes: dict[int, int] = {}
    for query in fuzz_queries(1000):
        result = runner.invoke(app, ["search", "--home", str(sample_home), "--limit", "3", "--", query])
        codes[result.exit_code] = codes.get(result.exit_code, 0) + 1
        assert result.exit_code in (0, 1, 2), (query, result.output, result.exception)
        assert "Traceback" not in result.output, query
        if result.exit_code == 2:
            assert len(result.stderr.strip().splitlines()) == 1, (query, result.stderr)
    assert codes.get(0, 0) > 50 and codes.get(2, 0) > 0, codes


def test_ingest_into_an_index_of_an_older_schema_says_reindex_in_one_line(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index built before an analysis change (schema 8: numbers without their counters) is
    refused before Prefect starts: one line and exit 3, no flow traceback."""
    import index.writer

    home = tmp_path / "home"
    with monkeypatch.context() as patched:
        patched.setattr(index.writer, "SCHEMA_VERSION", index.writer.SCHEMA_VERSION - 1)
        run_ingest([str(examples_dir)], home, IndexSettings())
    result = CliRunner().invoke(app, ["ingest", str(examples_dir), "--home", str(home)])
    assert result.exit_code == 3, result.output
    assert "newsindex reindex" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
