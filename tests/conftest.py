"""Shared fixtures: the sample corpus, a real index built from it, and Prefect's test harness."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SAMPLE = EXAMPLES / "gyeonggi-biocom-2024-05-16.txt"


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
