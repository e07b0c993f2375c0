"""Labelling text as Korean, English or other by the scripts it is written in."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from extractors.record import Lang

__all__ = ["detect_lang", "language_spans", "script_counts"]

# A Hangul syllable carries about as much text as three Latin letters, so a line like
# "조 파네타(Joseph Panetta) 회장" reads as Korean while "the 박람회 in Gyeonggi" does not.
_LATIN_LETTERS_PER_SYLLABLE = 3


@lru_cache(maxsize=4096)  # a line is labelled, split and paired: its counts are asked for three times
def script_counts(text: str) -> tuple[int, int, int]:
    """Count ``(hangul, latin, other_letters)`` characters.

    >>> script_counts("Biocom CA 한국지부")
    (4, 8, 0)
    """
    hangul = sum(map(len, _HANGUL_RE.findall(text)))
    latin = sum(map(len, _LATIN_RE.findall(text)))
    other = sum(ch.isalpha() for ch in _OTHER_WORD_CHAR_RE.findall(text))  # "②" is a word character, not a letter
    return hangul, latin, other


# Counted by regular expressions, in C: a per-character loop in Python was a tenth of extraction time.
_HANGUL_RE = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")  # runs: fewer, longer matches
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")  # accented Latin too
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


# A sentence ends (with its closing quote, if any) and the next one opens in the other script:
# "… and medicine. 법률은 …", "… 하나였다.Above all, …" (study pages often drop the space).
_SCRIPT_TURN_RE = re.compile(r"[.!?][”’\"')]?(\s*)(?=[“‘\"(]?(?:[A-Z][a-z]|[A-Z]{2,}[\uac00-\ud7a3]|[\uac00-\ud7a3]))")
# A hard-wrapped line opening with the end of an English sentence, then Korean: "nation. 최근 몇 주 …".
_WRAPPED_TAIL_RE = re.compile(r"[a-z][\w'’,-]*(?:\s+[\w'’,-]+){0,8}[.!?][”’\"')]?\s+[“‘\"(]?[\uac00-\ud7a3]")
_MIN_SPAN_SYLLABLES = 10  # a Korean sentence, not a credit or a glossed word
_MIN_SPAN_WORDS = 4  # an English sentence, not a name
_WORD_RE = re.compile(r"[A-Za-z]+")
_ENGLISH_RUN_RE = re.compile(r"[A-Za-z]+(?:[^\w\uac00-\ud7a3]+[A-Za-z]+){3}")  # four English words in a row


def language_spans(text: str) -> list[tuple[int, int]]:
    """Where a paragraph that runs sentence by sentence in Korean and English turns from one
    language to the other: ``(start, end)`` of each run, or one span for a paragraph in one language.

    Bilingual study pages and editorials print a sentence and its translation in one paragraph.
    The paragraph is cut only where every sentence is plainly one language (an English one holds
    no Hangul, a Korean one is mostly Hangul) and every run is long enough to be a sentence, so
    a Korean paragraph quoting English words, or an English one naming a Korean title, stays whole.

    >>> text = "Law is old. It ruled the world. 법률은 가장 오래된 학문적 직업 중 하나였다.Above all, law remained."
    >>> [text[a:b] for a, b in language_spans(text)]
    ['Law is old. It ruled the world.', '법률은 가장 오래된 학문적 직업 중 하나였다.', 'Above all, law remained.']
    >>> len(language_spans('그는 "We will win." 이라고 말하며 자리를 떴다.'))
    1
    >>> text = "The President Speaks with a Shaking Voice 떨리는 목소리로 연설한 대통령 This week he vowed to act."
    >>> [text[a:b] for a, b in language_spans(text)]
    ['The President Speaks with a Shaking Voice', '떨리는 목소리로 연설한 대통령', 'This week he vowed to act.']
    """
    whole = [(0, len(text))]
    if not _HANGUL_RE.search(text) or not (_ENGLISH_RUN_RE.search(text) or _WRAPPED_TAIL_RE.match(text)):
        return whole  # checked first: almost every paragraph is in one language
    cuts = [0, *(m.start(1) for m in _SCRIPT_TURN_RE.finditer(text)), len(text)]
    runs: list[tuple[int, int, str]] = []
    opening: int | None = None  # where a number or a mark with no words ("1.") before a run began
    for start, end in pairwise(cuts):
        sentence = text[start:end].strip()
        if not sentence:
            continue
        begin = start + text[start:end].index(sentence)
        if not any(script_counts(sentence)):
            opening = begin if opening is None else opening
            continue
        script = _sentence_script(sentence)
        pieces = [(begin, begin + len(sentence), script)] if script else _word_runs(text, begin, begin + len(sentence))
        if not pieces:
            return whole
        for a, b, script in pieces:
            if runs and runs[-1][2] == script:
                runs[-1] = (runs[-1][0], b, script)
            else:
                runs.append((a if opening is None else opening, b, script))
            opening = None
    tail = runs[0] if len(runs) > 1 and _wrapped_tail(text[runs[0][0] : runs[0][1]], runs[0][2]) else None
    runs = runs[1:] if tail else runs  # "nation. 최근 몇 주 동안, …": the end of a sentence the line above began
    if len(runs) > 2 and not _is_sentence_run(text[runs[0][0] : runs[0][1]], runs[0][2]):
        runs = [(runs[0][0], runs[1][1], runs[1][2]), *runs[2:]]  # a short label opening it: "틴타임스 477호 스크립트"
    if len(runs) < (1 if tail else 2) or not all(_is_sentence_run(text[a:b], script) for a, b, script in runs):
        return whole
    return [(a, b) for a, b, _ in ([tail] if tail else []) + runs]


def _wrapped_tail(run: str, script: str) -> bool:
    """An English run that opens a line in lower case and closes a sentence ("nation.", "convicted
    teachers."): the rest of a sentence a hard-wrapped line broke off, not a sentence of its own."""
    words = run.split()
    return script == "en" and bool(words) and words[0][0].islower() and run.rstrip()[-1:] in ".!?"


# Words, a closing bracket ending one: "…탱크 파견]Ukraine hails …" runs a heading into its lead.
_WORD_SPAN_RE = re.compile(r"[^\s\]]*\]|[^\s\]]+")
_OPENING_QUOTES = "\"'“‘「『("


def _word_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A sentence with no full stop where the language turns, as headings print a line and its
    translation ("… with a Shaking Voice 떨리는 목소리로 연설한 대통령 This week …"): its runs of
    words in one script, or [] when a run is too short to be a sentence or opens a quotation
    (a Korean sentence quoting an English title stays whole)."""
    runs: list[tuple[int, int, str]] = []
    for word in _WORD_SPAN_RE.finditer(text, start, end):
        hangul, latin, _ = script_counts(word.group())
        script = "ko" if hangul else "en" if latin else None
        if script is None or (runs and runs[-1][2] == script):
            if runs:
                runs[-1] = (runs[-1][0], word.end(), runs[-1][2])
            continue
        runs.append((word.start(), word.end(), script))
    runs = _absorb_acronyms(runs, text)
    if len(runs) < 2 or any(text[a] in _OPENING_QUOTES for a, _, _ in runs[1:]):
        return []
    return runs if all(_is_sentence_run(text[a:b], script) for a, b, script in runs) else []


def _absorb_acronyms(runs: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Runs with the few Latin words a Korean sentence holds ("… 쇼는 BBC 조사 후 …") taken into it."""
    merged: list[tuple[int, int, str]] = []
    for index, (a, b, script) in enumerate(runs):
        inside = 0 < index < len(runs) - 1 and runs[index - 1][2] == runs[index + 1][2] == "ko"
        if script == "en" and inside and len(_WORD_RE.findall(text[a:b])) < _MIN_SPAN_WORDS:
            script = "ko"
        if merged and merged[-1][2] == script:
            merged[-1] = (merged[-1][0], b, script)
        else:
            merged.append((a, b, script))
    return merged


def _sentence_script(sentence: str) -> str | None:
    """ "ko" for a sentence in Hangul (a Latin name or a Hanja word allowed), "en" for one
    without Hangul, None for one mixing them."""
    hangul, latin, other = script_counts(sentence)
    if hangul and hangul * _LATIN_LETTERS_PER_SYLLABLE >= 2 * latin and hangul >= 3 * other:
        return "ko"
    if not hangul and latin and not other:
        return "en"
    return None


def _is_sentence_run(run: str, script: str) -> bool:
    if script == "ko":
        return script_counts(run)[0] >= _MIN_SPAN_SYLLABLES
    return len(_WORD_RE.findall(run)) >= _MIN_SPAN_WORDS
