"""How results look: rich styles on a terminal, plain text with ``**`` marks in a pipe."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from index.highlight import Snippet
from index.search import Hit, SearchResult

if TYPE_CHECKING:  # the search command must not load the extractors (BeautifulSoup: 0.1 s)
    from extractors.record import Article

__all__ = ["print_article", "print_explain", "print_json_lines", "print_search_result", "print_stats", "print_summary"]


def print_json_lines(items: list[dict[str, Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
    out.flush()


def _styled(snippet: Snippet, style: str) -> Text:
    lead = "…" if snippet.clipped[0] else ""
    text = Text(lead + snippet.text.replace("\n", " ") + ("…" if snippet.clipped[1] else ""))
    for start, end in snippet.spans:
        text.stylize(style, start + len(lead), end + len(lead))
    return text


def print_search_result(result: SearchResult, console: Console, *, offset: int = 0) -> None:
    if result.fallback:
        console.print("No article has all the words; showing articles with any of them.", style="yellow")
    shown_partial = False
    for rank, hit in enumerate(result.hits, start=offset + 1):
        if not hit.all_words and not shown_partial and not result.fallback:
            console.print("Articles with some of the words:", style="yellow")
            shown_partial = True
        head = Text(f"{rank}. ", style="bold")
        head.append(hit.title or hit.id, style="bold cyan")
        console.print(head)
        facts = [hit.published or "date unknown", ", ".join(hit.reporters) or "no byline", hit.location or "",
                 f"score {hit.score:.2f}", hit.id]  # fmt: skip
        console.print("   " + " · ".join(f for f in facts if f), style="dim", highlight=False)
        if hit.explained:
            console.print("   " + _score_parts(hit), style="dim", highlight=False, markup=False)
        if story := _story_line(hit):
            console.print("   " + story, style="green", highlight=False, markup=False)
        for snippet in hit.snippets:
            line = Text("   ")
            line.append_text(
                _styled(snippet, "bold reverse") if console.is_terminal else Text(snippet.marked().replace("\n", " "))
            )
            console.print(line, highlight=False)
        for paired in hit.paired:
            console.print(Text("     ↔ ") + Text(_shorten(paired.text), style="italic"), highlight=False)
    partial = sum(not hit.all_words for hit in result.hits)
    shown = f"{len(result.hits)} shown" if result.total > len(result.hits) else ""
    if any(hit.also for hit in result.hits):
        shown += ", copies grouped: --no-group lists them"
    shown = f"and {partial} with some of the words" if partial else shown
    total = f"{result.total}" if result.exact else f"up to {result.total}"
    console.print(f"{total} hits{' (' + shown + ')' if shown else ''} in {result.seconds * 1000:.0f} ms",
                  style="dim", highlight=False)  # fmt: skip


def _story_line(hit: Hit) -> str:
    """``also in: 2 outlets (yna.co.kr, kmib.co.kr) · English edition``; for a hit shown as the
    edition of the article that matched, that article first."""
    parts = [f"edition of {hit.via}, which matched"] if hit.via else []
    same = [outlet for _id, lang, outlet in hit.also if lang == hit.lang]
    if same:
        others = hit.story_size - 1 - (len(hit.also) - len(same))  # the unnamed ones count as copies
        names = ", ".join(dict.fromkeys(same)) + (", …" if others > len(same) else "")
        parts.append(f"also in: {others} other{'s' if others > 1 else ''} ({_shorten(names, 80)})")
    for lang in sorted({lang for _id, lang, _o in hit.also if lang != hit.lang}):
        parts.append(f"{_LANGUAGE_NAMES.get(lang, lang)} edition")
    return " · ".join(parts)


_LANGUAGE_NAMES = {"ko": "Korean", "en": "English"}


def _score_parts(hit: Hit) -> str:
    """``score 5.31 = 3.20 title:바이오 + 2.11 body_ko:산업``; what no term explains (the OR
    fallback's coordination, Whoosh's constant 1 for a NOT clause) is shown as ``other``."""
    parts = " + ".join(f"{score:.2f} {fieldname}:{text}" for fieldname, text, score in hit.explained)
    rest = hit.score - sum(score for *_, score in hit.explained)
    other = f" {'+' if rest >= 0 else '-'} {abs(rest):.2f} other" if abs(rest) >= 0.005 else ""
    return f"score {hit.score:.2f} = {parts}{other}"


def _shorten(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_explain(result: SearchResult, console: Console) -> None:
    """How the query was analysed (terms per field) and parsed."""
    console.print(f"query:  {result.query}", markup=False)
    console.print(f"parsed: {result.parsed}", markup=False)
    for fieldname, units in result.terms.items():
        shown = ", ".join(" ".join(u) if len(u) == 1 else '"' + " ".join(u) + '"' for u in units)
        console.print(f"  {fieldname}: {shown}", markup=False)


def print_summary(title: str, summary: dict[str, Any], console: Console) -> None:
    table = Table(title=title, show_header=False, box=None)
    for key, value in summary.items():
        if isinstance(value, list):
            continue  # lists (quarantine, duplicates) are printed line by line by the caller
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v:.2f}" if isinstance(v, float) else f"{k}: {v}" for k, v in value.items())
        table.add_row(key, str(value))
    console.print(table)


def print_article(article: Article, console: Console, copies: list[Article] = ()) -> None:  # type: ignore[assignment]
    """Metadata, then the other articles of its story, then the body; translation pairs side by
    side (Korean | English)."""
    console.print(Text(article.title or article.id, style="bold cyan"))
    facts = {"id": article.id, "published": article.published, "updated": article.updated,
             "reporters": ", ".join(article.reporters), "emails": ", ".join(article.emails),
             "location": article.location, "agency": article.agency, "source": article.source,
             "photo credits": ", ".join(article.photo_credits)}  # fmt: skip
    for key, value in facts.items():
        if value:
            console.print(f"{key:>13}: {value}", style="dim", markup=False)
    for subtitle in article.subtitles:
        console.print(f"  • {subtitle}", markup=False)
    for caption in article.captions:
        console.print(Text(f"  [caption] {caption}", style="italic"))
    if copies:
        console.print(f"{'same story':>13}: {len(copies)} other article{'s' if len(copies) > 1 else ''}", style="dim")
        for copy in copies:
            kind = "copy" if copy.lang == article.lang else f"{_LANGUAGE_NAMES.get(copy.lang, copy.lang)} edition"
            console.print(f"{'':>15}{kind}: {copy.id} · {copy.title or ''} {copy.url or ''}".rstrip(), markup=False)
    console.print()
    _print_body(article, console)


def _print_body(article: Article, console: Console) -> None:
    for first, translation in article.side_by_side():
        if translation is None:
            console.print(first.text, markup=False)
        else:
            grid = Table.grid(expand=True, padding=(0, 2))
            grid.add_column(ratio=1, overflow="fold")
            grid.add_column(ratio=1, overflow="fold")
            grid.add_row(Text(first.text), Text(translation.text, style="italic"))
            console.print(grid)
        console.print()


def print_stats(figures: dict[str, Any], console: Console) -> None:
    table = Table(title="newsindex stats", show_header=False, box=None)
    keys = ("articles", "records", "quarantined", "generation", "segments", "index_bytes", "all_generations_bytes",
            "record_store_bytes", "prefect_bytes", "home_bytes")  # fmt: skip
    for key in keys:
        table.add_row(key, f"{figures.get(key):,}" if isinstance(figures.get(key), int) else str(figures.get(key)))
    if "stories" in figures:
        table.add_row("stories", f"{figures['stories']:,} ({figures['stories_with_copies']:,} told more than once, "
                                 f"by {figures['articles_in_them']:,} articles)")  # fmt: skip
    shards = figures.get("shards") or []
    table.add_row("shards", f"{len(shards)} ({shards[0]} … {shards[-1]})" if shards else "none (one index)")
    for key in ("by_lang", "by_month"):
        table.add_row(key, ", ".join(f"{k}: {v}" for k, v in figures.get(key, {}).items()) or "-")
    for key in ("top_reporters", "top_locations", "top_agencies"):
        table.add_row(key, ", ".join(f"{k} ({v})" for k, v in figures.get(key, [])) or "-")
    last = figures.get("last_ingest")
    table.add_row("last ingest", f"{last['finished']}: {last['summary'].get('new', 0)} new" if last else "never")
    console.print(table)
    for source, reason in figures.get("quarantine", []):
        console.print(f"quarantined {source}: {reason}", style="yellow", markup=False)
