"""The ``reindex`` flow: rebuild the index from the record store with zero search downtime."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.logging import get_run_logger

from flows.reporting import publish_summary
from index.writer import IndexSettings
from newsindex import reindex as rebuilding
from newsindex.pipeline import writing_run

__all__ = ["reindex"]


@flow(name="reindex", persist_result=False)
def reindex(
    home: str = "data",
    user_dict: str | None = None,
    lock_timeout: float = 600.0,
    store: str | None = None,
    shard_by: str | None = None,
    shard: str | None = None,
) -> dict[str, Any]:
    """Build a new generation from the store, check it, switch to it, keep one for rollback.

    ``shard_by`` changes the layout ("month", "year", "none"); ``shard`` rebuilds only that shard.
    """
    logger = get_run_logger()
    started = time.perf_counter()
    home_path = Path(home)
    settings = IndexSettings.resolve(home_path, user_dict, shard_by)
    with writing_run(home_path, "reindex", lock_timeout, store) as (records, run_id):
        if shard:
            report = rebuilding.rebuild_shard(home_path, records, settings, shard)
        else:
            report = rebuilding.rebuild(home_path, records, settings)
        summary = {**dataclasses.asdict(report), "seconds": round(time.perf_counter() - started, 3)}
        summary["removed"] = list(report.removed)
        records.finish_run(run_id, summary)
    publish_summary("reindex-summary", "Reindex run", summary)
    logger.info("generation %s live with %d articles", report.generation, report.articles)
    return summary
