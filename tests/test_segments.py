"""Our segment writer and our merge write the segments Whoosh's own writer and merge write
(every posting, term statistic, stored document, length and column), and the merge policy
keeps the segment count bounded."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.reading import SegmentReader

from bench.corpus import generate
from extractors import extract_file
from index import merge, postings
from index.codec import CompactCodec
from index.schema import article_document, build_schema
from index.segments import ArrayWriter
from index.writer import IndexSettings, create_index, open_index, optimize_index, write_articles

SEGMENTS = 4


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list:
    paths = generate(tmp_path_factory.mktemp("corpus"), 120)
    return [extract_file(path) for path in paths]


def _segmented(folder: Path, articles: list, new_writer) -> Path:
    """An index of several segments with tiny blocks (so terms span blocks) and deletions."""
    schema = build_schema()
    folder.mkdir(exist_ok=True)
    ix = whoosh_index.create_in(str(folder), schema)
    now = datetime(2026, 11, 30)
    step = len(articles) // SEGMENTS
    for start in range(0, step * SEGMENTS, step):
        writer = new_writer(ix)
        for article in articles[start : start + step]:
            writer.add_document(**article_document(article, now, schema))
        writer.commit(merge=False)
    writer = ix.writer(codec=CompactCodec())
    for article in articles[1:step:4] + articles[2 * step : 2 * step + 3]:
        writer.delete_by_term("id", article.id)
    writer.commit(merge=False)
    return folder


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory, articles: list) -> Path:
    return _segmented(tmp_path_factory.mktemp("segmented"), articles, lambda ix: ix.writer(codec=CompactCodec(3)))


def test_writer_writes_what_whoosh_writes(tmp_path: Path, articles: list, monkeypatch) -> None:
    monkeypatch.setattr(postings, "BLOCK_LIMIT", 3)
    ours = _segmented(tmp_path / "ours", articles, lambda ix: ArrayWriter(ix, codec=CompactCodec(3)))
    theirs = _segmented(tmp_path / "theirs", articles, lambda ix: ix.writer(codec=CompactCodec(3)))
    assert_same_index(whoosh_index.open_dir(str(ours)).reader(), whoosh_index.open_dir(str(theirs)).reader())


def _merged_copy(source: Path, target: Path, policy) -> whoosh_index.Index:
    shutil.copytree(source, target)
    ix = whoosh_index.open_dir(str(target))
    ix.writer(codec=CompactCodec()).commit(mergetype=policy)
    return whoosh_index.open_dir(str(target))


def _whoosh_merge(writer, segments):
    for segment in segments:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return []


def _postings(reader, fieldname: str, text: bytes) -> list:
    matcher = reader.postings(fieldname, text)
    if reader.schema[fieldname].format.supports("positions"):
        return list(matcher.items_as("positions"))
    return list(matcher.all_items())


def _term_stats(reader, fieldname: str, text: bytes) -> tuple:
    info = reader.term_info(fieldname, text)
    return info.doc_frequency(), round(info.weight(), 3), info.min_length(), info.max_length(), info.max_weight()


@pytest.mark.parametrize("block", [3, 1024])
def test_array_merge_writes_what_whoosh_merge_writes(segmented: Path, tmp_path: Path, monkeypatch, block) -> None:
    monkeypatch.setattr(postings, "BLOCK_LIMIT", block)
    merged = _merged_copy(segmented, tmp_path / "ours", merge.merge_all)
    assert len(merged._segments()) == 1
    theirs = _merged_copy(segmented, tmp_path / "theirs", _whoosh_merge).reader()
    assert_same_index(merged.reader(), theirs)


def assert_same_index(ours, theirs) -> None:
    assert ours.doc_count_all() == theirs.doc_count_all()
    assert ours.doc_count() == theirs.doc_count()
    terms = list(theirs.all_terms())
    assert list(ours.all_terms()) == terms
    for fieldname, text in terms:
        assert _postings(ours, fieldname, text) == _postings(theirs, fieldname, text), (fieldname, text)
        assert _term_stats(ours, fieldname, text) == _term_stats(theirs, fieldname, text), (fieldname, text)
    schema = theirs.schema
    for docnum in range(theirs.doc_count_all()):
        assert ours.stored_fields(docnum) == theirs.stored_fields(docnum)
        for fieldname in schema.names():
            assert ours.doc_field_length(docnum, fieldname) == theirs.doc_field_length(docnum, fieldname)
    for fieldname in schema.names():
        assert ours.field_length(fieldname) == theirs.field_length(fieldname)
        if theirs.has_column(fieldname):
            assert list(ours.column_reader(fieldname, translate=False)) == list(
                theirs.column_reader(fieldname, translate=False)
            )


def test_merged_segment_drops_deleted_documents(segmented: Path, tmp_path: Path, articles: list) -> None:
    ix = _merged_copy(segmented, tmp_path / "ours", merge.merge_all)
    with ix.searcher() as searcher:
        ids = [fields["id"] for fields in searcher.all_stored_fields()]
    assert len(ids) == len(set(ids)) == ix.doc_count_all()
    step = len(articles) // SEGMENTS
    deleted = {a.id for a in articles[1:step:4] + articles[2 * step : 2 * step + 3]}
    assert set(ids) == {a.id for a in articles[: step * SEGMENTS]} - deleted


def test_policy_keeps_segments_bounded_and_documents_once(tmp_path: Path, articles: list) -> None:
    settings = IndexSettings()
    ix = open_index(tmp_path, settings, generation=create_index(tmp_path, settings))
    count = merge.MERGE_FACTOR * 5 + 5
    for article in articles[:count]:
        write_articles(ix, [article])  # one commit, one new segment, per article
    sizes = sorted(s.doc_count() for s in ix._segments())
    assert sizes == [1] * 5 + [merge.MERGE_FACTOR] * 5
    with ix.searcher() as searcher:
        ids = [fields["id"] for fields in searcher.all_stored_fields()]
    assert sorted(ids) == sorted(a.id for a in articles[:count])
    optimize_index(ix)
    assert [s.doc_count_all() for s in ix._segments()] == [count]
