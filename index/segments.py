"""Whoosh's segment writer with postings collected per term and written as whole lists.

Whoosh's writer puts every posting through a sorting pool (a size estimate and a tuple per
posting, runs pickled to disk when the pool is full) and then through the posting writer
one at a time: about a third of the indexing thread's time on our articles. Here each
document's postings are appended to their term's list, and at commit each list goes to
:func:`index.postings.write_term` at once. Everything else (stored fields, lengths,
columns, deletions, the TOC) is Whoosh's.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
from whoosh.writing import SegmentWriter

from index.codec import length_bytes
from index.formats import AnalysedText, CompactPositions, pack_varints
from index.postings import Run, value_size, write_term

__all__ = ["ArrayWriter"]

# A term's postings: (document number, weight, encoded value) in the order they were added.
_Postings = list[tuple[int, float, bytes]]


class _TermLists:
    """Stands in for Whoosh's posting pool: per field, per term, its postings."""

    def __init__(self) -> None:
        self.fields: defaultdict[str, defaultdict[bytes, _Postings]] = defaultdict(lambda: defaultdict(list))

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """Whoosh's pool interface (used when Whoosh itself merges a segment in)."""
        fieldname, text, docnum, weight, value = item
        self.fields[fieldname][text].append((docnum, weight, value or b""))

    def cleanup(self) -> None:
        self.fields.clear()


class ArrayWriter(SegmentWriter):
    """``SegmentWriter`` for :class:`~index.codec.CompactCodec` indexes without term vectors
    or spelling fields (our schema has neither)."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        if any(field.vector or field.separate_spelling() for _, field in self.schema.items()):
            self.cancel()
            raise ValueError("ArrayWriter does not write term vectors or spelling fields")
        self.pool = _TermLists()

    def add_document(self, **fields: Any) -> None:
        self._check_state()
        schema, perdoc, docnum = self.schema, self.perdocwriter, self.docnum
        docboost = self._doc_boost(fields)
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        perdoc.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = self._add_postings(name, field, value, docnum, self._field_boost(fields, name, docboost))
                stored = fields.get(f"_stored_{name}", value)
                perdoc.add_field(name, field, stored if field.stored else None, length)
                if field.column_type and stored is not None:
                    perdoc.add_column_value(name, field.column_type, field.to_column_value(stored))
        except ValueError:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_postings(self, name: str, field: Any, value: Any, docnum: int, boost: float) -> int:
        """Adds the field's postings; returns its length (0 for fields not scored)."""
        if not field.indexed:
            return 0
        terms = self.pool.fields[name]
        length = 0
        direct = isinstance(value, AnalysedText) and isinstance(field.format, CompactPositions)
        for text, freq, weight, encoded in field.format.postings(value) if direct else field.index(value):
            terms[text].append((docnum, weight * boost, encoded or b""))
            length += freq
        return length if field.scorable else 0

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        perdoc = self.per_document_reader()
        try:
            for name in sorted(self.pool.fields):
                self._write_field(name, perdoc)
        finally:
            perdoc.close()
        self.fieldwriter.close()

    def _write_field(self, name: str, perdoc: Any) -> None:
        field = self.schema[name]
        fixed = value_size(field)
        lengths = length_bytes(perdoc, name) if field.scorable else None
        terms = self.pool.fields[name]
        self.fieldwriter.start_field(name, field)
        for text in sorted(terms):
            write_term(self.fieldwriter, text, [_run(terms[text], fixed)], lengths, fixed)
        self.fieldwriter.finish_field()


def _run(postings: _Postings, fixed: int | None) -> Run:
    docnums, weights, values = zip(*postings, strict=True)
    ids = np.array(docnums, np.int64)
    sizes = b"" if fixed is not None else pack_varints(list(map(len, values)))
    run = Run(ids, np.array(weights, np.float64), sizes, b"".join(values))
    if len(ids) > 1 and (np.diff(ids) < 0).any():  # segments Whoosh merged in after the documents
        order = np.argsort(ids, kind="stable")
        return _run([postings[i] for i in order.tolist()], fixed)
    return run
