"""Collapsing results by story: the copies and editions of one story show as its best hit.

Like the filter cache, the story of every document is read once per searcher (the ``story``
column, as small integers), so collapsing a page costs a pass over its candidates. Documents
written before stories existed are each a story of their own.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import cached_property

import numpy as np

from index.vectors import ArraySearcher, member

__all__ = ["StoryGroups"]


class StoryGroups:
    """Each document's story as an integer, with the live members of each story."""

    def __init__(self, arrays: ArraySearcher) -> None:
        self.arrays = arrays
        self._with_member: dict[str, np.ndarray] = {}
        self._outside: dict[str, np.ndarray] = {}
        self.widened: OrderedDict[tuple, np.ndarray] = OrderedDict()  # filters -> allowed with editions

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

    def card(self, docnum: int) -> tuple[str, str, str]:
        """(id, lang, outlet) of a document, from the ``card`` column."""
        index = int(np.searchsorted(self._bases, docnum, side="right")) - 1
        reader = self._cards[index]
        value = reader[docnum - int(self._bases[index])] if reader is not None else b""
        parts = bytes(value).decode("utf-8").split("\t") if value else []
        return (parts[0], parts[1], parts[2]) if len(parts) == 3 else ("", "", "")

    @cached_property
    def _bases(self) -> np.ndarray:
        return np.array([base for _reader, base in self.arrays.leaves], dtype=np.int64)

    @cached_property
    def _cards(self) -> list:
        return [reader.column_reader("card", translate=False) if reader.has_column("card") else None
                for reader, _ in self.arrays.leaves]  # fmt: skip

    def firsts(self, docs: np.ndarray) -> np.ndarray:
        """Indexes into ``docs`` (ranked best first) of each story's first document."""
        _, first = np.unique(self.ordinals[docs], return_index=True)
        return np.sort(first)

    def with_member_in(self, key: str, docs: np.ndarray) -> np.ndarray:
        """Live documents whose story has a member among ``docs`` (ascending); kept under
        ``key`` (a language) for the life of the searcher."""
        if key not in self._with_member:
            self._with_member[key] = self.sharing_stories(docs)
        return self._with_member[key]

    def editions_outside(self, key: str, docs: np.ndarray) -> np.ndarray:
        """Live documents not among ``docs`` whose story has a member among them (ascending): the
        other-language editions a language filter lets in; few, and kept under ``key``."""
        if key not in self._outside:
            sharing = self.with_member_in(key, docs)
            self._outside[key] = sharing[~member(sharing, docs)]
        return self._outside[key]

    def sharing_stories(self, docs: np.ndarray) -> np.ndarray:
        """Live documents of the stories of ``docs`` (ascending)."""
        wanted = np.zeros(self.ordinals.max(initial=-1) + 1, dtype=bool)
        wanted[self.ordinals[docs]] = True
        return np.flatnonzero(wanted[self.ordinals] & self.arrays.live)
