"""Single-machine mode: serve the ``ingest`` (cron) and ``reindex`` (on demand) deployments.

    python -m deployments.serve INBOX [--home DIR] [--cron "*/15 * * * *"]
or  newsindex serve INBOX

Trigger a reindex with ``prefect deployment run 'reindex/reindex-on-demand'``.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["build_deployments", "serve_deployments"]

INGEST_DEPLOYMENT = "ingest-scheduled"
REINDEX_DEPLOYMENT = "reindex-on-demand"


def build_deployments(inbox: list[str], home: str, cron: str) -> list[Any]:
    from flows.ingest import ingest
    from flows.reindex import reindex

    return [
        ingest.to_deployment(
            name=INGEST_DEPLOYMENT, cron=cron, parameters={"paths": inbox, "home": home},
            tags=["newsindex"], description="Incremental ingest of the inbox; unchanged files are skipped.",
        ),
        reindex.to_deployment(
            name=REINDEX_DEPLOYMENT, parameters={"home": home}, tags=["newsindex"],
            description="Rebuild the index from the record store; searches keep running.",
        ),
    ]  # fmt: skip


def serve_deployments(inbox: list[str], home: str, cron: str) -> None:
    from prefect import serve

    serve(*build_deployments(inbox, home, cron))


def main() -> None:
    from newsindex.settings import configure_prefect, resolve_home

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inbox", nargs="+")
    parser.add_argument("--home", default=None)
    parser.add_argument("--cron", default="*/15 * * * *")
    args = parser.parse_args()
    home = resolve_home(None if args.home is None else __import__("pathlib").Path(args.home))
    configure_prefect(home)
    serve_deployments(args.inbox, str(home), args.cron)


if __name__ == "__main__":
    main()
