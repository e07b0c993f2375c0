"""HTML pages to article text plus the structured metadata the page declares.

Structured data comes first (JSON-LD ``NewsArticle``, OpenGraph, ``<meta>``, ``<time>``);
the visible text is reduced to the article body, with navigation, ads and share widgets gone.
A header block (byline, dates) that pages print outside the body is kept in front of it, so
that the text rules can read what the page shows.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

import soupsieve
from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString

from extractors.html_selectors import (
    ARTICLE_CONTAINERS,
    BLOCK_TAGS,
    CAPTION_CLASSES,
    CAPTION_SELECTORS,
    DROP_TAGS,
    GENERIC_BODY_SELECTORS,
    HEADER_INFO_RE,
    NOISE_RE,
    PUBLISHED_STAMP_ATTRS,
    TITLE_SUFFIX_RE,
    UPDATED_STAMP_ATTRS,
)

__all__ = ["HtmlDocument", "parse_html"]

log = logging.getLogger(__name__)

_MIN_MAIN_TEXT = 80  # characters: less is a teaser or a failed extraction


@dataclass(slots=True)
class HtmlDocument:
    text: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


def _parser() -> str:
    try:
        import lxml  # noqa: F401
    except ImportError:  # pragma: no cover - lxml is a dependency, but bs4 works without it
        return "html.parser"
    return "lxml"


def parse_html(markup: str) -> HtmlDocument:
    """Extract body text and declared metadata from an HTML page.

    >>> doc = parse_html("<html><head><title>T - News</title></head><body><nav>menu</nav>"
    ...                  "<article><p>First.</p><p>Second.</p></article></body></html>")
    >>> doc.title, doc.text
    ('T', 'First.\\n\\nSecond.')
    """
    soup = BeautifulSoup(markup, _parser())
    doc = HtmlDocument(text="")
    _read_json_ld(soup, doc)
    _read_meta(soup, doc)
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    container = _known_container(soup, markup)
    main_text = None if container is not None else _main_text(markup)
    body = container if container is not None else _generic_body(soup)
    header = _header_lines(soup, body)
    if container is not None and any(name in markup for name in CAPTION_CLASSES):
        doc.captions = _take_captions(container)
    if main_text is None:
        _drop_noise(body)
        main_text = _block_text(body)
    doc.text = "\n\n".join([*header, main_text]).strip()
    doc.published = doc.published or _page_date(markup)
    if doc.title is None:
        heading = soup.find("h1")
        doc.title = _clean_title(heading.get_text(" ", strip=True)) if heading else None
    return doc


def _read_json_ld(soup: BeautifulSoup, doc: HtmlDocument) -> None:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            doc.warnings.append("malformed JSON-LD ignored")
            continue
        for item in _ld_items(data):
            if not str(item.get("@type", "")).endswith(("Article", "NewsArticle", "ReportageNewsArticle")):
                continue
            doc.title = doc.title or " ".join(str(item.get("headline") or "").split()) or None
            doc.published = doc.published or _as_str(item.get("datePublished"))
            doc.updated = doc.updated or _as_str(item.get("dateModified"))
            doc.authors.extend(a for a in _ld_names(item.get("author")) if a not in doc.authors)
            doc.url = doc.url or _as_str(item.get("url"))


def _ld_items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [i for d in data for i in _ld_items(d)]
    if isinstance(data, dict):
        return [data, *_ld_items(data.get("@graph", []))]
    return []


def _ld_names(author: Any) -> list[str]:
    if isinstance(author, list):
        return [n for a in author for n in _ld_names(a)]
    if isinstance(author, dict):
        return _ld_names(author.get("name"))
    return [author.strip()] if isinstance(author, str) and author.strip() else []


def _as_str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


class _MetaTags:
    """The page's ``<meta>`` tags by ``property`` and by ``name``, read in one pass (the first
    tag of each wins, as a search of the page for it would find)."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.by_property: dict[str, Tag] = {}
        self.by_name: dict[str, Tag] = {}
        for tag in soup.find_all("meta"):
            for attribute, tags in (("property", self.by_property), ("name", self.by_name)):
                key = tag.get(attribute)
                if isinstance(key, str):
                    tags.setdefault(key, tag)

    def content(self, *names: str) -> str | None:
        """The content of the first of ``names`` the page declares, by property or by name."""
        for name in names:
            tag = self.by_property.get(name) or self.by_name.get(name)
            if tag is not None and _as_str(tag.get("content")):
                return str(tag["content"]).strip()
        return None


def _canonical_url(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical", href=True)
    return str(link["href"]).strip() or None if link is not None else None


def _read_meta(soup: BeautifulSoup, doc: HtmlDocument) -> None:
    meta = _MetaTags(soup)
    doc.title = doc.title or _clean_title(meta.content("og:title", "twitter:title", "title") or "") or None
    doc.published = doc.published or meta.content("article:published_time", "og:published_time", "pubdate", "date")
    doc.updated = doc.updated or meta.content("article:modified_time", "og:updated_time", "lastmod")
    doc.url = doc.url or meta.content("og:url") or _canonical_url(soup)
    author = meta.content("author", "article:author", "dable:author")
    if author and not author.startswith("http") and author not in doc.authors:
        doc.authors.append(author)
    time_tag = soup.find("time", attrs={"datetime": True})
    if time_tag is not None and doc.published is None:
        doc.published = str(time_tag["datetime"])
    doc.published = doc.published or _compact_time(meta.content("og:regDate")) or _stamp(soup, PUBLISHED_STAMP_ATTRS)
    doc.updated = doc.updated or _stamp(soup, UPDATED_STAMP_ATTRS)
    if doc.title is None and soup.title and soup.title.string:
        doc.title = _clean_title(soup.title.string) or None


def _compact_time(value: str | None) -> str | None:
    """Daum's ``og:regDate`` ("20240601090512") as "2024-06-01 09:05:12"."""
    if value is None or not re.fullmatch(r"\d{14}", value):
        return None
    return f"{value[:4]}-{value[4:6]}-{value[6:8]} {value[8:10]}:{value[10:12]}:{value[12:]}"


def _stamp(soup: BeautifulSoup, attributes: tuple[str, ...]) -> str | None:
    """The first machine-readable time a visible stamp carries in one of ``attributes``."""
    for attribute in attributes:
        if (tag := soup.find(attrs={attribute: True})) is not None and (value := _as_str(tag.get(attribute))):
            return value
    return None


def _take_captions(body: Tag) -> list[str]:
    """The portal photo captions inside ``body``, taken out of it (see CAPTION_SELECTORS)."""
    captions = []
    for tag in body.select(", ".join(CAPTION_SELECTORS)):
        if tag.decomposed:
            continue
        if text := " ".join(tag.get_text(" ", strip=True).split()):
            captions.append(text)
        tag.decompose()
    return captions


def _clean_title(title: str) -> str:
    return TITLE_SUFFIX_RE.sub("", " ".join(title.split())).strip()


def _known_container(soup: BeautifulSoup, markup: str) -> Tag | None:
    """The article container of a known CMS, looked for only by the selectors whose id or class
    the markup spells at all: matching two dozen selectors against every element cost a tenth
    of extraction time, and most pages name one container or none."""
    lowered = markup.lower()
    present = tuple(s for s in ARTICLE_CONTAINERS if _selector_token(s) in lowered)
    return _first_with_text(soup, present) if present else None


@functools.cache
def _selector_token(selector: str) -> str:
    """The id, class or attribute value a selector needs in the markup: "#dic_area" -> "dic_area"."""
    found = re.search(r"[#.]([\w-]+)|=([\w-]+)\]", selector)
    return (found.group(1) or found.group(2)).lower() if found else ""


def _first_with_text(soup: BeautifulSoup, selectors: tuple[str, ...]) -> Tag | None:
    """The element the first of ``selectors`` finds first, if it holds text, else the next
    selector's: ``select_one`` per selector, found in one walk of the page instead of one each."""
    any_of, each = _compiled(selectors)
    found = any_of.select(soup)
    for selector in each:
        first = next((element for element in found if selector.match(element)), None)
        if first is not None and len(first.get_text(strip=True)) > 40:
            return first
    return None


@functools.cache
def _compiled(selectors: tuple[str, ...]) -> tuple[soupsieve.SoupSieve, tuple[soupsieve.SoupSieve, ...]]:
    return soupsieve.compile(", ".join(selectors)), tuple(soupsieve.compile(s) for s in selectors)


def _main_text(markup: str) -> str | None:
    """The page's main text by trafilatura (boilerplate, menus and comments removed), or None."""
    import trafilatura  # imported on first use: 0.2 s that plain-text ingests need not pay

    try:
        text = trafilatura.extract(
            markup, output_format="txt", include_comments=False, include_tables=False, favor_precision=True
        )
    except (ValueError, TypeError) as exc:  # malformed markup: the generic reader takes over
        log.debug("trafilatura failed: %s", exc)
        return None
    return text if text and len(text.strip()) >= _MIN_MAIN_TEXT else None


def _page_date(markup: str) -> str | None:
    """The publication date htmldate finds in the page (URL, markup, text): a bare date."""
    import htmldate

    try:
        return htmldate.find_date(markup, original_date=True, extensive_search=False)
    except (ValueError, TypeError) as exc:
        log.debug("htmldate failed: %s", exc)
        return None


def _generic_body(soup: BeautifulSoup) -> Tag:
    found = _first_with_text(soup, GENERIC_BODY_SELECTORS)
    if found is not None:
        return found
    candidates = [t for t in soup.find_all(["div", "section", "td", "main"]) if t.find("p", recursive=False)]
    if candidates:
        return max(candidates, key=lambda t: sum(len(p.get_text(strip=True)) for p in t.find_all("p", recursive=False)))
    return soup.body or soup


def _header_lines(soup: BeautifulSoup, body: Tag) -> list[str]:
    """Visible byline and date lines printed outside the body, in page order."""
    lines: list[str] = []
    for tag in soup.find_all(attrs={"class": HEADER_INFO_RE}) + soup.find_all(attrs={"id": HEADER_INFO_RE}):
        if tag is body or body in tag.parents or tag in body.parents:
            continue
        text = " ".join(tag.get_text(" ", strip=True).split())
        if text and len(text) < 120 and text not in lines and not any(text in seen for seen in lines):
            lines.append(text)
    return lines


def _drop_noise(body: Tag) -> None:
    for tag in body.find_all(True):
        if tag.decomposed:
            continue
        marker = " ".join([*tag.get("class", []), tag.get("id", "") or ""])
        if marker and NOISE_RE.search(marker):
            tag.decompose()


def _block_text(body: Tag) -> str:
    for br in body.find_all("br"):
        br.replace_with(NavigableString("\n"))
    for tag in body.find_all(BLOCK_TAGS):
        tag.insert_before(NavigableString("\n\n"))
        tag.insert_after(NavigableString("\n\n"))
    text = body.get_text()
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
