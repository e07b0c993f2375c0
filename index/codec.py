"""Whoosh's W3 codec with each posting block's values packed into one byte string.

W3 pickles a block's values (each posting's encoded positions) as a tuple of small byte
strings: about 12 bytes per posting after compression for 3 bytes of positions, because every
item carries pickle opcodes and a memo entry. Packing the lengths as varints and the values
back to back brings a news index's postings to well under half their size. Everything else,
including the block layout and inlined postings, is W3's.
"""

from __future__ import annotations

from itertools import accumulate

from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3PostingsWriter

from index.formats import pack_varints, unpack_varints

__all__ = ["CompactCodec"]


class _PackedValuesWriter(W3PostingsWriter):
    def _mini_values(self):  # type: ignore[no-untyped-def]
        if self._format.fixed_value_size() is not None:
            return super()._mini_values()
        return pack_varints([len(v) for v in self._values]), b"".join(self._values)


class _PackedValuesMatcher(W3LeafMatcher):
    def _read_values(self) -> None:
        if self._data is None:
            self._read_data()
        packed = self._data[2]
        if self._fixedsize is not None or not (isinstance(packed, tuple) and len(packed) == 2):
            return super()._read_values()
        lengths, data = packed
        ends = list(accumulate(unpack_varints(lengths)))
        self._values = tuple(data[start:end] for start, end in zip([0, *ends], ends, strict=False))


class CompactCodec(W3Codec):
    """Use with ``ix.writer(codec=CompactCodec())``; segments remember their codec for reading."""

    def postings_writer(self, dbfile, byteids=False):  # type: ignore[no-untyped-def]
        return _PackedValuesWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):  # type: ignore[no-untyped-def]
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return _PackedValuesMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)
