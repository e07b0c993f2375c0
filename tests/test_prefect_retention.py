"""Prefect's run history is pruned by NEWSINDEX_RUN_RETENTION_DAYS, in a real Prefect database."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest

from newsindex.settings import prune_prefect_history, run_retention


def _database_path() -> Path:
    from prefect.settings import PREFECT_API_DATABASE_CONNECTION_URL
    from sqlalchemy.engine import make_url

    return Path(make_url(PREFECT_API_DATABASE_CONNECTION_URL.value()).database)


def _run_logging_flow() -> UUID:
    from prefect import flow, get_run_logger

    @flow(name="retention-probe")
    def probe() -> int:
        get_run_logger().info("a log line the pruning must take with the run")
        return 1

    state = probe(return_state=True)
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()  # the run's logs are sent in batches: wait until they are written
    return state.state_details.flow_run_id


def _age(flow_run: UUID, days: int) -> None:
    ended = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(_database_path(), timeout=30) as connection:
        connection.execute("UPDATE flow_run SET end_time = ? WHERE id = ?", (ended, str(flow_run)))


def _rows(table: str, flow_run: UUID) -> int:
    with sqlite3.connect(_database_path(), timeout=30) as connection:
        (count,) = connection.execute(
            f"SELECT count(*) FROM {table} WHERE flow_run_id = ?", (str(flow_run),)
        ).fetchone()
    return count


def _flow_run_exists(flow_run: UUID) -> bool:
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    async def read() -> bool:
        async with get_client() as client:
            try:
                await client.read_flow_run(flow_run)
            except ObjectNotFound:
                return False
            return True

    return asyncio.run(read())


def test_runs_older_than_the_retention_go_with_their_logs(prefect_harness: None) -> None:
    old, recent = _run_logging_flow(), _run_logging_flow()
    _age(old, days=40)
    assert _rows("log", old) > 0

    prune_prefect_history(timedelta(days=30))

    assert not _flow_run_exists(old)
    assert _rows("log", old) == 0
    assert _rows("task_run", old) == 0
    assert _flow_run_exists(recent)
    assert _rows("log", recent) > 0


@pytest.mark.parametrize(
    ("raw", "days"),
    [(None, 30), ("7", 7), ("0.5", 0.5), ("365", 365)],
)
def test_retention_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, raw: str | None, days: float) -> None:
    if raw is None:
        monkeypatch.delenv("NEWSINDEX_RUN_RETENTION_DAYS", raising=False)
    else:
        monkeypatch.setenv("NEWSINDEX_RUN_RETENTION_DAYS", raw)
    assert run_retention() == timedelta(days=days)


@pytest.mark.parametrize("raw", ["thirty", "0", "0.01", "-3", "nan"])
def test_a_bad_retention_is_named_in_the_error(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("NEWSINDEX_RUN_RETENTION_DAYS", raw)
    with pytest.raises(ValueError, match="NEWSINDEX_RUN_RETENTION_DAYS"):
        run_retention()


@pytest.mark.parametrize("command", ["ingest", "reindex"])
def test_the_cli_refuses_a_bad_retention_before_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    from typer.testing import CliRunner

    from newsindex.cli import app

    monkeypatch.setenv("NEWSINDEX_RUN_RETENTION_DAYS", "a month")
    arguments = [command, str(tmp_path)] if command == "ingest" else [command]
    result = CliRunner().invoke(app, [*arguments, "--home", str(tmp_path / "home")])
    assert result.exit_code == 2, result.output
    assert "NEWSINDEX_RUN_RETENTION_DAYS" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "home" / "prefect").exists()
