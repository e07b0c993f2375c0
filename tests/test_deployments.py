"""Scheduling: the served deployments register a cron schedule; the Dask runner gives the same index."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from distributed.diagnostics.plugin import WorkerPlugin

from index import open_index
from index.schema import load_stored
from newsindex.store import RecordStore


def test_serve_registers_ingest_on_cron_and_reindex_on_demand(prefect_harness, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client

    from deployments.serve import INGEST_DEPLOYMENT, REINDEX_DEPLOYMENT, build_deployments

    ingest_dep, reindex_dep = build_deployments(["inbox"], str(tmp_path), "*/15 * * * *")
    ids = [ingest_dep.apply(), reindex_dep.apply()]

    async def read() -> list:
        async with get_client() as client:
            return [await client.read_deployment(i) for i in ids]

    ingest_read, reindex_read = asyncio.run(read())
    assert ingest_read.name == INGEST_DEPLOYMENT and reindex_read.name == REINDEX_DEPLOYMENT
    assert [s.schedule.cron for s in ingest_read.schedules] == ["*/15 * * * *"]
    assert reindex_read.schedules == []
    assert ingest_read.parameters == {"paths": ["inbox"], "home": str(tmp_path)}


def test_prefect_yaml_names_both_flows() -> None:
    import yaml

    spec = yaml.safe_load((Path(__file__).parent.parent / "deployments" / "prefect.yaml").read_text())
    entry = {d["name"]: d for d in spec["deployments"]}
    assert entry["ingest-scheduled"]["entrypoint"] == "flows/ingest.py:ingest"
    assert entry["ingest-scheduled"]["schedules"][0]["cron"] == "*/15 * * * *"
    assert entry["reindex-on-demand"]["entrypoint"] == "flows/reindex.py:reindex"
    assert "schedules" not in entry["reindex-on-demand"]


def _documents(home: Path) -> list[tuple[str, str]]:
    ix = open_index(home)
    with ix.searcher() as searcher:
        docs = sorted((f["id"], load_stored(f)["content_hash"]) for f in searcher.all_stored_fields())
    ix.close()
    return docs


def test_dask_local_cluster_builds_the_same_index(prefect_harness, examples_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("prefect_dask")
    from flows.ingest import ingest
    from flows.runners import dask_runner

    default_home, dask_home = tmp_path / "default", tmp_path / "dask"
    ingest(paths=[str(examples_dir)], home=str(default_home), batch_size=1)
    on_dask = ingest.with_options(task_runner=dask_runner(workers=2))
    summary = on_dask(paths=[str(examples_dir)], home=str(dask_home), batch_size=1)
    assert summary["indexed"] == 3
    assert _documents(dask_home) == _documents(default_home)


_EPHEMERAL_DASK_RUN = """
import sys
from pathlib import Path
from newsindex.settings import configure_prefect
configure_prefect(Path(sys.argv[2]))
from flows.ingest import ingest
from flows.runners import dask_runner
ingest.with_options(task_runner=dask_runner(workers=2))(paths=[sys.argv[1]], home=sys.argv[2], batch_size=1)
"""


def test_dask_workers_share_the_flows_temporary_prefect_server(examples_dir: Path, tmp_path: Path) -> None:
    """With no Prefect server configured (the embedded default), a local cluster's workers use the
    flow's temporary server: each worker process used to start one of its own on the same
    database file, and the flow never saw the runs recorded there."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    done = subprocess.run(
        [sys.executable, "-c", _EPHEMERAL_DASK_RUN, str(examples_dir), str(tmp_path / "home")],
        capture_output=True, text=True, env=env, cwd=Path(__file__).parent.parent, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stderr.count("Starting temporary server") == 1, done.stderr[-2000:]


def test_a_cluster_starts_while_port_8787_is_taken(prefect_harness, examples_dir: Path, tmp_path: Path) -> None:
    """The scheduler's HTTP server defaulted to port 8787, inside the range Prefect picks temporary
    servers' ports from: when another process held it, the cluster failed to start."""
    import socket

    from flows.ingest import ingest
    from flows.runners import dask_runner

    holder = socket.socket()
    try:
        holder.bind(("", 8787))
    except OSError:
        pytest.skip("port 8787 is in use already")
    holder.listen()
    try:
        summary = ingest.with_options(task_runner=dask_runner(workers=1))(paths=[str(examples_dir)], home=str(tmp_path))
    finally:
        holder.close()
    assert summary["indexed"] == 3


def test_dask_workers_write_the_shards(prefect_harness, examples_dir: Path, tmp_path: Path) -> None:
    """On a real LocalCluster of two worker processes, each shard is written (Kiwi included) by a
    worker, not by the flow's process, and the index is the one a plain run builds."""
    from flows.ingest import ingest
    from flows.runners import dask_runner

    default_home, dask_home = tmp_path / "default", tmp_path / "dask"
    ingest(paths=[str(examples_dir)], home=str(default_home), shard_by="month")
    on_dask = ingest.with_options(task_runner=dask_runner(workers=2))
    summary = on_dask(paths=[str(examples_dir)], home=str(dask_home), shard_by="month", batch_size=1)
    assert summary["indexed"] == 3
    assert _documents(dask_home) == _documents(default_home)
    assert summary["index_processes"] and os.getpid() not in summary["index_processes"]


class _KillFirstShardWriter(WorkerPlugin):
    """A Dask worker plugin: the first worker process to start writing a shard is SIGKILLed
    (once in all, remembered by a marker file; the worker the nanny restarts runs normally)."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def setup(self, worker) -> None:
        import signal

        import newsindex.pipeline as pipeline

        original, marker = pipeline.write_shard, self.marker

        def write_shard(*args, **kwargs):
            if not os.path.exists(marker):
                open(marker, "w").close()
                os.kill(os.getpid(), signal.SIGKILL)
            return original(*args, **kwargs)

        pipeline.write_shard = write_shard


def test_a_sigkilled_dask_worker_loses_and_doubles_nothing(prefect_harness, examples_dir: Path, tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    from flows.ingest import ingest
    from flows.runners import dask_runner

    default_home, dask_home = tmp_path / "default", tmp_path / "dask"
    ingest(paths=[str(examples_dir)], home=str(default_home), shard_by="month")
    marker = tmp_path / "killed"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            client.register_plugin(_KillFirstShardWriter(str(marker)), name="kill-first-shard-writer")
        on_dask = ingest.with_options(task_runner=dask_runner(address=cluster.scheduler_address))
        try:
            on_dask(paths=[str(examples_dir)], home=str(dask_home), shard_by="month")
        except Exception:  # the scheduler may give up on the killed task: a rerun must finish the job
            on_dask(paths=[str(examples_dir)], home=str(dask_home), shard_by="month")
    assert marker.exists()  # a worker really died mid-ingest
    assert _documents(dask_home) == _documents(default_home)  # every article once, none lost
    with RecordStore(dask_home) as store:
        assert store.count() == 3 and not store.pending_ids()
