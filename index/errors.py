"""Exceptions raised by the index package.

IndexError_ (base, named ``NewsIndexError``)
├── IndexMissingError     no index has been built under this home yet
├── IndexCorruptError     an index exists but cannot be opened or read
├── IndexBusyError        another process holds the writer lock past the timeout
├── IndexOutdatedError    analyzer, model or user dictionary changed since it was built
└── QueryError            the query cannot be parsed or has nothing to search for
"""

__all__ = [
    "IndexBusyError",
    "IndexCorruptError",
    "IndexMissingError",
    "IndexOutdatedError",
    "NewsIndexError",
    "QueryError",
]


class NewsIndexError(Exception):
    """Base of every error raised by :mod:`index`; the message is one line."""


class IndexMissingError(NewsIndexError):
    pass


class IndexCorruptError(NewsIndexError):
    pass


class IndexBusyError(NewsIndexError):
    pass


class IndexOutdatedError(NewsIndexError):
    pass


class QueryError(NewsIndexError):
    pass
