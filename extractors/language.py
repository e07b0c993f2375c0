"""Labelling text as Korean, English or other by the scripts it is written in."""

from __future__ import annotations

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
    hangul = latin = other = 0
    for ch in text:
        code = ord(ch)
        if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            hangul += 1
        elif ch.isascii():
            latin += ch.isalpha()
        elif ch.isalpha():
            if 0xC0 <= code <= 0x24F:  # accented Latin
                latin += 1
            else:
                other += 1
    return hangul, latin, other


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
