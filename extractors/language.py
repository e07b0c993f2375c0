"""Labelling text as Korean, English or other by the scripts it is written in."""

from __future__ import annotations

import re

from extractors.record import Lang

__all__ = ["detect_lang", "script_counts"]

# A Hangul syllable carries about as much text as three Latin letters, so a line like
# "조 파네타(Joseph Panetta) 회장" reads as Korean while "the 박람회 in Gyeonggi" does not.
_LATIN_LETTERS_PER_SYLLABLE = 3


def script_counts(text: str) -> tuple[int, int, int]:
    """Count ``(hangul, latin, other_letters)`` characters.

    >>> script_counts("Biocom CA 한국지부")
    (4, 8, 0)
    """
    hangul = len(_HANGUL_RE.findall(text))
    latin = len(_LATIN_RE.findall(text))
    other = sum(ch.isalpha() for ch in _OTHER_WORD_CHAR_RE.findall(text))  # "②" is a word character, not a letter
    return hangul, latin, other


# Counted by regular expressions, in C: a per-character loop in Python was a tenth of extraction time.
_HANGUL_RE = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")  # accented Latin too
_OTHER_WORD_CHAR_RE = re.compile("[^\\W\\d_A-Za-z\u00c0-\u024f\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


def detect_lang(text: str) -> Lang:
    """Label a paragraph by its dominant script.

    >>> [detect_lang(t) for t in ("조 파네타(Joseph Panetta) 회장", "Biocom CA 한국지부",
    ...                             "Biocom CA is in San Diego.", "東京都", "2024")]
    ['ko', 'ko', 'en', 'other', 'other']
    """
    hangul, latin, other = script_counts(text)
    if hangul and hangul * _LATIN_LETTERS_PER_SYLLABLE >= latin and hangul >= other:
        return "ko"
    if latin and latin >= other * _LATIN_LETTERS_PER_SYLLABLE and latin > hangul * _LATIN_LETTERS_PER_SYLLABLE:
        return "en"
    return "other"
