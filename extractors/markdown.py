"""Markdown's marks taken off the text they mark up.

News archives are often saved as Markdown (scrapers and readers export it): a headline
``# …``, a byline ``By **JANE DOE**``, a dateline ``**SEOUL (AP)** -``, links and rules. The
layout reader knows plain text; it gets the words without the marks. Only unambiguous marks
go: a heading's hashes with their space, paired double asterisks or underscores, a link's
brackets and address, a rule line. A single ``*`` (a footnote, a bullet) stays, and so does an
image (``![photo](a.jpg)``), which the layout reader leaves out as it is.
"""

from __future__ import annotations

import re

__all__ = ["strip_markdown"]

_HEADING_RE = re.compile(r"^#{1,6}[ \t]+(?=\S)", re.MULTILINE)
# Paired and alone: "******NOTICE:***" in a flattened page is no emphasis.
_STRONG_RE = re.compile(r"(?<![*_\w])(\*\*|__)(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])")
_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_RULE_RE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_MARKS = ("# ", "##", "**", "__", "](", "---", "***")


def strip_markdown(text: str) -> str:
    """``text`` without its Markdown marks (unchanged if it has none).

    >>> strip_markdown("# Storm\\nBy **JANE DOE** and [John Roe](https://x.example/j)\\n---\\n**SEOUL (AP)** - Rain.")
    'Storm\\nBy JANE DOE and John Roe\\n\\nSEOUL (AP) - Rain.'
    >>> strip_markdown("※ 자세한 내용은 *참고* 바랍니다. #해시태그")
    '※ 자세한 내용은 *참고* 바랍니다. #해시태그'
    """
    if not any(mark in text for mark in _MARKS):
        return text
    text = _HEADING_RE.sub("", text)
    text = _RULE_RE.sub("", text)
    text = _LINK_RE.sub(r"\1", text)
    return _STRONG_RE.sub(r"\2", text)
