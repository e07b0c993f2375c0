"""Exact phrases matched by intersecting position sets.

Whoosh matches every phrase through its general span machinery (``SpanNear2``): for each
document that has all the words it builds a ``Span`` object per occurrence and compares them
pairwise with slop and ordering rules. An exact phrase (slop 1) only needs its words at
consecutive positions, which set arithmetic answers at C speed. Matching, scoring (the sum of
the words' scores) and the spans reported are the same as ``SpanNear2``'s for slop 1.
"""

from __future__ import annotations

from typing import Any

from whoosh import matching
from whoosh import query as q
from whoosh.query.spans import Span, SpanNear2

__all__ = ["ExactPhrase", "exact_phrases"]


class ExactPhrase(q.Phrase):
    """A :class:`~whoosh.query.Phrase` with slop 1, matched by :class:`_ConsecutiveMatcher`."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if self.slop != 1 or len(self.words) < 2:
            return super().matcher(searcher, context)
        if self.fieldname not in searcher.schema:
            return super().matcher(searcher, context)
        field = searcher.schema[self.fieldname]
        if not field.format or not field.format.supports("positions"):
            return super().matcher(searcher, context)
        reader = searcher.reader()
        terms = []
        for word in self.words:
            text = field.to_bytes(word)
            if (self.fieldname, text) not in reader:
                return matching.NullMatcher()
            terms.append(q.Term(self.fieldname, text))
        context = SpanNear2._span_context(context)
        matcher = _ConsecutiveMatcher([term.matcher(searcher, context) for term in terms])
        return matching.WrappingMatcher(matcher, boost=self.boost) if self.boost != 1.0 else matcher


class _ConsecutiveMatcher(SpanNear2.SpanNear2Matcher):
    def __init__(self, ms: list[Any], slop: int = 1, ordered: bool = True, mindist: int = 1) -> None:
        super().__init__(ms, slop=1, ordered=True, mindist=1)

    def _get_spans(self) -> list[Span]:
        starts = set(self.ms[0].value_as("positions"))
        for offset, matcher in enumerate(self.ms[1:], start=1):
            if not starts:
                break
            starts.intersection_update([pos - offset for pos in matcher.value_as("positions")])
        last = len(self.ms) - 1
        return [Span(start, start + last) for start in sorted(starts)]


def exact_phrases(query: q.Query) -> q.Query:
    """``query`` with each plain slop-1 :class:`~whoosh.query.Phrase` made an :class:`ExactPhrase`."""

    def swap(node: q.Query) -> q.Query:
        if type(node) is q.Phrase and node.slop == 1:
            return ExactPhrase(
                node.fieldname, node.words, boost=node.boost, char_ranges=node.char_ranges, degrade=node.degrade
            )
        return node

    return query.accept(swap)
