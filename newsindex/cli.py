"""The ``newsindex`` command line: ingest, search and inspect the index.

Exit codes: 0 success (with hits), 1 no hits, 2 usage or query error, 3 index missing or
unreadable. Errors are one line on stderr; ``--debug`` shows the traceback.
"""

from newsindex import commands_admin, commands_search  # noqa: F401  (they register the commands)
from newsindex.console import app

__all__ = ["app", "main"]


def main() -> None:
    app()
