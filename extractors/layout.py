"""Reading the layout of article text: title, header metadata, body paragraphs, footer.

The text is the normalized article text; every paragraph keeps its character offsets into it.
A blank line and a single line break both end a paragraph (bilingual articles often separate
one language's paragraphs by single breaks and the other's by blank lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from extractors import patterns as p
from extractors.bylines import (
    Byline,
    anchor_intro_reporters,
    bare_name,
    caps_names,
    column_writer,
    find_email_byline,
    find_inline_byline,
    find_photo_credit,
    is_outlet,
    known_city,
    parse_byline,
    parse_photo_credit,
    person_name,
    printed_once,
    read_role_credits,
    reporter_cards,
    split_trailing_source,
    strip_trailing_byline,
)
from extractors.language import detect_lang, language_spans
from extractors.names import is_korean_surname
from extractors.page_text import (
    article_start,
    drop_furniture,
    ends_sentence,
    greets_reader,
    is_menu_line,
    letters_only,
    split_outlet_suffix,
    split_trailing_time,
)
from extractors.places import KO_REGIONS
from extractors.timestamps import find_labelled_times, parse_timestamp

__all__ = ["Layout", "Line", "read_layout"]

_MAX_TITLE_CHARS = 200
_MAX_CAPTION_CHARS = 400
_MIN_REPEATED_CHARS = 30  # a paragraph printed twice is a page's doubling, not the writer's
_MAX_WIDGET_LABEL_CHARS = 5  # "공통뷰", "Home": a page component's one-word name over the headline
_MAX_WIDGETS_OVER_LEAD = 2  # short lines (buttons, a paywall's label) between a byline and the lead
_MAX_WIDGET_CHARS = 30
_SIGNATURE_CHARS = 160  # the end of a line where a slash-signed byline or wire can stand
_TITLE_REPEAT_WINDOW = 6
_MAX_DECK = 60
_MIN_LEAD_CHARS = 40
_MAX_LABEL_CHARS = 12  # a programme's or a column's name over its headline
_MIN_SENTENCE_CHARS = 20  # a paragraph's last sentence, not a caption or a name
_DECK_WINDOW = 3  # decks sit right under the headline
_REPEAT_WINDOW = 8  # a page prints its headline again within its first lines (share box, view box)
_MAX_DECK_ABOVE_HEADER = 120
_TIP_LINE_RE = re.compile(r"제보|보도자료|문의|구독|tip|press|contact", re.I)


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    start: int
    end: int

    def piece(self, start: int, end: int | None = None) -> Line:
        """The part of this line from `start` to `end` (its end if None), with its offsets in the page."""
        return Line(self.text[start:end], self.start + start, self.end if end is None else self.start + end)


@dataclass(slots=True)
class Layout:
    title: str | None = None
    subtitles: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    location: str | None = None
    agency: str | None = None
    published: str | None = None
    published_labelled: bool = False  # a labelled time ("입력 …") beats a bare date seen earlier
    time_line_at: int | None = None  # where the story's time line was read: what lies above it is the header
    navigation_date: str | None = None  # a date line above the headline: the last resort for published
    header_starts: int = -1  # offset of the byline or time line that follows the headline and its decks
    title_inferred: bool = False
    updated: str | None = None
    body: list[Line] = field(default_factory=list)
    # "Reporting by …", a photo caption's photographer: reporters when no byline names any
    stand_in_reporters: list[str] = field(default_factory=list)
    stand_in_emails: list[str] = field(default_factory=list)  # a signed caption's address goes with its photographer
    credited_photographers: list[str] = field(default_factory=list)  # "사진=홍길동 기자": a photo story's author
    beside_times: list[str] = field(default_factory=list)  # a bare word beside the time lines, read as a name
    card_signed_at: str | None = None  # the time on the first time line that carried a signature
    desk_signed: bool = (
        False  # "• 동아닷컴" in the byline's place: the outlet's desk wrote it, no photographer stands in
    )
    caption_agency: str | None = None  # the outlet a picture's copyright mark names: the page's, unless one says
    tip_line_above: bool = False  # the footer line just read invites tips ("제보가 세상을 바꿉니다.")
    title_outlet: str | None = None  # "… 우려 / KBS뉴스(News)": the outlet a page appends to its headline
    numbered_pairs: bool = False  # items numbered in one language, each over its translation: no decks
    signed_off: bool = False  # a signature with its address closed the story: short lines after it link elsewhere
    signed_at: int | None = None  # the body's length when a bare signature under it closed the story
    lead_signed: bool = False  # a writer's byline opened a lead ("[한빛일보 홍길동 기자] 정부는 …")
    pictured: frozenset[int] = frozenset()  # starts of lines under an image's file name ("….jpg"): its caption
    card_bylines: frozenset[int] = frozenset()  # starts of list cards' bylines run into the next card's headline
    doubled: frozenset[int] = frozenset()  # starts of lines printed twice in a row (an image's alt text, its caption)
    dateline_day: str | None = None  # a day a dateline gave in its wire's place: the last resort for published

    def add_byline(self, byline: Byline) -> None:
        # The first signed dateline places the story: "(평양 노동신문=뉴스1) = …" over a photo yields to
        # "(서울=뉴스1) 김예슬 기자 = …", and so does the photo's wire ("(워싱턴=AFP)" over "(서울=연합뉴스) … 기자 =").
        signs_over_photo = bool(byline.location and byline.reporters and not self.reporters and self.location)
        if byline.location and (self.location is None or signs_over_photo):
            self.location = byline.location
        self.reporters.extend(r for r in byline.reporters if r not in self.reporters)
        self.add_emails(byline.emails)
        self.agency = (byline.agency if signs_over_photo else None) or self.agency or byline.agency
        self.dateline_day = self.dateline_day or byline.dated

    def add_emails(self, emails: Iterable[str]) -> None:
        self.emails.extend(e for e in emails if e not in self.emails)


def iter_lines(text: str) -> Iterator[Line]:
    """Non-empty lines with their offsets, without the table bars, image links and video
    timecodes that text dumps of pages leave at a line's edges."""
    offset = 0
    for raw in text.split("\n"):
        head = p.LINE_HEAD_FURNITURE_RE.match(raw).end()
        tail = _end_before_table_bars(raw)
        if tail > head:
            yield Line(raw[head:tail], offset + head, offset + tail)
        offset += len(raw) + 1


def _end_before_table_bars(raw: str) -> int:
    """Where ``raw`` ends without the spaces and table bars ("| |") at its end: string methods,
    since a regular expression anchored at the end is tried from every position of every line."""
    end = len(raw.rstrip())
    while end and raw[end - 1] == "|":
        end = len(raw[: end - 1].rstrip())
    return end


def _is_bullet(text: str) -> bool:
    return text[0] in p.BULLET_CHARS and len(text) > 2 and not text.startswith("--")


def _strip_bullet(text: str) -> str:
    return text.lstrip(p.BULLET_CHARS + " ").strip()


def _is_footer_noise(text: str) -> bool:
    core = text.lstrip(p.BULLET_CHARS + "■□▷ ")
    if _WIDGET_WORD_RE.match(core) is not None and _runs_on(core):
        return False  # "좋아요 1위, 중앙일보 ‘…’", "구독자 수가 …": a sentence that opens with a widget's word
    return (
        bool(p.DISCLAIMER_LINE_RE.match(text) or p.DISCLAIMER_LINE_RE.match(core) or p.HASHTAG_LINE_RE.match(text))
        or _copyright_notice(text) is not None
    )


def _runs_on(text: str) -> bool:
    """Whether a line that opens with a widget's word is a sentence: it ends like one or quotes a
    headline ("좋아요 1위, 중앙일보 ‘…’"), and its first words are not a toolbar ("카카오톡 페이스북 …")."""
    words = text.split()[:2]
    if len(words) == 2 and all(word in p.TOOLBAR_WORDS for word in words):
        return False
    return ends_sentence(text) or any(mark in text for mark in "‘“")


# Words a footer's widgets open with, that a sentence may open with too.
_WIDGET_WORD_RE = re.compile(r"(?:구독|좋아요|공유하기|관련기사|카카오톡|Related|Read more|More from)", re.I)


def _copyright_notice(text: str, start: int = 0) -> re.Match[str] | None:
    """Where ``text`` holds a copyright notice (see COPYRIGHT_NOTICE_RE); the substring test
    first, since nearly every line has none."""
    if not any(word in text for word in _COPYRIGHT_WORDS):
        return None
    return p.COPYRIGHT_NOTICE_RE.search(text, start)


_COPYRIGHT_WORDS = ("전재", "재배포", "저작권자", "opyright")


def _agency_in(text: str) -> str | None:
    """The outlet a footer line names ("Copyright 2012 The Associated Press" -> "AP")."""
    named = _outlet_named_in(text)
    if named is None or "\ufffd" in named:
        return None  # a name a mis-decoded page lost bytes of ("디지큼�읋擔�") names no outlet
    if named.endswith("사") and len(named) > 3 and is_outlet(named[:-1]):
        named = named[:-1]  # "<저작권자ⓒ대전일보사. …>": the company, named as its paper
    return p.AGENCY_SHORT_NAMES.get(named) or _CANONICAL_OUTLETS.get(named.lower(), named)  # "ⓒ mbn" -> "MBN"


def _outlet_named_in(text: str) -> str | None:
    known = next((name for name in p.KNOWN_OUTLETS if name in text and _KNOWN_OUTLET_RES[name].search(text)), None)
    if known:
        return known
    closing = _OUTLET_BEFORE_NOTICE_RE.search(text)  # "<ⓒ투자가를 위한 경제콘텐츠, 아시아경제 무단전재 배포금지>"
    if closing and is_outlet(closing["outlet"]):
        return closing["outlet"]
    named = p.COPYRIGHT_OUTLET_RE.search(text)
    if named and (is_outlet(named["outlet"]) or _RIGHTS_NOTICE_RE.search(text)):
        return named["outlet"]  # "저작권자 © 전북중앙 무단전재 및 재배포 금지": the notice says it is the outlet
    word = next((word for word in re.findall(r"[가-힣A-Za-z0-9]{3,20}", text) if is_outlet(word)), None)
    if word and word[-1] in _PARTICLES and is_outlet(word[:-1]):
        word = word[:-1]  # "경남신문의 콘텐츠는 …"
    return _CANONICAL_OUTLETS.get(word.lower(), word) if word else None


_CANONICAL_OUTLETS = {name.lower(): name for name in p.KNOWN_OUTLETS}
# Whole names only: "연합뉴스" is not the outlet of "ⓒ연합뉴스TV" (a particle may follow: "경남신문의").
_KNOWN_OUTLET_RES = {
    name: re.compile(rf"(?<![A-Za-z가-힣]){re.escape(name)}(?![A-Za-z0-9])") for name in p.KNOWN_OUTLETS
}
_PARTICLES = "의은는이가을를에"
# The end of a bracketed notice that a time may follow: "<저작권자 (C) 연합뉴스 …> 2020/08/02 12:12 송고".
_NOTICE_CLOSE_RE = re.compile(r"[>\]〉]\s*")
_OUTLET_BEFORE_NOTICE_RE = re.compile(r"(?P<outlet>[가-힣A-Za-z0-9]{2,20})\s*무단\s*전재")
_RIGHTS_NOTICE_RE = re.compile(r"무단\s*전재|재배포|All rights reserved", re.I)


def read_layout(text: str, *, title: str | None = None, infer_title: bool = True) -> Layout:
    """Split normalized article text into metadata and body paragraphs; without ``title``, a
    first line that reads as one becomes the title, unless ``infer_title`` is False.

    >>> layout = read_layout("제목\\n\\n수원=강대웅 기자\\n입력 2024-05-16 16:57\\n본문입니다.")
    >>> layout.title, layout.reporters, layout.location, layout.published, [b.text for b in layout.body]
    ('제목', ['강대웅'], '수원', '2024-05-16T16:57:00+09:00', ['본문입니다.'])
    """
    raw_lines = list(iter_lines(text))
    layout = Layout(
        title=title,
        pictured=_under_image_files(raw_lines),
        card_bylines=_card_bylines(raw_lines),
        doubled=_doubled(raw_lines),
    )
    joined = _join_time_labels(text, _join_broken_parentheses(raw_lines))
    furnished = drop_furniture(_without_weather_widget(_split_leading_date(joined)))
    lines = _take_name_lines(layout, _split_caption_masthead(_join_narrow_blocks(text, furnished)))
    lines = _take_author_notes(layout, _take_doubled_captions(layout, lines))
    if layout.title is None and infer_title and lines:
        start = article_start(lines, names_above=frozenset(layout.reporters))
        for line in lines[:start]:  # navigation before the headline: metadata only, never body
            _read_metadata(layout, line)
        if any(p.SITE_HEADER_LINE_RE.match(line.text) for line in lines[1 : start + 1]):
            layout.navigation_date = None  # "Friday, April 25, 2025" over "Home Blog Page 99": today's date
        if any("℃" in line.text for line in lines[:start]):
            layout.navigation_date = None  # "2025.07.17 (목)" over a weather widget: today's date, not the story's
        lines = lines[start:]
    while layout.title is None and infer_title and lines and _is_staff_credit(lines[0].text):
        lines.pop(0)  # "경제앵커: 정길용,최율미" over the headline: the programme's staff, not the story's
    lines = _join_wrapped_lines(text, _split_languages(_take_title(layout, lines, infer_title)))
    lines = _without_titled_copies(layout.title, lines)
    layout.numbered_pairs = _numbered_pairs(lines)
    if layout.title_inferred:
        layout.header_starts = _header_start(lines[:_DECK_WINDOW])
    _read_story_and_footer(layout, _split_glued_copyright(lines))
    _cut_trailing_byline(layout)
    _read_letter_signature(layout)
    _drop_reporters_in_headline(layout)
    _drop_reporters_the_story_is_about(layout)
    _drop_words_beside_times_for_a_signature(layout)
    if not layout.reporters and not layout.desk_signed:
        layout.reporters.extend(layout.stand_in_reporters)
        layout.add_emails(layout.stand_in_emails)
        if _photo_story(layout):
            layout.reporters.extend(n for n in layout.credited_photographers if n not in layout.reporters)
        if not layout.reporters:  # no byline, no stand-in: a name and title alone at the text's edge
            pictured = " ".join([*layout.captions, *layout.photo_credits])
            layout.reporters.extend(name for name in _last_resort_reporters(text) if name not in pictured)
    layout.published = layout.published or layout.navigation_date or layout.dateline_day
    if layout.published and len(layout.published) == _DATE_ONLY_LENGTH:
        layout.published = _with_lone_clock(layout.published, text)
    _move_trailing_captions(layout)
    layout.body = _without_repeats(layout.body) or _captions_as_story(layout, text)
    _read_bracketed_region(layout)
    layout.agency = layout.agency or _bracketed_outlet(layout.body[:2]) or layout.title_outlet or layout.caption_agency
    return layout


def _with_lone_clock(day: str, text: str) -> str:
    """A day read without its time, and a time alone on a line above the first paragraph (a broadcaster's
    page prints "1:13pm" under the headline, the day elsewhere): the two as one time, else the day."""
    for raw in text.splitlines():
        line = raw.strip()
        if len(line) >= _MIN_PROSE_PARAGRAPH_CHARS and ends_sentence(line):
            break
        if _LONE_CLOCK_RE.fullmatch(line) and (times := find_labelled_times(f"{day} {line}")) and times.published:
            return times.published
    return day


_DATE_ONLY_LENGTH = len("2023-09-07")
_LONE_CLOCK_RE = re.compile(r"\d{1,2}[:.]\d{2}\s?[AaPp]\.?[Mm]\.?")  # "1:13pm", not a video's length ("6:53")


def _last_resort_reporters(text: str) -> list[str]:
    """A reporter's name and title where no shape above found a byline: "NAME 기자" alone at the head or the
    close of the text (a line's start or end, a bracket, a notice or an address beside it), never a person
    the text is about ("… 박수지 기자(…)가", "'사이비 기자'") nor a picture's credit ("사진=홍길동 기자")."""
    for edge in (text[-_LAST_RESORT_CHARS:], text[:_LAST_RESORT_CHARS]):
        found = [
            match["name"]
            for match in _LAST_RESORT_RE.finditer(edge)
            if bare_name(match["name"]) == match["name"] and not _CREDIT_BEFORE_RE.search(edge, 0, match.start())
        ]
        if found:
            return list(dict.fromkeys(found))
    return []


_LAST_RESORT_CHARS = 300
_LAST_RESORT_RE = re.compile(
    r"(?:^|(?<=[\n<\[|=©])|(?<=[.!?”’\]>]\s)|(?<=금지\s)|(?<=\d))\s*"
    # never a possessive ("오늘의 기자" in a menu)
    r"(?P<name>(?![가-힣]{1,3}의\s)[가-힣]{2,4})\s?(?:선임기자|전문기자|인턴기자|수습기자|객원기자|대기자|기자|특파원|논설위원|편집위원|통신원)"
    r"(?=\s*$|\s*\n|\s*[/|\]>@=]|\s+[A-Za-z0-9._-]+@|\s+다른\s?기사|\s+기사\s?더보기)"
)
# A picture's credit before the name: "사진=", "/그래픽=", "사진·".
_CREDIT_BEFORE_RE = re.compile(r"(?:사진|촬영|영상|그래픽|편집|디자인|일러스트|제공)\s*[=:/·]?\s*$")


def _captions_as_story(layout: Layout, text: str) -> list[Line]:
    """A page that is a photo and its caption ("◇이상천 … 의장은 28일 … 협의했다."): the captions that
    tell something, in sentences, are the story when nothing else is."""
    if layout.title:
        return []
    body = []
    for kept, shortest in ((layout.captions, _MIN_LEAD_CHARS), (layout.subtitles, _MIN_PROSE_PARAGRAPH_CHARS)):
        for told in [line for line in kept if len(line) >= shortest and ends_sentence(line)]:
            if (start := text.find(told)) >= 0:  # "◇이상천 … 협의했다.": a bulleted caption kept as a deck
                body.append(Line(told, start, start + len(told)))
                kept.remove(told)
    return sorted(body, key=lambda line: line.start)


def _read_letter_signature(layout: Layout) -> None:
    """A letter opening the page signs with its writer's name under the closing: "Very Respectfully Yours" /
    "/s/" / "Lee Kyung-sik" / "Publisher-Chairman" (a newsletter's covering letter)."""
    texts = [line.text.strip() for line in layout.body[:_LETTER_LINES]]
    closing = next((i for i, text in enumerate(texts) if p.VALEDICTION_RE.match(text)), None)
    if closing is None:
        return
    names = [text for text in texts[closing + 1 : closing + 3] if text != p.SIGNATURE_MARK][:1]
    if names and p.BARE_EN_NAME_RE.match(names[0]) and names[0] not in layout.reporters:
        layout.reporters.insert(0, names[0])


_LETTER_LINES = 12


def _drop_words_beside_times_for_a_signature(layout: Layout) -> None:
    """A bare word beside the time lines read as a name ("이삭", a rubric's name) yields when a signature with
    a title names someone else ("청주/오윤주 기자"): the page's own byline outranks a lone word."""
    lone = [name for name in layout.beside_times if name in layout.reporters]
    if lone and any(name not in layout.beside_times for name in layout.reporters):
        layout.reporters[:] = [name for name in layout.reporters if name not in lone]


def _photo_story(layout: Layout) -> bool:
    """A photo and a few lines about it: its photographer's credit names the story's author. Under a
    longer story a credit ("▲ 사진=윤상순기자") names who took the picture, not who wrote."""
    body = layout.body
    return len(body) <= _MAX_PHOTO_STORY_PARAGRAPHS and sum(len(line.text) for line in body) <= _MAX_PHOTO_STORY_CHARS


_MAX_PHOTO_STORY_CHARS = 600
_MAX_PHOTO_STORY_PARAGRAPHS = 3


def _drop_reporters_in_headline(layout: Layout) -> None:
    """Reporters the headline names, when another signs the story: its subjects ("영남일보 양승진·정지윤
    기자, … '이달의 기자상'" under captions "영남일보 양승진 기자"), not its writers."""
    named = [name for name in layout.reporters if layout.title and name in layout.title]
    if named and len(named) < len(layout.reporters):
        layout.reporters[:] = [name for name in layout.reporters if name not in named]


def _drop_reporters_the_story_is_about(layout: Layout) -> None:
    """Reporters named over the story whom the story then talks about ("임원기·남윤선·이승우 기자" over
    "… 임원기 기자를 중심으로 남윤선·이승우 기자가 의기투합했다"): its subjects, not its writers. A name the
    body gives as its own paper's ("본지 홍길동 기자가") or in an anchor's hand-over ("… 기자가 전해드립니다")
    may still be the writer's, and one name alone is kept; unless another reporter signs the story, whom
    the body does not talk about ("본지 박동혁, 고세리 기자가 보도한 …" over "/김영태기자 piuskk@…")."""
    if len(layout.reporters) < 2:
        return
    body = " ".join(line.text for line in layout.body)
    subjects = [name for name in layout.reporters if _named_as_subject(name, body, own_paper=True)]
    if len(subjects) < len(layout.reporters):
        layout.reporters[:] = [name for name in layout.reporters if name not in subjects]
    elif all(_named_as_subject(name, body) for name in layout.reporters):
        layout.reporters.clear()


def _named_as_subject(name: str, body: str, *, own_paper: bool = False) -> bool:
    """Whether the body talks about reporter ``name`` ("임원기 기자를 중심으로", "이승우 기자가 의기투합했다"),
    and, with ``own_paper``, as its own paper's ("본지 박동혁, 고세리 기자가"): string search for the name, one
    compiled pattern for what follows it."""
    at = body.find(name)
    while at >= 0:
        whole_word = not (at and "가" <= body[at - 1] <= "힣")
        ours = body[max(0, at - 3) : at] in ("본지 ", "자사 ")
        if whole_word and (own_paper or not ours) and _SUBJECT_AFTER_NAME_RE.match(body, at + len(name)):
            return True
        at = body.find(name, at + 1)
    return False


# "… 기자를 중심으로", "·이승우 기자가 의기투합했다", ", 고세리 기자가 보도한"; not an anchor's "… 기자가 전해드립니다."
_SUBJECT_AFTER_NAME_RE = re.compile(  # "신경민(54·사진) 보도국 선임기자가 … 발탁됐다": an age, a desk, a rank
    r"(?:\([^()]{1,15}\))?(?:(?:·|,\s?)[가-힣]{2,4})*(?:\s[가-힣]{2,5}(?:부|국|팀))?\s?(?:선임|전문|수석|수습|인턴)?"
    r"기자(?:를|가|는|와|과|의|에게)\s(?![^.]{0,30}(?:니다|습니다)[.\s])"
)


def _under_image_files(lines: list[Line]) -> frozenset[int]:
    files = (i for i, line in enumerate(lines[:-1]) if p.IMAGE_FILE_LINE_RE.match(line.text.strip()))
    return frozenset(lines[i + 1].start for i in files)


def _read_story_and_footer(layout: Layout, lines: list[Line]) -> None:
    """Read each line as story or, after a copyright or footer line, as footer: unless the story
    goes on after it (a signed dateline, or prose right under a photo's "© Provided by X" or a bare
    "관련기사" label)."""
    in_footer, credited, labelled = False, "", False
    for line in lines:
        goes_on = _is_prose_paragraph(line.text) or (credited and _text_after_credit(line.text))
        if in_footer and (credited or labelled) and goes_on:
            layout.photo_credits.extend([credited.strip()] if credited else [])  # "© Provided by X" under a photo
            in_footer = False  # or a related-stories box whose links are gone: the story goes on
        if in_footer and _opens_story(line.text):
            in_footer = False  # the notice closed a photo caption ("[… 재배포 금지 …] photo@…"), not the story
        if in_footer:
            _read_footer_line(layout, line)
            credited, labelled = "", False
        elif _is_footer_noise(line.text):
            _read_footer_line(layout, line)  # "최승영 기자의 전체기사 보기Copyright @2004 …" signs before the notice
            in_footer = bool(layout.body)
            credit = p.BARE_COPYRIGHT_CREDIT_RE.match(line.text)  # "© Provided by X": a photo's, maybe
            credited = credit["credit"] if credit else ""
            labelled = p.RELATED_LABEL_RE.match(line.text) is not None  # "관련기사" alone
        else:
            _read_line(layout, line)


def _numbered_pairs(lines: list[Line]) -> bool:
    """Whether the text lists numbered items, each followed by a line in the other language
    ("1. 신예 정지현 나도 ‘금’" / "Rookie Jung Ji-hyun Grabs The Gold"): the first are no decks."""
    followed = [
        bool(p.HANGUL_SYLLABLE_RE.search(line.text)) != bool(p.HANGUL_SYLLABLE_RE.search(after.text))
        for line, after in pairwise(lines)
        if p.NUMBERED_ITEM_RE.match(line.text)
    ]
    return len(followed) >= _MIN_NUMBERED_PAIRS and all(followed)


_MIN_NUMBERED_PAIRS = 3


def _without_repeats(body: list[Line]) -> list[Line]:
    """The body without the paragraphs a page prints a second time (the story again under its
    copyright line, a mobile page's doubled block): each long paragraph once, where it first came."""
    seen: set[str] = set()
    kept = []
    for line in body:
        key = " ".join(line.text.split())
        if len(key) >= _MIN_REPEATED_CHARS and key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _split_caption_masthead(lines: list[Line]) -> list[Line]:
    """A photo caption glued before a bracketed masthead and the lead, as list pages print it:
    "청사 전경(사진=경상남도의회) [금요저널] 경상남도의회는 …" is a caption line, then the lead."""
    out = []
    for line in lines:
        glued = p.CAPTION_MASTHEAD_RE.match(line.text)
        if glued and is_outlet(glued["outlet"]):
            cut = glued.start("masthead")
            out += [
                Line(line.text[:cut].rstrip(), line.start, line.start + cut),
                line.piece(cut),
            ]
        else:
            out.append(line)
    return out


def _header_start(lines: list[Line]) -> int:
    """Where the byline or time lines under the headline begin; -1 when none follow it closely."""
    for line in lines:
        times = find_labelled_times(line.text)
        byline = parse_byline(line.text)
        if (times is not None and times.labelled) or (byline is not None and not byline.rest):
            return line.start
    return -1


def _is_prose_paragraph(text: str) -> bool:
    """A paragraph of the story: long, and it ends a sentence."""
    return len(text) >= _MIN_PROSE_PARAGRAPH_CHARS and ends_sentence(text)


_MIN_PROSE_PARAGRAPH_CHARS = 80


def _text_after_credit(text: str) -> bool:
    """Text under a photographer's bare credit ("ⓒ 이희훈"): a quotation or a sentence goes on with the
    story, though shorter than a paragraph."""
    return len(text) >= _MIN_LEAD_CHARS and not _is_footer_noise(text) and (ends_sentence(text) or text[0] in '"“')


def _opens_story(text: str) -> bool:
    """A signed dateline that leads into the story: "(서울=뉴스1) 김예슬 기자 = 북한이 …"."""
    byline = parse_byline(text)
    return byline is not None and bool(byline.reporters) and len(byline.rest) > _MIN_LEAD_CHARS


def _is_staff_credit(text: str) -> bool:
    return (byline := parse_byline(text)) is not None and byline.credit


def _title_without_reporter(layout: Layout, title: str) -> str:
    """A headline that closes with its reporter's name in brackets: "달라지는 뉴스 소개[권재홍]"."""
    signed = p.TITLE_NAME_SUFFIX_RE.match(title)
    if signed is None or bare_name(signed["name"]) is None or signed["name"] in p.BRACKET_TAGS:
        return title  # "… 전면 교체[공식]": a tag, no name
    layout.add_byline(Byline(reporters=(signed["name"],)))
    return signed["title"]


def _split_transcript_marks(lines: list[Line]) -> list[Line]:
    """A transcript printed as one long line, split before each speaker mark ("… [앵커] 정국이 …")."""
    out = []
    for line in lines:
        cuts = [m.end() for m in p.INLINE_TRANSCRIPT_MARK_RE.finditer(line.text)] if len(line.text) > 200 else []
        bounds = [0, *cuts, len(line.text)]
        for begin, end in pairwise(bounds):
            if piece := line.text[begin:end].strip():
                start = line.start + begin + line.text[begin:end].index(piece)
                out.append(_without_leading_marks(Line(piece, start, start + len(piece))))
    return out


def _without_leading_marks(line: Line) -> Line:
    """A transcript's line without the speaker marks opening it: "<앵커> 남] 두 차례에 걸친 …"."""
    marks = p.LEADING_TRANSCRIPT_MARKS_RE.match(line.text)
    if marks is None or marks.end() == len(line.text):
        return line
    return line.piece(marks.end())


# A list card's machine time glued after its summary's last sentence ("… move in soon. 2025-11-27 15:44:09"),
# maybe with the list's separator after it ("… 16:55:16 -").
_TRAILING_STAMP_RE = re.compile(
    r"(?<=[.!?。\"”’…])\s*(?P<stamp>(?:19|20)\d{2}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)(?:\s+-)?$"
)
_CONTINUED_RE = re.compile(r"(\(계속\))\s+(?=(?:글|사진|글\s*[·ㆍ]\s*사진)\s*[:：=])")
# A deck run into its byline and the approval time after a bar, or a Latin l standing in for one:
# "… 홍보활동 눈길 배우범 기자l승인2016.02.04 16:53"; or into its byline and a bare time closing the line,
# as a mobile page runs headline, decks, writer and time together ("… 나아가야” 강희욱 기자 2025-05-08 10:24:36").
_DECK_BYLINE_TIME_RE = re.compile(
    rf"^(?:(?P<head>.{{8,}}?)\s+)?(?P<byline>{p.KO_NAMES_STRICT}\s*(?:{p.TITLES}))"
    r"(?:\s*[|ㅣl]\s*(?=승인|입력|등록|기사입력)|\s+(?=(?:19|20)\d\d-\d\d-\d\d \d\d:\d\d(?::\d\d)?$))"
    r"(?P<times>(?:(?:승인|입력|등록|기사입력)\s*[:：]?\s*)?(?:19|20)\d\d[-./]\s?\d{1,2}[-./]\s?\d{1,2}.*)$"
)


def _may_run_deck_into_byline(text: str) -> bool:
    """Whether ``text`` has what a deck run into its byline and time needs (string tests: the pattern
    itself tries every start of every line)."""
    timed = text[-1].isdigit() or any(label in text for label in ("승인", "입력", "등록"))
    return timed and p.TITLE_WORD_RE.search(text) is not None


def _split_inline_times(lines: list[Line]) -> list[Line]:
    """A headline, its times and its lead on one line, as three lines; a teaser cut off with
    "(계속)" and the credits after it ("…(계속) 글 : 이다솔 기자 …"), as two."""
    out = []
    for line in lines:
        if (more := _CONTINUED_RE.search(line.text)) is not None:
            out += [line.piece(0, more.end(1)), line.piece(more.end())]
            continue
        if (stamp := _TRAILING_STAMP_RE.search(line.text)) is not None:  # "… move in soon. 2025-11-27 15:44:09"
            out += [line.piece(0, stamp.start()), line.piece(stamp.start("stamp"))]
            continue
        if line.text[:1].isupper() and (dated := p.GLUED_LABELLED_DATE_RE.match(line.text)) is not None:
            out += [line.piece(0, dated.end()), line.piece(dated.end())]  # "Episode Date: December 11, 2024Security …"
            continue
        if _may_run_deck_into_byline(line.text) and (decked := _DECK_BYLINE_TIME_RE.match(line.text)) is not None:
            parts = ("head", "byline", "times") if decked["head"] else ("byline", "times")
            out += [line.piece(decked.start(part), decked.end(part)) for part in parts]
            continue
        glued = p.INLINE_TIMES_RE.match(line.text) or _filed_lead(line.text) or _signed_day_lead(line.text)
        if glued is None and " by " in line.text[10:260].lower():
            glued = p.EN_HEAD_DATE_BYLINE_RE.match(line.text)  # "… PM Han. September. 25, 2023 08:56. by …"
        if glued is None and (masthead := _glued_masthead(line.text)):
            out += [line.piece(masthead.start(part), masthead.end(part)) for part in ("head", "rest")]
            continue
        if glued is None:
            out.append(line)
            continue
        parts = [(glued.start(part), glued.end(part)) for part in ("head", "times", "rest")]
        if (signed := _HEAD_SIGNATURE_RE.search(glued["head"])) is not None:  # "… 조심해야 김대중 칼럼니스트 입력 …"
            parts[:1] = [(glued.start("head"), glued.start("head") + signed.start()),
                         (glued.start("head") + signed.start("byline"), glued.end("head"))]  # fmt: skip
        out += [line.piece(a, b) for a, b in parts]
    return out


def _split_glued_bylines_over_times(lines: list[Line]) -> list[Line]:
    """A headline with its byline run in, over the time line ("… return as solo actBy Hwang You-mee" /
    "Published : Aug. 12, 2024 - 17:47"), as the headline and the byline on two lines."""
    out = []
    for index, line in enumerate(lines):
        glued = p.GLUED_BYLINE_RE.match(line.text) if "By " in line.text else None
        if glued and index + 1 < len(lines) and find_labelled_times(lines[index + 1].text) is not None:
            out += [line.piece(0, glued.end("title")), line.piece(glued.end("title"))]
        else:
            out.append(line)
    return out


def _split_glued_card_dates(lines: list[Line]) -> list[Line]:
    """A card's writers run into its date ("Colin ZwirkoColin ZwirkoNovember 18, 2024"), as the names and
    the date on two lines; a card's byline run into the next card's headline ("By Reis ThebaultAlsobrooks
    formally resigns as …"), as the byline and the headline."""
    out = []
    for line in lines:
        glued = p.GLUED_CARD_DATE_RE.search(line.text) if line.text[-4:].isdigit() else None
        if glued is None and line.text[:3] in ("By ", "by "):
            glued = _byline_glued_to_headline(line.text)
        out += [line.piece(0, glued.start()), line.piece(glued.start())] if glued else [line]
    return out


def _byline_glued_to_headline(text: str) -> re.Match[str] | None:
    """Where the next card's headline starts right after a byline's last name, no space between: the last join
    of small letters and a capital one ("Mac|Kenzie" is no join, "MacKenzie|Mayor" is) after which a headline
    of three words or more follows and before which the byline reads whole."""
    found = None
    for join in _CAMEL_JOIN_RE.finditer(text, 0, _MAX_GLUED_BYLINE):
        signed = parse_byline(text[: join.start()])
        if signed is None or not signed.reporters or signed.rest:
            continue
        if len(_WORD_RE.findall(text, join.start())) >= 3:  # "Sem 2007. 5. 30." after "by HiSeo" is no headline
            found = join
    return found


def _card_bylines(lines: list[Line]) -> frozenset[int]:
    """Where the cards of a list put their bylines, each run into the next card's headline: the first signs
    the record, the later ones sign their own cards."""
    bylines = (line for line in lines if line.text[:3] in ("By ", "by "))
    return frozenset(line.start for line in bylines if _byline_glued_to_headline(line.text))


_CAMEL_JOIN_RE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
_WORD_RE = re.compile(r"[A-Za-z]{2,}")
_MAX_GLUED_BYLINE = 80


def _split_boxed_notices(lines: list[Line]) -> list[Line]:
    """A byline or address boxed beside the rights notice ("[김인오 기자][ⓒ 매일경제 & mk.co.kr, 무단전재 …]",
    "[photo@maekyung.com][ⓒ …]"), as two lines: the notice would hide the signature."""
    out = []
    for line in lines:
        boxed = _BOXED_NOTICE_RE.match(line.text) if line.text.startswith("[") else None
        if boxed is None and "@" in line.text:
            boxed = _SIGNED_NOTICE_RE.search(line.text)  # "나주석 기자 gonggam@… <ⓒ…, 아시아경제 무단전재 배포금지>"
        out += [line.piece(0, boxed.end("head")), line.piece(boxed.start("notice"))] if boxed else [line]
    return out


_BOXED_NOTICE_RE = re.compile(r"(?P<head>\[[^\[\]]{2,60}\])\s*(?P<notice>\[[^\[\]]*(?:ⓒ|©|저작권)[^\[\]]*\])$")
_SIGNED_NOTICE_RE = re.compile(
    r"(?P<head>@[\w.-]+\.[A-Za-z]{2,})\s*(?P<notice>[<\[〈][^<>\[\]〈〉]*(?:ⓒ|©|저작권)[^<>\[\]〈〉]*[>\]〉][\s|]*)$"
)


def _split_penned(lines: list[Line]) -> list[Line]:
    """A paragraph closed by its writer after a pen or memo sign ("… 인터뷰했다. 📝 김은지 기자"), as
    the paragraph and the byline (lines joined later would bury the byline mid-paragraph)."""
    out = []
    for line in lines:
        penned = _PEN_SIGNATURE_RE.search(line.text) if "기자" in line.text[-12:] else None
        if penned is None or penned.start() == 0:
            out.append(line)
            continue
        out += [line.piece(0, penned.start()), line.piece(penned.start("byline"))]
    return out


# A pen or memo sign before a writer's name and title, closing a line: "📝 김은지 기자".
_PEN_SIGNATURE_RE = re.compile(rf"\s*[📝✍🖊✏]\ufe0f?\s*(?P<byline>{p.KO_NAMES_STRICT}\s*[가-힣]{{0,3}}기자)$")


def _split_signed_headline(lines: list[Line]) -> list[Line]:
    """A first line that is a headline (and a copy's tags) closed by its reporter, over the story:
    "… 시민기자 책임감 허윤경 기자", as the headline and the byline."""
    if len(lines) < 2 or not ("기자" in lines[0].text[-8:] or "특파원" in lines[0].text[-8:]):
        return lines
    first = lines[0]
    if (signed := _HEAD_REPORTER_RE.search(first.text)) is None:
        return lines
    head = first.text[: signed.start()]
    if len(head) < 10 or ends_sentence(head) or _CAPTION_MARKS_RE.search(head):
        return lines  # a caption credited to its reporter ("… 있다. ⓒ News1 윤다정 기자") stays one
    return [first.piece(0, signed.start()), first.piece(signed.start("byline")), *lines[1:]]


_CAPTION_MARKS_RE = re.compile(r"[다요]\.(?:\s|$)|ⓒ|©")
# A reporter closing a headline line (not an anchor or a columnist: headlines name those as news).
_HEAD_REPORTER_RE = re.compile(rf"\s(?P<byline>{p.KO_NAMES_STRICT}\s*(?:[가-힣]{{0,3}}기자|특파원))$")
# The writer closing a headline that runs into its time: "… 조심해야 김대중 칼럼니스트".
_HEAD_SIGNATURE_RE = re.compile(rf"\s(?P<byline>{p.KO_NAMES_STRICT}\s*(?:{p.TITLES}))$")


def _glued_masthead(text: str) -> re.Match[str] | None:
    """A headline run into its masthead and lead: "… 43억 확보 [금요저널] 더불어민주당 …"."""
    glued = p.GLUED_MASTHEAD_LEAD_RE.match(text) if "[" in text[8:100] else None
    if glued is None or glued["outlet"] in p.BRACKET_TAGS or ends_sentence(glued["head"]):
        return None
    return glued if is_outlet(glued["outlet"]) else None


def _signed_day_lead(text: str) -> re.Match[str] | None:
    """A headline, its day and writer run into the lead: "“…” 2024-05-17 홍길동 기자 한빛뉴스 창간 …"."""
    return p.SIGNED_DAY_LEAD_RE.match(text) if "기자" in text[:160] else None


def _filed_lead(text: str) -> re.Match[str] | None:
    """A list item's section, time and lead run together: "증권 국내증시 2022.09.19 16:28:36국내 대표 …"."""
    filed = p.SECTION_TIME_LEAD_RE.match(text) if text[:1] in _SECTION_INITIALS else None
    return filed if filed and filed["head"].split()[0] in p.SECTION_WORDS else None


_SECTION_INITIALS = frozenset(word[0] for word in p.SECTION_WORDS)


def _join_broken_parentheses(lines: list[Line]) -> list[Line]:
    """A word a page linked inside parentheses, flattened onto a line of its own ("NEW YORK (" / "TheStreet" /
    ") --"), joined again into the line it broke."""
    out: list[Line] = []
    for line in lines:
        if len(out) > 1 and line.text.lstrip().startswith(")") and out[-2].text.rstrip().endswith("("):
            word = out[-1].text.strip()
            if len(word) <= _MAX_PARENTHESISED and "(" not in word and ")" not in word:
                out.pop()
                opened = out.pop()
                line = Line(f"{opened.text.rstrip()}{word}{line.text.lstrip()}", opened.start, line.end)
        out.append(line)
    return out


_MAX_PARENTHESISED = 30


def _join_time_labels(source: str, lines: list[Line]) -> list[Line]:
    """A time's label alone on its line, the time on the next ("업데이트" / "2009-11-24 21:57",
    "입력" / "2009-11-24 19:33", as some pages print their header), as one labelled line; so is a
    newspaper's name with its day under it after a bar ("The Straits Times" / "|December 19, 2024")."""
    out: list[Line] = []
    for line in lines:
        if out and _lone_time_label(out[-1].text) and p.DATE_START_RE.match(line.text):
            label = out.pop()
            line = Line(f"{label.text.strip()} {line.text}", label.start, line.end)
        elif out and _day_then_zoned_clock(out[-1], line):
            day = out.pop()  # "April 12th, 2012" / "01:22 AM ET": the day, then its clock and zone
            line = Line(f"{day.text.strip()} {line.text.strip()}", day.start, line.end)
        elif out and _paper_and_day(source, out[-1], line):
            label = out.pop()
            line = Line(f"{label.text.strip()}|{line.text}", label.start, line.end)
        out.append(line)
    return out


def _day_then_zoned_clock(above: Line, line: Line) -> bool:
    if not p.ZONED_CLOCK_RE.match(line.text.strip()) or len(above.text) > _MAX_DATE_LINE:
        return False
    times = find_labelled_times(above.text)
    return times is not None and times.published is not None and "T" not in times.published and not times.leftover


def _paper_and_day(source: str, above: Line, line: Line) -> bool:
    opens_with_bar = source[source.rfind("\n", 0, line.start) + 1 : line.start].strip() == "|"
    return bool(opens_with_bar and p.DATE_START_RE.match(line.text) and p.EN_NEWSROOM_RE.match(above.text.strip()))


_TIME_LABELS = frozenset(p.PUBLISHED_LABELS + p.UPDATED_LABELS)


def _lone_time_label(text: str) -> bool:
    return text.strip().rstrip(":：|").strip() in _TIME_LABELS


_MAX_DATE_LINE = 40


def _without_titled_copies(title: str | None, lines: list[Line]) -> list[Line]:
    """A photo story's block that runs the headline into the text the story then prints alone
    ("포근한 겨울 … 계속되는 포근한 …" and "계속되는 포근한 …"): the copy goes, the story stays."""
    if not title or len(lines) < 2:
        return lines
    prefix, texts = title + " ", {line.text for line in lines}
    return [line for line in lines if not (line.text.startswith(prefix) and line.text[len(prefix) :] in texts)]


def _without_weather_widget(lines: list[Line]) -> list[Line]:
    """The lines without a weather widget over the page: its reading, then its city and today's date
    and clock ("26.8 C" / "Seoul" / "2025년 8월 1일 오전 4:31"), which are no headline and no story's time."""
    celsius = next((i for i, line in enumerate(lines[:_WIDGET_WINDOW]) if "℃" in line.text), None)
    if celsius and _is_date_line(lines[celsius - 1].text):
        return lines[: celsius - 1] + lines[celsius:]  # "2025.12.12 (금)" over "• 흐림속초-0.1℃": today's date
    reading = next((i for i, line in enumerate(lines[:_WIDGET_WINDOW]) if p.TEMPERATURE_LINE_RE.match(line.text)), None)
    if reading is None:
        return lines
    end = reading + 1
    while end < min(len(lines), reading + 4) and len(lines[end].text) <= _WIDGET_LINE_CHARS:
        end += 1
        if _is_date_line(lines[end - 1].text) or find_labelled_times(lines[end - 1].text) is not None:
            return lines[:reading] + lines[end:]
    return lines[:reading] + lines[reading + 1 :]


_WIDGET_WINDOW = 8
_WIDGET_LINE_CHARS = 30


def _split_leading_date(lines: list[Line]) -> list[Line]:
    """A dated line of text (" date 2018-05-21 [SEOUL] South Korea's …") as its time and its text."""
    out = []
    marked = _split_transcript_marks(_split_signed_headline(_split_penned(_split_boxed_notices(lines))))
    marked = _split_glued_card_dates(_split_glued_bylines_over_times(marked))
    split = _split_inline_times(_split_emoji_labels(marked))
    for line in map(_without_leading_toolbar, split):
        dated = p.LEADING_DATE_RE.match(line.text)
        if dated is None:
            out.append(line)
            continue
        cut = dated.end()
        # The text first: a headline glued after the date (" date 2023-06-17 N. Korea opens …")
        # stays the first line; where the time line sits does not matter to the metadata.
        out += [
            line.piece(cut),
            Line(line.text[:cut].strip(), line.start, line.start + cut),
        ]
    return out


def _split_emoji_labels(lines: list[Line]) -> list[Line]:
    """A blog's study card on one line, each part under an emoji and a label ("🇺🇸 English Sentence: …
    🇰🇷 한국어 해석: … 📘 한국어 해설: …"), as one line per part: the sentence and its translation apart."""
    out = []
    for line in lines:
        if _PICTOGRAPH_RE.search(line.text) is None:
            out.append(line)  # no pictograph: nearly every line
            continue
        marks = list(_EMOJI_LABEL_RE.finditer(line.text))
        if len(marks) < 2 or marks[0].start() > 0:
            out.append(line)
            continue
        for mark, after in zip(marks, [*marks[1:], None], strict=True):
            end = after.start() if after else len(line.text)
            piece = line.text[mark.start("label") : end].rstrip()
            out.append(Line(piece, line.start + mark.start("label"), line.start + mark.start("label") + len(piece)))
    return out


_PICTOGRAPHS = "\U0001f000-\U0001faff"  # a character class's range: flags, symbols and pictographs
_PICTOGRAPH_RE = re.compile(f"[{_PICTOGRAPHS}]")
# An emoji and a short label with its colon: "🇰🇷 한국어 해석:", "📘 Vocabulary:".
_EMOJI_LABEL_RE = re.compile(
    rf"[{_PICTOGRAPHS}][{_PICTOGRAPHS}\uFE0F\u200D]*\s*(?P<label>[^\s:：]{{1,12}}(?:\s[^\s:：]{{1,12}})?\s*[:：])"
)


def _without_leading_toolbar(line: Line) -> Line:
    """A page flattened to one line keeps its toolbar before the story ("공유하기 페이스북 X(트위터) 메일
    URL 복사 글자크기 설정 가 작게 가 보통 가 크게 미세먼지 자욱한 …"): the story without it."""
    if line.text[:1] not in _TOOLBAR_INITIALS or len(line.text) < _MIN_TOOLBAR_RUN_ON:
        return line
    for count, word in enumerate(re.finditer(r"\S+", line.text[:300])):  # most lines stop at their first word
        if word.group() not in _TOOLBAR_RUN_WORDS:
            if count < 3:
                return line
            return line.piece(word.start())
    return line


# Font-size buttons print as "가 작게 가 보통 가 크게"; "X(트위터)" is a share button.
_TOOLBAR_RUN_WORDS = p.TOOLBAR_WORDS | {"가", "보통", "X(트위터)", "글자크기"}
_TOOLBAR_INITIALS = frozenset(word[0] for word in _TOOLBAR_RUN_WORDS)
_MIN_TOOLBAR_RUN_ON = 80


_MARKED_NOTICE_CHARS = 100  # a copyright notice opening with its mark may carry the outlet's slogan


def _split_glued_copyright(lines: list[Line]) -> list[Line]:
    """A last paragraph with the copyright line glued on ("…맡았다. <ⓒ 아시아경제 무단전재>") in two."""
    out = []
    for line in lines:
        notice = _copyright_notice(line.text, 1)
        cut = notice.start() if notice else -1
        opening = max(line.text.rfind("<", 0, cut), line.text.rfind("[", 0, cut)) if cut > 0 else -1
        marked = line.text[opening + 1 : opening + 2] in "ⓒ©Ⓒ"  # "<ⓒ세계를 보는 창 경제를 보는 눈, … 무단전재>"
        cut = opening if opening > 60 and cut - opening < (_MARKED_NOTICE_CHARS if marked else 40) else cut
        head = line.text[:cut].rstrip() if cut > 60 else ""
        if head and (ends_sentence(head) or p.TRAILING_BYLINE_RE.search(head)):
            out += [Line(head, line.start, line.start + len(head)), line.piece(cut)]
        else:
            out.append(line)
    return out


_JOINED_DECKS_RE = re.compile(r"\S\s*…\s*\S")  # two decks on one line
_SENTENCE_INSIDE_RE = re.compile(r"[.!?。]\s|다\.|[<>]")


def _reads_as_deck(text: str, *, above_header: bool = False, standfirst: bool = False) -> bool:
    """A deck under the headline: short, no sentence end, no address. Above the byline and time
    lines a deck may run longer ("BBC Seoul correspondent calls on Korean press to …"), and so
    may the first line right under the headline (a magazine's standfirst)."""
    joined = "…" in text and _JOINED_DECKS_RE.search(text.rstrip(" .…")) is not None  # "… 신설 … 시간대 변경"
    limit = _MAX_DECK_ABOVE_HEADER if above_header or joined or standfirst else _MAX_DECK
    exclaims = above_header and text.rstrip().rstrip("\"'”’")[-1:] in "!?"  # "… 시도!", "“… 안았다?”": a deck's voice
    if p.ENCLOSED_NUMBER_START_RE.match(text):
        return False  # "① In the sky …": a numbered line of the text (a poem's, a lesson's), not a deck
    return len(text) < limit and (exclaims or not ends_sentence(text)) and not p.EMAIL_RE.search(text)


def _read_place_beside_time(layout: Layout, leftover: str) -> bool:
    """A city and a weekday left beside a card's time ("Jakarta / Fri, August 28, 2015 / 01:10 pm"): its place."""
    place = _WEEKDAY_AFTER_RE.sub("", leftover)
    if place == leftover or not known_city(place):
        return False
    layout.add_byline(Byline(location=place))
    return True


# A weekday left beside a place once its date is read: "Jakarta Fri".
_WEEKDAY_AFTER_RE = re.compile(r"\s+(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?$")


def _quotes_another_story(layout: Layout, leftover: str) -> bool:
    """Whether a timed byline deep in a story its own writer signed at the top, naming someone else,
    is the byline of a story it quotes in full."""
    if len(layout.body) < _QUOTED_STORY_DEPTH or not layout.reporters or not leftover:
        return False
    signed = parse_byline(leftover)
    return signed is not None and bool(signed.reporters) and not set(signed.reporters) & set(layout.reporters)


_QUOTED_STORY_DEPTH = 3  # paragraphs of the story itself before it quotes another


def _read_times_leftover(layout: Layout, leftover: str, line: str, when: str | None = None) -> None:
    """A byline sharing a timestamp ``line``: "홍길동 기자 2020년 01월 16일", "여영준 기자 / a@b.kr / 승인 …"; a
    list's later card, at another time after a summary, signs another story ("최동학 수습기자 | 2022-08-31 19:24")."""
    if layout.card_signed_at is not None and when and when != layout.card_signed_at and layout.body:
        return
    leftover = p.LEFTOVER_LABEL_RE.sub("", p.COUNTER_RE.sub("", leftover).strip())
    if _read_place_beside_time(layout, leftover):
        return
    if leftover[-1:] == "호" and (issue := _TRAILING_ISSUE_RE.search(leftover)):
        leftover = leftover[: issue.start()]  # "박영철 편집국장 ㅣ everwin@… | 승인 … | 1500호": the magazine's issue
    signed = parse_byline(leftover) if leftover else None
    if signed is None and leftover.lower().startswith("by "):
        signed = parse_byline(line)  # "by 홍길동 2025. 4. 18.": a blog's card, its date part of the shape
    if signed is not None and (signed.reporters or signed.agency) and _issue_or_nothing(signed.rest):
        layout.add_byline(replace(signed, rest=""))  # "by KVJA posted": a body posting as its initials
        layout.card_signed_at = layout.card_signed_at or (when if signed.reporters else None)
    elif f"[{leftover}]" in line:  # "[조인스]    기사입력 2017/08/11 12:29": the story's source, not a person
        layout.agency = layout.agency or (leftover if is_outlet(leftover) else None)
    elif (name := bare_name(leftover)) and _name_alone(name):
        layout.add_byline(Byline((name,)))  # "조인호 2025년 01월 17일", "Kim Min-ji · Dec. 5, 2024"
        layout.beside_times.append(name)  # a blog's card ("은쉬리 2012. 3. 19. 19:09") yields to the story's signature
    elif (provider := p.PROVIDER_LEFTOVER_RE.match(leftover)) and is_outlet(provider["outlet"]):
        layout.agency = layout.agency or provider["outlet"]  # "아시아경제 기사제공: 2024-06-01 07:00:00"
    elif (outlet := re.sub(r"\s*(?:News|뉴스)$", "", leftover)) in p.KNOWN_OUTLETS:
        layout.agency = layout.agency or outlet  # "채널A News 2026-01-04" on a video page
    elif (carded := _AGGREGATOR_CARD_RE.fullmatch(leftover)) and is_outlet(carded["outlet"]):
        layout.agency = layout.agency or carded["outlet"]  # "베이비뉴스 2025-09-25 08:10:00 신고" on an aggregator
    elif "|" in line and p.EN_NEWSROOM_RE.match(leftover):
        layout.agency = layout.agency or leftover  # "The Guardian|December 07, 2024" on a press reader's page
    elif (filed := _FILED_IN_BY_RE.fullmatch(leftover)) and (name := bare_name(filed["name"])):
        layout.add_byline(Byline((name,)))  # "Posted at 2007. 2. 27. 22:54 // in 기타 // by 김윤수": a blog's card
    elif (wired := _WIRE_AND_CITY_RE.fullmatch(leftover)) and wired["place"] in p.COLON_DATELINE_CITIES:
        # "Reuters | London | Updated: 22-04-2020 16:13 IST | …": the wire and the city it filed from
        wire = p.AGENCY_SHORT_NAMES.get(wired["wire"], wired["wire"])
        layout.add_byline(Byline(location=wired["place"], agency=wire))


_WIRE_AND_CITY_RE = re.compile(rf"(?P<wire>{'|'.join(p.EN_AGENCY_WORDS)})\s+(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# A blog post's card after its time: the category, then the writer ("in 기타 by 김윤수").
_FILED_IN_BY_RE = re.compile(r"in\s+\S.{0,20}?\s+by\s+(?P<name>\S.{1,30})")
_TRAILING_ISSUE_RE = re.compile(r"\s+제?\s*\d{1,5}\s*호$")
# An aggregator's card: the source, its time, then the report button ("베이비뉴스 2025-09-25 08:10:00 신고").
_AGGREGATOR_CARD_RE = re.compile(r"(?P<outlet>[^\s]{2,15})\s+신고")


def _printed_twice_names(text: str) -> list[str]:
    """The writers of a card that prints a name twice, run together ("Colin ZwirkoColin Zwirko"), maybe
    several between bars; [] unless each part is a name and one of them was printed twice."""
    parts = [part.strip() for part in text.split("|")]
    names = [printed_once(part) for part in parts]
    doubled = any(name != part for name, part in zip(names, parts, strict=True))
    return names if doubled and all(bare_name(name) == name for name in names) else []


def _glued_caption(layout: Layout, prefix: str) -> bool:
    """Whether the words before a dateline glued to its lead are a photo's caption, once neither a
    caption with its credit nor a list's headline has taken them."""
    return (
        bool(re.search(r"\w", prefix))
        and not _read_caption(layout, prefix)
        and not _read_glued_headline(layout, prefix)
    )


def _read_glued_headline(layout: Layout, prefix: str) -> bool:
    """The headline a list page prints before a byline glued to its lead ("… 대책은?[한빛=홍길동
    기자] 본문"), when the page has none yet. A prefix that also carries a photo's caption or
    credit ("… 비판방송통신심의위원회[… 제공. 재판매 및 DB 금지]") is no clean headline."""
    prefix = printed_once(prefix)
    if layout.title is not None or layout.body or p.GLUED_CREDIT_RE.search(prefix) or not _reads_as_title(prefix):
        return False
    layout.title = prefix
    return True


def _read_names_and_date(layout: Layout, text: str) -> bool:
    """Several writers and the date on one header line: "Minji Kang | Won-Gi Jung November 24, 2020"."""
    match = p.NAMES_THEN_DATE_RE.match(text)
    if match is None:
        return False
    names = [name.strip() for name in p.NAMES_SEPARATOR_RE.split(match["names"])]
    if not all(_name_alone(name) for name in names):
        return False
    layout.add_byline(Byline(tuple(names)))
    layout.published = layout.published or parse_timestamp(match["date"])
    if layout.body and not ends_sentence(layout.body[0].text):
        layout.subtitles.append(layout.body.pop().text)  # the deck above the byline, not the story's lead
    return True


def _time_after_byline(rest: str) -> str | None:
    """The date a magazine prints after the writer and address, maybe with the issue's number."""
    times = find_labelled_times(rest)
    if times is None or not times.published or (times.leftover and not _ISSUE_NUMBER_RE.fullmatch(times.leftover)):
        return None
    return times.published


_ISSUE_NUMBER_RE = re.compile(r"제?\s*\d{1,5}\s*호")


def _issue_or_nothing(rest: str) -> bool:
    """Whether what follows a signature on its time line is nothing, or the magazine's issue ("… 제599호")."""
    return not rest or _ISSUE_NUMBER_RE.fullmatch(rest) is not None


def _take_header_prose(layout: Layout, dateline: Byline) -> None:
    """Prose above the time line, when a wire dateline opens the story under that time ("Japanese
    Foreign Minister … delivers … May 10." / "17:48 JST, May 10, 2022" / "TOKYO (Reuters) – …"): the
    lead photo's caption, or the deck; the story starts at its dateline."""
    at = layout.time_line_at
    if not (dateline.location and dateline.agency) or at is None or not 0 < len(layout.body) <= _MAX_HEADER_PROSE:
        return
    if any(line.end > at for line in layout.body):
        return
    for line in layout.body:
        (layout.captions if _DATED_CAPTION_END_RE.search(line.text) else layout.subtitles).append(line.text)
    layout.body.clear()


def _take_header_over_dateline(layout: Layout, dateline: Byline) -> None:
    """A few short lines over a dateline's lead, one of them no sentence ("However, … details." / "X" /
    "People seeking donations at the entrance"): the deck, a picture's close button, its caption (read
    with its credit, if it has one) or a heading; the story starts at its dateline."""
    above = layout.body
    if not dateline.location or dateline.reporters or not 0 < len(above) <= _MAX_HEADER_LINES:
        return
    texts = [line.text for line in above]
    if any(len(text) > _MAX_HEADER_LINE_CHARS for text in texts) or all(map(ends_sentence, texts)):
        return
    for text in texts:
        if len(text) < 2 or text == layout.title or text in layout.subtitles:
            continue  # a lone "X", the picture's close button; the headline printed again
        if not _read_caption(layout, text):
            (layout.captions if _DATED_CAPTION_END_RE.search(text) else layout.subtitles).append(text)
    above.clear()


_MAX_HEADER_LINES = 3
_MAX_HEADER_LINE_CHARS = 300


def _take_wire_credited_caption(layout: Layout, dateline: Byline) -> None:
    """A line over a dateline's lead closed by a wire's photo credit ("… conspiracy theories online.
    - AFP" / "SEOUL: South Korean police said …"): the lead photo's caption, not the story's start."""
    if not dateline.location or len(layout.body) != 1:
        return
    credited = _WIRE_PHOTO_CREDIT_RE.search(layout.body[0].text)
    if credited is None:
        return
    layout.captions.append(layout.body[0].text[: credited.start()].rstrip())
    layout.photo_credits.append(credited["credit"])
    layout.body.clear()


# A wire's credit closing a photo caption after a dash: "… online. - AFP", "… on Monday. — Reuters".
_WIRE_PHOTO_CREDIT_RE = re.compile(
    r"(?<=[.!?\"”])\s+[-–—]\s*(?P<credit>AFP|Reuters|REUTERS|AP|Yonhap|EPA|Xinhua|Getty Images)\s*$"
)


_MAX_HEADER_PROSE = 2
# A caption closed by the day the photo was taken: "… in Seoul, South Korea May 10.", "… on Jan. 3, 2024."
_DATED_CAPTION_END_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?\.\s*$"
)


def _take_quoted_deck(layout: Layout) -> None:
    """A quote alone over the signed lead ("“대학생 정치 참여 밑거름이 될게요”" / "[일요시사 정치팀] 최현목
    기자 = …"): an interview's deck, not its first paragraph."""
    if len(layout.body) == 1 and p.QUOTED_DECK_RE.match(layout.body[0].text):
        layout.subtitles.append(layout.body.pop().text)


def _name_alone(name: str) -> bool:
    """A name that signs a time line with nothing else: Hangul, romanised with its hyphen, or a
    person's name in Latin letters ("Jeongmin Kim November 24, 2020"), not a page's label."""
    if re.fullmatch(r"[가-힣]{2,4}", name) or p.NAME_BESIDE_EMAIL_RE.fullmatch(name):
        return True
    if (given_first := p.GIVEN_NAME_FIRST_RE.fullmatch(name)) and is_korean_surname(given_first["surname"]):
        return True  # "Won-Gi Jung", as English pages order a Korean name
    return person_name(name) == name and len(name.split()) in (2, 3)


def _read_metadata(layout: Layout, line: Line) -> None:
    times = find_labelled_times(line.text)
    if times is not None and not times.labelled and (not times.leftover or is_menu_line(times.leftover)):
        # "29-05-2025" over the headline; "2013/11/14 인터뷰 > 동문" beside its section's breadcrumb
        layout.navigation_date = layout.navigation_date or times.published
        _read_place_beside_time(layout, times.leftover)
    if times is not None and times.labelled:
        layout.published = layout.published or times.published
        if times.published or not _is_bullet(line.text):
            layout.updated = layout.updated or times.updated  # "• Updated 2016.8.16" in a site's top bar is the site's
        _read_times_leftover(layout, times.leftover, line.text)
        return
    byline = parse_byline(line.text)
    if byline is not None and not byline.rest and (byline.reporters or p.PROGRAMME_MASTHEAD_RE.match(line.text)):
        layout.add_byline(byline)  # a byline, or the programme's masthead ("JIBS 8 뉴스") over the headline
    elif greets_reader(line.text):
        layout.add_byline(Byline(anchor_intro_reporters(line.text)))  # "〈시사IN〉 정치팀 이은기 기자입니다"
    elif layout.reporters and _only_email(_strip_bullet(line.text)):
        layout.add_emails(p.EMAIL_RE.findall(line.text))  # a profile block
    elif len(line.text) <= _MAX_CAPTION_CHARS:
        _read_caption(layout, line.text)  # the lead photo over the headline: "The exterior of … Photo: AFP"


def _move_trailing_captions(layout: Layout) -> None:
    """Short lines after the last paragraph (photo captions, "포토" links) are not body; a list's
    numbered items closing the text ("9. 고소득자의 수는 4배나 늘어" / "High-Income Earners …") are."""
    if not any(ends_sentence(line.text) for line in layout.body):
        return
    count = 0
    while count < len(layout.body) and _is_trailing_caption(layout.body[-1 - count].text):
        count += 1
    tail = layout.body[len(layout.body) - count :]
    if any(p.NUMBERED_ITEM_RE.match(line.text) for line in tail):
        return
    # "- 머니투데이" over "- 2025-10-10 23:16" on a portal's card: the source, no caption
    sources = [line.text for line in tail if _is_bullet(line.text) and _strip_bullet(line.text) in p.KNOWN_OUTLETS]
    layout.agency = layout.agency or (_strip_bullet(sources[0]) if sources else None)
    layout.captions.extend(line.text for line in reversed(tail) if line.text not in sources)
    del layout.body[len(layout.body) - count :]


def _is_trailing_caption(text: str) -> bool:
    return len(text) < _MAX_TRAILING_CAPTION_CHARS and not ends_sentence(text)


_MAX_TRAILING_CAPTION_CHARS = 40


def _over_masthead_and_time(lines: list[Line], index: int) -> bool:
    """Whether the line under ``lines[index]`` is the paper's name and the next one a time line, as a
    writer's card prints them ("• Haeril Halim" / "The Jakarta Post" / "Jakarta / Fri, August 28, 2015")."""
    if index + 2 >= len(lines):
        return False
    paper = _strip_bullet(lines[index + 1].text.strip())
    return bool(p.EN_MASTHEAD_RE.match(paper)) and find_labelled_times(lines[index + 2].text) is not None


def _without_writer_slash(line: Line) -> Line:
    """A name line without the slash a blog prints after its writer ("Leong Sze Hian /")."""
    name = line.text.removesuffix("/").rstrip()
    return line.piece(0, len(name)) if name != line.text and bare_name(name) == name else line


def _take_name_lines(layout: Layout, lines: list[Line]) -> list[Line]:
    """Bare-name lines beside an email or timestamp line are bylines ("김미경" over "kim@…",
    "• Lee Kyung-sik" over "• 승인 2018.04.20 13:26"); they leave the text."""
    kept = []
    credit_below = False  # the wire's credit under a photographer's name, read with the name
    guests = _guests(lines)
    lines = [_without_writer_slash(line) for line in lines]
    card_times: list[str | None] = []  # the time beside each name taken
    for index, line in enumerate(lines):
        if credit_below:
            credit_below = False
            continue
        before = lines[index - 1].text if index > 0 else ""
        after = lines[index + 1].text if index + 1 < len(lines) else ""
        labelled = p.NAME_LABEL_LINE_RE.match(before) is not None  # "Journalist" over "Cho Bo-hee"
        labelled = labelled or p.EN_ROLE_LINE_RE.match(after) is not None  # "Wendy Teo" over "… Correspondent"
        labelled = labelled or _lone_time_label(after)  # "Timothy Olobulu" over "Published", its time lost
        labelled = labelled or _under_doubled_masthead(layout, lines, index)  # "Irish Mirror" twice, "National", …
        labelled = labelled or _over_masthead_and_time(lines, index)  # "• Haeril Halim" / "The Jakarta Post" / time
        names = _bare_names(line.text) if labelled else [name] if (name := bare_name(line.text)) else []
        if not names and (role := p.ROLE_NAME_LINE_RE.match(line.text.strip())) and bare_name(role["name"]):
            names = [role["name"]]  # "사진전문기자 김덕중" over "승인 2024.09.10 13:24": the role first
        if not names and _lists_names(line.text) and len(several := _bare_names(line.text)) > 1:
            names = several  # "• 최미애,이지용" over "• 입력 2023-06-07": writers beside the time, comma-joined
        if not names and (card := _CARD_NAME_TITLE_RE.match(line.text)) and after and _is_bullet(after):
            # "• 김재완 장성군의회의장" over "• 승인 2015.10.30 14:14": a contributor and his office on the card
            names = [card["name"]] if bare_name(card["name"]) and find_labelled_times(_strip_bullet(after)) else []
        signed = p.BRACKETED_NAME_LINE_RE.match(line.text) if not labelled else None
        if signed and signed["name"] not in guests:  # "[전예현]" over a guest's answer is a speaker's turn
            names, labelled = ([name], True) if (name := bare_name(signed["name"])) else (names, labelled)
        if names == [line.text.strip()] and not labelled and _closes_story(lines, index):
            labelled = True  # "김정우" under the last paragraph, then only a photo credit or widgets
        if names == [line.text.strip()] and not labelled and _between_headline_and_lead(lines, index):
            labelled = True  # "Ivana Saric" under the headline, over the first paragraph
        if names == [line.text.strip()] and not labelled and _over_headline_and_lead(lines, index):
            # "Steven Borowiec" over the headline and its lead: a magazine's writer card; not a headline
            # over the same words with a photo's credit ("Harbor Fees Climb" / "Harbor Fees Climb [Photo: …]")
            labelled = not after.startswith(line.text.strip())
        if not names and (names := caps_names(line.text)):
            labelled = _dateline_follows(lines[index + 1 : index + 3])  # "ADAM SCHRECK and HYUNG-JIN KIM"
        if not names:
            names = _printed_twice_names(line.text)  # "Chad O'CarrollChad O'Carroll | Colin Zwirko" on a card
        if names and p.WIRE_PHOTO_LINE_RE.match(after.strip()):
            layout.photo_credits.append(f"{after.strip()}/{line.text.strip()}")  # "Ahn Young-joon" / "AP Photo"
            credit_below = True
            continue
        if names and not labelled and _ends_roster(lines, index):
            kept.append(line)  # "• Semoon Chang", the last of a list of columnists over the page's clock
            continue
        dated = (find_labelled_times(before) or find_labelled_times(after)) if names else None
        if names and not labelled and dated and _another_storys_card(card_times, dated.published, kept):
            continue  # "한규택 기자" over "2021-03-22 11:22:53": a list's next story's writer, not this one's
        if names and (labelled or _only_email(after) or dated):
            layout.add_byline(Byline(reporters=tuple(names)))
            card_times.append(dated.published if dated else None)
            if not labelled and not _only_email(after) and " " not in line.text.strip():
                layout.beside_times.extend(names)  # "이삭" under "수정 : 2007.06.08 19:33": a name, or a rubric
            elif line.start in layout.doubled:
                layout.beside_times.extend(names)  # a picture's alt text and caption naming who it shows, or an
                # author's avatar and name: a signature naming someone else outranks it
            if kept and kept[-1].text == before and p.NAME_LABEL_LINE_RE.match(before):
                kept.pop()  # the label over the name ("Journalist"), not the headline over it
            continue
        kept.append(line)
    return kept


def _under_doubled_masthead(layout: Layout, lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` follows an aggregator's card head: the outlet's name printed twice (its logo's
    text and its name), then a section's word ("Irish Mirror" / "Irish Mirror" / "National" / the writer)."""
    if index < 2 or lines[index - 2].start not in layout.doubled:
        return False
    outlet, section = lines[index - 2].text.strip(), lines[index - 1].text.strip()
    return len(outlet) <= _MAX_MASTHEAD_CHARS and len(section.split()) <= 2 and not ends_sentence(section)


_MAX_MASTHEAD_CHARS = 40


def _doubled(lines: list[Line]) -> frozenset[int]:
    """The starts of both copies of each line printed twice in a row."""
    return frozenset(
        start
        for before, line in pairwise(lines)
        if before.text.strip() == line.text.strip()
        for start in (before.start, line.start)
    )


def _another_storys_card(card_times: list[str | None], when: str | None, kept: list[Line]) -> bool:
    """Whether a name beside a time signs the next story of a list: a name was taken beside another time,
    and a paragraph has come since."""
    if not card_times or card_times[0] is None or when is None or when == card_times[0]:
        return False
    return any(_is_prose_paragraph(line.text) or len(line.text) >= _MIN_PROSE_PARAGRAPH_CHARS for line in kept)


def _ends_roster(lines: list[Line], index: int) -> bool:
    """Whether a bulleted name closes a list of bulleted names (a page's roster of columnists)."""
    listed = lines[max(0, index - _ROSTER_NAMES) : index + 1]
    if len(listed) <= _ROSTER_NAMES or not all(_is_bullet(line.text) for line in listed):
        return False
    return sum(bare_name(line.text) is not None for line in listed) >= _ROSTER_NAMES  # "• Casey Lartigue, Jr."


_ROSTER_NAMES = 2


def _guests(lines: list[Line]) -> frozenset[str]:
    """The guests a talk show's transcript lists over it: "■ 출연 : 장예찬 / 前 … 단장, 전예현 / 시사평론가"."""
    listed = (p.GUEST_LIST_RE.match(line.text) for line in lines[:_GUEST_LIST_LINES])
    return frozenset(name for match in listed if match for name in re.findall(r"[가-힣]{2,4}", match["guests"]))


_GUEST_LIST_LINES = 8


# A contributor on a byline card, with the office he writes from: "• 김재완 장성군의회의장".
_CARD_NAME_TITLE_RE = re.compile(r"^\s*[•·]\s*(?P<name>[가-힣]{2,4})\s+[가-힣]{2,12}\s*$")


def _lists_names(text: str) -> bool:
    return len(text) <= _MAX_NAME_LIST_CHARS and ("," in text or "·" in text)


_MAX_NAME_LIST_CHARS = 40


def _over_headline_and_lead(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` sits over a headline (no full stop) and the paragraph under it."""
    if index + 2 >= len(lines) or index > _MAX_CARD_LINE:
        return False
    headline, lead = lines[index + 1].text, lines[index + 2].text
    if len(headline) > _MAX_TITLE_CHARS or ends_sentence(headline.rstrip("?!")) or bare_name(headline):
        return False
    return len(lead) >= _MIN_PROSE_PARAGRAPH_CHARS or (len(lead) >= _MIN_LEAD_CHARS and ends_sentence(lead))


_MAX_CARD_LINE = 2  # the writer's card opens the text or follows a tag line


def _between_headline_and_lead(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` is under a headline (no full stop) and over a paragraph, the headline
    first or under the section's name alone ("Current Affairs")."""
    if index < 1 or index + 1 >= len(lines) or not all(_is_section_name(line.text) for line in lines[: index - 1]):
        return False
    headline = lines[index - 1].text
    after = [line.text for line in lines[index + 1 : index + 1 + _MAX_WIDGETS_OVER_LEAD + 1]]
    while len(after) > 1 and len(after[0]) < _MAX_WIDGET_CHARS and not ends_sentence(after[0]):
        after.pop(0)  # "Members Free to read" between the writer's name and the lead
    lead = after[0]
    closed = headline.rstrip().endswith((".", "。", "다"))  # a headline may ask ("… handcuffs?"), not state
    return not closed and len(headline) < 150 and len(lead) > 60 and ends_sentence(lead)


def _is_section_name(text: str) -> bool:
    return text.strip() in p.EN_SECTION_WORDS or text.strip() in p.SECTION_WORDS


def _closes_story(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` follows a paragraph that ends a sentence and nothing after it is
    text: photo credits, page widgets and copyright lines only."""
    if index == 0 or not ends_sentence(lines[index - 1].text) or len(lines[index - 1].text) < _MIN_SENTENCE_CHARS:
        return False
    return all(_is_furniture(line.text) for line in lines[index + 1 :])


def _is_furniture(text: str) -> bool:
    return bool(
        p.WIDGET_LINE_RE.match(text)
        or parse_photo_credit(text)
        or _copyright_notice(text)
        or any(m in text for m in p.COPYRIGHT_SYMBOLS)
    )


def _split_languages(lines: list[Line]) -> list[Line]:
    """A paragraph that gives each sentence in both languages ("… medicine. 법률은 …") as one
    paragraph per language run, so that each is labelled and paired as its own."""
    out = []
    for line in lines:
        out += [line.piece(a, b) for a, b in language_spans(line.text)]
    return out


def _join_wrapped_lines(source: str, lines: list[Line]) -> list[Line]:
    """Lines a text dump broke inside a sentence (a PDF, an RTF, a 72-column wire) joined again;
    the line break becomes a space, so offsets still point into the source."""
    out: list[Line] = []
    for line in lines:
        if out and _continues(source, out[-1], line):
            previous = out[-1]
            gap = " " * (line.start - previous.end)
            out[-1] = Line(previous.text + gap + line.text, previous.start, line.end)
        else:
            out.append(line)
    return out


def _continues(source: str, previous: Line, line: Line) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` broke off: the same language, no
    blank line between, a long line cut before its sentence ended, and a continuation that
    reads as one ("… while losers step" / "aside and wait …"; "… 11월6일" / "화요일 … 투표를 한다.")."""
    gap = source[previous.end : line.start]
    printed = previous.end - source.rfind("\n", 0, previous.end) - 1  # the whole line, if a language split cut it
    if gap.count("\n") != 1 or gap.strip() or printed < _MIN_WRAPPED_CHARS:
        return False
    if ends_sentence(previous.text) or parse_byline(line.text) is not None or find_labelled_times(line.text):
        return False
    if p.TRAILING_BYLINE_RE.search(previous.text[-40:]):
        return False  # "… 주장했다. 이상국기자": a list card's summary signed at its end, then the next headline
    if (signed := parse_byline(previous.text)) is not None and (not signed.rest or find_labelled_times(signed.rest)):
        return False  # "정철운·김지숙 기자 pierce@… 2017년 11월 26일 일요일" ends its line: a signature, not a sentence
    # "기사입력 2024.06.01. 오전 9:05 최종수정 2024.06.01. 오전 10:11": a long time line ends in a digit
    if find_labelled_times(previous.text):
        return False
    lang = detect_lang(line.text)
    if lang != detect_lang(previous.text):
        return False
    if lang == "en":
        last = previous.text.rsplit(None, 1)[-1].lower()
        # a line's last run, in the other language than what opens the line, broken off mid-sentence:
        # "… 하고 있다. In recent weeks, the film" / "“Dogani,” which is known as …"
        tail_of_mixed_line = bool(source[source.rfind("\n", 0, previous.end) + 1 : previous.start].strip())
        return (
            line.text[0].islower() or previous.text.endswith(",") or last in _EN_CONTINUING_WORDS or tail_of_mixed_line
        )
    broken_off = re.match(r"[가-힣0-9,]", previous.text[-1]) is not None  # not after an address or a mark
    return lang == "ko" and broken_off and ends_sentence(line.text) and line.text[0] not in "[(<▲■●•-※"


def _join_narrow_blocks(source: str, lines: list[Line]) -> list[Line]:
    """A script set in short lines ("두 차례에 걸친 태풍으로 강원도 내" / "재산 피해만 … 집계됐습니다."),
    each paragraph joined into one line: every line of a block but its last cut off inside the
    sentence, the last ending it. Menus and headline blocks, which end no sentence, stay as they are."""
    if not _wrapped_narrow(source):
        return lines
    out: list[Line] = []
    for block in _blocks(source, lines):
        if len(block) > 1 and _one_wrapped_sentence_run(block):
            out.append(Line(source[block[0].start : block[-1].end].replace("\n", " "), block[0].start, block[-1].end))
        else:
            out += block
    return out


def _blocks(source: str, lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    for line in lines:
        if blocks and source[blocks[-1][-1].end : line.start].count("\n") == 1:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _one_wrapped_sentence_run(block: list[Line]) -> bool:
    *inner, last = block
    if not ends_sentence(last.text) or any(line.text[0] in "[(<▲■●•-※▶◀" for line in block[1:]):
        return False
    if any(above.text == below.text for above, below in pairwise(block)):
        return False  # a caption printed twice is no sentence run over a line break
    return all(re.search(r"[가-힣0-9,]$", line.text) and not ends_sentence(line.text) for line in inner)


def _wrapped_narrow(source: str) -> bool:
    """Whether ``source`` is a script set in short lines, its paragraphs apart by blank lines
    ("두 차례에 걸친 태풍으로 강원도 내" / "재산 피해만 … 집계됐습니다."): three or more Korean
    sentences run over a line break, most of the text's line breaks inside a paragraph."""
    if "\n\n" not in source:
        return False
    inner = re.findall(r"[가-힣,]\n(?=[가-힣\"“‘])", source)
    ended = re.findall(r"[.?!다\"”’]\n(?=[가-힣])", source)
    return len(inner) >= _MIN_NARROW_BREAKS and len(inner) > len(ended)


_MIN_NARROW_BREAKS = 3


_MIN_WRAPPED_CHARS = 50  # a line broken by width is a long one
_EN_CONTINUING_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by", "with", "at"})


def _take_doubled_captions(layout: Layout, lines: list[Line]) -> list[Line]:
    """A photo's alt text, then its caption repeating it with a credit or more words after
    ("… central Seoul, Thursday." / "… central Seoul, Thursday. … Yonhap"): the picture's, not
    the story's; the caption is kept as one."""
    kept: list[Line] = []
    texts = [line.text for line in lines] + ["", ""]
    for index, line in enumerate(lines):
        headline = index == 0 and not ends_sentence(line.text)  # a page's first line, a title's shape
        if _is_doubled(line.text, texts[index + 1], texts[index + 2]) and not headline:
            continue  # the alt text: its caption follows (not the headline the photo repeats)
        if index and _is_doubled(texts[index - 1], line.text, texts[index + 1]):
            layout.captions.append(line.text)
            continue
        if (photographer := _photographer_credit(line.text)) and _captioned(kept, texts[index - 1] if index else ""):
            layout.captions.append(kept.pop().text)  # "… 열리고 있다." over "ⓒ 이희훈": a photo's caption
            layout.photo_credits.append(photographer)
            continue
        kept.append(line)
    return kept


_MASTHEAD_WORDS_RE = re.compile(r"[가-힣A-Za-z0-9]{2,12}(?: [가-힣A-Za-z0-9]{2,12})?")
_BOXED_OUTLET_RE = re.compile(r"\[\s*(?P<outlet>[^\[\]\s=:/]{2,20})\s*\]")
_CREDITED_WIRE_RE = re.compile(r"\(\s*(?P<wire>[가-힣0-9]{2,6})\s*\)")


def _masthead(name: str) -> bool:
    """An outlet's name, not a programme's ("뉴스외전", "뉴스데스크" hold 뉴스 too)."""
    return name in p.KNOWN_OUTLETS or (is_outlet(name) and not name.startswith("뉴스") and name not in p.BRACKET_TAGS)


_LEAD_MASTHEAD_TAG_RE = re.compile(r"^\[(?P<outlet>[가-힣A-Za-z0-9]{2,12})\]\s*(?:[=:-]\s*)?(?=\S.{30}|\S.{6,}다\.$)")
# A masthead's short name and its desk opening the lead ("[쿠키 경제] …"), or a station and its city ("[KBS 강릉]…").
_LEAD_TWO_WORD_TAG_RE = re.compile(r"^\[(?P<outlet>[가-힣A-Za-z0-9]{1,10})\s+(?P<word>[가-힣]{2,4})\]\s*(?=\S)")


def _captioned(kept: list[Line], above: str) -> bool:
    """Whether the line kept last, right above a photographer's credit, is a photo's caption."""
    last = kept[-1].text if kept else ""
    return bool(last) and last == above and len(last) <= _MAX_CAPTION_CHARS and ends_sentence(last)


def _photographer_credit(text: str) -> str | None:
    """The photographer of a bare copyright credit under a photo: "ⓒ 이희훈" -> "이희훈"; None for an outlet's."""
    credit = p.BARE_COPYRIGHT_CREDIT_RE.match(text)
    name = credit["credit"].strip() if credit else ""
    return name if name and bare_name(name) == name and re.fullmatch(r"[가-힣]{2,4}", name) else None


def _labels_headline_over(label: Line, headline: Line) -> bool:
    """Whether a few words over a line the page prints twice are a site's label over its headline (a
    caption printed twice sits under a headline, not under a label of three words)."""
    words, first = label.text.strip(), headline.text.strip()
    if len(words.split()) > _MAX_LABEL_WORDS or len(first) <= len(words) or ends_sentence(words):
        return False
    return _reads_as_title(first)


_MAX_LABEL_WORDS = 3


def _take_title(layout: Layout, lines: list[Line], infer_title: bool) -> list[Line]:
    """The headline, when not given: the first line if it reads as one or comes again a few lines
    on ("… 할 일을 합니다\"" over the tools, then again). Its repeats leave the text: pages print
    the headline again after a byline block, as an image's alt text, in a share box."""
    while layout.title is None and infer_title and len(lines) > 1 and _is_date_line(lines[0].text):
        _read_metadata(layout, lines.pop(0))  # "Saturday, January 18, 2025" over the page: its date bar
    while layout.title is None and infer_title and len(lines) > 1 and _is_banner_or_note(lines[0].text):
        _read_metadata(layout, lines[0])  # "(THIS IS THE TRANSCRIPT … THAT AIRED ON 11 Aug 2016- 22:00 KST.)"
        lines = lines[1:]
    inferring = layout.title is None and infer_title
    boxed = _BOXED_OUTLET_RE.fullmatch(lines[0].text.strip()) if inferring and len(lines) > 1 else None
    if boxed and _masthead(boxed["outlet"]):
        layout.agency = layout.agency or boxed["outlet"]  # "[한국농어민신문]" over the story: its masthead
        lines = lines[1:]
    elif inferring and len(lines) > 2 and _MASTHEAD_WORDS_RE.fullmatch(lines[0].text) and _masthead(lines[0].text):
        layout.agency = layout.agency or lines[0].text.strip()  # "매일신문" alone over the headline: its masthead
        lines = lines[1:]
    if inferring and len(lines) > 1 and _labels_headline(lines[0].text, lines[1].text):
        lines = lines[1:]  # "뉴스데스크" over "뉴스데스크 클로징": the programme's or section's name, then the headline
    if inferring and len(lines) > 2 and _SECTION_KICKER_RE.match(lines[0].text) and _reads_as_title(lines[1].text):
        lines = lines[1:]  # "Asia | Chipping away" over the headline: the section and the story's kicker
    if inferring and len(lines) > 2 and _labels_dated_headline(*(line.text for line in lines[:3])):
        lines = lines[1:]  # "공통뷰" over the headline and its date: a page component's name
    if inferring and len(lines) > 2 and _labels_articles(*(line.text for line in lines[:3])):
        lines = lines[1:]  # "어린이과학동아&수학동아 기사" over the headline: the kind of articles listed
    if inferring and len(lines) > 1 and lines[1].start in layout.doubled and _labels_headline_over(*lines[:2]):
        lines = lines[1:]  # "News in English" over a headline printed twice: the site's label
    lines = _take_labelled_heads(layout, lines) if inferring else lines
    printed = None
    infer = layout.title is None and infer_title and bool(lines)
    if infer and _reads_as_title(lines[0].text, printed_again=_comes_again(lines)):
        printed = lines[0].text
        lines = _drop_tags_before_repeat(layout, lines)
        headline, outlet = split_outlet_suffix(printed)
        headline, when = split_trailing_time(headline)
        layout.published = layout.published or when
        headline = _take_at_card(layout, headline) or headline
        headline, signed = _split_glued_byline(headline)
        if signed is not None or (signed := column_writer(headline)) is not None:
            layout.add_byline(signed)
        headline, deck = _split_glued_deck(headline)
        layout.subtitles.extend([deck] if deck else [])
        layout.title = _title_without_reporter(layout, headline)
        layout.title_outlet = outlet
        layout.title_inferred = True
        lines = lines[1:]
    if layout.title is None:
        return lines
    kept = _without_broken_repeat(
        [line for line in lines if not _copies(line.text, layout.title, printed)], layout.title
    )
    return kept or lines  # a story that is its headline keeps it


def _copies(text: str, title: str, printed: str | None) -> bool:
    """Whether ``text`` is the headline again, maybe as an alt text that drops its quotes."""
    if text in (title, printed):
        return True
    if abs(len(text) - len(title)) > _ALT_TEXT_SLACK:
        return False
    return letters_only(text) == letters_only(title)


_ALT_TEXT_SLACK = 8  # quotes and brackets an alt text drops


def _labels_articles(label: str, headline: str, lead: str) -> bool:
    """Whether ``label`` names a kind of articles ("어린이과학동아&수학동아 기사") over a headline and its lead."""
    return bool(_ARTICLES_LABEL_RE.fullmatch(label.strip())) and _reads_as_title(headline) and _is_prose_paragraph(lead)


_ARTICLES_LABEL_RE = re.compile(r"[^\s.!?]{2,20}(?:\s[^\s.!?]{1,10})?\s기사")
_TIP_LINE_CHARS = 40
_ANCHOR_INTRO_LINES = 16  # a newscast's script opens with its headlines and greeting, then the first handover
_QUOTED_TAIL_RE = re.compile(r"[^\s\"“][.…·]*\s*[\"“][^\"“”]{4,}[^.\"“”][\"”]$")


def _is_banner_or_note(text: str) -> bool:
    """A line over the headline that is none: a banner's alt text ("speeches and statesment by prime
    minister …": headlines open capitalised) or the page's note in parentheses ("(* This is a
    provisional translation … )")."""
    return re.match(r"[a-z]{2,}\s+[a-z]", text) is not None or _PAGE_NOTE_RE.fullmatch(text) is not None


_PAGE_NOTE_RE = re.compile(r"\(\*?\s*[A-Z][^()]{20,}[.!]\s*\)")


def _take_labelled_heads(layout: Layout, lines: list[Line]) -> list[Line]:
    """Headline and deck a board prints under labels: "제목 : …", "부제목 :" over its deck."""
    while lines and (labelled := p.HEAD_LABEL_RE.match(lines[0].text)):
        value, lines = labelled["value"], lines[1:]
        if not value and lines:
            value, lines = lines[0].text, lines[1:]
        if labelled["label"] == "제목" and layout.title is None:
            layout.title, layout.title_inferred = value, True
        elif value:
            layout.subtitles.append(value)
    return lines


def _without_broken_repeat(lines: list[Line], title: str) -> list[Line]:
    """Lines without the headline printed again over two lines ("뉴스·기획보도·특집 프로그램까지…" /
    "제주 현장은 ‘독수리 7형제’가 맡는다"), as a board's view box prints it over the story."""
    squeezed = "".join(title.split())
    for index in range(min(len(lines), _REPEAT_WINDOW) - 1):
        first, second = lines[index].text, lines[index + 1].text
        if len(first) > 3 and len(second) > 3 and "".join((first + second).split()) == squeezed:
            return lines[:index] + lines[index + 2 :]
    return lines


def _split_glued_byline(headline: str) -> tuple[str, Byline | None]:
    """A headline and the byline a page ran into it: "… for 3rd dayBy Yonhap", "… '기대' (박건상 기자)"."""
    if headline.endswith(")") and (korean := p.GLUED_KO_BYLINE_RE.match(headline)):
        return korean["title"], Byline(tuple(re.split(r"\s*[·,]\s*|\s+", korean["names"])))
    glued = p.GLUED_BYLINE_RE.match(headline)
    byline = parse_byline(f"By {glued['by']}") if glued else None
    if glued is None or byline is None or not (byline.reporters or byline.agency) or byline.rest:
        return headline, None
    return glued["title"], byline


def _split_glued_deck(headline: str) -> tuple[str, str | None]:
    """A headline and its deck a page printed without a break: "… reinvents itself for
    tourismVillagers on the island's east coast …" (a lowercase word runs into a capitalized
    one). Brand names keep their capitals ("KakaoTalk", "iPhone": the word does not open in
    lowercase for four letters)."""
    glued = p.GLUED_DECK_RE.search(headline)
    if glued is None or len(headline[: glued.start("deck")].split()) < 3:
        return headline, None
    return headline[: glued.start("deck")], glued["deck"]


def _is_date_line(text: str) -> bool:
    """A line that is only a date, maybe with its weekday: "Saturday, January 18, 2025", "04.20 (토)"."""
    if _YEARLESS_DAY_RE.match(text):
        return True  # a programme's date bar: no year, so no timestamp
    times = find_labelled_times(text)
    if times is None or times.labelled:
        return False
    leftover = p.LEADING_WEEKDAY_RE.sub("", times.leftover).strip(" ,()")
    return not leftover or p.EN_MASTHEAD_RE.match(leftover) is not None  # "ABC News October 24, 2024"


_YEARLESS_DAY_RE = re.compile(r"^\d{1,2}[./]\d{1,2}\.?\s*\([월화수목금토일]\)$")


def _comes_again(lines: list[Line]) -> bool:
    return any(line.text == lines[0].text for line in lines[1:_TITLE_REPEAT_WINDOW])


def _drop_tags_before_repeat(layout: Layout, lines: list[Line]) -> list[Line]:
    """The section tags a page prints between its headline and the headline again ("• 정치/행정",
    "• 대전"): navigation, read for metadata only, not the headline's decks."""
    repeat = next((i for i, line in enumerate(lines[1:_TITLE_REPEAT_WINDOW], 1) if line.text == lines[0].text), 0)
    between = lines[1:repeat]
    if not between or not all(is_menu_line(line.text) for line in between):
        return lines
    for line in between:
        _read_metadata(layout, line)
    return lines[:1] + lines[repeat:]


def _take_author_notes(layout: Layout, lines: list[Line]) -> list[Line]:
    """A column's writer over the note about them ("Joo Jung-wan" / "The author is an editorial
    writer at …", or both on one line): the writer signs it; the name and the note leave the text."""
    kept: list[Line] = []
    for line in lines:
        note = p.EN_AUTHOR_NOTE_RE.match(line.text)
        writer = person_name(note["name"] or (kept[-1].text if kept else "")) if note else None
        if note is None or writer is None:
            kept.append(line)
            continue
        if not note["name"]:
            kept.pop()  # the name over the note
        layout.add_byline(Byline((writer,)))
        if rest := line.text[note.end() :].strip():
            kept.append(Line(rest, line.end - len(rest), line.end))
    return kept


def _labels_dated_headline(label: str, headline: str, stamp: str) -> bool:
    """Whether a one-word label ("공통뷰", "Home") sits over a headline that its time or byline
    follows: the label is a page component's, the headline the story's."""
    if " " in label or len(label) > _MAX_WIDGET_LABEL_CHARS or not _reads_as_title(headline):
        return False
    return find_labelled_times(stamp) is not None or parse_byline(stamp) is not None


_SECTION_KICKER_RE = re.compile(r"^[A-Z][A-Za-z&'.-]*(?: [A-Z][A-Za-z&'.-]*)? \| [A-Z][^|.!?]{1,30}$")


def _labels_headline(label: str, headline: str) -> bool:
    """Whether ``label`` is a short name that ``headline`` opens with, as a programme or a
    column heads its stories ("뉴스데스크" / "뉴스데스크 클로징"), or the headline with the page's
    crumbs glued before it ("HomeWORLDBBC reporter sees …" / "BBC reporter sees …")."""
    if len(label) <= _MAX_LABEL_CHARS and headline.startswith((label + " ", label.removesuffix("s") + " ")):
        return True  # also a section's plural: "Press Conferences" over "Press Conference by …"
    crumbs = label[: len(label) - len(headline)]
    glued = bool(crumbs) and not crumbs[-1].isspace()  # "Articles by Jung Min-kyung" over "Jung Min-kyung" is not
    return glued and label.endswith(headline) and len(crumbs) <= _MAX_LABEL_CHARS and len(headline) > _MAX_LABEL_CHARS


_PROVIDED_TAIL_RE = re.compile(r"[.!?)]\s+[^\s.]{2,15}\s*제공$")


def _is_doubled(alt: str, caption: str, after: str = "") -> bool:
    alt, caption = alt.strip(), caption.strip()
    if alt == caption:  # a caption printed twice, its photographer's or its source's credit closing both or under it
        return len(alt) >= _MIN_LEAD_CHARS and (
            p.TRAILING_BYLINE_RE.search(alt) is not None
            or parse_photo_credit(alt) is not None
            or p.BARE_COPYRIGHT_CREDIT_RE.match(after) is not None  # "… 열리고 있다." twice, then "ⓒ 이희훈"
            or _PROVIDED_TAIL_RE.search(alt) is not None  # "… 김승련 부장(왼쪽부터). 채널A 제공" twice
            or p.CAPTION_ENDING_RE.search(alt) is not None  # "… 기념촬영을 하고 있다." twice: alt text and caption
        )
    if len(caption) >= _MIN_LEAD_CHARS and alt.startswith(caption):  # "… [Photo by X]À̹ÌÁö È®´ë": a button's
        return re.search(r"[A-Za-z가-힣0-9]", alt[len(caption) :]) is None  # garbled words after the first copy
    if len(alt) < _MIN_LEAD_CHARS or len(caption) <= len(alt) or not caption.startswith(alt):
        return False
    # "headline" over "headline SEOUL, November 27 (AJP) - …": a list's card, the headline again over its lead
    wire = p.EN_GLUED_WIRE_DATELINE_RE.search(caption)
    return wire is None or wire.start() != len(alt)


def _dateline_follows(lines: list[Line]) -> bool:
    return any((byline := parse_byline(line.text)) is not None and byline.location for line in lines)


def _bare_names(text: str) -> list[str]:
    """Every name of a line that lists only names: "Park Sae-jin, Han Jun-gu"; else []."""
    names = [bare_name(part) for part in re.split(r"\s*(?:,|·|\band\b|&)\s*", text.strip())]
    return names if names and all(names) else []


def _only_email(text: str) -> bool:
    return bool(p.EMAIL_RE.search(text)) and not p.EMAIL_RE.sub("", text).strip(" ()<>[]:/|,;")


def _bracketed_outlet(body: list[Line]) -> str | None:
    for line in body:
        found = p.BRACKET_OUTLET_RE.search(" " + line.text[:120])
        if found and is_outlet(found["outlet"]):
            return found["outlet"].strip()  # "[경기연합신문 ]"
    # "[한국기자연대] 전라남도 나주시가 …": a masthead in brackets opening the lead, whatever its name
    opening = _lead_bracket(body)
    return opening["outlet"] if opening and opening["outlet"] not in KO_REGIONS else None


def _read_bracketed_region(layout: Layout) -> None:
    """A regional desk's place in brackets opening the lead ("[논산] 논산시는 …"): its dateline."""
    opening = _lead_bracket(layout.body)
    if opening and opening["outlet"] in KO_REGIONS:
        layout.location = layout.location or opening["outlet"]
        layout.body[0] = layout.body[0].piece(opening.end())


def _lead_bracket(body: list[Line]) -> re.Match[str] | None:
    """The bracket opening the lead ("[금요저널] 연수구는 …"), unless it holds a rubric ("[단독]")."""
    opening = p.LEAD_MASTHEAD_RE.match(body[0].text) if body else None
    return opening if opening and opening["outlet"] not in p.BRACKET_TAGS else None


def _reads_as_title(text: str, *, printed_again: bool = False) -> bool:
    """Whether a first line reads as a headline; one the page prints again below may be a
    sentence ("… 뉴스가 할 일을 합니다\"")."""
    text = _TRAILING_PHOTO_MARK_RE.sub("", text)  # "… 열렸다.<사진>": a lead, its photo's mark after it
    if len(text) > _MAX_TITLE_CHARS or _is_bullet(text) or p.EMAIL_RE.search(text):
        return False
    if re.fullmatch(r"[A-Z]{2,6}", text):
        return False  # "YNA" over an aggregator's copy: the source's initials
    if _is_banner_or_note(text):
        return False
    if p.RELATED_KEYWORDS_RE.match(text):
        return False  # "관련 키워드…": a portal's keyword block and reporter cards
    if greets_reader(text):
        return False  # "〈시사IN〉 정치팀 이은기 기자입니다": a newsletter's writer greeting the reader
    if find_inline_byline(text) is not None:
        return False  # "제목 … 캡처[더팩트ㅣ인천=지우현 기자] 본문": a list page's headline glued to its lead
    if (credit := parse_photo_credit(text)) is not None and not credit[0]:
        return False  # "사진|네이트 캡처": a photo's credit line
    # "\"… 영광 나누고 싶다\"", "… 사장 사의...\"도의적 책임 지겠다\"": a headline closing on a quotation, no full stop
    quoted = re.fullmatch(r"[\"“][^\"“”]+[^.][\"”]", text) is not None or _QUOTED_TAIL_RE.search(text) is not None
    if not printed_again and not quoted and len(text) > 30 and re.search(r"[가-힣a-z][.。]$|다[.”\"]$", text):
        return False  # a sentence: the last line of a body, not a headline
    if not printed_again and (
        (len(text) > 10 and re.search(r"[가-힣]다[.。]$|니다[.!]$", text))
        or re.search(r"다[.。] \S", text)
        or (len(text) > 100 and re.search(r"[a-z가-힣][.。] \S", text + " x"))
    ):
        return False  # a paragraph of sentences
    if p.EN_PLACE_DATE_LINE_RE.match(text) or p.AGENCY_ONLY_LINE_RE.match(text):
        return False  # "Mumbai, March 3", "The Associated Press": a dateline or wire line, not a headline
    if _is_footer_noise(text) or p.WIRE_CREDITS_RE.match(text):
        return False  # a footer given alone: its copyright notice, "Reporting by …", "(끝)"
    if p.EN_ROLE_LINE_RE.match(text):
        return False  # "Staff Reporter" under the writer's name
    return parse_byline(text) is None and find_labelled_times(text) is None and parse_photo_credit(text) is None


_TRAILING_PHOTO_MARK_RE = re.compile(rf"\s*{p.PHOTO_MARK}$")


def _read_wire_credits(layout: Layout, text: str) -> bool:
    """ "Reporting by …; Editing by …": staff credits, whose reporters stand in for a missing byline."""
    if not p.WIRE_CREDITS_RE.match(text):
        return False
    layout.credits.append(text.strip("()[] "))
    if reporting := p.WIRE_REPORTING_RE.match(text):
        names = p.EN_NAME_SEPARATOR_RE.split(reporting["names"])
        layout.stand_in_reporters.extend(n for n in names if n and n not in layout.stand_in_reporters)
    return True


def _read_footer_line(layout: Layout, line: Line) -> None:
    if (kept := _take_reporter_cards(layout, line)) is None:
        return
    line = kept
    if layout.tip_line_above and _only_email(line.text):
        layout.tip_line_above = False
        return  # "제보가 세상을 바꿉니다." over "sisa3228@…": the newsroom's tip box, no reporter's address
    layout.tip_line_above = _invites_tips(line.text)
    _read_wire_credits(layout, line.text)
    byline = parse_byline(line.text) or _signature_beside_notice(line.text)
    if byline is not None and not byline.rest and (byline.reporters or byline.emails):
        layout.add_byline(byline)
    elif (
        byline is None
        and not _read_email_line(layout, line.text)  # "온라인뉴스팀 press@…" under the copyright
        and (inline := find_email_byline(line.text)) is not None
    ):
        layout.add_byline(replace(inline[1], rest=""))  # "… 합성했다. 윤관식기자 yks@… 윤관식 기사 전체보기 …"
    text = line.text.lstrip(p.BULLET_CHARS + " ")
    times = find_labelled_times(text) or find_labelled_times(_NOTICE_CLOSE_RE.split(text)[-1])
    if times is not None and times.labelled:  # "- 입력 2012-01-15 22:00:37" under a tip box
        layout.published = layout.published or times.published
        layout.updated = layout.updated or times.updated
    if _is_footer_noise(line.text) and not p.LINK_LINE_RE.search(line.text):  # "▶네이버TV 엠빅뉴스 바로가기"
        layout.agency = layout.agency or _agency_in(line.text)
    _read_tip_line(layout, line.text)


def _signature_beside_notice(text: str) -> Byline | None:
    """A writer's name printed in the copyright notice's line, before it or after it: "<좌용철 기자 /
    저작권자ⓒ제주의소리. …>", "저작권자 © 제주매일 무단전재 및 재배포 금지 고기호 기자 다른기사 보기"."""
    notice = _copyright_notice(text)
    if notice is None:
        return None
    closing = list(_NOTICE_END_RE.finditer(text, notice.start()))
    for part in (text[: notice.start()], text[closing[-1].end() :] if closing else ""):
        signed = parse_byline(part.strip(" <[(/|·,"))
        if signed is not None and signed.reporters and not signed.rest:
            return signed
    return None


_NOTICE_END_RE = re.compile(
    r"(?:재배포|배포|전재|복제)\s?금지[.>\]〉)]*|무단\s?전재[.>\]〉)]*(?!\s*(?:및|[·_,&]|재배포|배포))"
)


def _invites_tips(text: str) -> bool:
    return "제보" in text and len(text) < _TIP_LINE_CHARS and not p.EMAIL_RE.search(text)


def _take_reporter_cards(layout: Layout, line: Line) -> Line | None:
    """A keyword block and the reporters' cards after it leave the text; the cards name the reporters."""
    cards = p.RELATED_KEYWORDS_RE.search(line.text)
    if cards is None:
        return line
    layout.add_byline(Byline(reporter_cards(line.text[cards.end() :])))
    text = line.text[: cards.start()].rstrip()
    return Line(text, line.start, line.start + len(text)) if text else None


def _read_desk_byline(layout: Layout, text: str) -> bool:
    """ "• 동아닷컴" among the header's bullets: signed by the outlet's desk."""
    outlet = _strip_bullet(text)
    if not _is_bullet(text) or not (is_outlet(outlet) or outlet.endswith("닷컴")):
        return False
    layout.agency = layout.agency or outlet
    layout.desk_signed = True
    return True


def _read_tip_line(layout: Layout, text: str) -> bool:
    """ "연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23": the newsroom's tip line names the outlet;
    "Source: National Iraqi News Agency" names the story's."""
    tips = p.TIP_LINE_OUTLET_RE.match(text)
    if tips is not None and is_outlet(tips["outlet"]):
        layout.agency = layout.agency or tips["outlet"]
        return True
    if source := p.SOURCE_LINE_RE.match(text):
        layout.agency = layout.agency or source["outlet"]
        if source["when"] and (times := find_labelled_times(source["when"])):
            layout.published = layout.published or times.published
        return True
    return False


_WIRES = frozenset({"연합뉴스", "뉴시스", "뉴스1"})


def _take_wire_signoff(layout: Layout, line: Line) -> Line | None:
    """ "… 계획이다. /연합뉴스": the wire that wrote a republished story, ahead of the publisher's copyright."""
    if layout.body and line.text.strip() in _WIRES:  # "연합뉴스" alone under a republished story
        layout.agency = layout.agency or line.text.strip()
        return None
    signed = p.TRAILING_SLASH_WIRE_RE.search(line.text) if "/" in line.text[-_SIGNATURE_CHARS:] else None
    if signed is None or not (layout.body or len(re.findall(r"[.!?](?:\s|$)", line.text)) >= 3):
        return line  # "시민들이 걷고 있다. /연합뉴스" over the story: a photo's caption and its credit
    wire = signed["agency"]
    layout.agency = layout.agency or ("연합뉴스" if wire == "연합" else wire)
    text = line.text[: signed.start()].rstrip()
    return Line(text, line.start, line.start + len(text)) if text else None


def _names_no_place(words: str) -> bool:
    """ "Headline, June 28, 2021": a newsletter's label over its date, not a place."""
    return bool(set(words.upper().split()) & p.NOT_PLACES)


def _read_lead_tag(layout: Layout, tag: re.Match[str]) -> bool:
    """Whether a two-word tag opening the lead is the masthead's: its desk ("[쿠키 경제]"), or a station and
    its newsroom's city, which place the story ("[KBS 강릉]강원도의회 …" with no dateline)."""
    if tag["word"] in p.SECTION_WORDS:
        return True
    if tag["word"] in p.KO_PLACES and is_outlet(tag["outlet"]):
        layout.agency = layout.agency or tag["outlet"]
        layout.location = layout.location or tag["word"]
        return True
    return False


def _read_line(layout: Layout, line: Line) -> None:
    if (kept := _take_reporter_cards(layout, line)) is None or (kept := _take_wire_signoff(layout, kept)) is None:
        return
    line = kept
    if credited := p.GLUED_CREDIT_DATELINE_RE.match(line.text):  # "iStockphoto/Thinkstock(SEOUL) -- …"
        layout.photo_credits.append(credited["credit"])
        line = line.piece(credited.end())
    text = line.text
    if _read_tip_line(layout, text) or (not layout.body and _read_desk_byline(layout, text)):
        return
    if not layout.body and (tag := _LEAD_TWO_WORD_TAG_RE.match(text)) and _read_lead_tag(layout, tag):
        line = line.piece(tag.end())  # "[쿠키 경제] ‘블랙 먼데이’이다."
        text = line.text
    if not layout.body and not layout.reporters and text.startswith("[") and (columnist := column_writer(text)):
        layout.add_byline(columnist)  # "[Kim Seong-kon] Why does …?": a list's first column, headed by its writer
    if not layout.body and (masthead := _LEAD_MASTHEAD_TAG_RE.match(text)) and _masthead(masthead["outlet"]):
        layout.agency = layout.agency or masthead["outlet"]  # "[금요저널] 더불어민주당 박수현 국회의원은 …"
        line = Line(text[masthead.end() :], line.start + masthead.end(), line.end)
        text = line.text
    if (
        not layout.body
        and p.EN_CAPTION_RE.match(text)
        and text.rstrip().endswith(")")
        and len(text) < _MAX_CAPTION_CHARS
    ):
        layout.captions.append(text)  # "This file photo taken on … shows … (File photo)" over the story
        return
    if len(layout.body) <= 1 and (filed := _FILE_PHOTO_CAPTION_RE.match(text)) and len(text) < _MAX_CAPTION_CHARS:
        if layout.body and _teases(layout.body[0].text, text[filed.end() :]):
            layout.captions.append(layout.body.pop().text)  # the same caption cut short over it ("… South Korea…")
        layout.captions.append(text)  # "FILE - People watch a TV showing …": a wire's file photo over the story
        return
    if not layout.body and text.strip() in p.KNOWN_OUTLETS:  # "OSEN" between the headline and the byline
        layout.agency = layout.agency or p.AGENCY_SHORT_NAMES.get(text.strip(), text.strip())
        return
    if not layout.body and (boxed := _BOXED_OUTLET_RE.fullmatch(text.strip())) and _masthead(boxed["outlet"]):
        layout.agency = layout.agency or boxed["outlet"]  # "[경향신문]" over a portal's copy: its source
        return
    if (credited := _CREDITED_WIRE_RE.fullmatch(text.strip())) and credited["wire"] in _WIRES:
        layout.agency = layout.agency or credited["wire"]  # "(연합뉴스)" alone under a photo's caption: its wire
        return
    if not layout.body and (p.BOXED_NOTE_RE.match(text) or p.EDITOR_NOTE_RE.match(text)):
        layout.subtitles.append(text)  # "【오마이뉴스는 … 들려주세요.】": the editors' note boxed over the story
        return
    if any(mark in text for mark in "ⓒ©Ⓒ"):  # "…/뉴스1 ⓒ News1 황기선 기자그래픽=뉴스1 DBⓒ News1" in a lead
        layout.caption_agency = layout.caption_agency or _agency_in(text)
    if _read_wire_credits(layout, text):
        return
    if (sourced := p.OUTLET_AND_WHEN_RE.match(text)) and sourced["outlet"] in p.KNOWN_OUTLETS:
        layout.agency = layout.agency or sourced["outlet"]  # "Nikkei -- Aug 26" under an aggregator's headline
        return
    if agency_line := p.AGENCY_ONLY_LINE_RE.match(text):  # "The Associated Press" over the dateline
        layout.agency = layout.agency or p.AGENCY_SHORT_NAMES.get(agency_line["agency"], agency_line["agency"])
        return
    if (wired := p.AGENCY_DATE_LINE_RE.match(text)) and (when := parse_timestamp(wired["when"])):
        layout.agency = layout.agency or p.AGENCY_SHORT_NAMES.get(wired["agency"], wired["agency"])
        layout.published = layout.published or when  # "The Associated Press, Sun 31 Dec 2000": a reprint's credit
        return
    if dated := p.EN_DATED_DATELINE_RE.match(text):  # its date is read below, as a timestamp line
        layout.add_byline(Byline(location=dated["place"], agency=dated["agency"].strip()))
    elif not layout.body and (placed := p.EN_PLACE_DATE_LINE_RE.match(text)) and not _names_no_place(placed["place"]):
        layout.add_byline(Byline(location=placed["place"]))
        if placed["year"] is None:
            return  # no year: not a timestamp, and not body either
    elif len(layout.body) <= 1 and text.isupper() and text.title() in p.COLON_DATELINE_CITIES:
        layout.add_byline(Byline(location=text))  # "|SEOUL" under a picture, its caption and credit (The Economist)
        return
    if not layout.body and (_read_board_signature(layout, text) or _read_dated_signature(layout, text)):
        return
    if not layout.body and _read_titled_time(layout, text):
        return
    if len(layout.body) <= 1 and _read_names_and_date(layout, text):
        return
    if not layout.body and text[:2] in p.DASH_OPENERS and (name := person_name(text[2:])):
        layout.add_byline(Byline((name,)))  # "- Jane Last" under the headline, as PressReader prints a byline
        return
    times = find_labelled_times(text)
    if times is None and layout.title and text.startswith(layout.title + " "):
        times = find_labelled_times(text[len(layout.title) :].strip())  # the headline again, with its time
    if times is not None and _quotes_another_story(layout, times.leftover):
        layout.body.append(line)  # "By Rennie Whang Published on …" under "Original article in full:"
        return
    if times is not None:
        layout.time_line_at = layout.time_line_at if layout.time_line_at is not None else line.start
        if times.published and (layout.published is None or (times.labelled and not layout.published_labelled)):
            layout.published, layout.published_labelled = times.published, times.labelled
        elif times.published and _adds_time(layout.published, times.published):
            layout.published = times.published  # " date 2019-10-14" over "10:42 October 14, 2019"
        layout.updated = layout.updated or times.updated
        _read_times_leftover(layout, times.leftover, text, times.published)
        return
    byline = parse_byline(text)
    if byline is not None and byline.credit:
        return
    if byline is not None and byline.reporters and p.PHOTO_CAPTION_TAIL_RE.search(byline.rest):
        # A photo's caption signed like a story: its photographer stands in only when no byline follows.
        layout.captions.append(text)
        layout.stand_in_reporters.extend(r for r in byline.reporters if r not in layout.stand_in_reporters)
        layout.stand_in_emails.extend(byline.emails)
        layout.add_byline(replace(byline, reporters=(), emails=()))
        return
    if byline is None and len(layout.body) < 3 and (inline := find_inline_byline(text)) is not None:
        prefix, byline = inline
        if prefix != layout.title and _glued_caption(layout, prefix):  # not the headline again, as a list's card
            layout.captions.append(prefix)  # the photo's caption and credit the dateline was glued to
    elif byline is None and len(layout.body) < 3 and (inline := find_email_byline(text)) is not None:
        prefix, byline = inline
        if len(prefix) > _MAX_DECK and ends_sentence(prefix):  # a short story signed at its end, tags after
            start = line.start + text.index(prefix)
            layout.body.append(Line(prefix, start, start + len(prefix)))
            if not ends_sentence(byline.rest):  # "… 이동근기자 foto@… 국회미세먼지기자의 일상": the page's tags
                byline, text = replace(byline, rest=""), text[text.index(prefix) + len(prefix) :]
        elif prefix and not _read_caption(layout, prefix):
            layout.subtitles.append(prefix.strip(" -–—|"))
    if byline is not None and _photographer_under_card(layout, text, byline):
        layout.photo_credits.append(text.strip("[] "))  # "[박해윤 기자]" under "고재석 기자 / jayko@… / 입력 …"
        return
    if byline is not None and _opens_next_story(layout, byline):
        layout.body.append(line)  # "[충북일보=영동] 영동군의 …" under "[충북일보] 2019년 첫 …": a list's next story
        return
    if byline is not None and _signs_a_later_story(layout, byline):
        return  # "by박사랑 선임기자" under a list's second item, after the first one's signature
    if byline is not None and line.start in layout.card_bylines and layout.reporters:
        return  # "By Katie Mettler and Jasmine HiltonExit polls …": a later card's writers
    if byline is not None and (byline.reporters or byline.location or byline.agency or byline.emails):
        layout.add_byline(byline)
        layout.signed_off = bool(layout.body and byline.reporters and byline.emails and not byline.rest)
        if layout.body and byline.reporters and not byline.rest and layout.signed_at is None:
            layout.signed_at = len(layout.body)
        if not byline.rest and layout.published is None:
            layout.published = parse_timestamp(text)  # "김우정 기자 2020년 01월 16일"
        if (credits := p.ROLE_CREDITS_RE.match(byline.rest)) is not None:  # "… 리포터 a@b 사진 홍길동 참고 X"
            layout.photo_credits.extend([credits["photo"]] if credits["photo"] else [])
        elif (dated := _time_after_byline(byline.rest)) is not None:  # "… unjusa@… 2019년 03월 08일 금요일 제599호"
            layout.published = layout.published or dated
        elif byline.rest:
            _take_quoted_deck(layout)
            _take_header_prose(layout, byline)
            _take_wire_credited_caption(layout, byline)
            _take_header_over_dateline(layout, byline)
            start = line.start + text.rindex(byline.rest)
            layout.body.append(Line(byline.rest, start, start + len(byline.rest)))
            layout.lead_signed = layout.lead_signed or bool(byline.reporters)
        return
    if _read_email_line(layout, text):
        return
    if layout.signed_off and len(text) < _MAX_DECK and not ends_sentence(text):
        return  # "[오늘의 지면] …" under "/최현배 기자 choi@…": the page's links to other stories
    if _read_credited_caption(layout, text) or _read_picture_signed_caption(layout, text):
        return
    text, line = _cut_signature(layout, text, line)
    if (pieces := _split_inline_caption(layout, line)) is not None:
        for piece in pieces:
            _read_line(layout, piece)
        return
    if not layout.body and _is_bullet(text) and not p.SPEAKER_TURN_RE.match(text) and not _is_paragraph(text):
        if not _read_caption(layout, _strip_bullet(text)) and not _read_caption(layout, text):
            layout.subtitles.append(_strip_bullet(text))  # "▲ … <사진제공=포천시> ©", "▲ … ©한빛뉴스": captions
        return
    if len(text) <= _MAX_CAPTION_CHARS and _read_caption(layout, text):
        return
    above_header = line.start < layout.header_starts
    if not layout.body and (re.fullmatch(r"[\d,.]+", text.strip()) or p.EN_ROLE_LINE_RE.match(text)):
        return  # a counter ("24" under "공감") or the writer's role ("Staff Reporter") above the story
    if not layout.body and layout.title_inferred and " " not in text.strip() and is_outlet(text.strip()):
        return  # the outlet's name under the headline (a portal's copy): no deck
    if not layout.body and p.TAG_LINE_RE.match(text):
        return  # "Topic | South Korea" under the headline: the page's filing
    if not layout.body and (sourced := _caption_and_wire(text)):
        layout.captions.append(sourced[0])  # "… 쌓여 있다. 연합뉴스" over the lead: a portal's caption
        layout.photo_credits.append(sourced[1])
        return
    if not layout.body and _read_signed_caption(layout, text, pictured=line.start in layout.pictured):
        return
    if not layout.body and _names_headline_subject(text, layout.title):
        layout.captions.append(
            text
        )  # "김진경 경기도의회 의장." under "[창간축사] 김진경 경기도의회 의장": a portrait's
        return
    deck = not layout.numbered_pairs or not p.NUMBERED_ITEM_RE.match(text)
    quoted = bool(layout.subtitles) and p.QUOTE_CLOSED_DECK_RE.search(text) is not None and len(text) < _MAX_DECK
    # a standfirst under the headline runs longer, one phrase with no sentence in it
    under_headline = layout.title_inferred and not layout.body and not layout.subtitles
    under_headline = under_headline and not _SENTENCE_INSIDE_RE.search(text)
    deck = deck and (quoted or _reads_as_deck(text, above_header=above_header, standfirst=under_headline))
    if not layout.body and layout.title_inferred and deck:
        layout.subtitles.append(text)  # a second deck may close on a quote: "반격 나선 인사이트 "KBS … 주저앉았다""
        return
    if any(text.startswith(marker) for marker in p.SUMMARY_MARKERS) and len(text) < 20:
        return
    if len(layout.body) < _ANCHOR_INTRO_LINES:
        layout.add_byline(Byline(anchor_intro_reporters(text)))  # the lead stays body text
    layout.body.append(line)


_FILE_PHOTO_CAPTION_RE = re.compile(r"^FILE\s?[-–—]\s+")  # AP's mark on a file photo's caption


def _teases(cut: str, caption: str) -> bool:
    """Whether ``cut`` is ``caption`` shortened with an ellipsis, as a page's teaser prints it."""
    return cut.rstrip().endswith(("…", "...")) and cut[:_TEASER_PREFIX] == caption[:_TEASER_PREFIX]


_TEASER_PREFIX = 40


def _is_paragraph(text: str) -> bool:
    """A bulleted line that runs on into sentences ("◎특파원의 … 담아2년여동안 … 귀국보고서. …"): the story
    set under its deck's mark, not a deck."""
    return len(text) > _MIN_BULLETED_PARAGRAPH_CHARS and len(_SENTENCE_BREAK_RE.findall(text)) >= 2


_MIN_BULLETED_PARAGRAPH_CHARS = 100


def _caption_and_wire(text: str) -> tuple[str, str] | None:
    """A caption with a wire's name after it and no mark (above the story only: a story may end
    with its wire), or with its source ("… 기념촬영을 하고 있다. 문화체육관광부 제공"); see
    :func:`split_trailing_source`."""
    if provided := _PROVIDED_CAPTION_RE.match(text):
        return provided["caption"], provided["source"]
    found = split_trailing_source(text)
    if found is None:
        return None
    caption, wire = found[0], found[1].lstrip("-–—")  # "… (file photo). -AP"
    if wire in p.KNOWN_OUTLETS_FOR_CREDITS and _CAPTION_CHARS[0] <= len(caption) <= _CAPTION_CHARS[1]:
        return caption, wire
    return None


_CAPTION_CHARS = (9, 201)
_PROVIDED_CAPTION_RE = re.compile(r"^(?P<caption>.{9,200}(?:있다|모습이다|모습)\.)\s+(?P<source>\S{2,20})\s?제공$")


def _split_inline_caption(layout: Layout, line: Line) -> list[Line] | None:
    """A photo's caption and credit between a paragraph's sentences, as list pages flatten them
    ("… 밝혔다. 직원이 달러화를 정리하고 있다.(사진=기획재정부) 이번 외평채는 …"): the sentence before
    the credit is the caption; returns the text before and after it, or None when no sentence
    follows the credit (a caption line, read as such)."""
    if not _INLINE_CREDIT_RE.search(line.text):
        return None
    match = find_photo_credit(line.text)
    if match is None or match.start() == 0:
        return None
    before, after = line.text[: match.start()].rstrip(" /"), line.text[match.end() :]
    if len(after.strip()) < _MIN_INLINE_SENTENCE or not ends_sentence(after) or not ends_sentence(before):
        return None
    cut = max((m.end() for m in _SENTENCE_BREAK_RE.finditer(before)), default=0)
    layout.captions.append(before[cut:])
    layout.photo_credits.append(match["credit"].strip())
    pieces = [(0, before[:cut].rstrip()), (match.end() + len(after) - len(after.lstrip()), after.strip())]
    return [Line(text, line.start + at, line.start + at + len(text)) for at, text in pieces if text]


# A bracketed credit, the only kind a list page flattens between sentences: "(사진=X)", "[X 제공]".
_INLINE_CREDIT_RE = re.compile(r"[\[(<]\s*(?:사진|자료|그래픽|이미지|영상)|제공\s*[\])>]")
_MIN_INLINE_SENTENCE = 12  # "이번 채권은 3년 만기로 발행됐다." after a credit; not "2024.5.1"
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])[\"”’')]?\s+(?=\S)")


def _read_credited_caption(layout: Layout, text: str) -> bool:
    """A photo's caption over the lead of a signed story, its photographer after a slash ("… 윤정호
    TV조선 보도본부장. /오종찬 기자"): a caption and its credit, not a second writer."""
    if layout.body or not layout.reporters or len(text) > _MAX_SIGNED_CAPTION_CHARS:
        return False
    if "/" not in text[-_SIGNATURE_CHARS:] or not p.TRAILING_PHOTO_BYLINE_RE.search(text):
        return False
    caption, signed = strip_trailing_byline(text)
    if signed is None or len(signed.reporters) != 1 or signed.reporters[0] in layout.reporters:
        return False
    layout.captions.append(caption)
    layout.photo_credits.append(f"{signed.reporters[0]} 기자")
    return True


def _read_picture_signed_caption(layout: Layout, text: str) -> bool:
    """A caption closed by its picture's maker ("… 상승 마감했다./그래픽=김은옥 기자"): the credit
    names who drew the graphic, not who wrote the story."""
    if "/" not in text[-_SIGNATURE_CHARS:] or len(text) > _MAX_SIGNED_CAPTION_CHARS:
        return False
    signed = p.TRAILING_PHOTO_BYLINE_RE.search(text)
    if signed is None or signed["place"] not in p.PICTURE_WORDS:
        return False
    layout.captions.append(text[: signed.start()].rstrip())
    layout.photo_credits.append(f"{signed['names'].strip()} {signed['title']}")
    return True


_MAX_SIGNED_CAPTION_CHARS = 150  # a caption's sentence or two; a photo story's text runs longer


def _cut_signature(layout: Layout, text: str, line: Line) -> tuple[str, Line]:
    """A photo story's caption signed at its end ("… 있다. /장태엽기자·mode70@"), or a paragraph
    closed by "<여동은 기자>": the byline leaves the text."""
    closing = text.rstrip()[-1:]
    if (carded := _take_at_card(layout, text)) is not None:
        return carded, Line(carded, line.start, line.start + len(carded))
    if "=" in text[-_SIGNATURE_CHARS:] and (credited := read_role_credits(text)) is not None:
        text, writers, photographers = credited  # "… 노력하겠다. <사진=문승연 사진작가, 글=배성호 기자>"
        layout.add_byline(writers)
        layout.photo_credits.extend(photographers)
        return text, Line(text, line.start, line.start + len(text))
    if "/" not in text[-_SIGNATURE_CHARS:] and closing not in (">", "〉"):
        return text, line  # neither "… /장태엽기자·mode70@" nor "<여동은 기자>" can close it
    if "@" in text[-_SIGNATURE_CHARS:] and (dated := _DATED_ADDRESS_TAIL_RE.search(text)) is not None:
        layout.add_emails([dated["email"]])
        text = text[: dated.start("mark")].rstrip()  # "… 최지훈. 2023.10.05 / dreamer@osen.co.kr": the photographer's
        return text, Line(text, line.start, line.start + len(text))
    if not (p.TRAILING_PHOTO_BYLINE_RE.search(text) or p.TRAILING_ANGLE_BYLINE_RE.search(text)):
        return text, line
    text, signed = strip_trailing_byline(text)
    if signed is None:
        return text, line
    layout.add_byline(signed)
    if signed.rest and layout.published is None:
        layout.published = parse_timestamp(signed.rest)  # "… 말했다./평택=오승현기자 2020.10.06": the photo's day
    return text, Line(text, line.start, line.start + len(text))


def _take_at_card(layout: Layout, text: str) -> str | None:
    """ "… 전달하려고2020.08.13@ 한경국": a list item's date and writer glued to its summary; the first item's
    card signs the page's record. The text without the card; None when there is none."""
    carded = p.TRAILING_AT_NAME_RE.search(text) if "@" in text[-_AT_CARD_CHARS:] else None  # most lines: no "@"
    if carded is None or bare_name(carded["name"]) != carded["name"] or carded.start() == 0:
        return None
    if not layout.reporters:
        layout.add_byline(Byline((carded["name"],)))
        layout.published = layout.published or (parse_timestamp(carded["date"]) if carded["date"] else None)
    return text[: carded.start()].rstrip(" ,")


_AT_CARD_CHARS = 20


# A photo's date and its photographer's address closing a caption: "… 2023.10.05 / dreamer@osen.co.kr".
_DATED_ADDRESS_TAIL_RE = re.compile(
    rf"(?:19|20)\d\d\.\d\d\.\d\d\.?\s*(?P<mark>/)\s*(?P<email>{p.EMAIL_RE.pattern})\s*$"
)


def _signs_a_later_story(layout: Layout, byline: Byline) -> bool:
    """Whether a bare signature signs another story: one closed the story already, and a headline came
    since (a list's next item, a box of other stories' cards); not a page of readers' signed comments."""
    if layout.signed_at is None or not byline.reporters or byline.rest:
        return False
    if set(byline.reporters) <= set(layout.reporters):
        return False  # the story's writer again
    since = layout.body[layout.signed_at :]  # a headline since: another story; only paragraphs: another voice
    return any(len(line.text) < _MAX_DECK and not ends_sentence(line.text) for line in since)


def _opens_next_story(layout: Layout, byline: Byline) -> bool:
    """Whether a dated lead under the story's own lead opens the next story of a list: the same masthead
    again, now with a place; or another writer's lead under a summary cut off ("[OSEN=최현유 기자] …" under
    "… '식사부터......') or under a story whose own lead another outlet's byline opened (a page of clippings:
    "[스포츠경향 안병길기자] …" under "[스포츠월드 현정민기자] …"; two bureaus of one outlet sign one story)."""
    if layout.body and byline.reporters and byline.rest and layout.reporters:
        cut_off = layout.body[-1].text.rstrip().endswith(("...", "…", "⋯"))
        clipped = layout.lead_signed and None not in (byline.agency, layout.agency) and byline.agency != layout.agency
        return (cut_off or clipped) and set(byline.reporters).isdisjoint(layout.reporters)
    if not layout.body or not byline.location or byline.reporters or not ends_sentence(byline.rest):
        return False
    return byline.agency is not None and byline.agency == layout.agency and layout.location is None


def _photographer_under_card(layout: Layout, text: str, byline: Byline) -> bool:
    """A name and title alone in brackets under a writer's card that gave an address, before the story:
    a magazine's photo credit ("[박해윤 기자]"), not a second writer."""
    if layout.body or not layout.emails or not layout.reporters or byline.rest or byline.emails:
        return False
    return len(byline.reporters) == 1 and _BRACKETED_NAME_TITLE_RE.fullmatch(text.strip()) is not None


_BRACKETED_NAME_TITLE_RE = re.compile(rf"\[\s*{p.KO_NAME}\s*(?:{p.TITLES})\s*\]")


def _adds_time(known: str | None, found: str) -> bool:
    """Whether ``found`` is the day ``known`` names, with its time."""
    return known is not None and len(known) == 10 and len(found) > 10 and found.startswith(known)


def _read_titled_time(layout: Layout, text: str) -> bool:
    """ "머니투데이 유일한 공채 1기, MTN 기자 | 2010.01.01 08:03": the writer's description and the time."""
    tail = p.TITLE_THEN_TIME_RE.search(text)
    if tail is None or len(text) > 80:
        return False
    layout.published = layout.published or parse_timestamp(tail["when"])
    if (byline := parse_byline(text[: tail.start("when")].rstrip(" |│"))) is not None:
        layout.add_byline(byline)
    return True


def _read_board_signature(layout: Layout, text: str) -> bool:
    """A board's date and writer: "• 09.09.28 / 고종섭" (a two-digit year, read as 20xx up to now)."""
    signed = p.BOARD_DATE_NAME_RE.match(text.strip(p.BULLET_CHARS + " "))
    if signed is None or bare_name(signed["name"]) != signed["name"]:
        return False
    year, month, day = (int(part) for part in signed.group("yy", "mm", "dd"))
    year += 2000 if year <= date.today().year % 100 else 1900
    try:
        layout.published = layout.published or date(year, month, day).isoformat()
    except ValueError:
        return False
    layout.add_byline(Byline((signed["name"],)))
    return True


def _read_dated_signature(layout: Layout, text: str) -> bool:
    """A header line of issue marks, a date and a signature: "[150호] 2022년 10월 01일 (토) 이용인 yyi@…"."""
    signed = p.DATED_NAME_EMAIL_RE.search(text)
    if not signed or bare_name(signed["name"]) is None:
        return False
    head = p.ISSUE_MARK_RE.sub(" ", text[: signed.start()]).strip()
    when = parse_timestamp(head) if head else None
    if head and (when is None or find_labelled_times(head) is None):
        return False  # words besides a date: a sentence that ends with an address
    layout.add_byline(Byline((signed["name"],), (signed["email"],)))
    layout.published = layout.published or when
    return True


def _read_caption(layout: Layout, text: str) -> bool:
    """A photo caption with its credit; False when ``text`` carries no credit."""
    credit = parse_photo_credit(text)
    if credit is None:
        return False
    caption, source = credit
    photographer = re.sub(rf"\s*(?:{p.TITLES})$", "", source)  # "사진=송봉근 기자"
    staff_photographer = _credits_a_reporter(text, photographer)
    if (signed := _byline_before_photographer(caption, staff_photographer)) is not None:
        layout.add_byline(signed)  # "홍길동 기자 사진=김철수 기자"
        caption = ""
    if caption:
        layout.captions.append(caption)
    layout.photo_credits.append(source)
    if any(mark in text for mark in "ⓒ©Ⓒ"):  # "/뉴스1 ⓒ News1 이승배 기자"; "ⓒ SBS" on another outlet's page
        layout.caption_agency = layout.caption_agency or _agency_in(text)
    if staff_photographer and photographer not in layout.credited_photographers:
        layout.credited_photographers.append(photographer)  # "ⓒ News1 이승배 기자": a photo story's author
    return True


def _names_headline_subject(text: str, title: str | None) -> bool:
    """Whether a short line closed by a full stop only repeats words of the headline, as a portrait's
    caption names the person the headline names ("김진경 경기도의회 의장.")."""
    words = text.rstrip().removesuffix(".").split()
    if not title or len(words) < 2 or len(text) > _MAX_PORTRAIT_CAPTION or not text.rstrip().endswith("."):
        return False
    return all(word in title.split() for word in words)


_MAX_PORTRAIT_CAPTION = 30


def _read_signed_caption(layout: Layout, text: str, *, pictured: bool = False) -> bool:
    """A photo caption over the lead signed by its photographer as a story is ("… 둘러보고 있다.
    박한솔 기자 hansol@"): a caption and its credit, the photographer standing in for the story's
    author only when no byline follows. Under an image's file name a caption may tell the past
    ("… 비즈니스룸에서 열렸다. 이지용기자 sajahu@")."""
    if len(text) > _MAX_CAPTION_CHARS or "기자" not in text:
        return False
    caption, signed = strip_trailing_byline(text)
    if signed is None or len(signed.reporters) != 1 or not (pictured or p.CAPTION_ENDING_RE.search(caption)):
        return False
    if signed.location and signed.agency:
        return False  # "… 있다. (서울=연합뉴스) 김인철 기자 aupfe@…": a wire story's closing signature
    layout.captions.append(caption)
    layout.photo_credits.append(f"{signed.reporters[0]} 기자")
    if signed.reporters[0] not in layout.stand_in_reporters:
        layout.stand_in_reporters.append(signed.reporters[0])
        layout.stand_in_emails.extend(signed.emails)
    return True


def _byline_before_photographer(caption: str, staff_photographer: bool) -> Byline | None:
    """The byline before a photo credit on one line ("홍길동 기자 사진=김철수 기자", "홍길동 기자 /
    사진=연합뉴스"); None for a caption naming the person pictured ("박정우 신임 특파원. [사진=뉴스핌DB]")."""
    if not caption or caption.endswith(".") or not (staff_photographer or len(caption) <= 20):
        return None  # "홍길동 기자 / 사진=연합뉴스": a byline short of any caption's words
    signed = parse_byline(caption)
    return signed if signed is not None and signed.reporters and not signed.rest else None


def _credits_a_reporter(text: str, name: str) -> bool:
    """Whether a photo credit names a staff photographer ("이승배 기자"), not an agency or a source."""
    return bare_name(name) == name and re.search(rf"{re.escape(name)}\s*(?:{p.TITLES})", text) is not None


def _read_email_line(layout: Layout, text: str) -> bool:
    if "@" not in text:
        return False
    emails = p.EMAIL_RE.findall(text)
    if parse_photo_credit(text) is not None:
        return False  # "[사진 = 송일섭기자 andlyu@…]": the photographer's address, read as a caption
    if p.TIP_EMAIL_LINE_RE.match(text):
        return True  # a tip box's address: consumed, not a reporter's
    named = p.EMAIL_RE.sub("", text).strip(" ()<>[]:/|")
    if emails and _SITE_DOMAIN_RE.fullmatch(named):
        named = ""  # "kangkiun@naver.comnewsway.co.kr": the site's address run into the writer's
    if emails and p.NAME_BESIDE_EMAIL_RE.fullmatch(named) and (name := bare_name(named)):
        layout.add_byline(Byline((name,), tuple(emails)))  # "Kim Min-ji (minji@koreatimes.co.kr)"
        return True
    if emails and "|" in text and is_outlet(outlet := _ALIAS_RE.sub("", named)):
        layout.add_byline(Byline(emails=tuple(emails), agency=outlet))  # "뉴스프로 (TheNewsPro) | desk@…"
        return True
    if not emails or len(named) > 12:
        return False
    if not _TIP_LINE_RE.search(p.EMAIL_RE.sub("", text)) and (layout.reporters or layout.body):
        layout.add_emails(emails)
    return True


_SITE_DOMAIN_RE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
# The outlet's name again in Latin letters: "뉴스프로 (TheNewsPro)".
_ALIAS_RE = re.compile(r"\s*\([A-Za-z][A-Za-z0-9 .&-]{1,30}\)?$")


def _production_credits(text: str) -> bool:
    """A video story's closing credits in parentheses, each part a role and its people: "(프로듀서 조기호 / 연출
    이아리따, 김혜지 / 촬영 문소라 / 편집 박혜준 / …)"."""
    if not (text.startswith("(") and text.endswith(")")) or text.count("/") < 2:
        return False
    parts = [part.strip() for part in text.strip("() ").split("/")]
    return sum(bool(_PRODUCTION_ROLE_RE.match(part)) for part in parts) >= max(3, len(parts) - 1)


_PRODUCTION_ROLE_RE = re.compile(
    r"(?:프로듀서|PD|기획|연출|조연출|구성|작가|촬영|편집|영상편집|그래픽|CG|디자인|내레이션|내래이션|나레이션|출연|"
    r"제작지원|제작|글|취재|사진|영상|자막|번역|감수|도움|인턴)(?:·\S+)?\s+\S"
)


def _signs_card(tail: str) -> bool:
    return p.TRAILING_EN_BY_RE.search(tail) is not None or p.TRAILING_BYLINE_RE.search(tail) is not None


def _cut_trailing_byline(layout: Layout) -> None:
    if not layout.body:
        return
    for index, line in enumerate(layout.body[:-1]):  # a list page: a signed summary, then the next item
        # only a byline with its address counts here, or the first card's "… By Soo Yeon Oh", "… 주장했다. 이상국기자"
        first_card = not layout.reporters and _signs_card(line.text[-60:])
        if "@" not in line.text[-120:] and not first_card:
            continue
        text, byline = strip_trailing_byline(line.text)
        # "… 입장을 밝혔다./ soul1014@osen.co.kr": a photo's caption signed by its photographer's address
        slashed = p.TRAILING_SLASH_EMAIL_RE.search(line.text) is not None
        if byline is not None and (byline.emails or first_card) and (byline.reporters or slashed):
            layout.add_byline(byline)
            layout.body[index] = Line(text, line.start, line.start + len(text))
    if len(layout.body) > 1 and _production_credits(layout.body[-1].text):
        layout.credits.append(layout.body.pop().text.strip("() "))  # "(프로듀서 조기호 / 연출 … / 촬영 …)"
    closing = len(layout.body) - 1
    if listed := p.TRAILING_LIST_DATE_RE.search(layout.body[closing].text):  # "… 전…2025-09-26 좋아요 개"
        layout.published = layout.published or listed["date"]
        text = layout.body[closing].text[: listed.start()].rstrip()
        layout.body[closing] = Line(text, layout.body[closing].start, layout.body[closing].start + len(text))
    # "… it added(IANS)" then "Please": a widget's first word; "취재부" / "연락처 064-…": a desk's card
    while closing > 0 and closing > len(layout.body) - 3 and _is_stub(layout.body[closing].text):
        closing -= 1
    if (
        closing > 0
        and (signed := _dash_signature(layout.body[closing].text))
        and ends_sentence(layout.body[closing - 1].text)
    ):
        layout.add_byline(Byline((signed,)))  # "… Further details will follow." / "- Ruddy Mathison"
        del layout.body[closing]
        closing -= 1
    # "… (Yonhap) (END)" then "view original file": the wire's end mark closed the story a line or two above
    ended = (i for i in (closing - 1, closing - 2) if i >= 0 and _ends_with_end_mark(layout.body[i].text))
    closing = next(ended, closing)
    last = layout.body[closing]
    if last.text.endswith(")") and (credited := p.TRAILING_WIRE_CREDITS_RE.search(last.text)):
        _read_wire_credits(layout, credited["credits"])  # "… during the period. (Reporting by Joori Roh …)"
        last = Line(last.text[: credited.start()], last.start, last.start + credited.start())
        layout.body[closing] = last
    if (stamped := p.TRAILING_LABELLED_TIME_RE.search(last.text)) and (times := find_labelled_times(stamped["time"])):
        layout.published = layout.published or times.published  # "… 홍길동기자 … 입력시간 2000/07/12 17:52 ◀ 이전화면"
        last = Line(last.text[: stamped.start()], last.start, last.start + stamped.start())
        layout.body[closing] = last
    text, byline = strip_trailing_byline(last.text)
    if byline is not None:
        layout.add_byline(byline)
        layout.published = layout.published or (parse_timestamp(byline.rest) if byline.rest else None)  # "…/2018-04-17"
        layout.body[closing] = Line(text, last.start, last.start + len(text))


def _ends_with_end_mark(text: str) -> bool:
    return text.rstrip().endswith(("(END)", "(끝)"))


def _dash_signature(text: str) -> str | None:
    """The writer a story's last line names after a dash ("- Ruddy Mathison")."""
    text = text.strip()
    if text[:1] not in "-–—" or text.startswith("--") or known_city(text[1:].strip().title()):
        return None  # "- NEW YORK": a place
    return person_name(text[1:].strip())


def _is_stub(text: str) -> bool:
    return len(text.split()) <= 2 and len(text) < 20 and not ends_sentence(text)
