"""Index: the Whoosh schema, Korean analysis on Kiwi, writing and searching. No Prefect here."""

from index import storage
from index.errors import (
    IndexBusyError,
    IndexCorruptError,
    IndexMissingError,
    IndexOutdatedError,
    NewsIndexError,
    QueryError,
)
from index.search import Hit, SearchResult, search
from index.writer import IndexSettings, create_index, delete_articles, open_index, write_articles

storage.install()

__all__ = [
    "Hit",
    "IndexBusyError",
    "IndexCorruptError",
    "IndexMissingError",
    "IndexOutdatedError",
    "IndexSettings",
    "NewsIndexError",
    "QueryError",
    "SearchResult",
    "create_index",
    "delete_articles",
    "open_index",
    "search",
    "write_articles",
]
