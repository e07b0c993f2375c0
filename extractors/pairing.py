"""Translation pairs: which English paragraph translates which Korean one.

Bilingual articles put translations in neighbouring blocks (all of one language, then the
same content in the other) or interleave them paragraph by paragraph. Each pair of
neighbouring blocks is aligned monotonically (the order of a translation follows the
original) by a similarity built from evidence that survives translation: numbers, Latin
names and parenthesised originals, quotation counts and length ratio. A paragraph whose best
match is weak stays unpaired.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import pairwise

__all__ = ["align_translations", "pair_score"]

# English text runs about 2.4x as many characters as the same Korean text (no spaces).
_EN_PER_KO_CHARS = 2.4
_MIN_SCORE = 0.42
_NUMBER_RE = re.compile(r"\d+(?:[,.]\d+)*")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z'-]+")
_QUOTES_RE = re.compile(r"[“”\"‘’]")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER_RE.findall(text)}


def _length_score(en: str, ko: str) -> float:
    en_len = len(en.replace(" ", "")) or 1
    ko_len = len(ko.replace(" ", "")) or 1
    deviation = math.log(en_len / (ko_len * _EN_PER_KO_CHARS))
    return math.exp(-(deviation**2) / (2 * 0.45**2))


def pair_score(en: str, ko: str) -> float:
    """How likely ``en`` translates ``ko`` (0..1).

    >>> pair_score("It has 1,800 member companies.", "회원사는 1800개 사다.") > 0.5
    True
    """
    score = 0.55 * _length_score(en, ko)
    en_numbers, ko_numbers = _numbers(en), _numbers(ko)
    if en_numbers and ko_numbers:
        overlap = len(en_numbers & ko_numbers) / len(en_numbers | ko_numbers)
        score += 0.3 * overlap - (0.15 if not overlap else 0)
    elif en_numbers or ko_numbers:
        score -= 0.05
    else:
        score += 0.1
    latin_in_ko = {w.lower() for w in _LATIN_RE.findall(ko)}
    if latin_in_ko:
        en_words = {w.lower() for w in _LATIN_RE.findall(en)}
        score += 0.15 * len(latin_in_ko & en_words) / len(latin_in_ko)
    en_quotes, ko_quotes = len(_QUOTES_RE.findall(en)), len(_QUOTES_RE.findall(ko))
    if en_quotes or ko_quotes:
        score += 0.1 if en_quotes == ko_quotes else -0.05 * min(abs(en_quotes - ko_quotes), 2)
    return max(0.0, min(1.0, score))


def _runs(langs: Sequence[str]) -> list[tuple[str, list[int]]]:
    runs: list[tuple[str, list[int]]] = []
    for index, lang in enumerate(langs):
        if runs and runs[-1][0] == lang:
            runs[-1][1].append(index)
        else:
            runs.append((lang, [index]))
    return runs


def _align(en_ids: list[int], ko_ids: list[int], texts: Sequence[str]) -> list[tuple[int, int]]:
    """Monotone alignment maximising the summed margin of accepted pairs."""
    rows, cols = len(en_ids), len(ko_ids)
    gain = [[pair_score(texts[e], texts[k]) - _MIN_SCORE for k in ko_ids] for e in en_ids]
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + gain[i][j])
    pairs, i, j = [], 0, 0
    while i < rows and j < cols:
        if gain[i][j] > 0 and best[i][j] == best[i + 1][j + 1] + gain[i][j]:
            pairs.append((en_ids[i], ko_ids[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def align_translations(langs: Sequence[str], texts: Sequence[str]) -> list[int | None]:
    """For each paragraph, the index of its translation or None.

    >>> align_translations(["en", "ko"], ["He said 3 things.", "그는 3가지를 말했다."])
    [1, 0]
    """
    pair: list[int | None] = [None] * len(texts)
    runs = _runs(langs)
    for (lang_a, ids_a), (lang_b, ids_b) in pairwise(runs):
        if {lang_a, lang_b} != {"en", "ko"}:
            continue
        free_a = [i for i in ids_a if pair[i] is None]
        free_b = [i for i in ids_b if pair[i] is None]
        en_ids, ko_ids = (free_a, free_b) if lang_a == "en" else (free_b, free_a)
        for en, ko in _align(en_ids, ko_ids, texts):
            pair[en], pair[ko] = ko, en
    return pair
