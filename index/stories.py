"""Story grouping: the copies of one text, and its edition in the other language, share a story.

A news archive holds the same story many times: a wire story re-published by ten outlets (often
cut short, re-headlined or lightly edited), a ministry's release run by several papers, and the
English edition of a Korean report. Each article gets a ``story`` id when it is stored:

- **Copies** are found by MinHash over word shingles (``datasketch``): an LSH index proposes
  candidates, and the estimated overlap decides: a copy either resembles the other text as a
  whole (Jaccard) or is contained in it (an outlet that kept the first paragraphs).
- **Editions** in the other language share no words, but keep what translation keeps: the
  figures ("1650억 달러" and "$165 billion" are both the digits 165 once zeros and units are set
  aside) and Latin names. An article takes the story of the other-language article, published
  within a week, whose figures and names it shares most, when they share enough.

An article that matches nothing starts a story of its own (its id); one that matches two
stories folds them into one. The work per article is bounded by the articles published around
it, not by the archive: candidates come from the LSH of its own and the neighbouring weeks, and
editions from the articles of those weeks that share its figures. Undated articles are looked
up against every week (an archive holds few).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from extractors.figures import fold_korean_numerals

__all__ = ["StoryEntry", "StoryIndex", "anchors", "period_days", "periods_for", "shingles", "signature", "story_text"]

NUM_PERM = 128
_SCHEME = "affine32"  # datasketch 2's default: 32-bit hash values, stored as such
SHINGLE_WORDS = 2
# Candidates come from LSH at a low threshold (a short copy inside a long text resembles it
# little as a whole); the estimated overlap then decides. Measured in bench/stories.py: copies
# went down to Jaccard 0.30 (edited releases) and containment 0.56 (a summary or a cut-down
# copy), other texts of one event up to 0.27 and 0.44. LSH at 0.2 would also find a 100-word
# summary in a 250-word story, at twice the grouping time; 0.25 does not always.
LSH_THRESHOLD = 0.25
MIN_JACCARD = 0.32
MIN_CONTAINMENT = 0.55
_MIN_CONTAINED_SHINGLES = 25  # containment of a few lines (a boilerplate footer) is no copy
EDITION_WINDOW = timedelta(days=7)
# A copy runs within days of its text's first publication; a daily report written from one
# template (the market's close, the weather) is another story every day.
COPY_WINDOW = timedelta(days=7)
MIN_EDITION_SHARE = 0.4
_MIN_EDITION_FIGURES = 2
_MIN_EDITION_ANCHORS = 4

_WORD_RE = re.compile(r"\w+")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_RE = re.compile(r"[a-z][a-z0-9&'-]+")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_UNITS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    *("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
)
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS = {word: value for value, word in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_WHOLE = "|".join(_NUMBER_WORDS)
_DIGIT_WORD = "|".join(_UNITS[:10])
_WORDY_NUMBER_RE = re.compile(rf"\b((?:{_WHOLE})(?:-(?:{_DIGIT_WORD}))?|\d+)-point-((?:{_DIGIT_WORD})+|\d+)\b")


def story_text(title: str | None, body: str) -> str:
    return f"{title}\n{body}" if title else body


def shingles(text: str, width: int | None = None) -> set[str]:
    """The text's runs of ``width`` words (case, width and punctuation folded).

    >>> sorted(shingles("The court, on Thursday: ruled.", 2))
    ['court on', 'on thursday', 'the court', 'thursday ruled']
    """
    width = width or SHINGLE_WORDS
    words = _WORD_RE.findall(unicodedata.normalize("NFKC", text).lower())
    if len(words) <= width:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + width]) for i in range(len(words) - width + 1)}


def signature(parts: Iterable[str]) -> LeanMinHash:
    minhash = MinHash(num_perm=NUM_PERM, scheme=_SCHEME)
    minhash.update_batch([part.encode("utf-8") for part in parts])
    return LeanMinHash(minhash)


def anchors(text: str) -> frozenset[str]:
    """What a translation keeps: each figure's significant digits (zeros, separators and units
    dropped, so 1,650억 and 165 billion agree; years and one-digit figures say too little) and
    each Latin word.

    >>> sorted(anchors("수출은 1650억달러, SK하이닉스는 2025년 1천197억, 581억5000만달러"))
    ['#1197', '#165', '#5815', 'sk']
    >>> sorted(anchors("Exports exceed $165 billion; eleven-point-97 billion in 2025"))
    ['#1197', '#165', 'billion', 'exceed', 'exports', 'in']
    """
    folded = _WORDY_NUMBER_RE.sub(_as_digits, unicodedata.normalize("NFKC", text).lower())
    folded = fold_korean_numerals(folded)
    figures = set()
    for number in _NUMBER_RE.findall(folded):
        digits = re.sub(r"[.,]", "", number).lstrip("0").rstrip("0")
        if len(digits) >= 2 and not _YEAR_RE.fullmatch(number):
            figures.add("#" + digits)
    return frozenset(figures | set(_LATIN_RE.findall(folded)))


def _as_digits(match: re.Match[str]) -> str:
    """A broadcast script's spelled-out figure in digits: "eleven-point-seven" is 11.7."""
    whole, fraction = match.group(1), match.group(2)
    return f"{_word_value(whole)}.{_word_value(fraction)}"


def _word_value(words: str) -> int:
    if words.isdigit():
        return int(words)
    return sum(_NUMBER_WORDS[word] for word in words.split("-"))


@dataclass(frozen=True, slots=True)
class StoryEntry:
    """What grouping keeps of one stored article."""

    id: str
    story: str
    lang: str
    day: date | None
    size: int  # distinct shingles
    signature: LeanMinHash
    anchors: frozenset[str]

    def signature_bytes(self) -> bytes:
        return np.asarray(self.signature.hashvalues, dtype=np.uint32).tobytes()

    @staticmethod
    def signature_from(data: bytes) -> LeanMinHash:
        values = np.frombuffer(data, dtype=np.uint32).astype(np.uint64)
        return LeanMinHash(seed=1, hashvalues=values, scheme=_SCHEME)

    @classmethod
    def of(cls, id: str, text: str, lang: str, day: date | None) -> StoryEntry:
        parts = shingles(text)
        return cls(id, id, lang, day, len(parts), signature(parts), anchors(text))


@cache
def _bands(threshold: float) -> tuple[int, int]:
    """The LSH bands and rows for ``threshold`` (datasketch integrates for them: tens of ms)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


class StoryIndex:
    """The stored articles' entries, searchable for an incoming article's copies and editions."""

    def __init__(self) -> None:
        self._lsh: dict[int | None, MinHashLSH] = {}  # by week (see _week); None: undated
        self._entries: dict[str, StoryEntry] = {}
        # Every entry's signature and size as rows of arrays: a query's candidates (hundreds in
        # a large archive) are verified at once, not one Python call each.
        self._rows: dict[str, int] = {}
        self._free: list[int] = []
        self._signatures = np.zeros((256, NUM_PERM), dtype=np.uint32)
        self._sizes = np.zeros(256, dtype=np.int64)
        self._days = np.full(256, _UNDATED, dtype=np.int64)  # day ordinals
        self._by_figure: dict[tuple[str, int], set[str]] = defaultdict(set)  # (figure, week)
        self._members: dict[str, set[str]] = defaultdict(set)
        self._languages: dict[str, Counter[str]] = defaultdict(Counter)  # a story's reports

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._entries

    def story_of(self, article_id: str) -> str | None:
        entry = self._entries.get(article_id)
        return None if entry is None else entry.story

    def add(self, entry: StoryEntry) -> None:
        self.remove(entry.id)
        self._entries[entry.id] = entry
        week = _week(entry.day)
        if week not in self._lsh:
            self._lsh[week] = MinHashLSH(num_perm=NUM_PERM, params=_bands(LSH_THRESHOLD))
        self._lsh[week].insert(entry.id, entry.signature)
        self._members[entry.story].add(entry.id)
        self._languages[entry.story][entry.lang] += 1
        row = self._free.pop() if self._free else len(self._rows)
        if row >= len(self._sizes):
            self._signatures = np.concatenate([self._signatures, np.zeros_like(self._signatures)])
            self._sizes = np.concatenate([self._sizes, np.zeros_like(self._sizes)])
            self._days = np.concatenate([self._days, np.full_like(self._days, _UNDATED)])
        self._rows[entry.id] = row
        self._signatures[row] = entry.signature.hashvalues
        self._sizes[row] = entry.size
        self._days[row] = _UNDATED if entry.day is None else entry.day.toordinal()
        if week is not None:
            for figure in _figures(entry):
                self._by_figure[figure, week].add(entry.id)

    def remove(self, article_id: str) -> None:
        entry = self._entries.pop(article_id, None)
        if entry is None:
            return
        week = _week(entry.day)
        self._lsh[week].remove(article_id)
        self._free.append(self._rows.pop(article_id))
        self._members[entry.story].discard(article_id)
        self._languages[entry.story][entry.lang] -= 1
        if not self._members[entry.story]:
            del self._members[entry.story], self._languages[entry.story]
        if week is not None:
            for figure in _figures(entry):
                self._by_figure[figure, week].discard(article_id)

    def place(self, entry: StoryEntry) -> tuple[str, list[str]]:
        """The story ``entry`` belongs to, and the other stories it shows to be that story: an
        article that copies texts of two stories joins them (copies arrive in any order: a
        cut-down copy may resemble the full text more than the earlier copy it came with), and
        one whose story has no report in the other language brings in its edition's story."""
        stories = list(dict.fromkeys(self._entries[other].story for other in self.copies_of(entry)))
        if len(stories) > 1:  # the largest story keeps its id: folding moves the fewest articles
            stories.insert(0, stories.pop(stories.index(max(stories, key=lambda s: len(self._members[s])))))
        told_in = {lang for story in stories for lang, count in self._languages[story].items() if count}
        if not told_in - {entry.lang}:
            edition = self.best_edition(entry)
            if edition is not None and self._entries[edition].story not in stories:
                stories.append(self._entries[edition].story)
        return (stories[0], stories[1:]) if stories else (entry.id, [])

    def assign(self, entry: StoryEntry) -> tuple[StoryEntry, list[str], list[str]]:
        """Place ``entry``, fold the stories it joins into its story, and add it: the entry
        with its story, the stories folded in, and the ids they moved."""
        story, joined = self.place(entry)
        moved = [article_id for other in joined for article_id in self.merge(other, story)]
        placed = replace(entry, story=story)
        self.add(placed)
        return placed, joined, moved

    def merge(self, story: str, into: str) -> list[str]:
        """Fold ``story`` into ``into``; the ids whose story changed."""
        moved = sorted(self._members.pop(story, ()))
        for article_id in moved:
            self._entries[article_id] = replace(self._entries[article_id], story=into)
        self._members[into].update(moved)
        self._languages[into].update(self._languages.pop(story, Counter()))
        return moved

    def copies_of(self, entry: StoryEntry) -> list[str]:
        """The stored articles ``entry`` copies or is copied by, best overlap first (then by id:
        LSH answers a set, whose order differs between processes)."""
        found = set().union(*(self._lsh[week].query(entry.signature) for week in self._weeks_near(entry.day)))
        found.discard(entry.id)
        if not found:
            return []
        ids = list(found)
        rows = np.fromiter((self._rows[other] for other in ids), dtype=np.int64, count=len(ids))
        if entry.day is not None:  # within COPY_WINDOW of it, or undated
            days = self._days[rows]
            near = (days == _UNDATED) | (np.abs(days - entry.day.toordinal()) <= COPY_WINDOW.days)
            rows, ids = rows[near], [other for other, keep in zip(ids, near, strict=True) if keep]
        mine = np.asarray(entry.signature.hashvalues, dtype=np.uint32)
        jaccard = (self._signatures[rows] == mine).mean(axis=1)
        overlap = overlaps(jaccard, entry.size, self._sizes[rows])
        matched = np.flatnonzero(overlap > 0)
        return [other for _minus, other in sorted((-overlap[i], ids[i]) for i in matched)]

    def _weeks_near(self, day: date | None) -> list[int | None]:
        """The LSH partitions that can hold a copy of an article of ``day``."""
        wanted = periods_for(day)
        return list(self._lsh) if wanted is None else [w for w in wanted if w in self._lsh]

    def drop_period(self, period: int | None) -> None:
        """Forget the entries of ``period`` (a writer reads them again when it needs them)."""
        for article_id in [e.id for e in self._entries.values() if _week(e.day) == period]:
            self.remove(article_id)

    def best_edition(self, entry: StoryEntry) -> str | None:
        """The other-language article, published within EDITION_WINDOW of ``entry`` in a story
        with no report in ``entry``'s language, whose figures and names ``entry`` shares most
        (ties: the smaller id, so arrival order does not matter)."""
        if entry.day is None or entry.lang not in ("ko", "en"):
            return None
        best, best_share = None, 0.0
        for other in self._sharing_figures(entry):
            if other.lang == entry.lang or other.lang not in ("ko", "en") or other.id == entry.id:
                continue
            if abs(other.day - entry.day) > EDITION_WINDOW or self._languages[other.story][entry.lang]:
                continue  # that story has its own report in this language: this one is another story
            share = edition_share(entry, other)
            if share > best_share or (share == best_share and best is not None and other.id < best):
                best, best_share = other.id, share
        return best

    def _sharing_figures(self, entry: StoryEntry) -> Iterable[StoryEntry]:
        """The articles of the weeks around ``entry`` that share enough of its figures to be
        its edition (the only ones :func:`edition_share` can accept)."""
        week = _week(entry.day)
        shared: Counter[str] = Counter()
        for figure in _figures(entry):
            for near in (week - 1, week, week + 1):
                shared.update(self._by_figure.get((figure, near), ()))
        return (self._entries[i] for i, count in shared.items() if count >= _MIN_EDITION_FIGURES)


# Copies and editions are looked for in an article's period and the periods either side.
_PERIOD_DAYS = max(COPY_WINDOW, EDITION_WINDOW).days
_UNDATED = -1


def _week(day: date | None) -> int | None:
    return None if day is None else day.toordinal() // _PERIOD_DAYS


def periods_for(day: date | None) -> list[int | None] | None:
    """The periods whose articles can be copies or editions of one published on ``day``: its
    own, those either side and the undated; ``None`` (every period) for an undated article."""
    if day is None:
        return None
    period = day.toordinal() // _PERIOD_DAYS
    return [period - 1, period, period + 1, None]


def period_days(period: int) -> tuple[date, date]:
    """The first and last day of ``period``."""
    first = date.fromordinal(max(1, period * _PERIOD_DAYS))
    return first, date.fromordinal(period * _PERIOD_DAYS + _PERIOD_DAYS - 1)


def _figures(entry: StoryEntry) -> list[str]:
    return [anchor for anchor in entry.anchors if anchor.startswith("#")]


def overlaps(jaccard: np.ndarray, size: int, sizes: np.ndarray) -> np.ndarray:
    """For a text of ``size`` shingles and others of ``sizes`` with these estimated Jaccard
    resemblances: the resemblance where it makes a copy, else the containment of the shorter
    text in the longer where that does, else 0."""
    shared = jaccard * (size + sizes) / (1 + jaccard)
    smaller = np.minimum(size, sizes)
    containment = np.minimum(1.0, shared / np.maximum(smaller, 1))
    contained = (containment >= MIN_CONTAINMENT) & (smaller >= _MIN_CONTAINED_SHINGLES) & (jaccard > 0)
    return np.where(jaccard >= MIN_JACCARD, jaccard, np.where(contained, containment, 0.0))


def edition_share(a: StoryEntry, b: StoryEntry) -> float:
    """The share of the Korean side's figures and Latin names the English side has, when they
    share enough figures to be one report (else 0)."""
    korean, english = (a, b) if a.lang == "ko" else (b, a)
    shared = korean.anchors & english.anchors
    figures = sum(1 for anchor in shared if anchor.startswith("#"))
    if figures < _MIN_EDITION_FIGURES or len(shared) < _MIN_EDITION_ANCHORS:
        return 0.0
    share = len(shared) / len(korean.anchors)
    return share if share >= MIN_EDITION_SHARE else 0.0
