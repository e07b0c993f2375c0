"""The ``newsindex`` command line: ingest, search and inspect the index.

Exit codes: 0 success (with hits), 1 no hits, 2 usage or query error, 3 index missing or
unreadable. Errors are one line on stderr; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from newsindex.settings import configure_prefect, resolve_home

app = typer.Typer(
    name="newsindex",
    help="Korean and English news articles in a searchable Whoosh index.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

EXIT_NO_HITS, EXIT_USAGE, EXIT_INDEX = 1, 2, 3

HomeOption = Annotated[
    Path | None,
    typer.Option("--home", envvar="NEWSINDEX_HOME", help="Data directory (index, records). Default: ./data"),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")]


def _fail(message: str, code: int, debug: bool) -> NoReturn:
    if debug:
        raise
    err.print(f"newsindex: {message}", style="red", highlight=False, markup=False)
    raise typer.Exit(code)


def _setup_logging(debug: bool) -> None:
    from rich.logging import RichHandler

    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, handlers=[RichHandler(console=err)],
                        format="%(message)s")  # fmt: skip


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or glob patterns.")],
    home: HomeOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Files per Prefect task.")] = 200,
    debug: DebugOption = False,
) -> None:
    """Ingest articles through the Prefect ``ingest`` flow."""
    home = resolve_home(home)
    configure_prefect(home)
    from flows.ingest import ingest as ingest_flow  # Prefect only for the commands that run flows

    summary = ingest_flow(paths=[str(p) for p in paths], home=str(home), batch_size=batch_size)
    out.print(f"indexed {summary['articles']} articles from {summary['files']} files into {home}", highlight=False)
    for source, reason in summary["quarantined"]:  # type: ignore[union-attr]
        err.print(f"quarantined {source}: {reason}", style="yellow", highlight=False, markup=False)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", OR, NOT, field:value.')],
    home: HomeOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Hits per page.")] = 10,
    page: Annotated[int, typer.Option(min=1, help="Page number.")] = 1,
    json_lines: Annotated[bool, typer.Option("--json", help="One JSON object per hit.")] = False,
    debug: DebugOption = False,
) -> None:
    """Full-text search; exit 1 when nothing matches."""
    from index import NewsIndexError, QueryError, open_index
    from index import search as run_search
    from newsindex.render import print_json_lines, print_search_result

    home = resolve_home(home)
    _setup_logging(debug)
    try:
        ix = open_index(home)
        result = run_search(ix, query, limit=limit, offset=(page - 1) * limit)
    except QueryError as exc:
        _fail(str(exc), EXIT_USAGE, debug)
    except NewsIndexError as exc:
        _fail(str(exc), EXIT_INDEX, debug)
    if json_lines:
        print_json_lines([h.as_dict() for h in result.hits])
    else:
        print_search_result(result, out, offset=(page - 1) * limit)
    if not result.hits:
        raise typer.Exit(EXIT_NO_HITS)


def main() -> None:
    app()
