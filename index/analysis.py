"""Korean analysis for Whoosh on Kiwi: a tokenizer plus composable filters.

The chain mirrors Elasticsearch's nori (``decompound_mode: mixed``, default stop tags) and
follows Whoosh's own contract: one reused :class:`~whoosh.analysis.Token`, filters joined with
``|``, index-time and query-time behaviour told apart by ``mode``::

    KiwiTokenizer() | PosFilter() | LatinFilter() | CompoundFilter()

Positions are assigned last, by :class:`CompoundFilter`, in "finest split" order: a compound
and its first part share a position, so phrase queries match whether Kiwi split a compound
in context (``바이오`` + ``산업``) or not (``바이오산업``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from whoosh.analysis import Filter, Token, Tokenizer
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.analysis.filters import STOP_WORDS
from whoosh.lang.porter import stem

from index import kiwi_model
from index.hanja import read_hanja
from index.kiwi_model import Morpheme

__all__ = [
    "CompoundFilter",
    "KiwiTokenizer",
    "KoreanAnalyzer",
    "LatinFilter",
    "PosFilter",
    "korean_analyzer",
    "place_compounds",
    "split_compound",
]

# nori's default stop tags drop endings, particles, adverbs, determiners, affixes, marks and
# unknowns; what is left (and kept here) carries the content.
KEEP_TAGS = frozenset({"NNG", "NNP", "NR", "SN", "SL", "SH", "XR", "VV", "VA", "W_URL", "W_EMAIL", "W_HASHTAG",
                       "W_SERIAL", "SN+", "USER0", "USER1", "USER2", "USER3", "USER4"})  # fmt: skip
NOUN_TAGS = frozenset({"NNG", "NNP", "XR", "USER0", "USER1", "USER2", "USER3", "USER4"})
_LATIN_TAGS = frozenset({"SL", "SN", "SH"})
# Kiwi ends a Latin run at every symbol ("Korea's" is Korea + ' + s), so words never span one.
_LATIN_WORD_RE = re.compile(r"\d+(?:[,.]\d+)*|[^\W\d_]+")
_HANGUL_RE = re.compile(r"^[가-힣]+$")
_ENTRY_WORD_RE = re.compile(r"[^\W_]+")  # a word of a dictionary entry written in several words
_MIN_COMPOUND = 3
# A number is also indexed with the counter or noun it is written with (5월, 22대, 3분기, 100만):
# stacked on the number, so "5" still finds "5월", while a question's "5월" asks for a rare
# term instead of a bare 5 that half of any news collection holds.
COUNTED = "SN+"
_COUNTER_TAGS = frozenset({"NNB", "NNG", "NR"})
_COUNTED_RE = re.compile(r"^\d+(?:\.\d+)?[가-힣]+$")


def is_counted_number(text: str) -> bool:
    """Whether ``text`` is a number with its counter (``5월``), a term :data:`COUNTED` makes."""
    return _COUNTED_RE.match(text) is not None


def is_hangul_word(text: str) -> bool:
    """Whether ``text`` is Hangul syllables only (what decompounding and exact highlights apply to)."""
    return _HANGUL_RE.match(text) is not None


class _UserDictComponent:
    """Equality and hashing for analysis components configured only by a user dictionary,
    so that schemas compare equal after a pickle round trip."""

    def __init__(self, user_dict: str | None = None) -> None:
        self.user_dict = user_dict

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.user_dict == self.user_dict  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.user_dict))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(user_dict={self.user_dict!r})"


class KiwiTokenizer(_UserDictComponent, Tokenizer):
    """Kiwi morphemes as Whoosh tokens, with ``tag`` set and exact character offsets.

    Runs of Latin letters and digits that Kiwi splits (``Europe.`` becomes ``Eur`` + ``ope.``)
    are re-joined and re-split on word boundaries.

    >>> [(t.text, t.tag, t.startchar, t.endchar) for t in KiwiTokenizer()("바이오 Europe.", chars=True)]
    [('바이오', 'NNG', 0, 3), ('Europe', 'SL', 4, 10)]
    """

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if kiwi_model.needs_analysis(value):
            morphemes = kiwi_model.morphemes(kiwi_model.tokens(value, self.user_dict))
        else:
            morphemes = _latin_only(value)
        for pos, (form, tag, start, end) in enumerate(_morphemes(value, morphemes)):
            token.text, token.tag, token.boost, token.stopped = form, tag, 1.0, False
            if keeporiginal:
                token.original = form
            if positions:
                token.pos = start_pos + pos
            # Offsets are always set: CompoundFilter needs them to see which nouns touch.
            token.startchar, token.endchar = start_char + start, start_char + end
            yield token


def _morphemes(text: str, morphemes: list[Morpheme]) -> list[Morpheme]:
    """Kiwi's morphemes with Hanja read, Latin runs re-split and numbers counted."""
    return _with_counted_numbers(read_hanja(text, _join_latin(text, morphemes)))


def _with_counted_numbers(morphemes: list[Morpheme]) -> list[Morpheme]:
    """Adds after each number written with a Hangul counter or noun (``5월``, ``3분기``) the
    two as one :data:`COUNTED` morpheme."""
    counted: list[Morpheme] = []
    previous: Morpheme | None = None
    for morpheme in morphemes:
        form, tag, start, end = morpheme
        if previous and previous[3] == start and tag in _COUNTER_TAGS and is_hangul_word(form):
            number = _latin_term(previous[0], "SN")
            counted.append((f"{number}{form}", COUNTED, previous[2], end))
        counted.append(morpheme)
        previous = morpheme if tag == "SN" else None
    return counted


def _latin_only(text: str) -> list[Morpheme]:
    """Latin, digits and symbols only: the word split Kiwi's runs would get anyway."""
    return [(text, "SL", 0, len(text))]


def _join_latin(text: str, morphemes: list[Morpheme]) -> list[Morpheme]:
    joined: list[Morpheme] = []
    run: list[Morpheme] = []
    for morpheme in morphemes:
        if morpheme[1] in _LATIN_TAGS:
            if run and run[-1][3] != morpheme[2]:
                joined += _split_latin_run(text, run)
                run = []
            run.append(morpheme)
            continue
        if run:
            joined += _split_latin_run(text, run)
            run = []
        joined.append(morpheme)
    if run:
        joined += _split_latin_run(text, run)
    return joined


def _split_latin_run(text: str, run: list[Morpheme]) -> list[Morpheme]:
    return [
        (word, "SN" if word[0].isdigit() else "SL", match.start(), match.end())
        for match in _LATIN_WORD_RE.finditer(text, run[0][2], run[-1][3])
        if (word := match.group(0))
    ]


class PosFilter(Filter):
    """Drops morphemes whose part-of-speech tag carries no content (nori's stop tags)."""

    def __init__(self, keep_tags: frozenset[str] = KEEP_TAGS) -> None:
        self.keep_tags = frozenset(keep_tags)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.keep_tags == self.keep_tags

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.keep_tags))

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        keep = self.keep_tags
        for token in tokens:
            if _base_tag(token.tag) in keep:
                yield token


@lru_cache(maxsize=1024)
def _base_tag(tag: str) -> str:
    """``VV`` for ``VV-R``: Kiwi marks regular and irregular conjugation on the tag."""
    return tag.split("-", 1)[0]


class _KeptTags(dict):
    """Whether :class:`PosFilter` keeps a tag (conjugation marks included), as one dict lookup."""

    def __init__(self, keep_tags: frozenset[str]) -> None:
        super().__init__()
        self.keep_tags = keep_tags

    def __missing__(self, tag: str) -> bool:
        kept = self[tag] = _base_tag(tag) in self.keep_tags
        return kept


_KEPT = _KeptTags(KEEP_TAGS)


class LatinFilter(Filter):
    """Lowercases and stems Latin words, drops English stop words, and unifies ``1,800`` with ``1800``."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if token.tag in _NORMALISED_TAGS:
                term = _latin_term(token.text, token.tag)
                if term is None:
                    continue
                token.text = term
            yield token


_NORMALISED_TAGS = frozenset({"SL", "SN"})
_LEADING_ZEROS_RE = re.compile(r"^0+(?=\d)")


def _latin_term(text: str, tag: str) -> str | None:
    """The term for a Latin word (``SL``, None for a stop word) or a number (``SN``)."""
    if tag == "SN":  # "1,800" is 1800, and a date's "02" (July 02) is the 2 of "July 2"
        return _LEADING_ZEROS_RE.sub("", text.replace(",", ""))
    word = text.lower().replace("’", "'")
    return None if word in STOP_WORDS else _stem(word)


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    return stem(word)


@lru_cache(maxsize=200_000)
def split_compound(form: str, user_dict: str | None = None) -> tuple[str, ...]:
    """Split a Hangul noun into dictionary nouns of two or more syllables, fewest parts first.

    Returns ``(form,)`` when no full split exists.

    >>> split_compound("바이오산업"), split_compound("바이오콤")
    (('바이오', '산업'), ('바이오콤',))
    """
    if len(form) < _MIN_COMPOUND * 2 - 2 or not is_hangul_word(form):
        return (form,)
    best: dict[int, tuple[str, ...]] = {len(form): ()}
    for start in range(len(form) - 2, -1, -1):
        options = [
            (form[start:end], *best[end])
            for end in range(start + 2, len(form) + 1)
            if end in best and (start, end) != (0, len(form)) and kiwi_model.is_noun_word(form[start:end], user_dict)
        ]
        if options:
            best[start] = min(options, key=len)
    return best.get(0) or (form,)


@lru_cache(maxsize=200_000)
def _decompose(form: str, user_dict: str | None) -> tuple[tuple[str, ...], int]:
    """A noun's finest parts (see :func:`split_compound`; the words of an entry Kiwi's
    dictionary writes in several words) and, for a noun missing from the dictionary, the
    length of the longest dictionary noun it starts with (else 0)."""
    if " " in form:  # an entry of several words (빌리 브란트, 유희열의 스케치북): its words are parts
        words = tuple(kiwi_model.without_particle(word, user_dict) for word in _ENTRY_WORD_RE.findall(form))
        return (words if len(words) > 1 else (form,)), 0
    parts = split_compound(form, user_dict)
    if len(parts) > 1 or len(form) < _MIN_COMPOUND or not is_hangul_word(form):
        return parts, 0
    if kiwi_model.is_known_noun(form, user_dict):
        return parts, 0
    known = (end for end in range(len(form) - 1, 1, -1) if kiwi_model.is_known_noun(form[:end], user_dict))
    return parts, next(known, 0)


class CompoundFilter(_UserDictComponent, Filter):
    """Decompounds nouns like nori's mixed mode and assigns final positions.

    At index time a compound is kept with its parts (``바이오산업`` → ``바이오산업``, ``바이오``,
    ``산업``), noun runs Kiwi split in context are also joined (``협력``+``관계`` → ``협력관계``), and
    a noun missing from the dictionary gives its known prefix (``바이오콤`` → ``바이오``). At query time
    only the finest parts are produced, so a query matches however the text was segmented.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        token = None
        terms: list[Term] = []
        for token in tokens:
            terms.append((token.text, token.tag, token.startchar, token.endchar))
        if token is None:
            return
        positions = token.positions
        for text, pos, start, end in place_compounds(terms, self.user_dict, index_mode=token.mode != "query"):
            token.text, token.startchar, token.endchar = text, start, end
            if positions:
                token.pos = pos
            yield token


Term = tuple[str, str, int, int]  # (text, tag, start, end)
Placed = tuple[str, int, int, int]  # (text, position, start, end)


def place_compounds(terms: list[Term], user_dict: str | None = None, *, index_mode: bool = True) -> list[Placed]:
    """Decompound runs of touching nouns and number the terms' positions (see :class:`CompoundFilter`).

    >>> [t for t, *_ in place_compounds([("바이오산업", "NNG", 0, 5), ("육성", "NNG", 6, 8)])]
    ['바이오', '산업', '바이오산업', '육성']
    >>> place_compounds([("협력", "NNG", 0, 2), ("관계", "NNG", 2, 4)], index_mode=False)
    [('협력', 0, 0, 2), ('관계', 1, 2, 4)]
    """
    placed: list[Placed] = []
    run: list[tuple[str, int, int]] = []  # touching nouns: (text, start, end)
    pos = 0
    for text, tag, start, end in terms:
        if tag == COUNTED:  # stacked on its number, the term placed last
            if index_mode:
                placed.append((text, pos - 1, start, end))
            continue
        if tag in NOUN_TAGS:
            if run and run[-1][2] != start:
                pos = _place_run(run, pos, index_mode, user_dict, placed)
                run = []
            run.append((text, start, end))
            continue
        if run:
            pos = _place_run(run, pos, index_mode, user_dict, placed)
            run = []
        placed.append((text, pos, start, end))
        pos += 1
    if run:
        _place_run(run, pos, index_mode, user_dict, placed)
    return placed


def _place_run(
    run: list[tuple[str, int, int]], pos: int, index_mode: bool, user_dict: str | None, placed: list[Placed]
) -> int:
    """Appends a noun run's terms to ``placed``; returns the next free position."""
    at = pos
    for text, start, end in run:
        parts, prefix = _decompose(text, user_dict)
        first = at
        if len(parts) == 1:
            placed.append((text, at, start, end))
            at += 1
            if index_mode and prefix:
                placed.append((text[:prefix], first, start, start + prefix))
            continue
        offset = start
        for part in parts:
            offset = start + text.index(part, offset - start)  # the words of an entry are apart
            placed.append((part, at, offset, offset + len(part)))
            offset += len(part)
            at += 1
        if index_mode:
            placed.append((text, first, start, end))
    if index_mode and len(run) > 1:
        placed.append(("".join(r[0] for r in run), pos, run[0][1], run[-1][2]))
    return at


_DROPPED: Morpheme = ("", "", -1, -1)  # a morpheme PosFilter drops: it still ends a Latin run


class KoreanAnalyzer(CompositeAnalyzer):
    """``KiwiTokenizer | PosFilter | LatinFilter | CompoundFilter``, with an index-time shortcut.

    :meth:`index_terms` computes what the chain yields at index time on plain tuples, in one
    pass, without Whoosh's token objects and generator stages, and reads from Kiwi's tokens
    only the morphemes it keeps: the writer analyses millions of tokens while Kiwi works on
    the other cores. The tests compare the two on every text of the sample corpus.
    """

    def __init__(self, user_dict: str | None = None) -> None:
        super().__init__(KiwiTokenizer(user_dict), PosFilter(), LatinFilter(), CompoundFilter(user_dict))
        self.user_dict = user_dict

    def index_terms(self, text: str) -> list[Placed]:
        """``(text, position, start, end)`` of each term, in the order the chain yields them."""
        kept = _KEPT
        if kiwi_model.needs_analysis(text):
            tokens = kiwi_model.tokens(text, self.user_dict)
            morphemes = [
                (t.form, tag, t.start, t.end) if kept[tag := t.tag] or tag == "NNB" else _DROPPED for t in tokens
            ]
        else:
            morphemes = _latin_only(text)
        terms: list[Term] = []
        for form, tag, start, end in _morphemes(text, morphemes):
            if not kept[tag]:
                continue
            if tag in _NORMALISED_TAGS and (form := _latin_term(form, tag)) is None:  # type: ignore[assignment]
                continue
            terms.append((form, tag, start, end))
        return place_compounds(terms, self.user_dict)


def korean_analyzer(user_dict: str | None = None) -> KoreanAnalyzer:
    """The full index/query analyzer for Korean (and mixed Korean-English) fields."""
    return KoreanAnalyzer(user_dict)
