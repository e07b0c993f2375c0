"""Story grouping measured on real copies: pairwise precision and recall, and edition links.

The set (tests/data/stories/copies.jsonl) holds real articles from public news pages: wire
stories and press releases republished by several outlets (``copies`` names the text they
copy), other outlets' own reports of the same events, a yearly event's reports of other years,
and English reports of Korean events (``event`` joins the reports of one event across the
languages). The extraction development set's pages are added as unrelated articles (those that
reprint one press release say so with ``copies``), and the
sample article, split into its Korean and its English half, is a real translation pair.

Copy pairs: two same-language articles are a true pair when they copy one text; the grouping
predicts a pair when it gives them one story. Editions: the reports of an event in the two
languages should meet in one story (an event counts once: one English report joins one Korean
story), and no story may join reports of different events across the languages.

    python -m bench.stories            # figures at the shipped settings
    python -m bench.stories --sweep    # the thresholds around them
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from bench.extraction import extract_item, read_jsonl
from extractors import Article, ExtractionError, extract_file
from index import stories
from index.stories import StoryEntry, StoryIndex, story_text

ROOT = Path(__file__).resolve().parent.parent
COPIES = ROOT / "tests" / "data" / "stories" / "copies.jsonl"
# Gathered after the settings were chosen on COPIES, and measured once with them before any change.
HELDOUT = ROOT / "tests" / "data" / "stories" / "heldout.jsonl"
PAGES = ROOT / "tests" / "data" / "extraction" / "pages.jsonl"
SAMPLE = ROOT / "examples" / "articles" / "gyeonggi-biocom-2024-05-16.txt"  # the sample corpus's article


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    lang: str
    day: date | None
    text: str
    copies: str | None = None
    event: str | None = None


@dataclass(frozen=True, slots=True)
class Scores:
    copy_pairs: int
    predicted_pairs: int
    right_pairs: int
    events: int  # events reported in both languages
    events_linked: int  # ... whose reports in the two languages share a story
    false_links: int  # other-language pairs in one story that report different events
    wrong_pairs: tuple[tuple[str, str], ...]
    missed_pairs: tuple[tuple[str, str], ...]

    @property
    def precision(self) -> float:
        return self.right_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.right_pairs / self.copy_pairs if self.copy_pairs else 1.0

    def lines(self) -> Iterator[str]:
        yield (f"copy pairs: precision {self.precision:.3f} ({self.right_pairs}/{self.predicted_pairs}), "
               f"recall {self.recall:.3f} ({self.right_pairs}/{self.copy_pairs})")  # fmt: skip
        yield (f"editions: {self.events_linked} of {self.events} events reported in both languages linked; "
               f"{self.false_links} links between reports of different events")  # fmt: skip
        for a, b in self.wrong_pairs:
            yield f"  grouped, not copies: {a} / {b}"
        for a, b in self.missed_pairs:
            yield f"  copies left apart: {a} / {b}"


def cases(path: Path = COPIES) -> list[Case]:
    found = []
    for item in read_jsonl(path):
        article = extract_item({"id": item["id"], "url": item["url"], "text": item["text"]})
        if isinstance(article, ExtractionError):
            raise SystemExit(f"{item['id']}: {article}")
        text = story_text(article.title, "\n".join(p.text for p in article.paragraphs))
        # The page's date where it shows one (text, metadata or address), else what the text says
        published = item["published"] or article.published
        day = date.fromisoformat(published[:10]) if published else None
        found.append(Case(item["id"], item["lang"], day, text, item["copies"], item["event"]))
    for item in read_jsonl(PAGES):
        article = extract_item(item)
        if isinstance(article, Article) and article.paragraphs:
            entry_day = date.fromisoformat(article.published[:10]) if article.published else None
            text = story_text(article.title, "\n".join(p.text for p in article.paragraphs))
            found.append(Case(item["id"], article.lang, entry_day, text, item.get("copies")))
    found.extend(sample_halves())
    return found


def sample_halves() -> list[Case]:
    """The sample article's Korean and English paragraphs as two articles: a real translation."""
    if not SAMPLE.is_file():
        return []
    article = extract_file(SAMPLE)
    day = date.fromisoformat(article.published[:10]) if article.published else None
    return [
        Case(f"sample-{lang}", lang, day, _body_in(article, lang), event="sample-translation") for lang in ("ko", "en")
    ]


def _body_in(article: Article, lang: str) -> str:
    return "\n".join(p.text for p in article.paragraphs if p.lang == lang)


def group(found: list[Case]) -> dict[str, str]:
    index = StoryIndex()
    assigned = {}
    for case in found:
        placed, _joined, moved = index.assign(StoryEntry.of(case.id, case.text, case.lang, case.day))
        assigned.update(dict.fromkeys([*moved, case.id], placed.story))
    return assigned


def score(found: list[Case], assigned: dict[str, str]) -> Scores:
    truth, predicted, wrong, missed = 0, 0, [], []
    for a, b in combinations(found, 2):
        if a.lang != b.lang:
            continue
        same_copy = a.copies is not None and a.copies == b.copies
        same_story = assigned[a.id] == assigned[b.id]
        truth += same_copy
        predicted += same_story
        if same_story and not same_copy:
            wrong.append((a.id, b.id))
        if same_copy and not same_story:
            missed.append((a.id, b.id))
    bilingual = {c.event for c in found if c.event and c.lang == "en"} & {
        c.event for c in found if c.event and c.lang == "ko"
    }
    linked = {
        c.event
        for a in found
        for c in found
        if c.event in bilingual and a.lang != c.lang and a.event == c.event and assigned[a.id] == assigned[c.id]
    }
    false = sum(
        1
        for a, b in combinations(found, 2)
        if a.lang != b.lang and assigned[a.id] == assigned[b.id] and (a.event is None or a.event != b.event)
    )
    return Scores(truth, predicted, truth - len(missed), len(bilingual), len(linked), false,
                  tuple(wrong), tuple(missed))  # fmt: skip


def measure(found: list[Case], **settings: Any) -> Scores:
    saved = {name: getattr(stories, name) for name in settings}
    try:
        for name, value in settings.items():
            setattr(stories, name, value)
        return score(found, group(found))
    finally:
        for name, value in saved.items():
            setattr(stories, name, value)


def orders(found: list[Case], count: int) -> Iterator[list[Case]]:
    """The set in file order, then shuffled ``count`` times (seeded): grouping must not depend
    on the order articles arrive in."""
    yield found
    shuffler = random.Random(14)
    for _ in range(count):
        shuffled = found[:]
        shuffler.shuffle(shuffled)
        yield shuffled


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="measure the thresholds around the shipped ones")
    parser.add_argument("--heldout", action="store_true", help="the held-out set instead of the development set")
    args = parser.parse_args(argv)
    found = cases(HELDOUT if args.heldout else COPIES)
    languages = {lang: sum(1 for c in found if c.lang == lang) for lang in ("ko", "en")}
    print(f"{len(found)} articles ({languages['ko']} Korean, {languages['en']} English), "
          f"{len({c.copies for c in found if c.copies})} copied texts")  # fmt: skip
    for line in measure(found).lines():
        print(line)
    shuffled = [measure(order) for order in orders(found, 20)]
    print(f"over 21 arrival orders: precision {min(s.precision for s in shuffled):.3f}-"
          f"{max(s.precision for s in shuffled):.3f}, recall {min(s.recall for s in shuffled):.3f}-"
          f"{max(s.recall for s in shuffled):.3f}, events linked {min(s.events_linked for s in shuffled)}-"
          f"{max(s.events_linked for s in shuffled)} of {shuffled[0].events}, "
          f"false links at most {max(s.false_links for s in shuffled)}")  # fmt: skip
    if not args.sweep:
        return
    for width in (2, 3):
        for jaccard in (0.3, 0.35, 0.4, 0.5):
            for containment in (0.6, 0.7, 0.8):
                result = measure(found, SHINGLE_WORDS=width, MIN_JACCARD=jaccard, MIN_CONTAINMENT=containment)
                print(f"words {width} jaccard {jaccard} containment {containment}: "
                      f"P {result.precision:.3f} R {result.recall:.3f}")  # fmt: skip
    for share in (0.3, 0.4, 0.5, 0.6):
        for figures in (2, 3, 4):
            result = measure(found, MIN_EDITION_SHARE=share, _MIN_EDITION_FIGURES=figures)
            print(f"edition share {share} figures {figures}: linked {result.events_linked}/{result.events}, "
                  f"false {result.false_links}")  # fmt: skip


if __name__ == "__main__":
    main()
