"""Bylines, datelines and photo credits: who wrote an article, where, and for which outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import patterns as p

__all__ = ["Byline", "parse_byline", "parse_photo_credit", "strip_trailing_byline"]


@dataclass(frozen=True, slots=True)
class Byline:
    reporters: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    location: str | None = None
    agency: str | None = None
    rest: str = ""  # body text that followed the byline on the same line


def parse_byline(line: str) -> Byline | None:
    """Parse a byline or dateline line; None when the line is not one.

    >>> parse_byline("수원=강대웅 기자")
    Byline(reporters=('강대웅',), emails=(), location='수원', agency=None, rest='')
    >>> parse_byline("(서울=연합뉴스) 홍길동 기자 = 정부는 16일")
    Byline(reporters=('홍길동',), emails=(), location='서울', agency='연합뉴스', rest='정부는 16일')
    """
    line = line.strip().lstrip("/▶■◆◇ ").strip()  # footers often lead with a slash or a mark
    for parser in (
        _bracket_dateline,
        _bracket_byline,
        _plain_dateline,
        _names_title,
        _labelled_byline,
        _english_byline,
        _english_dateline,
    ):
        if (found := parser(line)) is not None:
            return found
    return None


def _split_names(names: str) -> tuple[str, ...]:
    return tuple(n for n in re.split(r"\s*[·ㆍ,/]\s*", names.strip()) if n)


def _emails(text: str | None) -> tuple[str, ...]:
    return tuple(p.EMAIL_RE.findall(text or ""))


def is_outlet(name: str) -> bool:
    """Whether ``name`` names a news outlet rather than a place.

    >>> [is_outlet(n) for n in ("헤럴드경제", "연합뉴스", "수원", "경기 수원", "KBS")]
    [True, True, False, False, True]
    """
    name = name.strip()
    if name in p.KNOWN_OUTLETS or name.lower() in {o.lower() for o in p.KNOWN_OUTLETS}:
        return True
    return len(name) > 2 and name.endswith(p.OUTLET_SUFFIXES) and " " not in name


def _place_or_outlet(left: str) -> tuple[str | None, str | None]:
    left = " ".join(left.split())
    if left in p.CONTRIBUTION_WORDS:
        return None, None
    if is_outlet(left):
        return None, left
    return left, None


def _bracket_dateline(line: str) -> Byline | None:
    match = p.BRACKET_DATELINE_RE.match(line)
    if not match:
        return None
    location, agency = _place_or_outlet(match["left"])
    right, rest = match["right"].strip(), match["rest"]
    inside = p.NAMES_TITLE_RE.match(right)
    if inside:  # [헤럴드경제=홍길동 기자]
        return Byline(_split_names(inside["names"]), _emails(right), location, agency, _strip_eq(rest))
    if location is None and agency is None and not is_outlet(right):
        return None
    agency = agency or right
    after = p.NAMES_TITLE_RE.match(rest)
    if after:  # (서울=연합뉴스) 홍길동 기자 = body
        return Byline(_split_names(after["names"]), _emails(after["email"]), location, agency, _strip_eq(after["rest"]))
    return Byline((), (), location, agency, _strip_eq(rest))


def _bracket_byline(line: str) -> Byline | None:
    match = p.BRACKET_BYLINE_RE.match(line)
    if not match or not is_outlet(match["outlet"]):
        return None
    return Byline(_split_names(match["names"]), (), None, match["outlet"].strip(), _strip_eq(match["rest"]))


def _plain_dateline(line: str) -> Byline | None:
    match = p.PLAIN_DATELINE_RE.match(line)
    if not match:
        return None
    location, agency = _place_or_outlet(match["left"])
    return Byline(_split_names(match["names"]), _emails(match["email"]), location, agency, _strip_eq(match["rest"]))


def _names_title(line: str) -> Byline | None:
    match = p.NAMES_TITLE_RE.match(line)
    if not match:
        return None
    rest = match["rest"].strip()
    # "홍길동 기자 = 본문" carries body text; a bare byline line carries at most an email or desk.
    glued = line[match.start("rest") - 2 : match.start("rest")].strip().endswith("=")
    if rest and not glued and len(rest) > 30:
        return None
    emails = _emails(match["email"]) + _emails(rest)
    return Byline(_split_names(match["names"]), emails, None, None, _strip_eq(rest) if glued else "")


def _labelled_byline(line: str) -> Byline | None:
    match = p.LABELLED_BYLINE_RE.match(line)
    if not match:
        return None
    return Byline(_split_names(match["names"]), _emails(match["email"]))


def _english_byline(line: str) -> Byline | None:
    match = p.EN_BYLINE_RE.match(line)
    if not match or len(line) > 120:
        return None
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", match["names"]) if n.strip()]
    people = tuple(n for n in names if not _is_desk(n))
    agency = next((n for n in names if _is_desk(n) and is_outlet(n.split()[0])), None)
    return Byline(people, _emails(line), None, agency.split()[0] if agency else None, "")


def _is_desk(name: str) -> bool:
    words = name.lower().split()
    return any(w in p.DESK_WORDS for w in words) or (len(words) == 1 and is_outlet(name))


def _english_dateline(line: str) -> Byline | None:
    match = p.EN_DATELINE_RE.match(line)
    if not match or not (match["agency"] or re.match(r"^[^,(]+,\s*[A-Z]", line) or "--" in line[:60]):
        return None
    if not match["rest"] or len(match["place"]) < 3:
        return None
    agency = match["agency"].strip() if match["agency"] else None
    return Byline((), (), match["place"].strip(), agency, match["rest"].strip())


def _strip_eq(text: str) -> str:
    return re.sub(r"^\s*[=:|]\s*", "", text or "").strip()


def strip_trailing_byline(text: str) -> tuple[str, Byline | None]:
    """Cut a closing byline glued to the last sentence of a paragraph.

    >>> text, byline = strip_trailing_byline("정부가 발표했다. 홍길동 기자 hong@example.com")
    >>> text, byline.reporters, byline.emails
    ('정부가 발표했다.', ('홍길동',), ('hong@example.com',))
    """
    match = p.TRAILING_BYLINE_RE.search(text)
    if not match:
        return text, None
    byline = Byline(_split_names(match["names"]), _emails(match["email"]))
    return text[: match.start()].rstrip(), byline


def parse_photo_credit(line: str) -> tuple[str, str] | None:
    """Split a caption line into ``(caption, credit)``; None when it carries no credit.

    >>> parse_photo_credit("조 파네타 회장과 인사를 나누고 있다. [사진=경기도]")
    ('조 파네타 회장과 인사를 나누고 있다.', '경기도')
    >>> parse_photo_credit("<경기도 제공>")
    ('', '경기도')
    """
    for regex in p.PHOTO_CREDIT_RES:
        match = regex.search(line)
        if match:
            credit = match["credit"].strip()
            caption = (line[: match.start()] + line[match.end() :]).strip(" /")
            return caption, credit
    return None
