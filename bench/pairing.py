"""Translation pairing measured on real translated paragraphs laid out as real pages lay them out.

    python -m bench.pairing

The paragraphs are the sample article's (../shared/corpus: a Korean press release and its
English edition, 18 translation pairs in three blocks). Each layout rearranges them the way
bilingual pages do, and knows which paragraphs translate which:

- ``blocks``: as published, English block then Korean block, three times;
- ``interleaved``: each Korean paragraph followed by its English one;
- ``one-to-many``: every English paragraph cut into its sentences, one paragraph each;
- ``truncated``: the page ends early, the last English paragraphs of each block are gone;
- ``korean-first``: each Korean block before its English block;
- ``unrelated``: Korean paragraphs beside English paragraphs that do not translate them
  (real wire leads from the extraction dev set): every pair found there is false.

Recall is the share of true (English, Korean) links found; false pairs the share of links
found that are wrong. Then real bilingual pages (``tests/data/pairing/real.jsonl``: language-study
pages that translate news paragraph by paragraph or line by line, and a blog's headline/summary
blocks), extracted as ingest extracts them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractors import extract_file, extract_text
from extractors.language import detect_lang
from extractors.pairing import align_translations

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "corpus" / "gyeonggi-biocom-2024-05-16.txt"
EXAMPLE = ROOT / "examples" / "articles" / "gyeonggi-biocom-2024-05-16.txt"
FRAGMENTS = ROOT / "tests" / "data" / "extraction" / "fragments.jsonl"
REAL = ROOT / "tests" / "data" / "pairing" / "real.jsonl"
HELDOUT = ROOT / "tests" / "data" / "pairing" / "heldout.jsonl"
_SENTENCE_RE = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


@dataclass(frozen=True)
class Layout:
    name: str
    texts: list[str]
    truth: set[tuple[int, int]]  # (English index, Korean index) links


def sample_blocks() -> list[tuple[list[str], list[str]]]:
    """The sample's (English block, Korean block) pairs, in order, as published."""
    path = SAMPLE if SAMPLE.exists() else EXAMPLE
    paragraphs = extract_file(path).paragraphs
    blocks: list[tuple[list[str], list[str]]] = []
    index = 0
    while index < len(paragraphs):
        run_en = []
        while index < len(paragraphs) and paragraphs[index].lang == "en":
            run_en.append(paragraphs[index].text)
            index += 1
        run_ko = []
        while index < len(paragraphs) and paragraphs[index].lang == "ko":
            run_ko.append(paragraphs[index].text)
            index += 1
        if run_en and run_ko:
            blocks.append((run_en, run_ko))
    return blocks


def _concat(parts: list[tuple[list[str], list[tuple[int, int]]]]) -> tuple[list[str], set[tuple[int, int]]]:
    texts: list[str] = []
    truth: set[tuple[int, int]] = set()
    for block_texts, links in parts:
        base = len(texts)
        texts += block_texts
        truth |= {(base + en, base + ko) for en, ko in links}
    return texts, truth


def layouts(blocks: list[tuple[list[str], list[str]]] | None = None) -> Iterator[Layout]:
    """The layouts above, of the sample's blocks or of the (English, Korean) ``blocks`` given."""
    blocks = sample_blocks() if blocks is None else blocks
    parts = [(en + ko, [(i, len(en) + i) for i in range(len(en))]) for en, ko in blocks]
    yield Layout("blocks", *_concat(parts))
    parts = [(ko + en, [(len(ko) + i, i) for i in range(len(en))]) for en, ko in blocks]
    yield Layout("korean-first", *_concat(parts))
    interleaved = []
    for en, ko in blocks:
        for e, k in zip(en, ko, strict=True):
            interleaved.append(([k, e], [(1, 0)]))
    yield Layout("interleaved", *_concat(interleaved))
    parts = []
    for en, ko in blocks:
        sentences = [(i, s) for i, text in enumerate(en) for s in _SENTENCE_RE.split(text)]
        texts = [s for _, s in sentences] + ko
        parts.append((texts, [(n, len(sentences) + i) for n, (i, _) in enumerate(sentences)]))
    yield Layout("one-to-many", *_concat(parts))
    parts = []
    for en, ko in blocks:
        kept = en[: max(1, len(en) - 2)]
        parts.append((kept + ko, [(i, len(kept) + i) for i in range(len(kept))]))
    yield Layout("truncated", *_concat(parts))
    yield Layout("unrelated", *_unrelated(blocks))


def page_blocks() -> list[tuple[str, list[str], list[str]]]:
    """Each real page's labelled pairs as one (id, English block, Korean block): its translations
    without its own layout, so that each can be laid out as the sample's are."""
    pages = []
    for item in real_pages(REAL) + real_pages(HELDOUT):
        paragraphs = [p.text for p in extract_text(item["text"], id=item["id"], source=item["url"]).paragraphs]
        english: list[str] = []
        korean: list[str] = []
        for e, k in item["pairs"]:
            en = next((text for text in paragraphs if text.startswith(e)), None)
            ko = next((text for text in paragraphs if text.startswith(k)), None)
            if en and ko and en not in english and ko not in korean:
                english.append(en)
                korean.append(ko)
        if len(english) >= 2:
            pages.append((item["id"], english, korean))
    return pages


def unrelated_pages(pages: list[tuple[str, list[str], list[str]]]) -> Iterator[Layout]:
    """Each page's Korean beside the next page's English, as blocks or line by line: the same kind
    of text (study pages, editorials), equally many paragraphs, no translation."""
    for (_, _, korean), (_, english, _) in zip(pages, pages[1:] + pages[:1], strict=True):
        n = min(len(english), len(korean))
        yield Layout("unrelated blocks", english[:n] + korean[:n], set())
        line_by_line = [text for pair in zip(korean[:n], english[:n], strict=True) for text in pair]
        yield Layout("unrelated line by line", line_by_line, set())


def _unrelated(blocks: list[tuple[list[str], list[str]]]) -> tuple[list[str], set[tuple[int, int]]]:
    leads = []
    with FRAGMENTS.open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            for para in item["text"].split("\n"):
                if len(para) > 80 and detect_lang(para) == "en":
                    leads.append(para.strip())
    korean = [k for _, ko in blocks for k in ko]
    texts = []
    for n, ko in enumerate(korean[:12]):
        texts += [ko, leads[n % len(leads)]]
    return texts, set()


def score(layout: Layout) -> tuple[int, int, int]:
    """(true links found, links found, true links) for one layout."""
    langs = [detect_lang(t) for t in layout.texts]
    pairs = align_translations(langs, layout.texts)
    found = {(i, j) for i, j in enumerate(pairs) if j is not None and langs[i] == "en"}
    return len(found & layout.truth), len(found), len(layout.truth)


def real_pages(path: Path = REAL) -> list[dict[str, Any]]:
    """Real bilingual pages (``tests/data/pairing/real.jsonl``): each page's text as stored and
    its translation pairs, named by the first words of the English and the Korean paragraph.
    ``heldout.jsonl`` holds pages gathered after the rules were written, measured as they came."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_page(item: dict[str, Any]) -> tuple[int, int, int]:
    """(true links found, links found, true links) for one real page, extracted as ingest does."""
    article = extract_text(item["text"], id=item["id"], source=item["url"])
    paragraphs = article.paragraphs
    found = [(p.text, paragraphs[p.pair].text) for p in paragraphs if p.lang == "en" and p.pair is not None]
    truth = [tuple(pair) for pair in item["pairs"]]
    right = sum(any(en.startswith(e) and ko.startswith(k) for e, k in truth) for en, ko in found)
    return right, len(found), len(truth)


def _line(name: str, right: int, found: int, truth: int) -> str:
    recall = right / truth if truth else 1.0
    false = (found - right) / found if found else 0.0
    return f"{name:<38} links {truth:>3}  found {found:>3}  recall {recall:.3f}  false pairs {false:.3f}"


def _print_totals(named: Iterator[tuple[str, tuple[int, int, int]]], total_name: str) -> None:
    totals: dict[str, list[int]] = {}
    for name, figures in named:
        totals[name] = [a + b for a, b in zip(totals.get(name, [0, 0, 0]), figures, strict=True)]
    for name, figures in totals.items():
        print(_line(name, *figures))
    print(_line(total_name, *(sum(column) for column in zip(*totals.values(), strict=True))))


def main() -> None:
    _print_totals(((layout.name, score(layout)) for layout in layouts()), "all layouts")
    # The same layouts of the real pages' translations, one page at a time: prose with few
    # figures or names, where the sample's evidence-rich paragraphs hide what length alone can do.
    pages = page_blocks()
    print(f"\nThe layouts of {sum(len(en) for _, en, _ in pages)} real pairs from {len(pages)} pages:")
    real_layouts = (layout for _, en, ko in pages for layout in layouts([(en, ko)]) if layout.name != "unrelated")
    _print_totals(((layout.name, score(layout)) for layout in real_layouts), "all layouts of real pairs")
    _print_totals(((layout.name, score(layout)) for layout in unrelated_pages(pages)), "all unrelated")
    for path, name in ((REAL, "all real pages"), (HELDOUT, "all held-out pages")):
        print()
        _print_totals(((item["id"], score_page(item)) for item in real_pages(path)), name)


if __name__ == "__main__":
    main()
