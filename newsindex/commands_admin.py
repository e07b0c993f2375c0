"""Commands that run flows or report on the data: ingest, reindex, rollback, serve, stats."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from newsindex.console import (
    EXIT_INDEX,
    EXIT_USAGE,
    DebugOption,
    HomeOption,
    JsonOption,
    StoreOption,
    app,
    err,
    fail,
    home_of,
    out,
)

ShardByOption = Annotated[
    str | None,
    typer.Option(
        "--shard-by",
        help="month or year: split the index into shards by publication period (none: one index). "
        "Set when the index is made; reindex changes it.",
    ),
]
UserDictOption = Annotated[
    Path | None,
    typer.Option("--user-dict", envvar="NEWSINDEX_USER_DICT", help="Kiwi user dictionary file."),
]


def _run_flow(flow_name: str, debug: bool, **parameters: Any) -> dict[str, Any]:
    """Run a Prefect flow with the embedded defaults; index errors become exit codes."""
    from index.errors import NewsIndexError
    from newsindex.settings import configure_prefect, maintain_prefect_database, run_retention

    try:
        retention = run_retention()
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE, debug)
    configure_prefect(Path(parameters["home"]))
    runner = parameters.pop("task_runner", None)
    address = parameters.pop("dask_address", None)
    try:
        if flow_name == "ingest":
            from flows.ingest import ingest as flow
        else:
            from flows.reindex import reindex as flow
        if runner == "dask":
            from flows.runners import dask_runner

            flow = flow.with_options(task_runner=dask_runner(address))
        return flow(**parameters)
    except NewsIndexError as exc:
        fail(str(exc), EXIT_INDEX, debug)
    finally:
        maintain_prefect_database(Path(parameters["home"]), retention)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or glob patterns.")],
    home: HomeOption = None,
    prune: Annotated[bool, typer.Option(help="Remove articles whose source file is gone.")] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Files per Prefect task.")] = 200,
    task_runner: Annotated[str, typer.Option(help="thread or dask.")] = "thread",
    dask_address: Annotated[
        str | None, typer.Option(help="Dask scheduler (tcp://...); default: a local cluster.")
    ] = None,
    user_dict: UserDictOption = None,
    store: StoreOption = None,
    shard_by: ShardByOption = None,
    debug: DebugOption = False,
) -> None:
    """Ingest articles through the Prefect ``ingest`` flow; prints the run summary."""
    from newsindex.render import print_summary

    if task_runner not in ("thread", "dask"):
        fail(f"--task-runner must be thread or dask, not {task_runner!r}", EXIT_USAGE)
    _check_shard_by(shard_by)
    parameters: dict[str, Any] = {"paths": list(paths), "home": str(home_of(home)), "batch_size": batch_size,
                                  "prune": prune, "user_dict": str(user_dict) if user_dict else None,
                                  "store": store, "shard_by": shard_by}  # fmt: skip
    if task_runner == "dask":
        parameters["task_runner"] = "dask"
        parameters["dask_address"] = dask_address
    from newsindex.pipeline import discover
    from newsindex.progress import ingest_progress

    _check_live_index(home_of(home), user_dict, shard_by, debug)
    with ingest_progress(err, home_of(home), len(discover(paths))):
        summary = _run_flow("ingest", debug, **parameters)
    print_summary("Ingest", summary, out)
    for source, reason in summary.get("quarantine", []):
        err.print(f"quarantined {source}: {reason}", style="yellow", markup=False)


@app.command()
def reindex(
    home: HomeOption = None,
    user_dict: UserDictOption = None,
    store: StoreOption = None,
    shard_by: ShardByOption = None,
    shard: Annotated[str | None, typer.Option(help="Rebuild only this shard (e.g. 2024-05, undated).")] = None,
    debug: DebugOption = False,
) -> None:
    """Rebuild the index (or one shard) from the record store into a new generation, then switch to it."""
    from newsindex.render import print_summary

    _check_shard_by(shard_by)
    if shard and shard_by:
        fail("give --shard or --shard-by, not both: one shard is rebuilt in the layout it has", EXIT_USAGE)
    summary = _run_flow("reindex", debug, home=str(home_of(home)), user_dict=str(user_dict) if user_dict else None,
                        store=store, shard_by=shard_by, shard=shard)  # fmt: skip
    print_summary("Reindex", summary, out)


def _check_live_index(home: Path, user_dict: Path | None, shard_by: str | None, debug: bool) -> None:
    """One line and exit 3, before Prefect starts, when the live index cannot take this ingest
    (built by another schema or dictionary, damaged); the flow would fail the same way, with
    its traceback in the run log."""
    from index.errors import NewsIndexError
    from index.generations import live_generation
    from index.writer import IndexSettings, open_index

    if live_generation(home) is None:
        return
    try:
        open_index(home, IndexSettings.resolve(home, user_dict, shard_by)).close()
    except NewsIndexError as exc:
        fail(str(exc), EXIT_INDEX, debug)


def _check_shard_by(shard_by: str | None) -> None:
    if shard_by not in (None, "month", "year", "none"):
        fail(f"--shard-by must be month, year or none, not {shard_by!r}", EXIT_USAGE)


@app.command()
def rollback(home: HomeOption = None, debug: DebugOption = False) -> None:
    """Make the previous index generation live again."""
    from index.errors import NewsIndexError
    from newsindex.locking import writer_lock
    from newsindex.reindex import rollback as roll_back

    home = home_of(home)
    try:
        with writer_lock(home, timeout=60):
            before, after = roll_back(home)
    except NewsIndexError as exc:
        fail(str(exc), EXIT_INDEX, debug)
    out.print(f"live generation: {after} (was {before})")


@app.command()
def stats(
    home: HomeOption = None, store: StoreOption = None, json_output: JsonOption = False, debug: DebugOption = False
) -> None:
    """What is in the index and the record store; exit 3 when the index is missing or damaged."""
    from index.errors import NewsIndexError
    from newsindex.render import print_json_lines, print_stats
    from newsindex.stats import collect_stats

    try:
        figures = collect_stats(home_of(home))
    except NewsIndexError as exc:
        fail(str(exc), EXIT_INDEX, debug)
    if json_output:
        print_json_lines([figures])
    else:
        print_stats(figures, out)


@app.command()
def serve(
    inbox: Annotated[list[str], typer.Argument(help="Paths the scheduled ingest reads.")],
    home: HomeOption = None,
    cron: Annotated[str, typer.Option(help="Cron schedule of the ingest deployment.")] = "*/15 * * * *",
    debug: DebugOption = False,
) -> None:
    """Serve the ingest (on a cron schedule) and reindex (on demand) deployments, no worker needed."""
    from newsindex.settings import configure_prefect

    home = home_of(home)
    try:
        configure_prefect(home)
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE, debug)
    from deployments.serve import serve_deployments

    serve_deployments(inbox=list(inbox), home=str(home), cron=cron)
