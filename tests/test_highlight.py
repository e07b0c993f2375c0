"""Term positions for highlights, read with forward-only posting cursors on a real Whoosh index."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import TEXT, Schema

from index.highlight import PostingCursors

TEXTS = ["alpha beta", "beta gamma", "gamma alpha alpha", "delta"]


def test_cursors_answer_hits_in_any_order(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), Schema(text=TEXT(phrase=True)))
    with ix.writer() as writer:
        for text in TEXTS:
            writer.add_document(text=text)
    expected = {(doc, word): [i for i, w in enumerate(text.split()) if w == word]
                for doc, text in enumerate(TEXTS) for word in ("alpha", "beta", "gamma", "delta", "omega")}  # fmt: skip
    with ix.searcher() as searcher:
        cursors = PostingCursors(searcher.reader())
        # Pages visit hits in document order, but a cursor that went past a hit must not hide a
        # document asked for later, and one asked for again must answer the same.
        for doc in (0, 1, 2, 3, 1, 0, 2, 2, 3, 0):
            for word in ("alpha", "beta", "gamma", "delta", "omega"):
                assert cursors.positions(doc, "text", word) == expected[doc, word], (doc, word)
