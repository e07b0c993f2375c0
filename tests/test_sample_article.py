"""The reference article must come out exactly as the issue states."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import Article, extract_file
from extractors.decode import normalize_text


@pytest.fixture(scope="module")
def article(sample_path: Path) -> Article:
    return extract_file(sample_path, root=sample_path.parent)


def test_header_fields(article: Article) -> None:
    assert article.id == "gyeonggi-biocom-2024-05-16.txt"
    assert article.title == "김동연, 미국 내 최대 바이오협회 바이오콤 캘리포니아·일루미나 방문"
    assert article.reporters == ("강대웅",)
    assert article.location == "수원"
    assert article.published == "2024-05-16T16:57:00+09:00"
    assert article.updated is None
    assert article.encoding == "utf-8"
    assert article.lang == "ko"


def test_subtitles_captions_credits(article: Article) -> None:
    assert len(article.subtitles) == 5
    assert article.subtitle_langs == ("ko", "ko", "en", "en", "en")
    assert (
        article.subtitles[2]
        == "Dong-yeon Kim visits Biocom California, the largest biotechnology association in the U.S."
    )
    assert article.captions == (
        "김동연 경기도지사가 15일(현지시간) 오전 샌디에이고에 위치한 바이오콤 CA 본사를 찾아 "
        "조 파네타(Joseph Panetta) 회장과 인사를 나누고 있다.",
    )
    assert article.photo_credits == ("경기도",)


def test_body_split_by_language(article: Article) -> None:
    langs = [p.lang for p in article.paragraphs]
    assert langs.count("ko") == 18 and langs.count("en") == 18 and len(langs) == 36
    for metadata in ("강대웅", "입력", "2024-05-16", "[사진=경기도]", "인사를 나누고 있다"):
        assert metadata not in article.body_ko
        assert metadata not in article.body_en
    assert article.body_ko.startswith("국제교류협력 강화와 해외투자 유치를 위해")
    assert article.body_en.startswith("Gyeonggi Province Governor Dong-yeon Kim is visiting")


def test_paragraph_offsets_point_into_the_normalized_text(article: Article, sample_path: Path) -> None:
    text = normalize_text(sample_path.read_text(encoding="utf-8"))
    for para in article.paragraphs:
        assert text[para.start : para.end] == para.text


def test_all_eighteen_translation_pairs(article: Article) -> None:
    paras = article.paragraphs
    pairs = {(i, p.pair) for i, p in enumerate(paras) if p.pair is not None}
    assert len(pairs) == 36
    for i, j in pairs:
        assert paras[j].pair == i and {paras[i].lang, paras[j].lang} == {"ko", "en"}
    english = next(i for i, p in enumerate(paras) if p.text.startswith("With more than 1,800 member companies"))
    assert paras[paras[english].pair].text.startswith("바이오콤 CA는 미국 내 최대 바이오협회로 1800개 사")


def test_record_round_trips_through_dict(article: Article) -> None:
    data = article.as_dict()
    assert data["body_ko"] == article.body_ko
    assert Article.from_dict(data) == article
