"""Text dumps of whole pages: where the article starts and ends among the page's furniture.

A page saved as text keeps its menus, section names, share widgets, image alt texts and
"most read" lists around the article. These rules find the article's headline after a
navigation block and put the lines around the article where they belong, so that the layout
reader sees a headline, a header and a body as in a clean article file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from extractors import patterns as p
from extractors.bylines import is_outlet, parse_byline, parse_photo_credit, strip_trailing_byline
from extractors.timestamps import find_labelled_times

__all__ = [
    "article_start",
    "drop_furniture",
    "ends_sentence",
    "greets_reader",
    "is_menu_line",
    "is_prose",
    "split_outlet_suffix",
]

_SHORT = 12  # characters: a menu entry, a section name, an image's alt text
_MENU_ENTRY_CHARS = 16
_MIN_TEXT_HEAD = 8  # lines before the first paragraph: enough to tell text from a menu
_PROSE_CHARS = 60
_PROSE_CHARS_KO = 40  # Hangul says as much in fewer characters
_ALWAYS_PROSE_CHARS = 160  # a line this long is a paragraph, however it ends
# "필요", "수요", "주요": nouns that end in 요 close no sentence ("… 캠페인 필요”" is a deck).
# A sentence may close with the mark of its photo: "… 열렸다.<사진>".
_SENTENCE_END_RE = re.compile(rf"(?:[.!?。…:]|다|(?<![필수주중개강소동])요)[\"'”’)\]]*(?:\s*{p.PHOTO_MARK})?$")
_PUNCTUATION_ONLY_RE = re.compile(r"[?!;:,.]+")
_SENTENCE_TAIL = 40  # characters: a sentence's last mark, its quotes and its photo's mark fit in them
_HEADLINE_PUNCTUATION_RE = re.compile(r"[,\"'“”‘’…?!.()\[\]=]")
# Endings that join a sentence's words (particles, connective verbs); a menu's entries are bare nouns.
_PARTICLE_END_RE = re.compile(
    r"(?:[가-힣](?:을|를|은|는|와|과)|[가-힣]{2}(?:이|가)|에서|으로|하고|놓고|해야|까지|부터|에게)$"  # "국힘이" too
)


class _Text(Protocol):
    text: str


def drop_furniture(lines: Sequence[_Text]) -> list:
    """Lines without share widgets, transcript markers and repeated image captions.

    >>> class L:
    ...     def __init__(self, text): self.text = text
    >>> [line.text for line in drop_furniture([L("[앵커]"), L("본문."), L("사진 설명"), L("사진 설명"), L("댓글 0")])]
    ['본문.', '사진 설명']
    """
    kept: list = []
    summary, history = _portal_summary(lines), _search_history_box(lines)
    running = _running_heads(lines)
    for index, line in enumerate(lines):
        if index in summary or index in history or line.text.strip() in running:
            continue
        core = line.text.strip(p.BULLET_CHARS + "+ ")
        if not core or p.WIDGET_LINE_RE.match(core) or _is_promotion(core) or _is_markup_residue(core):
            continue  # font-size buttons ("-", "+"), share widgets, "👀 Watchlist Winners: …", a tag's remains
        if (
            p.IMAGE_FILE_LINE_RE.match(core)
            or _PUNCTUATION_ONLY_RE.fullmatch(core)
            or p.CLOCK_LINE_RE.match(core)
            or p.IDENTIFIER_LINE_RE.fullmatch(core)
        ):
            # "KCTV영상취재팀.jpg": an image's file name left where the image was; a lone "?" icon or ";"
            # (a script's remains over the headline);
            # "7:19pm Mon 22 May": a clock and a day with no year; "bar_progress": a markup identifier
            continue
        if _is_toolbar(core) or p.SKIP_LINKS_RE.match(core):
            continue  # "크게 작게 프린트 메일", "서비스 메뉴 바로가기 본문 바로가기"
        if p.TRANSCRIPT_MARKER_RE.match(core) or p.TRANSCRIPT_MARKER_RE.match(line.text.strip()):
            continue  # speaker marks: "[앵커]", and "◀ 앵커 ▶", whose arrow is also a bullet
        if kept and kept[-1].text == line.text and len(line.text) < 80 and not _doubled_caption(line.text):
            continue
        kept.append(line)
    return kept


def _search_history_box(lines: Sequence[_Text]) -> range:
    """A search page's box of the reader's recent searches: "최근검색어" / "• 탁재훈" / "2025-07-18" / "검색기록
    지우기" … "전체삭제" (a search term beside a date reads as a writer beside a time)."""
    labelled = (i for i, line in enumerate(lines) if "검색어" in line.text)  # a string test before the pattern
    start = next((i for i in labelled if _SEARCH_HISTORY_RE.fullmatch(lines[i].text.strip())), None)
    if start is None:
        return range(0)
    window = range(start + 1, min(len(lines), start + _MAX_SEARCH_HISTORY_LINES))
    ends = [i for i in window if _SEARCH_HISTORY_END_RE.fullmatch(lines[i].text.strip(p.BULLET_CHARS + " "))]
    end = ends[-1] if ends else None
    return range(start, end + 1) if end is not None else range(0)


_SEARCH_HISTORY_RE = re.compile(r"최근\s*검색어")
_SEARCH_HISTORY_END_RE = re.compile(
    r"전체\s*삭제|검색어\s*저장\s*(?:끄기|켜기)|검색\s*기록\s*지우기|"
    r"저장된 검색어가 없습니다\.?|검색어 저장 기능이 꺼져 있습니다\.?"
)
_MAX_SEARCH_HISTORY_LINES = 40


def _doubled_caption(text: str) -> bool:
    """A caption's sentence ("… 기념촬영을 하고 있다."), printed twice as alt text and caption: it stays
    twice, as the doubling tells it from the lead."""
    return len(text) >= _MIN_CAPTION_SENTENCE and text.rstrip().endswith(".") and bool(p.CAPTION_ENDING_RE.search(text))


_MIN_CAPTION_SENTENCE = 20
_SUMMARY_LINES = 12  # at most: a portal's summary is three to five sentences


def _running_heads(lines: Sequence[_Text]) -> set[str]:
    """A bracketed line a print page repeats through its text ("[The Corea Courier]" at every
    column break): the paper's running head, not a paragraph."""
    bracketed = Counter(text for line in lines if p.RUNNING_HEAD_RE.match(text := line.text.strip()))
    # "[저작권자ⓒ 시민일보. 무단전재-재배포 금지]" under each photo: the rights notice still closes the story
    return {text for text, count in bracketed.items() if count > 1 and not p.COPYRIGHT_NOTICE_RE.search(text)}


def _portal_summary(lines: Sequence[_Text]) -> range:
    """Where a portal's machine summary stands, between its notice and the font-size box ("전체
    맥락을 이해하기 위해서는 본문 보기를 권장합니다." … "이 글자크기로 변경됩니다."), when the story
    follows it and repeats its sentences; a page cut before the story keeps the summary."""
    start = next((i for i, line in enumerate(lines) if p.PORTAL_SUMMARY_START_RE.match(line.text)), None)
    if start is None:
        return range(0)
    window = lines[start + 1 : start + 1 + _SUMMARY_LINES]
    end = next((start + 1 + i for i, line in enumerate(window) if p.PORTAL_SUMMARY_END_RE.match(line.text)), None)
    if end is None:
        return range(0)
    story = _comparable(" ".join(line.text for line in lines[end + 1 :]))
    repeated = any(_comparable(line.text) in story for line in lines[start + 1 : end])
    return range(start + 1, end) if repeated else range(0)


_QUOTES = str.maketrans("‘’“”", "''\"\"")


def _comparable(text: str) -> str:
    """Text as a portal's summary and its story both print it: one kind of quote, single spaces."""
    return " ".join(text.translate(_QUOTES).split())


def _is_toolbar(text: str) -> bool:
    """A toolbar's buttons as words: two or more, and every one a toolbar word."""
    words = text.replace("|", " ").split()
    return len(words) >= 2 and all(word in p.TOOLBAR_WORDS for word in words)


def _is_markup_residue(text: str) -> bool:
    """A tag's attributes left in the text ('… class="x" id="y" />'): only a line ending in ">"."""
    return text.rstrip().endswith(">") and p.MARKUP_RESIDUE_RE.search(text) is not None


def _is_promotion(text: str) -> bool:
    """A promotion line: headlines and body text do not open with a pictographic emoji, unless a
    blog's whole paragraph does ("🇺🇸 English Sentence: … 🇰🇷 한국어 해석: …")."""
    return ord(text[0]) >= _FIRST_EMOJI and len(text) < _MAX_PROMOTION_CHARS


_FIRST_EMOJI = 0x1F000
_MAX_PROMOTION_CHARS = 200


def ends_sentence(text: str) -> bool:
    """Whether ``text`` closes like a sentence (Korean 다/요, or punctuation), quotes aside."""
    return bool(_SENTENCE_END_RE.search(text.rstrip()[-_SENTENCE_TAIL:]))  # a search from every start is slow


def is_prose(text: str) -> bool:
    """A body sentence or paragraph, not a headline or a menu; signed or credited at its end or not
    ("… 둘러보고 있다. 박한솔 기자 hansol@", "… 기념촬영을 하고 있다./인천시의회 제공")."""
    if _is_list_item(text) or _ORPHAN_PARTICLE_RE.match(text):
        return False  # "를 클릭 하시면 관심지역으로 설정됩니다.": a widget's words, its icon gone
    if _reads_as_prose(text):
        return True
    unsigned = _unsigned(text)
    if unsigned is not None and _reads_as_prose(unsigned):
        return True
    credited = parse_photo_credit(text)  # a photo's caption, as a photo story's text
    return credited is not None and p.CAPTION_ENDING_RE.search(credited[0]) is not None


# Words left when a widget's icon or numbers are gone: "를 클릭 하시면 …", "명의 시민기자가 개의 기사를 …".
_ORPHAN_PARTICLE_RE = re.compile(r"^(?:를|을|에서|에게|으로|로|의|명의|개의|건의)\s")


def _unsigned(text: str) -> str | None:
    """The text before a byline closing it ("… 둘러보고 있다." of "… 있다. 박한솔 기자 hansol@"), or
    None when no byline closes it."""
    if "기자" not in text:
        return None
    unsigned, signature = strip_trailing_byline(text)
    return unsigned if signature is not None else None


def _reads_as_prose(text: str) -> bool:
    if len(text) >= _ALWAYS_PROSE_CHARS:
        return True
    if len(text) < _PROSE_CHARS_KO or not ends_sentence(text):
        return False
    korean = len(p.HANGUL_SYLLABLE_RE.findall(text)) > len(text) / 3
    return len(text) >= (_PROSE_CHARS_KO if korean else _PROSE_CHARS)


def is_menu_line(text: str) -> bool:
    """A navigation entry, section name, breadcrumb or menu bar."""
    core = text.strip(p.BULLET_CHARS + " ")
    if not core:
        return True
    if core in p.SECTION_WORDS or core in p.EN_SECTION_WORDS or p.BREADCRUMB_RE.match(core):
        return True
    parts = p.SECTION_JOIN_RE.split(core)
    if len(parts) > 1 and all(part in p.SECTION_WORDS or part in p.EN_SECTION_WORDS for part in parts):
        return True  # "Lifestyle & Culture"
    if _sections_and_masthead(core.split()):
        return True  # "스포츠 사회 대구MBC NEWS": the page's sections and its name
    entries = core.split(" | ")
    if len(entries) >= 3 and all(len(entry) <= _MENU_ENTRY_CHARS for entry in entries):
        return True  # "오늘의뉴스 | 뉴스 | 지역방송 | LG HelloVision"
    if len(core) <= _SHORT and not _SENTENCE_END_RE.search(core):
        return True
    words = core.split()
    if len(words) < 6 or _HEADLINE_PUNCTUATION_RE.search(core) or _SENTENCE_END_RE.search(core):
        return False
    bound = [i for i, word in enumerate(words) if _is_bound_word(word)]
    leaning = [i for i in bound if i - 1 not in bound and i + 1 not in bound]  # not "연 도 구 분": letter-spaced
    joints = sum(1 for word in words if _PARTICLE_END_RE.search(word) or _joins_a_phrase(word))
    if joints + len(leaning) >= 2:
        return False  # "항구 재개발 놓고 시와 업체 법정공방", "올 시즌부터 … 경기 중 …": a phrase, a headline
    return sum(len(w) for w in words) / len(words) <= 4.5  # a menu bar: many short entries


def _joins_a_phrase(word: str) -> bool:
    """An English function word, or a lower-case word: menu entries are capitalised ("NPR to open
    Seoul bureau next year" is a headline, "Home News Politics Business" a menu)."""
    return word.lower() in _FUNCTION_WORDS or (len(word) > 1 and word.isascii() and word.isalpha() and word.islower())


def _is_bound_word(word: str) -> bool:
    """A one-syllable word ("올", "중", "뒤", "첫"): it leans on its neighbours, as no menu entry does."""
    return len(word) == 1 and "가" <= word <= "힣" and word not in _ONE_SYLLABLE_ENTRIES


# English words that join a sentence's words ("… believed to be latest in a series of tests"); no menu has two.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "to", "be", "of", "in", "on", "at", "for", "with", "is", "are", "was", "by"}
)
_ONE_SYLLABLE_ENTRIES = frozenset({"홈", "앱", "책", "글", "시", "차", "술", "집", "몸", "꿈", "돈", "밥", "옷", "펫"})


def _sections_and_masthead(words: list[str]) -> bool:
    sections = [w for w in words if w in p.SECTION_WORDS or w in p.EN_SECTION_WORDS]
    rest = [w for w in words if w not in sections]
    masthead = all(w in _MASTHEAD_WORDS or is_outlet(w) or p.REGIONAL_BROADCASTER_RE.match(w) for w in rest)
    return len(sections) >= 2 and bool(rest) and masthead


_MASTHEAD_WORDS = frozenset({"NEWS", "News", "뉴스", "TV", "온라인"})


def article_start(lines: Sequence[_Text], *, names_above: frozenset[str] = frozenset()) -> int:
    """Index of the headline when the text opens with navigation, else 0.

    The headline is the last line before the first prose paragraph that is neither
    furniture nor header metadata; navigation is recognised by menu lines before it.
    ``names_above`` are writers whose name lines already left the text (they count as bylines there).
    """
    first_prose = next(
        (i for i, line in enumerate(lines) if is_prose(line.text) and not _is_list_item(line.text)), None
    )
    if first_prose is not None and (headline := _headline_over_wire_lead(lines, first_prose)) is not None:
        return headline
    if first_prose == 0:
        return 0
    if first_prose is None:  # short sentences only: the headline over its byline or time, under a menu
        head = [line.text for line in lines]
        found = _headline_above_metadata(head, names_above, timed=True) or 0
        return found if not any(_could_be_headline(text) for text in head[:found]) else 0
    head = [line.text for line in lines[:first_prose]]
    anchored = _headline_above_metadata(head, names_above)
    if anchored is not None:
        return _first_printing(head, anchored)
    if _headline_under_link_list(head):
        return len(head) - 1
    menus = sum(1 for text in head if is_menu_line(text) and not _is_header_metadata(text))
    if not menus:
        return 0  # no navigation: the text starts with its headline
    if len(head) >= _MIN_TEXT_HEAD and menus * 2 < len(head):
        return 0  # a few short lines among many more of text (a poem's lines and their translation): no menu
    if _section_kicker_over_headline(head):
        return 1  # "라이프" / headline / decks: a section's name over the headline, not a menu
    for index in range(first_prose - 1, -1, -1):
        if _could_be_headline(head[index]):
            top = _top_under_byline(head, index)
            translated = _top_of_headline_run(head, top)
            return translated if translated != top else _headline_over_deck(head, top)
    return 0


def _headline_over_wire_lead(lines: Sequence[_Text], first_prose: int) -> int | None:
    """The headline over a wire dateline's lead ("Oct. 22 (Bloomberg) -- …") when the first prose
    was a site's blurb with a run of navigation under it ("Connecting decision makers …" / "Financial
    Products" / "Customer Support" / "+1 212 …"): the story starts there, not at the blurb."""
    for index in range(first_prose + 1, min(len(lines), first_prose + _MAX_NAVIGATION_RUN)):
        text = lines[index].text
        if not is_prose(text):
            continue
        if index - first_prose - 1 < _MIN_NAVIGATION_RUN:
            return None  # the next paragraph comes right after: the first was the story's lead
        dateline = parse_byline(text) if len(text) > _MIN_WIRE_LEAD else None
        if dateline is None or not (dateline.agency or dateline.location) or len(dateline.rest) < _MIN_WIRE_LEAD:
            return None  # the story went on with prose: the first was its lead
        between = [line.text for line in lines[first_prose + 1 : index]]
        if sum(1 for text in between if not _is_header_metadata(text)) < _MIN_NAVIGATION_RUN:
            return None  # a standfirst, its byline and time over the lead
        return next((i for i in range(index - 1, first_prose, -1) if _could_be_headline(lines[i].text)), None)
    return None


_MAX_NAVIGATION_RUN = 40
_MIN_NAVIGATION_RUN = 6
_MIN_WIRE_LEAD = 60


def _first_printing(head: list[str], index: int) -> int:
    """The headline where the page first prints it over its time ("… '이달의 기자상'" / "• 입력 …"),
    when the line found is a later copy: a photo's alt text, quotes dropped, over its caption."""
    letters = letters_only(head[index])
    for earlier in range(index):
        if letters_only(head[earlier]) != letters:
            continue
        if any(find_labelled_times(text) for text in head[earlier + 1 : earlier + 1 + _TIME_UNDER_HEADLINE]):
            return earlier
    return index


_TIME_UNDER_HEADLINE = 4  # the byline card's lines: "• 박준상" / "• |" / "• 입력 2023-07-18 | 수정 …"


def letters_only(text: str) -> str:
    """The text's letters and digits alone: a headline and its alt-text copy, quotes dropped, compare equal."""
    return _NOT_LETTERS_RE.sub("", text)


_NOT_LETTERS_RE = re.compile(r"[\W_]+")


def _headline_over_deck(head: list[str], index: int) -> int:
    """The headline of a headline and one deck under the page's menu ("통신원리포트" / headline /
    "‘…’ 대상 시상금 모금회에 전달"): two such lines alone between menu lines and the story."""
    if index < 1 or not _could_be_headline(head[index - 1]) or is_menu_line(head[index - 1]):
        return index
    return index - 1 if index < 2 or not _could_be_headline(head[index - 2]) else index


def _top_under_byline(head: list[str], index: int) -> int:
    """The headline of a headline and deck printed under the writer's card ("by 음감 Feb 01. 2024" /
    headline / deck): the first of the run when a byline or time sits right above it."""
    top = index
    while top > 0 and _could_be_headline(head[top - 1]):
        top -= 1
    return top if top < index and top > 0 and _is_header_metadata(head[top - 1]) else index


def _headline_under_link_list(head: list[str]) -> bool:
    """Other stories' headlines as a bulleted list ("- California Assembly OKs …"), then this
    story's headline, unbulleted, over its lead."""
    return (
        len(head) >= 3
        and all(map(_is_list_item, head[:-1]))
        and not _is_list_item(head[-1])
        and (_could_be_headline(head[-1]))
    )


def _top_of_headline_run(head: list[str], index: int) -> int:
    """The headline over its translation: "Korean Americans Give More Support …" over "… 한국계 미국인들"."""
    above = head[index - 1] if index > 0 else ""
    translated = bool(p.HANGUL_SYLLABLE_RE.search(above)) != bool(p.HANGUL_SYLLABLE_RE.search(head[index]))
    return index - 1 if translated and _could_be_headline(above) else index


def _section_kicker_over_headline(head: list[str]) -> bool:
    """One short section name, then only a headline and its decks: "라이프" over "‘실명 댓글’ …"."""
    return (
        1 < len(head) <= 5
        and len(head[0]) <= 8
        and " " not in head[0]
        and is_menu_line(head[0])
        and all(_could_be_headline(text) and not is_menu_line(text) for text in head[1:])
    )


def _headline_above_metadata(
    head: list[str], names_above: frozenset[str] = frozenset(), *, timed: bool = False
) -> int | None:
    """The headline over the byline and time block nearest the story: the first of the headline-like
    lines right above that block (the ones after it are decks). None without such a block.

    Pages put menus and promotions above the headline and decks below it, but the byline and time
    block sits between the headline (with its deck) and the story, wherever the page puts it.
    With ``timed``, a headline printed with its time after it is such a block too (a script's page).
    """
    meta = [i for i, text in enumerate(head) if _is_header_metadata(text) or (timed and _headline_with_time(text))]
    if not meta:
        return None
    block = meta[-1]
    while block > 0 and (_is_header_metadata(head[block - 1]) or _is_header_furniture(head[block - 1])):
        block -= 1
    decks = block  # bulleted summary points and the page's filing ("Topic | South Korea") under the headline
    while decks > 0 and (_is_list_item(head[decks - 1]) or p.TAG_LINE_RE.match(head[decks - 1])):
        decks -= 1
    run = decks
    while run > 0 and _could_be_headline(head[run - 1]):
        run -= 1
    if run == decks:
        return block if _headline_with_time(head[block]) else _headline_under_top_card(head, block, meta[-1])
    if decks - run > 1 and p.ISSUE_LABEL_RE.match(head[run]):
        run += 1  # "이슈10호 태풍 하이선·9호 태풍 마이삭" over the headline: the running story's label
    return _headline_over_first_byline(head, run, head[block : meta[-1] + 1], names_above) or run


def _headline_under_top_card(head: list[str], block: int, last_meta: int) -> int | None:
    """The headline a blog prints under its writer's card at the top ("by 음감 Feb 01. 2024" /
    headline / deck): the card opens the text, a headline and at most one deck follow it."""
    after = head[last_meta + 1 :]
    if block or not 1 <= len(after) <= 2 or not all(map(_could_be_headline, after)):
        return None
    return last_meta + 1


def _headline_with_time(text: str) -> bool:
    """A headline printed with its time after it: "태풍 피해 복구 '한마음' 2020.09.18 09:55:30"."""
    headline, when = split_trailing_time(text)
    if signed := p.GLUED_KO_BYLINE_RE.match(headline):
        headline = signed["title"]  # "… '기대' 구분사회(박건상 기자)"
    return when is not None and _could_be_headline(headline)


def _headline_over_first_byline(
    head: list[str], run: int, lower_block: list[str], names_above: frozenset[str]
) -> int | None:
    """The headline over a byline the page prints twice: "headline / 김창희 기자 · 입력 … / decks /
    보령=김창희 기자 chkim@…" puts the decks between the two, so the run above the lower one is no headline."""
    upper = run
    while upper > 0 and (_is_header_metadata(head[upper - 1]) or _is_header_furniture(head[upper - 1])):
        upper -= 1
    if upper == run or upper == 0 or not _could_be_headline(head[upper - 1]):
        return None
    lower_names = _reporters_in(lower_block)
    if not lower_names or not lower_names & (_reporters_in(head[upper:run]) | names_above):
        return None
    headline = upper - 1
    while headline > 0 and _could_be_headline(head[headline - 1]):
        headline -= 1
    return headline


def _reporters_in(texts: list[str]) -> set[str]:
    return {name for text in texts if (byline := parse_byline(text)) is not None for name in byline.reporters}


def _is_header_furniture(text: str) -> bool:
    """What pages print inside the byline and time block: buttons ("기사원문 보기", "댓글 1") and
    the outlet's name alone ("한빛일보" between the headline and the time)."""
    return p.WIDGET_LINE_RE.match(text) is not None or (" " not in text and is_outlet(text))


def greets_reader(text: str) -> bool:
    """A writer introducing themselves on a line of their own: "〈시사IN〉 정치팀 이은기 기자입니다"."""
    return text.rstrip(".!").endswith("입니다") and p.SELF_INTRO_RE.search(text) is not None


def _could_be_headline(text: str) -> bool:
    if len(text) < 8 or _is_list_item(text) or re.search(r"(?<!\.)[.。]['\"”’)\]]*$", text):
        return False  # headlines do not end with a full stop
    if _ORPHAN_PARTICLE_RE.match(text):
        return False  # nor open with a particle whose word is gone
    if "/" in text and parse_photo_credit(text) is not None:
        return False  # nor credit a photo: "네이버 '요약봇' 서비스. / 네이버 홈페이지 발췌"
    if text.rstrip().endswith((":", "：")):
        return False  # nor with a colon: "Auther :" is a field's label
    if _unsigned(text) is not None:
        return False  # nor with a signature: "… 둘러보고 있다. 박한솔 기자 hansol@" is a signed caption
    if p.TAG_LINE_RE.match(text):
        return False  # "Topic | South Korea", "태그: 부동산": the page's filing, not a headline
    if greets_reader(text):
        return False  # "〈시사IN〉 정치팀 이은기 기자입니다": the writer greeting the reader
    if p.EN_MASTHEAD_RE.match(text.strip()):
        return False  # "Columbia Daily Tribune" under "Staff Writer": the paper's name on the writer's card
    return not is_menu_line(text) and not _is_header_metadata(text) and not is_outlet(text)


def _is_list_item(text: str) -> bool:
    return text[:1] in p.BULLET_CHARS


def _is_header_metadata(text: str) -> bool:
    return (
        find_labelled_times(text) is not None
        or ((byline := parse_byline(text)) is not None and not byline.credit)  # staff credits are no byline
        or p.AGENCY_ONLY_LINE_RE.match(text) is not None  # "The Associated Press"
        or (_is_list_item(text) and is_outlet(text.strip(p.BULLET_CHARS + " ")))  # "• 동아일보" under the headline
    )


def split_trailing_time(headline: str) -> tuple[str, str | None]:
    """A headline printed with its time after it ("Yonhap News Summary 17:48 August 07, 2019"):
    the headline and the time. Only a clock time is split off; a headline may end in a date."""
    if not _CLOCK_RE.search(headline):
        return headline, None  # most headlines: no time to look for
    words = p.GLUED_EN_MONTH_RE.sub(" ", headline).split()  # "… 없었다Nov 11, 2010 03:47 PM KST"
    for size in range(2, min(_MAX_TIME_WORDS, len(words) - 1) + 1):
        tail = " ".join(words[-size:])
        times = find_labelled_times(tail) if _CLOCK_RE.search(tail) else None
        if times is not None and times.published and not times.leftover:
            return " ".join(words[:-size]), times.published
    return headline, None


_MAX_TIME_WORDS = 6
_CLOCK_RE = re.compile(r"\d:\d\d")


def split_outlet_suffix(title: str) -> tuple[str, str | None]:
    """A headline and the outlet a page appends to it: "… 우려 / KBS뉴스(News)" -> ("… 우려", "KBS")."""
    match = p.TITLE_OUTLET_SUFFIX_RE.search(title)
    if not match:
        return title, None
    # "KBS뉴스(News)", "연합뉴스 (Yonhapnews)": the name again in the other script
    outlet = re.sub(r"\s*\((?:News|뉴스|[A-Za-z][A-Za-z0-9 .]{1,30})\)$", "", match["outlet"].strip())
    if not (is_outlet(outlet) or outlet in p.KNOWN_OUTLETS):
        return title, None
    station = outlet.removesuffix("뉴스")
    return title[: match.start()].rstrip(), station if station in p.KNOWN_OUTLETS else outlet
