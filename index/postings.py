"""A term's postings, given as arrays, written as :class:`~index.codec.CompactCodec` blocks.

Shared by the segment writer (postings collected per term while documents are added) and
the merge (postings read from the merged segments' blocks): both hand over whole posting
lists, so ids, weights and lengths are handled by numpy and values are joined as bytes,
where Whoosh's writer takes them one posting at a time.
"""

from __future__ import annotations

import struct
from typing import Any, NamedTuple

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.system import pack_ushort

from index.codec import BLOCK_LIMIT, decode_varints, narrowest_array, pack_values, write_block

__all__ = ["Run", "join_runs", "posting_bytes", "value_size", "write_term"]

_TERMINFO = struct.Struct("!BfIBBfII")  # W3TermInfo's fixed part, then the extent
_EXTENT = struct.Struct("!qi")


class Run(NamedTuple):
    """Some postings of one term, in document order: ids (in the segment written), weights,
    each value's byte size as varints back to back, and the values back to back."""

    ids: np.ndarray
    weights: np.ndarray
    sizes: bytes
    values: bytes


def value_size(field: Any) -> int | None:
    """The byte size of every value of ``field``'s format, or None when values vary."""
    size = field.format.fixed_value_size()
    return size if size is not None and size >= 0 else None


def join_runs(runs: list[Run]) -> Run:
    if len(runs) == 1:
        return runs[0]
    return Run(
        np.concatenate([r.ids for r in runs]),
        np.concatenate([r.weights for r in runs]),
        b"".join(r.sizes for r in runs),
        b"".join(r.values for r in runs),
    )


def write_term(
    fieldwriter: Any, text: bytes, runs: list[Run], field_lengths: np.ndarray | None, fixed: int | None
) -> None:
    """Adds term ``text`` of the current field to a W3 field writer, with the postings of
    ``runs`` (in document order; ``fixed``: the format's value size, None if values vary).
    ``field_lengths``: the segment's length byte of the field per document."""
    runs = [r for r in runs if len(r.ids)]
    if not runs:
        return
    postfile = fieldwriter._postfile
    offset = postfile.tell()
    terminfo = _write_postings(postfile, join_runs(runs), field_lengths, fixed)
    extent = _EXTENT.pack(offset, postfile.tell() - offset)
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + text, terminfo + extent)


def posting_bytes(run: Run) -> tuple[np.ndarray, np.ndarray]:
    """How many bytes each posting's size varint and value take."""
    raw = np.frombuffer(run.sizes, np.uint8)
    ends = np.flatnonzero(raw < 0x80) + 1
    return np.diff(ends, prepend=0), decode_varints(run.sizes)


def _write_postings(postfile: Any, run: Run, field_lengths: np.ndarray | None, fixed: int | None) -> bytes:
    """Writes a term's postings in blocks of :data:`BLOCK_LIMIT`; returns the fixed part of its
    term info."""
    ids, weights, count = run.ids, run.weights, len(run.ids)
    lengths = field_lengths[ids] if field_lengths is not None else np.zeros(count, np.uint8)
    if count > BLOCK_LIMIT and fixed is None:
        size_bytes, value_bytes = posting_bytes(run)
        size_ends, value_ends = np.cumsum(size_bytes), np.cumsum(value_bytes)
    postfile.write(WHOOSH3_HEADER_MAGIC)
    for start in range(0, count, BLOCK_LIMIT):
        end = min(start + BLOCK_LIMIT, count)
        if fixed is not None:
            sizes, values = b"", run.values[start * fixed : end * fixed]
        elif count <= BLOCK_LIMIT:
            sizes, values = run.sizes, run.values
        else:
            sizes = run.sizes[(size_ends[start - 1] if start else 0) : size_ends[end - 1]]
            values = run.values[(value_ends[start - 1] if start else 0) : value_ends[end - 1]]
        part = slice(start, end)
        _write_block(postfile, ids[part], weights[part], lengths[part], sizes, values, fixed, end == count)
    used = lengths[lengths > 0]
    return _TERMINFO.pack(
        0,
        float(weights.sum()),
        count,
        int(used.min()) if len(used) else 0,
        int(lengths.max()),
        float(weights.max()),
        int(ids[0]),
        int(ids[-1]),
    )


def _write_block(postfile, ids, weights, lengths, sizes, values, fixed, last) -> None:  # type: ignore[no-untyped-def]
    used = lengths[lengths > 0]
    info = (len(ids), int(ids[-1]), float(weights.max()), 0, int(used.min()) if len(used) else 0, int(lengths.max()))
    packed_ids = (int(ids[0]), *narrowest_array(np.diff(ids)))
    if fixed is not None:  # W3's layout: equal-sized values in the header, or none
        values_meta, payload = ("fixed", values if fixed else None), b""
    else:
        values_meta, payload = pack_values(sizes, values)
    write_block(postfile, info, (packed_ids, _packed_weights(weights), values_meta), payload, last)


def _packed_weights(weights: np.ndarray) -> Any:
    first = float(weights[0])
    if (weights == first).all():
        return None if first == 1.0 else first
    if (weights >= 0).all() and (weights == np.floor(weights)).all():
        return narrowest_array(weights.astype(np.int64))
    return ("<f4", weights.astype("<f4").tobytes())
