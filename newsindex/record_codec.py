"""How an article is kept in the record store: compact JSON, deflated with a preset dictionary.

The record holds each article's text once (the paragraphs; the per-language bodies are derived
when read) and is compressed with zlib, primed by a fixed dictionary of the record's keys and the
words news text repeats, which small records cannot learn on their own. The dictionary is part of
the format: a record names its version in its first byte, so a later dictionary can be added
without rewriting old rows. Rows written before compression (JSON text) still read.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from extractors import Article

__all__ = ["decode_record", "encode_record"]

_VERSION_1 = b"\x01"
_DERIVED = ("body_ko", "body_en")  # rebuilt from the paragraphs by Article
_DICTIONARY_1 = (
    '{"id":"","source":"","content_hash":"","title":"","subtitles":[],"subtitle_langs":[],"reporters":[],'
    '"emails":[],"location":null,"agency":null,"published":"+09:00","updated":null,"captions":[],'
    '"photo_credits":[],"credits":[],"paragraphs":[{"lang":"ko","text":"","start":,"end":,"pair":null},'
    '{"lang":"en","text":"","start":,"end":,"pair":null}],"lang":"ko","encoding":"utf-8","url":null,"warnings":[]}'
    " 기자 있다. 했다. 밝혔다. 것으로 이번 위해 지난 대한 통해 관계자는 말했다. 예정이다. the said that and of to in"
).encode()


def encode_record(article: Article) -> bytes:
    """The stored form of ``article``.

    >>> from extractors import extract_text
    >>> article = extract_text("제목\\n\\n수원=강대웅 기자\\n본문입니다.", id="a", source="a")
    >>> decode_record(encode_record(article)) == article
    True
    """
    data: dict[str, Any] = article.as_dict()
    for key in _DERIVED:
        data.pop(key, None)
    packer = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, zdict=_DICTIONARY_1)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return _VERSION_1 + packer.compress(text) + packer.flush()


def decode_record(value: bytes | str) -> Article:
    """An article from its stored form (any version, or the JSON text of older stores)."""
    if isinstance(value, str):
        return Article.from_dict(json.loads(value))
    if value[:1] != _VERSION_1:
        raise ValueError(f"unknown record format {value[:1]!r}")
    unpacker = zlib.decompressobj(15, zdict=_DICTIONARY_1)
    return Article.from_dict(json.loads(unpacker.decompress(value[1:]) + unpacker.flush()))
