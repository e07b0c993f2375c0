"""How an article is kept in the record store: its record, once, in the format of ``index.records``.

The per-language bodies are derived from the paragraphs when the record is read, so they are
not stored.
"""

from __future__ import annotations

from extractors import Article
from index.records import decode_record_dict, encode_record_dict

__all__ = ["decode_record", "encode_record"]

_DERIVED = ("body_ko", "body_en")


def encode_record(article: Article) -> bytes:
    """The stored form of ``article``.

    >>> from extractors import extract_text
    >>> article = extract_text("제목\\n\\n수원=강대웅 기자\\n본문입니다.", id="a", source="a")
    >>> decode_record(encode_record(article)) == article
    True
    """
    data = article.as_dict()
    for key in _DERIVED:
        data.pop(key, None)
    return encode_record_dict(data)


def decode_record(value: bytes | str) -> Article:
    """An article from its stored form (any version, or the JSON text of older stores)."""
    return Article.from_dict(decode_record_dict(value))
