"""Whoosh's W3 codec with posting blocks that numpy can read whole.

W3 pickles each block's ids, weights and values as tuples of Python objects and compresses
the lot: reading a block means decompressing and unpickling all of it, and a search visits
every block of every term it looks for, in Python. Here a block keeps its document ids as
delta-coded unsigned integers of the smallest width that fits, its weights (term
frequencies) likewise, and only the values (encoded positions) compressed, packed back to
back behind varint lengths. A search reads a whole posting list into arrays with one
``frombuffer`` per block (:meth:`PackedMatcher.arrays`) and decompresses positions only when a
phrase needs them. Everything else, including the block headers that skipping relies on
and inlined postings, is W3's.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable
from functools import partial
from itertools import accumulate, pairwise
from pickle import dumps, loads
from typing import Any, NamedTuple

import numpy as np
from whoosh.codec.whoosh3 import (
    COMPRESSION_MIN_SIZE,
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3LeafMatcher,
    W3PerDocReader,
    W3PostingsWriter,
)
from whoosh.matching import ReadTooFar
from whoosh.util.numeric import byte_to_length, length_to_byte

from index.formats import pack_varints, unpack_varints

__all__ = [
    "BLOCK_LIMIT",
    "Block",
    "CompactCodec",
    "PackedMatcher",
    "decode_varints",
    "length_bytes",
    "narrowest_array",
    "pack_values",
    "split_payload",
    "unpack_ids",
    "unpack_weights",
    "write_block",
]

_HEADER_SIZE = struct.Struct("<I")  # the length of a block's pickled ids and weights
BLOCK_LIMIT = 1024  # postings per block (see CompactCodec)
COMPRESSION = 3  # zlib level of block values
_WIDTHS = (("<u1", "B"), ("<u2", "H"), ("<u4", "I"), ("<u8", "Q"))  # numpy dtype, array typecode


def _narrowest(values: list[int]) -> tuple[str, bytes]:
    """``values`` (non-negative integers) in the narrowest unsigned type that holds them all.

    Plain Python: most blocks hold a handful of postings, where numpy's per-call cost dominates.
    """
    top = max(values, default=0)
    if top < 0x100:
        return "<u1", bytes(values)
    dtype, typecode = next(w for w in _WIDTHS if top < 1 << (8 * array(w[1]).itemsize))
    return dtype, _little_endian(array(typecode, values))


def narrowest_array(values: np.ndarray) -> tuple[str, bytes]:
    """:func:`_narrowest` for an array (of many values, where numpy pays off)."""
    top = int(values.max()) if len(values) else 0
    dtype = next(d for d, _ in _WIDTHS if top < 1 << (8 * np.dtype(d).itemsize))
    return dtype, values.astype(dtype).tobytes()


def _little_endian(packed: array) -> bytes:
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def decode_varints(data: bytes) -> np.ndarray:
    """Unsigned LEB128 varints, decoded at numpy speed.

    Nearly every number is one byte (a position gap or a count), so those are taken as they
    are and only the numbers that span bytes are assembled.

    >>> decode_varints(bytes.fromhex('017f8001ac02')).tolist()
    [1, 127, 128, 300]
    """
    raw = np.frombuffer(data, dtype=np.uint8)
    last = np.flatnonzero(raw < 0x80)  # the final byte of each number
    values = raw[last].astype(np.int64)
    if len(last) == len(raw):
        return values
    first = np.empty_like(last)
    first[:1] = 0
    first[1:] = last[:-1] + 1
    spanning = np.flatnonzero(last > first)
    start, end = first[spanning], last[spanning]
    assembled = np.zeros(len(spanning), np.int64)
    for k in range(int((end - start).max()) + 1):
        inside = start + k <= end
        assembled[inside] |= (raw[start[inside] + k] & 0x7F).astype(np.int64) << (7 * k)
    values[spanning] = assembled
    return values


class _PackedWriter(W3PostingsWriter):
    def _write_block(self, last: bool = False) -> None:
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        ids = self._ids
        values_meta, payload = self._packed_values()
        info = (len(ids), ids[-1], self._maxweight, 0, length_to_byte(self._minlength), length_to_byte(self._maxlength))
        write_block(self._postfile, info, (self._packed_ids(), self._packed_weights(), values_meta), payload, last)
        self._blockcount += 1
        self._new_block()

    def _packed_ids(self) -> tuple[int, str, bytes]:
        ids = self._ids
        return (ids[0], *_narrowest([b - a for a, b in pairwise(ids)]))

    def _packed_weights(self) -> Any:
        weights, count = self._weights, len(self._weights)
        if weights.count(weights[0]) == count:
            return None if weights[0] == 1.0 else float(weights[0])
        if all(w.is_integer() and w >= 0 for w in weights):
            return _narrowest([int(w) for w in weights])
        return ("<f4", _little_endian(array("f", weights)))

    def _packed_values(self) -> tuple[Any, bytes]:
        """How the values are stored, and their bytes: after the ids and weights, so that
        reading a posting list's ids and weights does not copy them."""
        size = self._format.fixed_value_size()
        if size is not None and size >= 0:
            return ("fixed", self._mini_values()), b""
        return pack_values(pack_varints([len(v) for v in self._values]), b"".join(self._values), self._compression)


def pack_values(sizes: bytes, values: bytes, compression: int = COMPRESSION) -> tuple[Any, bytes]:
    """A block's values (``sizes``: each value's byte size as varints) as stored after its
    header, compressed when that makes them smaller."""
    blob = pack_varints([len(sizes)]) + sizes + values
    if len(blob) >= COMPRESSION_MIN_SIZE and compression:
        packed = zlib.compress(blob, compression)
        if len(packed) < len(blob):
            return ("zlib", None), packed
    return ("raw", None), blob


def write_block(postfile: Any, info: tuple, header: tuple, payload: bytes, last: bool) -> None:
    """One block: its length (negative for a term's last), W3's info tuple (count, last id,
    top weight, 0, shortest and longest field length bytes), then ids, weights and values."""
    header_bytes = dumps(header, 2)
    info_bytes = dumps(info, 2)
    length = len(info_bytes) + _HEADER_SIZE.size + len(header_bytes) + len(payload)
    postfile.write_int(-length if last else length)
    postfile.write(info_bytes)
    postfile.write(_HEADER_SIZE.pack(len(header_bytes)))
    postfile.write(header_bytes)
    postfile.write(payload)


def unpack_ids(packed: tuple[int, str, bytes]) -> np.ndarray:
    """A block's document ids from its header's ``(first, dtype, deltas)``."""
    first, dtype, deltas = packed
    ids = np.empty(1 + len(deltas) // np.dtype(dtype).itemsize, dtype=np.int64)
    ids[0] = first
    ids[1:] = np.frombuffer(deltas, dtype=dtype)
    return np.cumsum(ids, out=ids)


def unpack_weights(packed: Any, count: int) -> np.ndarray:
    """A block's ``count`` weights from its header (None: all 1, a float: all that)."""
    if packed is None or isinstance(packed, float):
        return np.full(count, 1.0 if packed is None else packed)
    dtype, raw = packed
    return np.frombuffer(raw, dtype=dtype).astype(np.float64)


def _read_payload(postfile: Any, offset: int, length: int, compressed: bool) -> bytes:
    blob = postfile.get(offset, length)
    return zlib.decompress(blob) if compressed else blob


def split_payload(blob: bytes) -> tuple[bytes, bytes]:
    """A block's packed value lengths and the values' bytes."""
    size, skip = _first_varint(blob)
    return blob[skip : skip + size], blob[skip + size :]


def _block_values(postfile: Any, offset: int, length: int, compressed: bool) -> bytes:
    return split_payload(_read_payload(postfile, offset, length, compressed))[1]


class Block(NamedTuple):
    """A run of postings and their values (each posting's encoded positions, back to back)."""

    size: int
    values: Callable[[], bytes]


def _first_varint(data: bytes) -> tuple[int, int]:
    number = shift = 0
    for used, byte in enumerate(data, start=1):
        number |= (byte & 0x7F) << shift
        if byte < 0x80:
            return number, used
        shift += 7
    raise ValueError("truncated varint")


class _Slices:
    """A block's values, each cut from the joined bytes only when asked for (a page of hits
    reads a few values from blocks of hundreds)."""

    __slots__ = ("_bounds", "_data")

    def __init__(self, data: bytes, bounds: list[int]) -> None:
        self._data, self._bounds = data, bounds

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __getitem__(self, i: int) -> bytes:
        return self._data[self._bounds[i] : self._bounds[i + 1]]


class PackedMatcher(W3LeafMatcher):
    """Reads :class:`CompactCodec` blocks through Whoosh's matcher interface, and whole
    posting lists as arrays."""

    def _read_data(self) -> None:
        """Reads the block's ids and weights; its values stay on disk until needed."""
        (size,) = _HEADER_SIZE.unpack(self._postfile.get(self._dataoffset, _HEADER_SIZE.size))
        start = self._dataoffset + _HEADER_SIZE.size
        self._data = loads(self._postfile.get(start, size))
        self._payload = (start + size, self._nextoffset - start - size, self._data[2][0] == "zlib")

    def _block_ids(self) -> np.ndarray:
        return unpack_ids(self._data[0])

    def _block_weights(self) -> np.ndarray:
        return unpack_weights(self._data[1], self._blocklength)

    def _read_ids(self) -> None:
        if self._data is None:
            self._read_data()
        self._ids = self._block_ids().tolist()

    def _read_weights(self) -> None:
        if self._data is None:
            self._read_data()
        self._weights = array("f", self._block_weights().astype(np.float32).tobytes())

    def _read_values(self) -> None:
        if self._data is None:
            self._read_data()
        kind, fixed = self._data[2]
        if kind == "fixed":  # W3's layout: no bytes, or equal-sized values back to back
            size = self._fixedsize
            count = self._blocklength
            self._values = (None,) * count if not size else [fixed[i * size : (i + 1) * size] for i in range(count)]
            return
        lengths, data = split_payload(_read_payload(self._postfile, *self._payload))
        self._values = _Slices(data, [0, *accumulate(unpack_varints(lengths))])

    def skip_to(self, targetid: int) -> None:
        if not self.is_active():
            raise ReadTooFar
        if targetid <= self.id():
            return
        if targetid > self._maxid:
            self._skip_to_block(lambda: targetid > self._maxid)
        if self.is_active():
            if self._ids is None:
                self._read_ids()
            self._i = bisect_left(self._ids, targetid, self._i)
            if self._i == self._blocklength:
                self._next_block()

    def arrays(self, with_values: bool = False) -> tuple[np.ndarray, np.ndarray, list[Block]]:
        """Every posting from the current block on: document ids and weights, and (if asked)
        each block's size and values, decompressed only when called for. Leaves the matcher
        inactive."""
        ids, weights, blocks = [], [], []
        while self.is_active():
            if self._data is None:
                self._read_data()
            ids.append(self._block_ids())
            weights.append(self._block_weights())
            if with_values:
                blocks.append(Block(self._blocklength, partial(_block_values, self._postfile, *self._payload)))
            self._next_block()
        if not ids:
            return np.empty(0, np.int64), np.empty(0, np.float64), []
        return np.concatenate(ids), np.concatenate(weights), blocks


def length_bytes(perdoc: W3PerDocReader, fieldname: str, missing: int = 0) -> np.ndarray:
    """A segment's one-byte encoded lengths of ``fieldname``, one per document, as one array.

    Whoosh reads them one document at a time; the column is a plain byte per document. A
    document without the field (or past the column's end) reads 0; all read ``missing`` when
    no document of the segment has the field.
    """
    count = perdoc.doc_count_all()
    column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    if column is None:
        return np.full(count, missing, np.uint8)
    raw = np.frombuffer(column._dbfile.get(column._basepos, column._count * column._fixedlen), dtype=np.uint8)
    return np.pad(raw, (0, count - len(raw))) if len(raw) < count else raw[:count]


# What Whoosh's ``doc_field_length`` answers for each length byte (None for 0: no such field).
_LENGTH_OF_BYTE: list[int | None] = [None, *(byte_to_length(b) for b in range(1, 256))]


class _PerDocReader(W3PerDocReader):
    def doc_field_length_reader(self, fieldname: str, default: int = 0) -> Callable[[int], int | None]:
        """Field lengths from a list read once: the writer asks for one per posting it writes
        (Whoosh read each from the column file, a seek and a read per posting)."""
        if self._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN) is None:
            return lambda docnum: default
        return list(map(_LENGTH_OF_BYTE.__getitem__, length_bytes(self, fieldname).tolist())).__getitem__


class CompactCodec(W3Codec):
    """Use with ``ix.writer(codec=CompactCodec())``; segments remember their codec for reading.

    Blocks hold 1,024 postings (W3: 128): reading whole lists costs per block (measured at
    100,000 articles: phrase p95 -10% against 256, index -3%), and skipping within a block is a
    binary search.
    """

    def __init__(self, blocklimit: int = BLOCK_LIMIT, compression: int = COMPRESSION, inlinelimit: int = 1) -> None:
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def postings_writer(self, dbfile, byteids=False):  # type: ignore[no-untyped-def]
        if byteids:  # term vectors (not in our schema) keep W3's blocks
            return super().postings_writer(dbfile, byteids=True)
        return _PackedWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def per_document_reader(self, storage, segment):  # type: ignore[no-untyped-def]
        return _PerDocReader(storage, segment)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):  # type: ignore[no-untyped-def]
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return PackedMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)
