"""Retrieval quality of newsindex against three plain BM25 baselines, in one run per collection.

    python -m bench.quality tests/relevance/constitution tests/relevance
    python -m bench.quality --docs D.jsonl --queries Q.jsonl --qrels qrels.txt

A collection folder holds ``docs.jsonl``, ``queries.jsonl`` and ``qrels.txt``. Baselines, each
one BM25 field over title and text: Kiwi nouns and verb/adjective stems (no compounds, no
Latin handling), character bigrams, and Whoosh's default analyzer. newsindex is the real
schema, queried as batch search does (all analysed terms ORed, BM25F with field boosts), and
as interactive search does (documents with all the words, ranked the same way; any of them
when none has all).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as q
from whoosh.analysis import NgramAnalyzer, StandardAnalyzer
from whoosh.fields import ID, TEXT, Schema

from bench.extraction import read_jsonl
from extractors import ExtractionError, iter_extract
from index import kiwi_model
from index.analysis import KiwiTokenizer, PosFilter
from index.batch import read_queries, run_batch
from index.evaluation import evaluate, read_qrels
from index.writer import IndexSettings
from newsindex.pipeline import run_ingest

KIWI_CONTENT_TAGS = frozenset({"NNG", "NNP", "NR", "XR", "SL", "SN", "SH", "VV", "VA"})
KIWI_BASELINE = "bm25-kiwi-nouns-verbs"
BASELINES = {
    KIWI_BASELINE: KiwiTokenizer() | PosFilter(KIWI_CONTENT_TAGS),
    "bm25-char-bigrams": NgramAnalyzer(2),
    "bm25-whoosh-default": StandardAnalyzer(),
}


def _baseline_texts(docs: Path) -> list[tuple[str, str]]:
    """Each document's id and the one field the baselines index: its title and text."""
    return [
        (article.id, " ".join([article.title or "", article.body_ko, article.body_en]))
        for article in iter_extract(docs, root=docs.parent)
        if not isinstance(article, ExtractionError)
    ]


def _baseline_run(name: str, texts: list[tuple[str, str]], queries: list, work: Path) -> dict[str, list[str]]:
    analyzer = BASELINES[name]
    folder = work / name
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), Schema(id=ID(stored=True, unique=True), text=TEXT(analyzer=analyzer)))
    # Kiwi's batch analysis uses both cores; the writer then finds each text's tokens ready.
    prefetched = kiwi_model.prefetch([text for _, text in texts]) if name == KIWI_BASELINE else []
    with ix.writer() as writer:
        for doc_id, text in texts:
            writer.add_document(id=doc_id, text=text)
    kiwi_model.release(prefetched)
    run: dict[str, list[str]] = {}
    with ix.searcher() as searcher:
        for item in queries:
            terms = dict.fromkeys(t.text for t in analyzer(item.text, mode="query"))
            hits = searcher.search(q.Or([q.Term("text", t) for t in terms]), limit=100) if terms else []
            run[item.qid] = [hit["id"] for hit in hits]
    return run


def _system_runs(docs: Path, queries: list, work: Path) -> dict[str, dict[str, list[str]]]:
    """newsindex's batch run, and the run of interactive search (``newsindex search``: all
    the words first, any of them when none has all) on the same index."""
    from index import open_index, search

    home = work / "system"
    copies = _copies(run_ingest([str(docs)], home, IndexSettings())["duplicates"])
    ix = open_index(home)
    batch, interactive = {}, {}
    for item, lines in run_batch(ix, queries, limit=100):
        ranking = [] if isinstance(lines, Exception) else [line.split()[2] for line in lines]
        batch[item.qid] = _with_copies(ranking, copies)
    for item in queries:
        # Judgments are per article: every copy is ranked (the page would group them).
        hits = search(ix, item.text, limit=100, group=False, snippets=False).hits
        interactive[item.qid] = _with_copies([hit.id for hit in hits], copies)
    ix.close()
    return {"newsindex": batch, "newsindex-interactive": interactive}


def _copies(duplicates: list[tuple[str, str]]) -> dict[str, list[str]]:
    """For each article kept, the documents the ingest found to be its word-for-word copies
    (newsindex stores a text given twice once, and says so)."""
    copies: dict[str, list[str]] = {}
    for duplicate, kept in duplicates:
        copies.setdefault(kept, []).append(duplicate)
    return copies


def _with_copies(ranking: list[str], copies: dict[str, list[str]]) -> list[str]:
    """The ranking with each article's dropped copies right after it, as the same article.

    >>> _with_copies(["a", "b"], {"a": ["a2"]})
    ['a', 'a2', 'b']
    """
    return [doc for kept in ranking for doc in (kept, *copies.get(kept, ()))]


def score_collection(
    docs: Path, queries_path: Path, qrels_path: Path, baselines: Iterable[str] = tuple(BASELINES)
) -> dict[str, dict[str, float]]:
    """The named baselines' and newsindex's figures on one collection, all from the same run."""
    queries, qrels = read_queries(queries_path), read_qrels(qrels_path)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        texts = _baseline_texts(docs) if baselines else []
        scores = {name: evaluate(_baseline_run(name, texts, queries, work), qrels) for name in baselines}
        scores.update((name, evaluate(run, qrels)) for name, run in _system_runs(docs, queries, work).items())
    return scores


def table(name: str, scores: dict[str, dict[str, float]]) -> str:
    queries = next(iter(scores.values()))["queries"]
    rows = [f"{name} ({queries} queries)", f"  {'run':24} nDCG@10  MRR@10  Recall@100"]
    rows += [f"  {run:24} {s['ndcg@10']:.4f}   {s['mrr@10']:.4f}  {s['recall@100']:.4f}" for run, s in scores.items()]
    return "\n".join(rows)


def read_questions(path: Path, held: set[str], kind: str) -> list[dict]:
    """The questions of ``path`` (qid, query, relevant), each naming only documents in ``held``;
    a question naming another stops the run, saying which (``kind``: what the documents are)."""
    questions = read_jsonl(path)
    unknown = sorted({doc for question in questions for doc in question["relevant"]} - held)
    if unknown:
        raise SystemExit(f"questions name {kind} the collection does not hold: {unknown}")
    return questions


def write_collection_files(folder: Path, docs: list[dict], queries: list[dict], qrels: list[str]) -> None:
    """A collection as ``bench.quality`` reads it: docs.jsonl, queries.jsonl and qrels.txt."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in (("docs.jsonl", [json.dumps(d, ensure_ascii=False) for d in docs]),
                        ("queries.jsonl", [json.dumps(query, ensure_ascii=False) for query in queries]),
                        ("qrels.txt", qrels)):  # fmt: skip
        (folder / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def collection_main(description: str, name: str, write: Callable[[Path], int]) -> None:
    """The command line of a collection built from the repository's data: score it, or
    ``--write`` it to a folder."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--write", type=Path, help="write the collection here instead of scoring it")
    args = parser.parse_args()
    if args.write:
        print(f"{write(args.write)} queries written to {args.write}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "collection"
        write(folder)
        scores = score_collection(folder / "docs.jsonl", folder / "queries.jsonl", folder / "qrels.txt")
    print(table(name, scores))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("collections", nargs="*", type=Path, help="folders with docs.jsonl, queries.jsonl, qrels.txt")
    parser.add_argument("--docs", type=Path)
    parser.add_argument("--queries", type=Path)
    parser.add_argument("--qrels", type=Path)
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args()
    runs = [(str(c), c / "docs.jsonl", c / "queries.jsonl", c / "qrels.txt") for c in args.collections]
    if args.docs and args.queries and args.qrels:
        runs.append((str(args.docs.parent), args.docs, args.queries, args.qrels))
    if not runs:
        parser.error("name a collection folder, or --docs, --queries and --qrels")
    results = {name: score_collection(docs, queries, qrels) for name, docs, queries, qrels in runs}
    print(json.dumps(results, indent=1) if args.json else "\n\n".join(table(n, s) for n, s in results.items()))


if __name__ == "__main__":
    main()
