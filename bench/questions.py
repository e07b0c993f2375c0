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

from pathlib import Path
from urllib.parse import unquote

from bench.extraction import read_jsonl
from bench.headlines import FRAGMENTS, targets
from bench.quality import collection_main, read_questions, write_collection_files

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
    questions = read_questions(QUESTIONS, ids, "articles")
    queries = [{"qid": q["qid"], "query": q["query"]} for q in questions]
    qrels = [f"{q['qid']} 0 {doc} {grade}" for q in questions for doc, grade in q["relevant"].items()]
    write_collection_files(folder, docs, queries, qrels)
    return len(questions)


if __name__ == "__main__":
    collection_main(__doc__.splitlines()[0], "news questions", write_collection)
