"""Task runners for scale-out: extraction batches on a Dask cluster (optional extra ``[dask]``)."""

from __future__ import annotations

from typing import Any

__all__ = ["dask_runner"]


def dask_runner(address: str | None = None, workers: int = 2) -> Any:
    """A DaskTaskRunner on ``address``, or on a new local cluster of ``workers`` processes.

    Only extraction runs on the workers; index writes stay with the flow's process, the one
    writer. Kiwi models are never shipped: each process that analyses loads its own.
    """
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise RuntimeError("the Dask task runner needs the extra: pip install 'newsindex[dask]'") from None
    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None})  # fmt: skip
