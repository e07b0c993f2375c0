"""News questions -> articles: natural-language Korean questions written over the real articles
the repository holds (issue 17's question set, first part).

The documents are the headline set's articles (bench/headlines.py: the story sets, the
extraction set's page texts, tests/data/headlines/articles.jsonl), each with its headline as
title this time, and the extraction set's header and footer fragments as distractors. The
questions (tests/data/questions/news.jsonl) ask in everyday words what an article answers,
avoiding its wording where Korean allows; qrels: the articles that answer 2, other reports of
the same event 1 (a page held in two sets is both).

    python -m bench.questions            # score newsindex and the baselines (bench.quality)
    python -m bench.questions --write D  # write the collection (docs, queries, qrels) to D
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from urllib.parse import unquote

from bench.extraction import read_jsonl
from bench.headlines import FRAGMENTS, targets
from bench.quality import score_collection, table

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "data" / "questions" / "news.jsonl"


def write_collection(folder: Path) -> int:
    """Write docs.jsonl, queries.jsonl and qrels.txt to ``folder``; the number of questions."""
    chosen = targets()
    ids = {t.id for t in chosen}
    urls = {unquote(t.url) for t in chosen}
    docs = [{"id": t.id, "title": t.headline, "text": t.body} for t in chosen]
    docs += [
        {"id": f"lead-{item['id']}", "title": "", "text": item["text"]}
        for item in read_jsonl(FRAGMENTS)
        if unquote(item["url"]) not in urls
    ]
    questions = list(read_jsonl(QUESTIONS))
    unknown = {doc for q in questions for doc in q["relevant"]} - ids
    if unknown:
        raise SystemExit(f"questions name articles the collection does not hold: {sorted(unknown)}")
    folder.mkdir(parents=True, exist_ok=True)
    _write_lines(folder / "docs.jsonl", [json.dumps(d, ensure_ascii=False) for d in docs])
    _write_lines(folder / "queries.jsonl", [json.dumps({"qid": q["qid"], "query": q["query"]}, ensure_ascii=False)
                                             for q in questions])  # fmt: skip
    _write_lines(folder / "qrels.txt", [f"{q['qid']} 0 {doc} {grade}" for q in questions
                                        for doc, grade in q["relevant"].items()])  # fmt: skip
    return len(questions)


def _write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write the collection here instead of scoring it")
    args = parser.parse_args()
    if args.write:
        print(f"{write_collection(args.write)} questions written to {args.write}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "questions"
        write_collection(folder)
        scores = score_collection(folder / "docs.jsonl", folder / "queries.jsonl", folder / "qrels.txt")
    print(table("news questions", scores))


if __name__ == "__main__":
    main()
