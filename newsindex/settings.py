"""Where newsindex keeps its data, and how Prefect is configured for it.

Defaults ship here; ``NEWSINDEX_HOME`` or ``--home`` override the location.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DEFAULT_HOME", "compact_prefect_database", "configure_prefect", "resolve_home"]

DEFAULT_HOME = Path("data")


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


def compact_prefect_database(home: Path) -> None:
    """Fold the embedded Prefect database's WAL back into it after a run.

    The temporary server writes a run's states, logs and events through SQLite's WAL, which
    SQLite only truncates at a checkpoint nobody else is reading through: left alone it stays
    several times the size of the database. Only the embedded database under the home is
    touched; a configured Prefect server keeps its own.
    """
    import sqlite3

    database = (home / "prefect" / "prefect.db").resolve()
    if os.environ.get("PREFECT_API_URL") or os.environ.get("PREFECT_HOME") != str(database.parent):
        return
    if database.exists():
        with sqlite3.connect(database, timeout=5) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a busy reader just leaves it for later
