"""Assembling one :class:`Article` from a file, an HTML page or a JSON Lines record."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from extractors import patterns as p
from extractors.bylines import is_outlet, parse_photo_credit, split_trailing_source
from extractors.decode import decode_bytes, normalize_text
from extractors.errors import ExtractionError
from extractors.html import parse_html
from extractors.language import detect_lang
from extractors.layout import Layout, read_layout
from extractors.markdown import strip_markdown
from extractors.mojibake import repair_mojibake
from extractors.pairing import align_translations
from extractors.record import Article, Lang, Paragraph
from extractors.timestamps import local_time_zone, parse_machine_time, zone_of_url

__all__ = [
    "NO_TEXT_WARNING",
    "SUPPORTED_SUFFIXES",
    "ExtractOptions",
    "extract_file",
    "extract_text",
    "iter_extract",
    "looks_like_html",
]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# A header or footer alone still makes a record (its metadata is worth showing); ingest keeps it
# out of the index.
NO_TEXT_WARNING = "no article text: only a byline, dateline or timestamp"
MOJIBAKE_WARNING = "text was CP949 read as Latin-1 (mojibake); repaired"
_HTML_SNIFF_RE = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])", re.I)
# A page saved with a few lines of a proxy's text over the markup it shows ("CINXE.COM" / title / "<!doctype html>").
_PREFIXED_HTML_RE = re.compile(r"^(?:(?!\s*<)[^\n]{0,120}\n|\n){1,4}\s*(?:<!doctype html|<html)", re.I)


# A board post that prints a portal's markup under its own title line ("… 작성일 07-25 5 목록 <div id=…> <p …>").
_MARKUP_TAG_RE = re.compile(r"</?(?:div|p|section|figure|figcaption|span|img|br)(?=[\s>/])[^<>]{0,400}>", re.I)
_MIN_MARKUP_TAGS = 4
_MARKUP_SNIFF_CHARS = 2000


def looks_like_html(text: str) -> bool:
    """Whether a text file holds markup (a saved page, a feed's body) rather than plain text."""
    if _HTML_SNIFF_RE.match(text[:200]) or _PREFIXED_HTML_RE.match(text[:500]):
        return True
    head = text[:_MARKUP_SNIFF_CHARS]
    return "</" in head and len(_MARKUP_TAG_RE.findall(head)) >= _MIN_MARKUP_TAGS


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractOptions:
    """How extraction behaves; separate from the records it produces."""

    max_article_bytes: int = 20 * 1024 * 1024


def _article_id(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(_resolved(root)).as_posix()
        except ValueError:
            pass
    return path.name


@functools.lru_cache(maxsize=64)  # one root for a run's thousands of files: resolved once, not per file
def _resolved(root: Path) -> Path:
    return root.resolve()


def iter_extract(
    path: Path, *, root: Path | None = None, options: ExtractOptions = ExtractOptions()
) -> Iterator[Article | ExtractionError]:
    """Every article in one file: one for text and HTML, one per line for JSON Lines.

    Failures are yielded, not raised, so that one bad record never hides the others.
    """
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _iter_jsonl(path, root, options)
        return
    try:
        yield extract_file(path, root=root, options=options)
    except ExtractionError as exc:
        yield exc


def extract_file(path: Path, *, root: Path | None = None, options: ExtractOptions = ExtractOptions()) -> Article:
    """Read a ``.txt`` or ``.html`` file into an article, or raise :class:`ExtractionError`."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise ExtractionError(f"unsupported file type {suffix or '(none)'!r}", source=source)
    try:
        size = path.stat().st_size
        if size > options.max_article_bytes:
            raise ExtractionError(f"article is {size:,} bytes, over the {options.max_article_bytes:,}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"cannot read file: {exc.strerror or exc}", source=source) from None
    try:
        text, encoding = decode_bytes(data)
        is_html = suffix in HTML_SUFFIXES or looks_like_html(text)
        article = extract_text(text, id=_article_id(path, root), source=source, is_html=is_html, encoding=encoding)
        if encoding.endswith("(truncated)"):
            article = dataclasses.replace(article, warnings=(*article.warnings, "file ends inside a UTF-8 character"))
        return article
    except ExtractionError as exc:
        raise ExtractionError(exc.reason, source=source) from None


def _iter_jsonl(path: Path, root: Path | None, options: ExtractOptions) -> Iterator[Article | ExtractionError]:
    base_id = _article_id(path, root)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ExtractionError(f"cannot read file: {exc.strerror or exc}", source=str(path))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            source = f"{path}:{number}"
            try:
                yield _extract_record(raw, base_id=f"{base_id}#{number}", source=source, options=options)
            except ExtractionError as exc:
                yield ExtractionError(exc.reason, source=source)


def _extract_record(raw: bytes, *, base_id: str, source: str, options: ExtractOptions) -> Article:
    if len(raw) > options.max_article_bytes:
        raise ExtractionError(f"record is {len(raw):,} bytes, over the {options.max_article_bytes:,}-byte limit")
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExtractionError(f"not a JSON object: {exc}") from None
    if not isinstance(record, dict):
        raise ExtractionError("JSON line is not an object")
    body = record.get("text") or record.get("html") or record.get("body")
    if not isinstance(body, str) or not body.strip():
        raise ExtractionError("record has no 'text' or 'html'")
    return extract_text(
        body,
        id=str(record.get("id") or record.get("_id") or record.get("docid") or base_id),
        source=str(record.get("source") or source),
        is_html="html" in record and not record.get("text"),
        encoding="utf-8",
        given=record,
        # A record with a "title" field (test collections: often empty) has its title; only a
        # record without one may be an article dump whose first line is its headline.
        infer_title="title" not in record,
    )


def extract_text(
    text: str,
    *,
    id: str,
    source: str,
    is_html: bool = False,
    encoding: str | None = None,
    given: dict[str, Any] | None = None,
    infer_title: bool = True,
) -> Article:
    """Extract an article from decoded text or HTML; ``given`` fields win over extracted ones.

    Records that carry a title field pass ``infer_title=False``: a test-collection passage
    with an empty title must not lose its first line to one.
    """
    given = {k: v for k, v in (given or {}).items() if v not in (None, "", [])}
    warnings: list[str] = []
    machine: dict[str, Any] = {}
    if is_html:
        doc = parse_html(text)
        text, warnings = doc.text, list(doc.warnings)
        machine = {"title": doc.title, "published": doc.published, "updated": doc.updated, "url": doc.url,
                   "authors": doc.authors, "captions": doc.captions}  # fmt: skip
    if (repaired := repair_mojibake(text)) is not None:
        text = repaired
        warnings.append(MOJIBAKE_WARNING)
        if machine.get("title"):  # the page's <title> went through the same wrong codec
            machine["title"] = repair_mojibake(machine["title"]) or machine["title"]
    normalized = normalize_text(text if is_html else strip_markdown(text))
    if not normalized:
        raise ExtractionError("no text: the file is empty or holds only markup/whitespace")
    if not any(ch.isalpha() for ch in normalized[:100_000]):
        raise ExtractionError("no words: the text holds no letters (symbols or digits only)")
    with local_time_zone(zone_of_url(given.get("url") or machine.get("url") or source)):
        layout = read_layout(normalized, title=given.get("title") or machine.get("title"), infer_title=infer_title)
        if not layout.body and not layout.title:
            if not _has_metadata(layout):
                raise ExtractionError("no article text found")
            warnings.append(NO_TEXT_WARNING)
        return _build(layout, normalized, id=id, source=source, encoding=encoding, given=given, machine=machine,
                      warnings=warnings)  # fmt: skip


def _build(layout: Layout, normalized: str, *, id: str, source: str, encoding: str | None, given: dict[str, Any],
           machine: dict[str, Any], warnings: list[str]) -> Article:  # fmt: skip
    langs = [detect_lang(line.text) for line in layout.body]
    same_line = [
        "\n" not in normalized[line.start : after.end]
        for line, after in zip(layout.body, layout.body[1:], strict=False)
    ]
    pairs = align_translations(langs, [line.text for line in layout.body], [*same_line, False])
    paragraphs = tuple(
        Paragraph(lang=lang, text=line.text, start=line.start, end=line.end, pair=pair)
        for line, lang, pair in zip(layout.body, langs, pairs, strict=True)
    )
    reporters = given.get("reporters") or layout.reporters or _reporters_from_authors(machine.get("authors", []))
    if isinstance(reporters, str):
        reporters = [reporters]
    captions, credits = _page_captions(machine.get("captions", []))
    return Article(
        id=id,
        source=source,
        content_hash=hashlib.sha256(normalized.encode("utf-8")).hexdigest(),
        title=layout.title,
        subtitles=tuple(layout.subtitles),
        subtitle_langs=tuple(detect_lang(s) for s in layout.subtitles),
        reporters=tuple(reporters),
        emails=tuple(layout.emails),
        location=given.get("location") or layout.location,
        agency=given.get("agency") or layout.agency,
        published=_choose_time(given.get("published"), layout.published, machine.get("published"), warnings),
        updated=_choose_time(given.get("updated"), layout.updated, machine.get("updated"), warnings),
        captions=(*layout.captions, *captions),
        photo_credits=(*layout.photo_credits, *credits),
        credits=tuple(layout.credits),
        paragraphs=paragraphs,
        lang=_dominant_lang(paragraphs, layout.title),
        encoding=encoding,
        url=given.get("url") or machine.get("url"),
        warnings=tuple(warnings),
    )


def _page_captions(texts: list[str]) -> tuple[list[str], list[str]]:
    """The captions a page marks as such, each less its credit, and the credits: a mark
    ("[사진=경기도]") or, the way the portals print them, the source's name after the caption
    ("… 쌓여 있다. 연합뉴스")."""
    captions, credits = [], []
    for text in texts:
        credited = parse_photo_credit(text)
        if credited is None and (named := split_trailing_source(text)) and is_outlet(named[1]):
            credited = named
        caption, credit = credited or (text, None)
        captions += [caption] if caption else []
        credits += [credit] if credit else []
    return captions, credits


def _has_metadata(layout: Layout) -> bool:
    return bool(layout.reporters or layout.emails or layout.location or layout.agency or layout.published)


_TRAILING_TITLE_RE = re.compile(rf"\s*(?:{p.TITLES})$")


def _reporters_from_authors(authors: list[str]) -> list[str]:
    names = []
    for author in authors:
        name = _TRAILING_TITLE_RE.sub("", author.strip())
        name = re.sub(r"^By\s+", "", name, flags=re.I)
        if name and not is_outlet(name) and not any(w in name.lower().split() for w in p.DESK_WORDS):
            names.append(name)
    return names


def _choose_time(given: Any, visible: str | None, declared: str | None, warnings: list[str]) -> str | None:
    """Given beats visible; declared (machine-readable) time refines the visible one when they agree."""
    if given:
        parsed = parse_machine_time(str(given))
        if parsed is None:
            warnings.append(f"unparseable given time {given!r}")
        return parsed
    machine = parse_machine_time(declared) if declared else None
    if visible is None:
        return machine
    if machine is not None and _same_moment(visible, machine):
        return machine if len(machine) >= len(visible) else visible
    if machine is not None:
        warnings.append(f"page shows {visible} but declares {machine}; kept what it shows")
    return visible


def _same_moment(a: str, b: str) -> bool:
    if len(a) == 10 or len(b) == 10:
        return a[:10] == b[:10]
    try:
        return abs((datetime.fromisoformat(a) - datetime.fromisoformat(b)).total_seconds()) < 60
    except ValueError:
        return False


def _dominant_lang(paragraphs: tuple[Paragraph, ...], title: str | None) -> Lang:
    sizes: dict[Lang, int] = {}
    for para in paragraphs:
        sizes[para.lang] = sizes.get(para.lang, 0) + len(para.text)
    if not sizes:
        return detect_lang(title or "")
    if sizes.get("ko", 0) and sizes.get("ko", 0) * 2.4 >= sizes.get("en", 0):
        return "ko"
    return max(sizes, key=lambda lang: sizes[lang])
