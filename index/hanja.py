"""The Hanja that Korean headlines write for names, read as the article body writes them.

A headline says ``美 국무부``, ``與野 합의``, ``韓美 정상회담`` where the story says 미국, 여야 and
한미: one character stands for a country, a party or an institution, and runs of them are read
syllable by syllable (韓美 is 한미, 對北 is 대북). Kiwi leaves these characters as foreign symbols
(or glues one to the noun after it: ``美무디스``), so a headline typed as a query would match
nothing of the body. Only characters with one reading in headlines are here: a surname (尹, 李)
names different people in different years, and is left as written.

>>> read_hanja("與野, 美무디스", [("與野", "SL", 0, 2), (",", "SP", 2, 3), ("美무디스", "NNG", 4, 8)])
[('여야', 'NNP', 0, 2), (',', 'SP', 2, 3), ('미국', 'NNP', 4, 5), ('무디스', 'NNG', 5, 8)]
"""

from __future__ import annotations

import re

from index.kiwi_model import Morpheme

__all__ = ["read_hanja"]

# character: (its syllable in a run, the word it stands for alone; None: a prefix, dropped alone)
_READINGS: dict[str, tuple[str, str | None]] = {
    "美": ("미", "미국"), "中": ("중", "중국"), "日": ("일", "일본"), "北": ("북", "북한"),
    "南": ("남", "남한"), "韓": ("한", "한국"), "英": ("영", "영국"), "佛": ("불", "프랑스"),
    "獨": ("독", "독일"), "露": ("러", "러시아"), "印": ("인", "인도"), "濠": ("호", "호주"),
    "伊": ("이", "이탈리아"), "臺": ("대", "대만"), "加": ("가", "캐나다"), "越": ("베", "베트남"),
    "與": ("여", "여당"), "野": ("야", "야당"), "靑": ("청", "청와대"), "檢": ("검", "검찰"),
    "警": ("경", "경찰"), "軍": ("군", "군"),
    "前": ("전", None), "故": ("고", None), "現": ("현", None), "親": ("친", None),
    "反": ("반", None), "脫": ("탈", None), "對": ("대", None),
}  # fmt: skip
_HANJA = "".join(_READINGS)
_HANJA_RE = re.compile(f"[{_HANJA}]")
_PARTS_RE = re.compile(f"[{_HANJA}]+|[^{_HANJA}]+")


def read_hanja(text: str, morphemes: list[Morpheme]) -> list[Morpheme]:
    """``morphemes`` of ``text`` with the headline Hanja read in Hangul (offsets kept)."""
    if not _HANJA_RE.search(text):
        return morphemes
    read: list[Morpheme] = []
    for morpheme in morphemes:
        if morpheme[2] < 0 or not _HANJA_RE.search(morpheme[0]):
            read.append(morpheme)
        else:
            read += _read_parts(morpheme)
    return read


def _read_parts(morpheme: Morpheme) -> list[Morpheme]:
    form, tag, start, _end = morpheme
    parts: list[Morpheme] = []
    for match in _PARTS_RE.finditer(form):
        part, begin, end = match.group(), start + match.start(), start + match.end()
        if part[0] not in _READINGS:
            parts.append((part, tag, begin, end))
        elif len(part) > 1:
            parts.append(("".join(_READINGS[ch][0] for ch in part), "NNP", begin, end))
        elif (word := _READINGS[part][1]) is not None:
            parts.append((word, "NNP", begin, end))
    return parts
