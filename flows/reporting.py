"""Run summaries as Prefect artifacts."""

from __future__ import annotations

from typing import Any

from prefect.artifacts import create_markdown_artifact

__all__ = ["publish_summary", "summary_markdown"]


def summary_markdown(title: str, summary: dict[str, Any]) -> str:
    """A markdown table of the scalar figures, then lists (quarantine, duplicates)."""
    lines = [f"# {title}", "", "| figure | value |", "| --- | --- |"]
    details: list[str] = []
    for key, value in summary.items():
        if isinstance(value, dict):
            shown = ", ".join(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}" for k, v in value.items())
            lines.append(f"| {key} | {shown or '-'} |")
        elif isinstance(value, list):
            if value:
                details += ["", f"## {key}", ""] + [f"- {_item(item)}" for item in value[:200]]
        else:
            lines.append(f"| {key} | {value} |")
    return "\n".join(lines + details) + "\n"


def _item(item: Any) -> str:
    """ "source — reason" for a pair, the value itself otherwise."""
    return " — ".join(map(str, item)) if isinstance(item, (list, tuple)) else str(item)


def publish_summary(key: str, title: str, summary: dict[str, Any]) -> None:
    create_markdown_artifact(key=key, markdown=summary_markdown(title, summary), description=title)
