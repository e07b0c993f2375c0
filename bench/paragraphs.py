"""News questions -> paragraphs: natural-language Korean questions over the paragraphs of the
real articles the repository holds (issue 17's question set, second part).

Held-out Korean collections are paragraph collections (an encyclopedia entry's paragraphs, each
a document under the entry's title); this set is that shape made of news. Every article of the
headline set (bench/headlines.py) is cut into its paragraphs, each a document titled by the
article's headline, so a question naming a headline's words meets all of that article's
paragraphs; the extraction set's header and footer fragments are cut the same way (their own
titles where extraction finds one) and stand among them as distractors.

A paragraph's id is its article's and a hash of its words (``etoday-chip-day#3f2a91c0``), so it
survives a change of extraction that leaves it as it was, and one that changes it is named.
The questions (tests/data/questions/paragraphs.jsonl) ask in everyday words what one paragraph
answers; qrels: that paragraph 2, and every other article's paragraph printed with the same
words (a wire copy, a reprint) 2 as well; paragraphs judged after pooling as they come.

    python -m bench.paragraphs            # score newsindex and the baselines (bench.quality)
    python -m bench.paragraphs --write D  # write the collection (docs, queries, qrels) to D
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bench.extraction import extract_item, read_jsonl
from bench.headlines import FRAGMENTS, targets
from bench.quality import collection_main, read_questions, write_collection_files
from extractors import Article

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "data" / "questions" / "paragraphs.jsonl"
_MIN_PARAGRAPH_CHARS = 40  # shorter lines are captions, credits and crumbs, not passages
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Paragraph:
    id: str
    digest: str
    title: str
    text: str


def digest(text: str) -> str:
    """The paragraph's words, hashed: equal for the same paragraph in any copy."""
    return hashlib.sha1(_SPACES.sub(" ", text).strip().encode("utf-8")).hexdigest()[:8]


def _cut(article_id: str, title: str, body: str) -> list[Paragraph]:
    found: dict[str, Paragraph] = {}
    for block in body.split("\n"):
        text = _SPACES.sub(" ", block).strip()
        if len(text) >= _MIN_PARAGRAPH_CHARS:
            key = digest(text)
            found.setdefault(key, Paragraph(f"{article_id}#{key}", key, title, text))
    return list(found.values())


def paragraphs() -> list[Paragraph]:
    """Every paragraph of the collection: the headline set's articles, then the fragments'."""
    found = [p for t in targets() for p in _cut(t.id, t.headline, t.body)]
    for item in read_jsonl(FRAGMENTS):
        article = extract_item(item)
        if isinstance(article, Article) and article.paragraphs:
            found += _cut(f"lead-{item['id']}", article.title or "", "\n".join(p.text for p in article.paragraphs))
    return found


def write_collection(folder: Path) -> int:
    """Write docs.jsonl, queries.jsonl and qrels.txt to ``folder``; the number of questions."""
    held = paragraphs()
    ids = {p.id: p for p in held}
    copies: dict[str, list[str]] = defaultdict(list)
    for paragraph in held:
        copies[paragraph.digest].append(paragraph.id)
    questions = read_questions(QUESTIONS, set(ids), "paragraphs")
    qrels = []
    for question in questions:
        grades: dict[str, int] = {}
        for doc, grade in question["relevant"].items():
            for copy in copies[ids[doc].digest]:
                grades[copy] = max(grade, grades.get(copy, 0))
        qrels += [f"{question['qid']} 0 {doc} {grade}" for doc, grade in grades.items()]
    docs = [{"id": p.id, "title": p.title, "text": p.text} for p in held]
    queries = [{"qid": q["qid"], "query": q["query"]} for q in questions]
    write_collection_files(folder, docs, queries, qrels)
    return len(questions)


if __name__ == "__main__":
    collection_main(__doc__.splitlines()[0], "news paragraphs", write_collection)
