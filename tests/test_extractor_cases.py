"""Table-driven extraction cases in the formats real Korean and English outlets use."""

from __future__ import annotations

from typing import Any

import pytest

from extractors import Article, ExtractionError, extract_text, looks_like_html
from extractors.decode import decode_bytes
from extractors.page_text import is_menu_line

BODY = "정부는 16일 새 지원책을 발표했다고 밝혔다. 이번 대책은 중소기업의 수출을 돕기 위한 것이다."
EN_BODY = "The government announced a new support package on Thursday to help small exporters."


def extract(text: str) -> Article:
    return extract_text(text, id="case", source="case")


def check(article: Article, expected: dict[str, Any]) -> None:
    for field, value in expected.items():
        if field == "reporters":
            assert [r.lower() for r in article.reporters] == [v.lower() for v in value], article.reporters
        elif field == "body_starts":
            assert (article.body_ko or article.body_en).startswith(value), article.paragraphs
        elif field == "body_ends":
            assert (article.body_ko or article.body_en).endswith(value), article.paragraphs
        elif field == "body_lacks":
            assert value not in article.body_ko + article.body_en, article.paragraphs
        elif field == "paragraphs":  # each paragraph once
            texts = [p.text for p in article.paragraphs]
            assert len(texts) == len(set(texts)), texts
        else:
            assert getattr(article, field) == value, (field, getattr(article, field))


BYLINES = [
    ("dateline", f"제목\n\n수원=강대웅 기자\n{BODY}", {"reporters": ["강대웅"], "location": "수원"}),
    ("yonhap", f"제목\n\n(서울=연합뉴스) 홍길동 기자 = {BODY}",
     {"reporters": ["홍길동"], "location": "서울", "agency": "연합뉴스", "body_starts": "정부는 16일"}),
    ("newsis", f"제목\n\n[서울=뉴시스]홍길동 기자 = {BODY}",
     {"reporters": ["홍길동"], "location": "서울", "agency": "뉴시스", "body_starts": "정부는"}),
    ("news1", f"제목\n\n(부산=뉴스1) 김영희 기자 = {BODY}", {"reporters": ["김영희"], "location": "부산", "agency": "뉴스1"}),
    ("sejong", f"제목\n\n(세종=연합뉴스) 박철수 이영희 기자 = {BODY}", {"location": "세종", "agency": "연합뉴스"}),
    ("two names", f"제목\n\n홍길동·김철수 기자\n{BODY}", {"reporters": ["홍길동", "김철수"]}),
    ("comma names", f"제목\n\n홍길동, 김철수 기자\n{BODY}", {"reporters": ["홍길동", "김철수"]}),
    ("email", f"제목\n\n홍길동 기자 hong@example.com\n{BODY}", {"reporters": ["홍길동"], "emails": ("hong@example.com",)}),
    ("email in parens", f"제목\n\n홍길동 기자 (hong@example.com)\n{BODY}", {"emails": ("hong@example.com",)}),
    ("correspondent", f"제목\n\n워싱턴=홍길동 특파원\n{BODY}", {"reporters": ["홍길동"], "location": "워싱턴"}),
    ("senior", f"제목\n\n홍길동 선임기자\n{BODY}", {"reporters": ["홍길동"]}),
    ("intern", f"제목\n\n홍길동 인턴기자\n{BODY}", {"reporters": ["홍길동"]}),
    ("specialist", f"제목\n\n홍길동 전문기자\n{BODY}", {"reporters": ["홍길동"]}),
    ("trainee", f"제목\n\n홍길동 수습기자\n{BODY}", {"reporters": ["홍길동"]}),
    ("text and photo", f"제목\n\n글·사진=홍길동 기자\n{BODY}", {"reporters": ["홍길동"], "location": None}),
    ("broadcaster", f"제목\n\n[한국방송/홍길동기자]\n{BODY}", {"reporters": ["홍길동"], "agency": "한국방송"}),
    ("outlet in brackets", f"제목\n\n[헤럴드경제=홍길동 기자] {BODY}",
     {"reporters": ["홍길동"], "location": None, "agency": "헤럴드경제", "body_starts": "정부는"}),
    ("outlet with spaces", f"제목\n\n(아시아경제 = 홍길동 기자) {BODY}", {"reporters": ["홍길동"], "location": None}),
    ("two-word place", f"제목\n\n경기 수원=홍길동 기자\n{BODY}", {"location": "경기 수원"}),
    ("outlet reporter", f"제목\n\n[이데일리 홍길동 기자]\n{BODY}", {"reporters": ["홍길동"], "agency": "이데일리"}),
    ("footer byline", f"제목\n\n{BODY}\n\n홍길동 기자 hong@example.com",
     {"reporters": ["홍길동"], "emails": ("hong@example.com",), "body_ends": "것이다."}),
    ("glued footer", f"제목\n\n{BODY} 홍길동 기자 hong@example.com",
     {"reporters": ["홍길동"], "body_ends": "것이다.", "body_lacks": "hong@"}),
    ("quoted person is no reporter", f"제목\n\n{BODY}\n\n김철수 대표는 \"기대가 크다\"고 말했다.", {"reporters": []}),
    ("reporter in body sentence", f"제목\n\n{BODY}\n\n홍길동 기자는 현장을 찾았다.", {"reporters": []}),
    ("english byline", f"Title\n\nBy Kim Hyun-bin\n\n{EN_BODY}", {"reporters": ["Kim Hyun-bin"]}),
    ("capital byline", f"Title\n\nBY JOHN SMITH\n\n{EN_BODY}", {"reporters": ["John Smith"]}),
    ("two english", f"Title\n\nBy Jane Doe and John Roe\n\n{EN_BODY}", {"reporters": ["Jane Doe", "John Roe"]}),
    ("desk byline", f"Title\n\nBy Yonhap\n\n{EN_BODY}", {"reporters": []}),
    ("staff byline", f"Title\n\nBy UPI Staff\n\n{EN_BODY}", {"reporters": []}),
    ("yonhap dateline", f"Title\n\nSEOUL, May 16 (Yonhap) -- {EN_BODY}",
     {"location": "SEOUL", "agency": "Yonhap", "published": None, "body_starts": "The government"}),
    ("reuters dateline", f"Title\n\nSEOUL, May 16 (Reuters) - {EN_BODY}", {"location": "SEOUL", "agency": "Reuters"}),
    ("country dateline", f"Title\n\nSEOUL, South Korea -- {EN_BODY}", {"location": "SEOUL, South Korea"}),
    ("two cities", f"Title\n\nTOKYO/SEOUL (Reuters) - {EN_BODY}", {"location": "TOKYO/SEOUL", "agency": "Reuters"}),
    ("labelled byline", f"제목\n\n기자명 홍길동\n입력 2024.05.16. 16:57\n{BODY}", {"reporters": ["홍길동"], "published": "2024-05-16T16:57:00+09:00"}),
    ("osen", f"제목\n\n[OSEN=홍길동 기자] {BODY}", {"reporters": ["홍길동"], "agency": "OSEN", "location": None, "body_starts": "정부는"}),
    ("pipe after byline", f"제목\n\n(대구=뉴스1) 홍길동 기자 | {BODY}", {"location": "대구", "agency": "뉴스1", "body_starts": "정부는"}),
    ("joongang caps email", f"Title\n\nBY LEE TAE-HEE [lee.taehee@joongang.co.kr]\n\n{EN_BODY}", {"reporters": ["Lee Tae-hee"], "emails": ("lee.taehee@joongang.co.kr",)}),
    ("herald email", f"Title\n\nBy Kim So-hyun (sohyun@heraldcorp.com)\n\n{EN_BODY}", {"reporters": ["Kim So-hyun"], "emails": ("sohyun@heraldcorp.com",)}),
    ("name and agency", f"Title\n\nBy Kim Jae-heun, Yonhap\n\n{EN_BODY}", {"reporters": ["Kim Jae-heun"], "agency": "Yonhap"}),
    ("slash footer", f"제목\n\n{BODY}\n\n/홍길동 기자 hong@example.com", {"reporters": ["홍길동"], "emails": ("hong@example.com",)}),
    ("email on its own line", f"제목\n\n{BODY}\n\n홍길동 기자\nhong@example.com", {"reporters": ["홍길동"], "emails": ("hong@example.com",)}),
    ("ap dateline", f"Title\n\nMEXICO CITY (AP) — {EN_BODY}",
     {"location": "MEXICO CITY", "agency": "AP", "body_starts": "The government"}),
]  # fmt: skip

TIMESTAMPS = [
    ("input dash", "입력 2024-05-16 16:57", {"published": "2024-05-16T16:57:00+09:00"}),
    ("input dots", "입력 2024.05.16 16:57", {"published": "2024-05-16T16:57:00+09:00"}),
    ("updated", "입력 2024-05-16 16:57 수정 2024-05-17 09:00",
     {"published": "2024-05-16T16:57:00+09:00", "updated": "2024-05-17T09:00:00+09:00"}),
    ("pm", "기사입력 2024-05-16 오후 4:57", {"published": "2024-05-16T16:57:00+09:00"}),
    ("am midnight", "기사입력 2024-05-16 오전 12:30", {"published": "2024-05-16T00:30:00+09:00"}),
    ("seconds", "등록 2024-05-16 16:57:00", {"published": "2024-05-16T16:57:00+09:00"}),
    ("hangul", "2018년 08월 07일 16시 31분", {"published": "2018-08-07T16:31:00+09:00"}),
    ("posted updated", "Posted : 2024-05-16 16:57 Updated : 2024-05-16 18:00",
     {"published": "2024-05-16T16:57:00+09:00", "updated": "2024-05-16T18:00:00+09:00"}),
    ("english kst", "May 16, 2024 at 4:57 PM KST", {"published": "2024-05-16T16:57:00+09:00"}),
    ("approved", "승인 2024.05.16 16:57", {"published": "2024-05-16T16:57:00+09:00"}),
    ("sent", "송고시간 2024-05-16 16:57", {"published": "2024-05-16T16:57:00+09:00"}),
    ("last modified", "입력 2024.05.16 16:57 | 최종수정 2024.05.17 09:00", {"updated": "2024-05-17T09:00:00+09:00"}),
    ("spaced dots", "입력 2024. 5. 16. 16:57", {"published": "2024-05-16T16:57:00+09:00"}),
    ("date only", "2024.05.16", {"published": "2024-05-16"}),
    ("colon label", "입력 : 2024-05-16 16:57", {"published": "2024-05-16T16:57:00+09:00"}),
    ("edit label", "입력 2024-05-16 16:57 편집 2024-05-17 10:00", {"updated": "2024-05-17T10:00:00+09:00"}),
    ("utc iso", "Published: 2024-05-16T07:57:00Z", {"published": "2024-05-16T07:57:00+00:00"}),
    ("impossible date", "입력 2024-13-45 16:57", {"published": None}),
    ("weekday", "입력 2024.05.16(목) 16:57", {"published": "2024-05-16T16:57:00+09:00"}),
    ("herald dash", "Published : May 16, 2024 - 16:57 Updated : May 16, 2024 - 18:00",
     {"published": "2024-05-16T16:57:00+09:00", "updated": "2024-05-16T18:00:00+09:00"}),
    ("update label", "입력 2024.05.16 16:57 업데이트 2024.05.16 18:00", {"updated": "2024-05-16T18:00:00+09:00"}),
    ("date label only", "게재 일자 : 2024년 05월 16일(목)", {"published": "2024-05-16"}),
    # the time glued to its Korean rendering: the year's digits are no seconds
    ("glued rendering", "입력 2001-06-21 18:422001년 6월 21일 18시 42분", {"published": "2001-06-21T18:42:00+09:00"}),
    ("hangul seconds", "2018년 08월 07일 16시 31분 05초", {"published": "2018-08-07T16:31:05+09:00"}),
    ("a count after the time is no seconds", "입력 2024.06.01. 오전 10:11 24", {"published": "2024-06-01T10:11:00+09:00"}),
    ("two-digit year after a label", "입력 : 24.05.16 16:57 | 수정 : 24.05.16 18:00",
     {"published": "2024-05-16T16:57:00+09:00", "updated": "2024-05-16T18:00:00+09:00"}),
    ("two-digit year of the last century", "등록 99.12.31", {"published": "1999-12-31"}),
    ("the time before its date, joined by on", "7:59 pm on 1 June 2023", {"published": "2023-06-01T19:59:00+09:00"}),
    ("a dotted time with its am", "Updated 10.30am, 12 March 2021", {"updated": "2021-03-12T10:30:00+09:00"}),
    ("the time after its date and a dash", "June 1, 2023 — 7.59pm", {"published": "2023-06-01T19:59:00+09:00"}),
    ("the time after its date and a full stop", "December 17, 2023. 7:21 PM EST",
     {"published": "2023-12-17T19:21:00-05:00"}),
]  # fmt: skip

BODY_DATES = [
    ("local time in body", f"제목\n\n{BODY}\n\n김 지사는 15일(현지시간) 샌디에이고를 찾았다.", {"published": None}),
    ("past date in body", f"제목\n\n{BODY}\n\n행사는 지난 8월 6일 열렸다. 2023년 8월 6일 기준이다.", {"published": None}),
]  # fmt: skip

CREDITS = [
    ("brackets", "조 회장과 인사를 나누고 있다. [사진=경기도]", "경기도", "조 회장과 인사를 나누고 있다."),
    ("slash", "선수들이 훈련하고 있다. /사진=뉴스1", "뉴스1", "선수들이 훈련하고 있다."),
    ("parens", "시민들이 걷고 있다. (사진=연합뉴스)", "연합뉴스", "시민들이 걷고 있다."),
    ("english colon", "Officials meet in Seoul. Photo: Yonhap", "Yonhap", "Officials meet in Seoul."),
    ("photo by", "Officials meet in Seoul. [Photo by Jane Doe]", "Jane Doe", "Officials meet in Seoul."),
    ("provided", "협약식 모습. <경기도 제공>", "경기도", "협약식 모습."),
    ("association", "우승자가 트로피를 들고 있다. [사진=대한골프협회]", "대한골프협회", "우승자가 트로피를 들고 있다."),
    ("afpbb", "선수가 환호하고 있다. AFPBBNews=뉴스1", "AFPBBNews=뉴스1", "선수가 환호하고 있다."),
    ("news1 photographer", "시민들이 행진하고 있다. ⓒ News1 홍길동 기자", "홍길동", "시민들이 행진하고 있다."),
    ("provided parens", "행사 모습 (수원시 제공)", "수원시", "행사 모습"),
    ("slash outlet", "시민들이 걷고 있다. /연합뉴스", "연합뉴스", "시민들이 걷고 있다."),
    ("wire photographer", "Workers rally in Seoul, South Korea, 29 May 2014, AP Photo/Ahn Young-joon",
     "AP Photo/Ahn Young-joon", "Workers rally in Seoul, South Korea, 29 May 2014"),
    ("wire pool photo", "The president speaks in Seoul. REUTERS/Jeon Heon-Kyun/Pool", "REUTERS/Jeon Heon-Kyun/Pool",
     "The president speaks in Seoul."),
    ("wire file photo", "FILE PHOTO: A crane at Incheon port, May 26, 2016. REUTERS/Jane Roe/File Photo",
     "REUTERS/Jane Roe/File Photo", "FILE PHOTO: A crane at Incheon port, May 26, 2016."),
]  # fmt: skip


def test_a_poll_named_after_a_wire_is_no_photo_credit() -> None:
    text = "Bill passes\n\nThe assembly passed the bill on Friday. Most voters back it, Reuters/Ipsos polls show\n\n"
    article = extract(text + "The law takes effect next year, officials said.")
    assert article.photo_credits == () and "Reuters/Ipsos polls show" in article.body_en


FOOTERS = [
    ("no reprint", f"제목\n\n{BODY}\n\n<저작권자 ⓒ 연합뉴스, 무단전재 및 재배포 금지>", {"body_lacks": "무단", "agency": "연합뉴스"}),
    ("copyright en", f"Title\n\n{EN_BODY}\n\nCopyright © 2024 The Korea Herald. All rights reserved.",
     {"body_lacks": "Copyright", "agency": "The Korea Herald"}),
    ("hashtags", f"제목\n\n{BODY}\n\n#바이오 #경기도", {"body_lacks": "#바이오"}),
    ("end mark", f"Title\n\n{EN_BODY}\n\n(END)", {"body_lacks": "(END)"}),
    ("related after copyright", f"제목\n\n{BODY}\n\nⓒ 뉴시스\n\n관련기사 다른 기사 제목", {"body_lacks": "관련기사"}),
    ("tip line email", f"제목\n\n홍길동 기자\n{BODY}\n\n제보: tip@example.com", {"emails": ()}),
]  # fmt: skip


ARTICLE_CASES = BYLINES + BODY_DATES + FOOTERS


@pytest.mark.parametrize(("name", "text", "expected"), ARTICLE_CASES, ids=[c[0] for c in ARTICLE_CASES])
def test_article_fields(name: str, text: str, expected: dict[str, Any]) -> None:
    check(extract(text), expected)


@pytest.mark.parametrize(("name", "line", "expected"), TIMESTAMPS, ids=[c[0] for c in TIMESTAMPS])
def test_timestamps_in_the_header(name: str, line: str, expected: dict[str, Any]) -> None:
    check(extract(f"제목\n\n홍길동 기자\n{line}\n{BODY}"), expected)


@pytest.mark.parametrize(("name", "line", "credit", "caption"), CREDITS, ids=[c[0] for c in CREDITS])
def test_photo_credits_and_captions(name: str, line: str, credit: str, caption: str) -> None:
    article = extract(f"제목\n\n{line}\n\n{BODY}")
    assert article.photo_credits == (credit,)
    assert article.captions == ((caption,) if caption else ())
    assert line not in article.body_ko + article.body_en


@pytest.mark.parametrize(
    ("encoding", "prefix"), [("utf-8", b""), ("utf-8-sig", b""), ("cp949", b""), ("euc-kr", b""), ("utf-16", b"")]
)
def test_korean_encodings_decode(encoding: str, prefix: bytes) -> None:
    text = f"수원=강대웅 기자\n{BODY}"
    decoded, detected = decode_bytes(prefix + text.encode(encoding))
    assert decoded == text
    assert detected in {"utf-8", "utf-8-sig", "cp949", "utf-16"}


MIS_DECODED = [
    # (name, how the text was mis-decoded, extra Latin-1 text that must survive)
    ("latin-1", lambda text: text.encode("cp949").decode("latin-1"), ""),
    ("latin-1 where bytes form UTF-8", lambda text: _latin1_or_utf8(text.encode("cp949")), ""),
    ("soft hyphens dropped", lambda text: text.encode("cp949").decode("latin-1").replace("\u00ad", ""), ""),
    ("a real © between spaces", lambda text: text.encode("cp949").decode("latin-1"), " © 수원일보"),
]


def _latin1_or_utf8(data: bytes) -> str:
    """How some crawlers read bytes: UTF-8 where two bytes form a character, Latin-1 elsewhere."""
    out, index = [], 0
    while index < len(data):
        pair = data[index : index + 2]
        if len(pair) == 2 and 0xC2 <= pair[0] <= 0xDF and 0x80 <= pair[1] <= 0xBF:
            out.append(pair.decode("utf-8"))
            index += 2
        else:
            out.append(chr(data[index]))
            index += 1
    return "".join(out)


@pytest.mark.parametrize(("name", "garble", "extra"), MIS_DECODED, ids=[case[0] for case in MIS_DECODED])
def test_cp949_read_as_latin1_is_repaired(name: str, garble: Any, extra: str) -> None:
    text = f"제목입니다\n\n수원=강대웅 기자 kang@example.com\n입력 2024-05-16 16:57\n{BODY}"
    garbled = garble(text)
    if extra:
        garbled += "\n" + extra.replace("수원일보", "수원일보".encode("cp949").decode("latin-1"))
    article = extract(garbled)
    assert article.reporters == ("강대웅",) and article.location == "수원"
    assert article.published == "2024-05-16T16:57:00+09:00"
    assert any("mojibake" in warning for warning in article.warnings)
    if extra:
        assert "© 수원일보" in "\n".join(p.text for p in article.paragraphs) or article.agency == "수원일보"


@pytest.mark.parametrize(
    "text",
    ["Café crème brûlée, déjà vu — naïve façade, Ångström, Øresund, São Paulo, Zürich, Málaga, Köln.",
     "© 2024 Éditions Gallimard. Tous droits réservés. Prix : 12,50 € — « Le Monde » ½ ¼ ¾ °C ±5 µm"],
)  # fmt: skip
def test_real_latin1_text_is_left_alone(text: str) -> None:
    from extractors.mojibake import repair_mojibake

    assert repair_mojibake(text) is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"   \n\t\n", "empty"), (b"\x89PNG\r\n\x1a\n....", "PNG"), (b"%PDF-1.4", "PDF"),
     (b"PK\x03\x04zip", "zip"), (b"<html><body><script>x()</script></body></html>", "no"),
     (b"![photo](a.jpg)\n![chart](b.png)", "no article text")],  # a dump of image links only
)  # fmt: skip
def test_bad_input_raises_one_line_error(data: bytes, reason: str) -> None:
    from extractors.article import extract_file

    with pytest.raises(ExtractionError) as caught:
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / ("bad.html" if b"html" in data else "bad.txt")
            path.write_bytes(data)
            extract_file(path)
    assert reason.lower() in str(caught.value).lower() and "\n" not in str(caught.value)


def test_jsonl_given_fields_win(tmp_path) -> None:
    from extractors import iter_extract

    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "a1", "title": "주어진 제목", "text": "수원=강대웅 기자\\n' + BODY + '", "published": "2024-05-16"}\n'
        "not json\n"
        '{"id": "a2", "text": "첫 줄 제목\\n\\n' + BODY + '"}\n'
        '{"id": "a3", "title": "", "text": "국회의원의 임기는 4년으로 한다."}\n',
        encoding="utf-8",
    )
    items = list(iter_extract(path, root=tmp_path))
    first, broken, second, untitled = items
    assert (first.id, first.title, first.published, first.reporters) == ("a1", "주어진 제목", "2024-05-16", ("강대웅",))
    assert isinstance(broken, ExtractionError) and "batch.jsonl:2" in str(broken)
    assert (second.id, second.title) == ("a2", "첫 줄 제목")  # no title field: an article dump
    assert (untitled.title, untitled.body_ko) == (None, "국회의원의 임기는 4년으로 한다.")  # a passage


def test_html_headline_repeated_inside_the_body_is_not_a_paragraph() -> None:
    page = (
        "<html><head><meta property='og:title' content='수원시 협약 체결'></head><body>"
        "<div class='byline'>수원=박지현 기자</div>"
        f"<article><h1>수원시 협약 체결</h1><p>{BODY}</p></article></body></html>"
    )
    article = extract_text(page, id="p", source="p", is_html=True)
    assert article.title == "수원시 협약 체결"
    assert [p.text for p in article.paragraphs] == [BODY]
    assert (article.reporters, article.location) == (("박지현",), "수원")


# The byline families of issue 14 (examples invented, as the issue gives them).
BYLINE_FAMILIES = [
    (
        "dateline mid-sentence",
        f"제목\n\n(세종=뉴스원) 홍길동 김철수 기자 = {BODY}",
        {"reporters": ["홍길동", "김철수"], "location": "세종", "agency": "뉴스원", "body_starts": "정부는"},
    ),
    (
        "place=outlet name",
        f"제목\n\n[대전=한빛일보 홍길동 기자] {BODY}",
        {"reporters": ["홍길동"], "location": "대전", "agency": "한빛일보", "body_starts": "정부는"},
    ),
    ("outlet | name", f"제목\n\n[한빛뉴스 | 홍길동 기자] {BODY}", {"reporters": ["홍길동"], "agency": "한빛뉴스"}),
    ("labelled", f"제목\n\n기자명 홍길동\n{BODY}", {"reporters": ["홍길동"]}),
    (
        "text by, magazine",
        f"제목\n\n{BODY}\n\n글 홍길동 월간한빛 기자 a@b.kr",
        {"reporters": ["홍길동"], "emails": ("a@b.kr",), "agency": "월간한빛"},
    ),
    (
        "no space before title",
        f"제목\n\n{BODY}\n\n홍길동기자 gd@example.com",
        {"reporters": ["홍길동"], "emails": ("gd@example.com",)},
    ),
    (
        "sign-off",
        f"제목\n\n{BODY}\n\n지금까지 경제부 홍길동 기자였습니다.",
        {"reporters": ["홍길동"], "body_ends": "것이다."},
    ),
    ("anchor sign-off", f"제목\n\n{BODY}\n\n한빛 뉴스 홍길동입니다.", {"reporters": ["홍길동"]}),
    ("correspondent sign-off", f"제목\n\n{BODY}\n\n워싱턴에서 홍길동 특파원이었습니다.", {"reporters": ["홍길동"]}),
    (
        "staff credits",
        f"제목\n\n{BODY}\n\n촬영기자: 김철수 영상편집: 이영희",
        {"reporters": [], "body_lacks": "촬영기자"},
    ),
    ("english by", f"Title\n\nBy Jane Doe\n\n{EN_BODY}", {"reporters": ["Jane Doe"]}),
    ("reporter label", f"Title\n\nReporter : Kang Hyun-kyung\n\n{EN_BODY}", {"reporters": ["Kang Hyun-kyung"]}),
    (
        "all caps with agency",
        f"Title\n\nBy JANE DOE Associated Press\n\n{EN_BODY}",
        {"reporters": ["Jane Doe"], "agency": "AP"},
    ),
    ("outlet is no reporter", f"제목\n\n기자명 성대신문 (webmaster@skkuw.com)\n{BODY}", {"reporters": []}),
    ("dash dateline", f"Title\n\nJERUSALEM — {EN_BODY}", {"location": "JERUSALEM", "body_starts": "The government"}),
    # Shapes the held-out rounds 10-12 showed (real examples are in tests/data/extraction/).
    ("wrapped in angle brackets", f"제목\n\n{BODY}\n\n<홍길동기자 gd@example.com>", {"reporters": ["홍길동"]}),
    (
        "address first",
        f"제목\n\n{BODY}\n\ngd@example.com 홍길동 기자",
        {"reporters": ["홍길동"], "emails": ("gd@example.com",)},
    ),
    ("regional station", f"제목\n\n{BODY}\n\n대구MBC 홍길동 기자", {"reporters": ["홍길동"], "agency": "대구MBC"}),
    ("dateline after the title", f"제목\n\n홍길동 기자(=광주)\n{BODY}", {"reporters": ["홍길동"], "location": "광주"}),
    (
        "rubric before the byline",
        f"제목\n\n연속기획 ③ / 홍길동 한빛일보 기자\n{BODY}",
        {"reporters": ["홍길동"], "agency": "한빛일보"},
    ),
    (
        "indian wire dateline",
        f"Title\n\nMumbai, Mar 3 (PTI) {EN_BODY}",
        {"location": "Mumbai", "agency": "PTI", "body_starts": "The government"},
    ),
    (
        "place and date alone",
        f"Title\nMumbai, March 3\n{EN_BODY}",
        {"location": "Mumbai", "reporters": [], "body_starts": "The government"},
    ),
    (
        "agency as byline",
        f"Title\n\nBy IANS, Mumbai: {EN_BODY}",
        {"location": "Mumbai", "agency": "IANS", "reporters": []},
    ),
    # Shapes held-out round 13 showed.
    (
        "a headline about a correspondent is no byline",
        f"홍길동 한빛일보 워싱턴 특파원 부임\n\n입력\n2020.09.01 04:30\n2면\n\n{BODY}",
        {"reporters": [], "title": "홍길동 한빛일보 워싱턴 특파원 부임", "published": "2020-09-01T04:30:00+09:00"},
    ),
    (
        "by line over a published line",
        f"Title\n\nBy Jane Doe\nPublished : March 20, 2018 - 14:17\n\n{EN_BODY}",
        {"reporters": ["Jane Doe"], "published": "2018-03-20T14:17:00+09:00"},
    ),
    (
        "a wire as the by line",
        f"Title\n\nBy Yonhap\nPublished : Jun 17, 2020 - 13:37\n\n{EN_BODY}",
        {"reporters": [], "agency": "Yonhap"},
    ),
    (
        "angle brackets closing a paragraph",
        f"제목\n\n{BODY} 동학사간·6,500원<홍길동 기자>홍길동>",
        {"reporters": ["홍길동"], "body_ends": "6,500원"},
    ),
    (
        "name and address only",
        f"제목\n\n홍길동 gd@example.com\n\n{BODY}",
        {"reporters": ["홍길동"], "emails": ("gd@example.com",)},
    ),
    ("role label above the name", f"Journalist\nJane Doe\n-\n{EN_BODY}", {"reporters": ["Jane Doe"]}),
    (
        "city and country, em dash",
        f"Title\nSeoul, South Korea — {EN_BODY}",
        {"location": "Seoul, South Korea", "body_starts": "The government"},
    ),
    ("capitals glued by a dash", f"Title\nTOKYO–{EN_BODY}", {"location": "TOKYO", "body_starts": "The government"}),
    (
        "city and country, dash lost",
        f"Title\n\nThe Associated Press\n\nSEOUL, South Korea {EN_BODY}",
        {"location": "SEOUL, South Korea", "agency": "AP", "title": "Title"},
    ),
    (
        "reporting by names the reporters",
        f"Title\n\n{EN_BODY}\n\nReporting by Jane Doe and John Roe; Editing by Max Poe",
        {"reporters": ["Jane Doe", "John Roe"], "body_lacks": "Reporting"},
    ),
    (
        "a time before its date",
        f"Title\n\nAll News 22:58 July 25, 2019\n\n{EN_BODY}",
        {"published": "2019-07-25T22:58:00+09:00"},
    ),
    # Shapes held-out round 16 showed.
    (
        "the reporter in brackets closing the headline",
        f"경제앵커: 김철수,이영희\n\n달라지는 뉴스 소개[홍길동]\n\n입력 | 1993-04-11\n\n{BODY}",
        {"reporters": ["홍길동"], "title": "달라지는 뉴스 소개", "published": "1993-04-11"},
    ),
    (
        "a desk address in brackets",
        f"제목\n\n{BODY}\n[MBN 뉴스센터 / desk@example.com]",
        {"emails": ("desk@example.com",), "agency": "MBN", "reporters": []},
    ),
    (
        "the anchor hands over to the reporter",
        f"<앵커 멘트>\n현장에 홍길동 기자가 함께 했습니다.\n<리포트>\n{BODY}",
        {"reporters": ["홍길동"]},
    ),
    (
        "a desk address under the copyright",
        f"제목\n\n{BODY}\n\n[사진=한빛 ⓒ SBS]\n\n온라인뉴스팀 press@example.com\n\nⓒ 한빛뉴스 / 무단전재 및 재배포 금지",
        {"emails": ("press@example.com",), "reporters": []},
    ),
    # Shapes held-out round 17 showed.
    (
        "an English anchor hands over",
        f"Title\nWe begin with a ruling by the court.\nJane Doe has our top story.\n{EN_BODY}",
        {"reporters": ["Jane Doe"]},
    ),
    (
        "a correspondent starts us off",
        f"Title\nWe begin tonight in Laos.\nOur Foreign Affairs correspondent Jane Doe starts us off.\n{EN_BODY}",
        {"reporters": ["Jane Doe"]},
    ),
    (
        "a four-syllable menu word beside a date is no name",
        f"메뉴\n2024년 06월 26일 (수)\n전체메뉴\n\n제목입니다 길게\n\n  • 기사입력 : 2014-11-21 11:00:00\n{BODY}",
        {"reporters": [], "published": "2014-11-21T11:00:00+09:00"},
    ),
    (
        "the outlet before a particle in the notice",
        f"제목\n\n{BODY}\n\n< 한빛신문의 콘텐츠는 저작권법의 보호를 받는 바, 무단전재를 금합니다. >",
        {"agency": "한빛신문"},
    ),
    (
        "a link to the reporter's stories glued to the copyright",
        f"제목\n\n{BODY}\n홍길동 기자의 전체기사 보기Copyright @2004 한빛협회. All rights reserved.",
        {"reporters": ["홍길동"]},
    ),
    (
        "English transcript marks",
        f"Title\n\n[Anchor Lead]\n\n{EN_BODY}\n\n[Pkg]\n\n{EN_BODY}",
        {"body_lacks": "Pkg", "body_starts": "The government"},
    ),
    (
        "each name with its role, comma-joined",
        f"제목\n\n  • 홍길동 記者, 김철수 記者\n\n    a@example.com, b@example.com\n\n{BODY}",
        {"reporters": ["홍길동", "김철수"], "emails": ("a@example.com", "b@example.com")},
    ),
    # Shapes held-out round 19 showed.
    (
        "place and outlet without brackets",
        f"제목\n\n부산 한빛경제신문 홍길동 기자 = {BODY}",
        {"reporters": ["홍길동"], "location": "부산", "agency": "한빛경제신문", "body_starts": "정부는"},
    ),
    (
        "a caption signed with a cut address",
        "▲ 도지사가 발표하고 있다. /홍길동기자·gd70@\n저작권자 © 한빛중앙 무단전재 및 재배포 금지",
        {"reporters": ["홍길동"], "agency": "한빛중앙"},
    ),
    (
        "a reporter profile block above the headline",
        f"기자 이미지\n\n홍길동 기자\n  • 전국부\n  • gd@example.com\n\n전체기사\n\n제목이 되는 줄\n\n{BODY}",
        {"reporters": ["홍길동"], "emails": ("gd@example.com",)},
    ),
    # Shapes held-out round 20 showed.
    (
        "a dashed by line with the outlet after a bar",
        f"Title\n\n- By Jane Doe | New York Times\n\n{EN_BODY}",
        {"reporters": ["Jane Doe"]},
    ),
    (
        "a link card: site, by line and date",
        f"Title | Agency\nexample.com · by Jane Doe · February 15, 2024\n{EN_BODY}",
        {"reporters": ["Jane Doe"], "published": "2024-02-15"},
    ),
    (
        "a staff by line with a date",
        f"Title\nBy UPI Staff | Jan. 03, 2018\n\n{EN_BODY}",
        {"reporters": [], "published": "2018-01-03"},
    ),
    # Shapes held-out round 21 showed.
    (
        "a Latin masthead before the name and a bar",
        f"제목\n\nHBN KOREA 홍길동 기자 | {BODY}",
        {"reporters": ["홍길동"], "agency": "HBN KOREA"},
    ),
    (
        "a bracket byline after a headline on one line",
        f"  • 한빛 소식, 안타까운 추모 물결 [ST이슈] [한빛투데이 홍길동 기자] {BODY}",
        {"reporters": ["홍길동"], "agency": "한빛투데이"},
    ),
    # Shapes held-out round 22 showed.
    (
        "a name over its role line",
        f"author-image\n\nJane Doe\n\nSouth Korea Correspondent\n\n{EN_BODY}",
        {"reporters": ["Jane Doe"]},
    ),
    (
        "a notice inside a photo caption does not end the story",
        f"(평양 노동신문=뉴스1) = 노동신문은 23일 호텔 준공을 보도했다. [국내에서만 사용가능. 재배포 금지.] photo@example.com\n"
        f"(서울=뉴스1) 홍길동 기자 = {BODY}",
        {"reporters": ["홍길동"], "location": "서울", "agency": "뉴스1"},
    ),
    (
        "place and outlet in brackets, the name glued after",
        f"[경기 한빛사진방송]홍길동기자= {BODY}",
        {"reporters": ["홍길동"], "location": "경기", "agency": "한빛사진방송"},
    ),
    # Shapes held-out round 23 showed.
    (
        "outlet and place inside the bracket",
        f"제목\n\n[한빛일보 광주=홍길동 기자] {BODY}",
        {"reporters": ["홍길동"], "location": "광주", "agency": "한빛일보"},
    ),
    (
        "an anchor intro followed by transcript marks",
        f"◀ANC▶ 관광객이 늘고 있습니다. 홍길동 기자가 보도합니다. ◀END▶ ◀VCR▶ {BODY}",
        {"reporters": ["홍길동"]},
    ),
    (
        "a byline inside a one-line footer with the notice",
        f"제목\n\n{BODY} 홍길동기자 gd@example.com 홍길동 기사 전체보기 한빛일보(www.example.com), 무단전재 및 수집, 재배포금지",
        {"reporters": ["홍길동"], "emails": ("gd@example.com",)},
    ),
    # Shapes held-out round 24 showed.
    (
        "a column signed by a desk rank under its date",
        f"[칼럼]한빛의 눈물\n\n2017-06-12\n홍길동 부국장\n{BODY}",
        {"reporters": ["홍길동"], "published": "2017-06-12"},
    ),
    (
        "a summary signed with a date",
        f"목록\n{BODY} 홍길동 시민기자    홍길동 시민기자/2018-04-17",
        {"reporters": ["홍길동"], "published": "2018-04-17"},
    ),
    (
        "outlet in brackets, the name after",
        f"제목\n\n[한빛저널]홍길동 기자= {BODY}",
        {"reporters": ["홍길동"], "agency": "한빛저널"},
    ),
    # Shapes held-out round 25 showed.
    (
        "place and a capitalised outlet in brackets",
        f"제목\n\n[공주/HBN]홍길동 기자 = {BODY}",
        {"reporters": ["홍길동"], "location": "공주", "agency": "HBN"},
    ),
    (
        "a label beside a time before its date",
        f"Summary\n\nAll Headlines 13:28 November 09, 2017\n\n{EN_BODY}",
        {"published": "2017-11-09T13:28:00+09:00"},
    ),
    # Shapes held-out round 26 showed.
    ("a masthead in brackets opening the lead", f"제목\n\n[한빛기자연대] {BODY}", {"agency": "한빛기자연대"}),
    ("a rubric in brackets is no masthead", f"제목\n\n[단독] {BODY}", {"agency": None}),
    # Shapes the third held-out batch of page texts showed.
    (
        "the headline is the first line above the byline and time block",
        f"Home\nWorld\nNews\nSection\nGovernment unveils support package for exporters\n"
        f"A deck that explains the headline at some length, as decks do\nBy Jane Doe\n"
        f"Published : March 20, 2018 - 14:17\n{EN_BODY} {EN_BODY}",
        {
            "title": "Government unveils support package for exporters",
            "reporters": ["Jane Doe"],
            "body_starts": "The government",
        },
    ),
    (
        "a promotion opening with an emoji",
        f"👀 Winners: copy portfolios in one click\n\nTitle\n\nPublished 10/21/2024, 04:40 AM\n\n{EN_BODY}",
        {"title": "Title"},
    ),
    (
        "a wire credit in parentheses closes the story",
        f"Title\n\n{EN_BODY} (Yonhap)",
        {"agency": "Yonhap", "body_ends": "small exporters."},
    ),
    (
        "a relative update time beside the date",
        f"Title\n\nMay 23, 2018 / 12:34 AM / Updated an hour ago\n\n{EN_BODY}",
        {"published": "2018-05-23T00:34:00+09:00"},
    ),
    # Shapes held-out round 15 showed.
    (
        "hanja role and label",
        f"제목\n\n홍길동 記者\n\ngd@example.com\n\n入力 2019-04-21 10:00:01\n\n{BODY}",
        {"reporters": ["홍길동"], "emails": ("gd@example.com",), "published": "2019-04-21T10:00:01+09:00"},
    ),
    (
        "provider label names the outlet",
        f"제목\n한빛경제 기사제공: 2024-06-01 07:00:00\n\n{BODY}",
        {"agency": "한빛경제", "published": "2024-06-01T07:00:00+09:00"},
    ),
    (
        "issue mark, date and signature",
        f"제목\n[150호] 2022년 10월 01일 (토) 홍길동 gd@example.com\n\n{BODY}",
        {"reporters": ["홍길동"], "emails": ("gd@example.com",), "published": "2022-10-01"},
    ),
    (
        "by, wire and dateline on one line",
        f"by Jane Doe Agence France Presse SEOUL, South Korea (AFP) — {EN_BODY}",
        {"reporters": ["Jane Doe"], "location": "SEOUL, South Korea", "agency": "AFP", "body_starts": "The government"},
    ),
    (
        "a company head signing a contribution is no reporter",
        f"제목\n\n{BODY}\n\n한빛전자 홍길동 사장\n\n저작권자 © 한빛데일리 무단전재 및 재배포 금지",
        {"reporters": []},
    ),
    # Shapes held-out round 14 showed.
    (
        "a name rendered twice",
        f"한빛군 군민리포터 7명 위촉\n\n  • 승인 2025-04-09 11:33\n  • 홍길동 기자홍길동 기자\n{BODY}",
        {"reporters": ["홍길동"]},
    ),
    ("a brand before the name", f"제목\n\n{BODY}\n/한빛스타 홍길동기자 gd@example.com", {"reporters": ["홍길동"]}),
    ("four-syllable compound family name", f"제목\n\n{BODY}\n\n남궁민수 기자", {"reporters": ["남궁민수"]}),
    ("a caption naming who is pictured", f"제목\n\n홍길동 기자, 김철수 아나운서 출처 = KBS\n{BODY}", {"reporters": []}),
    (
        "bracket byline with address and photo credit",
        f"제목\n\n{BODY}\n[한빛데일리 홍길동 기자 gd@example.com / 사진=KBS] |",
        {"reporters": ["홍길동"], "emails": ("gd@example.com",), "agency": "한빛데일리"},
    ),
    (
        "two names under a role label",
        f"Journalist\nJane Doe, John Roe\n-\n{EN_BODY}",
        {"reporters": ["Jane Doe", "John Roe"]},
    ),
    (
        "this article is by",
        f"This article is by Jane Doe and read by an artificial voice. {EN_BODY}",
        {"reporters": ["Jane Doe"]},
    ),
    (
        "a day-first date above the headline",
        f"Korea Herald\n29-05-2025\n- Business\nA headline for the story\n{EN_BODY} More text follows here.",
        {"published": "2025-05-29"},
    ),
    # Shapes held-out round 56 showed.
    (
        "the anchor's lead closes with the reporter who reports",
        f"Title\n\n[Anchor]\n\nThe court ruled on the case today.\n\nJane Doe reports.\n\n[Report]\n\n{EN_BODY}",
        {"reporters": ["Jane Doe"]},
    ),
    (
        "a country that reports is no reporter",
        f"Title\n\nThe launch was confirmed by the military.\n\nNorth Korea reports.\n\n{EN_BODY}",
        {"reporters": []},
    ),
    (
        "by a titled role and where the writer is from",
        f"By Honorary Reporter Jane Doe from India\nPhotos = John Roe\n{EN_BODY}",
        {"reporters": ["Jane Doe"]},
    ),
    # Shapes held-out page round 57 showed.
    (
        "a programme's name over its headline, a video fallback and speaker marks",
        "뉴스데스크\n\n뉴스데스크 클로징\n\n입력 | 2024-04-14 20:28\n\n"
        f"Your browser doesn't support HTML5 video.\n\n◀ 앵커 ▶\n\n{BODY}",
        {"title": "뉴스데스크 클로징", "body_starts": "정부는"},
    ),
    (
        "a caption printed twice with its provider",
        "A headline for the story\n  • Jane Doe\n  • 승인 2021.05.11 10:24\n\n"
        "John Roe delivers the news every day at the station. Photo provided by John Roe.\n"
        f"John Roe delivers the news every day at the station. Photo provided by John Roe.\n\n{EN_BODY}",
        {"reporters": ["Jane Doe"], "body_starts": EN_BODY[:20]},
    ),
    (
        "the remains of an image tag",
        f"A headline for the story\n\n{EN_BODY}\n\n"
        'photo-layout image photo_416005 float-center" data-idxno="416005" data-type="photo">\n\n'
        "The story goes on after the picture with another sentence.",
        {"body_lacks": "data-idxno"},
    ),
    # Shapes held-out round 59 showed.
    (
        "a column's writer over the note about them",
        f"A headline for the column\n\nJANE DOE\nThe author is an editorial writer at the Daily.\n{EN_BODY}",
        {"reporters": ["Jane Doe"], "body_starts": EN_BODY[:20]},
    ),
    (
        "a column's writer glued to the note",
        f"A headline for the column\n\nJohn Roe The author is a former ambassador. {EN_BODY}",
        {"reporters": ["John Roe"], "body_starts": EN_BODY[:20]},
    ),
    (
        "a place over a sentence about an author is no writer",
        f"A headline for the story\n\nNorth Korea\nThe author is unknown, the ministry said.\n{EN_BODY}",
        {"reporters": []},
    ),
    # Shapes held-out page round 64 showed.
    (
        "a date bar, then crumbs glued to the headline",
        f"Saturday, January 18, 2025\nHomeWORLDA headline for the story\n\nA headline for the story\n\n-\n\n{EN_BODY}",
        {"title": "A headline for the story", "body_starts": EN_BODY},
    ),
    ("a source's initials are no headline", f"2025-08-17,\nYNA\n{EN_BODY}", {"title": None}),
    # Shapes held-out round 63 showed.
    (
        "a headline printed with its clock time",
        f"Go to Contents Go to Navigation\n\nDaily News Summary 17:48 August 07, 2019\n\n{EN_BODY}",
        {"title": "Daily News Summary", "published": "2019-08-07T17:48:00+09:00"},
    ),
    (
        "a headline may end in a date",
        f"Election set for April 10, 2024\n\n{EN_BODY}",
        {"title": "Election set for April 10, 2024", "published": None},
    ),
    (
        "the headline again, with its time",
        f"Daily News Summary\n\nDaily News Summary 17:48 August 07, 2019\n\n{EN_BODY}",
        {"title": "Daily News Summary", "published": "2019-08-07T17:48:00+09:00"},
    ),
    (
        "a page option under the time is no name",
        f"Daily News Summary\n\n2018/03/02 16:54\n\nArticle View Option\n\n{EN_BODY}",
        {"reporters": [], "published": "2018-03-02T16:54:00+09:00"},
    ),
    # Shapes held-out round 62 showed.
    (
        "the title printed twice",
        f"제목\n\n한빛통신 홍길동기자 기자 | {BODY}",
        {"reporters": ["홍길동"], "agency": "한빛통신"},
    ),
    (
        "an outlet's desk before a bar",
        f"제목\n\n한빛뉴스 부산취재본부 | {BODY}",
        {"reporters": [], "agency": "한빛뉴스"},
    ),
    # Shapes held-out page round 60 showed.
    (
        "skip links, a toolbar in words and a quoted headline printed again",
        "서비스 메뉴 바로가기 본문 바로가기 아티클 바로가기\n\n한빛 '뉴스' 새 출발 \"할 일을 합니다\"\n\n"
        "입력 2020-04-07 11:44\n크게 작게 프린트 메일\nURL 줄이기 페이스북 X\n\n한빛 '뉴스' 새 출발 \"할 일을 합니다\"\n\n"
        f"{BODY}",
        {"title": "한빛 '뉴스' 새 출발 \"할 일을 합니다\"", "body_starts": "정부는", "body_lacks": "크게 작게"},
    ),
    (
        "a portal's summary before the story it repeats",
        "제목입니다 길게\n전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n정부는 16일 새 지원책을 발표했다고 밝혔다.\n"
        "이 글자크기로 변경됩니다.\n(예시) 가장 빠른 뉴스가 있고 다양한 정보.\n"
        f"{BODY}",
        {"body_starts": BODY},
    ),
    (
        "a source in brackets beside the time is no reporter",
        f"제목입니다 길게\n[조인스]    기사입력 2017/08/11 12:29\n{BODY}",
        {"reporters": [], "published": "2017-08-11T12:29:00+09:00"},
    ),
    (
        "decks over the time line may exclaim",
        f"한빛방송 뉴스 본격 개편…앵커 시스템 강화\n주말 뉴스 개편, 업그레이드 시도!\n[한빛]    기사입력 2017/08/11 12:29\n{BODY}",
        {"subtitles": ("주말 뉴스 개편, 업그레이드 시도!",), "body_starts": "정부는"},
    ),
    # A county's dateline: 함양, 구례 begin with surnames (함, 구) and are no mastheads (2026-12-06,
    # shapes seen on a regional outlet's list pages in the search tool's pages).
    (
        "a county slash name",
        f"제목\n\n[함양/홍길동기자] {BODY}",
        {"reporters": ["홍길동"], "location": "함양", "agency": None},
    ),
    ("a county = name", f"제목\n\n[구례=홍길동 기자] {BODY}", {"reporters": ["홍길동"], "location": "구례"}),
    ("masthead = bare name", f"제목\n\n[뉴스원일보=홍길동 ] {BODY}", {"reporters": ["홍길동"], "agency": "뉴스원일보"}),
    ("masthead = province is no name", f"제목\n\n[뉴스원=경기도] {BODY}", {"reporters": [], "agency": "뉴스원"}),
    ("masthead = county", f"제목\n\n[한빛일보=남양주] {BODY}", {"location": "남양주", "agency": "한빛일보"}),
    ("a county before a wire", f"제목\n\n(하동=뉴스원) 홍길동 기자 = {BODY}", {"location": "하동", "agency": "뉴스원"}),
    (
        "an English byline run into the first sentence",
        "Names we must never forget\n\nBy Jeong Ji-hyun In June 1950, the war reached the whole peninsula. Korea was not alone.",
        {"reporters": ["Jeong Ji-hyun"], "body_starts": "In June 1950"},
    ),
    (
        "an English sentence that opens with By is no byline",
        "Title here\n\nBy Friday the committee expects a vote on the bill, its chair said.",
        {"reporters": [], "body_starts": "By Friday"},
    ),
    (
        "staff credited after the byline",
        f"제목입니다\n\n{BODY}\n취재 홍길순 리포터 hgs@hanbit.kr 사진 김사진 참고 워크넷\n\n{BODY}",
        {"reporters": ["홍길순"], "photo_credits": ("김사진",), "body_lacks": "참고"},
    ),
    (
        "time labels on their own lines, the update first",
        f"연예\n제목입니다 길게 씁니다\n업데이트\n2009-11-24 21:57\n2009년 11월 24일 21시 57분\n입력\n2009-11-24 19:33\n"
        f"2009년 11월 24일 19시 33분\n공유하기\n{BODY}",
        {"published": "2009-11-24T19:33:00+09:00", "updated": "2009-11-24T21:57:00+09:00", "body_starts": "정부는"},
    ),
    # Korean footers: a title the list did not have, a label, the photographer after the byline.
    ("honorary reporter", f"제목입니다\n\n{BODY}\n\n홍길동 명예기자", {"reporters": ["홍길동"]}),
    ("student reporter", f"제목입니다\n\n{BODY}\n\n홍길동 대학생기자", {"reporters": ["홍길동"]}),
    ("lowercase by, Hangul name", f"제목입니다\n\n{BODY}\n\nby 홍길동", {"reporters": ["홍길동"]}),
    ("reporting and video credited", f"제목입니다\n\n{BODY}\n\n취재: 홍길동 / 영상: 김영상", {"reporters": ["홍길동"]}),
    (
        "the byline, then the photographer",
        f"제목입니다\n\n{BODY}\n\n홍길동 기자 사진=김사진 기자",
        {"reporters": ["홍길동"], "photo_credits": ("김사진 기자",), "captions": ()},
    ),
    ("a tip link after the byline", f"제목입니다\n\n{BODY}\n\n홍길동 기자 ▶ 기사제보", {"reporters": ["홍길동"]}),
    (
        "a tip address after the byline is not the reporter's",
        f"제목입니다\n\n{BODY}\n\n홍길동 기자 [기사제보 tip@example.com]",
        {"reporters": ["홍길동"], "emails": ()},
    ),
    (
        "the byline, then the photo's agency",
        f"제목입니다\n\n{BODY}\n\n홍길동 기자 / 사진=연합뉴스",
        {"reporters": ["홍길동"], "photo_credits": ("연합뉴스",), "captions": ()},
    ),
    (
        "a long time line ending in a digit is no wrapped sentence",
        f"제목입니다 길게\n기사입력 2024.06.01. 오전 9:05 최종수정 2024.06.01. 오전 10:11\n{BODY}",
        {"published": "2024-06-01T09:05:00+09:00", "updated": "2024-06-01T10:11:00+09:00", "body_starts": "정부는"},
    ),
    (
        "a portal page copied as text: its widgets and counters",
        "제목입니다 길게\n김철수 기자\n입력 2024.06.01. 오전 9:05\n기사원문\n공감\n24\n댓글\n5\n본문 요약봇\n"
        f"글자 크기 변경하기\nSNS 보내기\n다른 공유 찾기\n인쇄하기\n{BODY}",
        {"reporters": ["김철수"], "subtitles": (), "body_starts": "정부는"},
    ),
    (
        "a wire's page copied as text: the byline's subscribe buttons and the toolbar",
        "제목입니다 길게\n송고시간2024-06-01 09:05\n김철수기자 구독 구독중\n이전 다음\n공유\n댓글\n글자크기조정\n인쇄\n"
        f"부제목 한 줄\n(서울=연합뉴스) 김철수 기자 = {BODY}",
        {"reporters": ["김철수"], "subtitles": ("부제목 한 줄",), "published": "2024-06-01T09:05:00+09:00"},
    ),
    (
        "a portal page copied as text: buttons inside the byline and time block",
        "뉴스\n연예\n스포츠\n제목입니다 길게 씁니다\n한빛일보\n입력 2024. 6. 1. 09:05\n수정 2024. 6. 1. 10:11\n기사원문 보기\n"
        f"김철수 기자\n댓글1\n번역 설정\n글씨크기 조절하기\n인쇄하기\n(서울=한빛일보) 김철수 기자 = {BODY}",
        {
            "title": "제목입니다 길게 씁니다",
            "subtitles": (),
            "reporters": ["김철수"],
            "updated": "2024-06-01T10:11:00+09:00",
        },
    ),
    (
        "a portal's caption over the lead, its wire after it and no mark",
        f"제목입니다 길게\n김철수 기자\n입력 2024.06.01. 오전 9:05\n부두에 컨테이너가 쌓여 있다. 연합뉴스\n{BODY}",
        {"captions": ("부두에 컨테이너가 쌓여 있다.",), "photo_credits": ("연합뉴스",), "subtitles": ()},
    ),
    # English bylines beside their time, role or address (2026-12-06, night).
    *[
        (
            f"english byline: {head}",
            f"Title of the story\n\n{head}\n\n{EN_BODY}",
            {"reporters": ["Kim Min-ji"], **extra},
        )
        for head, extra in [
            ("By Kim Min-ji, Staff Writer", {}),
            ("Kim Min-ji (minji@example.co.kr)", {"emails": ("minji@example.co.kr",)}),
            ("By Kim Min-ji Published : Dec. 5, 2025 - 14:02", {"published": "2025-12-05T14:02:00+09:00"}),
            ("By Kim Min-ji | Dec 5, 2025", {"published": "2025-12-05"}),
            ("Posted by Kim Min-ji on December 5, 2025", {"published": "2025-12-05"}),
        ]
    ],
    (
        "a broadcaster's bare dateline",
        f"Title of the story\n\nSeoul, South Korea CNN — {EN_BODY}",
        {"location": "Seoul, South Korea", "agency": "CNN", "body_starts": "The government"},
    ),
    (
        "reporting from",
        f"Title of the story\n\nBy Choe Sang-Hun\nReporting from Seoul, South Korea\n\n{EN_BODY}",
        {"reporters": ["Choe Sang-Hun"], "location": "Seoul, South Korea"},
    ),
    (
        "a time with a dot before its zone",
        f"Title of the story\n\nThu 5 Dec 2024 03.27 GMT\n\n{EN_BODY}",
        {"published": "2024-12-05T03:27:00+00:00"},
    ),
    (
        "an update time before a weekday and date",
        f"Title of the story\n\nUpdated 3:27 AM EST, Thu December 5, 2024\n\n{EN_BODY}",
        {"updated": "2024-12-05T03:27:00-05:00"},
    ),
    (
        "a service's address is no byline",
        f"Title of the story\n\nCustomer Service (help@example.com)\n\n{EN_BODY}",
        {"reporters": []},
    ),
    # Copyright words in a story about copyright are text, not the notice that ends the story.
    (
        "copyright words in prose",
        f"제목입니다\n\n(서울=뉴스원) 홍길동 기자 = 뉴스를 학습에 쓰려면 저작권자의 허락을 받아야 한다는 주장이 나왔다.\n\n"
        f'협회는 "무단전재와 다를 바 없는 학습은 멈춰야 한다"고 밝혔다. Copyright law is clear.\n\n{BODY}\n\n'
        "저작권자 © 뉴스원 무단전재 및 재배포 금지",
        {"reporters": ["홍길동"], "body_starts": "뉴스를 학습에", "body_ends": "것이다.", "agency": "뉴스원"},
    ),
    (
        "a photo credited to its copyright holder",
        f"제목입니다\n\n{BODY}\n\n직원이 달러를 세고 있다.(사진=저작권자) 이번 채권은 3년 만기로 발행됐다.",
        {"photo_credits": ("저작권자",), "captions": ("직원이 달러를 세고 있다.",), "body_ends": "발행됐다."},
    ),
    # A list page flattens a photo's caption and credit between a paragraph's sentences.
    (
        "a caption and credit between sentences",
        f"제목입니다\n\n{BODY} 직원이 달러를 세고 있다.(사진=재정부) 이번 채권은 3년 만기로 발행됐다.",
        {
            "captions": ("직원이 달러를 세고 있다.",),
            "photo_credits": ("재정부",),
            "body_starts": "정부는",
            "body_ends": "발행됐다.",
            "body_lacks": "세고",
        },
    ),
    # A regional daily's photo over the lead, signed by its photographer with the address cut after
    # its "@" (the outlet's domain understood); a short deck with "·" under the headline is no menu.
    (
        "a caption signed by its photographer over the lead",
        "해수욕장 새 단장 마쳐\n모래 보충·산책로 정비\n"
        "관광객들이 백사장에서 모래 조각을 둘러보고 있다. 박한솔 기자 hansol@\n"
        f"{BODY}\n이민정 기자 minjeong@",
        {
            "title": "해수욕장 새 단장 마쳐",
            "subtitles": ("모래 보충·산책로 정비",),
            "captions": ("관광객들이 백사장에서 모래 조각을 둘러보고 있다.",),
            "photo_credits": ("박한솔 기자",),
            "reporters": ["이민정"],
            "emails": (),
            "body_starts": "정부는",
            "body_ends": "것이다.",
        },
    ),
    (
        "a photographer's caption and no byline after",
        f"해수욕장 새 단장 마쳐\n\n관광객들이 모래 조각을 둘러보고 있다. 박한솔 기자 hansol@busan.com\n\n{BODY}",
        {"captions": ("관광객들이 모래 조각을 둘러보고 있다.",), "reporters": ["박한솔"], "body_starts": "정부는"},
    ),
    (
        "a desk's label with its address in parentheses",
        f"청년 창업 지원 확대\n기자명 한빛대신문 (webmaster@hanbit.ac.kr)\n{BODY}\n이하늘 기자 sky21@hanbit.ac.kr",
        {"reporters": ["이하늘"], "emails": ("webmaster@hanbit.ac.kr", "sky21@hanbit.ac.kr"), "agency": "한빛대신문"},
    ),
    (
        "section tags between the headline and its repeat",
        "[알림] 한빛일보 총선 특별취재반 가동\n\n  • 정치/행정\n  • 대전\n\n[알림] 한빛일보 총선 특별취재반 가동\n\n"
        "  • 승인 2025-05-07 16:56\n  • 신문게재 2025-05-08 1면\n  • 나대전 기자나대전 기자\n"
        "한빛일보가 총선 현장을 독자 여러분과 함께 뜁니다.",
        {
            "subtitles": (),
            "reporters": ["나대전"],
            "published": "2025-05-07T16:56:00+09:00",
            "body_starts": "한빛일보가",
        },
    ),
    # An English daily's page copied as text: the lead photo and the section over the headline,
    # bulleted summary points and the page's filing under it, the writer's name twice, then the time.
    (
        "a section kicker, summary points and a topic line around the headline",
        "The exterior of a church in eastern Seoul. Photo: AFP\nLifestyle & Culture\n\n"
        "Seoul pastor hands church to his son, sparking outrage\n\n"
        "  • The decision was first found to break the church's own rules\n"
        "  • It was reversed after a four-day general assembly\nTopic |   South Korea\nDaniel Park\n\nDaniel Park  \n\n"
        f"Updated: 10:15am, 29 Sep, 2019\n\n{EN_BODY}",
        {
            "title": "Seoul pastor hands church to his son, sparking outrage",
            "reporters": ["Daniel Park"],
            "updated": "2019-09-29T10:15:00+09:00",
            "captions": ("The exterior of a church in eastern Seoul.",),
            "photo_credits": ("AFP",),
            "body_starts": "The government",
            "body_lacks": "Topic",
        },
    ),
    (
        "an English name beside the date",
        f"Defectors recall months of forced labor\n\nJeongmin Kim November 24, 2020\n\n{EN_BODY}",
        {"reporters": ["Jeongmin Kim"], "published": "2020-11-24", "body_starts": "The government"},
    ),
    (
        "a page's label beside the date is no name",
        f"Yonhap headlines\n\nAll Headlines 13:28 November 09, 2017\n\n{EN_BODY}",
        {"reporters": [], "published": "2017-11-09T13:28:00+09:00"},
    ),
    # A monthly's English site: today's date bar, the headline twice, the writer's user name and a
    # share button in the byline block.
    (
        "a user name as the byline and a share button",
        "Friday, May 29, 2020\nChip exports rebound in spring\nChip exports rebound in spring\n  • By jsmith\n"
        f"  • December 15, 2009, 00:00\nShare articles\n\n{EN_BODY}",
        {"title": "Chip exports rebound in spring", "reporters": ["jsmith"], "subtitles": (), "body_starts": "The gov"},
    ),
    ("a travel heading is no user name", f"Getting there\n\nBy bus\n\n{EN_BODY}", {"reporters": []}),
    (
        "a page component's name over the headline and its date",
        "공통뷰\n\n정부, 취재 지원 후속작업 착수\n등록일 : 2007.06.04\n홍보처가 후속 작업에 착수했습니다.\n\n"
        "홍보처는 우선 리플릿을 제작해 배포했습니다.",
        {"title": "정부, 취재 지원 후속작업 착수", "published": "2007-06-04", "body_starts": "홍보처가"},
    ),
    (
        "a story the page prints twice",
        f"제목입니다\n\n{BODY}\n구는 이번 정비에 예산 12억 원을 투입했다고 덧붙였다.\n홍길동 기자 hong@hanbit.co.kr\n"
        f"{BODY}\n구는 이번 정비에 예산 12억 원을 투입했다고 덧붙였다.\n홍길동 기자 hong@hanbit.co.kr\n"
        "[ⓒ 한빛일보. 무단전재-재배포 금지]",
        {"reporters": ["홍길동"], "body_ends": "덧붙였다.", "paragraphs": None},
    ),
    (
        "a station and its city in the tag before the byline",
        f"제목입니다\n\n[KBS 대전] 홍길동 기자\n{BODY}",
        {"reporters": ["홍길동"], "agency": "KBS", "location": "대전", "body_starts": "정부는"},
    ),
    (
        "an outlet's tag before the byline",
        f"제목입니다\n\n[머니S] 홍길동 기자\n{BODY}",
        {"reporters": ["홍길동"], "agency": "머니S", "body_starts": "정부는"},
    ),
    (
        "a writer's label with the photographer after it",
        f"제목입니다\n\n글=홍길동 기자, 사진=김철수 기자\n{BODY}",
        {"reporters": ["홍길동"], "body_starts": "정부는", "body_lacks": "사진="},
    ),
    (
        "two writers and the date on one line under the deck",
        "Defectors recall months of forced labor\n\nNorth Koreans are in the throes of a labor battle defectors remember\n\n"
        f"Minji Kang | Won-Gi Jung November 24, 2020\n\n{EN_BODY}",
        {
            "reporters": ["Minji Kang", "Won-Gi Jung"],
            "published": "2020-11-24",
            "subtitles": ("North Koreans are in the throes of a labor battle defectors remember",),
            "body_starts": "The government",
        },
    ),
    (
        "places and a date are no writers",
        f"Title of the story\n\nSeoul, Busan and Daegu March 3, 2024\n\n{EN_BODY}",
        {"reporters": []},
    ),
    # A trade paper's list page: each headline glued to its bracketed byline and lead.
    (
        "a list page's headline glued to the byline and lead",
        '-\n"약국 야간 운영 확대해야"…제도개선 대책은?[데일리팜=나약사 기자] 심야에 문을 여는 약국을 늘려야 한다는 '
        "주장이 제기됐다. 19일 약사회에 따르면 최근 국회에서 간담회가 열렸다.",
        {
            "title": '"약국 야간 운영 확대해야"…제도개선 대책은?',
            "reporters": ["나약사"],
            "agency": "데일리팜",
            "location": None,
            "body_starts": "심야에",
        },
    ),
    (
        "a glued headline carrying a photo credit is left out of the title",
        "여권 위원들 비판방송통신심의위원회[방송통신심의위원회 제공. 재판매 및 DB 금지](서울=연합뉴스) 홍길동 기자 = "
        f"{BODY}",
        {"title": None, "reporters": ["홍길동"], "body_starts": "정부는"},
    ),
    (
        "a writer's name under the headline keeps the headline",
        f"Parents sue school over cancelled trip\nIvana Saric\n{EN_BODY}",
        {"title": "Parents sue school over cancelled trip", "reporters": ["Ivana Saric"], "body_starts": "The gov"},
    ),
    (
        "a paywall label between the writer's name and the lead",
        f"Perp walks: what's up with the blurred handcuffs?\nSteven Borowski\nMembers Free to read\n\n{EN_BODY}",
        {"title": "Perp walks: what's up with the blurred handcuffs?", "reporters": ["Steven Borowski"]},
    ),
    # An island weekly's English pages on an older Korean CMS: the headline runs into its deck,
    # Korean toolbar and share bars, a caption with "Photo courtesy".
    (
        "a deck glued to its headline, Korean toolbars and a courtesy credit",
        "A fishing village reinvents itself for tourismVillagers on the east coast open their homes\n"
        "폰트키우기 폰트줄이기 프린트하기 메일보내기 신고하기\n승인 2011.03.11  18:22:40\n"
        "트위터 페이스북 미투데이 요즘 네이버 구글 msn\n\n"
        "▲ Villagers prepare a welcome meal for visitors. Photo courtesy Jeju Province\n\n"
        f"{EN_BODY}",
        {
            "title": "A fishing village reinvents itself for tourism",
            "subtitles": ("Villagers on the east coast open their homes",),
            "published": "2011-03-11T18:22:40+09:00",
            "captions": ("Villagers prepare a welcome meal for visitors.",),
            "photo_credits": ("Jeju Province",),
            "body_starts": "The government",
        },
    ),
    (
        "a brand's capitals are no glued deck",
        f"Users flock to new KakaoTalk feature in Seoul\n\n{EN_BODY}",
        {"title": "Users flock to new KakaoTalk feature in Seoul", "subtitles": ()},
    ),
    (
        "a site's last update in its top bar is not the story's",
        "• UPDATE : 2022.11.15 화 09:38\n상단여백\nHOME 새소식 인사·부음\n<새얼굴> 편집부 새내기의 다짐 "
        f'"지면 가득 진실을 담고 싶어"\n한빛기자협회 | 발행일시 2022.05.26\n\n{BODY}',
        {"published": "2022-05-26", "updated": None, "body_starts": "정부는"},
    ),
    (
        "a column's writer and desk with no title",
        f"|\n|\n홍길동 경제부 |\n|\n{BODY}",
        {"reporters": ["홍길동"], "body_starts": "정부는"},
    ),
    (
        "a wrapped broadcast line ending in a team is no desk",
        f"제목입니다\n\n{BODY}\n신흥 명문팀\n{BODY}",
        {"reporters": []},
    ),
    (
        "a one-paragraph brief signed at its end keeps its byline",
        f"해수욕장 새 단장 마쳐\n\n{BODY} 이민정 기자 minjeong@",
        {"reporters": ["이민정"], "captions": (), "body_ends": "것이다."},
    ),
    # Round 3 (real pages of other outlets, scored before these rules; invented text in their shapes).
    (
        "the byline printed in the top bar and again over the lead, decks between",
        f"한빛일보\n\n뒤로가기\n검색\n메뉴\n사회\n\n항구 재개발 놓고 시와 업체 법정공방\n\n홍길동 기자\n"
        f"  • 입력 2024-05-08 11:46\n댓글 폰트\n\nphoto이미지 크게보기\n\n시 “불법 시설… 철거해야”\n업체 “행정 번복 피해”\n\n"
        f"보령=홍길동 기자 hong@hanbit.co.kr\n\n{BODY}",
        {
            "title": "항구 재개발 놓고 시와 업체 법정공방",
            "subtitles": ("시 “불법 시설… 철거해야”", "업체 “행정 번복 피해”"),
            "reporters": ["홍길동"],
            "location": "보령",
            "body_starts": "정부는",
        },
    ),
    (
        "a wire dateline after a photo's caption and credit in the lead",
        "Minister courts business leaders\nThe minister speaks at a meeting in Seoul on May 8, 2025. Joint Press Corps "
        f"SEOUL, May 8 (AJP) - {EN_BODY}",
        {
            "location": "SEOUL",
            "agency": "AJP",
            "body_starts": "The government",
            "captions": ("The minister speaks at a meeting in Seoul on May 8, 2025.",),
            "photo_credits": ("Joint Press Corps",),
        },
    ),
    (
        "a wire dateline after a headline in a list places the story",
        f"PHOTOS: Voters queue at polling booths SEOUL, June 03 (AJP) - {EN_BODY}",
        {
            "location": "SEOUL",
            "agency": "AJP",
            "body_starts": "The government",
            "title": "PHOTOS: Voters queue at polling booths",  # a kicker, no photo's credit
            "photo_credits": (),
        },
    ),
    ("a month's day with a full stop", f"Blog\n\nby hanbit Feb 01. 2024\n\n{EN_BODY}", {"published": "2024-02-01"}),
    (
        "a board's headline printed again over two lines, with its toolbar and an image's file name",
        "학생 기자단 일곱 명이 현장을 맡는다\n\nby KVJA posted May 06, 2021\n?\n\n단축키\n\nPrev이전 문서\n\nNext다음 문서\n\n"
        "ESC닫기\n\n크게 작게 위로 아래로 댓글로 가기 인쇄\n학생 기자단 일곱 명이\n현장을 맡는다\n\n기자단.jpg\n\n"
        f"{BODY}",
        {"published": "2021-05-06", "body_starts": "정부는"},
    ),
    (
        "a labelled deck",
        f"부제목 :\n취약계층 돌봄 공백을 줄일 방안 논의\n한빛뉴스 홍길동 기자={BODY}",
        {
            "title": None,
            "subtitles": ("취약계층 돌봄 공백을 줄일 방안 논의",),
            "reporters": ["홍길동"],
            "body_starts": "정부는",
        },
    ),
    (
        "a labelled headline",
        f"제목 : 돌봄 공백 줄일 방안 논의\n{BODY}",
        {"title": "돌봄 공백 줄일 방안 논의", "body_starts": "정부는"},
    ),
    (
        "a story set under its deck's mark is the body, not a deck",
        "◎특파원 생활을 담아2년 동안 워싱턴 현장에서 일한 저자가 특파원의 일상과 에피소드를 정리한 귀국 보고서. "
        "새벽 조간 읽기와 브리핑 참석 같은 하루가 생생하다. 저자는 현재 방송사 정치부장이다. "
        "출판사간·6,500원<홍길동 기자>",
        {"reporters": ["홍길동"], "subtitles": (), "body_starts": "◎특파원"},
    ),
    (
        "a deck that opens with a widget's word does not end the story",
        "반응 1위 기사 모음\n\n[브리핑] 누리꾼들이 반응한 주요뉴스\n조회수 1위, 한빛일보 ‘항구 재개발 어디로?’\n"
        f"좋아요 1위, 한빛일보 ‘“새 항구가 답이다”… 시민 모임’\n2020-09-21 06:38:09\n\n{BODY}\n\n{BODY}",
        {"published": "2020-09-21T06:38:09+09:00", "body_ends": "것이다."},
    ),
    (
        "a masthead's byline with the city and its country before the writer",
        f"제목입니다\n\n[한빛데일리 = 오키나와(일본) 홍길동 기자] {BODY}",
        {"reporters": ["홍길동"], "location": "오키나와", "agency": "한빛데일리", "body_starts": "정부는"},
    ),
    (
        "a masthead's byline with the city and a comma",
        f"제목입니다\n\n[OSEN=부산, 홍길동 기자] {BODY}",
        {"location": "부산"},
    ),
    (
        "advertisement slots over the headline",
        f"ADVERTISEMENT\n\n[화보] 항구 축제 개막\n\n한빛일보\n\n입력\n\n업데이트\n\n{BODY}\n\n홍길동·김철수 기자\n\nADVERTISEMENT",
        {"title": "[화보] 항구 축제 개막", "reporters": ["홍길동", "김철수"], "body_starts": "정부는"},
    ),
    (
        "a wire's byline run into the headline",
        f" date 2024-06-26 Most Popular\nFerry service resumes for 3rd dayBy Yonhap\nPublished : June 26, 2024 - 22:01\n{EN_BODY}",
        {
            "title": "Ferry service resumes for 3rd day",
            "agency": "Yonhap",
            "reporters": [],
            "body_starts": "The government",
        },
    ),
    (
        "a word ending in by is no byline",
        f"Ferry service resumes nearby\n\n{EN_BODY}",
        {"title": "Ferry service resumes nearby"},
    ),
    (
        "a broadcaster's name beside the date over the headline",
        f"ABC News October 24, 2024\n\nFerry service resumes after storm\n\n{EN_BODY}",
        {"title": "Ferry service resumes after storm", "published": "2024-10-24", "body_starts": "The government"},
    ),
    (
        "an interview's quoted deck over a lead signed under the masthead and its desk",
        f"[초대석] 청년위원장 인터뷰\n\n  • 홍길동 기자 hong@hanbit.co.kr\n  • 등록 2018.10.29 10:31:27\n\n"
        f"“청년 정치의 밑거름이 될게요”\n\n[한빛시사 정치팀] 홍길동 기자 = {BODY}",
        {
            "subtitles": ("“청년 정치의 밑거름이 될게요”",),
            "agency": "한빛시사",
            "body_starts": "정부는",
            "published": "2018-10-29T10:31:27+09:00",
        },
    ),
    (
        "a section's tag and a desk name no masthead",
        f"제목입니다\n\n[단독 정치팀] 홍길동 기자 = {BODY}",
        {"agency": None},
    ),
    (
        "a photographer-writer's byline under a square bullet",
        f"▣ 사진·글 홍길동 기자 hong@hanbit.co.kr\n\n{BODY}",
        {"reporters": ["홍길동"], "emails": ("hong@hanbit.co.kr",), "body_starts": "정부는"},
    ),
    (
        "a transcript's note says when it aired",
        "- NEWSCENTER 22:00\n- (THIS IS THE TRANSCRIPT FOR HANBIT NEWS THAT AIRED ON 28 Jul 2016- 22:00 KST.)\n"
        f"Title: Headlines\n{EN_BODY}",
        {"published": "2016-07-28T22:00:00+09:00"},
    ),
    (
        "a one-paragraph story with its byline and a slogan-long copyright notice glued on",
        f"제목입니다\n\n[한빛경제 홍길동 기자]{BODY} 심사는 한빛편집연구소 소장과 한빛신문 부국장이 맡았다.홍길동 기자 "
        "<ⓒ세계를 보는 창 경제를 보는 눈, 한빛경제(www.hanbit.co.kr) 무단전재 배포금지>\n\n오늘의 주요 뉴스",
        {"reporters": ["홍길동"], "body_starts": "정부는", "body_ends": "맡았다."},
    ),
    (
        "a press-release wire's dateline",
        f"제목입니다\n\n서울--(뉴스와이어)--{BODY}",
        {"location": "서울", "agency": "뉴스와이어", "reporters": [], "body_starts": "정부는"},
    ),
    (
        "a press-release wire's dateline with its date",
        f"제목입니다\n\n서울--(뉴스와이어) 2011년 03월 23일 -- {BODY}",
        {"location": "서울", "agency": "뉴스와이어", "body_starts": "정부는"},
    ),
    (
        "a 1990s signature: the writer's name in Chinese characters and the address",
        f"제목입니다\n\n{BODY}<洪吉童 hong@hanbit.co.kr>\n1998-12-26 2면",
        {"reporters": ["洪吉童"], "emails": ("hong@hanbit.co.kr",), "body_ends": "것이다."},
    ),
    (
        "a pool photographers' credit closes a photo's caption over the story",
        f"제목입니다\n\n홍길동 기자 | 기사승인 2017. 11. 10. 14:56\n\n대통령이 국회 본회의장에서 연설을 하고 있다. "
        f"연설은 24년 만이다. /국회사진취재단\n\n{BODY}",
        {"photo_credits": ("국회사진취재단",), "body_starts": "정부는", "reporters": ["홍길동"]},
    ),
    (
        "an old wire copy's underscore for the dateline's dash",
        f"Ferry service resumes\n\nBUSAN, South Korea (AP) _ {EN_BODY}",
        {"location": "BUSAN, South Korea", "agency": "AP", "body_starts": "The government"},
    ),
    (
        "a photo agency's credit run into the dateline",
        f"Ferry service resumes\n\niStockphoto/Thinkstock(BUSAN) -- {EN_BODY}",
        {"location": "BUSAN", "photo_credits": ("iStockphoto/Thinkstock",), "body_starts": "The government"},
    ),
    (
        "a magazine's date and issue after the writer and address",
        f"[한빛주간] 팟캐스트 진행자\n\n홍길동 편집국장 hong@hanbit.co.kr 2019년 03월 08일 금요일 제599호\n댓글 0\n\n{BODY}",
        {"reporters": ["홍길동"], "published": "2019-03-08", "body_starts": "정부는"},
    ),
    (
        "a second deck that closes on a quotation",
        f'제목입니다\n\n홍길동 기자\n\n"항구 900억 매입→부채 증가"\n\n반격 나선 한빛시 "시청률 폭삭 주저앉았다"\n\n'
        f'"한빛시는 최대 피해자이다."\n\n{BODY}',
        {
            "subtitles": ('"항구 900억 매입→부채 증가"', '반격 나선 한빛시 "시청률 폭삭 주저앉았다"'),
            "body_starts": '"한빛시는',
        },
    ),
    (
        "a bracketed masthead no list knows before a signed lead",
        f"제목입니다\n\n[한빛사이트] 홍길동 기자 = {BODY}",
        {"reporters": ["홍길동"], "agency": "한빛사이트", "body_starts": "정부는"},
    ),
    (
        "a bracketed masthead and its desk signing the lead",
        f"제목입니다\n\n[한빛사이트] 디지털뉴스팀 = {BODY}",
        {"reporters": [], "agency": "한빛사이트", "body_starts": "정부는"},
    ),
    (
        "a rubric's tag before a signed lead names no masthead",
        f"제목\n\n[이슈분석] 홍길동 기자 = {BODY}",
        {"agency": None},
    ),
    ("a report's edition tag names no masthead", f"제목\n\n[종합2보] 홍길동 기자 = {BODY}", {"agency": None}),
    (
        "a photo's copyright credit mid-story does not end it",
        f"Harbor plan falls flat\n\nBUSAN (AP) — {EN_BODY}\n© Provided by The Harbor Press\n\n"
        "Officials said on Monday that the city's ferry operators could begin offering free rides to any adult "
        "who visited the new terminal.",
        {"photo_credits": ("The Harbor Press",), "body_ends": "terminal."},
    ),
    (
        "a related-stories label whose links are gone does not end the story",
        f"제목입니다\n\n{BODY}\n\n관련기사\n\n시는 이를 위해 새 지원 체계를 시범 도입하고, 안정성과 정확성을 높이는 작업을 거쳐 "
        "하반기부터 시내 모든 구청과 주민센터로 넓혀 상시 운영한다는 계획이다.",
        {"body_ends": "계획이다."},
    ),
    (
        "a related-stories list closes the story",
        f"제목입니다\n\n{BODY}\n관련기사\n- 한빛시, 새 항구 계획 발표\n- 한빛시, 시민 모임 열어\n"
        "정부는 17일 또 다른 지원책을 발표했다고 밝혔다. 시장은 새 대책이 수출 기업의 숨통을 틔울 것이라며 환영했다.",
        {"body_ends": "것이다."},
    ),
    (
        "a copyright line closes the story",
        f"제목입니다\n\n{BODY}\nⓒ 한빛일보\n\n많이 본 뉴스\n정부는 17일 또 다른 지원책을 발표했다고 밝혔다. 시장은 환영했다.",
        {"body_ends": "것이다."},
    ),
    (
        "a sentence that opens with 구독",
        f"제목입니다\n\n{BODY}\n\n구독자 수가 지난달 10만 명을 넘었다.",
        {"body_ends": "넘었다."},
    ),
    (
        "a photo's source labelled 출처 is a credit, not a deck",
        f"지방선거 취재반 가동\n\n  • 승인 2022-04-17 10:10\n  • 홍길동 기자\n한빛일보\n사진출처=한빛일보 홈페이지\n{BODY}",
        {"subtitles": (), "photo_credits": ("한빛일보 홈페이지",), "published": "2022-04-17T10:10:00+09:00"},
    ),
    # round 4 (stored pages of regional papers, broadcasters and sports desks; invented text)
    ("a given name ending in 국 is a person", f"제목입니다\n\n{BODY} 박진국 기자", {"reporters": ("박진국",)}),
    (
        "국 names beside a masthead",
        f"[한빛일보] 최영국 기자 = {BODY}",
        {"reporters": ("최영국",), "agency": "한빛일보"},
    ),
    ("a bureau is no person", f"편집국 홍길동 기자 = {BODY}", {"reporters": ("홍길동",)}),
    (
        "a ballpark datelines a sports desk's byline",
        f"[한빛스포츠 = 고척돔 김진성 기자] {BODY}",
        {"reporters": ("김진성",), "location": "고척돔", "agency": "한빛스포츠"},
    ),
    (
        "a place set apart by a comma in a masthead byline",
        f"[한빛스포츠=잠실, 홍길동 기자] {BODY}",
        {"reporters": ("홍길동",), "location": "잠실"},
    ),
    (
        "two names with a comma stay two reporters",
        f"[한빛스포츠=김민수, 홍길동 기자] {BODY}",
        {"reporters": ("김민수", "홍길동"), "location": None},
    ),
    (
        "an outlet's share button between headline and deck",
        f"올 시즌부터 한빛리그 경기 중 감독 인터뷰\n\n한빛닷컴 기사퍼가기\n\n3회 말 끝난 뒤 중계진과\n\n{BODY}",
        {"title": "올 시즌부터 한빛리그 경기 중 감독 인터뷰", "subtitles": ("3회 말 끝난 뒤 중계진과",)},
    ),
    (
        "a recommendation box under a signed last paragraph",
        f"제목입니다\n\n{BODY}\n\n시는 하반기에 새 대책을 낸다. 박진국 기자\n\n당신을 위한 AI 추천 기사",
        {"reporters": ("박진국",), "body_ends": "낸다."},
    ),
    (
        "an app banner over a Korean headline",
        f"Mobile App\n\nExperience a richer experience on our mobile app!\n\n[현장]감독 첫 출연\n\n"
        f"[잠실=한빛스포츠 홍길동 기자] {BODY}",
        {"title": "[현장]감독 첫 출연", "location": "잠실", "body_starts": "정부는"},
    ),
    (
        "other stories' headlines bulleted over the headline",
        f"- City council OKs new budget\n- Ferry line reopens after storm\n- Schools add evening classes\n"
        f"Harbor plan falls flat\n{EN_BODY}",
        {"title": "Harbor plan falls flat", "body_starts": "The government"},
    ),
    (
        "an anchor hands over with what the reporter did",
        "[앵커]\n\n태풍 피해가 컸습니다. 홍길동 기자가 피해 현장을 다녀왔습니다.\n\n[기자]\n\n" + BODY,
        {"reporters": ("홍길동",)},
    ),
    (
        "an anchor's handover inside a one-line list item",
        "태풍 피해 복구 '우려'\n【 앵커멘트 】 태풍이 지났습니다. 김철수 기자가 현장을 다녀왔습니다. 【 기자 】 "
        + BODY,
        {"reporters": ("김철수",)},
    ),
    (
        "writers, their newsroom and their city after by",
        f"by Jane Roe and John Doe, Harbor News, Busan\n{EN_BODY}",
        {"reporters": ("Jane Roe", "John Doe"), "agency": "Harbor News", "location": "Busan"},
    ),
    (
        "crumbs of several words and a headline with its small words",
        f"Home»Breaking News»world\n\nHarbor plan believed to be the largest in a decade\n\n"
        f"Tuesday, November 28, 2017 - 07:08 pm\n\n{EN_BODY}",
        {"title": "Harbor plan believed to be the largest in a decade", "body_starts": "The government"},
    ),
    (
        "skip links are no headline",
        f"Go to Contents Go to Navigation\nHarbor plan falls flat\n{EN_BODY}",
        {"title": "Harbor plan falls flat"},
    ),
    (
        "a file photo's caption credited after a dash",
        f"Harbor plan falls flat\n\nA ferry at the pier\nA ferry waits at the pier in Busan (file photo). -AP\n\n"
        f"{EN_BODY}\n\nHold tight - we’re checking permissions before loading more content",
        {"body_starts": "The government", "photo_credits": ("AP",), "body_ends": "exporters."},
    ),
    (
        "a script wrapped in short lines, its speaker marks opening lines",
        "태풍 피해 복구 '한마음'…빠른 복구 '기대' 구분사회(홍길동 기자) 2020.09.18 09:55:30\n\n"
        "<앵커> 남] 두 차례에 걸친 태풍으로 한빛도 내\n재산 피해가 크게 집계됐습니다.\n\n"
        "피해 복구가 막막한 상황이지만 이 곳에도\n희망은 있습니다.\n\n"
        "여] 다양한 도움의 손길로\n복구 작업이 속도를 내고\n있습니다.",
        {
            "title": "태풍 피해 복구 '한마음'…빠른 복구 '기대'",
            "reporters": ("홍길동",),
            "published": "2020-09-18T09:55:30+09:00",
            "body_starts": "두 차례에 걸친 태풍으로 한빛도 내 재산 피해가",
            "body_ends": "복구 작업이 속도를 내고 있습니다.",
        },
    ),
    (
        "a region picker's menu and its orphaned words over the headline",
        "지역방송 홈\n를 클릭 하시면 관심지역으로 설정됩니다.\n서울\n강원\n오늘의뉴스 | 뉴스 | 지역방송 | 한빛방송\n"
        "태풍 피해 복구 '한마음' 구분사회(홍길동 기자) 2020.09.18 09:55:30\n\n두 차례에 걸친 태풍으로 한빛도 내\n재산 피해가 크게 집계됐습니다.\n\n"
        "피해 복구가 막막한 상황이지만 이 곳에도\n희망은 있습니다.\n\n다양한 도움의 손길로\n복구 작업이 속도를 내고\n있습니다.",
        {"title": "태풍 피해 복구 '한마음'"},
    ),
    (
        "a running story's label over the headline",
        f"기사 본문 영역\n\n상세페이지\n\n이슈태풍 하이선\n태풍이 쓸고 간 곳곳 복구 ‘구슬땀’\n입력 2020.09.08 (21:14) 수정 2020.09.08 (22:04)\n{BODY}",
        {"title": "태풍이 쓸고 간 곳곳 복구 ‘구슬땀’", "published": "2020-09-08T21:14:00+09:00"},
    ),
    (
        "a desk named 편집부 is no edit label",
        f"제목입니다\n편집부 2018.02.09 15:12\n{BODY}",
        {"published": "2018-02-09T15:12:00+09:00", "updated": None},
    ),
    (
        "a board's post line with its counters",
        f"제목입니다\n홍길동(hong) 2018.02.09 15:12 조회 : 5147\n{BODY}",
        {"published": "2018-02-09T15:12:00+09:00"},
    ),
    (
        "two times with a bar between: first print and update",
        f"Harbor plan falls flat\n\n2018.05.09 16:40:19 | 2018.05.09 17:08:56\n\n{EN_BODY}",
        {"published": "2018-05-09T16:40:19+09:00", "updated": "2018-05-09T17:08:56+09:00"},
    ),
    ("a topic over a date is no writer", f"Title\n\n{EN_BODY}\n\nTrilateral Summit\n\n2018.05.09", {"reporters": ()}),
    (
        "a blog platform's slogan and a pen name over headline and deck",
        "brunch\n\nYou can make anything\nby writing\n\nC.S.Lewis\n\nby 한빛 Feb 01. 2024\n\n"
        f"한빛시 편집팀의 마음 크기는?\n\n충동적으로 지원했다\n\n{BODY}",
        {"reporters": ("한빛",), "title": "한빛시 편집팀의 마음 크기는?", "published": "2024-02-01"},
    ),
    (
        "an empty field's label is no headline",
        "ID :\n682889\nTue, 05/28/2024 - 03:19\nAuther :\n\nHarbor plan falls flat\n\n"
        f"BUSAN, May 27 (Harbor Press)--{EN_BODY}",
        {"title": "Harbor plan falls flat", "location": "BUSAN"},
    ),
    (
        "a quoted headline over its section",
        f'"한빛시에 감사… 영광 나누고 싶다"\n\n미디어\n\n{BODY}',
        {"title": '"한빛시에 감사… 영광 나누고 싶다"', "body_starts": "정부는"},
    ),
    (
        "a caption over a photographer's bare credit, and the story after it",
        f"제목입니다\n\n{BODY}\n\n2일 오후 한빛시 사무실에서 시상식이 열리고 있다.\n"
        "2일 오후 한빛시 사무실에서 시상식이 열리고 있다.\nⓒ 홍길동\n\n관련사진보기\n\n"
        '"모든 것이 이 활동을 하면서 시작됐습니다." - 김철수 시민기자\n\n2일 오후 5시부터 한빛시 사옥에서 시상식이 열렸습니다.',
        {
            "photo_credits": ("홍길동",),
            "captions": ("2일 오후 한빛시 사무실에서 시상식이 열리고 있다.",),
            "body_ends": "열렸습니다.",
        },
    ),
    (
        "an editors' note boxed over the story",
        f"제목입니다\n\n【한빛뉴스는 개인의 일상을 소재로 한 생활글도 뉴스로 채택하고 있습니다. 당신의 이야기를 들려주세요.】\n\n{BODY}",
        {"body_starts": "정부는"},
    ),
    ("a masthead's desk tag opening the lead", f"제목입니다\n\n[한빛 경제] {BODY}", {"body_starts": "정부는"}),
    (
        "a caption printed twice, a garbled button after the first",
        "Harbor plan falls flat\n\nA ferry waits at the pier in Busan on Monday. [Photo by Kim]À̹ÌÁö È®´ë\n\n"
        f"A ferry waits at the pier in Busan on Monday. [Photo by Kim]\n\n{EN_BODY}",
        {"body_starts": "The government"},
    ),
    (
        "a deck asking its question in quotes, over the publisher's byline",
        "한빛뉴스 ‘번역’으로 영문 게재…지난 3주 간의 반응\n\n“번역기에 상이 안겨지는 날이 머지 않았다?”\n\n"
        f"홍길동 발행인 | 기사입력 2020/10/23 [10:36]\n\n{BODY}",
        {"subtitles": ("“번역기에 상이 안겨지는 날이 머지 않았다?”",), "body_starts": "정부는"},
    ),
    (
        "a deck ending in a noun in 요 (필요) is no sentence",
        "‘번역’ 적극 활용...문화선진국으로 만들어갑시다!\n\n한빛정보 번역 활용하기 캠페인 “영향력 높이려면 영문 스토리 만들기 캠페인 필요”\n\n"
        f"홍길동 발행인 | 기사입력 2021/02/18 [13:17]\n\n{BODY}",
        {
            "subtitles": ("한빛정보 번역 활용하기 캠페인 “영향력 높이려면 영문 스토리 만들기 캠페인 필요”",),
            "body_starts": "정부는",
        },
    ),
    (
        "a caption marked ▲ in two languages, its copyright holder after it",
        "한빛뉴스 ‘번역’ 이용한 영문기사 게재 ‘3개월째 보고서’\n\n홍길동 발행인 | 기사입력 2020/12/29 [13:46]\n\n▲ 본사 사옥. 뒷 건물은 시청.  Headquarters office building. The back building is city hall.  ©한빛뉴스"
        f"\n\n{BODY}",
        {"photo_credits": ("한빛뉴스",), "body_starts": "정부는"},
    ),
    (
        "a reporter's page introducing its reporter",
        '안녕하세요. 한빛뉴스 심층취재팀 기자 홍길동입니다.\n한빛시 지지율 6%…"거품 빠졌나?"[대책회의]',
        {"reporters": ("홍길동",)},
    ),
    (
        "a press conference's transcript: banner text, speakers in capitals",
        "speeches and statesment by prime minister Prime Minister of Hanbit top page\n\n"
        "Press Conference by Prime Minister Hong Gil\n\nTuesday, April 12, 2011\n[Provisional Translation]\n\n"
        "CABINET PUBLIC RELATIONS SECRETARY: We will now begin the press conference with Prime Minister Hong Gil.",
        {"title": "Press Conference by Prime Minister Hong Gil", "location": None, "published": "2011-04-12"},
    ),
    (
        "a translation note over a press conference, its date and venue",
        "(* This is a provisional translation by an external company for reference purpose only.)\n\n"
        "Press Conference by Minister for Foreign Affairs Hong Gil\n\n"
        f"Friday, March 24, 2017, 8:43 a.m. Front Entrance Hall, Prime Minister’s Office\n\n{EN_BODY}",
        {
            "title": "Press Conference by Minister for Foreign Affairs Hong Gil",
            "published": "2017-03-24T08:43:00+09:00",
        },
    ),
    (
        "a tag closing the headline is no reporter",
        f"‘한빛뉴스’ 17일 개편...7년만 앵커진 전면 교체[공식]\n\n{BODY}",
        {"title": "‘한빛뉴스’ 17일 개편...7년만 앵커진 전면 교체[공식]", "reporters": ()},
    ),
    (
        "a portal's copy names its source in brackets over the story",
        f"[알림] 한빛일보 오피니언면 한층 다채로워집니다\n\n2020. 12. 30. 20:40\n\n[한빛일보]\n\n{BODY}",
        {"agency": "한빛일보", "body_starts": "정부는"},
    ),
    ("a photo's credit in brackets is no masthead", f"제목입니다\n\n[사진=한빛일보]\n\n{BODY}", {"agency": None}),
    (
        "a wire's date and name with no place",
        f"Harbor plan falls flat\n\nJan. 9 (Harbor Press) — {EN_BODY}",
        {"agency": "Harbor Press", "body_starts": "The government", "location": None},
    ),
    (
        "a section's name over its date is no writer",
        f"Articles by Ko Jun-tae\nKo Jun-tae\n-\nHarbor plan falls flat\n{EN_BODY}\nSocial Affairs Sept. 22, 2021\n-",
        {"reporters": ("Ko Jun-tae",)},
    ),
    (
        "a signature and the paper's name and date closing the last paragraph",
        f"제목입니다\n\n{BODY}\n\n이번 전시회는 규모 면에서 이전에 비해 3.7배 커지는 등 외형은 어느 때보다 커진 모습이다. "
        "<홍길동 기자> <한빛저널 2008/10/15> |",
        {"reporters": ("홍길동",), "published": "2008-10-15", "body_ends": "모습이다."},
    ),
    (
        "an author page's name, given name first",
        "ABOUT THE AUTHOR\n\nSeung-Yeon Chung\n\nSeung-Yeon Chung\n\n"
        "Seung-Yeon Chung is a state media specialist at Harbor News. She previously worked at a broadcaster.",
        {"reporters": ("Seung-Yeon Chung",)},
    ),
    (
        "an anchor hands over to our correspondent deep in a newscast's script",
        "(THIS IS THE TRANSCRIPT FOR HANBIT NEWS THAT AIRED ON 11 Aug 2016- 22:00 KST.)\nTitle: News Headlines\n"
        "Tonight on Newscenter...\nThe city lowers its power bills.\nTitle: City and council vow to cooperate\n"
        "The new council leaders sat down with the mayor to discuss current issues.\n"
        "First, our city hall correspondent Hong Gil-dong.\nThe mayor sat down with the council leaders on Thursday.",
        {"reporters": ("Hong Gil-dong",), "published": "2016-08-11T22:00:00+09:00"},
    ),
    (
        "a headline closing on a quotation with no full stop",
        f"'소속 기자 연루' 한빛경제, 사장 사의...\"도의적 책임 지겠다\"\n{BODY}\n2026-02-09",
        {"title": "'소속 기자 연루' 한빛경제, 사장 사의...\"도의적 책임 지겠다\"", "published": "2026-02-09"},
    ),
    (
        "a list item's section and time run into its lead",
        f"-\n‘킹달러’ 수혜받는 한빛…투자 매력 커진다\n증권 국내증시 2022.09.19 16:28:36{BODY}",
        {"published": "2022-09-19T16:28:36+09:00", "body_starts": "정부는"},
    ),
    (
        "a list item's headline, masthead and lead on one line",
        f"한빛시 국회의원, 공주·부여 특별교부세 43억 확보 [한빛저널] {BODY}",
        {"title": "한빛시 국회의원, 공주·부여 특별교부세 43억 확보", "agency": "한빛저널", "body_starts": "정부는"},
    ),
    ("a masthead tag and its sign opening the lead", f"제목입니다\n\n[한빛뉴스]= {BODY}", {"body_starts": "정부는"}),
    (
        "a portal's image hint over the headline",
        f"<이미지를 클릭하시면 크게 보실 수 있습니다>\n\n한빛시 참사, 충분히 아시나요?\n\n{BODY}",
        {"title": "한빛시 참사, 충분히 아시나요?"},
    ),
    (
        "a file photo's caption and the wire, city and day over the story",
        "Harbor plan falls flat\n\nThis file photo taken on April 23, 2020 shows ferries at the pier in Busan. (File photo)\n"
        f"Reuters, Busan Tuesday 16 June 2020\n{EN_BODY}",
        {"agency": "Reuters", "location": "Busan", "published": "2020-06-16", "body_starts": "The government"},
    ),
    (
        "a masthead, its section's brand and the writer in brackets",
        f"[한빛일보 스타in 홍길동 기자] {BODY}",
        {"reporters": ("홍길동",), "agency": "한빛일보", "body_starts": "정부는"},
    ),
    (
        "the newsroom's tip address under its slogan is no reporter's",
        f"[한빛뉴스 홍길동 기자] {BODY}\n저작권자 Ⓒ한빛뉴스\n제보가 세상을 바꿉니다.\nhanbit3228@example.com",
        {"reporters": ("홍길동",), "emails": ()},
    ),
    (
        "a comment box under the story is no paragraph of it",
        f"제목입니다\n\n{BODY}\n\n댓글삭제\n\n삭제한 댓글은 다시 복구할 수 없습니다.\n\n그래도 삭제하시겠습니까?\n\n"
        "이 기사에 대해 어떻게 생각하시나요?\n\n댓글을 남겨주세요.",
        {"body_ends": "것이다."},
    ),
    (
        "a magazine's writer card over the headline and its lead",
        f"Jane Roe\nMembers Free to read\n\nHarbor plan falls flat: what's next?\n\n{EN_BODY} The ferry line will wait.",
        {"reporters": ("Jane Roe",), "title": "Harbor plan falls flat: what's next?", "body_starts": "The government"},
    ),
    (
        "a press reader's outlet and day, and writers with their cities",
        "Harbor plan falls flat\nThe Harbor Globe|December 07, 2024\nJane Roe Tokyo John Doe Seoul\n" + EN_BODY,
        {"agency": "The Harbor Globe", "published": "2024-12-07", "reporters": ("Jane Roe", "John Doe")},
    ),
    (
        "a blog's label page furniture over the post",
        "Showing posts with label politics. Show all posts\n\nSunday, November 20, 2011\n\n"
        f"Harbor plan falls flat (Banned)\n\n{EN_BODY}",
        {"title": "Harbor plan falls flat (Banned)", "published": "2011-11-20"},
    ),
    (
        "an editors' note between the byline and the story",
        f'[우보세]"봇, 세 줄 요약 좀…"\n\n홍길동 기자\n2017.12.14 05:50\n'
        f"[편집자주] 뉴스현장에는 희로애락이 있습니다. '우보세'는 시니어 기자들이 뉴스 속의 뉴스를 전하는 코너입니다.\n\n{BODY}",
        {"reporters": ("홍길동",), "body_starts": "정부는"},
    ),
    (
        "a caption credited after a slash under the headline",
        f"기사 3줄로 알려주는 한빛 '요약봇', 편집권 침해냐 추세냐\n\n한빛 '요약봇' 서비스. / 한빛 홈페이지 발췌\n\n\n\n{BODY}",
        {"title": "기사 3줄로 알려주는 한빛 '요약봇', 편집권 침해냐 추세냐", "photo_credits": ("한빛 홈페이지 발췌",)},
    ),
    (
        "a site's 최종편집 bar is no writer",
        f"최종편집 2025년 07월 01일 22시 42분\n홈\n오피니언\n정치\n홍길동\nhong@example.com\n부산 홍길동 기자입니다.\n{BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "an institution after by is no writer",
        f"Harbor Life, a paper for the city\n\n{EN_BODY}\n\nPoet Park Ha / by Harbor Digital Cultural Center",
        {"reporters": ()},
    ),
    (
        "a press reader's outlet with its day on the next line after a bar",
        f"Harbor plan falls flat\nThe Harbor Times\n|December 19, 2024\n{EN_BODY}",
        {"agency": "The Harbor Times", "published": "2024-12-19", "body_starts": "The government"},
    ),
    (
        "a photo story signed with the address run into 기자, then links to other stories",
        f"[오늘의 포토] 항구의 아침\n![]() |\n{BODY}\n/홍길동 기자hong@example.com\n![]() |\n"
        "[오늘의 지면] 항구 재개발 부지서 유물 발견\n한빛고 배구부 ‘경사’",
        {"reporters": ("홍길동",), "emails": ("hong@example.com",), "captions": (), "body_ends": "것이다."},
    ),
    (
        "a broadcast signed off from where it was reported, and its tip box",
        f"항구의 아침\n\n2025.02.28. 오후 9:49.\nAD\n[앵커]\n{BODY}\n\n부산에서 KBS 홍길동입니다.\n\n"
        "촬영기자 : 김철수\n\nKBS 홍길동 (hong@example.com)\n\n※ '당신의 제보가 뉴스가 됩니다'\n"
        "[전화] 02-000-0000\n[메일] tips@example.com",
        {
            "reporters": ("홍길동",),
            "emails": ("hong@example.com",),
            "location": "부산",
            "agency": "KBS",
            "subtitles": (),
            "body_ends": "것이다.",
        },
    ),
    (
        "a newsroom's call for tips under the story names no outlet",
        f"항구의 아침\n\n{BODY}\n\n※ '당신의 제보가 뉴스가 됩니다'\n[전화] 02-000-0000",
        {"agency": None, "body_ends": "것이다."},
    ),
    (
        "a photo page's date, its 기사 편집 label and time, the writer and address on one line",
        f"[포토] 항구의 아침\n\n2020-08-27기사 편집 2020-08-27 08:41:37      홍길동 기자 hong@example.com\n\n{BODY}",
        {"reporters": ("홍길동",), "published": "2020-08-27", "updated": "2020-08-27T08:41:37+09:00"},
    ),
    (
        "other stories' bulleted headlines over a sentence-case headline",
        f"- Harbor plan falls flat\n- Council meets on the budget\n- Ferry line will wait\n"
        f"City to open harbor office next year\n{EN_BODY}",
        {"title": "City to open harbor office next year", "body_starts": "The government"},
    ),
    (
        "a writer's card with the paper and desk in brackets",
        f"최원형(한빛일보 사회부 기자)\n\nReleases\n\n{BODY}",
        {"reporters": ("최원형",), "agency": "한빛일보"},
    ),
    (
        "a screen reader's note over the headline",
        f"화면낭독기 사용시 다음 링크들을 이용하면 더 빠르게 탐색할 수 있습니다.\n[커버] 항구의 아침\n\n{BODY}",
        {"title": "[커버] 항구의 아침", "body_starts": "정부는"},
    ),
    (
        "a headline, its day and writer run into the lead",
        f"“항구의 아침을 여는 사람들” 2024-05-17 홍길동 기자 {BODY}",
        {"reporters": ("홍길동",), "published": "2024-05-17", "body_starts": "정부는"},
    ),
    (
        "people named in brackets inside the lead's sentence are no byline",
        "항구의 밤\n\n2022년 12월 30일 17시 00분\n\n지난 14일 한빛재단은 회원의 밤 행사(진행 홍길동 PD, 김철수 기자)를"
        " 열었습니다. 올해로 10년이 되는 해입니다.",
        {"reporters": (), "published": "2022-12-30T17:00:00+09:00", "body_starts": "지난 14일"},
    ),
    (
        "a page rendered in Hanja, its headline with the paper after a bar",
        f"“항구의 아침을 여는 사람들”|동아일보\n\n“항구의 아침을 여는 사람들”\n\n  • 東亞日報\n  • 入力 2019年 9月 2日 03時 00分\n\n{BODY}",
        {"title": "“항구의 아침을 여는 사람들”", "published": "2019-09-02T03:00:00+09:00", "agency": "동아일보"},
    ),
    (
        "the paper's name bulleted under the headline, decks, and a caption printed twice with its source",
        "항구의 아침이 달라집니다\n\n  • 동아일보\n\n저녁 7시 메인뉴스… 분석 강화\n오전 10시 라이브… 현장 연결\n\n"
        "한빛TV가 18일부터 뉴스를 개편해 시청자들에게 새롭게 다가간다. ‘라이브’를 진행할 홍길동 차장과 김철수 기자, ‘뉴스’의 이영희 기자(왼쪽부터). 한빛TV 제공\n"
        "한빛TV가 18일부터 뉴스를 개편해 시청자들에게 새롭게 다가간다. ‘라이브’를 진행할 홍길동 차장과 김철수 기자, ‘뉴스’의 이영희 기자(왼쪽부터). 한빛TV 제공\n"
        f"{BODY}",
        {"title": "항구의 아침이 달라집니다", "agency": "동아일보", "reporters": (), "body_starts": "정부는"},
    ),
    (
        "a blog's card, a pen name and a Korean-style date",
        f"본문 바로가기\n건강한 정보\n\n항구 재개발이 늦어지는 이유\n\nby 항구산책자 2025. 4. 18.\n\n1. 무엇인가?\n\n{BODY}",
        {"title": "항구 재개발이 늦어지는 이유", "reporters": ("항구산책자",), "published": "2025-04-18"},
    ),
    (
        "an aggregator's source and day under the headline",
        f"Harbor plan falls flat in the council\nNikkei -- Aug 26\n{EN_BODY}",
        {"title": "Harbor plan falls flat in the council", "agency": "Nikkei", "published": None},
    ),
    (
        "reporters' cards marked with a triangle under a desk's launch note",
        f"{BODY}\n\n▲홍길동 기자 hong@example.com\n\n▲ 홍길동 기자\n\n기자생활 7년째를 맞이하고 있습니다.\n\n"
        "▲김철수 기자 kim@example.com\n\n▲ 김철수 기자\n\n1년차 기자로서 현안을 살피겠습니다.",
        {"reporters": ("홍길동", "김철수"), "emails": ("hong@example.com", "kim@example.com")},
    ),
    (
        "a headline and its deck under the page's section name and weather bar",
        f"2026.01.30 (금)\n  • 맑음서울 -8.9℃\n기상청 제공\n\n통신원리포트\n\n한빛일보 홍 길·김 철 기자, 시상금 기탁\n\n"
        f"‘지역신문 컨퍼런스’ 대상 시상금 모금회에 전달\n\n{BODY}",
        {"title": "한빛일보 홍 길·김 철 기자, 시상금 기탁", "reporters": (), "body_starts": "정부는"},
    ),
    (
        "reporters the headline names, under photos whose alt text drops its quotes, and the card's writer",
        "한빛일보 홍길동·김철수 기자, 지역기자협회 '이달의 기자상'\n\n  • 이영희\n  • |\n  • 입력 2023-07-18  |  "
        "수정 2023-07-17 15:38\n한빛일보 홍길동·김철수 기자, 지역기자협회 이달의 기자상\n한빛일보 홍길동 기자\n"
        f"한빛일보 홍길동·김철수 기자, 지역기자협회 이달의 기자상\n한빛일보 김철수 기자\n\n{BODY}",
        {
            "title": "한빛일보 홍길동·김철수 기자, 지역기자협회 '이달의 기자상'",
            "reporters": ("이영희",),
            "published": "2023-07-18",
            "subtitles": (),
            "body_starts": "정부는",
        },
    ),
    (
        "two writers joined by a comma on the card, a past-tense caption under an image's file name",
        '"항구 재개발 속도 내주길"\n\n  • 홍길동,김철수\n  • |\n  • 입력 2023-06-07\n한빛일보 독자위원회\n'
        "2023060701010002365.jpg\n독자위원회 회의가 지난달 31일 한빛일보 회의실에서 열렸다. 김철수기자 kim@example.com\n\n"
        f"{BODY}",
        {
            "reporters": ("홍길동", "김철수"),
            "captions": ("독자위원회 회의가 지난달 31일 한빛일보 회의실에서 열렸다.",),
            "body_starts": "정부는",
        },
    ),
    (
        "a portal's byline: name, a long masthead, the address in brackets and the time; its summary notice",
        "항구 재개발 속도 낸다[공식]\n\n홍길동 한빛투데이 기자(hong@example.com) 2023. 7. 12. 11:24\n"
        "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.\n\n"
        f"{BODY}",
        {
            "title": "항구 재개발 속도 낸다[공식]",
            "reporters": ("홍길동",),
            "emails": ("hong@example.com",),
            "published": "2023-07-12T11:24:00+09:00",
            "body_starts": "정부는",
        },
    ),
    (
        "a dateline signature with its address in brackets, a portrait caption naming the headline's subject",
        f"[축사] 홍길동 한빛시의회 의장\n\n\n홍길동 한빛시의회 의장.\n\n{BODY}\n\n/수원=김철수 기자(kim@example.com)",
        {
            "reporters": ("김철수",),
            "emails": ("kim@example.com",),
            "location": "수원",
            "captions": ("홍길동 한빛시의회 의장.",),
            "body_starts": "정부는",
        },
    ),
    (
        "a link to the story's Korean edition under its posted time is no writer",
        f"Go to contents\n\nHarbor plan falls flat\n\nPosted January. 04, 2011 11:37,   \n\n한국어\n\n{EN_BODY}",
        {"title": "Harbor plan falls flat", "reporters": (), "published": "2011-01-04T11:37:00+09:00"},
    ),
    (
        "two decks joined by an ellipsis under the source and day",
        "“현장에서 뵙겠습니다”\n한빛TV 사보 2023.08.03\n"
        "한빛TV ‘뉴스’ 17일 새단장 새 앵커에 홍길동·김철수 기자 ‘뉴스 5후’ 신설 … 모바일에 최적 ‘동네클라스’는 시간대 변경\n\n"
        f"{BODY}",
        {"published": "2023-08-03", "reporters": (), "body_starts": "정부는"},
    ),
    (
        "a lead under the paper's tag that closes on its photo's mark",
        "[한빛신문] 한빛시가 펴내는 소식지의 명예기자 위촉식이 지난 1월 29일 시청에서 열렸다.<사진>\n"
        "소식지는 2013년 4월부터 제작된 것으로 시민들에게 배부된다.\n홍길동 기자 hong@example.com",
        {"title": None, "agency": "한빛신문", "reporters": ("홍길동",), "body_starts": "한빛시가 펴내는"},
    ),
    (
        "a photo's caption signed by its photographer under a signed headline",
        "항구의 새 얼굴 홍길동\n\n김철수 기자 2024. 1. 1. 03:04\n\n"
        "새해 1월 1일부터 항구관리소를 맡게 된 홍길동 소장. /이영희 기자\n\n"
        f"{BODY}",
        {
            "reporters": ("김철수",),
            "captions": ("새해 1월 1일부터 항구관리소를 맡게 된 홍길동 소장.",),
            "body_starts": "정부는",
        },
    ),
    (
        "two writers in the paper's bracket, each with the title",
        f"제목\n\n[한빛경제 홍길동 기자, 김철수 기자] {BODY}",
        {"reporters": ("홍길동", "김철수"), "agency": "한빛경제", "body_starts": "정부는"},
    ),
    (
        "a magazine's standfirst under the headline, a paywall's box",
        "Jane Doe\n\nHarbor notebook\n\nTales of life on the old waterfront show there’s nothing quaint about the new port's"
        f" long hours\n\n{EN_BODY}\n\nAlready a subscriber? Log in",
        {
            "title": "Harbor notebook",
            "reporters": ("Jane Doe",),
            "captions": (),
            "body_starts": "The government announced",
        },
    ),
    (
        "a wire photo's caption dated, its photographer run on after the date",
        "Harbor plan falls flat\n\nThe mayor looks on during an interview at the city hall in Busan, South Korea June 22,"
        f" 2017.Jane Roe\n\n1 Min Read\n\nBUSAN (Reuters) - {EN_BODY}",
        {"photo_credits": ("Jane Roe",), "agency": "Reuters", "body_starts": "The government announced"},
    ),
    (
        "a weather box, a share count, a web release time and the paper's tag on the lead",
        "  • 맑음서울 -0.8℃\n  • 맑음청주 -1.0℃\n기상청 제공\n\n최근기사\n\n이 기사는 0번 공유됐고 0개의 댓글이 있습니다.\n\n"
        f"  • 웹출고시간2025.02.20 19:07:16\n  • 최종수정2025.02.21 08:33:40\n[한빛일보] {BODY}",
        {"published": "2025-02-20T19:07:16+09:00", "agency": "한빛일보", "body_starts": "정부는"},
    ),
    (
        "a short lead under the paper's tag",
        "항구 새단장\n\n[한빛신문] 항구가 새단장을 한다.\n항만공사는 10일 가을 개편을 예고했다.\n홍길동 기자 hong@example.com",
        {"agency": "한빛신문", "reporters": ("홍길동",), "body_starts": "항구가 새단장을 한다."},
    ),
    (
        "a caption printed twice without a credit, under the headline",
        "항구 홍보 강화\n\n한빛시청 회의실에서 열린 항구 홍보 회의에서 참석자들이 기념촬영을 하고 있다.\n"
        f"한빛시청 회의실에서 열린 항구 홍보 회의에서 참석자들이 기념촬영을 하고 있다.\n\n{BODY}",
        {
            "captions": ("한빛시청 회의실에서 열린 항구 홍보 회의에서 참석자들이 기념촬영을 하고 있다.",),
            "body_starts": "정부는",
        },
    ),
    (
        "a caption with its source after it, under the time",
        "“항구가 달라집니다”\n\n입력 2023-02-27 04:03\n한빛시청 회의실에서 열린 회의에서 참석자들이 기념촬영을 하고 있다. "
        f"한빛시 제공\n\n{BODY}",
        {"photo_credits": ("한빛시",), "published": "2023-02-27T04:03:00+09:00", "body_starts": "정부는"},
    ),
    (
        "a portal's text-to-speech box and bare labels under the headline",
        "항구 재개발 속도 낸다\n\n입력\n수정2018.02.21. 오후 5:02\n기사원문\n성별\n말하기 속도\n\n"
        "이동 통신망을 이용하여 음성을 재생하면 별도의 데이터 통화료가 부과될 수 있습니다.\n\n지면보기\n종합 10면\n\n"
        f"{BODY}",
        {"reporters": (), "subtitles": (), "updated": "2018-02-21T17:02:00+09:00", "body_starts": "정부는"},
    ),
    (
        "a video page's headline with its channel's name in both scripts after a slash",
        "\n한빛뉴스 Hanbitnews\nチャンネル登録者数 104万人\n22万 回視聴 ・ 2387いいね ・ 2024/10/30\n"
        "[특파원 현장] 항구 기자실도 '술렁'…\"이런 적 처음\" / 한빛뉴스 (Hanbitnews)\n"
        f"(서울=한빛뉴스) {BODY}",
        {"title": "[특파원 현장] 항구 기자실도 '술렁'…\"이런 적 처음\"", "agency": "한빛뉴스", "body_starts": "정부는"},
    ),
    (
        "a label naming the kind of articles over the headline",
        f"어린이한빛과학&한빛수학 기사\n항구에 대해 파헤치다!\n{BODY} 이번 기사에서는 최근에 새로 만들어진 항구 여러 곳을 소개해 드리겠습니다.",
        {"title": "항구에 대해 파헤치다!", "body_starts": "정부는"},
    ),
    (
        "a magazine teaser's credits after its cut: writer, magazine, address, illustrator and issue",
        "“항구가 이렇게 조용한 데였어?”배는 12일째 항해하고 있었다. 안전한 바다는 역설적으로 지루하기 짝이 없었다. "
        "그때였다! 갑자기 배가 흔들리며 ...(계속) 글 : 홍길동 기자 한빛과학 hong@example.com 일러스트 : 달빛 한빛과학 2020년 23호",
        {"reporters": ("홍길동",), "emails": ("hong@example.com",), "body_lacks": "일러스트"},
    ),
    (
        "a newsletter's sign-up box after the byline is no dateline",
        f"Harbor plan falls flat in the council\nJane Doe\n\nUpdated: 11:34pm, 7 Oct, 2019\n\n{EN_BODY}\n\n"
        "SCMP TODAY: INTL EDITION\nGet updates direct to your inbox",
        {"title": "Harbor plan falls flat in the council", "reporters": ("Jane Doe",), "location": None},
    ),
    # round 5 (stored pages of a media weekly, an IT daily, a blog's copy of a column and a forum; invented text)
    (
        "a byline ending in a date, over a donation box and a portal's follow prompt",
        "항구의 밤은 길다\n\n홍길동·김철수 기자 hong@example.com 2017년 11월 26일 일요일\n이 기사를 후원 합니다.\n\n"
        f"네이버에서 홍길동 기자의 기사를 구독해 주세요\n\n{BODY}",
        {"reporters": ("홍길동", "김철수"), "published": "2017-11-26", "body_starts": "정부는"},
    ),
    (
        "a page flattened to one line: headline, issue time, toolbar, story signed at its end, tags",
        "정치 [기자의 일상]답답한 항구 발행일 : 2020-01-06 16:24 지면 : 2020-01-07 27면 공유하기 페이스북 X(트위터) 메일 "
        f"URL 복사 글자크기 설정 가 작게 가 보통 가 크게 {BODY} 항만공사는 내년까지 부두 세 곳을 새로 짓는다. "
        "홍길동기자 hong@example.com 항구기자의 일상",
        {
            "reporters": ("홍길동",),
            "published": "2020-01-06T16:24:00+09:00",
            "body_starts": "정부는",
            "body_lacks": "일상",
        },
    ),
    (
        "a column's headline, deck and writer run into its time and lead",
        "[홍길동 칼럼] 항구는 누구의 것인가 ‘말꼬리 잡기’ 내막은 따로 있다 조심해야 홍길동 칼럼니스트 입력 2022.09.27 03:20 "
        f"{BODY}",
        {"reporters": ("홍길동",), "published": "2022-09-27T03:20:00+09:00", "body_starts": "정부는"},
    ),
    (
        "a magazine's photo credit in brackets under the writer's card",
        "[인터뷰] 항구 전문가 “정책이 항구 쇠퇴에 영향”\n\n  • reporterImage\n\n    홍길동 기자\n\n    hong@example.com\n\n"
        f"    입력 2019-04-21 10:00:01\n\n    [김철수 기자]\n\n{BODY}",
        {"reporters": ("홍길동",), "photo_credits": ("김철수 기자",), "body_starts": "정부는"},
    ),
    (
        "a contributor and his office on a byline card, over its time",
        "“항구신문 600호 발간, 기념비적인 일”\n“항구신문 600호 발간, 기념비적인 일”\n  • 홍길동 한빛군의회의장\n"
        f"  • 승인 2015.10.30 14:14\n  • 호수 600\n  • 댓글 0\n이 기사를 공유합니다\n\n{BODY}",
        {"reporters": ("홍길동",), "published": "2015-10-30T14:14:00+09:00", "body_starts": "정부는"},
    ),
    (
        "a bracketed byline whose outlet and writer a Hangul letter ㅣ parts, as a bar",
        f"항구 다큐 오류 인정\n\n[한빛팩트ㅣ홍길동 기자] {BODY}",
        {"reporters": ("홍길동",), "agency": "한빛팩트", "body_starts": "정부는"},
    ),
    (
        "a photo story signed with the photographer's name and address at its end",
        "항구신문이 창간 30주년을 맞았다. 전 임직원이 참석한 가운데 11일 본사에서 기념식이 진행됐다. 기념식 후 "
        "임직원들이 기념촬영을 하고 있다. 홍길동 기자 hong@example.com\n\n저작권자 © 항구신문 무단전재 및 재배포 금지",
        {"reporters": ("홍길동",), "emails": ("hong@example.com",)},
    ),
    (
        "a photo credit over a notice of many paragraphs names no writer",
        "▲ 사진=홍길동기자\n\n항구신문이 오늘부터 28면으로 증면해 독자 여러분을 찾아갑니다.\n\n항구지역 신문사 최초입니다.\n\n"
        "사회면을 4면으로 확대합니다.\n\n기획취재부를 신설합니다.\n\n격이 다른 지면을 지향하는 항구신문에 성원을 부탁드립니다.",
        {"reporters": (), "photo_credits": ("홍길동기자",)},
    ),
    (
        "a call for applicants: its deadline is no publication time, its address no writer's",
        "항구신문이 인재를 찾습니다. 종이 신문과 모바일이 어우러진 통합 미디어에서 꿈을 실현하십시오.\n"
        "◆분야 : 경력(편집, 취재) 약간 명\n◆제출 기한 : 2023년 7월 10일(월)\n◆접수 : recruit@example.com\n"
        "◆문의 : 경영관리본부(062-000-0000)",
        {"reporters": (), "emails": (), "published": None},
    ),
    (
        "a photo's caption between the headline and the time, over a wire dateline's lead",
        "- ASIA-PACIFIC\nHarbor city says port wants to work on improving ties\n\nHarbor Minister Jane Doe delivers "
        "the mayor's letter to port chiefs during a meeting at the new port office in Hanbit May 10.\n"
        f"17:48 JST, May 10, 2022\nTOKYO (Reuters) – {EN_BODY}\nThe port authority said so on Tuesday.\n"
        '"WORLD" POPULAR ARTICLE\n-\nHarbor Families Demand Release of Ships\n-\nPort Workers Eagerly Await P',
        {
            "title": "Harbor city says port wants to work on improving ties",
            "published": "2022-05-10T17:48:00+09:00",
            "captions": (
                "Harbor Minister Jane Doe delivers the mayor's letter to port chiefs during a meeting at the new "
                "port office in Hanbit May 10.",
            ),
            "body_starts": "The government",
            "body_ends": "said so on Tuesday.",
        },
    ),
    (
        "a sports desk's bracketed byline: two outlet names, the venue, the writer and his address",
        f"항구 더비 승리\n\n{BODY}\n\n[한빛닷컴 한빛스포츠(잠실) = 홍길동 기자 / hong@example.com]\n\n한빛 APP 다운로드",
        {"reporters": ("홍길동",), "emails": ("hong@example.com",), "location": "잠실", "agency": "한빛스포츠"},
    ),
    (
        "a photographer's social account between his name and his address",
        f"항구 사진전 개막\n\n{BODY}\n홍길동 기자 (트위터@hongphoto) hong@example.com\nCopyright © 한빛스포츠",
        {"reporters": ("홍길동",), "emails": ("hong@example.com",)},
    ),
    (
        "a photo story's caption closed by the photo's date and the photographer's address",
        "날아든 비닐로 경기 멈춘 항구 야구장\nOSEN 홍길동 기자\n발행 2023.10.05 14: 58\n\n"
        "5일 오후 항구 야구장에서 한빛시와 두리시의 경기가 열렸다.\n7회초 외야로 날아든 비닐로 경기가 중단됐다. "
        "2023.10.05 / hong@example.com",
        {
            "reporters": ("홍길동",),
            "emails": ("hong@example.com",),
            "published": "2023-10-05T14:58:00+09:00",
            "body_lacks": "@",
        },
    ),
    (
        "a city and the two wires that carried the story, in brackets",
        f"항구 60주년\n\n[워싱턴 AP 연합] {BODY}",
        {"location": "워싱턴", "agency": "연합뉴스", "reporters": (), "body_starts": "정부는"},
    ),
    (
        "a city, a foreign wire and the home wire after an equals sign",
        f"항구 60주년\n\n[도쿄 교도=연합뉴스] {BODY}",
        {"location": "도쿄", "agency": "연합뉴스", "body_starts": "정부는"},
    ),
    (
        "a print view's headline, date and writer with his address on one line",
        "Mayor hints at plans to open the harbor in meeting with port chiefs. September. 25, 2023 08:56. "
        f"by Gil-Dong Hong hong@example.com.\n\n{EN_BODY}\n\n한국어",
        {
            "title": "Mayor hints at plans to open the harbor in meeting with port chiefs",
            "reporters": ("Gil-Dong Hong",),
            "emails": ("hong@example.com",),
            "published": "2023-09-25T08:56:00+09:00",
            "body_starts": "The government",
        },
    ),
    (
        "a comment box's rules under the story",
        f"항구 재개발 속도 낸다\n\n{BODY}\n\n댓글 0\n\n의견쓰기::상업광고,인신공격,비방,욕설,음담패설등의 코멘트는 "
        "예고없이 삭제될수 있습니다. (0/100자를 넘길 수 없습니다.)\n\n〈한빛마켓 세일 정보〉따뜻한 계절 시원한 면 모음전",
        {"body_ends": "것이다.", "body_lacks": "의견쓰기"},
    ),
    (
        "a wire lead under a site's blurb and a run of its navigation",
        "Harbor Terminal Remote Login Demo Request\n\nConnecting sailors to a dynamic network of ports, people and "
        "ideas, Harbor Wire quickly and accurately delivers shipping news and insight around the world.\n\n"
        "Freight Products\n\nEnterprise Products\n\nCustomer Support\n\n  • Americas\n\n    +1 555 010 2000\n\n"
        "  • Asia Pacific\n\n    +65 5550 1000\n\nMedia Services\n\nFollow Us\n\nHarbor Fees Climb as Shippers Return\n\n"
        f"Oct. 22 (Harbor Wire) -- {EN_BODY} Port fees rose for a third week.\n\nThe port authority said so on Tuesday.",
        {"title": "Harbor Fees Climb as Shippers Return", "body_starts": "The government", "body_lacks": "Customer"},
    ),
    (
        "a journal's labels, then the writer after a dash",
        f"Harbor Reform and Its Critics\n\nHarbor Review - - CONTENTS - By Jane Doe\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "body_starts": "The government"},
    ),
    (
        "an outlet signing with its Latin name and desk address after a bar",
        f"항구 보도에 쏟아진 비판\n한빛뉴스 (HanbitNews)  |  desk@example.com\n승인 2016.09.18  12:39:02\n\n{BODY}",
        {
            "reporters": (),
            "emails": ("desk@example.com",),
            "published": "2016-09-18T12:39:02+09:00",
            "body_starts": "정부는",
        },
    ),
    (
        "a one-sentence lead ending in 입니다 under a bracketed byline, not a sign-off",
        "[한빛대학신문 홍길동 기자] 한빛대학신문이 오피니언 필진을 새롭게 보강해 더욱 깊이 있고 다채로운 칼럼을 선보입니다.",
        {"reporters": ("홍길동",), "location": None, "agency": "한빛대학신문"},
    ),
    (
        "the writing credited after the place: place = 글·사진 name 특파원 address",
        f"항구 재개발 속도 낸다\n\n훈춘 = 글·사진 홍길동 특파원 hong@example.com\n\n{BODY}",
        {"reporters": ("홍길동",), "emails": ("hong@example.com",), "location": "훈춘", "body_starts": "정부는"},
    ),
    (
        "an English dateline glued to its dash",
        f"Top 10 harbor stories of the year\n\nSEOUL– {EN_BODY}",
        {"location": "SEOUL", "body_starts": "The government"},
    ),
    (
        "a copy's first line: the headline, its tags and its reporter, over the lead",
        f"항구 재개발 속도 낸다 항구 재개발 해운 시민기자 홍길동 기자\n{BODY}",
        {"title": "항구 재개발 속도 낸다 항구 재개발 해운 시민기자", "reporters": ("홍길동",), "body_starts": "정부는"},
    ),
    (
        "an English page's own clock under its date line: the zone is unknown, the date is not",
        f" date 2017-05-22 7:19pm Mon 22 May\nHarbor fees climb again\n\nSEOUL, South Korea (AP) — {EN_BODY}",
        {"published": "2017-05-22", "title": "Harbor fees climb again", "location": "SEOUL, South Korea"},
    ),
    (
        "a clock with its am/pm opening the page is no video timecode",
        f"7:19pm Mon 22 May\nHarbor fees climb again\n\nSEOUL, South Korea (AP) — {EN_BODY}",
        {"published": None, "title": "Harbor fees climb again"},
    ),
    (
        "a date line carrying the site's banner",
        f" date 2017-02-11 HARBOR MOTORS   ||   NEWS UPDATES\n\nHarbor fees climb again\n\nSEOUL (AP) — {EN_BODY}",
        {"published": "2017-02-11", "location": "SEOUL", "agency": "AP"},
    ),
    (
        "a caption closed by the graphic's maker is no byline",
        f"23일 항구 물동량이 다시 늘었다./그래픽=홍길동 기자\n{BODY}",
        {"reporters": (), "location": None, "photo_credits": ("홍길동 기자",), "body_starts": "정부는"},
    ),
    (
        "a syndicating station's comment rules under a wire story",
        f"Harbor fees climb again\n\nSEOUL (AP) — {EN_BODY}\n\nKHBN 7 is committed to providing a forum for civil "
        "and constructive conversation.\n\nPlease keep your comments respectful and relevant.\n\nIf you would like "
        "to share a story idea, please submit it here.",
        {"body_ends": "small exporters.", "body_lacks": "committed"},
    ),
    (
        "an empty byline and a wire photo's caption over the dateline",
        "Harbor fees climb again\n\nBy Published:\nIn this image made from video provided by the port, ships wait "
        f"outside the harbor, Saturday, April 15, 2017. (Port via AP)\n\nSEOUL (AP) — {EN_BODY}",
        {"reporters": (), "body_starts": "The government", "location": "SEOUL"},
    ),
    (
        "a wire dateline whose dash a lost encoding left as a straight quote",
        f'Harbor fees climb again\n\nSEOUL, South Korea (AP) " {EN_BODY}\n\nThis story has been automatically '
        "published from the Associated Press wire which uses US spellings",
        {"location": "SEOUL, South Korea", "agency": "AP", "body_starts": "The government", "body_lacks": "spellings"},
    ),
    (
        "a paragraph closed by its writer after a memo sign",
        f"{BODY} 📝 홍길동 기자\n항구 재개발은 내년 봄 시작된다.",
        {"reporters": ("홍길동",), "body_lacks": "📝"},
    ),
    (
        "a portal's ranking time ('… 기준') over the copy's own time",
        "항구 재개발 속도 낸다\n\n실시간 키워드\n\n2022.08.01 00:00 기준\n\n한빛뉴스 2023-08-23 12:00:52 신고\n\n"
        f"(서울=한빛뉴스) 홍길동 기자 = {BODY}",
        {"published": "2023-08-23T12:00:52+09:00", "reporters": ("홍길동",), "location": "서울"},
    ),
    (
        "a masthead alone in brackets over the story",
        f"[한빛농민신문]\n\n{BODY}",
        {"title": None, "agency": "한빛농민신문", "body_starts": "정부는"},
    ),
    (
        "an English byline closed by a full stop",
        f"By Jane Doe.\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "body_starts": "The government"},
    ),
    (
        "an old broadcast transcript: the anchor hands over to the reporter's ⊙기자: turn",
        "항구 재개발 속도 낸다\n\n⊙앵커: 항구 재개발이 늦어지고 있습니다. 무엇이 문제인지 홍길동 기자가 취재했습니다. "
        "⊙기자: 정부는 16일 새 지원책을 발표했습니다.",
        {"reporters": ("홍길동",)},
    ),
    (
        "a roundtable's date and place, and its photographer credited with 사진·",
        "항구 재개발 좌담회\n\n일시: 2015년 2월 27일\n장소: 한빛항만공사 회의실\n\n"
        f"{BODY}\n\n사진·홍길동 기자\n김철수\n한빛항만공사\n사장",
        {"reporters": (), "published": None},
    ),
    (
        "an MBC affiliate's script: the anchor names the reporter before ◀END▶",
        "◀ANC▶ 항구 재개발이 늦어지고 있습니다. 홍길동 기자입니다. ◀END▶ ◀VCR▶ 정부는 16일 새 지원책을 발표했습니다.",
        {"reporters": ("홍길동",)},
    ),
    (
        "a stand-up's quoted last sentence closed by the broadcast sign-off",
        f'{BODY}\n\n(s/u) "결국 남은 과제는 재원입니다. 한빛 뉴스 홍길동입니다."\n취재부\n연락처 064-740-0000',
        {"reporters": ("홍길동",), "body_lacks": "홍길동입니다"},
    ),
    (
        "a list's summary cut off with its writer and time glued on",
        "[카드뉴스] 항구 축제 리스트\n항구 축제가 이번 주말 시작됩니다. 다채로운 행사가 빠짐없이 열릴 예정입니...홍길동 기자 "
        "2018-07-04 13:58:52",
        {"reporters": ("홍길동",), "published": "2018-07-04T13:58:52+09:00"},
    ),
    (
        "a writer credited after a comma, alone on the line",
        f"항구 기자는 배를 잘 탈까?\n\n글, 홍길동\n\n{BODY}",
        {"reporters": ("홍길동",), "body_starts": "정부는"},
    ),
    (
        "a line opening with 글 and a comma is no credit when no name follows",
        f"항구 기자는 배를 잘 탈까?\n\n글, 그림 모두 좋았다\n\n{BODY}",
        {"reporters": ()},
    ),
    (
        "a list page's section, writer and time between bars under a summary",
        f"기사 (59,824건)\n\n{BODY}\n\nkt wiz | 홍길동 기자 | 2020-09-12 20:59",
        {"reporters": ("홍길동",), "published": "2020-09-12T20:59:00+09:00", "agency": None},
    ),
    (
        "the same line with a Korean section, which is no outlet",
        f"기사 (59,824건)\n\n{BODY}\n\n야구 | 홍길동 기자 | 2020-09-16 14:35",
        {"reporters": ("홍길동",), "published": "2020-09-16T14:35:00+09:00", "agency": None},
    ),
    (
        "an old wire story signed at its end with its dateline: no caption's photographer",
        f"{BODY} 항구 재개발은 내년 봄 시작하고 있다. (서울=한빛뉴스) 홍길동 기자 hong@example.com",
        {"reporters": ("홍길동",), "location": "서울", "agency": "한빛뉴스", "body_ends": "시작하고 있다."},
    ),
    (
        "a wire photo's caption closed by '- AFP' over the dateline's lead",
        "Harbor fees climb again\nShips wait outside the harbor on Monday as fees rise for a third week. - AFP\n"
        f"SEOUL: {EN_BODY}",
        {
            "title": "Harbor fees climb again",
            "captions": ("Ships wait outside the harbor on Monday as fees rise for a third week.",),
            "photo_credits": ("AFP",),
            "body_starts": "The government",
        },
    ),
    (
        "the role before the name on a card over the time line",
        f"항구 재개발 속도 낸다\n\n사진전문기자 홍길동\n승인\n2024.09.10 13:24 | 최종 수정 2024.09.11 20:31\n\n{BODY}",
        {"reporters": ("홍길동",), "published": "2024-09-10T13:24:00+09:00", "body_starts": "정부는"},
    ),
    (
        "a role and a word that is no name, as a headline, is no byline",
        f"시민기자 모집\n\n{BODY}",
        {"reporters": (), "title": "시민기자 모집"},
    ),
    (
        "a list summary closed by a bracketed byline with an equals sign",
        f"{BODY} 항구는 내년 봄 다시 열린다. [ 한빛신문 = 홍길동 기자 ]",
        {"reporters": ("홍길동",), "agency": "한빛신문", "body_lacks": "홍길동"},
    ),
    (
        "a column's rubric and writer in brackets opening a list item with its date and widgets",
        "[항구에서 온 편지/홍길동]항구 재개발이 늦어지는 이유는 무엇일까. 정부는 16일 새 지원책을 발표했다…2025-06-18 좋아요 개 "
        "코멘트 개 PDF지면보기",
        {"reporters": ("홍길동",), "published": "2025-06-18"},
    ),
    (
        "a short title-case headline over its repeat with a photo credit is no writer's name",
        f"Harbor Fees Climb Again\n\nHarbor Fees Climb Again [Photo: Yonhap]\n\n{EN_BODY}",
        {"title": "Harbor Fees Climb Again", "reporters": (), "body_starts": "The government"},
    ),
    (
        "an English edition's bracketed byline opening the lead, under markup identifiers and a repeated headline",
        "본문 바로가기\nbar_progress\n\nText Size\n\nHarbor Fees Climb Again\n\nHarbor Fees Climb Again [Image source=Yonhap]"
        f"\n\n[Hanbit Economy Reporter Hong Gil-dong] {EN_BODY}",
        {
            "title": "Harbor Fees Climb Again",
            "reporters": ("Hong Gil-dong",),
            "agency": "Hanbit Economy",
            "body_starts": "The government",
        },
    ),
    (
        "a regional station's tag glued to an unsigned lead places the story",
        f"항구 재개발 다시 늦어져\n홍길동 2023. 9. 23. 00:04\n[KBS 목포]{BODY}",
        {"agency": "KBS", "location": "목포", "reporters": ("홍길동",), "body_starts": "정부는"},
    ),
    (
        "a signed wire dateline's agency wins over a photo's unsigned one above it",
        "(워싱턴=AFP) 대변인이 브리핑하고 있다.2024.7.9\n(서울=한빛통신) 홍길동 기자 = 정부는 16일 새 지원책을 발표했다.",
        {"agency": "한빛통신", "location": "서울", "reporters": ("홍길동",)},
    ),
    (
        "a column's writer signed with a desk and a rank",
        f"항구의 봄\n\n2019-04-29\n홍길동 정치부 차장 |\n{BODY}",
        {"reporters": ("홍길동",), "published": "2019-04-29", "body_starts": "정부는"},
    ),
    (
        "a column's writer signed with a desk head's title and a rank",
        f"항구의 봄\n\n홍길동 항구취재팀장 부국장\n{BODY}",
        {"reporters": ("홍길동",), "body_starts": "정부는"},
    ),
    (
        "an entertainment outlet no suffix names, signing a story",
        f"제목\n\n{BODY}\n홍길동 텐아시아 기자 hong@example.com",
        {"reporters": ("홍길동",), "agency": "텐아시아", "emails": ("hong@example.com",)},
    ),
    (
        "a list card: the headline again, glued to the wire dateline, and the time closing the summary",
        "Harbor fees climb again as the port expands its container terminals\n\nHarbor fees climb again as the port "
        "expands its container terminals BUSAN, May 8 (HNA) - The government announced a new support package on "
        "Thursday to help small exporters. 2025-05-08 15:44:09 -",
        {
            "location": "BUSAN",
            "agency": "HNA",
            "published": "2025-05-08T15:44:09+09:00",
            "body_starts": "The government",
            "body_ends": "small exporters.",
            "title": "Harbor fees climb again as the port expands its container terminals",
            "captions": (),
        },
    ),
    (
        "a photo story's headline under a weather widget, over its credited caption",
        "2026.01.01 (목)\n\n  • 맑음서울 -9.5℃\n  • 맑음부산 -3.6℃\n기상청 제공\n\n항구 재개발 공사 기공식 열려\n\n홍길동 시장이 3일 "
        "항구에서 열린 기공식에서 참석자들과 함께 기념촬영을 하고 있다./한빛시 제공",
        {"title": "항구 재개발 공사 기공식 열려", "published": None},
    ),
    (
        "a rights notice under each photo still closes the story before the related headlines",
        f"![]() |\n{BODY}\n[저작권자ⓒ 한빛일보. 무단전재-재배포 금지]\n![]() |\n[저작권자ⓒ 한빛일보. 무단전재-재배포 금지]"
        "\n온라인팀\n+\n+\n\n항구 재개발 다시 늦어져\n\n[신년 인터뷰] 홍길동 시장",
        {"body_ends": "것이다.", "agency": "한빛일보"},
    ),
    (
        "a programme's name before the reporter in an introduction is no place",
        f"한빛뉴스 SNSTV 댓방 홍길동 기자입니다.\n{BODY}",
        {"reporters": ("홍길동",), "location": None, "agency": "한빛뉴스"},
    ),
    (
        "a portal's card names its source and time in bullets under the story",
        f"제목입니다\n\n{BODY}\n- 머니투데이\n- 2025-10-10 23:16\n- 기사 전체 보기",
        {"agency": "머니투데이", "published": "2025-10-10T23:16:00+09:00", "body_ends": "것이다."},
    ),
    (
        "an aggregator's card: the source, its time and the report button",
        f"제목입니다\n\n한빛육아뉴스 2025-09-25 08:10:00 신고\n\n{BODY}",
        {"agency": "한빛육아뉴스", "published": "2025-09-25T08:10:00+09:00", "body_starts": "정부는"},
    ),
    (
        "a list page's count, then a summary over its section, writer with affiliation, and time",
        f"기사 (1건)\n\n{BODY}\n\n축사/기고 | 홍길동 / 한빛대학신문 편집장 | 2018-10-11 17:53",
        {"title": None, "reporters": ("홍길동",), "published": "2018-10-11T17:53:00+09:00", "body_starts": "정부는"},
    ),
    (
        "a gallery's photographers over their wire's credit are no writers",
        " date 2016-12-09 Dockworkers hold signs during a rally at the port of Busan, South Korea, Thursday, Dec. 8, "
        "2016.\nHong Gil-dong\nAP Photo\nA crane lifts containers at the port of Busan, South Korea, Thursday, Dec. 8, "
        "2016.\nKim Chul-soo\nAP Photo",
        {
            "reporters": (),
            "photo_credits": ("AP Photo/Hong Gil-dong", "AP Photo/Kim Chul-soo"),
            "published": "2016-12-09",
            "body_lacks": "AP Photo",
        },
    ),
    (
        "a columnist in brackets opening an English edition's headline",
        f"[Hong Gil-dong] Why the harbor fees keep climbing\n\n{EN_BODY}",
        {"reporters": ("Hong Gil-dong",), "title": "[Hong Gil-dong] Why the harbor fees keep climbing"},
    ),
    (
        "a rubric in brackets opening an English headline names no one",
        f"[Harbor Stories] Why the fees keep climbing\n\n{EN_BODY}",
        {"reporters": ()},
    ),
    (
        "a boxed byline beside the boxed rights notice",
        f"제목입니다\n\n{BODY}\n[홍길동 기자][ⓒ 한빛경제 & hanbit.co.kr, 무단전재 및 재배포 금지]",
        {"reporters": ("홍길동",), "body_ends": "것이다."},
    ),
    (
        "a desk's boxed address beside the boxed rights notice",
        f"제목입니다\n\n[한빛경제 항구=홍길동 기자] {BODY}\n\n[photo@hanbit.co.kr][ⓒ 한빛경제, 무단전재 및 재배포 금지]",
        {"reporters": ("홍길동",), "emails": ("photo@hanbit.co.kr",)},
    ),
    (
        "an angle-bracketed byline with its address run on",
        f"제목입니다\n\n{BODY}\n<홍길동기자>hong@example.com\n구독\n구독",
        {"reporters": ("홍길동",), "emails": ("hong@example.com",), "body_ends": "것이다."},
    ),
    (
        "a known outlet alone between the headline and the byline, and a caption signed by an address",
        f"항구 재개발 다시 늦어져\nOSEN\n홍길동 기자\n발행 2016.08.08 12: 37\n\n홍길동 시장이 8일 항구에서 인사를 하고 "
        f"있다./ photo@example.com\n\n{BODY}",
        {
            "agency": "OSEN",
            "reporters": ("홍길동",),
            "emails": ("photo@example.com",),
            "published": "2016-08-08T12:37:00+09:00",
            "body_lacks": "@",
        },
    ),
    (
        "a reporter list's label is no name, and a spoken sign-in closes an anchor's intro in a summary",
        "기자별\n-\n항구 재개발 다시 늦어져\n◀ANC▶ 항구 재개발이 또 늦어집니다. 홍길동 기잡니다. ◀END▶ ◀VCR▶ 정부는 16일 "
        "새 지원책을 발표했다...\n한빛MBC뉴스 2018년 10월 12일 -",
        {"reporters": ("홍길동",), "published": "2018-10-12"},
    ),
    (
        "a wire's date and time with a bar between them and the zone after",
        f"Harbor fees climb again\n\n05/27/2023 | 02:14am EDT\nBUSAN (Reuters) - {EN_BODY}",
        {"published": "2023-05-27T02:14:00-04:00", "location": "BUSAN", "agency": "Reuters"},
    ),
    (
        "a dateline whose colon is set apart from the place and glued to the lead",
        f" date 2025-10-16 BUSAN :{EN_BODY}",
        {"location": "BUSAN", "published": "2025-10-16", "body_starts": "The government"},
    ),
    (
        "a list's headline with its English time glued on",
        f"한빛신문\n\n‘항구’언론은 항구 재개발 자리에도 없었다Nov 11, 2010 03:47 PM KST\n\n{BODY}",
        {"published": "2010-11-11T15:47:00+09:00", "body_starts": "정부는"},
    ),
    (
        "a greeting signed with the masthead, the title, then the name",
        f"제목입니다\n\n{BODY}\n한빛일자리신문 발행인 홍길동",
        {"reporters": ("홍길동",), "agency": "한빛일자리신문", "body_ends": "것이다."},
    ),
    (
        "a newscast's first handover after its headlines and greeting",
        "NEWSCENTER 22:00\n(THIS IS THE TRANSCRIPT FOR HANBIT NEWS THAT AIRED ON 02 Sep 2016- 22:00 KST.)\n"
        "Title: News Headlines\nTonight on Newscenter...\nThe port of Busan raises its fees for the third time this "
        "year.\nShippers protest the move.\nIt's Friday, September 2nd, 2016. Newscenter begins right now.\n"
        "Title: Opening\nIt is 9 a.m. in New York and 10 here in Seoul.\nHello and welcome to our viewers all across "
        "the globe.\nThis is Hanbit Newscenter.\nTitle: Port raises fees again\nWe begin in Busan...\n"
        "The port's operators have raised their fees for the third time this year.\nFirst let's go live to our Hong "
        "Gil-dong. He joins us from the port.",
        {"reporters": ("Hong Gil-dong",), "published": "2016-09-02T22:00:00+09:00"},
    ),
    (
        "an outlet named by a herald or weekly ending opens the dateline",
        f"[코리아헤럴드=홍길동 기자] {BODY}",
        {"reporters": ("홍길동",), "agency": "코리아헤럴드", "location": None},
    ),
    (
        "an outlet's desk address on a bar line under the headline names the outlet",
        f"항구 재개발 다시 늦어져\n한빛뉴스 (HanbitNews)  |  desk@example.com\n승인 2016.09.18  12:39:02\n\n{BODY}",
        {"agency": "한빛뉴스", "emails": ("desk@example.com",), "published": "2016-09-18T12:39:02+09:00"},
    ),
    (
        "a script's stray semicolon over the headline is no headline",
        ";\n\n항구 재개발이 다시 늦어지는 이유가 뭔가요?[궁금해요]\n\n항만 요금은 내년에 다시 논의\n선사들도 비슷한 요구\n"
        "과거 일부 항구에선 재개발 늦어져 곤혹도\n  • 등록 2022-05-12 오후 10:53:07\n\n한빛일보는 독자들이 궁금해하는 여러 "
        "분야의 질문을 담당기자들이 상세하게 답변드리는 코너를 연재합니다. <편집자 주>",
        {"title": "항구 재개발이 다시 늦어지는 이유가 뭔가요?[궁금해요]", "published": "2022-05-12T22:53:07+09:00"},
    ),
    (
        "a figure's credit printed twice between paragraphs",
        f"제목입니다\n\n{BODY}\n\n그림=한빛뉴스 이슈어 클라우드(2020.11.15.)\n그림=한빛뉴스 이슈어 클라우드(2020.11.15.)\n\n"
        "항구 재개발은 내년 봄 다시 시작된다고 정부는 덧붙였다.",
        {"body_lacks": "그림=", "body_ends": "덧붙였다."},
    ),
    (
        "the share-by-text button beside the time line is no writer",
        f"항구 재개발 다시 늦어져\n\n한빛일보\n  • 홍길동 기자\n  • 텔레그램\n  • 문자\n  • 2024.05.18 09:20\n  • 글자크기조절\n{BODY}",
        {"reporters": ("홍길동",), "published": "2024-05-18T09:20:00+09:00"},
    ),
    (
        "a newsroom's tip box lists its address after a label and a space",
        f"제목입니다\n\n{BODY}\n한빛뉴스는 24시간 여러분의 제보를 기다립니다.\n▷ 전화 02-000-0000\n▷ 이메일 "
        "jebo@example.com\n▷ 카카오톡 @한빛제보\n홍길동 기자(hong@example.com)",
        {"reporters": ("홍길동",), "emails": ("hong@example.com",)},
    ),
    (
        "a series page's label over its description is no writer",
        "연재 포인트\n\n연재\n\n항구 이야기\n\n한빛일보 기자의 ‘항구 이야기’에서 항구의 어제와 오늘을 살펴볼 수 있습니다.\n\n"
        f"{BODY}",
        {"reporters": ()},
    ),
    (
        "a card printing each writer's name twice, run into the date",
        "Harbor fees climb again as the port expands\n\nShippers say the third rise this year will cost them dearly\n\n"
        "Sean O'BrienSean O'Brien | Hong Gil-dongMarch 7, 2023\n\nPort operators raise fees again",
        {"reporters": ("Sean O'Brien", "Hong Gil-dong"), "published": "2023-03-07"},
    ),
    (
        "a newsletter's writer, a long address and the date on one line",
        "항구 사용료 또 오른다\n홍길동 harborletter@mediahouse.kr 2022년 08월 06일\n"
        "이 글은 지난 1편에 이어 한빛일보 홍길동 기자가 항만을 취재하던 시기의 경험담을 옮긴 것입니다.",
        {"reporters": ("홍길동",), "emails": ("harborletter@mediahouse.kr",), "published": "2022-08-06"},
    ),
    (
        "a portal's 'Story by' and an archive's 'Article By' before the writers",
        "Story by Jane Miller and Tom Baker, Reuters\nLISBON - Port workers walked out on Monday over a new pay deal.",
        {"reporters": ("Jane Miller", "Tom Baker"), "agency": "Reuters"},
    ),
    (
        "a monthly's template leaving two spaces between the writer and the magazine",
        "항만 요금 또 오른다\n\n글 홍길동  월간한빛 기자 gildong@hanbit.kr\n\n항만공사가 24일 사용료를 다시 올리기로 했다.",
        {"reporters": ("홍길동",), "emails": ("gildong@hanbit.kr",), "agency": "월간한빛"},
    ),
    (
        "a magazine's writer beside the issue between bars",
        "항만의 미래\n\n홍길동 | 252호 (2018년 7월 Issue 1)\n\n항만은 이미 자동화의 시대를 살고 있다.",
        {"reporters": ("홍길동",)},
    ),
    (
        "writers run into a network's dateline, under a story timeline's buttons",
        "Story Timeline\nPrevious Next\nThis story has 4 updates\n\n"
        "By Jane Miller and Tom Baker, BUSAN, South Korea (CNN) — Port workers walked out on Monday over pay.",
        {"reporters": ("Jane Miller", "Tom Baker"), "location": "BUSAN, South Korea", "agency": "CNN"},
    ),
    (
        "a blog's day over its clock in US Eastern time in summer",
        "April 12th, 2012\n01:22 AM ET\n\nPort fees rise again\n\nShippers said on Thursday the rise would cost them dearly.",
        {"published": "2012-04-12T01:22:00-04:00"},
    ),
    (
        "an old page's signature glued to its address, then the time and the back link, closing the story",
        "항만 요금 또 오른다\n\n항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 부담이 커진다고 반발하고 있다. "
        "홍길동기자HONG@HANBIT.CO.KR 입력시간 2000/07/12 17:52 ◀ 이전화면",
        {"reporters": ("홍길동",), "emails": ("HONG@HANBIT.CO.KR",), "published": "2000-07-12T17:52:00+09:00"},
    ),
    (
        "an award's line naming the outlet and two writers split by a comma",
        "제94회 이달의 영상기자상 멀티보도부문\nKBS 홍길동, 김철수 기자\n \n<뉴스에 못다 전한 항구 이야기>\n\n"
        "뉴스 영상 원본은 대부분 사라진다. 일부는 아카이브 되어 역사 속에 기록되긴 하지만, 아쉬울 때가 많다.",
        {"reporters": ("홍길동", "김철수")},
    ),
    (
        "a closing signature and address with the rights notice in angle brackets on its line",
        "항만공사가 24일 사용료를 다시 올리기로 했다.\n"
        "홍길동 기자 gildong@hanbit.co.kr <ⓒ투자가를 위한 경제콘텐츠, 한빛경제 무단전재 배포금지> |",
        {"reporters": ("홍길동",), "emails": ("gildong@hanbit.co.kr",), "agency": "한빛경제"},
    ),
    (
        "a standfirst signed by its writer",
        "Harbor reaction\n\nThe port's sudden fee rise following talks in Busan highlights the need for some straight talking "
        "between shippers and the city, writes Sean McCarthy\n\nThe ink was barely dry on Monday's deal when the port "
        "began to raise its fees.",
        {"reporters": ("Sean McCarthy",)},
    ),
    (
        "a press reader's card closing on the writer and the city",
        "Harbor fees climb again\n\nThe Harbor Times Weekly - - Front Page - Sean McCarthy in Busan\n\n"
        "Port operators raised their fees again on Monday, the third rise this year.",
        {"reporters": ("Sean McCarthy",), "location": "Busan"},
    ),
    (
        "a blog's 'Posted by:' with a colon, the writer and the day",
        "Harbor fees climb again\n\nPosted by: Sean McCarthy on December 12, 2009\n\n"
        "There is a growing consensus among shippers that the port is raising its fees too fast.",
        {"reporters": ("Sean McCarthy",), "published": "2009-12-12"},
    ),
    (
        "a clock with its offset from GMT",
        "Harbor fees climb again\n\nBy Sean McCarthy\nMay 16, 2023 at 5:00 AM GMT+9\n\n"
        "Port operators raised their fees again on Tuesday, the third rise this year.",
        {"reporters": ("Sean McCarthy",), "published": "2023-05-16T05:00:00+09:00"},
    ),
    (
        "a closing signature: one writer, then two juniors joined by a dot, and one address",
        "항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 부담이 커진다고 반발했다.\n"
        "/홍길동기자, 김철수·이영희인턴기자 port@hanbit.co.kr",
        {"reporters": ("홍길동", "김철수", "이영희"), "emails": ("port@hanbit.co.kr",)},
    ),
    (
        "a skip link over the page is no headline",
        "메뉴 건너뛰기\n\n항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 반발했다.\n\n홍길동 기자 hong@hanbit.kr",
        {"title": None, "reporters": ("홍길동",)},
    ),
    (
        "a date written with a dash after each part, then the clock",
        "항만 사용료 또 오른다\n\n입력: 2025- 02- 25- 오전 10:13\n\n항만공사가 24일 사용료를 다시 올리기로 했다.",
        {"published": "2025-02-25T10:13:00+09:00"},
    ),
    (
        "a rights notice naming the company, its paper's name and 사",
        "항만공사가 24일 사용료를 다시 올리기로 했다. 홍길동 기자\n\n<저작권자ⓒ한빛일보사. 무단전재-재배포 금지>",
        {"reporters": ("홍길동",), "agency": "한빛일보"},
    ),
    (
        "a blog's day and clock in US Eastern time in winter",
        "January 12th, 2012\n01:22 AM ET\n\nPort fees rise again\n\nShippers said on Thursday the rise would cost them dearly.",
        {"published": "2012-01-12T01:22:00-05:00"},
    ),
    (
        "an outlet's regional edition in parentheses before the bar",
        "항만공사가 24일 사용료를 다시 올리기로 했다.\n한빛스포츠(경남)|홍길동 기자 hong@hanbit.kr",
        {"reporters": ("홍길동",), "emails": ("hong@hanbit.kr",), "location": "경남", "agency": "한빛스포츠"},
    ),
    (
        "한경, a masthead's short name, between the name and the title",
        "항만 사용료 또 오른다\n\n(홍길동 한경 기자) 항만공사가 24일 사용료를 다시 올리기로 했다.",
        {"reporters": ("홍길동",), "agency": "한경"},
    ),
    (
        "the date of a box linking to the day's print edition is no publication time",
        "항만 사용료 또 오른다\n\n항만공사가 24일 사용료를 다시 올리기로 했다.\n\n오늘의 신문 - 2024.05.11(토)",
        {"published": None},
    ),
    (
        "a writer's one-sentence biography closing the story",
        "Port fees rise again\n\nShippers said on Thursday the rise would cost them dearly.\n\n"
        "Jane Doe has been the news director at Harbor Public Radio since 2011.",
        {"reporters": ("Jane Doe",), "body_ends": "cost them dearly."},
    ),
    (
        "a deck run into its byline and approval time, a Latin l for the bar",
        "항만 사용료 또 오른다\n\n선사들 반발 속 항만공사 결정 홍길동 기자l승인2016.02.04 16:53\n\n"
        "항만공사가 24일 사용료를 다시 올리기로 했다.",
        {
            "reporters": ("홍길동",),
            "published": "2016-02-04T16:53:00+09:00",
            "subtitles": ("선사들 반발 속 항만공사 결정",),
        },
    ),
    (
        "a masthead and its writer's bare name in brackets opening the lead",
        "항만 사용료 또 오른다\n\n[한빛뉴스 홍길동] 항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 반발했다.",
        {"reporters": ("홍길동",), "agency": "한빛뉴스", "body_starts": "항만공사가"},
    ),
    (
        "an anchor's hand-over to a specialist reporter, the report run on after it",
        "항만 사용료 또 오른다\n\n항만 사용료가 또 오릅니다. 선사들은 반발하고 있습니다.\n\n"
        "홍길동 해양전문기자가 현장을 살펴봤습니다. 부산항 신항에서 컨테이너선이 짐을 내립니다.",
        {"reporters": ("홍길동",)},
    ),
    (
        "a photo story's block running the headline into the text printed again below",
        "항만 사용료 또 오른다\n\n홍길동 기자\n입력 2024-05-16 16:57\n\n"
        "항만 사용료 또 오른다 부산항 신항에서 컨테이너선이 짐을 내리고 있다.\n"
        "부산 홍길동 기자 hong@hanbit.kr\n부산항 신항에서 컨테이너선이 짐을 내리고 있다.",
        {"reporters": ("홍길동",), "body_starts": "부산항 신항에서"},
    ),
    (
        "a box of the latest stories under the story, its first teaser prose",
        "항만 사용료 또 오른다\n\n항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 반발했다.\n\n최신 기사\n\n"
        "시의회는 25일 새 예산안을 두고 밤늦게까지 논의를 이어갔다. 의원들은 ...",
        {"body_ends": "선사들은 반발했다."},
    ),
    (
        "an AI summary box's label above the headline",
        "한국일보\n\n항만 사용료 또 오른다\n\nhWiz 이 기사 포인트\n\n항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 반발했다.",
        {"title": "항만 사용료 또 오른다", "body_starts": "항만공사가"},
    ),
    (
        "a masthead alone over the headline",
        "한빛일보\n\n항만 사용료 또 오른다\n\n항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 반발했다.",
        {"title": "항만 사용료 또 오른다", "agency": "한빛일보"},
    ),
    (
        "the place and the writer in angle brackets closing the story, the name in Chinese characters",
        "항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 반발했다. 〈부산.洪吉童기자〉",
        {"reporters": ("洪吉童",), "location": "부산", "body_ends": "반발했다."},
    ),
    (
        "students signing reader's pieces in a campus paper",
        "지난 호의 등록금 기사는 시기적으로 적절했다고 생각한다.\n\n홍길동(공과대・기계3)\n\n"
        "새내기 특집은 아쉬웠다. 더 많은 정보가 필요했다.\n\n김철수(인문대 국문02)",
        {"reporters": ("홍길동", "김철수")},
    ),
    (
        "a wire's contact line naming the reporter under the story",
        "Port fees rise again\n\nShippers said on Thursday the rise would cost them dearly.\n\n"
        "To contact the reporter on this story: Jane Doe in Singapore at jdoe@example.net.",
        {"reporters": ("Jane Doe",), "emails": ("jdoe@example.net",), "body_ends": "cost them dearly."},
    ),
    (
        "an AI summary box's icon and label between the headline and a quoted deck",
        '매일신문\n\n항만 사용료 또 오른다\n\n로봇\nhWiz 이 기사 포인트\n\n"요즘은 요금이 너무 많이 올랐습니다"\n\n'
        '항만 사용료 조정안의 대상 선사들(22.외항선사 3곳)과 국적 선사(24.내항).\n\n선사 대표는 "감당이 어렵다"고 말했다.',
        {"title": "항만 사용료 또 오른다"},
    ),
    (
        "a city and its country glued to the lead, the dash and the space lost",
        "Port fees rise again\n\nBUSAN, South KoreaShippers said on Thursday the rise would cost them dearly.",
        {"location": "BUSAN, South Korea", "body_starts": "Shippers said"},
    ),
    (
        "a transcript's sign-off after a sentence left without its full stop",
        "항만 사용료 또 오른다\n\n앵커 멘트 항만 사용료가 또 오릅니다 리포트 항만공사가 24일 사용료를 다시 올리기로 "
        "했습니다 선사들은 반발하고 있습니다 한빛 뉴스 홍길동입니다",
        {"reporters": ("홍길동",)},
    ),
    (
        "a photographer's credit with the day the picture was taken, under its caption",
        "항만 사용료 또 오른다\n\n항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 반발했다.\n\n"
        "부산=김철수 기자(2019. 2. 20)\n\n항만공사는 내년에도 올린다.\n\n홍길동 기자",
        {"reporters": ("홍길동",), "location": None, "published": None},
    ),
    (
        "a portal's recommended-news box over the headline",
        "실시간 랭킹 뉴스\n\n항만 사용료 또 오른다\n\n한빛뉴스 이 시각 추천뉴스\n\n닫기\n\n이 시각 추천뉴스를 확인하세요\n\n"
        "항만공사가 24일 사용료를 다시 올리기로 했다고 밝혔습니다.\n\n선사들은 반발했습니다.",
        {"title": "항만 사용료 또 오른다", "body_starts": "항만공사가"},
    ),
    (
        "a photo page's caption signed after a slash with the photographer's place and the day",
        '항만 사용료 또 오른다\n\n부산항 신항에서 컨테이너선이 짐을 내리고 있다. 항만공사 관계자는 "사용료를 다시 '
        '올린다"고 말했다./부산=홍길동기자 2020.10.06\n공유하기',
        {"reporters": ("홍길동",), "location": "부산", "published": "2020-10-06"},
    ),
    (
        "a mobile page running headline, decks, writer and a bare time together on one line",
        "메뉴 검색\n항만 사용료 또 오른다 선사들 반발 속 항만공사 결정 사장 “인상은 불가피하다” 홍길동 기자 "
        "2025-05-08 10:24:36\n\n항만공사가 24일 사용료를 다시 올리기로 했다. 선사들은 반발했다.",
        {"reporters": ("홍길동",), "published": "2025-05-08T10:24:36+09:00"},
    ),
    (
        "a paper signing its own story after its time",
        f"Port fees rise again\n\nMay 16, 2012 - 20:45 By Hanbit Herald\n{EN_BODY}",
        {"reporters": (), "agency": "Hanbit Herald", "published": "2012-05-16T20:45:00+09:00"},
    ),
    ("a rubric where the byline would be", f"By Invitation\n\nPort fees rise again\n\n{EN_BODY}", {"reporters": ()}),
    (
        "a column's writer named in a note opening the story",
        "Port fees rise again\n\nThe following article is a column by Jane Doe, an honorary senior research fellow "
        f"in Maritime Studies at Hanbit University.\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a section and kicker over the headline, a picture's credit and the city after a bar",
        "Asia | Port fees\n\nPort fees rise again\n\nShippers fear the cost will keep growing\n\n"
        f"Workers load containers onto a ship at the port on a busy morning.\nImage: Getty Images\n|BUSAN\n\n{EN_BODY}",
        {"title": "Port fees rise again", "location": "BUSAN"},
    ),
    (
        "a weather widget's reading, city, date and clock over the headline, under a language switcher",
        "back to top\nENGLISH 中文 日本語\n26.8 C\nSeoul\n2025년 8월 1일 오전 4:31\nMore\n\n항만 사용료 또 오른다\n\n"
        f"{BODY}",
        {"title": "항만 사용료 또 오른다", "published": None},
    ),
    (
        "an editor's note naming the correspondent who writes the story",
        "Port fees rise again\n\nEditor's Note: The paper opened a bureau in Busan in March. Correspondent Jane Doe "
        f"takes a look at life on the docks.\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "body_starts": "Editor's Note:"},
    ),
    (
        "a team's contact lines closing a series' notice, each name with its role and phone number",
        f"항만 기획을 시작합니다\n\n{BODY}\n\n홍길동(취재) 010-1234-5678\n김철수(취재) 010-2345-6789\n"
        "이영희(사진·영상) 010-3456-7890\n\n저작권자 © 한빛일보 무단전재 및 재배포 금지",
        {"reporters": ("홍길동", "김철수")},
    ),
    (
        "reporters named under the deck whom the story is about",
        "항만 취재하는 기자들\n\n한빛일보 해양팀 출범\n홍길동·김철수 기자\n\n한빛일보 해양 전문 취재팀이 출범했다.\n\n"
        "10년 가까이 항만을 취재해 온 홍길동 기자를 중심으로 김철수 기자가 힘을 모았다.",
        {"reporters": ()},
    ),
    (
        "an anchor's hand-over names the two reporters who filed the story",
        "항만 사용료 또 오른다\n\n홍길동·김철수 기자\n\n항만 사용료가 또 오릅니다. 홍길동 기자와 김철수 기자가 "
        "현장을 취재했습니다.\n\n부산항 신항에서 컨테이너선이 짐을 내립니다.",
        {"reporters": ("홍길동", "김철수")},
    ),
    (
        "an anchor hands over to 'our' reporter by name alone",
        f"Port fees rise again\n\n{EN_BODY}\n\nOur Jane Doe has more.",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a postscript's initials before a colon are no dateline",
        f"Port fees rise again\n\n{EN_BODY}\n\nP.S.: If the newsletter is no longer wanted, please tell us at "
        "desk@example.com.",
        {"location": None},
    ),
    (
        "a covering letter signed under its closing",
        "Port news of the week\n\nFriday, May 4, 2018\n\nDear readers:\n\nHere is a roundup of the week's port "
        "news.\n\nVery Respectfully Yours\n\n/s/\n\nJane Doe\n\nPublisher\n\nHanbit Port News\n\n"
        f"{EN_BODY}",
        {"reporters": ("Jane Doe",), "published": "2018-05-04"},
    ),
    (
        "a note on the writer of a student's story",
        "항만 사용료 또 오른다\n\n기자말 | 이 기사는 언론인양성과정 학생들이 제출한 과제를 데스크 본 것이다. 기사를 쓴 "
        f"홍길동은 지난달 과정에 입소했다. |\n\n{BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "a newsroom column named after its writer opening the headline",
        f"[홍길동의 편집국 25시] 항만 사용료 또 오른다\n\n{BODY}",
        {"reporters": ("홍길동",)},
    ),
    ("a series named after its subject", f"[이순신의 바다] 항만 사용료 또 오른다\n\n{BODY}", {"reporters": ()}),
    (
        "two writers signing one line, each with an address",
        f"항만 사용료 또 오른다\n\n• 홍길동 기자 hong@hanbit.kr 김철수 기자 kim@hanbit.kr\n\n입력 2022-08-08 16:58:04\n\n{BODY}",
        {"reporters": ("홍길동", "김철수"), "emails": ("hong@hanbit.kr", "kim@hanbit.kr")},
    ),
    (
        "a wire's page name over the headline and its lead is no writer",
        "Reuters Style Principles\n\nAccuracy, speed and freedom from bias\n\nOur dedication to accuracy in the "
        "gathering of news ensures independent coverage today.",
        {"reporters": ()},
    ),
    (
        "a talk show's guest in brackets over an answer is a speaker, not a byline",
        "[시사포커스] 항만 사용료 또 오른다\n■ 진행 : 홍길동 앵커\n■ 출연 : 김철수 / 해운평론가\n[앵커]\n"
        "항만 사용료 얘기를 해 보도록 하겠습니다. 사용료가 또 오른다고 합니다.\n[김철수]\n"
        "선사들의 부담이 굉장히 커질 것으로 보고요. 운임에도 영향이 있을 것이라고 생각합니다.",
        {"reporters": ()},
    ),
    (
        "an award's winners named over the story, which another reporter signs",
        "홍길동 기자, 김철수 기자\n한빛일보의 항만 기획이 이달의 기자상을 받았다. 협회는 15일 본지 홍길동, 김철수 기자가 "
        "보도한 기획을 수상작으로 선정했다.\n\n/이영희기자 lee@hanbit.kr",
        {"reporters": ("이영희",)},
    ),
    (
        "a bureau's place and a lower-case role before the writers",
        f"Port fees rise again\n\nBy Busan correspondent Jane Doe, John Roe and Mary Major Smith\n\n{EN_BODY}",
        {"reporters": ("Jane Doe", "John Roe", "Mary Major Smith")},
    ),
    (
        "a card's reading time after its byline",
        f"Port fees rise again\n\nShippers fear the cost will keep growing.\nby Jane DOE  ·  9 MIN READ\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a citizen-journalism site's standing invitation and an ad marker over a reader's story",
        "항만 사용료 또 오른다\n\n오마이뉴스의 모토는 '모든 시민은 기자다'입니다. 시민 개인의 일상을 소재로 한 '사는 이야기'도 "
        "뉴스로 싣고 있습니다. 당신의 살아가는 이야기가 오마이뉴스에 오면 뉴스가 됩니다. 당신의 이야기를 들려주세요.\n\nAD\n\n"
        f"{BODY}",
        {"body_starts": "정부는", "body_lacks": "AD"},
    ),
    (
        "a notice board's posting time and a roster of columnists with their roles",
        "제목 새해 이렇게 바뀝니다 게시일 2023.12.27 20:31 조회수 1215\n\n[알림] 새해 이렇게 바뀝니다\n\n"
        "기명칼럼으로 홍길동 전 장관, 김철수 한빛대 교수, 이영희 칼럼니스트가 정치 이슈에 대해 묵직한 고언을 전합니다.",
        {"reporters": (), "published": "2023-12-27T20:31:00+09:00"},
    ),
    (
        "a reader toolbar and an AI summary's notice over the headline printed again",
        "항만 사용료 또 오른다\n\n완독\n\n공유하기\n\n보기 설정\n\n컬러 모드\n\n본문 요약\n\n인공지능 기술로 자동 요약된 내용입니다. "
        "전체 내용을 이해하기 위해 본문과 함께 읽는 것을 추천합니다.\n(제공 = 한빛일보&NAVER MEDIA API)\n\n내 뉴스플리에 저장\n\n"
        f"항만 사용료 또 오른다\n\n입력 2022.01.24 21:50\n\n{BODY}",
        {"title": "항만 사용료 또 오른다", "body_starts": "정부는", "published": "2022-01-24T21:50:00+09:00"},
    ),
    (
        "a column signed under a dash with the writer's own paper",
        f"항만 사용료 또 오른다\n\n작성자 : 한빛기자협회 (211.198.1.***)\n\n{BODY}\n\n- 홍길동 편집위원(한빛일보)",
        {"reporters": ("홍길동",)},
    ),
    (
        "photo and text credits boxed after the last sentence",
        f"항만 사용료 또 오른다\n\n{BODY}  <사진=김철수 사진작가, 글=홍길동 기자>\n\n저작권자 © 한빛일보 무단전재 및 재배포 금지",
        {"reporters": ("홍길동",), "body_lacks": "사진작가"},
    ),
    (
        "a magazine's run of credits glued to the last sentence",
        f"항만 사용료 또 오른다\n\n{BODY} 취재 = 홍길동·김철수 기자/이영희 월간 항만 기자기고 = 박민수 한빛연구소 연구원 "
        "사진 = 최정호 기자",
        {"reporters": ("홍길동", "김철수", "이영희", "박민수"), "body_lacks": "취재 ="},
    ),
    (
        "an anchor who went out to listen is the report's reporter",
        "항만 사용료 또 오른다\n\n입력 2021.02.03 (21:45) 수정 2021.02.03 (22:09)\n\n[앵커]\n\n사용료가 또 오릅니다.\n\n"
        "먼저, 홍길동 앵커가 부두를 찾아 선사들의 생각을 직접 들어봤습니다.\n\n[리포트]\n\n" + BODY,
        {"reporters": ("홍길동",), "published": "2021-02-03T21:45:00+09:00"},
    ),
    (
        "the last of a bulleted roster of columnists over the page's clock is no byline",
        "Opinion\nColumnists\n  • Jane Doe\n  • John Roe\n  • Mary Major, Jr.\n  • Richard Miles\n"
        f"Sat, March 6, 2021 | 18:11\nPort fees rise again\n{EN_BODY}",
        {"reporters": ()},
    ),
    (
        "a list's first column headed by its writer's name in brackets, under the most-read box",
        "Most Popular\n-\n1\nPort fees rise again\n-\n2\nShipping lines cut routes\n-\n"
        f"[Hong Gil-dong] Why do port fees keep rising?\n{EN_BODY}\nDec. 10, 2019\n-\n[Kim Chul-soo] Ships and ports\n",
        {"reporters": ("Hong Gil-dong",)},
    ),
    (
        "a blog post's card: the writer's handle before its time",
        f"항만 사용료 또 오른다\n\n{BODY}\n\nby harbor.fan.busan 2015. 12. 16. 00:13\n공감 0",
        {"reporters": (), "published": "2015-12-16T00:13:00+09:00"},
    ),
    (
        "a list's next story opened by the same masthead, now with a place, places nothing",
        f"[한빛일보] {BODY}\n[한빛일보=영동] 영동군의 청소년들이 전국 방송에 나온다.",
        {"location": None, "agency": "한빛일보"},
    ),
    (
        "a writer's page: the name over a lower-case role glued to its base",
        "Jane Doe\n\nEast Asia correspondentSeoul, South Korea\n\nThe latest from Jane\n\n"
        "Port fees rise again as shipping lines pass on the cost.\n\n  • Jul 14, 2014",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "writers in capitals and their wire, as older AP copy signs",
        f"Port fees rise again\n\nJANE DOE and JOHN ROE Associated Press Writers\n\nSEOUL, South Korea — {EN_BODY}",
        {"reporters": ("Jane Doe", "John Roe"), "location": "SEOUL, South Korea"},
    ),
    (
        "a writer signed with a comma and the wire's role is no dateline",
        f"Port fees rise again\n\nMIN-JI KIM, Associated Press Writer\n\n{EN_BODY}",
        {"reporters": ("Min-ji Kim",), "location": None},
    ),
    (
        "a writer's card naming only the paper, and a comment link, over the story",
        "Port fees rise again\n\nStaff Writer\nHarbor Daily Tribune\nView Comments\n\n"
        f"SEOUL, South Korea (AP) — {EN_BODY}\n\nView Comments",
        {"title": "Port fees rise again", "reporters": (), "body_lacks": "View Comments"},
    ),
    (
        "a numbered column named after its writer",
        f"홍길동 교수의 항만이야기⑩\n\n{BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "a newsletter's writer greeting the reader on a line of their own",
        f"님이 한빛일보의 자존심입니다\n안녕하세요, 독자님\n〈한빛일보〉 정치팀 홍길동 기자입니다\n\n{BODY}\n\n"
        "저는 (지금 저희 팀장인) 김철수 기자와 점심을 먹었습니다.",
        {"reporters": ("홍길동",)},
    ),
    (
        "a writer's honorific is no part of the name",
        f"Port fees rise again\n\nBy: Dr. Jane Doe\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a masthead in Latin letters before the reporter in brackets is no place",
        f"항만 사용료 또 오른다\n\n[Hanbit=홍길동기자] {BODY}",
        {"reporters": ("홍길동",), "location": None},
    ),
    (
        "page words that open with a family name are no names",
        f"이메일 무단수집거부\n본 웹사이트에 게시된 이메일 주소의 무단 수집을 거부합니다.\n\n{BODY}\n\n"
        "by harbor99 2025. 7. 25.\n반응형",
        {"reporters": (), "published": "2025-07-25"},
    ),
    (
        "a column list's cards glued to each summary: the date, then '@ writer'",
        "-\n[한빛의 시각] 항만 사용료 또 오른다사용료가 또 오른다. 선사들은 부담이 커졌다고 말한다. 정부는 16일 새 지원책을 "
        "발표했다고 밝혔다.2020.08.13@ 홍길동\n-\n[한빛의 시각] 선박 검사 강화된다검사가 강화된다. 정부는 16일 새 기준을 "
        "발표했다고 밝혔다.2020.08.09@ 김철수",
        {"reporters": ("홍길동",), "published": "2020-08-13", "body_lacks": "@"},
    ),
    (
        "a newsletter's label over its date is no dateline",
        f"Headline, June 28, 2021\n  • Jane Doe\n  • 승인 2021.06.28 00:00\n\n{EN_BODY}",
        {"location": None, "reporters": ("Jane Doe",)},
    ),
    (
        "a search page's box of recent searches: a term beside a date is no writer",
        "최근검색어\n  • 홍길동\n    2025-07-18\n    검색기록 지우기\n저장된 검색어가 없습니다.\n전체삭제\n737\n"
        f"  • 항만 사용료 또 오른다\n\n[한빛NTN 김철수] {BODY} 김철수 기자 kim@hanbit.kr@import'http://a.example/b.css';",
        {"reporters": ("김철수",), "emails": ("kim@hanbit.kr",), "published": None},
    ),
    (
        "a page's notice to readers without scripts and a video's help link are furniture",
        "이 사이트의 기능을 모두 활용하기 위해서는 자바스크립트를 활성화 시킬 필요가 있습니다.\n"
        "브라우저에서 자바스크립트를 활성화하는 방법을 참고 하세요.\n\n항만 사용료 또 오른다\nPosted : 2019-07-06 10:00\n\n"
        f"동영상시청 도움말\n\n{BODY}",
        {"title": "항만 사용료 또 오른다", "body_starts": "정부는", "published": "2019-07-06T10:00:00+09:00"},
    ),
    (
        "a page that is a photo and its bulleted caption: the caption is the story",
        "공유하기\n◇홍길동 한빛도의회 의장(전국의장협의회 회장)은 28일 오후 한빛시의회에서 열린 '전국의장협의회 제7차 "
        "임시회'를 주관, 지방자치 발전과 관련한 현안사항에 대해 협의했다.\n(연합뉴스)",
        {"body_starts": "홍길동 한빛도의회 의장", "reporters": ()},
    ),
    (
        "a card's 'by' glued to the writer's Korean name",
        f"항만 사용료 또 오른다\n\n{BODY}\n\nby홍길동 선임기자\n오피니언",
        {"reporters": ("홍길동",)},
    ),
    (
        "a list's second item signed after its own headline signs another story",
        f"오피니언\n\n항만 사용료 또 오른다\n\n{BODY}\n\nby홍길동 선임기자\n오피니언\n\n선박 검사 강화된다\n\n{BODY}\n\n"
        "by김철수 선임기자",
        {"reporters": ("홍길동",)},
    ),
    (
        "a page of readers' comments, each paragraph signed, names every reader",
        f"독자 의견\n\n{BODY} 다만 추가 대책도 제시했다면 더 많은 정보를 줄 수 있었을 것이다.\n\n홍길동(이과대・물리4)\n\n"
        f"{BODY} 비판적인 면모가 줄어드는 느낌이 든다.\n\n김철수(경영대・경영정보2)",
        {"reporters": ("홍길동", "김철수")},
    ),
    (
        "a bracketed sign-off with the masthead, a slash, then the place",
        f"{BODY}\n\n[ 한빛신문 / 인천 = 홍길동 기자 ]",
        {"reporters": ("홍길동",), "location": "인천", "agency": "한빛신문"},
    ),
    (
        "two places joined by a slash stay one dateline",
        f"[서울/경기=홍길동 기자]\n\n{BODY}",
        {"reporters": ("홍길동",), "location": "서울/경기"},
    ),
    (
        "a city and the outlet in parentheses where a wire's date would stand",
        "Seoul, (Harbor Weekly) North Korea's state media stayed silent on Thursday about the test launch.\n"
        "The projectile appeared to explode in midair shortly after it was fired.",
        {"location": "Seoul", "agency": "Harbor Weekly"},
    ),
    (
        "an English byline glued to the end of the last sentence",
        "Harbor fees rise again\n\nShipping lines said on Tuesday that port fees would rise again next year.\n\n"
        "The port authority said it would review the plan. ▶ Inquiries: (213) 555-0100 By Mina Cho",
        {"reporters": ("Mina Cho",)},
    ),
    (
        "a list's first card signed at its end, over its time and the next card",
        "Shipping lines said on Tuesday that port fees would rise again next year, the authority said. "
        "By Jane Roe\n2017.02.22. 16:55\nThe city council voted on Monday to close the old ferry pier for repairs.",
        {"reporters": ("Jane Roe",)},
    ),
    (
        "a closing 'By' over words that name no person is no byline",
        "Harbor fees rise again\n\nShipping lines said on Tuesday that port fees would rise again next year.\n\n"
        "Ferry fares stay the same, the authority said. By North Korea",
        {"reporters": ()},
    ),
    (
        "a writer's name after the copyright notice on its line",
        f"{BODY}\n\n저작권자 © 한빛일보 무단전재 및 재배포 금지 홍길동 기자 다른기사 보기\n\n댓글 0",
        {"reporters": ("홍길동",), "agency": "한빛일보"},
    ),
    (
        "a writer's name before the copyright notice, in one pair of brackets",
        f"{BODY}\n\n<홍길동 기자 / 저작권자ⓒ한빛일보. 무단전재_재배포 금지>",
        {"reporters": ("홍길동",)},
    ),
    (
        "a list's first card signed at the end of its summary, then headlines",
        f"{BODY} 홍길동기자\n항만 사용료 또 오른다\n선박 검사 강화된다\n여객선 운항 재개",
        {"reporters": ("홍길동",)},
    ),
    (
        "an author page: the writer's name over a headline of small words",
        "Mina Cho\n\nThe Harbor Also Rises\n\nAfter two bad years, the port may have found a way back.\n\n"
        "Ferry Fares Stay\n\nThe city said on Monday that ferry fares would stay the same next year.",
        {"reporters": ("Mina Cho",)},
    ),
    (
        "an author page's line over the writer's latest stories",
        "Mina Cho\nFor Mina Cho's latest contributions to The Harbor Times, see below:\n"
        "The ferry pier closes for repairs on Monday, the city said.\nApr 16, 2024\nFerry pier closes for repairs",
        {"reporters": ("Mina Cho",)},
    ),
    (
        "a wire's credits in parentheses glued to the last sentence",
        f"Exports rise\n\nSEOUL (Reuters) - {EN_BODY}\n\nShipments to China fell 3.7% in the period, the data showed. "
        "(Reporting by Jane Roe, Mina Cho Editing by John Doe)",
        {"reporters": ("Jane Roe", "Mina Cho"), "location": "SEOUL"},
    ),
    (
        "a writer's name and baptismal name over the desk in parentheses",
        f"[현장 돋보기] 따뜻한 창\n\n홍길동 마리아(보도제작부 기자)\n\n{BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "a column's contributor: the name, the university and its department",
        f"[한빛세평] 포털의 뉴스 편집\n  • 한빛일보\n  • 승인 2018.05.15 09:32\n\n홍길동 한빛대 미디어학부\n\n{BODY}",
        {"reporters": ("홍길동",), "published": "2018-05-15T09:32:00+09:00"},
    ),
    (
        "a name and a university's professor alone on a line is a photo's subject",
        f"새 지원책 발표\n\n홍길동 한빛대 교수\n\n{BODY}",
        {"reporters": ()},
    ),
    (
        "a leader's name and an era is no contributor",
        f"김정은 시대\n\n{BODY}",
        {"reporters": ()},
    ),
    (
        "an English byline whose address's bracket closes on the next line",
        f"Harbor fees rise\n\n{EN_BODY}\n\nBy Mina Cho (mina@harbor.example\n)",
        {"reporters": ("Mina Cho",), "emails": ("mina@harbor.example",)},
    ),
    (
        "a journalist labelled in English over the translator and the source",
        f"Harbor fees rise\n\n{EN_BODY}\n\nJournalist: Mina\nTranslator: Mina\nSource: Yonhap",
        {"reporters": ("Mina",)},
    ),
    (
        "a list's next card opening with another writer's lead, under a summary cut off",
        "[한빛뉴스=홍길동 기자] 가수 한빛이 3년 만에 정규 앨범을 들고 솔로로 컴백한다 그 동안 한빛은 네 장의 앨범을......\n"
        "[한빛뉴스=김철수 기자] 뮤지컬 배우 누리가 무대 밖에서 1인 3역에 나섰다.......",
        {"reporters": ("홍길동",), "agency": "한빛뉴스"},
    ),
    (
        "two writers' leads in one story, the first paragraph not cut off, both sign",
        f"[서울=한빛뉴스] 홍길동 기자 = {BODY}\n\n[부산=한빛뉴스] 김철수 기자 = {BODY}",
        {"reporters": ("홍길동", "김철수")},
    ),
    (
        "a signature addressed at the paper",
        f"{BODY}\n배일한기자@한빛신문, hong@\n관련 기사",
        {"reporters": ("배일한",), "agency": "한빛신문"},
    ),
    (
        "a labelled date run into the text after it",
        "Harbor Podcast - Port fees rise again\nEpisode Date: December 11, 2024Shipping lines said port fees would "
        "rise again next year.\nTranscript\nThis is the Harbor Podcast.",
        {"published": "2024-12-11"},
    ),
    (
        "an anchor's hand-over after a clause closed with a comma",
        "【 앵커멘트 】\n새 사옥에서 어떤 방송을 바라는지, 홍길동 기자가 시민들에게 직접 들어봤습니다.\n【 기자 】\n"
        f"{BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "an anchor who will talk the story over with the reporter",
        f"【 앵커멘트 】\n방송사가 걸어온 길을 홍길동 기자와 함께 이야기 나눠보겠습니다.\n【 기자 】\n{BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "each label printed after its time, after the dateline and the writer",
        f"(서울=한빛뉴스) 홍길동 기자 | 2018-08-30 14:34 송고 | 2018-08-30 14:36 최종수정\n{BODY}",
        {"reporters": ("홍길동",), "location": "서울", "published": "2018-08-30T14:34:00+09:00"},
    ),
    (
        "a blog post's card: its time, its category, then its writer",
        f"블로그 스크랩 논란\n\nPosted at 2007. 2. 27. 22:54 // in 기타 // by 홍길동\n\n{BODY}",
        {"reporters": ("홍길동",), "published": "2007-02-27T22:54:00+09:00"},
    ),
    (
        "a name and title alone at the close, beside the notice and a link, where no shape signs",
        f"새 지원책 발표\n\n{BODY}\n\nⓒ 한빛타임즈 | 홍길동 기자 다른기사 보기",
        {"reporters": ("홍길동",)},
    ),
    (
        "a reporter the closing sentence is about, the desk in parentheses, is no writer",
        f"새 지원책 발표\n\n{BODY}\n\n홍길동 기자(사회부)가 쓴 책이 나왔다.",
        {"reporters": ()},
    ),
    (
        "a quoted kind of reporter in the headline is no writer",
        f"'사이비 기자' 조사 중\n\n{BODY}",
        {"reporters": ()},
    ),
    (
        "reporters named in a closing list of appointments are no writers",
        f"인사\n\n{BODY}\n\n시사제작부장은 홍길동 기자, 경제부국장은 김철수 기자",
        {"reporters": ()},
    ),
    (
        "a writer's card on the time line with the magazine's issue after it",
        f"[한강로에서] 지령 1500호\n\n홍길동 편집국장 ㅣ hong@example.com | 승인 2018.07.16(Mon) 08:00:00 | 1500호\n\n{BODY}",
        {"reporters": ("홍길동",), "emails": ("hong@example.com",), "published": "2018-07-16T08:00:00+09:00"},
    ),
    (
        "an English byline whose writer's office precedes the name",
        f"A study of port operators\n\nBy Vice President Jane Roe with Reporter Mina Cho\n\n{EN_BODY}",
        {"reporters": ("Jane Roe", "Mina Cho")},
    ),
    (
        "an interview's turns in capitals are no datelines, and a day-month-year date with dashes is read",
        "20 - Mar - 2017\n[Interview] Insight with Mina CHO\n\nMina Cho is a veteran journalist at a daily newspaper.\n\n"
        "HARBOR – How does it feel to be on the receiving end of questions for a change?\n\n"
        "CHO – It’s not that uncommon, actually. I get asked all sorts of questions all the time.",
        {"location": None, "published": "2017-03-20"},
    ),
    (
        "a headline with its byline run in, over its time line, under a most-read list",
        " Most Popular\n-\n1\nPort fees rise again\n-\n2\nFerry pier closes\n"
        "[Today's Port] Harbor authority to raise fees again next yearBy Mina Cho\nPublished : Aug. 12, 2024 - 17:47\n"
        f"{EN_BODY}",
        {"reporters": ("Mina Cho",), "published": "2024-08-12T17:47:00+09:00"},
    ),
    (
        "a masthead, a bar, then the place before the name in one pair of brackets",
        f"[한빛일보ㅣ사천 홍길동 기자] {BODY}\n\n경남 홍길동 기자 hong@example.com",
        {"reporters": ("홍길동",), "location": "사천", "agency": "한빛일보"},
    ),
    (
        "a board's 'last modified' label leaves no word that reads as a name",
        f"시장실 개소\n- 홍보팀\n- 2099\n- 2014-10-07\n{BODY}\n- 담당부서 : 홍보팀\n- 최종수정일 : 2024-12-15",
        {"reporters": (), "published": "2014-10-07"},
    ),
    (
        "a rubric's name beside the time lines yields to the story's own signature",
        f"등록 : 2007.06.08 19:33\n수정 : 2007.06.08 19:33\n이삭\n{BODY}\n{BODY}\n청주/홍길동 기자\nhong@example.com",
        {"reporters": ("홍길동",), "location": "청주", "published": "2007-06-08T19:33:00+09:00"},
    ),
    (
        "a name beside the time lines still signs when the closing signature is the same writer",
        f"새 지원책 발표\n홍길동\n입력 2024-05-16 16:57\n{BODY}\n홍길동 기자 hong@example.com",
        {"reporters": ("홍길동",)},
    ),
    (
        "an older paper's dateline in lenticular brackets",
        f"기사에 불만\n\n【부산】18일 상오 9시쯤 {BODY}",
        {"location": "부산", "reporters": ()},
    ),
    (
        "a date over a weather widget is today's, on a page that has nothing else",
        "팝업레이어 알림이 없습니다.\n\n2025.12.12 (금)\n\n  • 흐림속초-0.1℃\n  • 구름많음철원-4.4℃\n  • 맑음제주5.2℃\n",
        {"published": None},
    ),
    (
        "a video story's production credits in parentheses close no body",
        f"지원책 발표\n\n홍길동 기자 hong@example.com\n\n{BODY}\n\n{BODY}\n\n"
        "(프로듀서 홍길동 / 연출 김철수, 이영희 / 구성 박민지 / 촬영 최영수 / 편집 정수진 / CG·그래픽 한지원)",
        {"reporters": ("홍길동",), "body_ends": "수출을 돕기 위한 것이다."},
    ),
    (
        "a list's cards each signed on its time line: the first signs the record",
        "기사 (전체 28건)\n불편한 세상을 바꿀 첫걸음\n‘프로불편러’라는 말이 있다. 과도하게 불편함을 제기하는 이들을 칭하는 "
        "단어다. 필자는 불편함을 불편해하는 사람이었다...\n홍길동 수습기자  |  2022-09-19 15:20\n라인\n편견에서 책임감으로\n"
        "학창시절 ‘기레기’라는 단어를 입에 달고 살았다. 기자에 대한 불신은 언론에 대한 불신으로 이어졌다...\n"
        "김철수 수습기자  |  2022-08-31 19:24",
        {"reporters": ("홍길동",), "published": "2022-09-19T15:20:00+09:00"},
    ),
    (
        "a cub reporter introducing themselves in a column's opening",
        "조금 특이한 수습기자의 편지\n신문을 읽어주시는 학우분들께 인사를 먼저 드리겠습니다. 국어국문학과 2학년이자 "
        f"대학신문편집국 37기 수습기자 홍길동이라고 합니다. {BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "a magazine's editor credited on the line under a bulleted role label, the photographer after",
        f"{BODY}\n- 피처 에디터\n- 홍길동\n- 포토그래퍼\n- 김철수",
        {"reporters": ("홍길동",)},
    ),
    (
        "a magazine's editor credited after a bar, the designer after a dot",
        f"지원책 발표\n\n에디터 | 홍길동 · 디자인 | 김철수\n\n{BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "a broadcast sign-off with a hidden address in brackets (a copied page's placeholder)",
        f"{BODY}\nKBS 홍길동[[email protected]]입니다.\n▶ 제보 안내 : 모바일앱",
        {"reporters": ("홍길동",), "emails": ()},
    ),
    (
        "a student reporter's school and year in brackets after the title",
        f"창간호\n\n홍길동 기자 (한빛초등학교 / 5학년)\n\n지원책 발표\n\n{BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "a person pictured on the left is no reporter's affiliation",
        f"홍길동 기자 (왼쪽)\n\n{BODY}",
        {"reporters": ()},
    ),
    (
        "an English story filed from a Korean city before a colon",
        "Jeju: South Korea is on course to achieve a $30 billion trade surplus by year's end as it is expected to "
        "have already reached its earlier forecast, the minister said Sunday.",
        {"location": "Jeju", "reporters": ()},
    ),
    (
        "a page of clippings: each lead opened by its writer's byline, the first signs the record",
        f"[한빛일보 홍길동기자] 배우 김민수가 드라마 종영을 앞두고 마지막 소감을 전했다.\n{BODY}\n"
        f"[새빛신문 김철수기자] 배우 이영희가 연극 무대에 나선다고 22일 전했다.\n{BODY}",
        {"reporters": ("홍길동",)},
    ),
    (
        "a picture agency's caption dated in capitals after its place is no dateline",
        "Stocks fall on reports of a probe\n\nINDIO, CALIFORNIA – APRIL 15: (L-R) The band performs on the main stage "
        "during the festival on April 15, 2023 in Indio, California.\n\nJohn Doe | Getty Images\n\n"
        "Shares of the agencies dipped briefly on Wednesday after a reported investigation by the watchdog.",
        {"location": None},
    ),
    (
        "a wire's name before its end mark closes a photo page, the page's links under it",
        "Battle over an agency\n\nA founder speaks during a dinner meeting of business leaders in Seoul on Feb. 14, "
        "2023. He made his first public appearance since the deal was announced. (Yonhap) (END)\n\n"
        "20:15 February 14, 2023\n\nview original file\n\nTo get the link, tap the URL.",
        {"agency": "Yonhap", "published": "2023-02-14T20:15:00+09:00"},
    ),
    (
        "a region desk's name over the headline is no title",
        "East Asia Pacific\n\nFloods Close Two Ports for a Week\n\nBy Jane Doe\n\nSEOUL - Heavy rain closed two ports on "
        "the south coast for a week, officials said Thursday, the third closure this year.",
        {"title": "Floods Close Two Ports for a Week", "reporters": ("Jane Doe",)},
    ),
    (
        "a wire's file-photo caption over the story, and the same caption cut short over it, are no body",
        "Floods Close Two Ports for a Week\n\nBy Jane Doe\nOctober 31, 2019 04:29 AM\n"
        "People wait at a closed ferry terminal in Mokpo, South Korea, Wednesday, Oct. 30, 2019. Heavy rain…\n"
        "FILE - People wait at a closed ferry terminal in Mokpo, South Korea, Oct. 30, 2019. Heavy rain closed two ports.\n\n"
        "SEOUL - Heavy rain closed two ports on the south coast for a week, officials said Thursday, the third closure.",
        {"reporters": ("Jane Doe",), "body_starts": "Heavy rain closed two ports on the south coast"},
    ),
    (
        "a columnist with a double-barrelled surname in brackets opening a list's first card",
        "-\n[Jane Doe-Smith] Ports built at a dear price\nThe spirit of the frontier is written into our hearts, said the "
        "president in his address.\nFeb. 5, 2025 -\n[Kim Seong-kon] What to do with the polarity\nWe are now living in a "
        "polarized society.",
        {"reporters": ("Jane Doe-Smith",)},
    ),
    (
        "a brief signed under a dash with the writer's name in capitals",
        "Council to hold budget hearings\n\nThe council will hold a pair of hearings on the proposed budget, according "
        "to public notices.\n\nThe council will hold a public caucus on the budget on Dec. 4 at City Hall.\n\n— JANE DOE",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a place in capitals under a dash is no signature",
        "Council to hold budget hearings\n\nThe council will hold a pair of hearings on the proposed budget, according "
        "to public notices.\n\n- NEW YORK",
        {"reporters": ()},
    ),
    (
        "a wire and its city beside times in India's zone, on one barred line",
        "Police arrest a man after an incident\n\nReuters | London | Updated: 22-04-2020 16:13 IST | Created: 22-04-2020 "
        "14:56 IST\n\nBritish police said they had arrested a man after armed officers responded to reports of a suspect.",
        {"agency": "Reuters", "location": "London", "published": "2020-04-22T14:56:00+05:30"},
    ),
    (
        "a byline run into a capitals dateline and the lead of a flattened wire copy",
        "Police end a hostage situation\n\nBy Jane Doe NEW YORK A man was arrested after a brief police operation in a "
        "retail park on Sunday, police said.",
        {"reporters": ("Jane Doe",), "location": "NEW YORK"},
    ),
    (
        "writers in capitals, the first with a role for a paper, in a byline longer than a line of prose",
        "Live results\n\nBy JANE DOE, POLITICAL EDITOR FOR DAILY PLANET AUSTRALIA and JOHN ROE and MARY MAJOR and PETER "
        "MINOR and ANNE OTHER\nPublished: | Updated:\nVoters are anxiously awaiting the news of who will lead the nation.",
        {"reporters": ("Jane Doe", "John Roe", "Mary Major", "Peter Minor", "Anne Other")},
    ),
    (
        "a writer for a site, and a writer with a role, in English bylines",
        "Ports close for a week\n\nBy JANE DOE FOR PLANETONLINE\n\nHeavy rain closed two ports on the south coast for a "
        "week, officials said Thursday.",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a role after the writer's name is no second writer",
        "Ports close for a week\n\nBy Jane Doe, Deputy Editor\n\nHeavy rain closed two ports on the south coast for a week, "
        "officials said Thursday.",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a day, its month and its year without a space after the comma, the writer beside it on the next line",
        "Commissioner on night patrol\n\nUpdated on: 17 November,2010 08:00 AM IST  | \nJane Doe |\n\nThe newly appointed "
        "commissioner visited the police station late on Tuesday night, officers said.",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a South Asian city before an English story's colon",
        "Police open a witness room\n\nChennai: With a view to expedite judicial processes, the police have opened a "
        "virtual witness room at the office of the joint commissioner.",
        {"location": "Chennai", "reporters": ()},
    ),
    (
        "a byline after the time that opens its line",
        "Border rules eased for short trips\n\n2021-11-22 09:31:00 By : Mr. Jane Doe\n\nThe latest news from across the "
        "country on Wednesday. The file will be updated throughout the day.",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "an opinion piece's byline under its photo credit, the writer's note after it",
        "A sign near a water leak on the gorge road, February 7, 2024. Photo / John Roe\nOpinion by Jane Doe\nJane Doe is a "
        "reporter who has a particular interest in local government.\nThis is a transcript of today's special edition "
        "news update, sent to the newsletter's readers every week.",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "writers and their broadcaster run into a list card's lead, the card's link under it",
        "Politics\n\nCandidates close their campaigns in different ways\n\nBy Jane Doe, John Roe and Mary McMajor, CNN In the "
        "increasingly nationalized race for governor, the two candidates are closing their campaigns in different ways."
        "\n\nContinue Reading",
        {"reporters": ("Jane Doe", "John Roe", "Mary McMajor"), "agency": "CNN"},
    ),
    (
        "a broadcaster in parentheses opening the lead, a list's link under it",
        "The wall will not be paid for\n\n(CNN)It's not just one country that isn't paying for the wall, apparently. The "
        "president isn't ready to say so just yet.\n\nContinue Reading",
        {"reporters": (), "agency": "CNN"},
    ),
    (
        "a writer's name under a dash below the headline, as a press reader prints a byline",
        "Irish Planet\n\nJudge says sorry after reporters barred from court case\n\n- Jane Doe\n\nA JUDGE has apologised to "
        "journalists after they were wrongly excluded from a court hearing, the court heard yesterday.",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a list's card bylines each run into the next card's headline: the first signs the record",
        "Council opens a special session on the budget\nThe session follows the governor's vows to cut spending this year."
        "\nBy Jane DoeMayor formally resigns as county executive\nThe departure triggers a special election to fill her "
        "vacant seat.\nBy John Roe and Mary MajorExit polls from the election",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "an Indian wire's city with its state and country in brackets",
        "Curfew eased in the valley\n\nSrinagar (Jammu and Kashmir) [India], March 4 (ANI): The authorities eased the "
        "curfew on Monday after three days of calm, officials said.",
        {"location": "Srinagar", "agency": "ANI", "body_starts": "The authorities"},
    ),
    (
        "an archive saved as Markdown: heading, bold byline and dateline, a rule",
        "# Storm floods the coast road\nBy **JANE DOE** and **JOHN ROE**\nMay 16, 2024\n\n---\n\n**MOKPO, South Korea (AP)** "
        "- Heavy rain flooded the coast road on Thursday, officials said.",
        {
            "title": "Storm floods the coast road",
            "reporters": ("Jane Doe", "John Roe"),
            "location": "MOKPO, South Korea",
            "agency": "AP",
            "body_starts": "Heavy rain",
        },
    ),
    (
        "a blog's card over a reposted story yields to the story's own signature",
        "“군민기자와 함께 만드는 소식지”\n\n하늘빛 2012. 3. 19. 19:09\n\n강원 평창군은 우리동네 알리미로 활동할 군민기자 9명을 "
        "선발하고 19일 위촉장 수여식을 가졌다.\n\n선발된 군민기자들은 다음 달부터 활동하게 된다.\n\n<홍길동 기자>",
        {"reporters": ("홍길동",), "published": "2012-03-19T19:09:00+09:00"},
    ),
    (
        "two writers parted by a slash and a wire's bare dateline after the date",
        "Parliament approves the budget\n\nMay 18, 2024 By Jane Doe/Mary Major-Roe, GNA\n\nAccra, May 18, GNA – Parliament "
        "has approved the budget despite a boycott by the Minority, the Speaker said.",
        {
            "reporters": ("Jane Doe", "Mary Major-Roe"),
            "location": "Accra",
            "agency": "GNA",
            "published": "2024-05-18",
            "body_starts": "Parliament has",
        },
    ),
    (
        "a writer and the site's address after a slash close the story",
        "President accepts minister's resignation\n\nThe President on Monday accepted the resignation letter of the "
        "Minister of State.\n\nThe President wished him well in his future endeavors.\n\nJane Doe/examplenews.com",
        {"reporters": ("Jane Doe",), "body_ends": "future endeavors."},
    ),
    (
        "a wire's name and the day over a reprint's dateline",
        "Mob kills man before by-election\nThe Associated Press, Sun 31 Dec 2000\n\nHARARE, Zimbabwe (AP) — A mob stabbed a "
        "man to death in a clash before a by-election, state radio reported Sunday.",
        {"agency": "AP", "published": "2000-12-31", "location": "HARARE, Zimbabwe", "reporters": ()},
    ),
    (
        "a name printed twice under the headline is a picture's; the writer signs with the beat's title",
        "Ex-boss freed on bail\n\nJohn Roe\n\nJohn Roe\n\nJane Doe Senior Court Reporter\nformer managing director John Roe "
        "appeared in court yesterday on allegations of hand-picking his relatives for contracts.",
        {"reporters": ("Jane Doe",), "body_starts": "former managing director"},
    ),
    (
        "writers in capitals after a dash, one with an initial, joined by a capital AND",
        "Talks on interviews with officials\n\n- JANE Q. DOE, JOHN ROE AND MARY MAJOR\n\nWASHINGTON — The special counsel is "
        "in talks about interviewing current and former officials, three people said.",
        {
            "reporters": ("Jane Q. Doe", "John Roe", "Mary Major"),
            "location": "WASHINGTON",
            "body_starts": "The special",
        },
    ),
    (
        "a wire's dateline with the day before the month",
        f"Bus lanes approved\n\nLONDON, 9 May (Reuters) - {EN_BODY}",
        {"location": "LONDON", "agency": "Reuters", "body_starts": "The government"},
    ),
    (
        "a city in capitals, the day, month and year, and a colon",
        f"Bus lanes approved\n\nDUBAI 9 May 2022: {EN_BODY}",
        {"location": "DUBAI", "body_starts": "The government"},
    ),
    (
        "a headline naming a journalist the story is about, and a magazine's name in angle brackets in the footer",
        "‘저녁뉴스’ 새 앵커 홍길동 기자\n<한빛방송> 홍길동(54·사진) 보도국 선임기자가 평일 저녁뉴스 앵커로 발탁됐다.\n"
        "홍 앵커는 24일부터 진행을 맡는다.\n김철수 <주간21> 기자 kim@example.com 사진 한빛방송 제공",
        {"reporters": ("김철수",), "emails": ("kim@example.com",)},
    ),
    (
        "a wire's bracket naming a stadium of many syllables, set apart by a comma, before the writer",
        "[한빛스포츠=대한종합운동장, 홍길동 기자] 대표팀이 마지막 평가전에서 승리했다. 후반 결승골이 승부를 갈랐다.",
        {"reporters": ("홍길동",), "location": "대한종합운동장", "agency": "한빛스포츠", "body_starts": "대표팀이"},
    ),
    (
        "a writer's title after the name with no comma, 'Editor At Large' among them",
        f"Trouble ahead\n\nBy Jane Doe Editor At Large\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "body_starts": "The government"},
    ),
    (
        "a writer's beat title after the name with no comma",
        f"Trouble ahead\n\nBy John Roe Political Editor\n\n{EN_BODY}",
        {"reporters": ("John Roe",), "body_starts": "The government"},
    ),
    (
        "an anchor hands over to a reporter in the studio with words between the name and the verb",
        "◀ 앵커 ▶\n\n밤사이 비 피해가 잇따랐습니다.\n\n사회팀 홍길동 기자와 시청자들이 보내준 영상으로 살펴보겠습니다.\n\n"
        "◀ 기자 ▶\n\n네, 새벽 한때 시간당 50밀리미터의 비가 내렸습니다.",
        {"reporters": ("홍길동",)},
    ),
    (
        "a menu's 'today's reporter' is no reporter's name",
        "경찰은 25일 오후 압수수색에 나섰다.\n\n경찰은 관련자들을 불러 조사할 방침이다.\n\n이 시각 주요뉴스\n\n오늘의 기자\n\n많이 본 뉴스",
        {"reporters": ()},
    ),
    (
        "a writer's name over a lone 'Published' label whose time the page lost",
        "Traders at the port. PHOTO/Port Authority/Twitter\n\nBusiness\n\nExporters get help\n\nJane Doe\n\nPublished\n\n"
        f"NAIROBI, Kenya, Jan 08 – {EN_BODY}",
        {"reporters": ("Jane Doe",), "location": "NAIROBI, Kenya", "body_starts": "The government"},
    ),
    (
        "a one-word newsroom in parentheses and a dash opening the lead, no place",
        f"(MarketWire) - {EN_BODY} Exporters welcomed it.",
        {"agency": "MarketWire", "body_starts": "The government"},
    ),
    (
        "a dateline whose newsroom a page's link broke onto lines of its own",
        f"Exporters get help\n\nNEW YORK (\n\nDailyMarkets\n\n) --\n\n{EN_BODY}",
        {"location": "NEW YORK", "agency": "DailyMarkets", "body_starts": "The government"},
    ),
    (
        "a desk's roster closed by '(이상 취재팀)' is no byline",
        f"[우리 부서] 한빛방송 보도국\n\n<한빛방송 보도국>\n홍길동, 김철수, 이영희 기자(이상 취재팀)\n\n{BODY}",
        {"reporters": ()},
    ),
    (
        "a site's date of today and a country's section over a card whose author label is empty",
        "Wednesday, 03 July 2024\nUnited Kingdom\n\nUnited Kingdom (238)\n\nLatest News\n\nExporters get help\n\n"
        f"Monday, 03 February 2020 01:45 Written by\n\n{EN_BODY}",
        {"reporters": (), "published": "2020-02-03T01:45:00+09:00", "body_starts": "The government"},
    ),
    (
        "a digest's bracketed source and author over the story it summarises",
        f"LOCALS BRING COMPLAINTS TO THE BOARD\n[SOURCE: TradeWeek, AUTHOR: Jane Doe]\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "agency": "TradeWeek", "body_starts": "The government"},
    ),
    (
        "a day with an ordinal after a 'Date:' label",
        f"Date: 30th November 2000\n\nExporters get help\n\n{EN_BODY}",
        {"published": "2000-11-30", "body_starts": "The government"},
    ),
    (
        "a published time whose line ends in an update's label, its date run onto the next line",
        "Exporters get help\n\nsmall firms\n\n\npolicy\nPublished: Monday, February 14, 2011, 7:10 AM      Updated: Monday, "
        "February 14,\n2011, 9:03 AM\nEnlarge John Roe / The Daily Gov. Jane Doe speaks at the academy\nin Newark.\n\n"
        f"TRENTON — {EN_BODY}",
        {"published": "2011-02-14T07:10:00+09:00", "location": "TRENTON"},
    ),
    (
        "a press release's city and state in parentheses before a dash",
        f"Exporters get help\n\n(Springfield, Ore.) – {EN_BODY}",
        {"location": "Springfield, Ore.", "body_starts": "The government"},
    ),
    (
        "a copyright notice whose outlet lost bytes to a bad decoding names no outlet",
        f"{BODY}\n홍길동기자 hong@example.com\n[ 저작권자 ⓒ한빛\ufffd읋擔\ufffd, 무단 전재 및 재배포 금지 ]",
        {"reporters": ("홍길동",), "agency": None},
    ),
    (
        "a writer's initial without its full stop",
        f"Exporters get help\n\nBy R Jane Doe\n\n{EN_BODY}",
        {"reporters": ("R Jane Doe",), "body_starts": "The government"},
    ),
    (
        "a known city in title case, its wire's initials in parentheses and a dash, no date",
        f"Exporters get help\n\nHanoi (XNA) – {EN_BODY}",
        {"location": "Hanoi", "agency": "XNA", "body_starts": "The government"},
    ),
    (
        "a South Asian town by its name's ending, then a colon, opening the lead",
        f"Exporters get help\n\nRampurnagar: {EN_BODY}",
        {"location": "Rampurnagar", "body_starts": "The government"},
    ),
    (
        "a wire and its date on a line with a font-size widget's label",
        f"Exporters get help\n\nXinhua, August 14, 2016 Adjust font size:\n\n{EN_BODY}",
        {"agency": "Xinhua", "published": "2016-08-14", "body_starts": "The government"},
    ),
    (
        "a writer and date between bars with an empty field between them",
        f"flag\n\nJonathan Doe | | March 25, 2019\n\n{EN_BODY}",
        {"reporters": ("Jonathan Doe",), "published": "2019-03-25", "body_starts": "The government"},
    ),
    (
        "a Wix blog's avatar text glued to its writer's first name",
        f"top of page\n  • Writer's pictureJane\n\nOn Losing Well\n\n{EN_BODY}",
        {"reporters": ("Jane",), "body_starts": "The government"},
    ),
    (
        "a radio host's sentence opening 'As NPR's NAME reports,' names the reporter",
        "Transcript\n\nJANE ROE, HOST:\n\nIt's the morning news. I'm Jane Roe.\n\nThe county is in the spotlight. "
        "As NPR's John Doe reports, the candidates are chasing each other across the state.",
        {"reporters": ("John Doe",)},
    ),
    (
        "a live blog's card: a name, then its beat in lowercase words",
        f"World\nJane Doe US politics live blogger\n\nExporters get help – as it happened\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a columnist with a double-barrelled surname beside the page's date",
        f" date 2022-09-17 Ann Cooper-White\n\n{EN_BODY}",
        {"reporters": ("Ann Cooper-White",), "published": "2022-09-17", "body_starts": "The government"},
    ),
    (
        "a local site's writer card: a name, a comma and the site's staff, its badge's alt text glued on",
        f"Exporters get help\n\n{EN_BODY}\n\nJane Doe's profile picture\n\nJane Doe, Town Staff"
        "Verified Town Staff Badge\n\nExporters get help",
        {"reporters": ("Jane Doe",)},
    ),
    (
        "a known city in title case and a dash opening the lead, no wire and no date",
        f"Exporters get help\nBy Staff Reporter\n\nDurban – {EN_BODY}",
        {"location": "Durban", "body_starts": "The government"},
    ),
    (
        "an aggregator's card: the outlet's name twice, a section, then the writer over the headline",
        f"Start reading\nThe Daily - UK\nThe Daily - UK\nPolitics\nJane Doe\n\nExporters get help – as it happened\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "body_starts": "The government"},
    ),
    (
        "one of the world's larger cities in title case and a dash opening the lead",
        f"Exporters get help\n\nSpringfield – {EN_BODY}",
        {"location": "Springfield", "body_starts": "The government"},
    ),
    (
        "a city that is also an English word is no dateline before a dash",
        f"Exporters get help\n\nReading – {EN_BODY}",
        {"location": None},
    ),
    (
        "a page's day, and its time alone on a line under the headline",
        f" date 2023-09-07 Politics\nThe Channel\n\nExporters get help\n\n1:13pm\nA picture's caption.\n\n{EN_BODY}",
        {"published": "2023-09-07T13:13:00+09:00"},
    ),
    (
        "a dateline with the day in parentheses where a wire would stand: a day, no wire",
        f"Exporters get help\n\nLOS ANGELES (Jan. 29, 2015) — {EN_BODY}",
        {"location": "LOS ANGELES", "agency": None, "published": "2015-01-29", "body_starts": "The government"},
    ),
    (
        "a press release's wire in parentheses between a dateline's spaced dashes",
        f"Exporters get help\n\nMOUNT LAUREL, N.J. — (BUSINESS WIRE) — {EN_BODY}",
        {"location": "MOUNT LAUREL, N.J.", "agency": "BUSINESS WIRE", "body_starts": "The government"},
    ),
    (
        "a city in capitals with a hyphen glued to the lead",
        f"Port fees rise again\n\nBUSAN-{EN_BODY}",
        {"location": "BUSAN", "body_starts": "The government"},
    ),
    (
        "a word in capitals with a hyphen glued to a capital is no dateline",
        "Rules eased\n\nCOVID-Related rules were eased on Friday, the ministry said in a statement to reporters.",
        {"location": None, "body_starts": "COVID-Related"},
    ),
    (
        "a regional desk's place in brackets opening the lead is its dateline, not an outlet",
        f"지원책 발표\n\n[논산] {BODY}",
        {"location": "논산", "agency": None, "body_starts": "정부는"},
    ),
    (
        "a date of today over a site's breadcrumb is not the story's",
        f"Saturday, March 7, 2026\nHome Business Page 12\n\nExporters get help\n\n{EN_BODY}",
        {"published": None, "title": "Exporters get help"},
    ),
    (
        "a date over the headline with no site header below it is the story's",
        f"Saturday, March 7, 2026\n\nExporters get help\n\n{EN_BODY}",
        {"published": "2026-03-07", "title": "Exporters get help"},
    ),
    (
        "a writer's name with a blog's slash after it, under the headline",
        f"Exporters get help\n\nJane Doe /\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "body_starts": "The government"},
    ),
    (
        "a writer's name under a headline under its section's name",
        f"Current Affairs\nExporters get help\nJane Doe\n{EN_BODY}",
        {"title": "Exporters get help", "reporters": ("Jane Doe",), "body_starts": "The government"},
    ),
    (
        "a writer beside a card's day and time with no year",
        f"Exporters get help\n\nJane Doe| March 7, 02:03 PM\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "published": None, "body_starts": "The government"},
    ),
    (
        "a party's name under a post's date is no writer",
        f"Exporters get help\n\nMarch 7, 2026\nHarbor Democrats\n\n{EN_BODY}",
        {"reporters": (), "published": "2026-03-07"},
    ),
    (
        "a story quoted in full keeps its own byline and time to itself",
        "Exporters get help\n\nJane Doe| March 7, 02:03 PM\n\n"
        "The port's paper changed its story overnight, and readers noticed the missing quotes at once.\n\n"
        "The first version was taken down within hours, but copies of it had already spread online.\n\n"
        "Here is the original story in full:\n\nFees to rise\n\n"
        f"By John Roe Published on Mar 6, 2026 8:57 PM\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "published": None},
    ),
    (
        "a writer's role after the newsroom in a labelled byline is no place",
        f"Exporters get help\n\nBy: Jane Doe, Harbor News, Staff Writer\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "location": None},
    ),
    (
        "a city after a writer's comma is where the writer filed from, no second writer",
        f"Exporters get help\n\nBy Jane Doe, Manila\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "location": "Manila"},
    ),
    (
        "a deck, a close button and a caption over a dateline's lead are the story's header",
        "Port fees rise again\n\nShippers said the new fees would be passed on to buyers within weeks.\nX\n"
        f"Cranes at the city's container terminal\n\nBUSAN: {EN_BODY}",
        {
            "location": "BUSAN",
            "body_starts": "The government",
            "subtitles": (
                "Shippers said the new fees would be passed on to buyers within weeks.",
                "Cranes at the city's container terminal",
            ),
        },
    ),
    (
        "a site's search box and promotions around a story are no part of it",
        f"Begin typing your search...\n\nPort fees rise again\n\n{EN_BODY}\n\n"
        "Visit news.example.in to explore our interactive epaper!\n\n"
        "Download the Harbor Times app for more exciting features!\n\nClick here for iOS\n\nNext Story",
        {"title": "Port fees rise again", "body_starts": "The government", "body_ends": "small exporters."},
    ),
    (
        "a region and the paper's name in parentheses with no equals sign open the lead",
        f"지원책 발표\n\n(논산 한빛일보) {BODY}",
        {"location": "논산", "agency": "한빛일보", "body_starts": "정부는"},
    ),
    (
        "a region and a district in parentheses name no outlet",
        f"지원책 발표\n\n(부산 해운대구) {BODY}",
        {"agency": None},
    ),
    (
        "a writer's address on a card with the site's address run into it",
        f"지원책 발표\n\n{BODY}\n\n한빛일보 홍길동 기자\nhong@naver.comhanbit.co.kr",
        {"reporters": ["홍길동"], "emails": ("hong@naver.com",)},
    ),
    (
        "an ad slot's label over the headline is no writer",
        f"Advertisement Banner\n\nExporters get help\n\n{EN_BODY}",
        {"reporters": (), "title": "Exporters get help"},
    ),
    (
        "a name and 'writes' alone over a personal piece",
        f"I kept my shop open\n\nJane Doe writes…\n\n{EN_BODY}",
        {"reporters": ("Jane Doe",), "body_starts": "The government"},
    ),
    (
        "a city in capitals and its date alone on a line, closed by a colon",
        f"Exporters get help\n\nPUTRAJAYA, March 7, 2026:\n\n{EN_BODY}",
        {"location": "PUTRAJAYA", "published": "2026-03-07", "body_starts": "The government"},
    ),
    (
        "a page's date label with a month alone before a dateline",
        f" date 2026-03 BUSAN: {EN_BODY}",
        {"location": "BUSAN", "published": None, "body_starts": "The government"},
    ),
    (
        "a writer's card: the name over the paper's name over the city and a spaced time",
        "Please update your browser\n\nExporters get help\n\n  • Jane Doe\n\n    The Harbor Post\n\n"
        f"Manila   /   Sat, March 7, 2026   /  01:10 pm\n\n{EN_BODY}",
        {
            "title": "Exporters get help",
            "reporters": ("Jane Doe",),
            "location": "Manila",
            "published": "2026-03-07T13:10:00+09:00",
            "body_starts": "The government",
        },
    ),
    (
        "a city, the site's address and a dash open the lead",
        f"Exporters get help\n\nManila, harbornews.com – {EN_BODY} Officials said more would follow.",
        {"location": "Manila", "agency": "harbornews.com", "body_starts": "The government"},
    ),
    (
        "a contributor after a label and an underscore, then the company and the address",
        f"지원책 발표\n\n{BODY}\n글_ 홍길동, 지멘스 gildong.hong@example.com\n{BODY}",
        {"reporters": ["홍길동"], "emails": ("gildong.hong@example.com",)},
    ),
    (
        "a site's label of a few words over a headline printed twice",
        f"News in English\n\nExporters get help at the port\n\nExporters get help at the port\n\n{EN_BODY}",
        {"title": "Exporters get help at the port", "body_starts": "The government"},
    ),
    (
        "a newsletter's sign-up box inside the story leaves the body",
        f"Exporters get help\n\n{EN_BODY}\n\nRegister now to our daily newsletter\n\n"
        "The newsletter i cut through the noise\n\nOfficials said more help would follow next year.",
        {"body_lacks": "newsletter"},
    ),
    (
        "a caps dateline whose wire in parentheses is closed by a semicolon",
        f"Exporters get help\n\nCOLOMBO (Harbor TV); {EN_BODY}",
        {"location": "COLOMBO", "agency": "Harbor TV", "body_starts": "The government"},
    ),
    (
        "a wire named alone after a byline's label, the card's times lost, a picture's name over the dateline",
        "Port fees rise again\n\nby: The Associated Press\n\nPosted: / Updated:\n\nJane Doe\n\n"
        f"BUSAN, South Korea (AP) — {EN_BODY}",
        {"reporters": (), "agency": "AP", "location": "BUSAN, South Korea", "body_starts": "The government"},
    ),
    (
        "a writer after a dash closing the story, then the paper's invitation to readers",
        f"Exporters get help\n\n{EN_BODY}\nFurther details will follow.\n- Jane Doe\n"
        "We want to hear from you! Send us a message, email us at editors@example.com",
        {"reporters": ("Jane Doe",), "body_ends": "Further details will follow.", "body_lacks": "hear from you"},
    ),
    (
        "a dash before a name in a list inside the story signs nothing",
        "Winners named\n\nThe judges named the winners on Friday after a long day of debate.\n- Jane Doe\n"
        "- John Roe\nThe prizes will be handed out next month at the city hall ceremony.",
        {"reporters": ()},
    ),
    (
        "a summary's source line with the paper and its time in UTC",
        f"Exporters get help\n\n{EN_BODY}\nSource: The Harbor Star March 7, 2026 20:03 UTC",
        {"agency": "The Harbor Star", "published": "2026-03-07T20:03:00+00:00"},
    ),
    (
        "the outlet, the writer and a cut address signing the story, no title",
        f"지원책 발표\n\n{BODY}\n한빛뉴스 홍길동 hong@\n기사제보 및 보도자료 desk@example.com",
        {"reporters": ["홍길동"], "agency": "한빛뉴스", "body_ends": "것이다."},
    ),
    (
        "a desk's name before the writer is no place",
        f"지원책 발표\n\n{BODY}\n\n온라인뉴스팀 홍길동 기자 hong@example.com",
        {"reporters": ["홍길동"], "location": None},
    ),
    (
        "a caption glued to its credit and a bracketed byline, with no spaces",
        "▲16일방송되는'한빛쇼'에서는두요리사와만남이펼쳐진다.제공|KBS[한빛뉴스=홍길동기자]KBS2'한빛쇼'가"
        "다양한사연의사람들과소통한다.'한빛쇼'는동거생활을통해서로의삶의방식을이해하고배우는프로그램이다.",
        {"reporters": ["홍길동"], "agency": "한빛뉴스"},
    ),
    (
        "a paper's masthead in brackets opening the lead is no dateline",
        "Port fees rise again\n\n[THE HARBOR TIMES] Shipping lines said on Dec. 19 that port fees would rise again "
        "next year.\nBy Jane Doe (jane@harbor.example)",
        {"reporters": ("Jane Doe",), "location": None},
    ),
    (
        "a city and its country before a spaced hyphen",
        f"Port fees rise again\n\nPublished Feb 22, 2024 12:57 am\n\nTokyo, Japan - {EN_BODY}",
        {"location": "Tokyo, Japan", "body_starts": "The government"},
    ),
    (
        "a list's second story signed and dated under the first one's card",
        "항만\n\n항만 사용료 또 오른다\n\n"
        + BODY * 2
        + "\n홍길동 기자 2021-09-16 12:37:17\n선박 검사 강화된다\n\n"
        + BODY * 2
        + "\n김철수 기자 2021-03-22 11:22:53",
        {"reporters": ("홍길동",), "published": "2021-09-16T12:37:17+09:00"},
    ),
]


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("올 시즌부터 프로야구 경기 중 감독 인터뷰", False),  # "올", "중" lean on their neighbours: a phrase
        ("정치 경제 사회 국제 문화 스포츠 연예", True),
        ("연 도 구 분 합 계 인 건 비", True),  # letter-spaced table heads, no phrase
        ("North Korea missile launch believed to be latest in a series of tests", False),
    ],
)
def test_one_syllable_words_tell_a_headline_from_a_menu_bar(line: str, menu: bool) -> None:
    assert is_menu_line(line) is menu


@pytest.mark.parametrize(("name", "text", "expected"), BYLINE_FAMILIES, ids=[c[0] for c in BYLINE_FAMILIES])
def test_byline_families(name: str, text: str, expected: dict[str, Any]) -> None:
    check(extract(text), expected)


OUTLET_TIMES = [
    ("https://www.example.co.nz/news/1", "7:59 pm on 1 June 2023", "2023-06-01T19:59:00+12:00"),  # NZ winter
    ("https://www.example.co.nz/news/2", "7:59 pm on 1 December 2023", "2023-12-01T19:59:00+13:00"),  # NZ summer
    ("https://example.co.uk/story", "Published: 09:38, 23 May 2024", "2024-05-23T09:38:00+01:00"),
    ("https://example.in/story", "Published: May 23, 2024 09:38", "2024-05-23T09:38:00+05:30"),
    ("https://www.example.com/story", "Published: 09:38, 23 May 2024", "2024-05-23T09:38:00+09:00"),  # no country
    ("https://www.example.co.kr/story", "입력 2024-05-16 16:57", "2024-05-16T16:57:00+09:00"),
    ("https://example.co.uk/story", "Published: 09:38 GMT, 23 May 2024", "2024-05-23T09:38:00+00:00"),  # named
]


@pytest.mark.parametrize(("url", "stamp", "published"), OUTLET_TIMES, ids=[c[0] + " " + c[1] for c in OUTLET_TIMES])
def test_a_time_printed_without_a_zone_is_in_the_outlets_country(url: str, stamp: str, published: str) -> None:
    text = f"Council backs the new budget plan\n\n{stamp}\n\n{EN_BODY}"
    assert extract_text(text, id="case", source=url).published == published
    page = f'<html><head><link rel="canonical" href="{url}"></head><body><h1>Council backs the new budget plan</h1><p>{stamp}</p><p>{EN_BODY}</p></body></html>'
    assert extract_text(page, id="case", source="saved/page.html", is_html=True).published == published


BOARD_POST_WITH_MARKUP = (
    '항만 사용료 또 오른다 작성일 07-25 5 목록 <div class="article_view"> <section> <figure> <p class="link_figure">'
    '<img alt="▲ 부두. 제공ㅣ한빛항만" src="https://img.example/a.jpg"></p> </figure> <p>[한빛뉴스=홍길동 기자] '
    f"{BODY} </p> <p>{BODY}</p> </section> </div>"
)


def test_a_board_post_printing_a_portals_markup_is_read_as_markup() -> None:
    assert looks_like_html(BOARD_POST_WITH_MARKUP)  # a title line over the markup, not markup from the start
    assert not looks_like_html(f"항만 사용료 또 오른다\n\n<사진> {BODY}\n<표> 항만별 사용료 <자료: 해수부>")
    article = extract_text(BOARD_POST_WITH_MARKUP, id="case", source="case", is_html=True)
    assert article.reporters == ("홍길동",) and "<p" not in article.body_ko


@pytest.mark.parametrize("line", ["홍길동 차장, 김철수 차장 기자", "최광수 차장, 진재운 차장, 김상진 기자"])
def test_a_newsroom_rank_is_no_name(line: str) -> None:  # held-out round 66: "차장" was read as a third person
    assert not {"차장", "부장", "팀장"} & set(extract(f"제목\n\n{BODY}\n\n{line}").reporters)


WIRE_FOOTER = (
    "Title\n\nSEOUL, May 16 (Reuters) - The government announced a new support package on Thursday.\n\n"
    "Reporting by Jane Doe; Editing by John Roe\n\nOur Standards: The Thomson Reuters Trust Principles."
)


def test_wire_credits_leave_the_body() -> None:
    article = extract(WIRE_FOOTER)
    assert article.credits == ("Reporting by Jane Doe; Editing by John Roe",)
    assert article.body_en == "The government announced a new support package on Thursday."


HTML_WITHOUT_CONTAINER = (
    "<html><head><title>Chips deal - Wire</title></head><body><nav><a>Home</a><a>World</a><a>Business</a></nav>"
    "<div class='wrap'><div class='col'><h1>Chips deal</h1><p>SEOUL, June 10 (Yonhap) -- South Korea and the United "
    "States agreed Monday to expand their partnership on semiconductor supply chains, the ministry said.</p>"
    "<p>The two sides plan to launch a working group on chip startups and workforce training later this year.</p>"
    "</div><div class='col2'><h3>Most read</h3><ul><li><a>Another story about something else entirely</a></li>"
    "<li><a>Yet another headline people clicked on today</a></li></ul></div></div>"
    "<div class='bottom'>Copyright Yonhap. All rights reserved.</div></body></html>"
)


def test_html_without_a_known_container_keeps_its_story_and_drops_the_lists() -> None:
    article = extract_text(HTML_WITHOUT_CONTAINER, id="h", source="h", is_html=True)
    assert article.body_en.startswith("South Korea and the United States agreed Monday")
    assert "Most read" not in article.body_en and "Another story" not in article.body_en
    assert (article.location, article.agency) == ("SEOUL", "Yonhap")


def test_a_portal_page_gives_its_stamped_times_and_its_photo_caption() -> None:
    """Naver's article page (its template's classes and attributes; invented text): the visible
    stamps carry the times to the second in data attributes, and the photo caption sits inline
    in the article container with its source after it and no mark."""
    page = (
        "<html><head><title>반도체 수출 5월 역대 최대 : 네이버 뉴스</title></head><body><div id='ct'>"
        "<h2 id='title_area' class='media_end_head_headline'><span>반도체 수출 5월 역대 최대</span></h2>"
        "<em class='media_end_head_journalist_name'>김철수 기자</em>"
        "<span class='media_end_head_info_datestamp_time _ARTICLE_DATE_TIME' data-date-time='2024-06-01 09:05:12'>"
        "2024.06.01. 오전 9:05</span><span class='media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME' "
        "data-modify-date-time='2024-06-01 10:11:00'>2024.06.01. 오전 10:11</span><span class='u_likeit_text'>24</span>"
        "<article id='dic_area'><span class='end_photo_org'><img src='x.jpg'><em class='img_desc'>"
        "부두에 컨테이너가 쌓여 있다. 연합뉴스</em></span><br>(서울=한빛일보) 김철수 기자 = 5월 반도체 수출이 "
        "역대 최대를 기록했다.<br><br>산업부는 1일 이런 내용의 수출입 동향을 발표했다.</article></div></body></html>"
    )
    article = extract_text(page, id="naver", source="naver", is_html=True)
    assert (article.published, article.updated) == ("2024-06-01T09:05:12+09:00", "2024-06-01T10:11:00+09:00")
    assert article.captions == ("부두에 컨테이너가 쌓여 있다.",) and article.photo_credits == ("연합뉴스",)
    assert article.body_ko.startswith("5월 반도체 수출이") and "컨테이너" not in article.body_ko
    assert article.reporters == ("김철수",)


def test_a_daum_page_gives_its_registered_time_to_the_second() -> None:
    """Daum's article page (its template's classes and meta; invented text): og:regDate carries the
    visible "입력" time to the second, and the figure's caption keeps its credit."""
    page = (
        "<html><head><title>반도체 수출 5월 역대 최대 | Daum 뉴스</title>"
        "<meta property='og:regDate' content='20240601090512'></head><body>"
        "<div class='head_view'><h3 class='tit_view'>반도체 수출 5월 역대 최대</h3><div class='info_view'>"
        "<span class='txt_info'>김철수 기자</span><span class='txt_info'>입력 <span class='num_date'>2024. 6. 1. 09:05"
        "</span></span></div></div><div class='article_view'><section><figure><figcaption class='txt_caption'>"
        "부두에 컨테이너가 쌓여 있다. [사진=연합뉴스]</figcaption></figure><p>(서울=한빛일보) 김철수 기자 = 5월 반도체"
        " 수출이 역대 최대를 기록했다.</p><p>산업부는 1일 이런 내용의 수출입 동향을 발표했다.</p></section></div></body></html>"
    )
    article = extract_text(page, id="daum", source="daum", is_html=True)
    assert article.published == "2024-06-01T09:05:12+09:00" and article.reporters == ("김철수",)
    assert article.captions == ("부두에 컨테이너가 쌓여 있다.",) and article.photo_credits == ("연합뉴스",)
    assert article.body_ko.startswith("5월 반도체 수출이")


def test_markup_under_a_few_lines_of_a_proxys_text_is_read_as_a_page() -> None:
    """A page saved through a proxy: its name and the page's title over the markup it shows,
    cut before the body. The page's meta tags still give the headline and the writer."""
    text = (
        "PROXY.EXAMPLE\n\n항구는 누구의 것인가 < 정치 < 기사본문 - 월간한빛\n\n"
        '<!doctype html> <html lang="ko"> <head> <meta charset="utf-8"> '
        '<meta name="title" content="항구는 누구의 것인가 - 월간한빛"/> <meta name="author" content="홍길동 "/> '
        '<meta property="og:site_name" content="월간한빛"/>'
    )
    assert looks_like_html(text)
    article = extract_text(text, id="proxy", source="proxy", is_html=True)
    assert (article.title, article.reporters) == ("항구는 누구의 것인가", ("홍길동",))
