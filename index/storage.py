"""Segment files read in place from their memory map, not copied.

Whoosh opens each file inside a compound segment as a ``BufferFile`` over a memoryview of the
segment's mmap, and wraps that view in ``BytesIO``, which copies it: opening an index reads
every byte of every segment into memory (0.5 s and 560 MB for a 100,000-article index, on every
cold search and every merge). Here the view is read through a small file object that slices
it on demand. Applied once, when :mod:`index` is imported; whoosh3 is pinned exactly.
"""

from __future__ import annotations

from typing import Any

from whoosh.filedb.structfile import BufferFile

__all__ = ["install"]

_LINE_CHUNK = 256
_PEEK = 256


class _ViewFile:
    """A read-only, seekable file over a memoryview: what ``StructFile`` and pickle ask of one."""

    __slots__ = ("_pos", "_view")

    def __init__(self, view: memoryview) -> None:
        self._view, self._pos = view, 0

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = len(self._view) if size is None or size < 0 else min(start + size, len(self._view))
        self._pos = end
        return self._view[start:end].tobytes()

    def peek(self, size: int = 0) -> bytes:
        """Bytes ahead without moving: pickle's loader then reads a small pickle (a block's
        header, a term's info) in one call instead of one per opcode. It asks for 128 KiB;
        a short answer is allowed, and those pickles are tens of bytes."""
        return self._view[self._pos : self._pos + min(max(size, 1), _PEEK)].tobytes()

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        limit = len(self._view) if size is None or size < 0 else min(self._pos + size, len(self._view))
        end = self._pos
        while end < limit:
            chunk = self._view[end : min(end + _LINE_CHUNK, limit)].tobytes()
            newline = chunk.find(b"\n")
            if newline >= 0:
                end += newline + 1
                break
            end += len(chunk)
        return self.read(end - self._pos)

    def seek(self, offset: int, whence: int = 0) -> int:
        base = (0, self._pos, len(self._view))[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


_original_init = BufferFile.__init__


def _init_without_copy(self: BufferFile, buf: Any, name: str | None = None, onclose: Any = None) -> None:
    _original_init(self, b"" if isinstance(buf, memoryview) else buf, name=name, onclose=onclose)
    if isinstance(buf, memoryview):
        self._buf = buf
        self.file = _ViewFile(buf)


def install() -> None:
    """Make Whoosh read compound segment files in place (idempotent)."""
    if BufferFile.__init__ is not _init_without_copy:
        BufferFile.__init__ = _init_without_copy  # type: ignore[method-assign]
