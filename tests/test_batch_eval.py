"""Batch search and evaluation end to end, on a small Korean relevance set written for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.writer import IndexSettings
from newsindex.cli import app
from newsindex.pipeline import run_ingest

RELEVANCE = Path(__file__).parent / "relevance"


@pytest.fixture(scope="module")
def relevance_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("relevance")
    summary = run_ingest([str(RELEVANCE / "docs.jsonl")], home, IndexSettings())
    assert summary["indexed"] == 24, summary
    return home


def test_batch_run_and_eval(relevance_home: Path, tmp_path: Path) -> None:
    run = tmp_path / "run.txt"
    queries = tmp_path / "queries.tsv"
    lines = [json.loads(line) for line in (RELEVANCE / "queries.jsonl").read_text(encoding="utf-8").splitlines()]
    queries.write_text("".join(f"{q['qid']}\t{q['query']}\n" for q in lines) + "qbad\t?!\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["search", "--queries", str(queries), "--run", str(run),
                                      "--home", str(relevance_home)])  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in run.read_text(encoding="utf-8").splitlines()]
    assert all(len(r) == 6 and r[1] == "Q0" for r in rows)
    assert {r[0] for r in rows} == {q["qid"] for q in lines}
    scored = CliRunner().invoke(app, ["eval", "--run", str(run), "--qrels", str(RELEVANCE / "qrels.txt"), "--json"])
    assert scored.exit_code == 0, scored.output
    scores = json.loads(scored.stdout)
    assert scores["queries"] == 14
    assert scores["mrr@10"] >= 0.9 and scores["ndcg@10"] >= 0.85 and scores["recall@100"] >= 0.95, scores


def test_jsonl_ids_are_kept(relevance_home: Path) -> None:
    result = CliRunner().invoke(app, ["search", "일루미나", "--json", "--home", str(relevance_home)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["id"] == "d18"


def test_a_beir_style_collection_runs_as_it_is(tmp_path: Path) -> None:
    """BEIR's layout: corpus {"_id", "title", "text"}, queries {"_id", "text"}, qrels as a
    three-column TSV with a header."""
    corpus = [json.loads(line) for line in (RELEVANCE / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    beir = tmp_path / "beir"
    beir.mkdir()
    (beir / "corpus.jsonl").write_text(
        "".join(json.dumps({"_id": d["id"], "title": d["title"], "text": d["text"], "metadata": {}}) + "\n"
                for d in corpus), encoding="utf-8")  # fmt: skip
    queries = [json.loads(line) for line in (RELEVANCE / "queries.jsonl").read_text(encoding="utf-8").splitlines()]
    (beir / "queries.jsonl").write_text(
        "".join(json.dumps({"_id": q["qid"], "text": q["query"]}) + "\n" for q in queries), encoding="utf-8"
    )
    trec = [line.split() for line in (RELEVANCE / "qrels.txt").read_text(encoding="utf-8").splitlines()]
    (beir / "test.tsv").write_text(
        "query-id\tcorpus-id\tscore\n" + "".join(f"{q}\t{d}\t{g}\n" for q, _, d, g in trec), encoding="utf-8"
    )
    home, run = tmp_path / "home", tmp_path / "run.txt"
    assert run_ingest([str(beir / "corpus.jsonl")], home, IndexSettings())["indexed"] == len(corpus)
    searched = CliRunner().invoke(app, ["search", "--queries", str(beir / "queries.jsonl"), "--run", str(run),
                                        "--home", str(home)])  # fmt: skip
    assert searched.exit_code == 0, searched.output
    scored = CliRunner().invoke(app, ["eval", "--run", str(run), "--qrels", str(beir / "test.tsv"), "--json"])
    scores = json.loads(scored.stdout)
    assert scores["queries"] == 14 and scores["mrr@10"] >= 0.9, scores
