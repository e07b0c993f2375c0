"""How results look: rich styles on a terminal, plain text with ``**`` marks in a pipe."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from rich.console import Console
from rich.text import Text

from index.highlight import Snippet
from index.search import SearchResult

__all__ = ["print_json_lines", "print_search_result"]


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
    for rank, hit in enumerate(result.hits, start=offset + 1):
        head = Text(f"{rank}. ", style="bold")
        head.append(hit.title or hit.id, style="bold cyan")
        console.print(head)
        facts = [hit.published or "date unknown", ", ".join(hit.reporters) or "no byline", hit.location or "",
                 f"score {hit.score:.2f}", hit.id]  # fmt: skip
        console.print("   " + " · ".join(f for f in facts if f), style="dim", highlight=False)
        for snippet in hit.snippets:
            line = Text("   ")
            line.append_text(
                _styled(snippet, "bold reverse") if console.is_terminal else Text(snippet.marked().replace("\n", " "))
            )
            console.print(line, highlight=False)
        for paired in hit.paired:
            console.print(Text("     ↔ ") + Text(_shorten(paired.text), style="italic"), highlight=False)
    shown = f"{len(result.hits)} shown" if result.total > len(result.hits) else ""
    console.print(f"{result.total} hits{' (' + shown + ')' if shown else ''} in {result.seconds * 1000:.0f} ms",
                  style="dim", highlight=False)  # fmt: skip


def _shorten(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
