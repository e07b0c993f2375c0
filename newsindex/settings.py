"""Where newsindex keeps its data, and how Prefect is configured for it.

Defaults ship here; ``NEWSINDEX_HOME`` or ``--home`` override the location.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta
from pathlib import Path

__all__ = [
    "DEFAULT_HOME",
    "configure_prefect",
    "maintain_prefect_database",
    "prune_prefect_history",
    "resolve_home",
    "run_retention",
]

DEFAULT_HOME = Path("data")
DEFAULT_RUN_RETENTION_DAYS = 30.0
# Prefect refuses a flow-run retention of an hour or less.
MIN_RUN_RETENTION = timedelta(hours=1, minutes=1)

logger = logging.getLogger(__name__)


def resolve_home(home: Path | None) -> Path:
    """``--home`` if given, else ``$NEWSINDEX_HOME``, else ``./data``."""
    if home is not None:
        return home
    return Path(os.environ.get("NEWSINDEX_HOME") or DEFAULT_HOME)


def configure_prefect(home: Path) -> None:
    """Embedded defaults for Prefect, set before it is imported.

    Without a configured API, Prefect runs a temporary local server whose database lives
    under the newsindex home (so parallel projects never share one SQLite file). Telemetry is
    off: this machine may have no internet, and a failed send is logged as an ERROR.
    """
    if not os.environ.get("PREFECT_API_URL") and not os.environ.get("PREFECT_HOME"):
        prefect_home = (home / "prefect").resolve()
        prefect_home.mkdir(parents=True, exist_ok=True)  # Prefect creates only the last level
        os.environ["PREFECT_HOME"] = str(prefect_home)
    # The first start migrates a new database; on a busy 2-core machine that can exceed 20 s.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # A long-lived server (``serve``) prunes its own history hourly by the same retention.
    os.environ.setdefault("PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED", "events,flow_runs")
    os.environ.setdefault(
        "PREFECT_SERVER_SERVICES_DB_VACUUM_RETENTION_PERIOD", str(int(run_retention().total_seconds()))
    )


def run_retention() -> timedelta:
    """How long Prefect's run history is kept: ``$NEWSINDEX_RUN_RETENTION_DAYS``, default 30."""
    raw = os.environ.get("NEWSINDEX_RUN_RETENTION_DAYS") or str(DEFAULT_RUN_RETENTION_DAYS)
    try:
        retention = timedelta(days=float(raw))
    except (ValueError, OverflowError):
        raise ValueError(f"NEWSINDEX_RUN_RETENTION_DAYS must be a number of days, not {raw!r}") from None
    if retention < MIN_RUN_RETENTION:
        raise ValueError(f"NEWSINDEX_RUN_RETENTION_DAYS must be more than an hour (0.05 days), not {raw!r}")
    return retention


def prune_prefect_history(retention: timedelta) -> None:
    """Delete finished flow runs, their logs and artifacts, and events older than ``retention``.

    Uses Prefect's own vacuum code against whatever database Prefect's settings name: the
    temporary server only runs it hourly, so a CLI run that lasts minutes would never prune.
    """
    import asyncio

    from prefect.settings import (
        PREFECT_SERVER_EVENTS_RETENTION_PERIOD,
        PREFECT_SERVER_SERVICES_DB_VACUUM_RETENTION_PERIOD,
        temporary_settings,
    )

    # Events (Prefect keeps 7 days by default) never outlive the runs they describe.
    events = min(retention, PREFECT_SERVER_EVENTS_RETENTION_PERIOD.value())
    periods = {PREFECT_SERVER_SERVICES_DB_VACUUM_RETENTION_PERIOD: retention,
               PREFECT_SERVER_EVENTS_RETENTION_PERIOD: events}  # fmt: skip
    with temporary_settings(updates=periods):
        asyncio.run(_vacuum_prefect_database())


async def _vacuum_prefect_database() -> None:
    from prefect.server.database import provide_database_interface
    from prefect.server.services import db_vacuum

    database = provide_database_interface()
    await db_vacuum.vacuum_old_flow_runs(db=database)
    await db_vacuum.vacuum_orphaned_logs(db=database)
    await db_vacuum.vacuum_orphaned_artifacts(db=database)
    await db_vacuum.vacuum_old_events(db=database)


def maintain_prefect_database(home: Path, retention: timedelta) -> None:
    """After a CLI run: prune the embedded Prefect database's history, then shrink its file.

    The temporary server writes a run's states, logs and events through SQLite's WAL, which
    SQLite only truncates at a checkpoint nobody else is reading through: left alone it stays
    several times the size of the database. Only the embedded database under the home is
    touched; a configured Prefect server keeps its own history and its own vacuum service.
    Housekeeping never fails the run it follows: a problem is logged and left for next time.
    """
    import sqlite3

    database = (home / "prefect" / "prefect.db").resolve()
    if os.environ.get("PREFECT_API_URL") or os.environ.get("PREFECT_HOME") != str(database.parent):
        return
    if not database.exists():
        return
    try:
        prune_prefect_history(retention)
        with sqlite3.connect(database, timeout=5) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a busy reader just leaves it for later
    except Exception as exc:  # the run itself already succeeded or failed on its own
        logger.warning("Prefect database housekeeping skipped: %s", exc)
