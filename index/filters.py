"""Search filters as cached sets of document numbers, one cache per searcher.

Whoosh turns a filter query into a document set by reading every posting it covers, in
Python: a language or date-range filter over most of a 100,000-article index costs more than
the search itself. Like Lucene's filter cache, the sets are kept for the life of a searcher
(a searcher sees one fixed state of the index), and date ranges are cut from a sorted copy of
the ``published`` column instead of expanding into numeric range terms.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from datetime import datetime
from typing import Any

from whoosh import query as q
from whoosh.searching import Searcher

__all__ = ["FilterCache"]

_MAX_CACHED = 64


class FilterCache:
    """Document-number sets for term and date filters over one searcher's view of the index."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._sets: OrderedDict[tuple[Any, ...], set[int]] = OrderedDict()
        self._dates: dict[str, tuple[list[int], list[int]]] = {}

    def docset(self, terms: dict[str, str], date_field: str, since: datetime | None, until: datetime | None):
        """The documents matching every ``field: value`` in ``terms`` and published in
        ``[since, until]``; None when there is nothing to filter on. Callers must not change
        the set: it may be the cached one."""
        parts = [self._cached(("term", name, value), self._term_set, name, value) for name, value in terms.items()]
        if since is not None or until is not None:
            parts.append(self._cached(("range", date_field, since, until), self._range_set, date_field, since, until))
        if not parts:
            return None
        parts.sort(key=len)
        return parts[0].intersection(*parts[1:]) if len(parts) > 1 else parts[0]

    def _cached(self, key: tuple[Any, ...], build, *args: Any) -> set[int]:
        found = self._sets.get(key)
        if found is None:
            found = self._sets[key] = set(build(*args))
            if len(self._sets) > _MAX_CACHED:
                self._sets.popitem(last=False)
        else:
            self._sets.move_to_end(key)
        return found

    def _term_set(self, fieldname: str, value: str) -> Any:
        return self.searcher.docs_for_query(q.Term(fieldname, value))

    def _range_set(self, fieldname: str, since: datetime | None, until: datetime | None) -> list[int]:
        values, docnums = self._sorted_column(fieldname)
        field = self.searcher.schema[fieldname]
        low = bisect_left(values, field.to_column_value(since)) if since is not None else 0
        high = bisect_right(values, field.to_column_value(until)) if until is not None else len(values)
        return docnums[low:high]

    def _sorted_column(self, fieldname: str) -> tuple[list[int], list[int]]:
        """The field's column values in ascending order with their document numbers
        (documents without a value left out)."""
        if fieldname not in self._dates:
            missing = self.searcher.schema[fieldname].default_column().default_value()
            pairs = sorted(
                (value, base + docnum)
                for reader, base in self.searcher.reader().leaf_readers()
                if reader.has_column(fieldname)
                for docnum, value in enumerate(reader.column_reader(fieldname, translate=False))
                if value != missing and not reader.is_deleted(docnum)
            )
            self._dates[fieldname] = ([v for v, _ in pairs], [d for _, d in pairs])
        return self._dates[fieldname]
