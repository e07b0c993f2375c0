"""Publication and update times: labelled Korean and English timestamps to ISO 8601.

Outlets print local time without a zone: such a time gets the zone of the outlet's country
where its address names one (``rnz.co.nz``: New Zealand's, by the date), else Korea's
``+09:00``. A date without a time stays a bare ``YYYY-MM-DD``: inventing midnight would be a
wrong fact, not a default.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from extractors import patterns as p

__all__ = ["LabelledTimes", "find_labelled_times", "local_time_zone", "parse_timestamp", "zone_of_url"]

log = logging.getLogger(__name__)

KST = timezone(timedelta(hours=9), "KST")
# The zone of times printed without one, for the page being read (see local_time_zone).
_local_zone: ContextVar[tzinfo] = ContextVar("local_zone", default=KST)
# Countries' domains and the zone their outlets print local time in: countries of one zone,
# and Australia's by its largest newsrooms' (Sydney, Melbourne). A generic domain (.com) or a
# file with no address keeps Korea's.
_COUNTRY_ZONES = {
    "uk": "Europe/London", "ie": "Europe/Dublin", "nz": "Pacific/Auckland", "au": "Australia/Sydney",
    "in": "Asia/Kolkata", "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "lk": "Asia/Colombo", "np": "Asia/Kathmandu",
    "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "ph": "Asia/Manila", "th": "Asia/Bangkok",
    "vn": "Asia/Ho_Chi_Minh", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "cn": "Asia/Shanghai",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "kp": "Asia/Pyongyang", "ae": "Asia/Dubai", "qa": "Asia/Qatar",
    "sa": "Asia/Riyadh", "il": "Asia/Jerusalem", "tr": "Europe/Istanbul", "za": "Africa/Johannesburg",
    "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "gh": "Africa/Accra", "ug": "Africa/Kampala",
    "tz": "Africa/Dar_es_Salaam", "zw": "Africa/Harare", "eg": "Africa/Cairo", "de": "Europe/Berlin",
    "fr": "Europe/Paris", "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels", "ch": "Europe/Zurich", "at": "Europe/Vienna", "se": "Europe/Stockholm",
    "no": "Europe/Oslo", "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki", "pl": "Europe/Warsaw",
    "gr": "Europe/Athens", "pt": "Europe/Lisbon", "ua": "Europe/Kyiv",
}  # fmt: skip
_HOST_RE = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@]*@)?([^/:?#]+)", re.IGNORECASE)


def zone_of_url(url: str | None) -> tzinfo:
    """The zone an outlet at ``url`` prints its local times in.

    >>> [str(zone_of_url(u)) for u in ("https://www.rnz.co.nz/news/1", "https://www.yna.co.kr/view/1", None)]
    ['Pacific/Auckland', 'Asia/Seoul', 'KST']
    """
    host = _HOST_RE.match(url or "")
    country = host.group(1).rstrip(".").rsplit(".", 1)[-1].lower() if host else ""
    return ZoneInfo(_COUNTRY_ZONES[country]) if country in _COUNTRY_ZONES else KST  # ZoneInfo keeps each zone


@contextmanager
def local_time_zone(zone: tzinfo) -> Iterator[None]:
    """Read the times printed without a zone in ``zone`` inside this block (a page's outlet's)."""
    token = _local_zone.set(zone)
    try:
        yield
    finally:
        _local_zone.reset(token)


_MAX_TIMESTAMP_LINE = 200  # labels, dates and at most a short leftover
_MAX_DATE_CHARS = 100  # longer than any date with its time and zone ("Wednesday, December 25, 2024 at …")
# A blog post's card, its writer's handle before its time: "by bigfool.in.jeju 2015. 12. 16. 00:13".
_BY_HANDLE_RE = re.compile(r"[Bb]y\s+(?=[A-Za-z0-9_.@-]*[._@\d])[A-Za-z0-9_.@-]{2,30}")  # no pen name ("by 음감")
# An update's label closing a line whose date the page broke onto the next: "Updated: Monday, February 14,".
_CUT_UPDATE_RE = re.compile(r"(?:Last\s+)?[Uu]pdated\s*:?\s*(?:[A-Z][a-z]+\.?,?\s*){0,2}\d{0,2},?\s*$")
# A story card's author label whose name the page left empty, maybe after the day's name: "Monday, … Written by".
_EMPTY_BYLINE_LABEL_RE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:Written|Posted|Published|Created)\s+by\s*:?", re.I
)
_MAX_BARE_DATE_LEFTOVER = 16  # characters beside an unlabelled date: "All Headlines 13:28 November 09, 2017"
_MAX_DATED_BANNER = 40  # beside a page's " date 2017-02-11" line: "REINEKE FORD || NEWS UPDATES"


@dataclass(frozen=True, slots=True)
class LabelledTimes:
    published: str | None
    updated: str | None
    leftover: str  # the line without its timestamps and labels
    labelled: bool = True  # False for a bare date with no "입력"/"Published" label


def parse_timestamp(text: str, *, default_tz: tzinfo | None = None) -> str | None:
    """The first date or datetime in ``text`` as ISO 8601, or None.

    >>> parse_timestamp("입력 2024-05-16 16:57")
    '2024-05-16T16:57:00+09:00'
    >>> parse_timestamp("기사입력 2024-05-16 오후 4:57")
    '2024-05-16T16:57:00+09:00'
    >>> parse_timestamp("May 16, 2024 at 4:57 PM KST")
    '2024-05-16T16:57:00+09:00'
    >>> parse_timestamp("2024.05.16")
    '2024-05-16'
    >>> parse_timestamp("All News 22:58 July 25, 2019")
    '2019-07-25T22:58:00+09:00'
    >>> parse_timestamp("Updated: 10:15am, 29 Sep, 2019")
    '2019-09-29T10:15:00+09:00'
    >>> parse_timestamp("29-05-2025"), parse_timestamp("10/21/2024, 04:40 AM")
    ('2025-05-29', '2024-10-21T04:40:00+09:00')
    """
    found = _first_match(text)
    return _to_iso(found, default_tz or _local_zone.get()) if found else None


def _first_match(text: str) -> re.Match[str] | None:
    matches = [
        m
        for rx in (p.ISO_RE, p.NUMERIC_DATE_RE, p.NUMERIC_DMY_RE, p.EN_DATE_RE, p.EN_TIME_DATE_RE, p.EN_DATE_DMY_RE)
        if (m := rx.search(text))
    ]
    return min(matches, key=lambda m: m.start()) if matches else None


def _to_iso(match: re.Match[str], default_tz: tzinfo) -> str | None:
    groups = match.groupdict()
    if groups.get("iso"):
        return _iso_from_machine(groups["iso"])
    try:
        month, day = _month_and_day(groups)
        day_value = date(_full_year(groups["year"]), month, day)
    except (ValueError, KeyError):
        log.debug("impossible date %r", match.group(0))
        return None
    if groups.get("hour") is None:
        return day_value.isoformat()
    hour = _hour24(int(groups["hour"]), groups.get("ampm") or groups.get("ampm2"))
    try:
        moment = datetime(
            day_value.year,
            day_value.month,
            day_value.day,
            hour,
            int(groups["minute"]),
            int(groups.get("second") or 0),
            tzinfo=_zone(groups.get("zone"), default_tz),
        )
    except ValueError:
        log.debug("impossible time %r", match.group(0))
        return day_value.isoformat()
    return moment.isoformat()


def _full_year(year: str) -> int:
    """A two-digit year ("24.05.16") in this century unless that would be in the future."""
    if len(year) != 2:
        return int(year)
    century = 2000 if int(year) <= date.today().year % 100 + 1 else 1900
    return century + int(year)


def _month_and_day(groups: dict[str, str | None]) -> tuple[int, int]:
    """Month and day of a match; a numeric day-first date ("29-05-2025") is read month first
    only with slashes, the US way ("10/21/2024"), and whichever order makes a month."""
    if groups.get("lead"):
        first, second = int(groups["lead"]), int(groups["follow"])
        month_first = groups["sep"] == "/" and first <= 12
        month, day = (first, second) if month_first else (second, first)
        return (day, month) if month > 12 else (month, day)
    if groups.get("month"):
        return int(groups["month"]), int(groups["day"])
    name, day = (groups["monthname"], groups["day"]) if groups["monthname"] else (groups["monthname2"], groups["day2"])
    return p.MONTHS[name.lower()[:3]], int(day)


def _hour24(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm.startswith("오후") or ampm[0] in "Pp"
    if pm and hour < 12:
        return hour + 12
    if not pm and hour == 12:
        return 0
    return hour


def _zone(name: str | None, default_tz: tzinfo) -> tzinfo:
    if not name:
        return default_tz
    if name[:3].upper() in ("GMT", "UTC") and len(name) > 3:
        hours, _, minutes = name[4:].partition(":")  # "GMT+9", "UTC+05:30"
        if not minutes and len(hours) > 2:
            hours, minutes = hours[:-2], hours[-2:]
        sign = 1 if name[3] == "+" else -1
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))
    if name[0] in "+-":
        sign = 1 if name[0] == "+" else -1
        digits = name[1:].replace(":", "")
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    if seasonal := _SEASONAL_ZONES.get(name.upper()):
        return ZoneInfo(seasonal)  # "01:22 AM ET" in April is EDT (-04:00), in January EST (-05:00)
    return timezone(timedelta(hours=p.TZ_OFFSETS[name.upper()]))


# Zones a page names without the season: their offset follows the date.
_SEASONAL_ZONES = {"ET": "America/New_York", "PT": "America/Los_Angeles"}


def _iso_from_machine(value: str) -> str | None:
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T").replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.isoformat()


def parse_machine_time(value: str | None, *, default_tz: tzinfo | None = None) -> str | None:
    """Parse a machine-readable time (JSON-LD, ``<time datetime>``, meta tags).

    >>> parse_machine_time("2024-05-16T07:57:00Z")
    '2024-05-16T07:57:00+00:00'
    >>> parse_machine_time("2024-05-16T16:57:00")
    '2024-05-16T16:57:00+09:00'
    """
    if not value:
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return parse_timestamp(value, default_tz=default_tz)
    if len(value) <= 10:
        return moment.date().isoformat()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_tz or _local_zone.get())
    return moment.isoformat()


def _labelled_match(line: str, start: int) -> tuple[int, re.Match[str] | None]:
    """The date right after a label ending at ``start`` (a weekday name may come first), and
    where the text it was found in begins."""
    if weekday := p.LEADING_WEEKDAY_RE.match(line, start):
        start = weekday.end()
    text = line[start : start + 60]
    match = _first_match(text) or p.SPACED_DATE_RE.match(text) or p.SHORT_YEAR_DATE_RE.match(text)
    return start, match if match and match.start() <= 3 else None


# What separates a time line's parts; a hyphen inside a word ("Min-ji") stays: it is a name's.
_SEPARATORS_RE = re.compile(r"(?:[\s|:/·,()\[\]]|(?<![^\W\d_])-|-(?![^\W\d_]))+")
# A label printed after its time: "2020/08/02 12:12 송고".
_TRAILING_PUBLISHED_LABEL_RE = re.compile(r"송고|입력|등록|승인|게재|방영|방송")
# Labels printed after their times, two to a line: "2018-08-30 14:34 송고 | 2018-08-30 14:36 최종수정".
_POSTFIX_LABEL_RE = re.compile(
    r"(?P<time>(?:19|20)\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*"
    r"(?P<label>송고|입력|등록|승인|게재|작성|최종\s?수정|수정|업데이트)(?=\s*(?:[|/·]|$))"
)


def _dated_venue_line(line: str, bare: re.Match[str]) -> bool:
    """A weekday, date and time opening a line, then where it happened and nothing more: "Friday,
    March 24, 2017, 8:43 a.m. Front Entrance Hall, Prime Minister's Office" over a press conference."""
    if not _WEEKDAY_OPENING_RE.match(line) or ":" not in bare.group(0) or bare.start() > _WEEKDAY_CHARS:
        return False
    venue = line[bare.end() :].strip(" ,")
    return 0 < len(venue) <= _MAX_VENUE_CHARS and _VENUE_RE.fullmatch(venue) is not None


_WEEKDAY_OPENING_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s")
_WEEKDAY_CHARS = 12
_MAX_VENUE_CHARS = 60
_VENUE_RE = re.compile(r"(?:[A-Z][\w’'.-]*,?\s*)(?:(?:[A-Z][\w’'.-]*|of|the|and|for),?\s*)*")


def _second_time(line: str, first: re.Match[str]) -> re.Match[str] | None:
    """The update time a page prints after the first one with only a bar between:
    "2018.05.09 16:40:19 | 2018.05.09 17:08:56"."""
    rest = line[first.end() :]
    if not rest.lstrip().startswith("|"):
        return None
    second = _first_match(rest)
    later = second is not None and not _SEPARATORS_RE.sub("", rest.replace(second.group(0), " "))
    return second if later and ":" in first.group(0) and ":" in second.group(0) else None


# A board's counters beside its post time: "조회 : 5147", "추천 0", "댓글 2".
_COUNTER_RE = re.compile(r"(?:조회\s*수?|추천|댓글|공감)\s*[:：]?\s*[\d,]+")
_EMPTY_FIELD_RE = re.compile(r"\|(?:\s*\|)+")
_FONT_SIZE_WIDGET_RE = re.compile(r"(?:Adjust\s+)?(?:[Ff]ont|[Tt]ext)\s+size\s*:?", re.I)


# A byline after a time that opens its line: "2021-11-22 09:31:00 By : Mr. Frank Wang" (read by the layout).
_BYLINE_AFTER_RE = re.compile(r"[Bb][Yy]\s*[:：]?\s+[A-Z][^\d]{2,50}")
_DIGIT_RE = re.compile(r"\d")
_HANJA_UNITS = str.maketrans({"年": "년", "月": "월", "日": "일", "時": "시", "分": "분", "秒": "초"})


def find_labelled_times(line: str, *, default_tz: tzinfo | None = None) -> LabelledTimes | None:
    """Published/updated times in a header or footer line, if the line is a timestamp line.

    A line qualifies when it is mostly timestamps: what is left after removing labels and
    dates is short. That keeps event dates inside body sentences out.

    >>> times = find_labelled_times("입력 2024-05-16 16:57 수정 2024-05-17 09:00")
    >>> times.published, times.updated, times.labelled
    ('2024-05-16T16:57:00+09:00', '2024-05-17T09:00:00+09:00', True)
    >>> [find_labelled_times(line).published for line in ("입력 2022 11 20 20:28", "Posted on: Friday, May 3, 2002")]
    ['2022-11-20T20:28:00+09:00', '2002-05-03']
    """
    return _labelled_times(line, default_tz or _local_zone.get())


_SPACE_RUN_RE = re.compile(r"[ \t]{2,}")


@lru_cache(maxsize=4096)  # the layout reader asks about a line from several passes
def _labelled_times(line: str, default_tz: tzinfo) -> LabelledTimes | None:
    if len(line) > _MAX_TIMESTAMP_LINE or _DIGIT_RE.search(line) is None:
        return None  # a paragraph of text, or no date at all
    if "   " in line:
        line = _SPACE_RUN_RE.sub(" ", line)  # "Jakarta   /   Fri, August 28, 2015   /  01:10 pm": a card's gaps
    if "年" in line or "時" in line:
        line = line.translate(_HANJA_UNITS)  # "入力 2019年 9月 2日 03時 00分": a page rendered in Hanja
    if " ago" in line:
        line = p.RELATIVE_TIME_RE.sub(" ", line)  # "/ Updated an hour ago": says nothing a date does not
    if "조회" in line or "추천" in line or "댓글" in line:
        line = _COUNTER_RE.sub(" ", line)  # "편집부(ohmyedit) 2018.02.09 15:12 조회 : 5147": a board's post line
    if "|" in line:
        line = _EMPTY_FIELD_RE.sub("|", line)  # "Mike Lopresti | | March 25, 2019": a field the page left empty
    if "size" in line:
        line = _FONT_SIZE_WIDGET_RE.sub(" ", line)  # "Xinhua, August 14, 2016 Adjust font size:": a widget's label
    if "|" in line and _POSTFIX_LABEL_RE.match(line) and len(_POSTFIX_LABEL_RE.findall(line)) > 1:
        line = _POSTFIX_LABEL_RE.sub(r"\g<label> \g<time>", line)  # each label before its time, as most pages print
    published = updated = None
    leftover = line
    if p.NOT_PUBLICATION_TIME_RE.search(line):
        return None  # "프린트 시간 : 2024년 10월 23일 17:26:24" is when a reader printed the page
    for label_re, kind in ((p.UPDATED_LABEL_RE, "updated"), (p.PUBLISHED_LABEL_RE, "published")):
        for label in label_re.finditer(line):
            end, match = _labelled_match(line, label.end())
            if match is None:
                continue
            value = _to_iso(match, default_tz)
            if kind == "updated" and updated is None:
                updated = value
            elif kind == "published" and published is None:
                published = value
            span = line[label.start() : end + match.end()]
            leftover = leftover.replace(span, " ")
    if published is None and updated is not None and (bare := _first_match(leftover)):
        # "2023.01.07 05:00 수정 : 2023.01.07 05:00": the time beside an update label is the first print.
        published = _to_iso(bare, default_tz)
        leftover = leftover.replace(bare.group(0), " ", 1)
    if published is None and updated is None:
        if len(line) > _MAX_BARE_DATE_LEFTOVER + _MAX_DATE_CHARS:
            return None  # no date is long enough to leave this line short: not worth six searches
        bare = _first_match(line)
        if bare and (second := _second_time(line, bare)):
            return LabelledTimes(_to_iso(bare, default_tz), _to_iso(second, default_tz), "", labelled=False)
        if bare and _dated_venue_line(line, bare):
            return LabelledTimes(_to_iso(bare, default_tz), None, "", labelled=False)
        if bare and _EMPTY_BYLINE_LABEL_RE.fullmatch(_SEPARATORS_RE.sub(" ", line.replace(bare.group(0), " ")).strip()):
            return LabelledTimes(_to_iso(bare, default_tz), None, "")  # "Monday, 03 February 2020 01:45 Written by"
        if bare and _BY_HANDLE_RE.fullmatch(line.replace(bare.group(0), " ").strip()):
            return LabelledTimes(_to_iso(bare, default_tz), None, "", labelled=False)  # a blog's card: no name
        if bare and line.startswith(bare.group(0)) and _BYLINE_AFTER_RE.fullmatch(rest := line[bare.end() :].strip()):
            return LabelledTimes(_to_iso(bare, default_tz), None, rest, labelled=False)  # "2021-11-22 09:31:00 By : …"
        # a writer's address may share the line ("김수형 otterletter@mediasphere.kr 2022년 08월 06일")
        if not bare or len(p.EMAIL_RE.sub("", line)) - len(bare.group(0)) > _MAX_BARE_DATE_LEFTOVER:
            return None
        leftover = _SEPARATORS_RE.sub(" ", line.replace(bare.group(0), " ")).strip()
        if len(p.EMAIL_RE.sub("", leftover)) > 24:
            return None
        if trailing_label := (_TRAILING_PUBLISHED_LABEL_RE.fullmatch(leftover) is not None):
            leftover = ""  # "2020/08/02 12:12 송고": the label after its time
        return LabelledTimes(_to_iso(bare, default_tz), None, leftover, labelled=trailing_label)
    if published is not None and "pdate" in leftover:
        leftover = _CUT_UPDATE_RE.sub(" ", leftover)  # "… Updated: Monday, February 14,": its date on the next line
    signed = leftover.strip(" |·:,")
    leftover = _SEPARATORS_RE.sub(" ", leftover).strip()
    # A page's date line (" date 2017-02-11 REINEKE FORD || NEWS UPDATES") may carry the site's banner.
    most = _MAX_DATED_BANNER if p.LEADING_DATE_LABEL_RE.match(line) else 24
    if len(p.EMAIL_RE.sub("", leftover)) > most and not (published and _AIRED_NOTE_RE.search(line)):
        return None  # a byline's address may share the line; a transcript's note says when it aired
    if _BYLINE_AFTER_RE.fullmatch(signed):
        leftover = signed  # "By A/B, GNA" beside the date keeps the marks that part its writers from its wire
    return LabelledTimes(published, updated, leftover)


# A broadcaster's note over its transcript: "(THIS IS THE TRANSCRIPT FOR … THAT AIRED ON 28 Jul 2016- 22:00 KST.)"
_AIRED_NOTE_RE = re.compile(r"\bTRANSCRIPT\b.{0,60}\bAIRED ON\b", re.I)
