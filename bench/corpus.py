"""A deterministic corpus of realistic news articles for benchmarks.

Korean sentences come from real public text shipped in the ``konlpy`` wheel (the Korean
constitution and National Assembly bills; no Java needed, the files are read directly), and
from the example articles; English sentences from the examples. Articles vary in format (text,
HTML with JSON-LD, English wire copy, bilingual blocks), byline, dateline and timestamp
styles, and some are CP949-encoded. The same seed gives the same corpus.

    python -m bench.corpus OUT_DIR --count 10000 --seed 7
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from extractors import extract_file

__all__ = ["generate", "sentence_pools"]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ["민준", "서연", "지훈", "하은", "도윤", "수빈", "현우", "지민", "예준", "유진", "대웅", "동연", "영희", "철수"]
PLACES = ["서울", "수원", "세종", "부산", "인천", "대구", "광주", "대전", "울산", "제주", "워싱턴", "도쿄", "베이징"]
AGENCIES = ["연합뉴스", "뉴시스", "뉴스1"]
EN_NAMES = ["Kim Hyun-bin", "Lee Min-ji", "Park Sang-woo", "Choi Ji-won", "Jane Doe", "John Roe"]
EN_PLACES = ["SEOUL", "BUSAN", "WASHINGTON", "TOKYO", "SEJONG"]


def _konlpy_texts() -> list[str]:
    spec = importlib.util.find_spec("konlpy")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("the benchmark corpus needs the konlpy wheel: pip install --no-deps konlpy==0.6.0")
    corpus = Path(next(iter(spec.submodule_search_locations))) / "data" / "corpus"
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]


def sentence_pools() -> tuple[list[str], list[str]]:
    """Korean and English sentences, cleaned of page numbers and hard line wraps."""
    korean: list[str] = []
    english: list[str] = []
    examples = [extract_file(p) for p in sorted(EXAMPLES.iterdir())]
    for text in _konlpy_texts() + [a.body_ko for a in examples]:
        flat = re.sub(r"\s+", " ", re.sub(r"-\s*\d+\s*-", " ", text))
        korean += [s.strip() for s in re.split(r"(?<=[다임음함])\.\s+", flat) if 20 <= len(s.strip()) <= 300]
    for article in examples:
        english += [s.strip() for s in re.split(r"(?<=[.”])\s+(?=[A-Z“])", article.body_en) if len(s.strip()) >= 20]
    return [s if s.endswith(".") else s + "." for s in korean], english


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _timestamp(rng: random.Random, day: int) -> tuple[str, str]:
    month, date_, hour, minute = 1 + day % 12, 1 + day % 28, rng.randrange(6, 23), rng.randrange(60)
    styles = [
        f"입력 2024-{month:02d}-{date_:02d} {hour:02d}:{minute:02d}",
        f"입력 2024.{month:02d}.{date_:02d} {hour:02d}:{minute:02d} | 수정 2024.{month:02d}.{date_:02d} 23:10",
        f"기사입력 2024-{month:02d}-{date_:02d} {'오후' if hour >= 12 else '오전'} {hour % 12 or 12}:{minute:02d}",
        f"2024년 {month:02d}월 {date_:02d}일 {hour:02d}시 {minute:02d}분",
        f"등록 2024-{month:02d}-{date_:02d} {hour:02d}:{minute:02d}:00",
    ]
    return rng.choice(styles), f"2024-{month:02d}-{date_:02d}T{hour:02d}:{minute:02d}:00+09:00"


def _byline(rng: random.Random) -> tuple[str, str]:
    """A header line, and the prefix glued to the first body paragraph (may be empty)."""
    name, place = _name(rng), rng.choice(PLACES)
    agency = rng.choice(AGENCIES)
    return rng.choice([
        (f"{place}={name} 기자", ""),
        (f"{name} 기자 {rng.choice('abcdefgh')}{rng.randrange(99)}@example.com", ""),
        ("", f"({place}={agency}) {name} 기자 = "),
        ("", f"[{place}={agency}]{name} 기자 = "),
        (f"{name}·{_name(rng)} 기자", ""),
    ])  # fmt: skip


def _paragraphs(rng: random.Random, pool: list[str], low: int, high: int) -> list[str]:
    return [" ".join(rng.sample(pool, rng.randrange(2, 5))) for _ in range(rng.randrange(low, high))]


def _korean_text(rng: random.Random, korean: list[str], english: list[str], day: int) -> str:
    title = rng.choice(korean)[:60].rstrip(" .")
    header, prefix = _byline(rng)
    stamp, _ = _timestamp(rng, day)
    body = _paragraphs(rng, korean, 4, 12)
    body[0] = prefix + body[0]
    lines = [title, "", header, stamp, ""] if header else [title, "", stamp, ""]
    if rng.random() < 0.3:
        lines += [f"{rng.choice(korean)[:80]} [사진={rng.choice(PLACES)}시]", ""]
    if rng.random() < 0.25:  # bilingual: an English block before the Korean one
        lines += [*_paragraphs(rng, english, 2, 5), ""]
    return "\n".join([*lines, "\n\n".join(body), "", "<저작권자 ⓒ 뉴스, 무단전재 및 재배포 금지>"])


def _html_page(rng: random.Random, korean: list[str], day: int) -> str:
    title = rng.choice(korean)[:60].rstrip(" .")
    name = _name(rng)
    stamp, iso = _timestamp(rng, day)
    body = "".join(f"<p>{html.escape(p)}</p>" for p in _paragraphs(rng, korean, 4, 12))
    author = {"name": f"{name} 기자"}
    ld = json.dumps({"@type": "NewsArticle", "headline": title, "datePublished": iso, "author": author},
                    ensure_ascii=False)  # fmt: skip
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)} - 뉴스</title>"
        f"<script type='application/ld+json'>{ld}</script></head><body><nav class='gnb'>홈 정치 경제</nav>"
        f"<h1>{html.escape(title)}</h1><div class='byline'>{name} 기자</div><div class='date'>{stamp}</div>"
        f"<div id='articleBody'>{body}<div class='ad'>광고</div></div><footer>회사 소개</footer></body></html>"
    )


def _wire_text(rng: random.Random, english: list[str], day: int) -> str:
    title = rng.choice(english)[:70].rstrip(" .")
    month = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."][day % 12]
    body = _paragraphs(rng, english, 3, 8)
    body[0] = f"{rng.choice(EN_PLACES)}, {month} {1 + day % 28} (Yonhap) -- " + body[0]
    return "\n\n".join([title, f"By {rng.choice(EN_NAMES)}", *body, "(END)"])


def generate(out: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` articles under ``out`` (in subfolders of 1,000) and return their paths."""
    rng = random.Random(seed)
    korean, english = sentence_pools()
    paths = []
    for number, (suffix, data) in enumerate(_articles(rng, korean, english, count)):
        path = out / f"{number // 1000:03d}" / f"article-{number:06d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    return paths


def _articles(rng: random.Random, korean: list[str], english: list[str], count: int) -> Iterator[tuple[str, bytes]]:
    for number in range(count):
        kind = rng.random()
        if kind < 0.55:
            text = _korean_text(rng, korean, english, number)
            yield ".txt", text.encode("cp949" if rng.random() < 0.15 else "utf-8", errors="replace")
        elif kind < 0.8:
            yield ".html", _html_page(rng, korean, number).encode("utf-8")
        else:
            yield ".txt", _wire_text(rng, english, number).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate a benchmark corpus.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.count, args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
