"""Retrieval quality of the full analyzer against two plain BM25 baselines, on one collection.

    python -m bench.quality --docs tests/relevance/docs.jsonl \\
        --queries tests/relevance/queries.jsonl --qrels tests/relevance/qrels.txt

Baselines, each a single BM25 field over title and text: character bigrams, and Kiwi nouns
only (no compounds, no verbs, no Latin handling). The full system is the real schema, queried
as batch search does (all analysed terms ORed, BM25F with field boosts).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as q
from whoosh.analysis import NgramAnalyzer
from whoosh.fields import ID, TEXT, Schema

from extractors import ExtractionError, iter_extract
from index.analysis import KiwiTokenizer, PosFilter
from index.batch import read_queries, run_batch
from index.evaluation import evaluate, read_qrels
from index.writer import IndexSettings
from newsindex.pipeline import run_ingest

BASELINES = {
    "bm25-char-bigrams": NgramAnalyzer(2),
    "bm25-kiwi-nouns": KiwiTokenizer() | PosFilter(frozenset({"NNG", "NNP"})),
}


def _baseline_run(name: str, docs: Path, queries: list, work: Path) -> dict[str, list[str]]:
    analyzer = BASELINES[name]
    folder = work / name
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), Schema(id=ID(stored=True, unique=True), text=TEXT(analyzer=analyzer)))
    with ix.writer() as writer:
        for article in iter_extract(docs, root=docs.parent):
            if not isinstance(article, ExtractionError):
                writer.add_document(
                    id=article.id, text=" ".join([article.title or "", article.body_ko, article.body_en])
                )
    run: dict[str, list[str]] = {}
    with ix.searcher() as searcher:
        for item in queries:
            terms = dict.fromkeys(t.text for t in analyzer(item.text, mode="query"))
            hits = searcher.search(q.Or([q.Term("text", t) for t in terms]), limit=100) if terms else []
            run[item.qid] = [hit["id"] for hit in hits]
    return run


def _system_run(docs: Path, queries: list, work: Path) -> dict[str, list[str]]:
    from index import open_index

    home = work / "system"
    run_ingest([str(docs)], home, IndexSettings())
    ix = open_index(home)
    run = {}
    for item, lines in run_batch(ix, queries, limit=100):
        run[item.qid] = [] if isinstance(lines, Exception) else [line.split()[2] for line in lines]
    ix.close()
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--qrels", type=Path, required=True)
    args = parser.parse_args()
    queries, qrels = read_queries(args.queries), read_qrels(args.qrels)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        scores = {name: evaluate(_baseline_run(name, args.docs, queries, work), qrels) for name in BASELINES}
        scores["newsindex"] = evaluate(_system_run(args.docs, queries, work), qrels)
    print(json.dumps(scores, indent=1))


if __name__ == "__main__":
    main()
