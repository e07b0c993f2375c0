"""Shared fixtures: the sample corpus, a real index built from it, Prefect's test harness, and a
real PostgreSQL server for the record store tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres import PostgresServer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SAMPLE = EXAMPLES / "gyeonggi-biocom-2024-05-16.txt"

# A developer's own shared store must not take the tests' records; `store_backend` sets one per test.
os.environ.pop("NEWSINDEX_STORE", None)


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
