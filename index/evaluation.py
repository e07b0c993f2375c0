"""Retrieval quality from a TREC run and qrels: nDCG@10, MRR@10, Recall@100."""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

__all__ = ["evaluate", "read_qrels", "read_run"]


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    r"""TREC qrels (``qid 0 docid relevance``) or BEIR's three columns (``query-id corpus-id
    score``, its header line skipped).

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
    ...     _ = f.write("query-id\tcorpus-id\tscore\nq1\td1\t1\nq2 0 d2 2\n")
    >>> read_qrels(Path(f.name))
    {'q1': {'d1': 1}, 'q2': {'d2': 2}}
    """
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.split()
        if len(parts) not in (3, 4) or not parts[-1].lstrip("-").isdigit():
            continue
        qrels[parts[0]][parts[-2]] = int(parts[-1])
    return dict(qrels)


def read_run(path: Path) -> dict[str, list[str]]:
    """``qid Q0 docid rank score tag`` lines, ranked by score (ties by rank)."""
    rows: dict[str, list[tuple[float, int, str]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 6:
            rows[parts[0]].append((-float(parts[4]), int(parts[3]), parts[2]))
    return {qid: [doc for *_key, doc in sorted(items)] for qid, items in rows.items()}


def _dcg(gains: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


def evaluate(run: dict[str, list[str]], qrels: dict[str, dict[str, int]]) -> dict[str, float]:
    """Mean nDCG@10, MRR@10 and Recall@100 over the queries that have relevant documents.

    >>> evaluate({"q1": ["a", "b"]}, {"q1": {"b": 1}})
    {'queries': 1, 'ndcg@10': 0.6309, 'mrr@10': 0.5, 'recall@100': 1.0}
    """
    judged = [qid for qid, docs in qrels.items() if any(g > 0 for g in docs.values())]
    totals = {"ndcg@10": 0.0, "mrr@10": 0.0, "recall@100": 0.0}
    for qid in judged:
        ranking, relevant = run.get(qid, []), qrels[qid]
        ideal = _dcg(sorted((g for g in relevant.values() if g > 0), reverse=True)[:10])
        totals["ndcg@10"] += _dcg([relevant.get(d, 0) for d in ranking[:10]]) / ideal
        first = next((i for i, d in enumerate(ranking[:10]) if relevant.get(d, 0) > 0), None)
        totals["mrr@10"] += 1 / (first + 1) if first is not None else 0.0
        wanted = {d for d, g in relevant.items() if g > 0}
        totals["recall@100"] += len(wanted & set(ranking[:100])) / len(wanted)
    count = max(len(judged), 1)
    return {"queries": len(judged), **{k: round(v / count, 4) for k, v in totals.items()}}
