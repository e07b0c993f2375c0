"""Natural-language queries: what people type (questions, half-remembered headlines).

Interactive search and batch evaluation rank such text the same way: every analysed term of
every search field, ORed, each with its field's boost, so Whoosh's BM25F scores the article.
Query syntax is for people who use it; a question mark ending a word is punctuation here,
not Whoosh's one-character wildcard ("임기는 몇 년?" must not look for "년" plus a character).
"""

from __future__ import annotations

import re
from typing import Any

from whoosh import query as q
from whoosh.fields import Schema

from index.analysis import KoreanAnalyzer
from index.schema import SEARCH_FIELDS

__all__ = ["is_plain", "natural_query", "without_question_marks"]

# Whoosh's query syntax: quotes, groups, fields, wildcards, boosts, ranges, operators, +/-.
_SYNTAX_RE = re.compile(r"""["'():*?^~\[\]{}]|(?:^|\s)[+-]\S|\b(?:AND|OR|NOT|ANDNOT|TO)\b""")
_QUESTION_MARK_RE = re.compile(r"(?<=\S)[?？]+(?=\s|$)")


def without_question_marks(text: str) -> str:
    """``text`` with question marks that end words dropped (a wildcard inside a word stays).

    >>> without_question_marks("대통령 임기는 몇 년? te?t")
    '대통령 임기는 몇 년 te?t'
    """
    return _QUESTION_MARK_RE.sub("", text)


def is_plain(text: str) -> bool:
    """Whether ``text`` is words only, with no query syntax (question marks ending words allowed).

    >>> is_plain("헌법 개정은 누가 제안하나?"), is_plain('"바이오 산업" OR 반도체'), is_plain("title:경기")
    (True, False, False)
    """
    return _SYNTAX_RE.search(without_question_marks(text)) is None


def natural_query(schema: Schema, text: str) -> q.Query:
    """All the analysed terms of ``text`` in every search field, ORed and boosted per field.

    Takes the schema, not the index: ``Index.schema`` reads the table of contents from disk
    on every access."""
    clauses: list[q.Query] = []
    analysed: dict[Any, list[str]] = {}  # the Korean fields' analyzers are alike: run one once
    for fieldname, boost in SEARCH_FIELDS.items():
        analyzer = schema[fieldname].analyzer
        key = ("korean", analyzer.user_dict) if isinstance(analyzer, KoreanAnalyzer) else id(analyzer)
        if key not in analysed:
            analysed[key] = list(dict.fromkeys(t.text for t in analyzer(text, mode="query")))
        clauses += [q.Term(fieldname, term, boost=boost) for term in analysed[key]]
    return q.Or(clauses) if clauses else q.NullQuery
