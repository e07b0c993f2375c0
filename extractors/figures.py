"""Figures written the way each language writes them, read as plain numbers.

A translation keeps its figures but not their spelling: "8천명" is "8,000 farmers", "1650억 달러"
is "$165 billion", "581억5000만" is "58.15 billion". Translation pairing and story grouping
compare figures after this reading.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold_figures", "fold_korean_numerals"]

# The last unit: 조, 억 or 만 (천만 and 백만 too), or 천 before a counter ("8천명", "5천 원");
# "코로나19 백신" and "1천197" are not numerals ending in a unit.
_KOREAN_NUMERAL_RE = re.compile(
    r"(?:\d+(?:[.,]\d+)*\s?[조억만천백]\s?)*\d+(?:[.,]\d+)*\s?(?:[천백]?[조억만]|천(?=\s?[명원개여건대곳배달톤]|[\s,.)]|$))"
)
_KOREAN_UNIT_RE = re.compile(r"\d\s?[조억만천백]")
_KOREAN_PART_RE = re.compile(r"\d+(?:[.,]\d+)*|[조억만천백]")
_KOREAN_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4, "천": 1000, "백": 100}
# "165 billion", "1.5-million", and as headlines abbreviate them: "W16.3 Bil.", "$5 mln", "3bn".
_ENGLISH_SCALE_RE = re.compile(
    r"(\d+(?:\.\d+)?)(?:[ -](thousand|million|billion|trillion)\b|\s?(bil|bln|bn|mil|mln|tril|trn|tn)\b\.?)", re.I
)
_ENGLISH_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_ABBREVIATED_SCALES = {"bil": 10**9, "bln": 10**9, "bn": 10**9, "mil": 10**6, "mln": 10**6, "tril": 10**12}
_ABBREVIATED_SCALES |= {"trn": 10**12, "tn": 10**12}
# Small counts written out: English style spells two to nine ("five-car pileup") where Korean news
# writes the digit ("5중 추돌") or a native numeral before its counter ("두 정상", "세 가지"). "one"
# and "한" stay words: a pronoun and a prefix far more often than a count.
_ENGLISH_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_ENGLISH_COUNT_RE = re.compile(r"\b(" + "|".join(_ENGLISH_COUNTS) + r")\b(?=[ -][a-z])", re.I)
# Larger counts spelled out ("Forty-two state attorneys general", "twelve people"), as the Korean writes 42, 12.
_ENGLISH_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                  "nineteen")  # fmt: skip
_ENGLISH_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS = "|".join(_ENGLISH_TENS)
_UNITS = "|".join((*_ENGLISH_COUNTS, "one"))
_TENS_HINT_RE = re.compile(r"(?:ty|teen|ten|eleven|twelve)\b", re.I)
_ENGLISH_TENS_RE = re.compile(
    rf"\b(?:({_TENS})(?:-({_UNITS}))?|({'|'.join(_ENGLISH_TEENS)}))\b(?=[ -][a-z])",
    re.I,
)
_KOREAN_COUNTS = ("두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
# "두 번째" is "second", an ordinal the English writes as a word.
_KOREAN_COUNT_RE = re.compile(r"(?<![\w])(" + "|".join(_KOREAN_COUNTS) + r")(?= [가-힣])(?! 번째)")
# Circled and dingbat numbers ("①", "➊"): the marks a study page numbers each sentence and its
# translation with, figures both sides keep.
_ENCLOSED_NUMBER_RE = re.compile("[\u2460-\u2473\u2776-\u2793]")
_COUNT_VALUES = {word: n for n, word in enumerate(_ENGLISH_COUNTS, start=2)} | {
    word: n for n, word in enumerate(_KOREAN_COUNTS, start=2)
}


def fold_korean_numerals(text: str) -> str:
    """Korean numerals with their units as digits: 581억5000만 is 58150000000.

    >>> fold_korean_numerals("수출 1650억달러, 농부 약 8천명, 1천197억원, 5천만원, 코로나19 백신")
    '수출  165000000000 달러, 농부 약  8000 명,  119700000000 원,  50000000 원, 코로나19 백신'
    """
    if not _KOREAN_UNIT_RE.search(text):
        return text  # most paragraphs: no unit to read
    return _KOREAN_NUMERAL_RE.sub(_korean_value, text)


def fold_figures(text: str) -> str:
    """Korean numerals, English scale words ("165 billion", "1.5-million", "W16.3 Bil.") and small
    counts written out ("five-car", "두 정상") as digits.

    >>> fold_figures("$165 billion and 1.5 million people; 1650억달러")
    '$165000000000 and 1500000 people;  165000000000 달러'
    >>> fold_figures("Gov't to Offer W16.3 Bil. in Relief; a $5 mln deal")
    "Gov't to Offer W16300000000 in Relief; a $5000000 deal"
    >>> fold_figures("Four games in two cities; 세 가지 이유, 네, 알겠습니다; six billion dollars")
    '4 games in 2 cities; 3 가지 이유, 네, 알겠습니다; 6000000000 dollars'
    >>> fold_figures("Forty-two state attorneys, twelve people, twenty countries")
    '42 state attorneys, 12 people, 20 countries'
    >>> fold_figures("⑫ They are part of the poem")
    ' 12  They are part of the poem'
    """
    text = _ENCLOSED_NUMBER_RE.sub(lambda m: f" {unicodedata.numeric(m.group(0)):g} ", text)
    text = fold_korean_numerals(text)
    # Each pattern is tried only where one of its words occurs at all: most paragraphs spell out no
    # count and no scale, and a substring test costs a fraction of a pattern's search.
    lowered = text.lower()
    if _spells_one_of(lowered, _TENS_HINTS) and _TENS_HINT_RE.search(text):
        text = _ENGLISH_TENS_RE.sub(_english_tens_value, text)
    if _spells_one_of(lowered, _ENGLISH_COUNTS):
        text = _ENGLISH_COUNT_RE.sub(lambda m: str(_COUNT_VALUES[m.group(1).lower()]), text)
    if _spells_one_of(lowered, _SCALE_STEMS):
        text = _ENGLISH_SCALE_RE.sub(_english_value, text)  # after the counts: "six billion" is 6000000000
    if _spells_one_of(text, _KOREAN_COUNTS):
        text = _KOREAN_COUNT_RE.sub(lambda m: str(_COUNT_VALUES[m.group(1)]), text)
    return text


def _spells_one_of(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


_TENS_HINTS = ("ty", "te", "eleven", "twelve")  # "-ty", "ten", "-teen"
_SCALE_STEMS = ("thousand", "mil", "mln", "bil", "bln", "bn", "tril", "trn", "tn")


def _korean_value(match: re.Match[str]) -> str:
    total = group = current = 0.0
    for part in _KOREAN_PART_RE.findall(match.group(0)):
        if part[0].isdigit():
            current = float(part.replace(",", ""))
        elif _KOREAN_UNITS[part] < 10**4:
            group, current = group + (current or 1) * _KOREAN_UNITS[part], 0.0
        else:
            total, group, current = total + (group + current) * _KOREAN_UNITS[part], 0.0, 0.0
    return f" {round(total + group + current)} "


def _english_tens_value(match: re.Match[str]) -> str:
    tens, unit, teen = match.group(1), match.group(2), match.group(3)
    if teen:
        return str(10 + _ENGLISH_TEENS.index(teen.lower()))
    ones = 1 if unit and unit.lower() == "one" else _COUNT_VALUES.get((unit or "").lower(), 0)
    return str(10 * (2 + _ENGLISH_TENS.index(tens.lower())) + ones)


def _english_value(match: re.Match[str]) -> str:
    word, abbreviation = match.group(2), match.group(3)
    scale = _ENGLISH_SCALES[word.lower()] if word else _ABBREVIATED_SCALES[abbreviation.lower()]
    return str(round(float(match.group(1)) * scale))
