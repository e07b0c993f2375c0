"""Query sets for latency benchmarks, drawn deterministically from the generated corpus."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from bench.corpus import sentence_pools

__all__ = ["query_sets"]

_WORD_RE = re.compile(r"[가-힣]{2,6}")


def query_sets(corpus: Path, per_set: int = 100, seed: int = 11) -> dict[str, list[dict[str, Any]]]:
    """Single-term, multi-term, phrase and filtered queries made of words the corpus contains."""
    rng = random.Random(seed)
    korean, english = sentence_pools()
    words = sorted({w for s in korean for w in _WORD_RE.findall(s) if not w.endswith(("다", "고", "며", "의", "에"))})
    en_words = sorted({w.lower() for s in english for w in re.findall(r"[A-Za-z]{5,}", s)})
    pairs = [s.split() for s in korean]
    single = [{"q": rng.choice(words + en_words)} for _ in range(per_set)]
    multi = [{"q": f"{rng.choice(words)} {rng.choice(words)}"} for _ in range(per_set)]
    phrase = []
    for _ in range(per_set):
        tokens = rng.choice([p for p in pairs if len(p) > 3])
        start = rng.randrange(len(tokens) - 1)
        phrase.append({"q": '"' + " ".join(tokens[start : start + 2]).replace('"', "") + '"'})
    filtered = [{"q": rng.choice(words), "filters": {"lang": "ko", "since": "2024-03-01", "until": "2024-09-30"}}
                for _ in range(per_set)]  # fmt: skip
    newest = [{"q": rng.choice(words), "filters": {"sort": "newest"}} for _ in range(per_set)]
    return {"single-term": single, "multi-term": multi, "phrase": phrase, "filtered": filtered, "newest": newest}
