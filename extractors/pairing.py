"""Translation pairs: which English paragraph translates which Korean one.

Bilingual articles put translations in neighbouring blocks (all of one language, then the
same content in the other) or interleave them paragraph by paragraph; an English edition
often cuts one Korean paragraph into several. Each pair of neighbouring blocks is aligned
monotonically (the order of a translation follows the original) in groups of one to four
paragraphs, by a similarity built from evidence that survives translation: numbers (however
each language writes them), Latin names and parenthesised originals, romanized Korean names,
quotation counts and length ratio. A paragraph whose best
match is weak stays unpaired. A page whose pairs rarely share any evidence is a translation
only by its shape (three groups or more, each in translation's length ratio, figures kept, no
paragraph left out between them); otherwise it is two languages side by side and gets no pairs.
So is a page where more than a quarter of the groups disagree on their figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import reduce
from itertools import pairwise

from extractors.figures import fold_figures
from extractors.names import english_names, korean_names
from extractors.patterns import HANGUL_SYLLABLE_RE

__all__ = ["align_translations", "evidence", "pair_score"]

# English text runs about 2.4x as many characters as the same Korean text (no spaces).
_EN_PER_KO_CHARS = 2.4
_CUT_MARKS = ("..", "…")  # an excerpt or a teaser that breaks off mid-sentence
_MIN_SCORE = 0.42
_NUMBER_RE = re.compile(r"\d+(?:[,.]\d+)*")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z'-]+")
# Quotation marks, and typewriter single quotes used as such ('매우 강력히', 'very strongly'),
# not as apostrophes (North's).
# A curly apostrophe inside a word (Russia’s) is none either.
_QUOTES_RE = re.compile(r"[“”\"‘]|’(?![A-Za-z])|(?<![A-Za-z])'(?=\S)|(?<=\S)'(?![A-Za-z])")
# Groups one paragraph may translate: (English paragraphs, Korean paragraphs).
_GROUPS = ((1, 1), (2, 1), (3, 1), (4, 1), (1, 2), (1, 3))
_MERGE_COST = 0.02  # per extra paragraph in a group: a 1:1 reading wins a tie
_MERGE_GAIN = 0.1  # a group must beat its first paragraph alone by this much...
_SKIP_COST = 0.01  # per paragraph left out before a group: breaks ties, outweighs no evidence
_CONFIDENT_SINGLE = 0.7  # ...and that paragraph alone must not already be a good match
_SPLIT_RUN_COST = 0.3  # a run translating both its neighbours: mostly a truncated block's leftovers
_MIN_EVIDENCE_SHARE = 0.3
_MAX_CONTRADICTED_SHARE = 0.25  # of a page's groups: side-by-side paragraphs that only share a stray figure
_MIN_SHAPE_GROUPS = 3
_SHAPE_DEVIATION = 0.45  # |log| of the length ratio over the usual one: within about 1.6x
_MAX_HEADING_CHARS = 12
_MAX_NUMBERED_HEADING_CHARS = 30
_MAX_TITLE_CHARS = 80
_NUMBERED_RE = re.compile(r"^\d{1,2}[.)]\s")
_SENTENCE_END_RE = re.compile(r"[.!?。…다요][\"'”’)\]]*\s*$")


@dataclass(frozen=True, slots=True)
class _Features:
    """What a paragraph (or a group of them) offers the similarity."""

    length: int
    numbers: frozenset[str]
    latin: frozenset[str]
    names: frozenset[tuple[str, str]]  # romanized Korean names in English, candidate names in Korean
    quotes: int
    cut: bool = False  # the text breaks off ("… one of the pioneers in social netw.."): it is longer than it shows
    stops: bool = False  # the page's last paragraph stops mid-sentence, unmarked: longer only if the figures agree

    @classmethod
    def of(cls, text: str, *, korean_names_wanted: bool = True) -> _Features:
        numbers = frozenset(n.replace(",", "").rstrip(".") for n in _NUMBER_RE.findall(fold_figures(text)))
        words = _LATIN_RE.findall(text)
        if HANGUL_SYLLABLE_RE.search(text):
            # A translation keeps the original's names and acronyms in Latin letters ("Biocom",
            # "CEO"); ordinary English words in Korean text are a learner's draft or a gloss.
            latin = frozenset(w.lower() for w in words if w[0].isupper())
            names = korean_names(text) if korean_names_wanted else frozenset()
        else:
            latin = frozenset(w.lower() for w in words)
            names = english_names(text)
        cut = text.rstrip().endswith(_CUT_MARKS)
        return cls(len(text.replace(" ", "")), numbers, latin, names, len(_QUOTES_RE.findall(text)), cut)

    def __add__(self, other: _Features) -> _Features:
        return _Features(
            self.length + other.length,
            self.numbers | other.numbers,
            self.latin | other.latin,
            self.names | other.names,
            self.quotes + other.quotes,
            other.cut,
            other.stops,
        )


def _with_korean_names(features: _Features, text: str) -> _Features:
    """``features`` as :meth:`_Features.of` gives them with Korean names wanted: only a Korean text's
    names differ, and the figures need not be folded again."""
    if not HANGUL_SYLLABLE_RE.search(text):
        return features
    return replace(features, names=korean_names(text))


def _deviation(en: _Features, ko: _Features) -> float:
    """How far the English side's length is from the Korean side's in translation's usual ratio (log)."""
    return math.log((en.length or 1) / ((ko.length or 1) * _EN_PER_KO_CHARS))


def _score(en: _Features, ko: _Features) -> float:
    deviation = _deviation(en, ko)
    en_cut, ko_cut = en.cut or (en.stops and _backed(en, ko)), ko.cut or (ko.stops and _backed(en, ko))
    if (en_cut and deviation < 0) or (ko_cut and deviation > 0):
        deviation = 0.0  # the side that breaks off is at least as long as it shows
    score = 0.55 * math.exp(-(deviation**2) / (2 * 0.45**2))
    if en.numbers and ko.numbers:
        overlap = len(en.numbers & ko.numbers) / len(en.numbers | ko.numbers)
        score += 0.3 * overlap - (0.15 if not overlap else 0)
    elif en.numbers or ko.numbers:
        score -= 0.05
    else:
        score += 0.1
    if ko.latin:
        score += 0.15 * len(ko.latin & en.latin) / len(ko.latin)
    if en.names:  # the Korean side's candidates are many (any word opening with a surname)
        score += 0.15 * len(en.names & ko.names) / len(en.names)
    # Speech quoted in English stays quoted in Korean; Korean quotes a term for emphasis
    # ('청룡의 해') where the English does not.
    if en.quotes:
        score += 0.1 if en.quotes == ko.quotes else -0.05 * min(abs(en.quotes - ko.quotes), 2)
    return max(0.0, min(1.0, score))


def _backed(en: _Features, ko: _Features) -> bool:
    return bool(
        en.numbers & ko.numbers or ko.latin & en.latin or en.names & ko.names or (ko.quotes and ko.quotes == en.quotes)
    )


def pair_score(en: str, ko: str) -> float:
    """How likely ``en`` translates ``ko`` (0..1).

    >>> pair_score("It has 1,800 member companies.", "회원사는 1800개 사다.") > 0.5
    True
    """
    return _score(_Features.of(en), _Features.of(ko))


def evidence(en: str, ko: str) -> bool:
    """Whether a pair shares something translation keeps: a number, a Latin name, its quotes.

    >>> evidence("It has 1,800 members.", "회원사는 1800개다."), evidence("Hello there.", "안녕하세요.")
    (True, False)
    """
    return _backed(_Features.of(en), _Features.of(ko))


Run = tuple[str, list[int]]
Group = tuple[list[int], list[int]]


def _runs(langs: Sequence[str]) -> list[Run]:
    """Runs of paragraphs in one language; paragraphs marked "out" neither join nor break one."""
    runs: list[Run] = []
    for index, lang in enumerate(langs):
        if lang == "out":
            continue
        if runs and runs[-1][0] == lang:
            runs[-1][1].append(index)
        else:
            runs.append((lang, [index]))
    return runs


def _breaks_off(text: str) -> bool:
    """A page's last paragraph of sentences that stops inside one, on a letter: the excerpt was cut
    there ("… 소개된다. 한편 배우 조민기와 호세"); a headline without a full stop is whole."""
    text = text.rstrip()
    if len(text) < _MIN_CUT_CHARS or not text[-1].isalpha() or _SENTENCE_END_RE.search(text):
        return False
    return _INNER_SENTENCE_END_RE.search(text) is not None


_MIN_CUT_CHARS = 60
_INNER_SENTENCE_END_RE = re.compile(r"[.!?。다][\"'”’)\]]*\s")


class _Aligner:
    """Monotone group alignment of paragraph runs, with each paragraph's features computed once."""

    def __init__(self, texts: Sequence[str], heading: list[bool]) -> None:
        self.texts = texts
        self.glossary = _vocabulary(texts)
        self.features = [_Features.of(text, korean_names_wanted=False) for text in texts]
        if any(f.names for f in self.features):  # Korean names matter only when the English has some
            self.features = [_with_korean_names(f, text) for f, text in zip(self.features, texts, strict=True)]
        if texts and _breaks_off(texts[-1]):  # an excerpt that stops mid-sentence ("… 한편 배우 조민기와 호세")
            self.features[-1] = replace(self.features[-1], stops=True)
        # A heading ("질문훈련장") translates a heading: it never opens a group with the sentences after it.
        self.heading = heading
        self._memo: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[float, list[Group]]] = {}

    def total(self, ids: list[int]) -> _Features:
        return reduce(lambda a, b: a + b, (self.features[i] for i in ids))

    def backed(self, en: list[int], ko: list[int]) -> bool:
        return _backed(self.total(en), self.total(ko)) or self._glossed(en, ko)

    def _glossed(self, en: list[int], ko: list[int]) -> bool:
        """Whether the page's own vocabulary note links the two sides: "*pro-North Korea forces :
        종북세력" under a sentence with the phrase and a translation with the word."""
        if not self.glossary:
            return False
        en_text = " ".join(self.texts[i] for i in en).lower()
        ko_text = " ".join(self.texts[i] for i in ko)
        return any(term in en_text and any(word in ko_text for word in words) for term, words in self.glossary)

    def contradicted(self, en: list[int], ko: list[int]) -> bool:
        """Whether a group's two sides disagree on their figures: both print some, and most of
        the side with fewer are missing from the other, or four figures or more between them
        share under a quarter (a translation keeps its figures; unrelated paragraphs side by side
        share a stray "2" at most)."""
        en_numbers, ko_numbers = self.total(en).numbers, self.total(ko).numbers
        if not en_numbers or not ko_numbers:
            return False
        shared, either = len(en_numbers & ko_numbers), len(en_numbers | ko_numbers)
        return shared * 2 < min(len(en_numbers), len(ko_numbers)) or (either >= 4 and shared * 4 < either)

    def translates_by_shape(self, groups: list[Group], runs: list[Run]) -> bool:
        """Whether the page is a translation by its shape alone: enough groups, each in
        translation's length ratio, and every paragraph in one but the headings and the tail of
        a run a truncated page left without its translation. Study pages and editorials
        translate prose that shares no figures or names, in blocks, line by line or a sentence
        per line; unrelated paragraphs side by side do not keep the ratio throughout."""
        if len(groups) < _MIN_SHAPE_GROUPS:
            return False
        contradicted = 0
        for en, ko in groups:
            en_side, ko_side = self.total(en), self.total(ko)
            if abs(_deviation(en_side, ko_side)) > _SHAPE_DEVIATION:
                return False
            # A translation keeps its figures: one in eight real pairs loses one ("four games", "4개의 경기").
            contradicted += bool((en_side.numbers or ko_side.numbers) and not en_side.numbers & ko_side.numbers)
        if contradicted > len(groups) // 4:
            return False
        paired = {i for en, ko in groups for i in (*en, *ko)}
        left = 0
        for _, ids in runs:
            last_paired = max((n for n, i in enumerate(ids) if i in paired), default=-1)
            inside = [i for i in ids[:last_paired] if i not in paired and not self.heading[i]]
            if inside or (last_paired < 0 and not all(self.heading[i] for i in ids)):
                return False  # a paragraph between pairs, or a whole run, that translates nothing
            left += sum(not self.heading[i] for i in ids[last_paired + 1 :])
        return left <= 2 * len(groups)

    def align(self, en_ids: list[int], ko_ids: list[int]) -> tuple[float, list[Group]]:
        """(summed margin, groups) of the best monotone alignment of two lists of paragraphs."""
        key = (tuple(en_ids), tuple(ko_ids))
        if key not in self._memo:
            self._memo[key] = self._align(en_ids, ko_ids)
        return self._memo[key]

    def _align(self, en_ids: list[int], ko_ids: list[int]) -> tuple[float, list[Group]]:
        rows, cols = len(en_ids), len(ko_ids)
        en_windows = _windows([self.features[e] for e in en_ids], 4)
        ko_windows = _windows([self.features[k] for k in ko_ids], 3)
        best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
        move: dict[tuple[int, int], tuple[int, int]] = {}
        for i in range(rows - 1, -1, -1):
            for j in range(cols - 1, -1, -1):
                best[i][j], move[i, j] = max((_skipped(best[i + 1][j]), (1, 0)), (_skipped(best[i][j + 1]), (0, 1)))
                single = _score(en_windows[i][1], ko_windows[j][1])
                for a, b in _GROUPS:
                    if i + a > rows or j + b > cols:
                        continue
                    if a + b > 2:
                        if single >= _CONFIDENT_SINGLE or not _short(en_windows[i], ko_windows[j], a, b):
                            continue
                        if self.heading[en_ids[i]] or self.heading[ko_ids[j]]:
                            continue
                        score = _score(en_windows[i][a], ko_windows[j][b])
                        if score < single + _MERGE_GAIN:
                            continue
                    else:
                        score = single
                    gain = score - _MIN_SCORE - _MERGE_COST * (a + b - 2)
                    if gain > 0 and best[i + a][j + b] + gain > best[i][j]:
                        best[i][j], move[i, j] = best[i + a][j + b] + gain, (-a, -b)
        groups, i, j = [], 0, 0
        while i < rows and j < cols:
            a, b = move[i, j]
            if a < 0:
                groups.append((en_ids[i : i - a], ko_ids[j : j - b]))
                i, j = i - a, j - b
            else:
                i, j = i + a, j + b
        return best[0][0], groups


def _skipped(rest: float) -> float:
    """A paragraph left out before a group costs a little, one after the last group nothing: when
    lengths alone cannot tell, a translation starts where its original starts and a cut-off page
    loses its end."""
    return rest - _SKIP_COST if rest > 0 else rest


def _numbered_halves(texts: Sequence[str], langs: Sequence[str]) -> list[int | None] | None:
    """Pairs read off a list numbered in one language, each item followed by its translation
    ("1. 신예 정지현 나도 ‘금’" / "Rookie Jung Ji-hyun Grabs The Gold"): the page's numbering says
    which line is whose, where figures and lengths alone would slip by one. None for any other page.
    A couple out of translation's length ratio stays unpaired."""
    numbered = [i for i, text in enumerate(texts) if _NUMBERED_RE.match(text)]
    languages = {langs[i] for i in numbered}
    if len(numbered) < _MIN_NUMBERED_HALVES or len(languages) != 1 or not languages <= {"en", "ko"}:
        return None
    other = "ko" if langs[numbered[0]] == "en" else "en"
    if any(i + 1 >= len(texts) or langs[i + 1] != other or _NUMBERED_RE.match(texts[i + 1]) for i in numbered):
        return None
    if any(after - before != 2 for before, after in pairwise(numbered)):
        return None  # a topic heading over a sentence and its translation ("1. 병원" / … / …)
    pair: list[int | None] = [None] * len(texts)
    for i in numbered:
        item = _NUMBERED_RE.sub("", texts[i], count=1)
        en, ko = (item, texts[i + 1]) if langs[i] == "en" else (texts[i + 1], item)
        # Headlines are terser in Korean than sentences are ("헌재 국보법 '찬양-고무죄' 합헌 결정")
        allowed = _SHAPE_DEVIATION * (2 if not (_SENTENCE_END_RE.search(en) or _SENTENCE_END_RE.search(ko)) else 1)
        if abs(_deviation(_Features.of(en), _Features.of(ko))) <= allowed:
            pair[i], pair[i + 1] = i + 1, i
    return pair if sum(p is not None for p in pair) >= 2 * _MIN_NUMBERED_HALVES else None


_MIN_NUMBERED_HALVES = 3


def _is_heading(text: str) -> bool:
    """A heading, not a sentence: short, or a numbered title, and no sentence end."""
    if _SENTENCE_END_RE.search(text):
        return False
    length = len(text.replace(" ", ""))
    return length <= _MAX_HEADING_CHARS or (length <= _MAX_NUMBERED_HEADING_CHARS and bool(_NUMBERED_RE.match(text)))


def _is_title(text: str) -> bool:
    """A headline's shape: one short line with no sentence end ("Welcoming Pope Francis")."""
    return len(text) <= _MAX_TITLE_CHARS and (text.rstrip().endswith("?") or not _SENTENCE_END_RE.search(text))


def _windows(features: list[_Features], widest: int) -> list[dict[int, _Features]]:
    """For each start, the summed features of the next 1..``widest`` paragraphs."""
    windows = []
    for start in range(len(features)):
        sums = {1: features[start]}
        for width in range(2, min(widest, len(features) - start) + 1):
            sums[width] = sums[width - 1] + features[start + width - 1]
        windows.append(sums)
    return windows


def _short(en: dict[int, _Features], ko: dict[int, _Features], a: int, b: int) -> bool:
    """Whether a group without its last extra paragraph is still too short for the other side."""
    if a > 1:
        return en[a - 1].length < ko[b].length * _EN_PER_KO_CHARS * 1.1
    return ko[b - 1].length * _EN_PER_KO_CHARS < en[a].length * 1.1


def _read(order: list[tuple[Run, Run]], aligner: _Aligner, size: int) -> tuple[float, list[int | None], list[Group]]:
    """Align neighbouring runs in ``order``: (score of the reading, pair per paragraph, groups)."""
    pair: list[int | None] = [None] * size
    groups: list[Group] = []
    total = 0.0
    used: set[int] = set()  # runs (by first paragraph) already aligned with a neighbour
    for run_a, run_b in order:
        free_a = [i for i in run_a[1] if pair[i] is None]
        free_b = [i for i in run_b[1] if pair[i] is None]
        en_ids, ko_ids = (free_a, free_b) if run_a[0] == "en" else (free_b, free_a)
        score, aligned = aligner.align(en_ids, ko_ids) if en_ids and ko_ids else (0.0, [])
        if aligned:
            total -= _SPLIT_RUN_COST * len({run_a[1][0], run_b[1][0]} & used)
            used |= {run_a[1][0], run_b[1][0]}
        total += score
        for en_group, ko_group in aligned:
            groups.append((en_group, ko_group))
            for en in en_group:
                pair[en] = ko_group[0]
            for ko in ko_group:
                pair[ko] = en_group[0]
    return total, pair, groups


def align_translations(
    langs: Sequence[str], texts: Sequence[str], same_line: Sequence[bool] | None = None
) -> list[int | None]:
    """For each paragraph, the index of its translation (the first of a group) or None.
    ``same_line[i]`` says paragraphs ``i`` and ``i + 1`` were cut from one line of the page.

    >>> align_translations(["en", "ko"], ["He said 3 things.", "그는 3가지를 말했다."])
    [1, 0]
    """
    if not {"en", "ko"} <= set(langs):
        return [None] * len(texts)
    if (numbered := _numbered_halves(texts, langs)) is not None:
        return numbered
    heading = [_is_heading(text) for text in texts]
    halves = _line_halves(langs, texts, heading, same_line or [False] * len(texts))
    halves += [pair for pair in _bracketed_glosses(langs, texts) if not {*pair} & {i for h in halves for i in h}]
    # A numbered heading ends a run: "2. 고속도로에서의 안전 운전" opens the next topic's pairs;
    # a paragraph printed again, a gloss and a line's two halves stay out of the runs.
    marked = [
        "heading" if is_heading and _NUMBERED_RE.match(text) else lang
        for lang, text, is_heading in zip(langs, texts, heading, strict=True)
    ]
    edits = {i for i, text in enumerate(texts) if _EDIT_ARROW_RE.search(text)}  # a correction translates nothing
    for i in _repeats(texts) | _glosses(langs, texts) | {i for pair in halves for i in pair} | edits:
        marked[i] = "out"
    neighbours = [(a, b) for a, b in pairwise(_runs(marked)) if {a[0], b[0]} == {"en", "ko"}]
    if not neighbours:
        return _with_halves([None] * len(texts), halves)
    aligner = _Aligner(texts, heading)
    # A run sits between two runs of the other language and may translate either: read the
    # page in order, in reverse, best-aligned neighbours first, and every other boundary, and
    # keep the reading that explains the page best.
    by_score = sorted(neighbours, key=lambda runs: -_read([runs], aligner, len(texts))[0])
    orders = [neighbours, neighbours[::-1], by_score, neighbours[0::2], neighbours[1::2]]
    _, pair, groups = max((_read(order, aligner, len(texts)) for order in orders if order), key=lambda r: r[0])
    backed = sum(aligner.backed(en, ko) for en, ko in groups) + len(halves)
    runs = [run for run in _runs(marked) if run[0] in ("en", "ko")]
    if groups and backed < max(1, _MIN_EVIDENCE_SHARE * len(groups)) and not aligner.translates_by_shape(groups, runs):
        return _with_halves([None] * len(texts), halves)
    if groups and sum(aligner.contradicted(en, ko) for en, ko in groups) > _MAX_CONTRADICTED_SHARE * len(groups):
        return _with_halves([None] * len(texts), halves)
    pair = _without_listed_headings(pair, groups, aligner, langs)
    return _with_halves(_without_stray_groups(pair, groups, aligner, halves), halves)


def _without_listed_headings(
    pair: list[int | None], groups: list[Group], aligner: _Aligner, langs: Sequence[str]
) -> list[int | None]:
    """A heading matched with a heading by their length alone, where one of them stands in a
    list of unpaired headlines of its language (a page's contents: "Can we trust the future?" /
    "First mathematicians congress …" / "Welcoming Pope Francis" / "일본 내 한반도 보물, 북한 가도
    되나"): side by side, not a translation."""
    grouped = {i for en, ko in groups for i in (*en, *ko)}
    titles = [_is_title(text) for text in aligner.texts]

    def listed(i: int) -> bool:  # between two unpaired headlines of its language
        return all(
            0 <= j < len(langs) and langs[j] == langs[i] and titles[j] and j not in grouped for j in (i - 1, i + 1)
        )

    for en, ko in groups:
        lone = len(en) == len(ko) == 1 and titles[en[0]] and titles[ko[0]]
        if lone and not aligner.backed(en, ko) and (listed(en[0]) or listed(ko[0])):
            pair[en[0]] = pair[ko[0]] = None
    return pair


def _line_halves(
    langs: Sequence[str], texts: Sequence[str], heading: Sequence[bool], same_line: Sequence[bool]
) -> list[tuple[int, int]]:
    """A sentence and its translation printed on one line ("Everyone is waiting … . 모두가 … 있습니다."),
    cut apart by language: a pair by the page's own making, taken two halves at a time from the
    line's start, when both are sentences in translation's length ratio."""
    halves: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(texts):
        if not same_line[i] or {langs[i], langs[i + 1]} != {"en", "ko"} or heading[i] or heading[i + 1]:
            i += 1
            continue
        en, ko = (i, i + 1) if langs[i] == "en" else (i + 1, i)
        if _EDIT_ARROW_RE.search(texts[en]):
            i += 1  # "the poet → the romantic poet 시인 … 추가": a correction and its note, not a translation
            continue
        if abs(_deviation(_Features.of(texts[en]), _Features.of(texts[ko]))) <= _SHAPE_DEVIATION:
            halves.append((en, ko))
            i += 2
        else:
            i += 1
    return halves


# An edit or a mapping written with an arrow: "blew off unexpectedly → unexpectedly went off".
_EDIT_ARROW_RE = re.compile(r"→|⇒|\s->\s")


def _bracketed_glosses(langs: Sequence[str], texts: Sequence[str]) -> list[tuple[int, int]]:
    """A paragraph in brackets right under one in the other language ("State Oil Reserve Not Enough"
    / "(국내 유류 비축 충분치 않아)"): the page giving its translation, whatever the lengths."""
    pairs = []
    for i in range(1, len(texts)):
        if {langs[i - 1], langs[i]} != {"en", "ko"} or not _GLOSS_RE.fullmatch(texts[i].strip()):
            continue
        en, ko = (i - 1, i) if langs[i - 1] == "en" else (i, i - 1)
        en_features, ko_features = _Features.of(texts[en]), _Features.of(texts[ko])
        figures_lost = (en_features.numbers or ko_features.numbers) and not en_features.numbers & ko_features.numbers
        if len(texts[en]) < _MIN_GLOSSED_CHARS or figures_lost:
            continue  # a translation keeps its figures
        if abs(_deviation(en_features, ko_features)) > 2 * _SHAPE_DEVIATION:
            continue  # "(이 글은 외부 기고입니다.)" under a long English quotation: a note, not its translation
        pairs.append((en, ko))
    return pairs


# A whole paragraph in brackets, no credit inside ("(사진=연합뉴스)", "(한빛시 제공)").
_GLOSS_RE = re.compile(r"[(（\[](?![^)）\]]*(?:=|제공|\bPhoto\b))[^)）\]]{8,}[)）\]]\)?[.。]?")
_MIN_GLOSSED_CHARS = 12


def _with_halves(pair: list[int | None], halves: list[tuple[int, int]]) -> list[int | None]:
    for en, ko in halves:
        pair[en], pair[ko] = ko, en
    return pair


def _repeats(texts: Sequence[str]) -> set[int]:
    """Paragraphs the page prints again (a study page's script over its translation, then alone;
    the second copy maybe cut short by the page's end): the first copy is the one to pair."""
    seen: list[str] = []
    repeats = set()
    for i, text in enumerate(texts):
        core = text.strip()
        # the script again after a sentence it opens with was shown over its translation
        reprinted = any(len(earlier) >= _MIN_REPEAT_CHARS and core.startswith(earlier) for earlier in seen)
        if reprinted or (len(core) >= _MIN_REPEAT_CHARS and any(earlier.startswith(core) for earlier in seen)):
            repeats.add(i)
        seen.append(core)
    return repeats


_MIN_REPEAT_CHARS = 30


def _glosses(langs: Sequence[str], texts: Sequence[str]) -> set[int]:
    """Korean paragraphs that explain English words ("… state bond 외에도 national bond, government
    bond 등으로 표현할 수 있습니다"): a study page's commentary, no translation of the English around
    it, which keeps its names in capitals and glosses no lower-case phrases; and a vocabulary note
    ("*provocation: 도발, 자극")."""
    return {
        i
        for i, (lang, text) in enumerate(zip(langs, texts, strict=True))
        if (lang == "ko" and len(_LOWER_WORD_RE.findall(_PARENTHESES_RE.sub("", text))) >= _MIN_GLOSS_WORDS)
        or _VOCABULARY_NOTE_RE.match(text)
    }


_VOCABULARY_NOTE_RE = re.compile(r"^\*\s*(?P<term>[A-Za-z][^:：]{0,60}?)\s*[:：]\s*(?P<words>[가-힣].*)$")


def _vocabulary(texts: Sequence[str]) -> list[tuple[str, list[str]]]:
    """A study page's vocabulary notes as (English phrase, its Korean words): "*provocation: 도발, 자극"."""
    notes = (_VOCABULARY_NOTE_RE.match(text.strip()) for text in texts if text.lstrip().startswith("*"))
    return [
        (note["term"].lower(), words)
        for note in notes
        if note and (words := [w for w in re.split(r"\s*[,，/]\s*", note["words"].strip()) if len(w) >= 2])
    ]


_LOWER_WORD_RE = re.compile(r"(?<![A-Za-z./@])[a-z]{2,}(?![A-Za-z./@])")
_PARENTHESES_RE = re.compile(r"\([^()]*\)")
_MIN_GLOSS_WORDS = 3


_MIN_LINE_BY_LINE = 2


def _adjacent(en: list[int], ko: list[int]) -> bool:
    return max(en) + 1 == min(ko) or max(ko) + 1 == min(en)


def _without_stray_groups(
    pair: list[int | None], groups: list[Group], aligner: _Aligner, halves: list[tuple[int, int]]
) -> list[int | None]:
    """A page whose evidence pairs each sit next to each other (a sentence, then its translation)
    translates line by line: a group that shares no evidence and whose sides lie apart is a
    paragraph of the page's commentary matched by its length alone ("STEP 1. 영어 뉴스 보기" for a
    line of the script), not a translation."""
    backed = [(en, ko) for en, ko in groups if aligner.backed(en, ko)] + [([en], [ko]) for en, ko in halves]
    if len(backed) < _MIN_LINE_BY_LINE or not all(_adjacent(en, ko) for en, ko in backed):
        return pair
    for en, ko in groups:
        if not _adjacent(en, ko) and not aligner.backed(en, ko):
            for i in (*en, *ko):
                pair[i] = None
    return pair
