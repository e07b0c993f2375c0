"""Raw Kiwi timings shared by the benchmark's steps, each run in its own interpreter (see bench/run.py)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from index.schema import KOREAN_FIELDS, field_texts

_BATCH = 2000


def korean_texts(articles: Iterable[Any]) -> list[str]:
    """The texts of the fields an index analyses with Kiwi, article by article."""
    return [text for article in articles for field, text in field_texts(article).items() if field in KOREAN_FIELDS]


def batch_seconds(kiwi: Any, texts: list[str]) -> float:
    """Seconds Kiwi takes to analyse ``texts`` in batches, its tokens left unconverted."""
    started = time.perf_counter()
    for start in range(0, len(texts), _BATCH):
        for _tokens in kiwi.tokenize(texts[start : start + _BATCH]):
            pass
    return time.perf_counter() - started
