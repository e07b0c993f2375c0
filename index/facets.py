"""Facet counts over a search's matches: months, reporters, places and agencies.

Counting values by reading each match's stored document would cost a decompression per hit
(seconds for a broad query over 100,000 articles). Instead each facet field becomes, once per
searcher, two parallel arrays (document number, value number) built from its posting lists;
the counts for any set of matches are then one ``bincount`` over the pairs whose document is a
match. Months come from the ``published`` column the date filters already hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from index.filters import FilterCache
from index.vectors import ArraySearcher

__all__ = ["FACET_FIELDS", "FacetCounter", "Facets"]

FACET_FIELDS = ("reporters", "location", "agency")
# Whoosh keeps a date as microseconds since 0001-01-01; numpy's datetime64 counts from 1970.
_UNIX_EPOCH_US = 719_162 * 86_400 * 1_000_000
_KST_US = 9 * 3_600 * 1_000_000  # months are the newsroom's: Korean time


@dataclass(frozen=True, slots=True)
class Facets:
    months: tuple[tuple[str, int], ...]  # ("2024-05", 12), oldest first
    fields: dict[str, tuple[tuple[str, int], ...]]  # per facet field, the most frequent values first

    def as_dict(self) -> dict[str, Any]:
        return {"months": [list(m) for m in self.months], **{k: [list(v) for v in vs] for k, vs in self.fields.items()}}


class FacetCounter:
    """Facet counts for any set of documents of one searcher's view."""

    def __init__(self, arrays: ArraySearcher, filters: FilterCache) -> None:
        self.arrays, self.filters = arrays, filters
        self._pairs: dict[str, tuple[np.ndarray, np.ndarray, list[str]]] = {}

    def count(self, docs: np.ndarray, top: int = 10) -> Facets:
        """Facets over ``docs`` (document numbers, ascending): every month, the ``top`` values of each field."""
        chosen = np.zeros(self.arrays.doc_count_all, dtype=bool)
        chosen[docs] = True
        fields = {}
        for name in FACET_FIELDS:
            doc_of, value_of, values = self._field_pairs(name)
            counts = np.bincount(value_of[chosen[doc_of]], minlength=len(values))
            best = np.argsort(-counts, kind="stable")[:top]
            fields[name] = tuple((values[i], int(counts[i])) for i in best if counts[i] > 0)
        return Facets(self._months(docs), fields)

    def _months(self, docs: np.ndarray) -> tuple[tuple[str, int], ...]:
        published = self.filters.column("published")[docs]
        published = published[published >= 0]
        if not len(published):
            return ()
        months = (published - _UNIX_EPOCH_US + _KST_US).astype("datetime64[us]").astype("datetime64[M]")
        found, counts = np.unique(months, return_counts=True)
        return tuple((str(month), int(count)) for month, count in zip(found, counts, strict=True))

    def _field_pairs(self, name: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
        if name not in self._pairs:
            values: list[str] = []
            doc_parts, value_parts = [], []
            for term in self.arrays.searcher.reader().lexicon(name):
                value = term.decode("utf-8") if isinstance(term, bytes) else str(term)
                docs = self.arrays.term_docs(name, term)
                if len(docs):
                    doc_parts.append(docs)
                    value_parts.append(np.full(len(docs), len(values), dtype=np.int64))
                    values.append(_shown(value))
            empty = np.zeros(0, dtype=np.int64)
            self._pairs[name] = (
                np.concatenate(doc_parts) if doc_parts else empty,
                np.concatenate(value_parts) if value_parts else empty,
                values,
            )
        return self._pairs[name]


def _shown(value: str) -> str:
    """Indexed values are lowercased; Latin names read better capitalised ("lee kyung-sik")."""
    return value.title() if value.isascii() else value
