"""Metadata extraction measured on the hand-labelled development set of real news text.

    python -m bench.extraction [--data tests/data/extraction] [--show-misses]

Each line of ``fragments.jsonl`` is a real header or footer (a few lines of a public news page,
with its URL) and the fields a reader sees in it: ``reporters``, ``emails``, ``location``,
``published`` and, where the fragment names one, ``agency``. A field labelled with a value is a
*filled* field; one labelled null or [] is an *empty* field, where any output is a false fill.
Fields a fragment does not label are not scored.

``pages.jsonl`` holds whole page texts with checks: ``title``, ``published``, ``reporters``,
``body_start`` (the body begins with this text), ``body_end`` (ends with it) and ``no_boilerplate``
(none of these strings reach the body).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors import Article, ExtractionError, extract_text, looks_like_html

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "extraction"
FRAGMENT_FIELDS = ("reporters", "emails", "location", "published", "agency")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def extract_item(item: dict[str, Any]) -> Article | ExtractionError:
    try:
        is_html = item.get("format") == "html" or looks_like_html(item["text"])  # as a file would be read
        return extract_text(item["text"], id=item["id"], source=item.get("url", item["id"]), is_html=is_html)
    except ExtractionError as exc:
        return exc


def _normal(name: str, value: Any) -> Any:
    if name in ("reporters", "emails"):
        return sorted(str(v).lower() for v in value or ())
    if name == "agency" and value:
        return value.casefold()  # "mbn" and "MBN" name one outlet
    return value or None


def field_misses(item: dict[str, Any], article: Article | ExtractionError) -> dict[str, tuple[Any, Any]]:
    """The labelled fields this extraction gets wrong: name -> (expected, got)."""
    misses = {}
    for name, expected in item["expect"].items():
        got = None if isinstance(article, ExtractionError) else getattr(article, name)
        if _normal(name, got) != _normal(name, expected):
            misses[name] = (expected, got)
    return misses


@dataclass
class FragmentReport:
    filled: Counter = field(default_factory=Counter)
    filled_right: Counter = field(default_factory=Counter)
    empty: Counter = field(default_factory=Counter)
    false_fills: Counter = field(default_factory=Counter)
    no_record: int = 0
    items: int = 0
    misses: list[tuple[str, dict[str, tuple[Any, Any]]]] = field(default_factory=list)

    def add(self, item: dict[str, Any], article: Article | ExtractionError) -> None:
        self.items += 1
        self.no_record += isinstance(article, ExtractionError)
        misses = field_misses(item, article)
        for name, expected in item["expect"].items():
            if _normal(name, expected):
                self.filled[name] += 1
                self.filled_right[name] += name not in misses
            else:
                self.empty[name] += 1
                self.false_fills[name] += name in misses
        if misses:
            self.misses.append((item["id"], misses))

    @property
    def accuracy(self) -> float:
        return sum(self.filled_right.values()) / max(1, sum(self.filled.values()))

    @property
    def false_fill_rate(self) -> float:
        return sum(self.false_fills.values()) / max(1, sum(self.empty.values()))

    def lines(self) -> list[str]:
        filled, right = sum(self.filled.values()), sum(self.filled_right.values())
        empty, false = sum(self.empty.values()), sum(self.false_fills.values())
        out = [
            f"fragments: {self.items}, no record: {self.no_record}",
            f"filled-field accuracy: {self.accuracy:.3f} ({right}/{filled})",
            f"false fills: {self.false_fill_rate:.3f} ({false}/{empty})",
        ]
        for name in FRAGMENT_FIELDS:
            if self.filled[name] or self.empty[name]:
                accuracy = self.filled_right[name] / max(1, self.filled[name])
                out.append(
                    f"  {name:<10} accuracy {accuracy:.3f} of {self.filled[name]:>3}"
                    f"   false fills {self.false_fills[name]:>2} of {self.empty[name]:>3}"
                )
        return out


def page_check_misses(item: dict[str, Any], article: Article | ExtractionError) -> list[str]:
    """The names of the page checks this extraction fails."""
    checks = item["checks"]
    if isinstance(article, ExtractionError):
        return list(checks)
    body = "\n\n".join(p.text for p in article.paragraphs)
    failed = []
    for name, expected in checks.items():
        if name == "title":
            ok = (article.title or "").strip() == expected
        elif name == "published":
            ok = article.published == expected
        elif name == "reporters":
            ok = _normal("reporters", article.reporters) == _normal("reporters", expected)
        elif name == "body_start":
            ok = body.startswith(expected)
        elif name == "body_end":
            ok = body.rstrip().endswith(expected)
        elif name == "no_boilerplate":
            ok = not any(text in body for text in expected)
        else:
            raise ValueError(f"unknown page check {name!r} in {item['id']}")
        if not ok:
            failed.append(name)
    return failed


def score_fragments(items: list[dict[str, Any]]) -> FragmentReport:
    report = FragmentReport()
    for item in items:
        report.add(item, extract_item(item))
    return report


def score_pages(items: list[dict[str, Any]]) -> tuple[Counter, Counter, list[tuple[str, list[str]]]]:
    total, passed, misses = Counter(), Counter(), []
    for item in items:
        failed = page_check_misses(item, extract_item(item))
        for name in item["checks"]:
            total[name] += 1
            passed[name] += name not in failed
        if failed:
            misses.append((item["id"], failed))
    return total, passed, misses


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    fragments = read_jsonl(args.data / "fragments.jsonl")
    report = score_fragments(fragments)
    print("\n".join(report.lines()))
    outlets = len({item["outlet"] for item in fragments})
    print(f"  outlets: {outlets}")
    if args.show_misses:
        for id_, misses in report.misses:
            print(f"  miss {id_}: {misses}")
    pages_path = args.data / "pages.jsonl"
    if pages_path.exists():
        pages = read_jsonl(pages_path)
        total, passed, misses = score_pages(pages)
        share = sum(passed.values()) / max(1, sum(total.values()))
        print(f"pages: {len(pages)}, checks passed: {share:.3f} ({sum(passed.values())}/{sum(total.values())})")
        for name in total:
            print(f"  {name:<15} {passed[name]}/{total[name]}")
        if args.show_misses:
            for id_, failed in misses:
                print(f"  miss {id_}: {failed}")


if __name__ == "__main__":
    main()
