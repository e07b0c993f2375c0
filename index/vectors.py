"""Query evaluation over whole posting lists, as numpy arrays.

Whoosh evaluates a query document by document through a tree of matcher objects, in Python:
a word found in most of a 100,000-article index costs tens of thousands of method calls in
each field it is searched in. Here each term's posting list is read into arrays (one
``frombuffer`` per block, see :mod:`index.codec`), BM25F is computed for all its documents at
once, AND, OR and NOT become sorted-array intersections, unions and differences, and exact
phrases compare positions as arrays. The scores are Whoosh's, computed with the same formula
and statistics (the tests compare them with Whoosh's matchers), and every match is counted.
A query type not handled here raises :class:`Unsupported`, and the caller lets Whoosh run it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, reduce
from typing import Any

import numpy as np
from whoosh import query as q
from whoosh.matching import FilterMatcher
from whoosh.query.qcore import _NullQuery
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from index.codec import Block, PackedMatcher, decode_varints, length_bytes
from index.formats import CompactPositions
from index.natural import FieldsTerm
from index.schema import DEFAULT_LENGTH_NORM, LENGTH_NORMS, SATURATION

__all__ = ["ArraySearcher", "Matches", "Unsupported"]

_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)
_POSITION_BITS = 32  # a phrase key is docnum << 32 | position
_PARALLEL_BLOCKS = 16  # from this many blocks, positions are decoded on two threads
_RECENT_BYTES = 64 << 20


class _RecentMatches:
    """The matches of recently evaluated terms and phrases (and terms' live postings), least
    recently used dropped first beyond a memory budget. A query that finds nothing with AND is
    run again with OR, interactive search scores its words per field and over all fields, and
    the words of a collection's queries recur; their posting lists need not be decoded again."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._items: OrderedDict[tuple[Any, ...], Matches] = OrderedDict()
        self._bytes = 0

    def get(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            return found
        found = compute()
        size = found.nbytes()
        if size <= self.budget // 8:
            self._items[key] = found
            self._bytes += size
            while self._bytes > self.budget:
                self._bytes -= self._items.popitem(last=False)[1].nbytes()
        return found


class Unsupported(Exception):
    """A query this evaluator does not handle; Whoosh's own matchers must run it."""


@dataclass(frozen=True, slots=True)
class Matches:
    """Matching documents (ascending numbers), their scores, and how many term queries each
    matched (Whoosh's coordination bonus for OR counts them). The arrays may be shared with
    the cache of recent matches: operations make new ones, never change them in place."""

    docs: np.ndarray
    scores: np.ndarray
    terms: np.ndarray

    @classmethod
    def empty(cls) -> Matches:
        return cls(np.empty(0, np.int64), np.empty(0, np.float64), np.empty(0, np.int64))

    def __len__(self) -> int:
        return len(self.docs)

    def nbytes(self) -> int:
        return self.docs.nbytes + self.scores.nbytes + self.terms.nbytes

    def where(self, keep: np.ndarray) -> Matches:
        return Matches(self.docs[keep], self.scores[keep], self.terms[keep])

    def boosted(self, boost: float) -> Matches:
        return self if boost == 1.0 else Matches(self.docs, self.scores * boost, self.terms)


@dataclass(frozen=True, slots=True)
class _Postings:
    btext: bytes
    docs: np.ndarray  # global document numbers, deleted ones included
    weights: np.ndarray
    blocks: list[Block]  # the values, block by block (empty unless asked for)

    def nbytes(self) -> int:
        return self.docs.nbytes + self.weights.nbytes


def union(parts: list[Matches]) -> Matches:
    """Documents matching any part, scores and term counts summed."""
    parts = [p for p in parts if len(p)]
    if len(parts) <= 1:
        return parts[0] if parts else Matches.empty()
    docs, where = np.unique(np.concatenate([p.docs for p in parts]), return_inverse=True)
    scores = np.bincount(where, weights=np.concatenate([p.scores for p in parts]), minlength=len(docs))
    terms = np.bincount(where, weights=np.concatenate([p.terms for p in parts]), minlength=len(docs))
    return Matches(docs, scores, terms.astype(np.int64))


def intersection(parts: list[Matches]) -> Matches:
    """Documents matching every part, scores and term counts summed."""
    if any(not len(p) for p in parts):
        return Matches.empty()
    docs = reduce(intersect_sorted, sorted((p.docs for p in parts), key=len))
    scores, terms = np.zeros(len(docs)), np.zeros(len(docs), np.int64)
    for part in parts:
        at = np.searchsorted(part.docs, docs)
        scores += part.scores[at]
        terms += part.terms[at]
    return Matches(docs, scores, terms)


def difference(kept: Matches, removed: np.ndarray) -> Matches:
    return kept.where(~member(kept.docs, removed)) if len(removed) else kept


def intersect_sorted(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The values in both ascending, duplicate-free arrays."""
    if len(a) > len(b):
        a, b = b, a
    return a[member(a, b)]


def member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Which ``values`` are in ``sorted_set``; both ascending, without duplicates.

    Binary searches of the shorter array's items in the longer one, where ``np.isin`` would
    sort both arrays again.
    """
    if not len(sorted_set) or not len(values):
        return np.zeros(len(values), dtype=bool)
    if len(values) <= len(sorted_set):
        at = np.searchsorted(sorted_set, values)
        return sorted_set[np.minimum(at, len(sorted_set) - 1)] == values
    at = np.searchsorted(values, sorted_set)
    inside = at < len(values)
    at = at[inside]
    found = np.zeros(len(values), dtype=bool)
    found[at[values[at] == sorted_set[inside]]] = True
    return found


class ArraySearcher:
    """Evaluates queries against one Whoosh searcher (one fixed state of the index)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self.schema = searcher.schema
        reader = searcher.reader()
        self.leaves: list[tuple[Any, int]] = list(reader.leaf_readers())
        self.doc_count_all = reader.doc_count_all()
        self.live = np.ones(self.doc_count_all, dtype=bool)
        for leaf, base in self.leaves:
            if leaf.has_deletions():
                self.live[[base + d for d in leaf.deleted_docs_set]] = False
        self._lengths: dict[str, np.ndarray] = {}
        self._recent = _RecentMatches(_RECENT_BYTES)

    def evaluate(self, node: q.Query) -> Matches:
        """The documents ``node`` matches and Whoosh's scores for them."""
        if isinstance(node, _NullQuery):
            return Matches.empty()
        if isinstance(node, q.Phrase):
            key = ("phrase", node.fieldname, tuple(node.words), node.slop, node.boost)
            return self._recent.get(key, lambda: self._phrase(node))
        if isinstance(node, q.Term):
            key = ("term", node.fieldname, node.text, node.boost)
            return self._recent.get(key, lambda: self._term(node.fieldname, node.text, node.boost))
        if isinstance(node, FieldsTerm):
            key = ("fields", node.texts, tuple(node.boosts.items()), node.boost)
            return self._recent.get(key, lambda: self._fields_term(node))
        if isinstance(node, q.And):
            return self._and(node)
        if isinstance(node, q.Or):
            return self._or(node)
        if isinstance(node, q.Not):
            return self._not(node)
        if isinstance(node, q.AndNot) and node.boost == 1.0:
            return difference(self.evaluate(node.a), self.evaluate(node.b).docs)
        if isinstance(node, q.NumericRange) and node.constantscore:
            return self._constant(np.unique(np.fromiter(self.searcher.docs_for_query(node), np.int64)), node.boost)
        if isinstance(node, q.MultiTerm):
            return self._expanded(node)
        raise Unsupported(type(node).__name__)

    def all_docs(self) -> np.ndarray:
        return np.flatnonzero(self.live)

    # Compound queries: Whoosh sums the scores of the parts that match, and gives a NOT part
    # that matches (every document without the negated query) a weight of 1.

    def _and(self, node: q.And) -> Matches:
        return intersection([self.evaluate(sub) for sub in node.subqueries]).boosted(node.boost)

    def _or(self, node: q.Or) -> Matches:
        if node.minmatch:
            raise Unsupported("Or with minmatch")
        matches = union([self.evaluate(sub) for sub in node.subqueries]).boosted(node.boost)
        if node.scale and len(node.subqueries) > 1:
            matches = self._coordinated(node, matches)
        return matches

    def _coordinated(self, node: q.Or, matches: Matches) -> Matches:
        """Whoosh's ``CoordMatcher``: favour documents that match more of the ORed terms."""
        if not all(isinstance(leaf, q.Term) and not isinstance(leaf, q.MultiTerm) for leaf in node.leaves()):
            raise Unsupported("coordination over non-term queries")
        count, scale = sum(1 for _ in node.leaves()), node.scale
        if count <= 1 or count == scale:
            return matches
        scores = (matches.scores + (matches.terms - 1) / (count - scale) ** 2) * ((count - 1) / count)
        return Matches(matches.docs, scores, matches.terms)

    def _not(self, node: q.Not) -> Matches:
        return self._constant(difference_docs(self.all_docs(), self.evaluate(node.query).docs), 1.0)

    def _constant(self, docs: np.ndarray, score: float) -> Matches:
        """``docs`` (ascending, without repeats), each scoring ``score``."""
        return Matches(docs, np.full(len(docs), score), np.zeros(len(docs), np.int64))

    def _expanded(self, node: q.MultiTerm) -> Matches:
        """A wildcard, prefix, fuzzy term or range: the terms it expands to, ORed.

        Wildcards, prefixes and fuzzy terms are constant-score queries: every match scores
        the query's boost. (Whoosh's own score for them depends on how many terms they
        expand to and on the size of the index, through its choice of OR matcher.)
        """
        fieldname = node.field()
        words = [word for word in node._btexts(self.searcher.reader()) if word]
        terms = union([self._term(fieldname, word, node.boost) for word in words])
        if not node.constantscore:
            return terms
        return Matches(terms.docs, np.full(len(terms), float(node.boost)), terms.terms)

    # Terms and phrases

    def term_docs(self, fieldname: str, text: str | bytes) -> np.ndarray:
        """The live documents that have the term, ascending."""
        postings = self._live_postings(fieldname, text)
        return postings.docs if postings is not None else np.empty(0, np.int64)

    def _term(self, fieldname: str, text: str | bytes, boost: float) -> Matches:
        postings = self._live_postings(fieldname, text)
        if postings is None or not len(postings.docs):
            return Matches.empty()
        scores = self._scores(fieldname, postings.btext, postings.docs, postings.weights) * boost
        return Matches(postings.docs, scores, np.ones(len(postings.docs), np.int64))

    def _fields_term(self, node: FieldsTerm) -> Matches:
        """BM25F over the fields of ``node``: each field's frequency of the word (of any of its
        forms) divided by the field's length norm and weighted by its boost, summed per
        document, saturated once; the idf is that of the commonest form in the field where it
        is commonest (as Lucene blends terms and synonyms), so it is the same however the
        fields are split. Field lengths and document frequencies are Whoosh's, over all
        segments (and shards)."""
        docs, weighted, idf = [], [], None
        for fieldname, boost, text in ((f, b, t) for f, b in node.boosts.items() for t in node.texts):
            postings = self._live_postings(fieldname, text)
            if postings is None or not len(postings.docs):
                continue
            scorer = self.searcher.weighting.scorer(self.searcher, fieldname, postings.btext)
            if not isinstance(scorer, BM25FScorer):
                raise Unsupported(f"weighting {type(scorer).__name__}")
            b = LENGTH_NORMS.get(fieldname, DEFAULT_LENGTH_NORM)
            norms = self._length_norms(fieldname, postings.docs, b, scorer.avgfl)
            docs.append(postings.docs)
            weighted.append(boost * postings.weights / norms)
            idf = scorer.idf if idf is None else min(idf, scorer.idf)
        if not docs:
            return Matches.empty()
        unique, where = np.unique(np.concatenate(docs), return_inverse=True)
        frequency = np.bincount(where, weights=np.concatenate(weighted))
        scores = idf * frequency * (SATURATION + 1) / (frequency + SATURATION) * node.boost
        return Matches(unique, scores, np.bincount(where).astype(np.int64))  # terms: fields matched

    def _live_postings(self, fieldname: str, text: str | bytes) -> _Postings | None:
        if fieldname not in self.schema:
            return None
        try:
            btext = text if isinstance(text, bytes) else self.schema[fieldname].to_bytes(text)
        except ValueError:
            return None
        # A term's postings serve its scores in one field and, again, in a word's BM25F over
        # all of them (interactive search evaluates both): decoded once.
        return self._recent.get(("postings", fieldname, btext), lambda: self._live_of(self._postings(fieldname, btext)))

    def _live_of(self, postings: _Postings) -> _Postings:
        keep = self.live[postings.docs]
        return _Postings(postings.btext, postings.docs[keep], postings.weights[keep], [])

    def _scores(self, fieldname: str, btext: bytes, docs: np.ndarray, weights: np.ndarray) -> np.ndarray:
        scorer = self.searcher.weighting.scorer(self.searcher, fieldname, btext)
        if isinstance(scorer, BM25FScorer):
            k1, norms = scorer.K1, self._length_norms(fieldname, docs, scorer.B, scorer.avgfl)
            return scorer.idf * ((weights * (k1 + 1)) / (weights + k1 * norms))
        if type(scorer) is WeightScorer:
            return weights.copy()
        raise Unsupported(f"weighting {type(scorer).__name__}")

    def _length_norms(self, fieldname: str, docs: np.ndarray, b: float, average: float) -> np.ndarray:
        """BM25's length normalisation of ``docs`` in ``fieldname``: (1 - b) + b * length / average."""
        return (1 - b) + b * self._field_lengths(fieldname)[docs] / average

    def _phrase(self, node: q.Phrase) -> Matches:
        """Words at consecutive positions (an exact phrase, as Whoosh's slop-1 ``Phrase``)."""
        if node.slop != 1:
            raise Unsupported("sloppy phrase")
        if len(node.words) == 1:
            return self._term(node.fieldname, node.words[0], node.boost)
        if node.fieldname not in self.schema:
            return Matches.empty()
        field = self.schema[node.fieldname]
        if not isinstance(field.format, CompactPositions) or field.format.field_boost != 1.0:
            raise Unsupported("phrase over a field without compact positions")
        btexts = [field.to_bytes(word) for word in node.words]
        words = [self._postings(node.fieldname, btext, with_values=True) for btext in btexts]
        candidates = reduce(intersect_sorted, [p.docs[self.live[p.docs]] for p in words])
        if not len(candidates):
            return Matches.empty()
        # Phrase starts (docnum << 32 | position - offset), the rarest word first: each word
        # narrows the documents where the phrase can still start, so the commoner words
        # decompress and decode only the blocks that hold those.
        starts = None
        for offset in sorted(range(len(words)), key=lambda i: len(words[i].docs)):
            found = _position_keys(words[offset], candidates) - offset
            starts = found if starts is None else intersect_sorted(starts, found)
            candidates = _distinct_sorted(starts >> _POSITION_BITS)
            if not len(candidates):
                return Matches.empty()
        docs = candidates
        scores = np.zeros(len(docs))
        for btext, postings in zip(btexts, words, strict=True):
            at = np.searchsorted(postings.docs, docs)
            scores += self._scores(node.fieldname, btext, docs, postings.weights[at])
        return Matches(docs, scores * node.boost, np.full(len(docs), len(btexts), np.int64))

    def _postings(self, fieldname: str, btext: bytes, with_values: bool = False) -> _Postings:
        docs, weights, blocks = [], [], []
        for leaf, base in self.leaves:
            try:
                matcher = leaf.postings(fieldname, btext)
            except TermNotFound:
                continue
            ids, found, runs = _leaf_postings(matcher, with_values)
            docs.append(ids + base)
            weights.append(found)
            blocks += runs
        if not docs:
            return _Postings(btext, np.empty(0, np.int64), np.empty(0, np.float64), [])
        return _Postings(btext, np.concatenate(docs), np.concatenate(weights), blocks)

    def _field_lengths(self, fieldname: str) -> np.ndarray:
        """Every document's length in ``fieldname``, as Whoosh's scorers see it."""
        if fieldname not in self._lengths:
            # A segment where no document has the field: Whoosh's scorers use length 1.
            parts = [_LENGTH_OF_BYTE[length_bytes(leaf._perdoc, fieldname, missing=1)] for leaf, _ in self.leaves]
            self._lengths[fieldname] = np.concatenate(parts) if parts else np.empty(0)
        return self._lengths[fieldname]


def difference_docs(docs: np.ndarray, removed: np.ndarray) -> np.ndarray:
    return docs[~member(docs, removed)]


def _distinct_sorted(values: np.ndarray) -> np.ndarray:
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values


def _leaf_postings(matcher: Any, with_values: bool) -> tuple[np.ndarray, np.ndarray, list[Block]]:
    """One segment's postings of a term: ids, weights and (if asked) values by block."""
    if isinstance(matcher, FilterMatcher):  # deleted documents: masked by the caller instead
        matcher = matcher.child
    if isinstance(matcher, PackedMatcher):
        return matcher.arrays(with_values)
    ids, weights, values = [], [], []  # inlined postings of a rare term
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if with_values:
            values.append(matcher.value())
        matcher.next()
    joined = b"".join(values)
    blocks = [Block(len(ids), lambda: joined)] if with_values else []
    return np.array(ids, np.int64), np.array(weights, np.float64), blocks


def _position_keys(postings: _Postings, candidates: np.ndarray) -> np.ndarray:
    """``docnum << 32 | position`` for each occurrence of a word in the candidate documents,
    ascending.

    Only the blocks that hold a candidate are decompressed, and they are decoded together: a
    posting's value is ``count, delta_1, ..., delta_count``
    (:class:`~index.formats.CompactPositions`), so joined values are one stream of them. Many
    blocks are split in two halves, one decoded on a helper thread: zlib and most of numpy
    release the GIL, so a phrase that reads thousands of documents' positions uses both cores.
    """
    sizes = np.array([block.size for block in postings.blocks], dtype=np.int64)
    ends = np.cumsum(sizes)
    low = np.searchsorted(candidates, postings.docs[ends - sizes])
    high = np.searchsorted(candidates, postings.docs[ends - 1], side="right")
    chosen = np.flatnonzero(high > low)
    if len(chosen) < _PARALLEL_BLOCKS:
        return _block_keys(postings, sizes, chosen, candidates)
    half = len(chosen) // 2
    first = _helper().submit(_block_keys, postings, sizes, chosen[:half], candidates)
    second = _block_keys(postings, sizes, chosen[half:], candidates)
    return np.concatenate((first.result(), second))


def _block_keys(postings: _Postings, sizes: np.ndarray, chosen: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """:func:`_position_keys` of the ``chosen`` blocks (ascending block numbers)."""
    if not len(chosen):
        return np.empty(0, np.int64)
    numbers = decode_varints(b"".join(postings.blocks[i].values() for i in chosen.tolist()))
    in_chosen = np.zeros(len(sizes), dtype=bool)
    in_chosen[chosen] = True
    selected = np.repeat(in_chosen, sizes)
    docs, counts = postings.docs[selected], postings.weights[selected].astype(np.int64)
    if len(numbers) != len(docs) + counts.sum():
        raise Unsupported("positions do not match the term frequencies")
    wanted = member(docs, candidates)
    if not wanted.all():  # drop the other documents' numbers before the arithmetic
        numbers = numbers[np.repeat(wanted, counts + 1)]
        docs, counts = docs[wanted], counts[wanted]
    return (np.repeat(docs, counts) << _POSITION_BITS) | _positions(numbers, counts)


@cache
def _helper() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="positions")


def _positions(numbers: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The positions in a stream of ``count, delta_1, ..., delta_count`` groups.

    Each group's gaps are summed from zero: a running sum over the whole stream, with each
    count replaced by minus the previous group's total so that the sum restarts there.

    >>> _positions(np.array([2, 3, 4, 1, 7]), np.array([2, 1])).tolist()
    [3, 7, 7]
    """
    heads = np.cumsum(counts + 1) - (counts + 1)
    gaps = numbers.copy()
    gaps[heads] = 0
    running = np.cumsum(gaps)
    is_gap = np.ones(len(numbers), dtype=bool)
    is_gap[heads] = False
    return running[is_gap] - np.repeat(running[heads], counts)  # minus all gaps before each group
