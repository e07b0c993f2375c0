"""Searching the live index: query parsing, filters, sorting, paging and snippets."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, partial
from itertools import islice
from pathlib import Path
from typing import Any, Literal

import numpy as np
from whoosh import query as q
from whoosh.index import Index
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.searching import Searcher

from index.collapse import StoryGroups
from index.errors import QueryError
from index.facets import FacetCounter, Facets
from index.filters import FilterCache
from index.highlight import PostingCursors, Snippet, find_spans, make_snippets
from index.natural import FieldsTerm, natural_query, plain_text
from index.phrase import exact_phrases
from index.records import StoreTexts
from index.schema import SEARCH_FIELDS, TEXTS_IN_STORE, TEXTS_KEY, load_stored, to_utc, token_spans
from index.shards import ShardedIndex
from index.vectors import ArraySearcher, Matches, Unsupported, member

__all__ = ["Hit", "SearchResult", "ranked", "search"]

Sort = Literal["relevance", "newest"]
_SNIPPET_FIELDS = ("body_ko", "body_en", "subtitles", "captions", "title")
_MAX_EXPANDED = 100  # highlighted terms of one wildcard or range
_EXACT_COUNT_UP_TO = 100  # counting this many candidates again costs a few milliseconds
_MAX_ALSO = 5  # other articles of a story a hit names (``story_size`` counts them all)


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    score: float
    title: str | None
    published: str | None
    reporters: tuple[str, ...]
    location: str | None
    agency: str | None
    lang: str
    source: str
    snippets: tuple[Snippet, ...]
    paired: tuple[Snippet, ...] = ()
    # With ``explain``: each query term or phrase that matched, as (field, text, score part).
    explained: tuple[tuple[str, str, float], ...] = ()
    all_words: bool = True  # False for an article with only some of a plain query's words
    story: str = ""
    # With grouping: the story's other articles (copies, the other-language edition), each as
    # (id, lang, outlet); ``via`` names the article that matched when this one is its edition.
    also: tuple[tuple[str, str, str], ...] = ()  # the first few of them
    story_size: int = 1
    via: str | None = None

    def as_dict(self) -> dict[str, Any]:
        first = self.snippets[0] if self.snippets else None
        return {
            "id": self.id,
            "score": round(self.score, 4),
            "title": self.title,
            "published": self.published,
            "reporters": list(self.reporters),
            "location": self.location,
            "agency": self.agency,
            "lang": self.lang,
            "source": self.source,
            "snippet": first.marked() if first else None,
            "snippets": [_snippet_dict(s) for s in self.snippets],
            "paired": [_snippet_dict(s) for s in self.paired],
            "all_words": self.all_words,
            "story": self.story,
            "also": [{"id": i, "lang": lang, "outlet": outlet} for i, lang, outlet in self.also],
            "story_size": self.story_size,
            **({"via": self.via} if self.via else {}),
            **({"explained": [[f, t, round(v, 4)] for f, t, v in self.explained]} if self.explained else {}),
        }


def _snippet_dict(snippet: Snippet) -> dict[str, Any]:
    return {
        "field": snippet.field,
        "text": snippet.text,
        "marked": snippet.marked(),
        "offset": snippet.offset,
        "highlights": [[snippet.offset + s, snippet.offset + e] for s, e in snippet.spans],
    }


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    parsed: str
    total: int
    hits: tuple[Hit, ...]
    fallback: bool = False
    seconds: float = 0.0
    terms: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    exact: bool = True  # whether ``total`` is exact or an upper bound
    facets: Facets | None = None  # with ``facets``: counts over the articles ``total`` counts
    grouped: bool = False  # whether a story's copies and editions were collapsed to its best hit


def parse_query(ix: Index, text: str, *, any_term: bool = False) -> q.Query:
    parser = MultifieldParser(
        list(SEARCH_FIELDS), ix.schema, fieldboosts=SEARCH_FIELDS, group=OrGroup.factory(0.9) if any_term else AndGroup
    )
    parser.add_plugin(DateParserPlugin(free=False))
    try:
        parsed = exact_phrases(parser.parse(text))
    except Exception as exc:  # the parser's own errors are not typed
        raise QueryError(f"cannot parse query {text!r}: {exc}") from None
    if parsed is q.NullQuery or not any(True for _ in parsed.leaves()):
        raise QueryError(f"query {text!r} has no searchable words (only particles, endings or punctuation?)")
    return parsed


def _filter_docs(cache: FilterCache, lang, since, until, reporter, location, agency):
    terms = {name: value.strip().lower() for name, value in
             (("reporters", reporter), ("location", location), ("agency", agency)) if value}  # fmt: skip
    if lang:
        terms["lang"] = lang
    return cache.docset(terms, "published", _day_start(since), _day_end(until))


def _day_start(value: date | str | None) -> datetime | None:
    return to_utc(str(value)[:10]) if value else None


def _day_end(value: date | str | None) -> datetime | None:
    start = _day_start(value)
    return start + timedelta(days=1) - timedelta(microseconds=1) if start else None


def search(
    ix: Index,
    text: str,
    *,
    lang: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    reporter: str | None = None,
    location: str | None = None,
    agency: str | None = None,
    sort: Sort = "relevance",
    limit: int = 10,
    offset: int = 0,
    explain: bool = False,
    facets: bool = False,
    group: bool = True,
    snippets: bool = True,
) -> SearchResult:
    """Run ``text`` (Whoosh query syntax, AND by default) against the index.

    When an AND query finds nothing, it is run again with its words ORed and ranked
    (``fallback`` is then True). Plain words (no query syntax) rank as batch search ranks
    them, and when fewer articles than asked for have them all, articles with some of them
    follow (``all_words`` False). With ``explain``, each hit says which terms scored what;
    with ``facets``, the result counts months, reporters, places and agencies of its matches.
    With ``group`` (the default), the copies and editions of a story show as its best hit,
    which names the others; with ``lang`` too, a story found in the other language shows as
    its edition in ``lang`` (a Korean query finds the English edition of a Korean report).
    ``total`` counts articles either way. Without ``snippets``, hits come without them (an
    evaluation ranks a hundred hits per question and reads none).
    """
    started = time.perf_counter()
    view = _view(ix)
    # Plain words (and a pasted headline: its quotes, brackets and colons are punctuation, a
    # quoted part a phrase) match as typed, all of them, but rank as batch search ranks them,
    # and when fewer than asked for match so, the best articles with some of the words follow.
    plain = plain_text(text, view.searcher.schema.names())
    parsed = parse_query(ix, text if plain is None else plain)
    natural = None if plain is None else cache(partial(natural_query, view.searcher.schema, plain.replace('"', " ")))
    groups = view.groups if group else None
    allowed = _filter_docs(view.filters, lang, since, until, reporter, location, agency)
    # A language term always gives an array (an empty one when no article has the language).
    in_lang = view.filters.docset({"lang": lang}, "published", None, None) if groups is not None and lang else None
    if in_lang is not None:  # a story with an edition in ``lang`` may be found in any language
        allowed = _with_editions(view, groups, in_lang, allowed, lang, (since, until, reporter, location, agency))
    found = _matched(view, parsed, natural, allowed, sort, offset + limit, groups)
    if found.total == 0 and found.several and not found.fallback:  # the batch query found none either
        any_term = parse_query(ix, text, any_term=True)
        found = _fallback(any_term, *_run(view, any_term, allowed, sort, offset + limit, groups=groups))
    parsed, page, total, exact, some_words = found.parsed, found.page, found.total, found.exact, found.partial
    fallback = found.fallback and total > 0
    terms = _units_by_field(parsed, view.searcher.reader())
    page = page[offset:]
    via: dict[int, int] = {}
    if in_lang is not None:
        page, via = _as_editions(groups, page, in_lang)
    cursors = PostingCursors(view.searcher.reader())
    documents = _page_documents(ix, view.searcher, [docnum for docnum, _ in page])
    shown = terms if snippets else {}
    made = {docnum: _hit(documents[docnum], docnum, score, cursors, shown) for docnum, score in sorted(page)}
    if explain:
        scoring = natural() if natural is not None else parsed
        parts = score_parts(view.arrays, scoring, [docnum for docnum, _ in page])
        made = {docnum: replace(hit, explained=tuple(parts[docnum])) for docnum, hit in made.items()}
    made.update((docnum, replace(made[docnum], all_words=False)) for docnum in some_words if docnum in made)
    if groups is not None:
        made = {docnum: _with_story(groups, hit, docnum, via.get(docnum)) for docnum, hit in made.items()}
    hits = tuple(made[docnum] for docnum, _ in page)
    counted = view.facets.count(_counted_docs(view, parsed, allowed)) if facets else None
    return SearchResult(text, str(parsed), total, hits, fallback, time.perf_counter() - started, terms, exact, counted,
                        groups is not None)  # fmt: skip


_MAX_WIDENED = 32


def _with_editions(
    view: _View, groups: StoryGroups, in_lang: np.ndarray, allowed: np.ndarray, lang: str, others: tuple[Any, ...]
) -> np.ndarray:
    """The documents a language filter allows, and the other-language editions of their stories
    that the other filters allow (few: only stories told in both languages have them); kept for
    the searcher's life, as a user pages through one filter's results."""
    key = (lang, *others)
    if (known := groups.widened.get(key)) is not None:
        groups.widened.move_to_end(key)
        return known
    groups.widened[key] = widened = _widened(view, groups, in_lang, allowed, lang, others)
    if len(groups.widened) > _MAX_WIDENED:
        groups.widened.popitem(last=False)
    return widened


def _widened(
    view: _View, groups: StoryGroups, in_lang: np.ndarray, allowed: np.ndarray, lang: str, others: tuple[Any, ...]
) -> np.ndarray:
    outside = groups.editions_outside(lang, in_lang)
    if outside.size:
        unfiltered = _filter_docs(view.filters, None, *others)
        outside = outside if unfiltered is None else outside[member(outside, unfiltered)]
    if not outside.size:
        return allowed
    return np.insert(allowed, np.searchsorted(allowed, outside), outside)  # a merge of two sorted arrays


def _as_editions(
    groups: StoryGroups, page: list[tuple[int, float]], in_lang: np.ndarray
) -> tuple[list[tuple[int, float]], dict[int, int]]:
    """Each hit not among ``in_lang`` (the articles in the asked language) replaced by its
    story's article in that language; and for each replacement, the hit it replaced."""
    shown, via = [], {}
    for docnum, score in page:
        if not member(np.array([docnum]), in_lang)[0]:
            members = groups.members(docnum)
            edition = members[member(members, in_lang)]
            if edition.size:
                via[int(edition[0])] = docnum
                docnum = int(edition[0])
        shown.append((docnum, score))
    return shown, via


def _with_story(groups: StoryGroups, hit: Hit, docnum: int, via: int | None) -> Hit:
    members = groups.members(docnum)
    if len(members) == 1 and via is None:
        return hit
    also = tuple(groups.card(int(other)) for other in members[members != docnum][:_MAX_ALSO])
    return replace(hit, also=also, story_size=len(members), via=groups.card(via)[0] if via is not None else None)


def _counted_docs(view: _View, parsed: q.Query, allowed: np.ndarray | None) -> np.ndarray:
    """The documents a result's total counts: the query's matches within the filters."""
    try:
        docs = view.arrays.evaluate(parsed).docs  # just evaluated: the evaluator keeps it
    except Unsupported:
        docs = np.array(sorted(view.searcher.docs_for_query(parsed)), dtype=np.int64)
    return docs[member(docs, allowed)] if allowed is not None else docs


@dataclass(slots=True)
class _Found:
    parsed: q.Query  # the query whose terms the hits are highlighted with
    page: list[tuple[int, float]]
    total: int
    exact: bool
    several: bool = False  # whether the query has more than one term
    partial: set[int] = field(default_factory=set)  # hits with only some of the words
    fallback: bool = False  # no document had all the words: these have any of them


def _fallback(parsed: q.Query, page: list[tuple[int, float]], total: int, exact: bool) -> _Found:
    return _Found(parsed, page, total, exact, True, {docnum for docnum, _ in page}, fallback=True)


def _matched(
    view: _View,
    parsed: q.Query,
    natural: Callable[[], q.Query] | None,
    allowed: np.ndarray | None,
    sort: Sort,
    wanted: int,
    groups: StoryGroups | None = None,
) -> _Found:
    """The first ``wanted`` hits of ``parsed``; for plain words (``natural`` makes their batch
    query), scored by the batch query and followed (or, when none has all the words, replaced)
    by its best matches."""
    several = len(list(parsed.iter_all_terms())) > 1
    ranking = None if natural is None else _evaluated(view, natural())
    found = _Found(parsed, *_run(view, parsed, allowed, sort, wanted, ranking, groups), several=several)
    if ranking is None or not several or found.total >= wanted:
        return found
    if found.total:
        found.page, found.partial = _filled(view, found.page, ranking, allowed, sort, wanted, groups)
        return found
    return _fallback(natural(), *_page_of(view, ranking, allowed, sort, wanted, groups))


def _evaluated(view: _View, node: q.Query | None) -> Matches | None:
    """The matches of ``node`` from the array evaluator (None if there is none or it cannot)."""
    try:
        return view.arrays.evaluate(node) if node is not None else None
    except Unsupported:
        return None


def _filled(
    view: _View,
    page: list[tuple[int, float]],
    natural: Matches,
    allowed: np.ndarray | None,
    sort: Sort,
    wanted: int,
    groups: StoryGroups | None = None,
) -> tuple[list[tuple[int, float]], set[int]]:
    """``page`` (every match of all the words) followed by the best matches of some of them,
    up to ``wanted``; and the documents added (none of a story the page already shows)."""
    having_all = np.array(sorted(docnum for docnum, _ in page), np.int64)
    if groups is not None and len(having_all):
        having_all = groups.sharing_stories(having_all)
    some = natural.where(~member(natural.docs, having_all))
    added, _, _ = _page_of(view, some, allowed, sort, wanted - len(page), groups)
    return page + added, {docnum for docnum, _ in added}


def ranked(ix: Index, parsed: q.Query, limit: int) -> list[tuple[str, float]]:
    """The ids and scores of the ``limit`` best matches of a query object, best first."""
    view = _view(ix)
    page, _, _ = _run(view, parsed, None, "relevance", limit)
    return [(view.searcher.stored_fields(docnum)["id"], score) for docnum, score in page]


def score_parts(arrays: ArraySearcher, parsed: q.Query, docnums: list[int]) -> dict[int, list[tuple[str, str, float]]]:
    """What each term or phrase of a query added to each document's score (field boosts
    included; an OR fallback's coordination factor is not), largest first. A word scored over
    several fields at once (a :class:`FieldsTerm`) is one part, named by the fields where the
    document has it (``title+body_ko``)."""
    parts: dict[int, list[tuple[str, str, float]]] = {docnum: [] for docnum in docnums}
    wanted = np.array(sorted(docnums), np.int64)
    for leaf in _positive_leaves(parsed, (FieldsTerm, q.Phrase, q.MultiTerm, q.Term)):
        if isinstance(leaf, q.MultiTerm):
            continue  # a wildcard or range scores per expanded term, not as one part
        try:
            matches = arrays.evaluate(leaf)
        except Unsupported:
            continue
        found = member(wanted, matches.docs)
        at = np.searchsorted(matches.docs, wanted[found])
        label = " ".join(leaf.words) if isinstance(leaf, q.Phrase) else _text_of(leaf.text)
        for docnum, score in zip(wanted[found].tolist(), matches.scores[at].tolist(), strict=True):
            parts[docnum].append((_fields_of(arrays, leaf, docnum), label, score))
    return {docnum: sorted(found, key=lambda part: -part[2]) for docnum, found in parts.items()}


def _fields_of(arrays: ArraySearcher, leaf: q.Query, docnum: int) -> str:
    """The field a part scored in; for a word scored over several, those where ``docnum`` has it."""
    if not isinstance(leaf, FieldsTerm):
        return leaf.fieldname
    doc = np.array([docnum])
    found = [name for name in leaf.boosts if any(member(doc, arrays.term_docs(name, text))[0] for text in leaf.texts)]
    return "+".join(found)


_LEAVES = (q.Phrase, q.MultiTerm, q.Term)


def _positive_leaves(node: q.Query, units: tuple[type, ...] = _LEAVES) -> Iterator[q.Query]:
    """The phrases, wildcards/ranges (``MultiTerm``) and terms a query looks for (or the
    ``units`` given), negated parts excluded."""
    if isinstance(node, q.Not):
        return
    if isinstance(node, q.AndNot):
        yield from _positive_leaves(node.a, units)
    elif isinstance(node, units):
        yield node
    else:
        for child in node.children():
            yield from _positive_leaves(child, units)


def _text_of(text: str | bytes) -> str:
    return text.decode("utf-8") if isinstance(text, bytes) else str(text)


def _run(
    view: _View,
    parsed: q.Query,
    allowed: np.ndarray | None,
    sort: Sort,
    wanted: int,
    rank_by: Matches | None = None,
    groups: StoryGroups | None = None,
) -> tuple[list[tuple[int, float]], int, bool]:
    """The first ``wanted`` (document number, score) pairs in order, the number of matches,
    and whether that number is exact. With ``rank_by``, the documents ``parsed`` matches get
    the scores it gives them."""
    try:
        matches = view.arrays.evaluate(parsed)
    except Unsupported:
        return _run_whoosh(view.searcher, parsed, allowed, sort, wanted, groups)
    if rank_by is not None:
        matches = _rescored(matches, rank_by)
    return _page_of(view, matches, allowed, sort, wanted, groups)


def _page_of(
    view: _View,
    matches: Matches,
    allowed: np.ndarray | None,
    sort: Sort,
    wanted: int,
    groups: StoryGroups | None = None,
) -> tuple[list[tuple[int, float]], int, bool]:
    if allowed is not None:
        matches = matches.where(member(matches.docs, allowed))
    newest_first = partial(_newest_first, view, matches.docs)
    key = -matches.scores if sort == "relevance" else newest_first(slice(None))
    if groups is None:
        chosen = _first(key, newest_first, matches.docs, wanted)
    else:
        chosen = _first_stories(key, newest_first, matches.docs, wanted, groups)
    return list(zip(matches.docs[chosen].tolist(), matches.scores[chosen].tolist(), strict=True)), len(matches), True


def _first_stories(
    key: np.ndarray, then: Callable[[Any], np.ndarray], docs: np.ndarray, wanted: int, groups: StoryGroups
) -> np.ndarray:
    """As :func:`_first`, keeping each story's first document only: a story's best article
    comes before its others, so the first ``wanted`` stories of a long enough prefix are the
    first ``wanted`` overall; most stories have one article, so one prefix seldom falls short."""
    take = wanted
    while True:
        chosen = _first(key, then, docs, take)
        kept = chosen[groups.firsts(docs[chosen])]
        if len(kept) >= wanted or take >= len(key):
            return kept[:wanted]
        take *= 4


def _rescored(matches: Matches, scored: Matches) -> Matches:
    """``matches`` with the scores ``scored`` gives the same documents (kept where it has none)."""
    found = member(matches.docs, scored.docs)
    scores = matches.scores.copy()
    scores[found] = scored.scores[np.searchsorted(scored.docs, matches.docs[found])]
    return Matches(matches.docs, scores, matches.terms)


def _newest_first(view: _View, docs: np.ndarray, which: Any) -> np.ndarray:
    return -view.filters.column("published")[docs[which]]


def _first(key: np.ndarray, then: Callable[[Any], np.ndarray], docs: np.ndarray, wanted: int) -> np.ndarray:
    """Indexes of the ``wanted`` smallest keys, without sorting them all; ties go by ``then``
    (the newer article first, whatever shard or segment holds it), then document order."""
    if wanted < len(key):
        threshold = np.partition(key, wanted - 1)[wanted - 1]
        candidates = np.flatnonzero(key <= threshold)
    else:
        candidates = np.arange(len(key))
    keys = key[candidates]
    if np.unique(keys).size == keys.size:  # no ties: the dates need not be read
        return candidates[np.argsort(keys, kind="stable")][:wanted]
    return candidates[np.lexsort((docs[candidates], then(candidates), keys))][:wanted]


def _run_whoosh(
    searcher: Searcher,
    parsed: q.Query,
    allowed: np.ndarray | None,
    sort: Sort,
    wanted: int,
    groups: StoryGroups | None = None,
) -> tuple[list[tuple[int, float]], int, bool]:
    """Whoosh's own matchers, for query types :mod:`index.vectors` does not evaluate; grouped,
    a few times the page is collected and collapsed (copies are few)."""
    sortedby = {"sortedby": "published", "reverse": True} if sort == "newest" else {}
    docs = set(allowed.tolist()) if allowed is not None else None
    collected = wanted * 4 if groups is not None else wanted
    results = searcher.search(parsed, limit=collected, filter=docs, **sortedby)
    # Not list(results): list() asks len() for a size hint, and len() counts every match.
    page = [(hit.docnum, float(hit.score or 0.0)) for hit in (results[i] for i in range(results.scored_length()))]
    if groups is not None and page:
        page = [page[i] for i in groups.firsts(np.array([d for d, _ in page], np.int64))][:wanted]
    return (page, *_count(results, collected, docs))


def _count(results: Any, wanted: int, docs: set[int] | None) -> tuple[int, bool]:
    """The number of matches, and whether it is exact or an upper bound.

    Whoosh's top-N collection stops following query branches that can no longer reach the
    top N, so it does not count every match; counting them means running the query again,
    which costs as much as the search itself for a broad query. Like web search engines,
    a broad query therefore reports an upper bound (document frequencies, capped by the
    filter's size); a narrow one is counted.
    """
    if results.has_exact_length():
        return len(results), True
    if results.scored_length() < wanted:  # nothing was left out
        return results.scored_length(), True
    bound = min(results.estimated_length(), results.searcher.doc_count(), len(docs) if docs is not None else 1 << 62)
    if bound <= _EXACT_COUNT_UP_TO:
        return len(results), True
    return bound, False


@dataclass(frozen=True, slots=True)
class _View:
    """A searcher over one state of the index, with its array evaluator and filter cache."""

    searcher: Searcher
    arrays: ArraySearcher
    filters: FilterCache
    facets: FacetCounter
    groups: StoryGroups

    @classmethod
    def of(cls, searcher: Searcher) -> _View:
        arrays = ArraySearcher(searcher)
        filters = FilterCache(arrays)
        return cls(searcher, arrays, filters, FacetCounter(arrays, filters), StoryGroups(arrays))


_views: weakref.WeakKeyDictionary[Index, _View] = weakref.WeakKeyDictionary()


def _view(ix: Index) -> _View:
    """One searcher (and its caches) per open index, refreshed when the index changed.

    Opening a searcher maps every segment file (milliseconds each); a process that runs many
    searches (batch, benchmarks, a service) must not pay that per query.
    """
    current = _views.get(ix)
    if current is None:
        current = _View.of(ix.searcher())
    elif not current.searcher.up_to_date():
        current = _View.of(current.searcher.refresh())
    _views[ix] = current
    return current


def _units_by_field(parsed: q.Query, reader: Any) -> dict[str, list[tuple[str, ...]]]:
    """The terms and phrases a query looks for, per field (negated parts excluded); a
    wildcard, prefix or range stands for the indexed terms it expands to."""
    units: dict[str, list[tuple[str, ...]]] = {}
    for node in _positive_leaves(parsed):
        if isinstance(node, q.Phrase):
            units.setdefault(node.fieldname, []).append(tuple(node.words))
        elif isinstance(node, q.MultiTerm):
            for fieldname, text in islice(node.existing_terms(reader, expand=True), _MAX_EXPANDED):
                units.setdefault(fieldname, []).append((_text_of(text),))
        else:
            units.setdefault(node.fieldname, []).append((_text_of(node.text),))
    return units


@dataclass(frozen=True, slots=True)
class _Document:
    fields: dict[str, Any]  # Whoosh's stored fields: the packed document and the token spans
    stored: dict[str, Any]  # the document, with its texts
    highlight: bool  # False when the record store's texts are not the ones indexed


def _page_documents(ix: Index, searcher: Searcher, docnums: list[int]) -> dict[int, _Document]:
    """The stored documents of a page of hits, with their texts read from the record store."""
    fields = {docnum: searcher.stored_fields(docnum) for docnum in docnums}
    stored = {docnum: load_stored(f) for docnum, f in fields.items()}
    elsewhere = {d: s for d, s in stored.items() if s.get(TEXTS_KEY) == TEXTS_IN_STORE}
    found = _store_texts(ix).texts((s["id"], s.get("content_hash", "")) for s in elsewhere.values())
    documents = {}
    for docnum in docnums:
        same, texts = found.get(stored[docnum]["id"], (True, {}))
        documents[docnum] = _Document(fields[docnum], {**stored[docnum], **texts}, same)
    return documents


def _store_texts(ix: Index) -> StoreTexts:
    """The record store of the home this index generation lives in (HOME/index/GENERATION)."""
    generation = ix.generation if isinstance(ix, ShardedIndex) else Path(ix.storage.folder)
    return StoreTexts(generation.resolve().parent.parent)


def _hit(
    document: _Document, docnum: int, score: float, cursors: PostingCursors, terms: dict[str, list[tuple[str, ...]]]
) -> Hit:
    fields, stored = document.fields, document.stored
    snippets: list[Snippet] = []
    for fieldname in _SNIPPET_FIELDS:
        if fieldname == "title" and snippets:
            break  # the title is shown anyway; snippet it only when nothing else matched
        text = stored.get(fieldname) or ""
        units = terms.get(fieldname, ()) if document.highlight else ()
        positions = token_spans(fields.get("spans"), fieldname) if text and units else []
        spans = find_spans(cursors, docnum, fieldname, units, positions, text) if positions else []
        snippets.extend(make_snippets(fieldname, text, spans))
        if len(snippets) >= 2:
            break
    snippets = snippets[:2]
    return Hit(
        id=stored["id"],
        score=score,
        title=stored.get("title"),
        published=stored.get("published"),
        reporters=tuple(stored.get("reporters") or ()),
        location=stored.get("location"),
        agency=stored.get("agency"),
        lang=stored.get("lang", ""),
        source=stored.get("source", ""),
        snippets=tuple(snippets),
        paired=tuple(p for s in snippets if (p := _paired_snippet(s, stored)) is not None),
        story=stored.get("story") or stored["id"],
    )


def _paired_snippet(snippet: Snippet, stored: dict[str, Any]) -> Snippet | None:
    """The translation of the paragraph a body snippet came from, when the extractor paired it."""
    if snippet.field not in ("body_ko", "body_en"):
        return None
    lang = snippet.field[-2:]
    paragraphs = stored.get("paragraphs") or []
    same_lang = [i for i, (plang, _pair) in enumerate(paragraphs) if plang == lang]
    if snippet.paragraph >= len(same_lang):
        return None
    pair = paragraphs[same_lang[snippet.paragraph]][1]
    if pair is None:
        return None
    other_lang = paragraphs[pair][0]
    other_field = f"body_{other_lang}"
    position = [i for i, (plang, _p) in enumerate(paragraphs) if plang == other_lang].index(pair)
    texts = (stored.get(other_field) or "").split("\n\n")
    if position >= len(texts):
        return None
    offset = sum(len(t) + 2 for t in texts[:position])
    return Snippet(other_field, texts[position], offset, position, ())
