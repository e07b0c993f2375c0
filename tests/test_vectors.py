"""The array evaluator finds the same documents with the same scores as Whoosh's matchers."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from whoosh import query as q

from bench.corpus import generate
from bench.queries import query_sets
from index import open_index, search, vectors
from index.codec import decode_varints
from index.formats import pack_varints
from index.natural import FieldsTerm, natural_query
from index.schema import DEFAULT_LENGTH_NORM, LENGTH_NORMS, SATURATION, SEARCH_FIELDS
from index.search import _view, parse_query
from index.vectors import ArraySearcher
from index.writer import IndexSettings
from newsindex.pipeline import run_ingest

HANDWRITTEN = [
    "국회",
    "법률 국회",
    "국회 OR partnership",
    "국회 NOT 법률",
    "NOT 국회",
    '"대한민국 국민"',
    '"법률 법률"',
    '"바이오 산업 육성"',
    "국회*",
    "국?",
    "title:국회",
    "partnership OR partnerships",
    "(국회 OR 정부) 법률",
    "published:[2024-03-01 to 2024-06-30] 국회",
    "국회^2 법률",
    "lang:en",
]


@pytest.fixture(scope="module")
def changed_ix(tmp_path_factory: pytest.TempPathFactory):
    """An index of several segments with deleted documents: a corpus ingested, then a tenth of
    its files rewritten and ingested again (each rewrite deletes the old version)."""
    work = tmp_path_factory.mktemp("segments")
    corpus = work / "corpus"
    generate(corpus, 240, seed=5)
    run_ingest([str(corpus)], work / "home", IndexSettings(), batch_size=60)
    other = work / "other"
    generate(other, 24, seed=6)
    for fresh, old in zip(
        sorted(p for p in other.rglob("*") if p.is_file()), sorted(corpus.rglob("article-*")), strict=False
    ):
        shutil.copyfile(fresh, old.with_suffix(fresh.suffix))
        if old.suffix != fresh.suffix:
            old.unlink()
    run_ingest([str(corpus)], work / "home", IndexSettings(), batch_size=60)
    ix = open_index(work / "home")
    yield ix
    ix.close()


def _queries() -> list[str]:
    pools = query_sets(Path("unused"), per_set=30)
    return HANDWRITTEN + [item["q"] for name in ("single-term", "multi-term", "phrase") for item in pools[name]]


def _same(ix, parsed: q.Query) -> None:
    """Same documents; same scores too, except for constant-score queries (wildcards), whose
    score in Whoosh depends on which OR matcher it picks."""
    view = _view(ix)
    expected = {h.docnum: h.score for h in view.searcher.search(parsed, limit=None)}
    found = view.arrays.evaluate(parsed)
    assert found.docs.tolist() == sorted(expected), repr(parsed)
    if any(getattr(leaf, "constantscore", False) for leaf in parsed.leaves()):
        return
    for docnum, score in zip(found.docs.tolist(), found.scores.tolist(), strict=True):
        assert score == pytest.approx(expected[docnum], rel=1e-9, abs=1e-12), (repr(parsed), docnum)


def test_the_index_has_segments_and_deletions(changed_ix) -> None:
    reader = _view(changed_ix).searcher.reader()
    leaves = reader.leaf_readers()
    assert len(leaves) > 1 and any(leaf.has_deletions() for leaf, _ in leaves)


@pytest.mark.parametrize("query", _queries())
def test_matches_and_scores_equal_whoosh(changed_ix, query: str) -> None:
    _same(changed_ix, parse_query(changed_ix, query))


@pytest.mark.parametrize("query", ["국회 법률 정부", "partnership 국회", '"대한민국 국민" 법률'])
def test_ored_fallback_queries_with_coordination_equal_whoosh(changed_ix, query: str) -> None:
    _same(changed_ix, parse_query(changed_ix, query, any_term=True))


@pytest.mark.parametrize("group", [False, True])
def test_pages_are_the_top_of_one_ranking(changed_ix, group: bool) -> None:
    everything = search(changed_ix, "국회", limit=1000, group=group)
    ranked = [(-h.score, h.id) for h in everything.hits]
    # Grouped, a story shows once: fewer hits than the articles the total counts.
    assert everything.total == len(everything.hits) if not group else everything.total >= len(everything.hits)
    pages = [
        h
        for offset in range(0, len(everything.hits), 7)
        for h in search(changed_ix, "국회", limit=7, offset=offset, group=group).hits
    ]
    assert [h.id for h in pages] == [h.id for h in everything.hits]
    assert [s for s, _ in ranked] == sorted(s for s, _ in ranked)


def test_newest_first_puts_undated_articles_last(changed_ix) -> None:
    hits = search(changed_ix, "국회", sort="newest", limit=1000).hits
    dates = [h.published for h in hits]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates == dated + [None] * (len(dates) - len(dated))


def test_filters_apply_to_array_results(changed_ix) -> None:
    result = search(changed_ix, "국회", lang="ko", since="2024-03-01", until="2024-06-30", limit=1000)
    assert result.hits and all(h.published and "2024-03-01" <= h.published[:10] <= "2024-06-30" for h in result.hits)
    assert all("ko" in h.lang for h in result.hits)


def test_varints_decode_like_the_writer_encoded_them() -> None:
    rng = random.Random(4)
    numbers = [rng.choice([0, 1, 127, 128, 300, 2**20, 2**35, rng.randrange(2**40)]) for _ in range(5000)]
    assert decode_varints(pack_varints(numbers)).tolist() == numbers


def test_unknown_query_types_are_refused_for_whoosh_to_run(changed_ix) -> None:
    from index.vectors import Unsupported

    with pytest.raises(Unsupported):
        ArraySearcher(_view(changed_ix).searcher).evaluate(q.Phrase("body_ko", ["국회", "법률"], slop=3))
    assert search(changed_ix, '"국회 법률"~3').total >= 0  # Whoosh runs it


def test_sorted_set_operations_agree_with_numpy() -> None:
    import numpy as np

    from index.vectors import intersect_sorted, member

    rng = np.random.default_rng(1)
    for _ in range(500):
        a, b = (np.unique(rng.integers(0, 300, rng.integers(0, 80))) for _ in range(2))
        assert member(a, b).tolist() == np.isin(a, b).tolist()
        assert intersect_sorted(a, b).tolist() == np.intersect1d(a, b).tolist()


@pytest.mark.parametrize("word", ["국회", "법률", "국민", "정부"])
def test_positions_decoded_in_two_halves_equal_one_pass(changed_ix, monkeypatch, word: str) -> None:
    arrays = _view(changed_ix).arrays
    postings = arrays._postings("body_ko", word.encode(), with_values=True)
    assert len(postings.blocks) >= 2, "the word's postings span several segments"
    for candidates in (postings.docs[arrays.live[postings.docs]], postings.docs[::3]):
        monkeypatch.setattr(vectors, "_PARALLEL_BLOCKS", 10**9)
        whole = vectors._position_keys(postings, candidates)
        monkeypatch.setattr(vectors, "_PARALLEL_BLOCKS", 2)
        assert vectors._position_keys(postings, candidates).tolist() == whole.tolist()
        assert len(whole)


def _bm25f_by_hand(searcher, texts: tuple[str, ...], docnum: int) -> float:
    """BM25F for one document, from Whoosh's per-document statistics: each field's frequency of
    the word's forms over the field's length norm, weighted, summed, saturated once; the
    smallest idf of the forms and fields."""
    frequency, idfs = 0.0, []
    for fieldname, weight in SEARCH_FIELDS.items():
        for text in texts:
            if (fieldname, text) not in searcher.reader():
                continue
            idfs.append(searcher.idf(fieldname, text))
            postings = searcher.reader().postings(fieldname, text)
            postings.skip_to(docnum)
            if not postings.is_active() or postings.id() != docnum:
                continue
            b = LENGTH_NORMS.get(fieldname, DEFAULT_LENGTH_NORM)
            length = searcher.doc_field_length(docnum, fieldname, 1) / searcher.avg_field_length(fieldname, 1)
            frequency += weight * postings.weight() / ((1 - b) + b * length)
    return min(idfs) * frequency * (SATURATION + 1) / (frequency + SATURATION)


@pytest.mark.parametrize("words", ["국회 법률", "대한민국 정부 partnership", "바이오산업 협력"])
def test_a_word_over_several_fields_is_scored_once_by_bm25f(changed_ix, words: str) -> None:
    view = _view(changed_ix)
    query = natural_query(view.searcher.schema, words)
    assert all(isinstance(part, FieldsTerm) for part in query.subqueries)
    for part in query.subqueries:
        found = view.arrays.evaluate(part)
        whoosh_docs = sorted(view.searcher.docs_for_query(part))  # Whoosh reads it as the fields ORed
        assert found.docs.tolist() == whoosh_docs
        for docnum, score in list(zip(found.docs.tolist(), found.scores.tolist(), strict=True))[:40]:
            assert score == pytest.approx(_bm25f_by_hand(view.searcher, part.texts, docnum), rel=1e-9), (part, docnum)


def test_a_compound_and_its_parts_stacked_by_the_index_are_one_word(changed_ix) -> None:
    """바이오산업 is indexed whole and as 바이오 + 산업 at its positions: the query has the
    whole and its first part as one word's forms, and 산업 as the next word."""
    query = natural_query(_view(changed_ix).searcher.schema, "바이오산업")
    korean = [part.texts for part in query.subqueries if "body_ko" in part.boosts]
    assert korean == [("바이오", "바이오산업"), ("산업",)]


def test_a_title_shared_by_many_documents_counts_once_per_document(changed_ix) -> None:
    """Per field, a word in a document's title and body earned two saturated scores; as one
    word, the second occurrence adds less than the first, wherever it is."""
    view = _view(changed_ix)
    part = natural_query(view.searcher.schema, "국회").subqueries[0]
    assert part.texts == ("국회",)
    both = view.arrays.evaluate(part)
    per_field = {name: view.arrays.evaluate(q.Term(name, part.text)) for name in part.boosts}
    in_both = set(per_field["title"].docs.tolist()) & set(per_field["body_ko"].docs.tolist())
    assert in_both, "the corpus has 국회 in titles and bodies"
    for docnum in sorted(in_both)[:20]:
        alone = sum(float(per_field[name].scores[per_field[name].docs == docnum].sum()) for name in part.boosts)
        once = float(both.scores[both.docs == docnum][0])
        assert once < alone, docnum


def test_a_number_with_its_counter_is_a_word_beside_the_bare_number(changed_ix) -> None:
    """The index stacks 5월 on 5; a query asks for each as a word of its own, so that a text
    writing 5월 outranks one that merely has a 5, and one writing "5∼6월" is still found."""
    query = natural_query(_view(changed_ix).searcher.schema, "5월 수출")
    korean = [part.texts for part in query.subqueries if "body_ko" in part.boosts]
    assert korean == [("5월",), ("5",), ("수출",)]
    assert all(part.texts for part in query.subqueries)  # the English field's "5월" has no bare number beside it
