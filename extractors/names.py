"""Korean personal names as an English text romanizes them: "Lee Jae-myung" is 이재명.

A translation keeps its people, and an English edition writes a Korean name in one of several
romanizations (Revised, McCune-Reischauer, family spellings: 윤석열 is "Yoon Suk Yeol", 석 is
"Seok" or "Suk"). Both sides are reduced to a consonant skeleton (voicing, vowels and the
semivowels y/w dropped; a final ㅇ kept as "N"), which every romanization of a name shares.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["english_names", "is_korean_surname", "korean_names", "transcribes_foreign_word"]

# Common surnames and their usual romanizations (about 90% of Koreans carry one of these).
_SURNAMES = {
    "김": "kim gim", "이": "lee yi rhee ri", "박": "park pak bak", "최": "choi choe", "정": "jung jeong chung",
    "강": "kang gang", "조": "cho jo", "윤": "yoon yun", "장": "jang chang", "임": "lim im yim",
    "한": "han", "오": "oh", "서": "seo suh", "신": "shin sin", "권": "kwon gwon", "황": "hwang",
    "안": "ahn an", "송": "song", "류": "ryu yoo", "유": "yoo yu", "전": "jeon chun jun", "홍": "hong",
    "고": "ko go", "문": "moon mun", "양": "yang", "손": "son sohn", "배": "bae", "백": "baek paik",
    "허": "heo huh", "남": "nam", "심": "shim sim", "노": "roh noh", "하": "ha", "곽": "kwak",
    "성": "sung seong", "차": "cha", "주": "joo ju chu", "우": "woo", "구": "koo ku gu", "민": "min",
    "나": "na", "진": "jin", "지": "ji", "엄": "um eom", "채": "chae", "원": "won", "천": "chun cheon",
    "방": "bang", "공": "kong gong", "현": "hyun hyeon", "함": "ham", "변": "byun byeon", "염": "yeom yum",
    "여": "yeo", "추": "choo chu", "도": "do doh", "석": "seok suk", "선": "sun seon", "설": "seol sul",
    "길": "gil kil", "표": "pyo", "명": "myung myeong", "기": "ki gi", "반": "ban", "금": "keum geum",
    "육": "yook yuk", "탁": "tak", "국": "kook guk", "경": "kyung gyeong", "봉": "bong", "인": "in",
}  # fmt: skip
_BY_ROMANIZATION = {rom: hangul for hangul, roms in _SURNAMES.items() for rom in roms.split()}
# A capitalized short word, then a given name: "Jae-myung", "Jong Un", "Suk Yeol".
_ENGLISH_NAME_RE = re.compile(r"\b([A-Z][a-z]{0,4})\s+([A-Z][a-z]+(?:-[a-z]+|\s[A-Z][a-z]+)?)\b")
_KOREAN_NAME_RE = re.compile(r"(?<![가-힣])([" + "".join(_SURNAMES) + r"])([가-힣]{2})")
_INITIALS = "kknttlmppss_cccktph"  # ㄱ ㄲ ㄴ … ㅎ as sounds; "_" a silent ㅇ
_FINALS = "_kkknnntlkmlllplmppttNttktpt"  # none, ㄱ, ㄲ, ㄳ … ㅎ; "N" a final ㅇ
_DIGRAPHS = (("ch", "c"), ("sh", "s"), ("ck", "k"), ("ng", "N"), ("j", "c"), ("g", "k"), ("d", "t"),
             ("b", "p"), ("r", "l"), ("f", "p"))  # fmt: skip


def is_korean_surname(word: str) -> bool:
    """Whether ``word`` romanizes a common Korean surname ("Jung", "Choe", "Rhee")."""
    return word.lower() in _BY_ROMANIZATION


def english_names(text: str) -> frozenset[tuple[str, str]]:
    """(Hangul surname, skeleton of the given name) for each romanized Korean name.

    >>> sorted(english_names("President Yoon Suk Yeol met Lee Jae-myung and Kim Jong Un."))
    [('김', 'cNn'), ('윤', 'skl'), ('이', 'cmN')]
    """
    names = set()
    for surname, given in _ENGLISH_NAME_RE.findall(text):
        if surname.lower() not in _BY_ROMANIZATION:
            continue
        skeleton = "".join(_romanized_skeleton(part) for part in re.split(r"[- ]", given))
        names.add((_BY_ROMANIZATION[surname.lower()], skeleton))
    return frozenset(names)


def korean_names(text: str) -> frozenset[tuple[str, str]]:
    """(surname, skeleton of the given name) for each word that may open with a name.

    >>> ("윤", "skl") in korean_names("윤석열 대통령은"), ("이", "cmN") in korean_names("이재명 대표")
    (True, True)
    """
    return frozenset((surname, _hangul_skeleton(given)) for surname, given in _KOREAN_NAME_RE.findall(text))


@cache
def _romanized_skeleton(syllable: str) -> str:
    skeleton = syllable.lower()
    for digraph, sound in _DIGRAPHS:
        skeleton = skeleton.replace(digraph, sound)
    skeleton = re.sub(r"(.)\1", r"\1", skeleton)  # "Soo", "Kkot": doubled letters are one sound
    skeleton = re.sub(r"(?<=[aeiou])h", "", skeleton)  # "Kyo-ahn", "Doh": an h that only marks the vowel
    return re.sub(r"[aeiouyw]", "", skeleton)


@cache
def _hangul_skeleton(syllables: str) -> str:
    out = []
    for syllable in syllables:
        code = ord(syllable) - 0xAC00
        initial, final = _INITIALS[code // 588], _FINALS[code % 28]
        out.append((initial + final).replace("_", ""))
    return "".join(out)


# Syllables that write a foreign consonant alone, with the silent vowel ㅡ ("지멘스", "오라클"): no
# Korean given name holds one.
_FOREIGN_CONSONANT_SYLLABLES = frozenset("스즈츠트크프클플")


def transcribes_foreign_word(word: str) -> bool:
    """Whether a name-shaped Hangul word is a foreign word written in Hangul, no person's name.

    >>> transcribes_foreign_word("지멘스"), transcribes_foreign_word("장희돈")
    (True, False)
    """
    return any(syllable in _FOREIGN_CONSONANT_SYLLABLES for syllable in word[1:])
