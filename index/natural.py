"""Natural-language queries: what people type (questions, half-remembered headlines).

Interactive search and batch evaluation rank such text the same way: every word (with the
forms the index stacks for it), looked for in every search field and scored once over all of
them (:class:`FieldsTerm`: BM25F, each field's length-normalised frequency weighted by its
boost, summed, then saturated), and the words' scores added up.
Query syntax is for people who use it; a question mark ending a word is punctuation here,
not Whoosh's one-character wildcard ("임기는 몇 년?" must not look for "년" plus a character).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from whoosh import query as q
from whoosh.fields import Schema

from index.analysis import KoreanAnalyzer, is_counted_number
from index.schema import SEARCH_FIELDS

__all__ = ["FieldsTerm", "natural_query", "plain_text", "without_question_marks"]

# What only someone writing a query writes: operators, wildcards, boosts, fuzziness, +/- and
# open ranges. Quotes, brackets, parentheses and colons are also what a headline is made of.
_OPERATOR_RE = re.compile(r"""[*?^~{}]|(?:^|\s)[+-]\S|\b(?:AND|OR|NOT|ANDNOT|TO)\b""")
_HEADLINE_MARKS_RE = re.compile(r"""[\[\]()':]""")
_FIELD_PREFIX_RE = re.compile(r"(\w+):")
_ONE_PHRASE_RE = re.compile(r'\s*"([^"]+)"\s*')
_MAX_PHRASE_WORDS = 4  # a longer quoted text is a quotation: a headline that quotes someone
_QUESTION_MARK_RE = re.compile(r"(?<=\S)[?？]+(?=\s|$)")


def without_question_marks(text: str) -> str:
    """``text`` with question marks that end words dropped (a wildcard inside a word stays).

    >>> without_question_marks("대통령 임기는 몇 년? te?t")
    '대통령 임기는 몇 년 te?t'
    """
    return _QUESTION_MARK_RE.sub("", text)


def plain_text(text: str, fields: Iterable[str]) -> str | None:
    """``text`` as words and "quoted phrases" when it uses no query syntax but the punctuation of
    a pasted headline or sentence (quotes, brackets, parentheses, a colon after a word that is
    no field); None when it is a query. Double quotes still mark phrases (an unpaired one is
    dropped); single quotes, brackets and colons become spaces.

    >>> fields = {"title", "body_ko"}
    >>> plain_text('[뉴스킹] 홍익표 "與 쌍특검 거부" (종합)', fields), plain_text("Court: Trump 'stays'", fields)
    ('뉴스킹 홍익표 "與 쌍특검 거부" 종합', 'Court Trump stays')
    >>> plain_text("title:경기 AND 반도체", fields), plain_text("바이오*", fields)
    (None, None)
    """
    words = without_question_marks(text)
    if _OPERATOR_RE.search(words) or any(m[1].lower() in fields for m in _FIELD_PREFIX_RE.finditer(words)):
        return None
    if (phrase := _ONE_PHRASE_RE.fullmatch(words)) and _reads_as_phrase(phrase[1]):
        return None  # '"바이오 산업"': a phrase asked for as such ranks as one
    if words.count('"') % 2:
        words = words.replace('"', " ")
    return " ".join(_HEADLINE_MARKS_RE.sub(" ", words).split())


def _reads_as_phrase(quoted: str) -> bool:
    return len(quoted.split()) <= _MAX_PHRASE_WORDS and not re.search(r"[,.!?…·]", quoted)


class FieldsTerm(q.Or):
    """One word of a query looked for in several fields and scored once, as BM25F scores it:
    its frequency in each field, normalised by the field's length and weighted by the field's
    boost, summed and then saturated, with one idf (from the field where it is commonest). A
    word in a title shared by many documents (an entry's paragraphs, a long story's updates)
    then adds to each of them what one more occurrence adds, where a score per field
    (Whoosh's) gave every sibling a whole second, title-boosted BM25 score.

    A word may have several forms, the tokens the analyzer stacks at one position (제방축제사업
    and 제방): they count as one word, as Lucene scores synonyms, instead of one score each.

    Whoosh sees the ORed field terms: its own matchers (when :mod:`index.vectors` declines a
    query), highlighting and the terms of a result read it as such."""

    def __init__(self, texts: tuple[str, ...], boosts: dict[str, float]) -> None:
        super().__init__([q.Term(name, text, boost=boost) for name, boost in boosts.items() for text in texts])
        self.texts, self.boosts = texts, boosts

    @property
    def text(self) -> str:
        return "/".join(self.texts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.texts!r}, {self.boosts!r})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and (self.texts, self.boosts) == (other.texts, other.boosts)

    def __hash__(self) -> int:
        return hash((self.texts, tuple(self.boosts.items())))


def natural_query(schema: Schema, text: str) -> q.Query:
    """Every word of ``text``, each a :class:`FieldsTerm` (its forms, over the search fields
    whose analyzer makes them), ORed.

    Takes the schema, not the index: ``Index.schema`` reads the table of contents from disk
    on every access."""
    boosts: dict[tuple[str, ...], dict[str, float]] = {}
    analysed: dict[Any, list[tuple[str, ...]]] = {}  # the Korean fields' analyzers are alike: run one once
    for fieldname, boost in SEARCH_FIELDS.items():
        analyzer = schema[fieldname].analyzer
        key = ("korean", analyzer.user_dict) if isinstance(analyzer, KoreanAnalyzer) else id(analyzer)
        if key not in analysed:
            analysed[key] = _words(analyzer, text)
        for word in analysed[key]:
            boosts.setdefault(word, {})[fieldname] = boost
    return q.Or([FieldsTerm(word, fields) for word, fields in boosts.items()]) if boosts else q.NullQuery


def _words(analyzer: Any, text: str) -> list[tuple[str, ...]]:
    """The words of ``text`` as the index holds them: each the forms the analyzer stacks at one
    position (a compound and its first part, a word and its known prefix), which the index
    has in some texts whole and in others in parts, however Kiwi split them there."""
    forms: dict[int, list[str]] = {}
    for token in analyzer(text, mode="index", positions=True):
        at = forms.setdefault(token.pos, [])
        if token.text not in at:
            at.append(token.text)
    return list(dict.fromkeys(word for at in forms.values() for word in _words_at(at)))


def _words_at(forms: list[str]) -> list[tuple[str, ...]]:
    """The words one position holds: its stacked forms as one word, except a number written with
    its counter (5월 stacked on 5), whose counted term and bare number are two words: a text
    writing 5월 then outranks one that merely has a 5 (the bare number's far lower idf would
    stand for both), and one writing "5∼6월" is still found."""
    counted = tuple(form for form in forms if is_counted_number(form))
    rest = tuple(form for form in forms if form not in counted)
    return [word for word in (counted, rest) if word]
