"""Array evaluation, cached filters and counts agree with Whoosh's own answers on a real index."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from whoosh import query as q

from bench.corpus import generate
from index import open_index, search
from index.phrase import ExactPhrase
from index.schema import to_utc
from index.search import _view, parse_query
from index.vectors import ArraySearcher, Unsupported
from index.writer import IndexSettings
from newsindex.pipeline import run_ingest


@pytest.fixture(scope="module")
def generated_ix(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("generated")
    generate(work / "corpus", 300)
    run_ingest([str(work / "corpus")], work / "home", IndexSettings(), batch_size=100)
    ix = open_index(work / "home")
    yield ix
    ix.close()


def _whoosh_dates(searcher, since: str | None, until: str | None) -> set[int]:
    start = to_utc(since) if since else None
    end = to_utc(until) if until else None
    return set(searcher.docs_for_query(q.DateRange("published", start, end)))


def _docset(ix, *args) -> set[int]:
    return set(_view(ix).filters.docset(*args).tolist())


def test_date_ranges_match_whoosh(generated_ix) -> None:
    searcher = _view(generated_ix).searcher
    rng = random.Random(3)
    days = [f"2024-{m:02d}-{d:02d}" for m in range(1, 13) for d in (1, 9, 17, 28)]
    for _ in range(40):
        since, until = sorted(rng.sample(days, 2))
        for bounds in ((since, until), (since, None), (None, until)):
            start, end = (to_utc(b) if b else None for b in bounds)
            assert _docset(generated_ix, {}, "published", start, end) == _whoosh_dates(searcher, *bounds)


def test_undated_articles_never_pass_a_date_filter(generated_ix) -> None:
    searcher = _view(generated_ix).searcher
    dated = _docset(generated_ix, {}, "published", to_utc("1900-01-01"), None)
    undated = set(range(searcher.doc_count_all())) - dated
    assert undated, "the generated corpus has articles without a date"
    assert not undated & set(searcher.docs_for_query(q.Every("published")))


def test_term_and_date_filters_combine(generated_ix) -> None:
    searcher = _view(generated_ix).searcher
    both = _docset(generated_ix, {"lang": "ko"}, "published", to_utc("2024-03-01"), to_utc("2024-09-30"))
    expected = set(searcher.docs_for_query(q.Term("lang", "ko"))) & _whoosh_dates(searcher, "2024-03-01", "2024-09-30")
    assert both == expected and both


COUNTED = ["국회", "법률 국회", '"대한민국 국민"', "partnership", "국회 OR partnership", "국회 NOT 법률"]


@pytest.mark.parametrize("query", COUNTED)
def test_counts_are_exact(generated_ix, query: str) -> None:
    truth = len(_view(generated_ix).searcher.search(parse_query(generated_ix, query), limit=None))
    for limit in (1, 10, 1000):
        result = search(generated_ix, query, limit=limit, group=False)  # counts, not stories
        assert result.exact and result.total == truth
        # Plain words: articles with only some of them may follow the ones with all.
        assert sum(hit.all_words for hit in result.hits) == min(limit, truth)
        assert len(result.hits) <= limit


@pytest.mark.parametrize("query", COUNTED[:-1])  # Whoosh counts a NOT query exactly anyway
@pytest.mark.parametrize("exact_up_to", [0, 500])
def test_whoosh_fallback_counts_are_exact_or_upper_bounds(
    generated_ix, query: str, exact_up_to: int, monkeypatch
) -> None:
    def refuse(self, node):
        raise Unsupported("forced")

    monkeypatch.setattr(sys.modules["index.search"], "_EXACT_COUNT_UP_TO", exact_up_to)
    monkeypatch.setattr(ArraySearcher, "evaluate", refuse)
    truth = len(_view(generated_ix).searcher.search(parse_query(generated_ix, query), limit=None))
    for limit in (1, 10, 1000):
        result = search(generated_ix, query, limit=limit)
        if result.exact:
            assert result.total == truth
            assert exact_up_to or len(result.hits) < limit
        else:
            assert len(result.hits) == limit
            assert truth <= result.total <= generated_ix.doc_count(), (result.total, truth)


def test_exact_phrases_match_and_score_like_whoosh_phrases(generated_ix) -> None:
    from bench.queries import query_sets

    def plain(node):
        if type(node) is ExactPhrase:
            return q.Phrase(node.fieldname, node.words, boost=node.boost, char_ranges=node.char_ranges)
        return node

    searcher = _view(generated_ix).searcher
    pools = query_sets(Path("unused"), per_set=40)  # drawn from the generator's sentence pools
    queries = [item["q"] for name in ("phrase", "multi-term") for item in pools[name]]
    swapped = 0
    for text in [*queries, '"대한민국 국민"', '"법률 법률"', '"바이오 산업 육성"']:
        fast = parse_query(generated_ix, text)
        swapped += "ExactPhrase" in repr(fast)
        expected = {(h.docnum, round(h.score, 9)) for h in searcher.search(fast.accept(plain), limit=None)}
        assert {(h.docnum, round(h.score, 9)) for h in searcher.search(fast, limit=None)} == expected, text
    assert swapped > 40
