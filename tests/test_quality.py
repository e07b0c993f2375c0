"""Retrieval quality: the full analyzer must beat plain BM25 baselines on Korean collections.

``tests/relevance/constitution`` is the Korean constitution, one document per article, with 48
questions written for it in everyday words ("현역 군인도 장관이 될 수 있나" for "군인은 현역을
면한 후가 아니면 국무위원으로 임명될 수 없다"). ``constitution-chapters`` is the same with each
article titled by its chapter or section (국회, 대통령 …): many documents share a title, as an
encyclopedia entry's paragraphs do. Their figures are in ``bench/QUALITY.md``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import headlines
from bench.quality import BASELINES, score_collection

RELEVANCE = Path(__file__).parent / "relevance"


@pytest.fixture(scope="module", params=["constitution", "constitution-chapters"])
def scores(request: pytest.FixtureRequest) -> dict[str, dict[str, float]]:
    collection = RELEVANCE / request.param
    return score_collection(collection / "docs.jsonl", collection / "queries.jsonl", collection / "qrels.txt")


@pytest.mark.parametrize("baseline", sorted(BASELINES))
def test_full_analyzer_beats_each_baseline(scores, baseline: str) -> None:
    assert scores["newsindex"]["ndcg@10"] > scores[baseline]["ndcg@10"], scores
    assert scores["newsindex"]["mrr@10"] > scores[baseline]["mrr@10"], scores


def test_every_document_and_question_is_used(scores) -> None:
    assert scores["newsindex"]["queries"] == 48
    assert scores["newsindex"]["recall@100"] == 1.0


@pytest.fixture(scope="module")
def headline_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    folder = tmp_path_factory.mktemp("headlines")
    assert headlines.write_collection(folder) >= 200
    return score_collection(folder / "docs.jsonl", folder / "queries.jsonl", folder / "qrels.txt")


def test_pasted_headlines_find_their_articles(headline_scores) -> None:
    """200 real headlines (their quotes, brackets and colons are punctuation, not syntax) over
    the articles they head, with the headline taken out: interactive search must rank as batch
    search does, and neither may fall behind the baselines (bench/QUALITY.md has the figures)."""
    batch, interactive = headline_scores["newsindex"], headline_scores["newsindex-interactive"]
    assert interactive["ndcg@10"] >= batch["ndcg@10"] - 0.01, headline_scores
    for baseline in ("bm25-kiwi-nouns-verbs", "bm25-whoosh-default"):
        assert batch["ndcg@10"] > headline_scores[baseline]["ndcg@10"], headline_scores
    assert batch["ndcg@10"] >= headline_scores["bm25-char-bigrams"]["ndcg@10"] - 0.01, headline_scores
