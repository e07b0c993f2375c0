"""A compact posting format: Whoosh's positions, encoded as varints.

Whoosh's own :class:`~whoosh.formats.Positions` pickles each posting's positions behind a
4-byte count. Here the same numbers (delta-coded) are written as unsigned LEB128 varints,
usually one byte each.
The decoded values and the ``supports`` contract are Whoosh's, so matchers and phrase queries
work unchanged.

The formats also accept a field value that was analysed beforehand (:class:`AnalysedText`): the
writer analyses each text once, keeping the token offsets for highlighting in the stored
document (read only for the hits shown) instead of in every posting.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import accumulate
from operator import sub
from typing import Any

from whoosh.formats import Format, tokens

__all__ = ["AnalysedText", "CompactPositions", "pack_varints", "unpack_varints", "unzigzag", "zigzag"]


class AnalysedText(tuple):
    """A field value given as its ``(term, positions)`` pairs instead of as text.

    A tuple, because Whoosh accepts only strings and sequences as field values.
    """

    __slots__ = ()


@cache
def _two_byte_varints() -> list[bytes]:
    """The varint of every number below 2**14 (positions within an article all are)."""
    return [bytes((n,)) if n < 0x80 else bytes(((n & 0x7F) | 0x80, n >> 7)) for n in range(1 << 14)]


@cache
def _single_positions() -> list[bytes]:
    """:meth:`CompactPositions.encode` of each one-position list (most terms of a document)."""
    return [b"\x01" + varint for varint in _two_byte_varints()]


def pack_varints(numbers: list[int]) -> bytes:
    """Unsigned LEB128 varints.

    >>> pack_varints([1, 127, 128, 300]).hex()
    '017f8001ac02'
    """
    top = max(numbers, default=0)
    if top < 0x80:
        return bytes(numbers)  # the common case, at C speed
    if top < 1 << 14:
        return b"".join(map(_two_byte_varints().__getitem__, numbers))
    out = bytearray()
    for number in numbers:
        while number >= 0x80:
            out.append((number & 0x7F) | 0x80)
            number >>= 7
        out.append(number)
    return bytes(out)


def unpack_varints(data: bytes) -> list[int]:
    """The numbers :func:`pack_varints` wrote.

    >>> unpack_varints(bytes.fromhex('017f8001ac02'))
    [1, 127, 128, 300]
    """
    if max(data, default=0) < 0x80:
        return list(data)  # every number fits in one byte
    numbers, number, shift = [], 0, 0
    for byte in data:
        number |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
        else:
            numbers.append(number)
            number = shift = 0
    return numbers


def zigzag(number: int) -> int:
    """A signed number as an unsigned one, small magnitudes small (for varints).

    >>> [zigzag(n) for n in (0, -1, 1, -2, 2)], [unzigzag(zigzag(n)) for n in (0, -1, 1, -2, 2)]
    ([0, 1, 2, 3, 4], [0, -1, 1, -2, 2])
    """
    return number * 2 if number >= 0 else -number * 2 - 1


def unzigzag(number: Any) -> Any:
    """The inverse of :func:`zigzag`, for an integer or a numpy array of them."""
    return (number >> 1) ^ -(number & 1)


class CompactPositions(Format):
    """Frequency and positions: ``count, delta_1, delta_2, ...`` as varints.

    >>> fmt = CompactPositions()
    >>> value = fmt.encode([300, 2, 5])
    >>> fmt.decode_frequency(value), fmt.decode_positions(value)
    (3, [2, 5, 300])
    """

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterable[tuple[str, int, float, bytes]]:
        if isinstance(value, AnalysedText):
            seen = value
        else:
            grouped: defaultdict[str, list[int]] = defaultdict(list)
            kwargs["positions"] = True
            for token in tokens(value, analyzer, kwargs):
                grouped[token.text].append(token.pos)
            seen = grouped.items()
        for word, positions in seen:
            yield word, len(positions), len(positions) * self.field_boost, self.encode(positions)

    def postings(self, value: AnalysedText) -> list[tuple[bytes, int, float, bytes]]:
        """What ``field.index(value)`` yields for an analysed text, as one list: the writer's
        inner loop, without three generators per posting."""
        boost, encode, single = self.field_boost, self.encode, _single_positions()
        return [
            (word.encode(), len(positions), len(positions) * boost, encode(positions))
            if len(positions) > 1 or positions[0] >= len(single)
            else (word.encode(), 1, boost, single[positions[0]])
            for word, positions in value
        ]

    def encode(self, positions: list[int]) -> bytes:
        ordered = sorted(positions)
        return pack_varints([len(ordered), ordered[0], *map(sub, ordered[1:], ordered)] if ordered else [0])

    def decode_frequency(self, valuestring: bytes) -> int:
        return unpack_varints(valuestring)[0]

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return list(accumulate(unpack_varints(valuestring)[1:]))

    def decode_position_boosts(self, valuestring: bytes) -> list[tuple[int, float]]:
        return [(pos, 1.0) for pos in self.decode_positions(valuestring)]

    def combine(self, values: Iterable[bytes]) -> bytes:
        return self.encode(sorted({pos for value in values for pos in self.decode_positions(value)}))
