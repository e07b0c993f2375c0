"""Shared fixtures: the sample corpus, a real index built from it, Prefect's test harness, and a
real PostgreSQL server for the record store tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.postgres import PostgresServer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SAMPLE = EXAMPLES / "gyeonggi-biocom-2024-05-16.txt"

# A developer's own shared store must not take the tests' records; `store_backend` sets one per test.
os.environ.pop("NEWSINDEX_STORE", None)
# pytest-xdist gives its workers COLUMNS=80, which the CLI's consoles would keep from their import on;
# the CLI tests pass the width they need to each run.
os.environ.pop("COLUMNS", None)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with a real index of examples/articles, built by the plain pipeline."""
    from index.writer import IndexSettings
    from newsindex import pipeline

    home = tmp_path_factory.mktemp("sample-home")
    summary = pipeline.run_ingest([str(EXAMPLES)], home, IndexSettings())
    assert (summary["indexed"], summary["quarantined"]) == (3, 0), summary
    return home


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Prefect's test harness, with its home in a temporary directory."""
    prefect_home = tmp_path_factory.mktemp("prefect-home")
    os.environ["PREFECT_HOME"] = str(prefect_home)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
    shutil.rmtree(prefect_home, ignore_errors=True)


@pytest.fixture(scope="session")
def ix(sample_home: Path):
    """The examples index, open for searching."""
    from index import open_index

    index = open_index(sample_home)
    yield index
    index.close()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server (Debian's package), started for the session and stopped after."""
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test once on each record store: the home's SQLite file, and a fresh PostgreSQL
    database chosen through ``$NEWSINDEX_STORE`` (so flows and subprocesses use it too)."""
    if request.param == "sqlite":
        monkeypatch.delenv("NEWSINDEX_STORE", raising=False)
        return "sqlite"
    url = request.getfixturevalue("postgres").new_database()
    monkeypatch.setenv("NEWSINDEX_STORE", url)
    return url


# An article that tries to inject markup: the web page must show it as text.
HOSTILE_ARTICLE = (
    "<script>alert('title')</script> 바이오 특집 <b>굵게</b>\n\n수원=홍길동 기자\n입력 2024-05-20 10:00\n"
    "경기도는 20일 바이오 산업 <script>alert('body')</script> 지원책을 발표했다고 밝혔다. "
    "<img src=x onerror=alert(1)> 도는 바이오 기업 100곳을 돕는다.\n"
)


@pytest.fixture(scope="session")
def web_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/articles and a hostile article, ingested by the plain pipeline."""
    from index.writer import IndexSettings
    from newsindex import pipeline

    work = tmp_path_factory.mktemp("web")
    inbox = work / "inbox"
    shutil.copytree(EXAMPLES, inbox)
    (inbox / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    summary = pipeline.run_ingest([str(inbox)], work / "home", IndexSettings())
    assert (summary["indexed"], summary["quarantined"]) == (4, 0), summary
    return work / "home"


@pytest.fixture(scope="session")
def web_server(web_home: Path) -> Iterator[str]:
    """``newsindex web`` over ``web_home``; its base URL."""
    with serving(web_home) as base:
        yield base


@contextmanager
def serving(home: Path) -> Iterator[str]:
    """``newsindex web`` on a free port of 127.0.0.1, started as a user would; its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(Path(sys.executable).parent / "newsindex"), "web", "--home", str(home), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"newsindex web did not start: {server.communicate()[1]}") from None
            time.sleep(0.2)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.communicate(timeout=30)
