"""Task runners for scale-out: extraction and shard writing on a Dask cluster (optional extra ``[dask]``)."""

from __future__ import annotations

from typing import Any

__all__ = ["dask_runner"]


def dask_runner(address: str | None = None, workers: int = 2) -> Any:
    """A DaskTaskRunner on ``address``, or on a new local cluster of ``workers`` processes.

    Extraction batches run on the workers. A sharded index is written shard by shard on the
    workers too (Kiwi analysis included: each worker process loads its own model, never
    shipped); one index stays with the flow's process, its one writer. Workers on other
    machines need the home on a shared file system and a PostgreSQL record store.
    """
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise RuntimeError("the Dask task runner needs the extra: pip install 'newsindex[dask]'") from None
    if address:
        return DaskTaskRunner(address=address)
    # No dashboard; the scheduler's own HTTP server (metrics) on any free port: its default, 8787, lies
    # in the range Prefect picks temporary servers' ports from, and a clash failed the run.
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None, "scheduler_kwargs": {"dashboard_address": ":0"},
                                          "env": _shared_api()})  # fmt: skip


def _shared_api() -> dict[str, str]:
    """The environment that points a local cluster's workers at this process's Prefect API.

    Without a configured API each worker process would start a temporary server of its own on
    the same database file (three servers writing one SQLite file, ~6 s of start-up per worker,
    and task runs recorded where the flow's server never sees them); the flow's temporary
    server is started here instead, once, and shared.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value():
        return {"PREFECT_API_URL": PREFECT_API_URL.value()}
    if not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return {}
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the instance the flow's own client will use: started once
    server.start()
    return {"PREFECT_API_URL": server.api_url}
