"""Searching the examples index: every required query hits, highlights on exact characters."""

from __future__ import annotations

import pytest

from index import QueryError, search

SAMPLE_ID = "gyeonggi-biocom-2024-05-16.txt"


@pytest.mark.parametrize(
    ("query", "highlighted"),
    [
        ("바이오", "바이오"),
        ("바이오산업", "바이오산업"),
        ("파트너십", "파트너십"),
        ("협력", "협력"),
        ("일루미나", "일루미나"),
        ("김동연", "김동연"),
        ("경기도경제과학진흥원", "경기도경제과학진흥원"),
        ('"글로벌 스타트업 박람회"', "글로벌 스타트업 박람회"),
        ("partnership", "partnership"),
        ("partnerships", "partnership"),
        ("Illumina", "Illumina"),
        ("Panetta", "Panetta"),
        ("startups", "startup"),
    ],
)
def test_required_queries_hit_the_sample_with_exact_highlights(ix, query: str, highlighted: str) -> None:
    result = search(ix, query, limit=5)
    hit = next((h for h in result.hits if h.id == SAMPLE_ID), None)
    assert hit is not None, (query, result.parsed)
    assert hit.snippets, query
    marked = [snippet.text[s:e] for snippet in hit.snippets for s, e in snippet.spans]
    assert marked, query
    assert all(text.lower().startswith(highlighted.lower()) for text in marked), marked


def test_hit_carries_metadata(ix) -> None:
    hit = search(ix, "바이오콤").hits[0]
    assert (hit.id, hit.reporters, hit.location, hit.published) == (
        SAMPLE_ID, ("강대웅",), "수원", "2024-05-16T16:57:00+09:00",
    )  # fmt: skip


def test_paired_translation_is_shown_for_a_body_hit(ix) -> None:
    hit = search(ix, "1800개").hits[0]
    assert hit.snippets[0].field == "body_ko"
    assert hit.paired and hit.paired[0].text.startswith("With more than 1,800 member companies")


def test_and_query_without_a_common_article_falls_back_to_or(ix) -> None:
    result = search(ix, "일루미나 반도체협약없는말")
    assert result.fallback and result.hits


def test_query_without_searchable_words_is_a_query_error(ix) -> None:
    with pytest.raises(QueryError):
        search(ix, '""')
