"""The ``ingest`` flow: files to articles to the index, in batches of Prefect tasks."""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.logging import get_run_logger

from index.writer import IndexSettings
from newsindex import pipeline
from newsindex.pipeline import SourceFile

__all__ = ["ingest"]


@task(name="extract-and-index-batch", retries=2, retry_delay_seconds=1, cache_policy=NONE, persist_result=False)
def process_batch(files: list[SourceFile], home: Path, user_dict: str | None) -> dict[str, object]:
    """Extract one batch of files and write its articles in one commit."""
    logger = get_run_logger()
    report = pipeline.extract_batch(files)
    for source, reason in report.failures:
        logger.warning("quarantined %s: %s", source, reason)
    settings = IndexSettings(Path(user_dict) if user_dict else None)
    written = pipeline.index_articles(home, report.articles, settings)
    return {"files": len(files), "articles": written, "failures": report.failures}


@flow(name="ingest", log_prints=False, persist_result=False)
def ingest(
    paths: list[str], home: str = "data", batch_size: int = 200, user_dict: str | None = None
) -> dict[str, object]:
    """Ingest files, directories or globs into the index under ``home``."""
    logger = get_run_logger()
    started = time.perf_counter()
    home_path = Path(home)
    settings = IndexSettings(Path(user_dict) if user_dict else None)
    pipeline.ensure_index(home_path, settings)
    files = pipeline.discover(paths)
    logger.info("found %d files under %s", len(files), ", ".join(paths))
    batches = [files[i : i + batch_size] for i in range(0, len(files), batch_size)]
    reports = [process_batch(batch, home_path, settings.user_dict) for batch in batches]
    summary = {
        "files": len(files),
        "articles": sum(int(r["articles"]) for r in reports),
        "quarantined": [f for r in reports for f in r["failures"]],  # type: ignore[union-attr]
        "seconds": round(time.perf_counter() - started, 3),
    }
    create_markdown_artifact(
        key="ingest-summary",
        markdown=f"# Ingest\n\n- files: {summary['files']}\n- articles: {summary['articles']}\n"
        f"- quarantined: {len(summary['quarantined'])}\n- seconds: {summary['seconds']}\n",
    )
    logger.info("indexed %d articles from %d files", summary["articles"], summary["files"])
    return summary
