"""Headline -> article: each real article's headline, typed as a query, should find the article
with its headline taken out of the indexed text (issue 17's second set).

The articles are the real ones the repository holds: the story sets (wire copies, press
releases and their outlets' versions, English editions), the extraction set's page texts, and
tests/data/headlines/articles.jsonl (headline and body as each page gives them). The body is
what extraction takes from each, without the headline; the copies of one text and the other
reports of one event are relevant to each other's headline (grade 1; the article itself grade
2). The extraction set's header and footer fragments (real leads of other stories; those of a
target's own page left out) are indexed too, as distractors.

    python -m bench.headlines            # score newsindex and the baselines (bench.quality)
    python -m bench.headlines --write D  # write the collection (docs, queries, qrels) to D
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from bench.extraction import extract_item, read_jsonl
from bench.quality import collection_main, write_collection_files
from bench.stories import COPIES, HELDOUT, PAGES
from extractors import Article

ROOT = Path(__file__).resolve().parent.parent
FRAGMENTS = ROOT / "tests" / "data" / "extraction" / "fragments.jsonl"
ARTICLES = ROOT / "tests" / "data" / "headlines" / "articles.jsonl"
_MIN_BODY_CHARS = 80  # a page excerpt cut before its body is not an article to find


@dataclass(frozen=True, slots=True)
class Target:
    id: str
    headline: str
    body: str
    url: str
    copies: str | None  # the text it copies (story sets), if any
    event: str | None = None  # the event it reports (story sets): other reports are relevant too


def targets() -> list[Target]:
    found = [*_story_targets(COPIES), *_story_targets(HELDOUT), *_page_targets(), *_gathered_targets()]
    return [t for t in found if len(t.body) >= _MIN_BODY_CHARS and t.headline.strip()]


def _body(article: Article) -> str:
    return "\n\n".join([*article.subtitles, *(p.text for p in article.paragraphs)])


def _story_targets(path: Path) -> list[Target]:
    found = []
    for item in read_jsonl(path):
        article = extract_item({"id": item["id"], "url": item["url"], "text": item["text"]})
        if isinstance(article, Article) and article.title:
            found.append(Target(item["id"], article.title, _body(article), item["url"], item["copies"], item["event"]))
    return found


def _page_targets() -> list[Target]:
    found = []
    for item in read_jsonl(PAGES):
        article, headline = extract_item(item), item["checks"].get("title")
        if isinstance(article, Article) and headline and article.title == headline:
            found.append(Target(item["id"], headline, _body(article), item["url"], None))
    return found


def _gathered_targets() -> list[Target]:
    if not ARTICLES.is_file():
        return []
    return [
        Target(item["id"], item["headline"], item["text"], item["url"], None, item.get("event"))
        for item in read_jsonl(ARTICLES)
    ]


def write_collection(folder: Path) -> int:
    """Write docs.jsonl, queries.jsonl and qrels.txt to ``folder``; the number of queries."""
    chosen = targets()
    docs = [{"id": t.id, "title": "", "text": t.body} for t in chosen]
    urls = {unquote(t.url) for t in chosen}
    docs += [  # a fragment of a target's own page is that article, not a distractor
        {"id": f"lead-{item['id']}", "title": "", "text": item["text"]}
        for item in read_jsonl(FRAGMENTS)
        if unquote(item["url"]) not in urls
    ]
    related: dict[str, list[str]] = defaultdict(list)  # copies of one text, reports of one event
    for target in chosen:
        for group in {target.copies, target.event} - {None}:
            related[group].append(target.id)
    queries, qrels, seen = [], [], set()
    for number, target in enumerate(chosen, start=1):
        if target.headline in seen:  # copies that kept the headline ask one question
            continue
        seen.add(target.headline)
        qid = f"h{number:03d}"
        queries.append({"qid": qid, "query": target.headline})
        qrels.append(f"{qid} 0 {target.id} 2")
        others = {o for group in (target.copies, target.event) if group for o in related[group]} - {target.id}
        qrels += [f"{qid} 0 {other} 1" for other in sorted(others)]
    write_collection_files(folder, docs, queries, qrels)
    return len(queries)


if __name__ == "__main__":
    collection_main(__doc__.splitlines()[0], "headlines", write_collection)
