"""Collapsing results by story: the copies and editions of one story show as its best hit.

Like the filter cache, the story of every document is read once per searcher (the ``story``
column, as small integers), so collapsing a page costs a pass over its candidates. Documents
written before stories existed are each a story of their own.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from index.vectors import ArraySearcher

__all__ = ["StoryGroups"]


class StoryGroups:
    """Each document's story as an integer, with the live members of each story."""

    def __init__(self, arrays: ArraySearcher) -> None:
        self.arrays = arrays

    @cached_property
    def ordinals(self) -> np.ndarray:
        numbers: dict[bytes, int] = {}
        values = []
        for reader, _ in self.arrays.leaves:
            if reader.has_column("story"):
                values.extend(reader.column_reader("story", translate=False))
            else:
                values.extend([b""] * reader.doc_count_all())
        ordinals = np.empty(len(values), dtype=np.int64)
        for docnum, value in enumerate(values):
            ordinals[docnum] = numbers.setdefault(value or b"#%d" % docnum, len(numbers))
        return ordinals

    @cached_property
    def _order(self) -> tuple[np.ndarray, np.ndarray]:
        """Live document numbers sorted by story, and where each story's run starts."""
        live = np.flatnonzero(self.arrays.live)
        by_story = live[np.argsort(self.ordinals[live], kind="stable")]
        starts = np.searchsorted(self.ordinals[by_story], np.arange(self.ordinals.max(initial=-1) + 2))
        return by_story, starts

    def members(self, docnum: int) -> np.ndarray:
        """The live documents of ``docnum``'s story, ``docnum`` included, in document order."""
        by_story, starts = self._order
        story = self.ordinals[docnum]
        return by_story[starts[story] : starts[story + 1]]

    def firsts(self, docs: np.ndarray) -> np.ndarray:
        """Indexes into ``docs`` (ranked best first) of each story's first document."""
        _, first = np.unique(self.ordinals[docs], return_index=True)
        return np.sort(first)

    def with_member_in(self, docs: np.ndarray) -> np.ndarray:
        """Live documents whose story has a member among ``docs`` (ascending)."""
        wanted = np.zeros(self.ordinals.max(initial=-1) + 1, dtype=bool)
        wanted[self.ordinals[docs]] = True
        return np.flatnonzero(wanted[self.ordinals] & self.arrays.live)
