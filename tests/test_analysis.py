"""The Kiwi analyzer: offsets, part-of-speech filtering, compounds, pickling."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from extractors import extract_file
from index import kiwi_model
from index.analysis import korean_analyzer
from index.schema import build_schema, field_texts


def tokens(text: str, mode: str = "index") -> list[tuple[str, int, int, int]]:
    analyzer = korean_analyzer()
    return [(t.text, t.pos, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True, mode=mode)]


@pytest.mark.parametrize(
    "text",
    [
        "  바이오산업 육성",  # leading spaces
        "바이오\r\n산업\r\n협력",  # CRLF line ends
        "😀 바이오콤 🇰🇷 협력관계를",  # emoji, including a flag made of two code points
        "𠀀𠀁 경기도 바이오",  # astral-plane (surrogate-pair) Hanja
        "Biocom CA의 partnerships, Europe. 다음",
    ],
)
def test_offsets_land_on_the_original_characters(text: str) -> None:
    for token_text, _pos, start, end in tokens(text):
        original = text[start:end]
        assert original.lower() == token_text or original.lower().startswith(token_text[:3]), (token_text, original)


def test_particles_and_endings_are_dropped() -> None:
    texts = [t[0] for t in tokens("협력관계를 만들었으면 한다")]
    assert "를" not in texts and "었" not in texts and "으면" not in texts
    assert {"협력", "관계", "만들"} <= set(texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("바이오산업", {"바이오산업", "바이오", "산업"}),  # dictionary compound kept with its parts
        ("협력관계를", {"협력관계", "협력", "관계"}),  # Kiwi's split joined back
        ("바이오콤", {"바이오콤", "바이오"}),  # unknown noun gives its known prefix
        # A name Kiwi keeps whole, split into dictionary nouns, one with a one-syllable suffix
        # (명품+화): a question's "알밤 명품화 센터" finds it (it used to give 공주 only).
        ("공주알밤명품화진흥센터", {"공주알밤명품화진흥센터", "공주", "알밤", "명품화", "진흥", "센터"}),
        # Entries Kiwi's dictionary writes in several words are kept with their words (less
        # their particles), which a question names alone ("스케치북", "감염증").
        ("유희열의 스케치북 고정 코너", {"유희열의 스케치북", "유희열", "스케치북", "고정"}),
        ("신종 코로나바이러스 감염증(코로나19)", {"신종 코로나바이러스 감염증", "신종", "코로나바이러스", "감염증"}),
        ("'분노의 질주: 라이드 오어 다이'가", {"분노", "질주", "라이드", "오어", "다이"}),
    ],
)
def test_compounds_index_whole_and_parts(text: str, expected: set[str]) -> None:
    assert expected <= {t[0] for t in tokens(text)}


def test_compound_positions_let_phrases_match_either_segmentation() -> None:
    alone = [(t, p) for t, p, _s, _e in tokens("바이오산업 육성")]
    in_context = [(t, p) for t, p, _s, _e in tokens("바이오산업 육성을 위해")]
    assert ("바이오", 0) in alone and ("산업", 1) in alone and ("육성", 2) in alone
    assert ("바이오", 0) in in_context and ("산업", 1) in in_context and ("육성", 2) in in_context


@pytest.mark.parametrize(
    "word", ["바이오", "바이오산업", "파트너십", "협력", "일루미나", "김동연", "경기도경제과학진흥원"]
)
def test_short_queries_analyse_like_the_text(word: str) -> None:
    query_terms = [t[0] for t in tokens(word, mode="query")]
    index_terms = {t[0] for t in tokens(f"그는 {word}에 대해 말했다")}
    assert query_terms and set(query_terms) <= index_terms


def test_latin_words_are_rejoined_lowercased_and_stemmed() -> None:
    terms = [t[0] for t in tokens("demand. Europe. startups 1,800개")]
    assert terms == ["demand", "europ", "startup", "1800", "1800개"]


def test_analyzer_pickles_without_the_model_and_reopens(tmp_path) -> None:
    analyzer = korean_analyzer()
    list(analyzer("바이오"))  # make sure the model is loaded in this process
    restored = pickle.loads(pickle.dumps(analyzer))
    assert restored == analyzer
    assert len(pickle.dumps(analyzer)) < 2000
    whoosh_index.create_in(str(tmp_path), build_schema())
    reopened = whoosh_index.open_dir(str(tmp_path))
    assert [t.text for t in reopened.schema["body_ko"].analyzer("바이오산업")] == [
        t.text for t in analyzer("바이오산업")
    ]


def _corpus_texts() -> list[str]:
    root = Path(__file__).resolve().parent
    lines = (root / "relevance/constitution/docs.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    for path in sorted((root.parent / "examples/articles").iterdir()):
        texts += list(field_texts(extract_file(path)).values())
    return texts


EDGE_TEXTS = [
    "Korea's GDP rose 1,800 won in Europe. 바이오산업 육성을 위해",
    "  \r\n바이오콤 😀 𝐀𝐁 CA의 LOI(의향서)",
    "The and of 협력관계를 a",
    "partnership 2024",  # Latin only: no Kiwi
    "美국무부 與野 韓美 前 대통령 中国 July 02",  # headline Hanja, a leading zero
    "",
]


def test_index_shortcut_yields_what_the_chain_yields() -> None:
    analyzer = korean_analyzer()
    for text in [*EDGE_TEXTS, *_corpus_texts()]:
        chain = [(t.text, t.pos, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True)]
        assert analyzer.index_terms(text) == chain, text[:60]


def test_a_text_two_prefetched_chunks_share_stays_until_both_release_it() -> None:
    shared, own = "경기도 사진 제공", "수원시 공동취재단"
    first = kiwi_model.prefetch([shared, own])
    second = kiwi_model.prefetch([shared])
    kiwi_model.release(first)
    assert kiwi_model.tokens(shared) is kiwi_model.tokens(shared)  # still the prefetched list
    assert kiwi_model.tokens(own) is not kiwi_model.tokens(own)  # analysed anew each time
    kiwi_model.release(second)
    assert kiwi_model.tokens(shared) is not kiwi_model.tokens(shared)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("美국무부 비핵화 외교", "미국 국무부는 비핵화 외교"),  # one character for a country, glued or not
        ("與野 합의", "여야가 합의했다"),  # a run read syllable by syllable
        ("韓美 정상회담", "한미 정상회담"),
        ("對北 제재", "대북 제재"),
        ("최상목, 美무디스에", "최상목 부총리가 미국 무디스에"),  # Kiwi glues 美 to the noun after it
    ],
)
def test_headline_hanja_are_read_as_the_body_writes_them(headline: str, body: str) -> None:
    analyzer = korean_analyzer()
    asked = {t.text for t in analyzer(headline, mode="query")}
    indexed = {t.text for t in analyzer(body)}
    assert asked <= indexed, (asked - indexed, indexed)


def test_headline_hanja_keep_their_offsets_and_surnames_stay() -> None:
    tokens = [(t.text, t.startchar, t.endchar) for t in korean_analyzer()("前 대통령 尹, 美 방문", chars=True)]
    assert ("미국", 9, 10) in tokens  # highlighting marks the character the text has
    assert "尹" in {text for text, _s, _e in tokens}  # a surname names different people in different years
    assert "전" not in {text for text, _s, _e in tokens}  # a prefix alone ("前 대통령") says nothing


@pytest.mark.parametrize("text", ["'분노의 질주: 라이드 오어 다이'가 7일 연속", "유희열의 스케치북 고정 코너"])
def test_the_words_of_an_entry_point_at_themselves(text: str) -> None:
    """Highlights come from the stored spans: each word of a several-word entry spans itself."""
    for word, _pos, start, end in tokens(text):
        assert text[start:end] == word, (word, text[start:end])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5월 15일에", {("5", 0), ("5월", 0), ("15", 1), ("15일", 1)}),  # a date: each number with its counter
        ("22대 국회", {("22", 0), ("22대", 0)}),
        ("제7회 대회", {("7", 0), ("7회", 0)}),  # the prefix 제 is dropped
        ("1,800명이 05월에", {("1800", 0), ("1800명", 0), ("5", 1), ("5월", 1)}),  # the number as it is indexed
        ("3분기 실적", {("3", 0), ("3분기", 0)}),  # a noun after a number counts it too (분기 stays a word)
        ("100만 원", {("100", 0), ("100만", 0)}),
        ("5 G 네트워크와 30% 3.5배", {("5", 0), ("30", 4), ("3.5", 5), ("3.5배", 5)}),  # apart, or a symbol: alone
    ],
)
def test_numbers_are_indexed_with_their_counters(text: str, expected: set[tuple[str, int]]) -> None:
    """5월 is stacked on 5: a question's 5월 asks for a rare term, and a query for 5 still finds it."""
    numbers = [(term, pos, start, end) for term, pos, start, end in tokens(text) if term[0].isdigit()]
    assert {(term, pos) for term, pos, _s, _e in numbers} == expected
    for term, _pos, start, end in numbers:  # highlights mark what the text writes
        assert text[start:end].replace(",", "").lstrip("0") == term, (term, text[start:end])


def test_query_mode_keeps_the_bare_number_for_phrases() -> None:
    assert [(t, p) for t, p, _s, _e in tokens("5월 15일", mode="query")] == [("5", 0), ("15", 1)]
