"""Bylines, datelines and photo credits: who wrote an article, where, and for which outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from extractors import patterns as p
from extractors.names import is_korean_surname, transcribes_foreign_word
from extractors.places import KO_REGIONS, is_world_city
from extractors.timestamps import parse_timestamp

__all__ = [
    "Byline",
    "anchor_intro_reporters",
    "bare_name",
    "caps_names",
    "find_email_byline",
    "find_inline_byline",
    "is_outlet",
    "parse_byline",
    "parse_photo_credit",
    "printed_once",
    "reporter_cards",
    "strip_trailing_byline",
]


# The layout reader asks about the same line from several passes (headline search, header block,
# body, footer); a line's reading depends on the line alone.
_CACHED_LINES = 4096


@dataclass(frozen=True, slots=True)
class Byline:
    reporters: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    location: str | None = None
    agency: str | None = None
    rest: str = ""  # body text that followed the byline on the same line
    credit: bool = False  # a staff credit line ("촬영기자: 홍길동"): metadata, not body, not a reporter
    # a day a dateline gives where a wire would stand: "LOS ANGELES (Jan. 29, 2015) —"
    dated: str | None = field(default=None, repr=False)


_SPACE_RUN_RE = re.compile(r"(?<=\S) {2,}(?=\S)")
# A magazine's or station's name in angle brackets between a writer and the title, digits and all.
_ANGLED_MASTHEAD_RE = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s*[<〈《](?P<outlet>[^<>〈〉《》\s]{2,12})[>〉》](?=\s*(?:선임|전문|수습|인턴|객원)?(?:기자|특파원))"
)
_LINK_AFTER_TITLE_RE = re.compile(r"(?<=기자)\s*(?:이?메일|구독)$")
# A card's reading time after its byline: "by Subin KIM  ·  9 MIN READ".
_READING_TIME_RE = re.compile(r"\s*[·|•]\s*\d{1,3}\s*min(?:ute)?s?\s+read$", re.I)
_NAME_FULL_STOP_RE = re.compile(r"^([가-힣]{2,4})\.\s+(?=기자|특파원)")
_ADDRESS_GLUED_TO_TITLE_RE = re.compile(r"([가-힣]\s?(?:기자|특파원))(?=[A-Za-z0-9._+-]+@)")
_TITLE_TWICE_RE = re.compile(r"(?<=[가-힣])(기자|특파원)\s+\1(?=\s|$)")
_DASH_BEFORE_BY_RE = re.compile(r"^[-–]\s+(?=[Bb]y\s)")
# Each writer with the title: "[아시아경제 김혜원 기자, 손선희 기자]" lists two, as "김혜원·손선희 기자" does.
# … and "정수현기자, 조성준·구현모인턴기자": the next writers may be several, their title a junior one.
_TITLE_EACH_RE = re.compile(
    r"(?<=[가-힣])\s*(기자|특파원)\s*,\s*(?=[가-힣]{2,4}(?:\s*[·ㆍ]\s*[가-힣]{2,4})*\s*(?:인턴|수습|객원)?\s*\1(?![가-힣]))"
)


@lru_cache(maxsize=_CACHED_LINES)
def parse_byline(line: str) -> Byline | None:
    """Parse a byline or dateline line; None when the line is not one.

    >>> parse_byline("수원=강대웅 기자")
    Byline(reporters=('강대웅',), emails=(), location='수원', agency=None, rest='', credit=False)
    >>> parse_byline("(서울=연합뉴스) 홍길동 기자 = 정부는 16일")
    Byline(reporters=('홍길동',), emails=(), location='서울', agency='연합뉴스', rest='정부는 16일', credit=False)
    """
    if len(line) > _LONG_LINE and not _may_open_or_close_a_byline(line):
        return None  # a paragraph of the story: most lines, and each of the parsers below would say no
    line = line.strip().lstrip("/▶■▣◆◇•·▲ ").strip()  # footers often lead with a slash or a mark
    if "이상" in line and _ROSTER_MARK_RE.search(line):
        return None  # "김익태, 염기석 … 기자(이상 취재팀)": a desk's roster, or who took the pictures above
    if line[:2] in p.DASH_OPENERS:
        line = line[2:].lstrip()  # "- 형민우 편집위원(연합뉴스)": a column signed under a dash
        if (signed := _caps_signature(line)) is not None:
            return signed  # "— JIM LOCKWOOD" under a brief, as American papers sign them
    elif line[:2] in ("by", "By") and p.HANGUL_SYLLABLE_RE.match(line[2:3]):
        line = f"{line[:2]} {line[2:]}"  # "by안혜원 선임기자": a card's "by" glued to the name
    if "  " in line and (found := parse_byline(_SPACE_RUN_RE.sub(" ", line))) is not None and not found.rest:
        return found  # "글 박희석  월간조선 기자 …": a template's gap; a rest must stay the line's own text
    line = _LINK_AFTER_TITLE_RE.sub("", line) if line.endswith(("메일", "구독")) else line  # "정재훈 기자메일"
    line = _READING_TIME_RE.sub("", line) if line[-4:].lower() == "read" else line
    line = _SOCIAL_HANDLE_RE.sub("", line) if "@" in line else line  # "임진환 기자 (트위터@binyfafa) photolim@…"
    line = _EMAIL_PLACEHOLDER_RE.sub("", line) if "protected]" in line else line  # "YTN 박희천[[email protected]]"
    line = _NAME_FULL_STOP_RE.sub(r"\1 ", line) if "." in line[2:5] else line  # "김현경. 기자(goodjob@…)"
    if line.count("기자") > 1 or line.count("특파원") > 1:
        line = _TITLE_TWICE_RE.sub(r" \1", line)  # "신유철기자 기자 |": the title twice
    line = _TITLE_EACH_RE.sub("·", line) if "," in line[:_LONG_LINE] else line
    if (angled := _ANGLED_MASTHEAD_RE.match(line)) and (found := parse_byline(angled["name"] + line[angled.end() :])):
        return replace(found, agency=found.agency or angled["outlet"])  # "김미영 <씨네21> 기자 instyle@…"
    if (long_outlet := p.NAME_LONG_OUTLET_RE.match(line)) and is_outlet(long_outlet["outlet"]):
        found = parse_byline(long_outlet["name"] + line[long_outlet.end() :])  # "한현정 스타투데이 기자(…) 2023. …"
        return replace(found, agency=found.agency or long_outlet["outlet"]) if found is not None else None
    if "@" in line and (at_outlet := p.TITLE_AT_OUTLET_RE.match(line)) and is_outlet(at_outlet["outlet"]):
        found = parse_byline(f"{at_outlet['name']} {at_outlet['title']} {line[at_outlet.end() :]}".strip())
        return replace(found, agency=found.agency or at_outlet["outlet"]) if found is not None else None
    line = _ADDRESS_GLUED_TO_TITLE_RE.sub(r"\1 ", line) if "@" in line else line  # "최현배 기자choi@…"
    line = _DASH_BEFORE_BY_RE.sub("", line)  # "- By Choe Sang-Hun | New York Times"
    line = printed_once(line)  # a name rendered twice: "송오용 기자송오용 기자"
    if line[:1] in "<〈" and line[-1:] in ">〉":
        line = line[1:-1].strip()  # older footers wrap the byline: "<유병수기자 bjorn@etnews.co.kr>"
    if (wrapped := _WRAPPED_THEN_EMAIL_RE.match(line)) and (found := parse_byline(wrapped["byline"])):
        return _with_address(found, wrapped["email"])  # "<황재성기자>jsonhng@donga.com": the address after it
    if (address := p.LEADING_EMAIL_RE.match(line)) and (found := parse_byline(line[address.end() :])):
        return _with_address(found, address["email"])  # "fnjung@fnnews.com 정기현 기자": the address before it
    tagged = p.SECTION_TAG_RE.match(line)
    if tagged and _bracket_outlet_names(line) is not None:
        tagged = None  # "[경기 한국사진방송]이두수기자=": the tag is the dateline
    if tagged and "=" not in line[: tagged.end()] and (found := parse_byline(line[tagged.end() :])) is not None:
        return _with_tag_outlet(found, tagged.group(0))  # "[이슈 인사이드 | 문화] 이서현 동아일보 오피니언팀 기자"
    if (masthead := p.MASTHEAD_BEFORE_LABEL_RE.match(line)) and (found := parse_byline(line[masthead.end() :])):
        return found if found.reporters else None  # "10 아시아 글. 한여울 기자 sixteen@"
    if archive := p.EN_AUTHOR_ARCHIVE_RE.match(line):
        line = "By " + line[archive.end() :]  # "Home » Entries posted by KIM TONG-HYUNG Associated Press"
    elif contributions := p.EN_AUTHOR_CONTRIBUTIONS_RE.match(line):
        line = "By " + contributions["name"]  # "For Soo-hyang Choi's latest contributions to …, see below:"
    if p.CREDIT_LINE_RE.match(line) and len(line) < 80:
        return Byline(credit=True)
    promo = p.TRAILING_TIP_LINK_RE.search(line) if any(w in line for w in p.TIP_LINK_WORDS) else None
    if promo and (found := parse_byline(line[: promo.start()])):
        return found if found.reporters and not found.rest else None  # "홍길동 기자 ▶ 기사제보"
    for parser in (
        _release_wire_dateline,
        _bracket_wire_dateline,
        _outlet_place_dateline,
        _region_outlet_dateline,
        _bracket_dateline,
        _bracket_byline,
        _bracket_outlet_names,
        _plain_dateline,
        _names_title,
        _signoff,
        _labelled_byline,
        _labelled_desk,
        _desk_head_signature,
        _name_desk_signature,
        _title_first_signature,
        _programme_masthead,
        _listed_byline,
        _rubric_writer,
        _bracket_outlet_writer,
        _student_signature,
        _role_contact,
        _contact_reporters,
        _outlet_byline,
        _outlet_desk_bar,
        _name_with_email,
        _name_over_issue,
        _name_with_affiliation,
        _outlet_email,
        _desk_email,
        _labelled_dateline,
        _more_by_reporter,
        _agency_place_byline,
        *(_ENGLISH_PARSERS if _LATIN_LETTER_RE.search(line) else ()),
    ):
        if (found := parser(line)) is not None:
            return _with_second_byline(found)
    for bar in (" / ", " - "):  # "제313회 이달의 기자상 지역취재보도 / 김준용 부산일보 기자": a rubric, then the byline
        if bar in line and (found := parse_byline(line.rsplit(bar, 1)[1])) and found.reporters and not found.rest:
            return found  # "Global Asia - - CONTENTS - By Sang-young Rhyu"
    return _wrapped_byline(line)


_LATIN_LETTER_RE = re.compile("[A-Za-z]")


def _caps_signature(text: str) -> Byline | None:
    """A writer's name alone in capitals ("JIM LOCKWOOD"); no wire, desk or place ("THE ASSOCIATED PRESS")."""
    if not p.CAPS_NAME_RE.match(text) or (name := person_name(text)) is None or "Board" in name.split():
        return None  # "SCHOOL BOARD"
    if any(country.upper() in text for country in p.DATELINE_COUNTRIES) or name in p.COLON_DATELINE_CITIES:
        return None  # "— SOUTH KOREA", "- NEW YORK": a place
    return Byline((name,))


def _with_second_byline(found: Byline) -> Byline:
    """Two writers signing one line, each with an address: "이현준 기자 mrfair30@… 이슬아 기자 island@…" reads
    the first, and the second is the rest. A writer's honorific is no part of the name ("By: Dr. Mike …")."""
    if any(name[:2] in _HONORIFIC_STARTS for name in found.reporters):
        found = replace(found, reporters=tuple(_HONORIFIC_RE.sub("", name) for name in found.reporters))
    rest = found.rest
    if not found.reporters or not rest or len(rest) > _SECOND_BYLINE_CHARS or not p.EMAIL_RE.search(rest):
        return found
    second = parse_byline(rest)
    if second is None or not second.reporters or second.rest:
        return found
    reporters = found.reporters + tuple(name for name in second.reporters if name not in found.reporters)
    emails = found.emails + tuple(email for email in second.emails if email not in found.emails)
    return replace(found, reporters=reporters, emails=emails, rest="")


_SECOND_BYLINE_CHARS = 60
_HONORIFIC_RE = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+(?=[A-Z])")
_HONORIFIC_STARTS = frozenset({"Dr", "Pr", "Mr", "Ms"})


def _with_address(found: Byline, email: str) -> Byline:
    """A byline with the address printed beside it, when it names a writer and no address of its own."""
    return replace(found, emails=(email,)) if found.reporters and not found.emails else found


# A byline in brackets, then its writer's address: "<황재성기자>jsonhng@donga.com", "[홍길동 기자] hong@…".
_WRAPPED_THEN_EMAIL_RE = re.compile(
    rf"^(?P<byline>[<〈\[(][^<>〈〉\[\]()]{{2,40}}[>〉\])])\s*(?P<email>{p.EMAIL_RE.pattern})$"
)
# What a copied page kept of an address its host hid from scrapers, wrapped as the address was: nothing to read,
# only to cut. Bare, it stays: it closes a photo's caption as a bracketed tag would ("… 2020.04.23. [email protected]").
_EMAIL_PLACEHOLDER_RE = re.compile(r"\s*[\[(]\[email\s?protected\][\])]")
# A social account printed beside the address: "(트위터@binyfafa)", "(Twitter: @jdoe)".
_SOCIAL_HANDLE_RE = re.compile(r"\s*\((?:트위터|페이스북|인스타그램|인스타|[Tt]witter|X)\s*[:：]?\s*@[\w.]+\)")


def printed_once(text: str) -> str:
    """Text a page printed twice in a row, once: "송오용 기자송오용 기자" -> "송오용 기자"."""
    half = len(text) // 2
    first, second = text[:half].strip(), text[half:].strip()
    return first if first and first == second else text


def _with_tag_outlet(found: Byline, tag: str) -> Byline:
    """A byline under a bracketed tag that names the outlet, and maybe its newsroom's city:
    "[KBS 대전] 홍길동 기자", "[머니S] 홍길동 기자" (a section's tag names neither)."""
    words = tag.strip().strip("[]").split()
    if not words or not found.reporters:
        return found
    if len(words) == 2 and _is_desk_word(words[1]) and words[0] not in p.BRACKET_TAGS | p.KO_PLACES:
        return replace(found, agency=found.agency or words[0])  # "[일요시사 정치팀]": the masthead and its desk
    if not is_outlet(words[0]):
        return found
    place = words[1] if len(words) == 2 and words[1] in p.KO_PLACES else None
    if len(words) > 1 and place is None and not is_outlet(" ".join(words)):
        return replace(found, agency=found.agency or words[0])  # "[MBC 뉴스투데이]": the outlet's programme
    return replace(found, agency=found.agency or words[0], location=found.location or place)


def _is_desk_word(word: str) -> bool:
    return _ends_like_desk(word) and not is_outlet(word)


def _ends_like_desk(word: str) -> bool:
    """ "경제부", "사회팀", "편집국": a desk; "박진국", "최영국" are people (국 closes many given names)."""
    if len(word) < 3 or not word.endswith(p.DESK_SUFFIXES):
        return False
    return not (len(word) == 3 and word.endswith("국") and word not in p.THREE_SYLLABLE_BUREAUS)


_LONG_LINE = 150
# What a byline or dateline opening a long line carries in its first characters ("(서울=연합뉴스)
# 홍길동 기자 = …", "TOKYO, April 4 (Yonhap) --", "By Jeong Ji-hyun In June …"), and a sign-off
# closing one ("… 홍길동 기자였습니다.").
_HEAD_MARKS = ("=", "기자", "특파원", "(", "[", "<", "〈", "|", "ㅣ", "By", "by", "BY", "--", "—", "–", "@", "앵커")
_TAIL_MARKS = ("기자", "특파원", "입니다", "니다.", "@", "앵커", "]", ")")
_HEAD_CHARS = 60
_TAIL_CHARS = 40


def _may_open_or_close_a_byline(line: str) -> bool:
    if line[:1].isascii() and line[:1].isupper():
        return True  # an English dateline opens with its place in any form ("BUSAN ― …", "Seoul, October 31: …")
    head, tail = line[:_HEAD_CHARS], line[-_TAIL_CHARS:]
    return any(mark in head for mark in _HEAD_MARKS) or any(mark in tail for mark in _TAIL_MARKS)


def _wrapped_byline(line: str) -> Byline | None:
    """A byline in brackets, alone or opening the lead: "[정민아 디지털뉴스부 인턴기자 jma@…]",
    "(김은정 경제부 기자) 최근 …" (only a whole byline inside: a bracketed rubric is no byline)."""
    wrapped = p.WRAPPED_BYLINE_RE.match(line)
    if wrapped is None or (inner := parse_byline(wrapped["inner"].strip())) is None:
        return None
    if not inner.reporters or inner.rest or inner.credit:
        return None
    return replace(inner, rest=_strip_eq(wrapped["rest"]))


def _split_names(names: str) -> tuple[str, ...]:
    """The people among byline names: desks ("경제부"), outlets ("월간한빛"), brands ("서경스타")
    and places are dropped.

    >>> _split_names("경제부 홍길동·김철수"), _split_names("워싱턴 최승진"), _split_names("서경스타 한해선")
    (('홍길동', '김철수'), ('최승진',), ('한해선',))
    """
    words = _name_words(names)
    if words and words[0] in p.PICTURE_WORDS and words[1:2] != ["글"]:
        return ()  # "사진·고민수 기자": who took the picture, not who wrote (unlike "사진·글 홍길동 기자")
    credited_apart = {name for name, role in pairwise(words) if role in p.NON_REPORTER_ROLES}  # "이혜원 작가"
    return tuple(
        n
        for n in words
        if n not in credited_apart
        and n not in p.CONTRIBUTION_WORDS
        and not _is_desk_or_outlet(n)
        and not _is_place_word(n)
        and not _is_label_word(n, words)
        and not transcribes_foreign_word(n)  # "장희돈, 지멘스": the writer's company
    )


def _is_label_word(word: str, words: list[str]) -> bool:
    """A four-syllable word beside a name is a brand or section, unless it opens with a two-syllable
    family name (남궁, 제갈, 선우 …)."""
    return len(words) > 1 and len(word) == 4 and word[:2] not in p.KO_COMPOUND_SURNAMES


def _leading_place(names: str) -> str | None:
    """The place that opens a space-joined byline: "워싱턴 최승진" -> "워싱턴"."""
    words = _name_words(names)
    first = words[0] if len(words) > 1 else ""
    return first if first and _is_place_word(first) and not _is_desk_or_outlet(first) else None  # not "온라인뉴스팀"


def _name_words(names: str) -> list[str]:
    return [n for n in re.split(r"\s*[·ㆍ,/]\s*|\s+", names.strip()) if n]


def _is_place_word(word: str) -> bool:
    return (
        word in p.KO_PLACES
        or _is_venue(word)
        or (word[0] not in p.KO_SURNAMES and re.fullmatch(r"[가-힣]+", word) is not None)
    )


def _is_venue(word: str) -> bool:
    """A ballpark or arena a sports desk datelines from: "고척돔", "사직구장", "인천공항"."""
    return len(word) > 2 and word.endswith(p.KO_VENUE_SUFFIXES)


def _place_before_names(names: str) -> str | None:
    """The place a masthead's byline puts before the writer: "오키나와 김성진" -> "오키나와" (a word
    that is no person's name, no desk and no outlet)."""
    first, *others = names.split()
    set_apart = first.endswith(",")  # "[OSEN=부산, 이석우 기자]"
    first = first.rstrip(",")
    if not others or first in _split_names(names) or _is_desk_or_outlet(first) or first in p.WRITER_LABELS:
        return None
    if set_apart and _is_place_word(first):  # "[OSEN=잠실, …]": a word no name starts so
        return first
    return first if first in p.KO_PLACES or _is_venue(first) or len(first) >= _MIN_PLACE_SYLLABLES else None


_MIN_PLACE_SYLLABLES = 4  # longer than a Korean name: "오키나와", "로스앤젤레스"


def _outlet_among(names: str) -> str | None:
    return next((n for n in re.split(r"\s*[·ㆍ,/]\s*|\s+", names) if is_outlet(n)), None)


def _is_desk_or_outlet(word: str) -> bool:
    return _ends_like_desk(word) or is_outlet(word)


def _emails(text: str | None) -> tuple[str, ...]:
    return tuple(p.EMAIL_RE.findall(text or ""))


def is_outlet(name: str) -> bool:
    """Whether ``name`` names a news outlet rather than a place.

    >>> [is_outlet(n) for n in ("헤럴드경제", "연합뉴스", "수원", "경기 수원", "KBS", "전남CBS")]
    [True, True, False, False, True, True]
    """
    name = name.strip()
    if name in p.KNOWN_OUTLETS or name.lower() in _KNOWN_OUTLETS_LOWER or p.REGIONAL_BROADCASTER_RE.match(name):
        return True
    if " " in name or not 2 < len(name) <= _MAX_OUTLET_NAME or name.endswith(p.NEWSROOM_DESK_SUFFIXES):
        return False  # a line of text with no spaces holds "뉴스" too
    if name[-1] in "이가은는을를의와에도" and name[:-1] in (*p.OUTLET_SUFFIXES, *p.OUTLET_INFIXES):
        return False  # "뉴스가 됩니다": the common word and its particle
    core = re.sub(r"(?<=[가-힣])[0-9A-Za-z]{1,3}$", "", name)  # "문화저널21", "시사저널e"
    named_by_ending = core.endswith(p.OUTLET_SUFFIXES) and core not in p.OUTLET_SUFFIXES  # "한빛스포츠", not "스포츠"
    if named_by_ending or (name.startswith(p.OUTLET_PREFIXES) and len(name) > 3):
        return True
    return any(word in name for word in p.OUTLET_INFIXES)  # "뉴스엔", "경기뉴스탑"


_KNOWN_OUTLETS_LOWER = frozenset(o.lower() for o in p.KNOWN_OUTLETS)
_MAX_OUTLET_NAME = 20


def _is_picture_credit(left: str) -> bool:
    """ "사진 = 홍길동 기자" credits the picture: a caption's business, not a byline."""
    word = "".join(left.split())
    return word in p.PICTURE_WORDS or word.lower() in p.PICTURE_WORDS_EN  # "(Photo = Yonhap News)"


_LATIN_MASTHEAD_RE = re.compile(r"[A-Za-z][A-Za-z&'-]{3,20}(?: [A-Za-z&'-]{2,20})?")


def _place_or_outlet(left: str) -> tuple[str | None, str | None]:
    parts = re.split(r"\s*([ㅣ|/])\s*", left.strip())
    if len(parts) == 3 and _is_place_word(parts[2]) and (parts[1] != "/" or is_outlet(parts[0])):
        return parts[2], parts[0]  # "[더팩트ㅣ인천=…]", "[ 경기신문 / 인천 = …]": the masthead, a bar, the place
    left = " ".join(left.split())
    if left in p.CONTRIBUTION_WORDS:
        return None, None
    if is_outlet(left):
        return None, left
    if _LATIN_MASTHEAD_RE.fullmatch(left) and left.title() not in p.COLON_DATELINE_CITIES:
        return None, left  # "[Dispatch=이명주기자]": a masthead in Latin letters (places are written in Hangul)
    first, _, second = left.partition(" ")
    if second in p.BRACKET_TAGS and is_outlet(first):
        return None, first  # "[팩트신문 칼럼= 이상혁 발행인]": a rubric, not a place
    if second and " " not in second:
        if is_outlet(first) and _is_place_word(second):
            return second, first  # "[천지일보 광주=이미애 기자]"
        if _is_place_word(first) and is_outlet(second):
            return first, second
    return left, None


def _bracket_wire_dateline(line: str) -> Byline | None:
    """ "[워싱턴 AP 연합] 미국 정부가 …": where the story was filed and the wires that carried it; the
    last of them (the one that delivered it) is the agency."""
    match = p.BRACKET_PLACE_WIRES_RE.match(line) if line.startswith("[") else None
    if match is None or match["place"] in _BRACKET_WIRE_NAMES:
        return None
    wires = re.split(r"[\s·=/]+", match["wires"])
    if len(wires) < 2:
        return None  # "[서울=뉴시스] 홍길동 기자 = …": one wire, read with its writer by the dateline parser
    wire = wires[-1]
    return Byline(location=match["place"], agency=_WIRE_FULL_NAMES.get(wire, wire), rest=match["rest"].strip())


_BRACKET_WIRE_NAMES = frozenset({"연합뉴스", "연합", "뉴시스", "로이터", "교도", "신화", "타스", "블룸버그"})
_WIRE_FULL_NAMES = {"연합": "연합뉴스"}


def _bracket_dateline(line: str) -> Byline | None:
    match = p.BRACKET_DATELINE_RE.match(line)
    if not match or _is_picture_credit(match["left"]):
        return None
    signed = p.NAMES_TITLE_RE.match(match["left"].strip())
    if signed and not signed["rest"] and (names := _split_names(signed["names"])):
        # "[김현우 기자 = 경기북부]": the reporter first, then the place (or the outlet)
        right = match["right"].strip()
        place, outlet = (None, right) if is_outlet(right) else (right, None)
        return Byline(names, _emails(match["left"]), place, outlet, _strip_eq(match["rest"]))
    location, agency = _place_or_outlet(match["left"])
    right, rest = match["right"].strip(), match["rest"]
    right = re.sub(r"\([가-힣]{1,6}\)(?=\s)", "", right)  # "오키나와(일본) 김성진 기자": the country after the city
    if (venue := _SET_APART_PLACE_RE.match(right)) and _is_place_word(venue["place"]):
        location, right = location or venue["place"], venue["after"]  # "[OSEN=서울월드컵경기장, 고성환 기자]"
    inside = p.NAMES_TITLE_RE.match(right)
    if inside:  # [헤럴드경제=홍길동 기자], [대전=한빛일보 홍길동 기자]
        agency = agency or _outlet_among(inside["names"])
        location = location or _place_before_names(inside["names"])  # [마이데일리 = 오키나와(일본) 김성진 기자]
        return Byline(_split_names(inside["names"]), _emails(right), location, agency, _strip_eq(rest))
    outlet_inside = p.OUTLET_BYLINE_RE.match(right) or p.BRACKET_BYLINE_RE.match(f"[{right}]")
    if outlet_inside and is_outlet(outlet_inside["outlet"]):  # [대전=한빛일보 홍길동 기자]
        names = outlet_inside["names"]
        return Byline(_split_names(names), _emails(right), location, agency or outlet_inside["outlet"], _strip_eq(rest))
    if location is None and agency is None and not is_outlet(right):
        return None
    if agency and location is None and (name := bare_name(right)) and _three_syllable_person(name):
        return Byline((name,), (), None, agency, _strip_eq(rest))  # "[뉴스21일간=김태인 ]": the masthead, the name
    if agency and location is None and right in p.KO_PLACES:
        location = right  # "[한빛일보=남양주]": the masthead, then its place
    # "(평양 노동신문=뉴스1)": beside a place the left names the photo's source, the wire is on the right
    agency = right if is_outlet(right) and location is not None else agency or right
    after = p.NAMES_TITLE_RE.match(rest)
    if after:  # (서울=연합뉴스) 홍길동 기자 = body
        return Byline(_split_names(after["names"]), _emails(after["email"]), location, agency, _strip_eq(after["rest"]))
    return Byline((), (), location, agency, _strip_eq(rest))


# A place of any length set apart by a comma before the writer inside a wire's bracket.
_SET_APART_PLACE_RE = re.compile(r"^(?P<place>[가-힣]{2,15}),\s*(?P<after>[가-힣]{2,4}\s*(?:기자|특파원|객원기자).*)$")


def known_city(place: str) -> bool:
    """A city English datelines name: a listed one, one of the world's larger cities ("Polokwane"), or a
    South Asian town by its name's ending ("Mahabubnagar", "Ghaziabad")."""
    return place in p.COLON_DATELINE_CITIES or is_world_city(place) or p.SOUTH_ASIAN_TOWN_RE.search(place) is not None


def _three_syllable_person(name: str) -> bool:
    """A bare name as most Korean names are written, and not a place with its 도/시/군 (경기도)."""
    return re.fullmatch(r"[가-힣]{3}", name) is not None and name[:2] not in p.KO_PLACES and name not in p.KO_PLACES


def _release_wire_dateline(line: str) -> Byline | None:
    """A press-release wire's dateline: "서울--(뉴스와이어)--정병국 장관은 …", maybe dated inside."""
    match = p.RELEASE_WIRE_DATELINE_RE.match(line)
    if match is None:
        return None
    return Byline(location=match["place"], agency=match["agency"].strip(), rest=match["rest"].strip())


def _bracket_byline(line: str) -> Byline | None:
    match = p.BRACKET_BYLINE_RE.match(line)
    if not match:
        return None
    # Inside the brackets, the word before the names is the masthead ("[더팩트 | 유지훈 기자]", "[더테크
    # 이승수 기자]"), unless it names a place.
    if match["outlet"].strip() in p.KO_PLACES and not is_outlet(match["outlet"]):
        return None
    if not is_outlet(match["outlet"]) and not _split_names(match["names"]):
        return None  # "(김은정 경제부 기자)": a name and a desk, no masthead
    outlet, rest = match["outlet"].strip(), _strip_eq(match["rest"])
    if outlet.endswith(p.DESK_SUFFIXES) and not is_outlet(outlet):
        outlet = None  # "[디지털뉴스국 이미연 기자]": a desk of the outlet, not its name
    elif " " in outlet and is_outlet(outlet.split()[0]) and not is_outlet(outlet.split(maxsplit=1)[1]):
        outlet = outlet.split()[0]  # "[이데일리 스타in 윤기백 기자]": the masthead, then its section's brand
    place = _place_before_names(match["names"])  # "[일요서울ㅣ사천 이도균 기자]": the place before the name
    return Byline(_split_names(match["names"]), _emails(match["email"]), place, outlet, rest)


def _bracket_outlet_names(line: str) -> Byline | None:
    match = p.BRACKET_OUTLET_NAMES_RE.match(line)
    if not match:
        return _bracket_outlet_desk(line)
    # "[공주/CTN]이은춘 기자 =": beside a place, a short capitalised word is the outlet's name; a
    # bracketed word no list knows, before a signed lead, is one unless it names a rubric or a place
    # ("[인사이트] 김남하 기자 = …", not "[이슈분석] …").
    outlet = match["outlet"]
    if not (
        is_outlet(outlet)
        or (match["place"] and re.fullmatch(r"[A-Z]{2,6}", outlet))
        or (not match["place"] and _is_unknown_masthead(outlet))
    ):
        return None
    return Byline(_split_names(match["names"]), (), match["place"], outlet, _strip_eq(match["rest"]))


def _bracket_outlet_desk(line: str) -> Byline | None:
    """A masthead and its desk signing the lead: "[인사이트] 디지털뉴스팀 = 퇴근길 …" (no reporter)."""
    match = p.BRACKET_OUTLET_DESK_RE.match(line)
    if not match or not _is_desk_word(match["desk"]):
        return None
    outlet = match["outlet"]
    if not (is_outlet(outlet) or _is_unknown_masthead(outlet)):
        return None
    return Byline(agency=outlet, rest=match["rest"].strip())


def _is_unknown_masthead(word: str) -> bool:
    return (
        p.RUBRIC_TAG_RE.search(word) is None
        and word not in p.KO_PLACES
        and not _is_desk_or_outlet(word)
        and p.HANGUL_SYLLABLE_RE.search(word) is not None  # a Korean masthead; an English tag is a rubric
    )


def _plain_dateline(line: str) -> Byline | None:
    if (boxed := p.LENTICULAR_PLACE_RE.match(line) if line[:1] == "【" else None) and boxed["place"] in p.KO_PLACES:
        return Byline(location=boxed["place"], rest=boxed["rest"])  # "【부산】18일 상오 9시쯤 …"
    match = p.PLAIN_DATELINE_RE.match(line)
    if not match or _is_picture_credit(match["left"]) or match["left"] in p.WRITER_LABELS:
        return None  # "글=홍길동 기자, 사진=김철수 기자": a label, read as a labelled byline
    if p.BARE_PHOTO_DATE_RE.fullmatch(match["rest"].strip()):
        return Byline(credit=True)  # "철원=양동욱 기자(2019. 2. 20)" under a picture: who took it, and when
    location, agency = _place_or_outlet(match["left"])
    return Byline(_split_names(match["names"]), _emails(match["email"]), location, agency, _strip_eq(match["rest"]))


def _names_title(line: str) -> Byline | None:
    match = p.NAMES_TITLE_RE.match(line)
    if not match:
        return None
    rest = match["rest"].strip()
    # "홍길동 기자 = 본문" and "홍길동 기자 a@b.kr 본문" carry body text; a bare byline line
    # carries at most an email or desk.
    glued = line[match.start("rest") - 2 : match.start("rest")].strip().endswith("=") or bool(match["email"])
    if rest and not glued and len(rest) > 30:
        return None
    more = (
        None if glued else _names_title(rest.lstrip(",·/ "))
    )  # "조규희 객원기자 김우정 기자", "이현준 記者, 이슬아 記者"
    if not glued and more is None and not _is_byline_tail(rest):
        # "정상원 한국일보 워싱턴 특파원 부임": a headline about a reporter; "최영철 기자, 조수빈 아나운서":
        # a caption naming who is pictured
        return None
    emails = _emails(match["email"]) + _emails(rest)
    people, place = _split_names(match["names"]), match["place"] or _leading_place(match["names"])
    if len(words := _name_words(match["names"])) > 3 and len(people) * 2 < len(words):
        return None  # "항구 재개발 속도 낸다 … 시민기자": a headline's words before a role, not a byline
    if not people and emails and _rare_family_name(names := match["names"].strip()):
        people = (names,)  # "동정민 기자 ditto@…": a rare family name, vouched for by the address
    if more is not None and more.reporters:
        people, emails = people + more.reporters, emails + more.emails
    return Byline(people, emails, place, _outlet_among(match["names"]), _strip_eq(rest) if glued else "")


def _rare_family_name(word: str) -> bool:
    """A three-syllable word that may be a name whose family name is not in the list."""
    return re.fullmatch(r"[가-힣]{3}", word) is not None and word not in p.KO_PLACES and not _is_desk_or_outlet(word)


def _name_with_affiliation(line: str) -> Byline | None:
    """A writer's card naming the paper and desk in brackets: "최원형(한겨레 사회부 기자)"."""
    match = p.NAME_AFFILIATION_RE.match(line)
    if not match or bare_name(match["name"]) is None:
        return _contributor_affiliation(line)
    if is_outlet(match["outlet"]):
        return Byline((match["name"],), agency=match["outlet"])
    return Byline((match["name"],)) if _ends_like_desk(match["outlet"]) else None  # "(보도제작부 기자)"


def _contributor_affiliation(line: str) -> Byline | None:
    """ "유홍식 중앙대 미디어커뮤니케이션학부" alone on its line: a column's contributor."""
    match = p.CONTRIBUTOR_AFFILIATION_RE.match(line) if "대" in line or "연구" in line else None
    if match is None or bare_name(match["name"]) != match["name"]:
        return None
    if not (match["dept"] or match["dept2"]) and (match["post"] or match.group(0).split()[1].endswith("대")):
        return None  # "김정은 시대": an era; "김철수 서울대 교수" alone is as often a photo's subject
    return Byline((match["name"],))


def _name_over_issue(line: str) -> Byline | None:
    """A magazine's writer beside the issue: "차두원 | 252호 (2018년 7월 Issue 1)"."""
    match = p.NAME_ISSUE_RE.match(line)
    if not match or bare_name(match["name"]) is None:
        return None
    return Byline((match["name"],))


def _name_with_email(line: str) -> Byline | None:
    """A name and its address alone on a line: "김진현 kjh@darakwon.co.kr"."""
    match = p.NAME_EMAIL_RE.match(line)
    if match and bare_name(match["name"]) is not None:
        return Byline((match["name"],), (match["email"],))
    signed = p.OUTLET_NAME_EMAIL_RE.match(line)  # "뉴스엔 배효주 hyo@": the outlet first, no title
    if not signed or not is_outlet(signed["outlet"]) or bare_name(signed["name"]) is None:
        return None
    return Byline((signed["name"],), (signed["email"],) if signed["email"] else (), agency=signed["outlet"])


# What may follow a bare byline on its line: a link to the reporter's other stories, a copyright.
_BYLINE_TAIL_RE = re.compile(r"^(?:(?:다른\s*)?기사\s*(?:더\s*보기|보기|목록)|ⓒ|©|Copyright)", re.I)


_HOME_OUTLET_RE = re.compile(r"\(\s*(?P<outlet>[^()\s]{2,15})\s*\)")


def _is_byline_tail(rest: str) -> bool:
    """Whether what follows a name and its title on a line can close a byline: an address, a date,
    a link or a copyright, but no words ("… 특파원 부임", "… 리포터 7명 위촉")."""
    rest = p.COUNTER_RE.sub("", rest).strip()  # "석원 기자 조회수 2"
    if not rest or _BYLINE_TAIL_RE.match(rest):
        return True
    if (home := _HOME_OUTLET_RE.fullmatch(rest)) and is_outlet(home["outlet"]):
        return True  # "형민우 편집위원(연합뉴스)": the writer's own paper
    if _is_affiliation(rest):
        return True  # "장고은 기자 (용지초등학교 / 5학년)"
    return re.search(r"[가-힣]", re.sub(r"\d+\s*[년월일시분]", "", p.EMAIL_RE.sub("", rest))) is None


def _is_affiliation(rest: str) -> bool:
    """The writer's school and year, or desk, in brackets after the title: "(용지초등학교 / 5학년)", "(사회부)";
    not a caption's "(왼쪽)"."""
    inner = re.fullmatch(r"\(([^()]{2,30})\)", rest)
    if inner is None:
        return False
    words = re.split(r"[\s/·,]+", inner[1].strip())
    return any(word.endswith(_SCHOOL_ENDINGS) or _ends_like_desk(word) for word in words)


_SCHOOL_ENDINGS = ("학교", "학년", "대학", "학과", "학부")


def _more_by_reporter(line: str) -> Byline | None:
    """A link to the reporter's other stories: "최승영 기자의 전체기사 보기"."""
    match = p.MORE_BY_REPORTER_RE.match(line)
    return Byline(_split_names(match["names"])) if match else None


def _outlet_email(line: str) -> Byline | None:
    """An outlet's address alone on a line: "금산신문 gsnews4700@naver.com"."""
    match = p.OUTLET_EMAIL_RE.match(line)
    if not match or not is_outlet(match["outlet"]) or match["outlet"].endswith(p.DESK_SUFFIXES):
        return None  # "온라인뉴스팀 press@…" is a desk of the outlet, not its name
    return Byline(emails=(match["email"],), agency=match["outlet"])


def _labelled_dateline(line: str) -> Byline | None:
    """A script's dateline field: "DATELINE=TOKYO"."""
    match = p.LABELLED_DATELINE_RE.match(line)
    return Byline(location=match["place"].strip()) if match else None


def person_name(text: str) -> str | None:
    """One person's name in Latin letters, alone, as a byline prints it ("Joo Jung-wan",
    "KANG HYE-RAN" -> "Kang Hye-ran"); None for anything else ("North Korea", "Real estate")."""
    name = text.strip()
    if not (p.CAPS_NAME_RE.match(name) or p.EN_PERSON_NAME_RE.match(name)):
        return None
    if {word.capitalize() for word in name.split()} & p.NOT_NAME_WORDS or set(name.upper().split()) & p.NOT_PLACES:
        return None
    if _name_case(name) in p.EN_SECTION_WORDS or name.startswith("The "):
        return None  # "Social Affairs Sept. 22, 2021": a section's name over its date; "The Guardian"
    return _name_case(name)


_CAPS_NAME_WITH_INITIAL_RE = re.compile(r"^[A-Z][A-Z'’-]+(?: (?:[A-Z]\.|[A-Z][A-Z'’-]+)){1,3}$")  # "MICHAEL S. SCHMIDT"


def caps_names(text: str) -> list[str]:
    """Two or more names in capitals joined by a lowercase "and" or commas, each as a name:
    "ADAM SCHRECK and HYUNG-JIN KIM" -> ["Adam Schreck", "Hyung-jin Kim"]; else []."""
    text = text.strip()
    if text[:2] in p.DASH_OPENERS:
        text = text[2:]  # "- MICHAEL S. SCHMIDT, MATT APUZZO AND MAGGIE HABERMAN" under a press reader's headline
    if not text[:2].isupper():
        return []  # names in capitals open with capitals: most lines are not worth the split
    parts = re.split(r"\s*,\s*(?:(?:and|AND)\s+)?|\s+(?:and|AND)\s+", text)
    if len(parts) < 2 or not all(_CAPS_NAME_WITH_INITIAL_RE.match(part) for part in parts):
        return []
    words = {word for part in parts for word in part.split()}
    if words & p.NOT_PLACES or any(country.upper() in text for country in p.DATELINE_COUNTRIES):
        return []
    return [_name_case(part) for part in parts]


def _desk_email(line: str) -> Byline | None:
    """A desk's address in brackets: "[MBN 뉴스센터 / mbnreporter01@mbn.co.kr]"."""
    match = p.BRACKET_DESK_EMAIL_RE.match(line)
    if not match or not is_outlet(match["outlet"]):
        return None
    return Byline(emails=(match["email"],), agency=match["outlet"])


def _labelled_byline(line: str) -> Byline | None:
    if (comma := p.LABEL_COMMA_NAME_RE.match(line)) and bare_name(comma["name"]) == comma["name"]:
        return Byline((comma["name"],))
    match = p.LABELLED_BYLINE_RE.match(line)
    if not match:
        return None
    return Byline(_split_names(match["names"]), _emails(match["email"]), None, _outlet_among(match["names"]))


def _labelled_desk(line: str) -> Byline | None:
    """ "기자명 시사IN 편집국 다른기사 보기 editor@sisain.co.kr": signed by a desk, so an address and
    maybe the outlet, but no reporter."""
    match = p.LABELLED_DESK_RE.match(line)
    if not match or not match["email"]:
        return None
    return Byline(emails=(match["email"],), agency=_outlet_among(match["who"]))


def _desk_head_signature(line: str) -> Byline | None:
    """A column signed by a desk's head: "신보영 정치부장", "김광희 부국장"."""
    match = p.DESK_HEAD_SIGNATURE_RE.match(line)
    return Byline((match["name"],)) if match and bare_name(match["name"]) else None


def _name_desk_signature(line: str) -> Byline | None:
    """A column signed by the writer and their desk, no title: "윤종현 경제부 |"."""
    match = p.NAME_DESK_SIGNATURE_RE.match(line)
    if not match or bare_name(match["name"]) != match["name"] or _is_place_word(match["name"]):
        return None
    return Byline((match["name"],))


def _title_first_signature(line: str) -> Byline | None:
    """A signature with the title before the name: "장애인일자리신문 발행인 김윤오", "주필 홍길동"."""
    match = p.TITLE_FIRST_SIGNATURE_RE.match(line)
    if match is None or bare_name(match["name"]) != match["name"]:
        return None
    if match["outlet"] and not is_outlet(match["outlet"]):
        return None  # "신문의 발행인 김윤오": words before the title that name no outlet
    return Byline((match["name"],), agency=match["outlet"])


def _programme_masthead(line: str) -> Byline | None:
    """A broadcaster's news programme heading its stories: "JIBS 8 뉴스"."""
    match = p.PROGRAMME_MASTHEAD_RE.match(line)
    return Byline(agency=match["outlet"]) if match else None


def _rubric_writer(line: str) -> Byline | None:
    """A column's rubric and writer in brackets: "[오늘과 내일/김승련]" (a place is no writer: "[서울/경기]")."""
    match = p.RUBRIC_WRITER_RE.match(line) if line.startswith("[") else None
    if match is None or bare_name(match["name"]) != match["name"] or _is_place_word(match["name"]):
        return None
    return Byline((match["name"],), rest=match["rest"].strip())


def _bracket_outlet_writer(line: str) -> Byline | None:
    """ "[한빛뉴스 홍길동] 전국 …": a masthead and a bare name, no title (a rubric is no masthead)."""
    match = p.BRACKET_OUTLET_WRITER_RE.match(line)
    if match is None or not is_outlet(match["outlet"]) or not _three_syllable_person(match["name"]):
        return None
    if bare_name(match["name"]) != match["name"]:
        return None
    return Byline((match["name"],), agency=match["outlet"].strip(), rest=match["rest"].strip())


def _role_contact(line: str) -> Byline | None:
    """ "이승환(취재) 010-3593-5214": a team member's contact line; the reporting role names a writer, the
    others (photographs, video, graphics, editing) credit their work."""
    match = p.ROLE_CONTACT_RE.match(line)
    if match is None or bare_name(match["name"]) != match["name"]:
        return None
    return Byline((match["name"],)) if match["role"][0] in "취글" else Byline(credit=True)


def _student_signature(line: str) -> Byline | None:
    """ "고은지(인문대 중문02)": a student signing a reader's piece, with college, major and year."""
    match = p.STUDENT_SIGNATURE_RE.match(line)
    return Byline((match["name"],)) if match and bare_name(match["name"]) == match["name"] else None


def _contact_reporters(line: str) -> Byline | None:
    """ "To contact the reporter on this story: Jane Doe in Singapore at jd@x.net.": who wrote it."""
    match = p.EN_CONTACT_REPORTER_RE.match(line) if line.startswith("To contact") else None
    contacts = list(p.EN_CONTACT_RE.finditer(match["contacts"])) if match else []
    if not contacts:
        return None
    return Byline(tuple(c["name"] for c in contacts), tuple(c["email"] for c in contacts))


def _listed_byline(line: str) -> Byline | None:
    """A list page's "section | NAME 기자 | time" line: the section is no outlet unless it names one."""
    match = p.LISTED_BYLINE_RE.match(line)
    if match is None:
        return None
    section = match["section"].strip()
    return Byline(_split_names(match["names"]), agency=section if is_outlet(section) else None, rest=match["date"])


def _outlet_byline(line: str) -> Byline | None:
    match = p.OUTLET_BYLINE_RE.match(line)
    # "더에듀 김승호 객원기자 | 본문": a one-word masthead and a bar name the outlet without a word list
    masthead = match is not None and (" " not in match["outlet"] or re.fullmatch(r"[A-Z0-9 ]+", match["outlet"]))
    piped = bool(masthead) and "|" in line[match.end("title") : match.start("rest")]  # "TSN KOREA 박영우 기자 | …"
    outlet = match and (_outlet_of(match["outlet"]) or (match["outlet"] if piped else None))
    if not outlet:
        placed = match and _place_and_outlet(match["outlet"])  # "부산 에너지경제신문 강세민 기자 = …"
        if not placed:
            return None
        place, outlet = placed
        return Byline(_split_names(match["names"]), _emails(match["email"]), place, outlet, _strip_eq(match["rest"]))
    place = match["edition"] if match["edition"] and _is_place_word(match["edition"]) else None  # "스포츠한빛(충남)|"
    return Byline(_split_names(match["names"]), _emails(match["email"]), place, outlet, _strip_eq(match["rest"]))


def _outlet_desk_bar(line: str) -> Byline | None:
    """ "코리아타임뉴스 부산취재본부 | 부산 강서구는 …": the outlet's desk signs; no reporter."""
    match = p.OUTLET_DESK_BAR_RE.match(line)
    if match is None or match["outlet"].endswith(p.DESK_SUFFIXES):
        return None
    return Byline(agency=match["outlet"], rest=match["rest"])


def _outlet_of(words: str) -> str | None:
    """The outlet that opens a byline: "케이부동산뉴스", or "KBS" of "KBS 영상취재팀"."""
    if is_outlet(words):
        return words
    first, _, desk = words.partition(" ")
    return first if desk.endswith(p.DESK_SUFFIXES) and is_outlet(first) else None


def _place_and_outlet(words: str) -> tuple[str, str] | None:
    """A dateline without brackets: "부산 에너지경제신문" -> ("부산", "에너지경제신문")."""
    place, _, outlet = words.partition(" ")
    return (place, outlet) if outlet and _is_place_word(place) and is_outlet(outlet) else None


_REPORT_BY_RE = re.compile(r"^보도에\s+")
_SPOKEN_TITLE_RE = re.compile(r"기잡니다(?=[.!]?$)")


def _signoff(line: str) -> Byline | None:
    """A broadcast sign-off: "지금까지 경제부 홍길동 기자였습니다", "한빛 뉴스 홍길동입니다"."""
    line = _REPORT_BY_RE.sub("", line)  # the anchor's "보도에 이지수 기자입니다."
    match = p.SIGNOFF_RE.match(_SPOKEN_TITLE_RE.sub("기자입니다", line))  # spoken: "김연선 기잡니다."
    if not match or len(_name_words(match["names"])) > 3:
        return None  # a sentence's run of short words ("… 다채로운 칼럼을 선보입니다.") names no one
    pre = match["pre"] or ""
    location = agency = None
    if match["where"] and _is_place_word(match["where"]):
        location = match["where"]  # "제주에서 YTN 고재형입니다."
    if not match["title"] and not (is_outlet(pre.replace(" ", "")) or pre.endswith(("뉴스", "News"))):
        return None
    if is_outlet(pre.replace(" ", "")) or pre.endswith(("뉴스", "News")):
        station, masthead = pre.removesuffix("뉴스").removesuffix("News").strip(), pre.split()[0]
        agency = station if station and is_outlet(station) else masthead if is_outlet(masthead) else pre
    elif pre and not pre.endswith(p.DESK_SUFFIXES) and match["title"] in ("특파원", "통신원"):
        location = pre
    emails = _emails(match["email"] or match["email_after"])  # "YTN 허재원[hooah@ytn.co.kr]입니다."
    # "뉴스캔 SNSTV 댓방 정순애 기자입니다": a programme's name before the reporter's is no place
    leading = _leading_place(match["names"])
    place = leading if leading and (leading in p.KO_PLACES or len(leading) >= _MIN_PLACE_SYLLABLES) else None
    return Byline(_split_names(match["names"]), emails, location or place, agency)


def _outlet_place_dateline(line: str) -> Byline | None:
    match = p.OUTLET_PLACE_DATELINE_RE.match(line)  # the shape names the outlet: no word list needed
    if not match:
        return None
    emails = (match["email"],) if match["email"] else ()  # "[매경닷컴 MK스포츠(잠실) = 김재현 기자 / basser@…]"
    outlet = match["outlet"].split()[-1] if all(map(is_outlet, match["outlet"].split())) else match["outlet"]
    return Byline(_split_names(match["names"]), emails, match["place"].strip(), outlet, _strip_eq(match["rest"]))


def _region_outlet_dateline(line: str) -> Byline | None:
    """A region and the paper's name in brackets with no "=" between ("(화천 더리더) 대한민국을 …")."""
    match = _REGION_OUTLET_RE.match(line)
    if not match or match["place"] not in KO_REGIONS or p.NAMES_TITLE_RE.match(match["rest"]):
        return None  # "[경기 한국사진방송]이두수기자= …": a byline follows, read with the bracket below
    outlet = match["outlet"]
    if bare_name(outlet) or outlet in p.BRACKET_TAGS or outlet in p.KO_PLACES or outlet[-1] in _DISTRICT_ENDINGS:
        return None  # "(서울 김철수)", "[서울 단독]", "(부산 해운대구)": a name, a rubric, a district
    return Byline(location=match["place"], agency=outlet, rest=match["rest"])


_DISTRICT_ENDINGS = "시군구동읍면리도"
_REGION_OUTLET_RE = re.compile(
    r"^[\[(](?P<place>[가-힣]{2,4})\s+(?P<outlet>[가-힣A-Za-z0-9]{2,12})[\])]\s*(?P<rest>\S.{20,})$"
)


# Words one of the anchor's or reporter's introductions holds.


_HAND_OVER_OPENING_RE = re.compile(r"^(?:먼저|이어서|이어|다음으로|계속해서|끝으로|마지막으로)\s*,\s*")
# A clause closing before the hand-over, its last word caught with the names: "있는지, ", "했는데, ".
_CLAUSE_BEFORE_NAMES_RE = re.compile(r"^[가-힣]*(?:는지|던지|는데|으며|면서|지만|하고|하며|했고)\s*,\s*")


def anchor_intro_reporters(line: str) -> tuple[str, ...]:
    """The reporter an anchor hands over to: "… 이윤희 기자가 전해드립니다." -> ("이윤희",),
    or addresses: "김경수 특파원, 중국이 …" -> ("김경수",)."""
    line = line.replace("기잡니다", "기자입니다") if "기잡니다" in line else line  # spoken: "… 정재영 기잡니다. ◀END▶"
    if p.TITLE_WORD_RE.search(line):  # most lead lines name no reporter: skip the searches
        match = p.ANCHOR_INTRO_RE.search(line) or p.VOCATIVE_BYLINE_RE.search(line)
        if match:
            names = _split_names(match["names"] or match["reported"] or match["guided"] or match["introduced"])
            # "… 우석대 교수, 양권모 칼럼니스트가 … 고언을 전합니다": a roster of people with roles, no hand-over
            handed = _HAND_OVER_OPENING_RE.sub("", match["names"] or "")  # "먼저, 홍길동 앵커가 …"
            handed = _CLAUSE_BEFORE_NAMES_RE.sub("", handed)  # "… 갖고 있는지, 고우리 기자가 … 들어봤습니다."
            return () if handed and len(names) < len(re.findall(r"[가-힣]+", handed)) else names
        intro = p.SELF_INTRO_RE.search(line) if "니다" in line else None  # every shape ends "…입니다", "…합니다"
        if intro and bare_name(name := intro["name"] or intro["named"]) == name:
            return (name,)  # "안녕하세요! 온라인 리포터 허순엽입니다.", "〈시사IN〉 정치팀 이은기 기자입니다"
    if "쓴 " in line and (noted := p.WRITER_NOTE_RE.search(line)) and bare_name(noted["name"]) == noted["name"]:
        return (noted["name"],)  # "… 기사를 쓴 전유정은 지난달 30일 …": a note on the writer
    if (ours := p.EN_ANCHOR_OUR_RE.search(line) if "our " in line.lower() else None) and person_name(ours["name"]):
        return (ours["name"],)  # "First, our top office correspondent Song Ji-sun."
    if " has " not in line and " starts " not in line and " filed " not in line and " reports" not in line:
        return ()
    english = p.EN_ANCHOR_INTRO_RE.search(line)
    name = english and (english["name"] or english["as_name"])
    return (name,) if name and not set(name.split()) & p.NOT_NAME_WORDS else ()


def _wire_writers(line: str) -> Byline | None:
    """Writers and their wire: "JAE-SOON CHANG Associated Press Writers" (the wire is no writer, nor
    "JAE" a dateline)."""
    if "Associated Press" not in line and " AP" not in line:
        return None
    signed = p.EN_WIRE_WRITERS_RE.match(line)
    if signed is None or not (signed["by"] or signed["role"]):
        return None  # "Port Fees Associated Press": words before the wire's name are no writers unless signed
    names = [person_name(name) or _bare(name) for name in re.split(r"\s*(?:,|\band\b|&)\s*", signed["names"])]
    return Byline(tuple(names), agency="AP") if all(names) else None  # type: ignore[arg-type]


def _bare(name: str) -> str | None:
    return name if "-" in name and bare_name(name) == name else None  # "Jae-soon Chang", given name first


def _agency_place_byline(line: str) -> Byline | None:
    """ "By IANS, Hyderabad: Expert assistance ...": the wire is no reporter, the place a dateline."""
    if credited := p.EN_AGENCY_PLACE_RE.match(line):
        return Byline(location=credited["place"], agency=credited["agency"], rest=credited["rest"])
    return None


_DATED_RE = re.compile(rf"{p.EN_DATE_RE.pattern}|^(?:19|20)\d\d\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?$", re.I)


def _english_byline(line: str) -> Byline | None:
    if line.startswith("[") and (boxed := p.EN_BRACKET_OUTLET_REPORTER_RE.match(line)):
        names = tuple(n.strip() for n in p.EN_NAME_SEPARATOR_RE.split(boxed["names"]) if n.strip())
        return Byline(names, agency=boxed["outlet"].strip(), rest=boxed["rest"].strip())
    if (pictured := p.WIX_WRITER_RE.match(line)) and pictured["name"].title() not in p.NOT_NAME_WORDS:
        return Byline((pictured["name"],))  # "Writer's pictureJed": a Wix blog's avatar text glued to its writer
    if (sourced := p.EN_SOURCE_AUTHOR_RE.match(line)) and (names := _signing_names(sourced["names"])):
        return Byline(names, agency=sourced["source"].strip())  # a digest's "[SOURCE: TVWeek, AUTHOR: Ira Teinowitz]"
    if (barred := p.EN_OUTLET_BAR_DATE_RE.match(line)) and p.EN_NEWSROOM_RE.match(barred["outlet"]):
        return Byline(agency=barred["outlet"])  # "The Guardian|December 07, 2024": its date read as a time
    if p.EN_NAMES_CITIES_RE.match(line):  # "Justin McCurry Tokyo Raphael Rashid Seoul"
        return Byline(tuple(_names_before_cities(line)))
    if (card := p.EN_CARD_BYLINE_RE.match(line)) and p.EN_DATE_RE.search(card["when"]):
        names = p.EN_NAME_SEPARATOR_RE.split(card["names"])
        # "By UPI Staff | Jan. 03, 2018": the desk's outlet; "By X, Political Editor | …": a role, no outlet
        desk = next((n.split()[0] for n in names if _is_desk(n) and is_outlet(n.split()[0])), None)
        return Byline(tuple(_name_case(n) for n in names if not _is_desk(n)), agency=desk)
    if (pen := p.KO_PEN_NAME_CARD_RE.match(line)) and _DATED_RE.search(pen["when"]):
        return Byline((pen["name"],))  # "by 음감 Feb 01. 2024", "by 홍길동 2025. 4. 18.": the date is the line's time
    if wired := p.EN_BY_WIRE_DATELINE_RE.match(line):  # "by NAME Agence France Presse SEOUL, … (AFP) — …"
        dateline = _english_dateline(wired["rest"]) or Byline(rest=wired["rest"])
        names = tuple(p.EN_NAME_SEPARATOR_RE.split(wired["names"]))
        agency = dateline.agency or p.AGENCY_SHORT_NAMES.get(wired["wire"], wired["wire"])
        return replace(dateline, reporters=names, agency=agency)
    if (writes := p.EN_NAME_WRITES_LINE_RE.match(line)) and (name := _signing_name(writes["name"])):
        return Byline((name,))  # "Muluba Habanyama writes…" over a personal piece
    signed = p.EN_WRITES_RE.match(line) if " writes " in line else None  # the pattern tries every start
    if signed and (name := _signing_name(signed["name"])):
        return Byline((name,), rest=signed["rest"])  # "… straight talking between Pyongyang and Tokyo, writes X"
    if (carded := p.EN_CARD_NAME_IN_CITY_RE.match(line)) and (name := _signing_name(carded["name"])):
        return Byline((name,), location=carded["place"])  # "The Guardian Australia - - Front Page - X in Tokyo"
    if (chained := p.EN_BY_THEN_DATELINE_RE.match(line)) and (dateline := _english_dateline(chained["rest"])):
        return replace(dateline, reporters=tuple(p.EN_NAME_SEPARATOR_RE.split(chained["names"])))
    if (card := p.EN_CAPS_NAMES_DATE_RE.match(line)) and (names := _caps_card_names(card["names"])):
        return Byline(names)  # its date is read as the line's timestamp
    if (card := p.EN_NAME_YEARLESS_TIME_RE.match(line)) and (names := _signing_names(card["names"])):
        return Byline(names)  # "Belmont Lay| February 26, 02:03 PM": no year, so no time read
    if (staff := p.EN_NAME_OUTLET_STAFF_RE.match(line)) and (name := _signing_name(staff["name"])):
        return Byline((name,))  # "Vincent Salzo, Patch Staff": a local site's writer card
    if role := p.EN_ROLE_NAME_RE.match(line) or p.EN_NAME_COMMA_ROLE_RE.match(line) or p.EN_BIO_LINE_RE.match(line):
        return Byline((role["name"],))
    if (beat := p.EN_NAME_BEAT_ROLE_RE.match(line) or p.EN_NAME_LOWER_ROLE_RE.match(line)) and (
        name := _signing_name(beat["name"])
    ):
        return Byline((name,))  # "Fungai Lupande Senior Court Reporter"
    if noted := p.EN_NOTE_WRITER_RE.match(line):  # "Editor's Note: … Correspondent Elise Hu takes a look at …"
        return Byline((noted["name"],), rest=line)
    if told := p.EN_ARTICLE_BY_RE.match(line):  # "This article is by Lee Jian and read by …"
        return Byline(tuple(p.EN_NAME_SEPARATOR_RE.split(told["names"])), rest=told["rest"])
    if (named := p.EN_NAME_COMMA_OUTLET_RE.match(line)) and is_outlet(named["outlet"]):
        return Byline((named["name"],), agency=named["outlet"])  # "Kim Min-ji, Korea JoongAng Daily"
    if glued := p.EN_GLUED_BYLINE_RE.match(line):  # "By Jeong Ji-hyun In June 1950, …"
        return Byline((glued["name"],), rest=glued["rest"])
    if signed := p.EN_BY_NAMES_NEWSROOM_LEAD_RE.match(line):  # "By Dan Merica, Eric Bradner and Eva McKend, CNN In …"
        names = _signing_names(signed["names"])
        return Byline(names, agency=signed["newsroom"], rest=signed["rest"]) if names else None
    run_in = p.EN_BY_NAME_CAPS_DATELINE_RE.match(line)  # "By Ahmet Gurhan Kartal LONDON A man was arrested …"
    if run_in and not set(run_in["place"].split()) & p.NOT_PLACES and (name := _signing_name(run_in["name"])):
        return Byline((name,), location=run_in["place"], rest=run_in["rest"])
    if (sited := _NAME_SLASH_SITE_RE.match(line)) and (name := _signing_name(sited["name"])):
        return Byline((name,))  # "Kwaku Sakyi-Danso/ghanamps.com": a site signing its story with its writer
    if user := p.EN_USERNAME_BYLINE_RE.match(line):  # "By jsmith": a CMS signs with the writer's user name
        return Byline((user["user"],))
    if any(role in line for role in p.EN_BYLINE_ROLE_STEMS):
        line = p.EN_TRAILING_ROLE_RE.sub("", line) if line.startswith(("By ", "by ")) else line
        line = p.EN_BYLINE_ROLE_RE.sub(lambda m: "By " if m["joint"].strip().lower() == "by" else ", ", line)
    if " FOR " in line or " For " in line:
        line = _FOR_OUTLET_RE.sub("", line)  # "By JOHN SMITH FOR MAILONLINE": the writer, not the site he wrote for
    if "/" in line:
        line = _SLASHED_WRITER_RE.sub(_and_a_writer, line)  # "By Iddi Yire/Elsie Appiah-Osei, GNA": two writers
    match = p.EN_BYLINE_RE.match(line)
    if not match or len(line) > (_MAX_CAPS_BYLINE if _in_capitals(match["names"]) else _MAX_BYLINE):
        return None  # a long line opening with "By" is prose, unless its names are in capitals
    names_text, agency = _cut_agency(match["names"])
    names_text = re.sub(r"(?<=[a-z]{2})\.$", "", names_text.strip())  # "By Dohee Kang.": the line's full stop
    names = [n.strip() for n in p.EN_NAME_SEPARATOR_RE.split(names_text) if n.strip()]
    names, newsroom, place = _newsroom_and_place(names)  # "by A and B, BBC News, Pyongyang"
    if place is None and len(names) > 1 and known_city(names[-1]):
        place = names.pop()  # "By Ko Lin, Seoul": where the writer filed from, no second writer
    agency = agency or newsroom or next((n for n in names if _is_masthead(n)), None)
    names = [n for n in names if not _is_masthead(n) and not _is_rubric_word(n)]
    people = tuple(_name_case(n) for n in names if not _is_desk(n) and not _is_acronym(n) and not _is_institution(n))
    if names and not people and all(map(_is_institution, names)):
        return None  # "by Eunnuri Digital Cultural Center", "By Korea Foundation": an institution, no writer
    desk = next((n for n in names if _is_desk(n) and is_outlet(n.split()[0])), None)
    acronym = next((n for n in names if _is_acronym(n)), None)  # "by KVJA posted May 06, 2021": a body
    agency = agency or match["outlet"] or (desk.split()[0] if desk else acronym)  # "By Zhou Wa (China Daily)"
    return Byline(people, _emails(line), place, agency, "")


# "(이상 취재팀)", "(이상 사진)": what the names before it did, closing a roster or a credit for what is above.
_ROSTER_MARK_RE = re.compile(r"\(\s*이상\s+[가-힣 ]{1,12}\)\s*$")
# A writer and the site's address after a slash, alone on a line (a picture's credit names an agency, not an address).
_NAME_SLASH_SITE_RE = re.compile(
    r"^(?:By:?\s+)?(?P<name>[A-Z][A-Za-z'’ -]{3,40}?)\s*/\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+$", re.IGNORECASE
)
# A second writer after a slash, as Ghana's and the Philippines' wires join two ("By A B/C D, GNA"); a slash
# before an outlet ("X/ghanamps.com", "X/Reuters") stays the outlet's.
_SLASHED_WRITER_RE = re.compile(r"(?<=[a-z])/(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})(?=\s*(?:,|$))")


def _and_a_writer(slashed: re.Match[str]) -> str:
    name = slashed["name"]
    return f" and {name}" if _signing_name(name) == name and not is_outlet(name) else slashed.group(0)


# "… FOR DAILY MAIL AUSTRALIA", "… For The Times" after a writer, up to the next writer.
_FOR_OUTLET_RE = re.compile(r"\s+(?:FOR|For)\s+[A-Z][A-Za-z.&'’-]*(?:\s+[A-Z][A-Za-z.&'’-]*)*?(?=\s*(?:,|\band\b|$))")
_MAX_BYLINE = 120
_MAX_CAPS_BYLINE = 240  # "By PETER VAN ONSELEN, POLITICAL EDITOR … and MAX AITCHISON and STEVE JACKSON and …"


def _in_capitals(names: str) -> bool:
    return re.sub(r"\band\b|[^A-Za-z]", "", names).isupper()


def _signing_names(text: str) -> tuple[str, ...]:
    """Each writer of "A, B and C" that reads as a person's name."""
    return tuple(name for part in p.EN_NAME_SEPARATOR_RE.split(text) if (name := _signing_name(part)))


def _signing_name(text: str) -> str | None:
    """A person's name as a signature prints it, "McCurry" and "O'Brien" included; None otherwise."""
    name = text.strip()
    if not p.SIGNING_NAME_RE.match(name) or {word.capitalize() for word in name.split()} & p.NOT_NAME_WORDS:
        return None
    return name


def _is_institution(name: str) -> bool:
    return bool(set(name.split()) & p.EN_INSTITUTION_WORDS)


def _names_before_cities(line: str) -> list[str]:
    cities = "|".join(sorted(p.COLON_DATELINE_CITIES, key=len, reverse=True))
    return [m.group(1) for m in re.finditer(rf"(.+?) (?:{cities})(?: |$)", line)]


def _newsroom_and_place(names: list[str]) -> tuple[list[str], str | None, str | None]:
    """The writers of "by A and B, BBC News, Pyongyang", their newsroom and where they filed from."""
    at = next((i for i, name in enumerate(names) if i and p.EN_NEWSROOM_RE.match(name)), None)
    if at is None:
        return names, None, None
    rest = names[at + 1 :]
    place = rest[0] if len(rest) == 1 and p.CAPS_PLACE_WORD_RE.match(rest[0]) else None
    if place and p.EN_ROLE_LINE_RE.match(place):
        place = None  # "By: Ko Lin, Taiwan News, Staff Writer": the writer's role, no place
    return names[:at], names[at], place


def _caps_card_names(text: str) -> tuple[str, ...]:
    """One or more capitalised names over a dated card; () when a place or heading reads so."""
    if names := caps_names(text):
        return tuple(names)
    single = text.strip()
    if not p.CAPS_NAME_RE.match(single) or set(single.split()) & p.NOT_PLACES:
        return ()
    return () if any(country.upper() in single for country in p.DATELINE_COUNTRIES) else (_name_case(single),)


def _is_acronym(name: str) -> bool:
    """An organisation signing as its initials ("KVJA"): no person's name is one capitalised word."""
    return re.fullmatch(r"[A-Z]{2,6}", name) is not None


def _cut_agency(names: str) -> tuple[str, str | None]:
    """ "STEVE KARNOWSKI Associated Press" -> ("STEVE KARNOWSKI", "AP")."""
    for word in p.EN_AGENCY_WORDS:
        if names.endswith(" " + word) and len(names) > len(word) + 3:
            left = names[: -len(word)].strip(" ,")
            left = "" if left in ("The", "the") else left  # "by: The Associated Press": the wire alone
            return left, "AP" if word == "Associated Press" else word
    return names, None


def _name_case(name: str) -> str:
    """All-caps bylines read as names: "LEE TAE-HEE" -> "Lee Tae-hee"."""
    if name.upper() != name or not any(ch.isalpha() for ch in name):
        return name
    return " ".join(word.capitalize() for word in name.split())


def _is_masthead(name: str) -> bool:
    """ "Korea Herald", "The Korea Times": a paper signing its own story, no person. "Post", "Press" and
    "Globe" are surnames too, so they name a paper only after "The"."""
    words = name.split()
    if len(words) < 2:
        return False
    return words[-1] in p.EN_MASTHEAD_WORDS or (words[0] == "The" and p.EN_NEWSROOM_RE.match(name) is not None)


def _is_rubric_word(name: str) -> bool:
    """ "By Invitation": a section's name made of one abstract noun, where a writer's name would be."""
    return " " not in name and name.lower().endswith(p.ABSTRACT_NOUN_ENDINGS)


def _is_desk(name: str) -> bool:
    words = name.lower().split()
    return any(w in p.DESK_WORDS for w in words) or (len(words) == 1 and is_outlet(name))


def _english_dateline(line: str) -> Byline | None:
    if wired := p.EN_WIRE_CITY_DAY_RE.match(line):  # "Reuters, Seoul Tuesday 16 June 2020": its day read as a time
        return Byline(location=wired["place"], agency=wired["agency"])
    if opened := p.EN_PAREN_NEWSROOM_LEAD_RE.match(line):  # "(CNN)It's not just Mexico …"
        return Byline(agency=opened["agency"] or opened["newsroom"], rest=opened["rest"] or opened["after"])
    if prefixed := p.AGENCY_PREFIX_RE.match(line):
        return Byline(agency=prefixed["agency"], rest=line[prefixed.end() - 1 :])
    if aggregated := p.AGGREGATOR_CREDIT_RE.match(line):
        return _english_dateline(line[aggregated.end() :])  # " MENAFN - IANS) Seoul, Feb 23 (IANS) South …"
    if (credited := p.LEADING_SOURCE_RE.match(line)) and (dated := _english_dateline(line[credited.end() :])):
        return dated  # "(MENAFN- The Peninsula) SEOUL - When …"
    if (board := p.BOARD_BYLINE_RE.match(line)) and _is_acronym(board["name"]):
        return Byline(agency=board["name"])
    if board and bare_name(board["name"]) == board["name"]:
        return Byline((board["name"],))  # "by 3기이민지기자 posted Apr 05, 2016 Views 15353"
    if dated := p.EN_DATE_AGENCY_DATELINE_RE.match(line):  # "Jan. 9 (Asia Today) — The U.S. …": no place
        return Byline(agency=dated["agency"], rest=dated["rest"].strip())
    if bare := p.EN_BARE_AGENCY_DATELINE_RE.match(line):  # "Seoul, South Korea CNN — …"
        return Byline(location=bare["place"], agency=bare["agency"], rest=bare["rest"].strip())
    if reporting := p.EN_REPORTING_FROM_RE.match(line):  # "Reporting from Seoul, South Korea"
        return Byline(location=reporting["place"].strip())
    # a known city before a colon, a dash, or its wire and a dash: "Seoul: …", "Polokwane – …", "Hanoi (VNA) – …"
    for shape in (p.COLON_DATELINE_RE, p.EN_CITY_DASH_RE, p.EN_CITY_WIRE_DASH_RE):
        placed = shape.match(line)
        if placed and known_city(placed["place"]) and _reads_as_lead(placed["rest"]):
            agency = placed.groupdict().get("agency")
            return Byline(location=placed["place"], agency=agency, rest=placed["rest"].strip())
    for shape in (p.EN_PLACE_DAY_COLON_RE, p.EN_PAREN_PLACES_DATELINE_RE):  # "Seoul, October 31: …", "(SEOUL and …) —"
        if (placed := shape.match(line)) and not set(placed["place"].split()) & p.NOT_PLACES:
            return Byline(location=placed["place"], rest=placed["rest"].strip())
    bracketed = p.EN_BRACKET_DATELINE_RE.match(line)
    if bracketed and bracketed["place"].startswith("THE ") and bracketed["place"] != "THE HAGUE":
        bracketed = None  # "[THE INVESTOR] Tech giant …": the masthead of a paper, no place
    if bracketed and not set(bracketed["place"].split()) & p.NOT_PLACES:
        return Byline(location=bracketed["place"].strip(), rest=bracketed["rest"].strip())  # "[SEOUL] South …"
    for shape in (p.EN_COUNTRY_DATELINE_RE, p.EN_UNDASHED_DATELINE_RE, p.EN_GLUED_DATELINE_RE):
        if (placed := shape.match(line)) and not set(re.findall(r"[A-Z]{2,}", placed["place"])) & p.NOT_PLACES:
            agency = placed.groupdict().get("agency")
            return Byline(location=placed["place"], agency=agency, rest=placed["rest"].strip())
    glued = p.EN_GLUED_HYPHEN_DATELINE_RE.match(line)
    if glued and known_city(glued["place"].title()) and _reads_as_lead(glued["rest"]):
        return Byline(location=glued["place"], rest=glued["rest"].strip())  # "KARACHI-During a police …"
    city = p.EN_CITY_COMMA_DATELINE_RE.match(line)
    if city and known_city(city["place"]) and _reads_as_lead(city["rest"]):
        return Byline(location=city["place"], rest=city["rest"].strip())  # "Baghdad, A South Korean court …"
    sited = p.EN_CITY_SITE_DASH_RE.match(line)
    if sited and known_city(sited["place"]):  # "Jakarta, GIVnews.com – Meidyatama …"
        return Byline(location=sited["place"], agency=sited["agency"], rest=sited["rest"].strip())
    outlet = p.EN_CITY_PAREN_OUTLET_RE.match(line)
    if outlet and known_city(outlet["place"]):  # "Seoul, (Samajweekly) North Korea's …"
        return Byline(location=outlet["place"], agency=outlet["agency"].strip(), rest=outlet["rest"].strip())
    match = p.EN_DATELINE_RE.match(line) or p.EN_TITLECASE_DATELINE_RE.match(line)
    if not match or len(match["place"]) < 3 or _PICTURE_AGENCY_DATE_RE.match(match["rest"]):
        return None  # "INDIO, CALIFORNIA – APRIL 15: (L-R) …": a picture agency's caption, where it was taken
    if not match["rest"] and not (match["agency"] and line.rstrip().endswith(("--", "—", "–", "―"))):
        return None  # a dateline alone is one only with its wire and its dash: "SEOUL, Dec. 5 (Yonhap) --"
    if not match["agency"] and (
        match["rest"].rstrip().endswith("?") or is_korean_surname(match["place"].strip(" -–—"))
    ):
        return None  # "DARAMJI – How does it feel …?", "CHO – It's not …": an interview's turns, not datelines
    place_words = set(re.findall(r"[A-Z]+", match["place"]))
    if place_words & p.NOT_PLACES or all(len(word) == 1 for word in re.findall(r"[A-Za-z]+", match["place"])):
        return None  # "P.S.: If the headlines are no longer desired, …": a note's initials, no place
    # "JEJU - ", "SEOUL– ", "BANGKOK: ", "SEOUL :Shares" (a colon set apart from the place)
    dashed = re.match(r"^[^a-z]{4,60}?(?:\s?(?:--|—|–)\s|\s-\s|:\s|\s:(?=[A-Z]))", line) is not None
    dashed = dashed or bool(match["date"] and re.search(r"(?:--|—|–|―|-|:)\s*$", line[: match.start("rest")]))
    wire = match["agency"] or match["slashed"] or match.groupdict().get("bare")
    if not (wire or re.match(r"^[^,(]+,\s*[A-Z]", line) or "--" in line[:60] or dashed):
        return None
    agency = (wire or "").strip() or None
    rest = match["rest"].strip()
    place = match["place"].strip(" -–—")
    if agency is None and (dashed := _DASHED_WIRE_RE.match(rest)):  # "MOUNT LAUREL, N.J. — (BUSINESS WIRE) — …"
        return Byline(location=place, agency=dashed["wire"], rest=dashed["rest"])
    if agency and p.EN_DATE_RE.fullmatch(agency) and (day := parse_timestamp(agency)):
        return Byline(location=place, rest=rest, dated=day[:10])  # "LOS ANGELES (Jan. 29, 2015) — …": no wire
    return Byline((), (), place, agency, rest)  # "SEOUL-- Seoul stocks …"


# A wire in parentheses between a dateline's dashes: "— (BUSINESS WIRE) — …", "–(BUSINESS WIRE)–".
_DASHED_WIRE_RE = re.compile(r"^\((?P<wire>[A-Z][A-Za-z .&-]{1,30})\)\s*(?:--|—|–|―|-)\s*(?P<rest>.*)$")
# Each needs Latin letters ("By …", "SEOUL, … (Yonhap) --", "by 홍길동 posted …"): a line in Hangul alone
# skips them, as most Korean lines would fail them all.
_ENGLISH_PARSERS = (_wire_writers, _english_byline, _english_dateline)


# A day in capitals and a colon, as Getty Images and its peers date a caption after its place.
_PICTURE_AGENCY_DATE_RE = re.compile(r"^[A-Z]{3,9}\.? \d{1,2}(?:, \d{4})?:\s")


def _reads_as_lead(text: str) -> bool:
    """A dateline opens a sentence; a headline such as "Seoul: North Korea launched … into the sea" has
    no full stop."""
    return len(text) > 100 or text.rstrip().endswith((".", "!", "?", '"', "”", "’"))


def _strip_eq(text: str) -> str:
    return re.sub(r"^\s*[=:|]\s*", "", text or "").strip()


def read_role_credits(text: str) -> tuple[str, Byline, list[str]] | None:
    """The credits closing a story's last paragraph, cut off: the text before them, its writers and its
    photographers; None unless they name a writer.

    >>> text, writers, photographers = read_role_credits("파수꾼이 되겠다. <사진=문승연 사진작가, 글=배성호 기자>")
    >>> text, writers.reporters, photographers
    ('파수꾼이 되겠다.', ('배성호',), ['문승연 사진작가'])
    """
    found = p.TRAILING_ROLE_CREDITS_RE.search(text)
    if found is None:
        return None
    writers: list[str] = []
    photographers: list[str] = []
    for credit in p.ROLE_CREDIT_RE.finditer(found["boxed"] or found["run"]):
        if credit["role"] not in p.WRITING_ROLES:
            photographers.append(credit["who"])
            continue
        for signed in credit["who"].split("/"):  # "박수진·변형주 기자/송창섭 월간 MONEY 기자"
            writers.extend(name for name in _credited_names(signed) if name not in writers)
    if not writers:
        return None
    return text[: found.start()].rstrip(), Byline(tuple(writers)), photographers


def _credited_names(signed: str) -> tuple[str, ...]:
    """The people one credit names: "김태현 한국경제 기자", or "조민이 스피드뱅크 부동산연구소 연구원", a
    name and the writer's affiliation (the credit's label vouches for a person)."""
    if (found := parse_byline(signed)) is not None and found.reporters:
        return found.reporters
    name = signed.split()[0] if signed.strip() else ""
    return (name,) if bare_name(name) == name else ()


def strip_trailing_byline(text: str) -> tuple[str, Byline | None]:
    """Cut a closing byline glued to the last sentence of a paragraph.

    >>> text, byline = strip_trailing_byline("정부가 발표했다. 홍길동 기자 hong@example.com")
    >>> text, byline.reporters, byline.emails
    ('정부가 발표했다.', ('홍길동',), ('hong@example.com',))
    """
    if "@" in text[-_LONG_LINE:] and (spaced := _ADDRESS_GLUED_TO_TITLE_RE.sub(r"\1 ", text)) != text:
        cut, byline = strip_trailing_byline(spaced)  # "… 있다. 홍현종기자HJHONG@SED.CO.KR"
        if byline is not None and text.startswith(cut):
            return cut, byline
    if dated := p.TRAILING_SIGNED_DATE_RE.search(text):
        return text[: dated.start()].rstrip(), Byline(_split_names(dated["names"]), rest=dated["date"])
    if (paper := p.TRAILING_OUTLET_DATE_RE.search(text)) and is_outlet(paper["outlet"]):
        unsigned, signed = strip_trailing_byline(text[: paper.start()])  # "… <오정현 기자> <화학저널 2008/10/15>"
        if signed is not None:
            return unsigned, replace(signed, agency=signed.agency or paper["outlet"], rest=paper["date"])
    match = p.TRAILING_BYLINE_RE.search(text) or p.TRAILING_ANGLE_BYLINE_RE.search(text)
    signed_off = p.TRAILING_SIGNOFF_RE.search(text) if not match and text.rstrip('.!"”’ ').endswith("입니다") else None
    if signed_off and (byline := _signoff(signed_off["signoff"])) is not None and byline.reporters:
        return text[: signed_off.start()].rstrip(), byline
    if not match:
        wire = p.TRAILING_AGENCY_RE.search(text)  # "... hardest-hit areas. — AFP"
        if wire and not p.EN_CAPTION_RE.search(text):  # "This photo provided by … shows …. (Yonhap)": a credit
            return text[: wire.start()].rstrip(), Byline(agency=wire["agency"])
        photo = p.TRAILING_PHOTO_BYLINE_RE.search(text)  # "… 있다./올림픽공원=손용호 기자spjj@…"
        if photo and _split_names(photo["names"]):
            emails = (photo["email"],) if photo["email"] else ()
            signed = Byline(_split_names(photo["names"]), emails, photo["place"], rest=photo["date"] or "")
            return text[: photo.start()].rstrip(), signed
        dated = p.TRAILING_DATELINE_RE.search(text)  # "... 보도했다. 도쿄= [연합]"
        if dated:
            return text[: dated.start()].rstrip(), Byline(location=dated["place"], agency=dated["agency"])
        if address := p.TRAILING_SLASH_EMAIL_RE.search(text):  # "… 선사했다. / foto0307@osen.co.kr"
            return text[: address.start()].rstrip(), Byline(emails=(address["email"],))
        if (linked := p.TRAILING_BYLINE_THEN_LINKS_RE.search(text)) and (names := _split_names(linked["names"])):
            return text[: linked.start()].rstrip(), Byline(names, (linked["email"],))  # the links go with it
        if (signed := p.TRAILING_BRACKET_NAME_RE.search(text)) and bare_name(signed["name"]) == signed["name"]:
            return text[: signed.start()].rstrip(), Byline((signed["name"],))
        closing = p.TRAILING_BRACKET_BYLINE_RE.search(text)  # "… 있다. [비즈니스포스트 정용석 기자]"
        if closing and (found := parse_byline(closing["byline"])) is not None and found.reporters and not found.rest:
            return text[: closing.start()].rstrip(), found
        if hanja := p.TRAILING_HANJA_BYLINE_RE.search(text):  # "… 말했다.<梁承賢 yangbak@…>": a 1990s signature
            return text[: hanja.start()].rstrip(), Byline((hanja["name"],), (hanja["email"],))
        if placed := p.TRAILING_PLACE_DOT_BYLINE_RE.search(text):  # "… 대단하다. 〈칠곡.李昌熙기자〉"
            return text[: placed.start()].rstrip(), Byline((placed["name"],), location=placed["place"])
        english = p.TRAILING_EN_BY_RE.search(text)  # "… (213) 235-4867 By Soo Yeon Oh"
        if english and (name := person_name(english["name"])):
            return text[: english.start()].rstrip(), Byline((name,))
        return text, None
    # "… 상태다. 정다연 텐아시아 기자 light@…": the masthead between the name and the title
    byline = Byline(_split_names(match["names"]), _emails(match["email"]), agency=_outlet_among(match["names"]))
    before = text[: match.start()].rstrip()
    dated = p.TRAILING_BRACKET_DATELINE_RE.search(before)  # "… 있다. (서울=연합뉴스) 김인철 기자 aupfe@…"
    if dated and is_outlet(dated["agency"]) and _is_place_word(dated["place"]):
        return before[: dated.start()].rstrip(), replace(byline, location=dated["place"], agency=dated["agency"])
    return before, byline


def parse_photo_credit(line: str) -> tuple[str, str] | None:
    """Split a caption line into ``(caption, credit)``; None when it carries no credit.

    >>> parse_photo_credit("조 파네타 회장과 인사를 나누고 있다. [사진=경기도]")
    ('조 파네타 회장과 인사를 나누고 있다.', '경기도')
    >>> parse_photo_credit("<경기도 제공>")
    ('', '경기도')
    """
    match = find_photo_credit(line)
    if match is None:
        return None
    return (line[: match.start()] + line[match.end() :]).strip(" /").removesuffix(","), match["credit"].strip()


def split_trailing_source(line: str) -> tuple[str, str] | None:
    """A sentence and the one word after it that may name its source ("… 쌓여 있다. 연합뉴스"):
    ``(caption, source)``; the caller decides whether the word is a source."""
    found = p.CAPTION_SOURCE_RE.match(line)
    return (found["caption"], found["source"]) if found else None


def find_photo_credit(line: str) -> re.Match[str] | None:
    """Where ``line`` credits a photo (the group ``credit`` names the source); None if it does not."""
    dated = p.DATED_CAPTION_CREDIT_RE.search(line) if (", 20" in line or ", 19" in line) else None
    if dated and p.CAPTION_DATE_RE.search(line):
        return dated  # "… South Korea June 22, 2017.Kim Hong-Ji"
    if not any(hint in line for hint in p.PHOTO_CREDIT_HINTS):
        return None
    if line.lstrip().startswith("▲") and (marked := p.MARKED_CAPTION_CREDIT_RE.search(line)):
        return marked
    return next((match for regex in p.PHOTO_CREDIT_RES if (match := regex.search(line))), None)


def column_writer(headline: str) -> Byline | None:
    """A columnist in brackets opening an English edition's headline: "[Lee Kyong-hee] President Yoon's
    futile war …", "[Robert J. Fouser] The new park …"; a rubric there ("[Hello Hangeul]") is no one. A
    newsroom or numbered column named after its writer: "[강다혜의 편집국 25시] …", "전영평 교수의 자치이야기⑩"."""
    named = p.KO_NAMED_COLUMN_RE.match(headline) or p.KO_NUMBERED_COLUMN_RE.match(headline)
    if named and bare_name(named["name"]) == named["name"]:
        return Byline((named["name"],))  # "[강다혜의 편집국 25시] …", "전영평 교수의 자치이야기⑩"
    match = _EN_COLUMN_WRITER_RE.match(headline)
    if match is None or (match["surname"] and not is_korean_surname(match["surname"])):
        return None
    return Byline((match["name"],))


# A romanized Korean name (its given name hyphenated), a name with a middle initial or a double-barrelled
# surname ("[Joan Flores-Villalobos]"), in brackets; a rubric's words ("[Hello Hangeul]") are none of these.
_EN_COLUMN_WRITER_RE = re.compile(
    r"^\[(?P<name>(?P<surname>[A-Z][a-z]{1,6}) [A-Z][a-z]+-[a-z]+"  # "Kim Seong-kon"
    r"|[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+-[A-Z][a-z]+"  # "Joan Flores-Villalobos", "Mary J. Smith-Jones"
    r"|[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+)\]\s*\S"  # "Robert J. Fouser"
)


def find_inline_byline(line: str) -> tuple[str, Byline] | None:
    """A wire dateline inside a lead's first line, after a photo caption: ``(prefix, byline)``.

    Only a dateline glued to the text by ``기자 =`` counts, so that quoted datelines stay text.

    >>> prefix, byline = find_inline_byline("전경 [강원랜드 제공] (정선=연합뉴스) 강태현 기자 = 강원랜드가 ...")
    >>> prefix, byline.reporters, byline.location, byline.rest
    ('전경 [강원랜드 제공]', ('강태현',), '정선', '강원랜드가 ...')
    """
    for opening in re.finditer(r"[(\[【]", line[:400]):
        if opening.start() == 0:
            continue
        candidate = line[opening.start() :]
        if _SIGNED_DATELINE_START_RE.match(candidate) or _BRACKETED_SIGNED_DATELINE_RE.match(candidate):
            byline = _bracket_dateline(candidate)
        else:
            byline = _bracket_byline(candidate)  # "… 추모 물결 [ST이슈] [스포츠투데이 윤혜영 기자] "내 나이 …""
        if byline is not None and byline.reporters and byline.rest and not _PARTICLE_START_RE.match(byline.rest):
            return line[: opening.start()].strip(), byline
    wire = p.EN_GLUED_WIRE_DATELINE_RE.search(line[:600])
    if wire is not None and not set(wire["place"].split()) & p.NOT_PLACES:
        byline = Byline(location=wire["place"], agency=wire["agency"], rest=line[wire.end() :].strip())
        return line[: wire.start("place")].strip(), byline  # "… 2025. Joint Press Corps SEOUL, May 8 (AJP) - …"
    return None


# A particle right after the bracket: "… 행사(진행 홍길동 PD, 김철수 기자)를 열었습니다" names people in a sentence.
_PARTICLE_START_RE = re.compile(r"[을를이가은는에의와과도로]\s")
_SIGNED_DATELINE_START_RE = re.compile(rf"[^=]{{1,70}}=[^=]{{0,60}}(?:{p.TITLES})\s*=")
# "[더팩트ㅣ인천=지우현 기자] 본문": the whole dateline inside its brackets.
_BRACKETED_SIGNED_DATELINE_RE = re.compile(rf"\[[^=\[\]]{{1,30}}=[^=\[\]]{{1,30}}(?:{p.TITLES})\s*\]\s*\S")


def bare_name(line: str) -> str | None:
    """The person a line names when it holds nothing but a name (and maybe 기자).

    >>> bare_name("김미경"), bare_name("Lee Kyung-sik"), bare_name("사회"), bare_name("Read more")
    ('김미경', 'Lee Kyung-sik', None, None)
    """
    text = line.strip().lstrip(p.BULLET_CHARS + " ").strip()
    korean = p.BARE_KO_NAME_RE.match(text)
    if korean:
        name = korean["name"]
        four_syllables = len(name) == 4 and name[:2] not in p.KO_COMPOUND_SURNAMES  # "전체메뉴"
        listed = name in p.SECTION_WORDS or name in p.EDITION_LINK_WORDS or name in p.KO_PAGE_WORDS  # "사회", "이메일"
        listed = listed or name.startswith(("기자", "앵커"))  # "기자별", "기자단": a list's label, a group
        listed = listed or transcribes_foreign_word(name)  # "지멘스", "오라클": a company's name
        if name[0] in p.KO_SURNAMES and not listed and not four_syllables:
            return None if _is_desk_or_outlet(name) else name
        return None
    english = p.BARE_EN_NAME_RE.match(text)
    if english and not any(w.lower() in p.DESK_WORDS or w in p.NOT_NAME_WORDS for w in text.split()):
        return text
    given_first = p.GIVEN_NAME_FIRST_RE.fullmatch(text)  # "Seung-Yeon Chung", as English pages order a Korean name
    return text if given_first and is_korean_surname(given_first["surname"]) else None


def reporter_cards(text: str) -> tuple[str, ...]:
    """The reporters a keyword block's cards name, up to the related stories: "…전공의천선휴 기자 응급실…"
    (the names are glued to the keywords before them, so the three syllables before 기자 are taken)."""
    cards = text.split("관련 기사")[0]
    names = (match["name"] for match in p.REPORTER_CARD_RE.finditer(cards))
    return tuple(dict.fromkeys(name for name in names if bare_name(name) == name))


def find_email_byline(line: str) -> tuple[str, Byline] | None:
    """A byline with its address inside a lead: ``(text before, byline with the text after)``.

    >>> before, byline = find_email_byline("- 청양군 우승 - 전병군 기자 jbg@newsone.co.kr 충남도는 밝혔다.")
    >>> before, byline.reporters, byline.emails, byline.rest
    ('- 청양군 우승 -', ('전병군',), ('jbg@newsone.co.kr',), '충남도는 밝혔다.')
    """
    match = p.INLINE_EMAIL_BYLINE_RE.search(line[:300]) if "@" in line[:300] else None
    if not match or not _split_names(match["names"]):
        return None
    byline = Byline(_split_names(match["names"]), (match["email"],), None, None, match["rest"].strip())
    return line[: match.start()].strip(), byline
