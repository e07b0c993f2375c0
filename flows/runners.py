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
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None})  # fmt: skip
