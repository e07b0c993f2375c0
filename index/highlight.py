"""Highlighted snippets with exact character offsets.

Whoosh's highlighter returns formatted strings only; we need the offsets (for JSON output,
terminal styling and tests). The postings give each matching term's positions in a hit, and
the hit's stored token spans give each position's characters, so no text is re-analysed at
search time and highlights land exactly where the analyzer put the terms.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from index.analysis import is_hangul_word

__all__ = ["PostingCursors", "Snippet", "find_spans", "make_snippets"]

_CONTEXT = 80


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of a field's text; ``spans`` are the highlighted ranges, relative to ``text``.

    ``offset`` is where ``text`` starts in the field; ``paragraph`` is the paragraph's index
    among that field's paragraphs.
    """

    field: str
    text: str
    offset: int
    paragraph: int
    spans: tuple[tuple[int, int], ...]
    clipped: tuple[bool, bool] = (False, False)  # whether text was cut before / after

    def marked(self, before: str = "**", after: str = "**") -> str:
        """The snippet with each span wrapped in markers.

        >>> Snippet("body_ko", "바이오 산업", 0, 0, ((0, 3),)).marked()
        '**바이오** 산업'
        """
        out, last = [], 0
        for start, end in self.spans:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return ("…" if self.clipped[0] else "") + "".join(out) + ("…" if self.clipped[1] else "")


class PostingCursors:
    """Term positions per document, read with one posting cursor per segment, field and term.

    A cursor is opened on the segment that holds the hit only: opening one on the whole index
    opens a matcher in every segment (a phrase query's page did hundreds of those at 100,000
    articles). Hits are visited in document order, so each cursor only moves forward: a page
    of hits reads each posting list once instead of skipping from its start for every hit.
    """

    def __init__(self, reader: Any) -> None:
        self._leaves: list[tuple[Any, int]] = list(reader.leaf_readers())
        self._bases = [base for _, base in self._leaves]
        # Per segment, field and term: its cursor (None when the segment lacks the term) and
        # the last document asked for, so a cursor that skipped past a hit without the term
        # answers "not here" for the hits in between instead of being opened again.
        self._cursors: dict[tuple[int, str, str], tuple[Any, int]] = {}

    def positions(self, docnum: int, fieldname: str, word: str) -> list[int]:
        segment = bisect_right(self._bases, docnum) - 1
        leaf, base = self._leaves[segment]
        local = docnum - base
        key = (segment, fieldname, word)
        cursor, last = self._cursors.get(key, (None, -1))
        if key not in self._cursors or local < last:
            cursor = leaf.postings(fieldname, word) if (fieldname, word) in leaf else None
        self._cursors[key] = (cursor, local)
        if cursor is None:
            return []
        if cursor.is_active() and cursor.id() < local:
            cursor.skip_to(local)
        if not cursor.is_active() or cursor.id() != local:
            return []
        return cursor.value_as("positions")


def find_spans(
    cursors: PostingCursors,
    docnum: int,
    fieldname: str,
    units: Iterable[tuple[str, ...]],
    positions: Sequence[tuple[int, int]],
    text: str,
) -> list[tuple[int, int]]:
    """Character ranges of a field's ``text`` that match a query unit.

    A unit is one term ``(word,)`` or a phrase ``(w1, w2, ...)``; a phrase is highlighted only
    where its words stand at consecutive positions, from its first character to its last.
    ``positions`` holds each position's characters (its finest token). A Hangul term covers
    its own characters from there, so a compound stacked on its first part (``바이오산업``)
    or a known prefix (``바이오`` in ``바이오콤``) is marked exactly; any other term (a stem, a
    Latin word) marks the whole token it came from.
    """
    occurrences: dict[str, dict[int, tuple[int, int]]] = {}

    def at(word: str) -> dict[int, tuple[int, int]]:
        if word not in occurrences:
            found = cursors.positions(docnum, fieldname, word)
            occurrences[word] = {p: _span(word, p, positions, text) for p in found if p < len(positions)}
        return occurrences[word]

    spans = set()
    for unit in units:
        if not unit:
            continue
        for pos, (start, end) in at(unit[0]).items():
            tail = [at(word).get(pos + i) for i, word in enumerate(unit[1:], start=1)]
            if all(tail):
                spans.add((start, tail[-1][1] if tail else end))  # type: ignore[index]
    return _merge(sorted(spans))


def _span(word: str, pos: int, positions: Sequence[tuple[int, int]], text: str) -> tuple[int, int]:
    start, end = positions[pos]
    if is_hangul_word(word) and text.startswith(word, start):
        return start, start + len(word)
    return start, end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for part in text.split("\n\n"):
        bounds.append((start, start + len(part)))
        start += len(part) + 2
    return bounds


def make_snippets(field: str, text: str, spans: Iterable[tuple[int, int]], *, top: int = 2) -> list[Snippet]:
    """Up to ``top`` snippets from the paragraphs with the most highlighted spans."""
    spans = list(spans)
    scored = []
    for number, (start, end) in enumerate(_paragraph_bounds(text)):
        inside = [(s, e) for s, e in spans if start <= s and e <= end]
        if inside:
            scored.append((len({text[s:e] for s, e in inside}), len(inside), -number, number, start, end, inside))
    scored.sort(reverse=True)
    snippets = [_window(field, text, *entry[3:]) for entry in scored[:top]]
    return sorted(snippets, key=lambda s: s.offset)


def _window(field: str, text: str, number: int, start: int, end: int, inside: list[tuple[int, int]]) -> Snippet:
    """About ``3 * _CONTEXT`` characters of the paragraph around its first match, cut at spaces."""
    first = inside[0][0]
    lo = max(start, first - _CONTEXT)
    hi = min(end, max(first + 2 * _CONTEXT, lo + 3 * _CONTEXT))
    if lo > start and (space := text.find(" ", lo, first)) != -1:
        lo = space + 1
    if hi < end and (space := text.rfind(" ", max(lo, inside[0][1]), hi)) != -1:
        hi = space
    kept = tuple((s - lo, e - lo) for s, e in inside if s >= lo and e <= hi)
    return Snippet(field, text[lo:hi], lo, number, kept, clipped=(lo > start, hi < end))
