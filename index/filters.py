"""Search filters as cached arrays of document numbers, one cache per searcher.

Whoosh turns a filter query into a document set by reading every posting it covers, in
Python: a language or date-range filter over most of a 100,000-article index costs more than
the search itself. Like Lucene's filter cache, the document arrays are kept for the life of a
searcher (a searcher sees one fixed state of the index), and date ranges are cut from a sorted
copy of the ``published`` column instead of expanding into numeric range terms.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from functools import reduce
from typing import Any

import numpy as np

from index.vectors import ArraySearcher, intersect_sorted

__all__ = ["FilterCache"]

_MAX_CACHED = 64


class FilterCache:
    """Sorted document-number arrays for term and date filters over one searcher's view."""

    def __init__(self, arrays: ArraySearcher) -> None:
        self.arrays = arrays
        self._docs: OrderedDict[tuple[Any, ...], np.ndarray] = OrderedDict()
        self._columns: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}

    def docset(
        self, terms: dict[str, str], date_field: str, since: datetime | None, until: datetime | None
    ) -> np.ndarray | None:
        """The documents matching every ``field: value`` in ``terms`` and dated within
        ``[since, until]``, ascending; None when there is nothing to filter on. Callers must
        not change the array: it may be the cached one."""
        parts = [self._cached(("term", name, value), self._term_docs, name, value) for name, value in terms.items()]
        if since is not None or until is not None:
            parts.append(self._cached(("range", date_field, since, until), self._range_docs, date_field, since, until))
        if not parts:
            return None
        return reduce(intersect_sorted, sorted(parts, key=len))

    def column(self, fieldname: str) -> np.ndarray:
        """The field's sortable column value for every document, -1 where it has none."""
        return self._column(fieldname)[0]

    def _cached(self, key: tuple[Any, ...], build, *args: Any) -> np.ndarray:
        found = self._docs.get(key)
        if found is None:
            found = self._docs[key] = build(*args)
            if len(self._docs) > _MAX_CACHED:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(key)
        return found

    def _term_docs(self, fieldname: str, value: str) -> np.ndarray:
        return self.arrays.term_docs(fieldname, value)

    def _range_docs(self, fieldname: str, since: datetime | None, until: datetime | None) -> np.ndarray:
        _, values, docnums = self._column(fieldname)
        field = self.arrays.schema[fieldname]
        low = np.searchsorted(values, field.to_column_value(since)) if since is not None else 0
        high = np.searchsorted(values, field.to_column_value(until), side="right") if until is not None else len(values)
        return np.sort(docnums[low:high])

    def _column(self, fieldname: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every document's column value, and the live documents that have one: their values
        ascending and their document numbers in the same order."""
        if fieldname not in self._columns:
            missing = self.arrays.schema[fieldname].default_column().default_value()
            values = np.fromiter(
                (value for reader, _ in self.arrays.leaves for value in _column_values(reader, fieldname, missing)),
                dtype=np.uint64,
                count=self.arrays.doc_count_all,
            )
            has_value = values != missing
            present = np.flatnonzero(has_value & self.arrays.live)
            order = present[np.argsort(values[present], kind="stable")]
            values = values.astype(np.int64)  # sortable datetimes fit; the missing marker is reset next
            values[~has_value] = -1
            self._columns[fieldname] = (values, values[order], order)
        return self._columns[fieldname]


def _column_values(reader: Any, fieldname: str, missing: int):
    if reader.has_column(fieldname):
        return reader.column_reader(fieldname, translate=False)
    return (missing for _ in range(reader.doc_count_all()))
