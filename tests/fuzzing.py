"""Adversarial query strings: syntax fragments, control characters, scripts, huge inputs."""

from __future__ import annotations

import random

__all__ = ["fuzz_queries"]

ALPHABET = [*"\"'()[]{}:*?~^+-!&|\\/", "AND", "OR", "NOT", "TO", " ", "  ", "\t", "\n", "\x00", "\x1b", "\u200b"]
WORDS = [
    "바이오",
    "partnership",
    "협력관계를",
    "title:",
    "published:",
    "[2024 TO",
    "lang:ko",
    "*",
    "김동연",
    "😀",
    "東京",
]


def fuzz_queries(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    queries = ["", " ", '"', "((", "))", "AND", "NOT", "OR OR", "title:", ":", "*", "?", "~", "^2", '"unclosed',
               "a" * 5000, "바이오 " * 400, "published:[2024-13-45 TO x]", "published:>", "field:value:more", "\\",
               "'", "((바이오)"]  # fmt: skip
    while len(queries) < count:
        parts = [rng.choice(ALPHABET + WORDS) for _ in range(rng.randrange(1, 12))]
        queries.append("".join(parts) if rng.random() < 0.5 else " ".join(parts))
    return queries
