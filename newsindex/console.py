"""What every CLI command shares: the typer app, consoles, options, exit codes, errors."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from newsindex.settings import resolve_home

__all__ = ["EXIT_INDEX", "EXIT_NO_HITS", "EXIT_USAGE", "app", "err", "fail", "home_of", "out", "setup_logging"]

app = typer.Typer(
    name="newsindex",
    help="Korean and English news articles in a searchable Whoosh index.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
out = Console(soft_wrap=True, highlight=False)
err = Console(stderr=True, soft_wrap=True, highlight=False)

EXIT_NO_HITS, EXIT_USAGE, EXIT_INDEX = 1, 2, 3

HomeOption = Annotated[
    Path | None,
    typer.Option("--home", envvar="NEWSINDEX_HOME", help="Data directory (index, records). Default: ./data"),
]


def _use_store(url: str | None) -> str | None:
    """Make ``--store`` the record store of everything the command opens (flows, hit texts)."""
    if url:
        from index.database import STORE_ENV, store_url

        try:
            store_url(Path(), url)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        os.environ[STORE_ENV] = url
    return url


StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        envvar="NEWSINDEX_STORE",
        callback=_use_store,
        help="Record store: postgresql://USER@HOST/DB, shared by several machines. Default: HOME/records.sqlite.",
    ),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON output, one object per line.")]


def fail(message: str, code: int, debug: bool = False) -> NoReturn:
    """Print a one-line error and exit with ``code`` (re-raise with ``--debug``)."""
    if debug and sys.exc_info()[1] is not None:
        raise
    err.print(f"newsindex: {message}", style="red", markup=False)
    raise typer.Exit(code)


def setup_logging(debug: bool) -> None:
    from rich.logging import RichHandler

    root = logging.getLogger()
    if not any(isinstance(h, RichHandler) for h in root.handlers):
        root.addHandler(RichHandler(console=err, show_path=False))
    root.setLevel(logging.DEBUG if debug else logging.WARNING)


def home_of(home: Path | None) -> Path:
    return resolve_home(home)
