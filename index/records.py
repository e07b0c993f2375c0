"""The record format of the record store, and reading hit texts from it.

An article is kept once: in the record store (``index.database``) as compact JSON, deflated with a preset
dictionary of the record's keys and of the words news text repeats (small records cannot learn
them on their own). A record names its format in its first byte; rows written before compression
(JSON text) still read. The index keeps only what ranking and highlighting need (terms, each
position's characters, metadata); a hit's texts are read from here, by id, for the page shown.

No extractors import: search starts without BeautifulSoup (see ``newsindex.record_codec`` for
the :class:`~extractors.Article` side).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from index.database import connect, store_exists, store_url

__all__ = ["StoreTexts", "decode_record_dict", "encode_record_dict", "record_texts", "searchable_texts"]

_VERSION_1 = b"\x01"
_DICTIONARY_1 = (
    '{"id":"","source":"","content_hash":"","title":"","subtitles":[],"subtitle_langs":[],"reporters":[],'
    '"emails":[],"location":null,"agency":null,"published":"+09:00","updated":null,"captions":[],'
    '"photo_credits":[],"credits":[],"paragraphs":[{"lang":"ko","text":"","start":,"end":,"pair":null},'
    '{"lang":"en","text":"","start":,"end":,"pair":null}],"lang":"ko","encoding":"utf-8","url":null,"warnings":[]}'
    " 기자 있다. 했다. 밝혔다. 것으로 이번 위해 지난 대한 통해 관계자는 말했다. 예정이다. the said that and of to in"
).encode()


def encode_record_dict(data: dict[str, Any]) -> bytes:
    """A record's stored bytes.

    >>> decode_record_dict(encode_record_dict({"id": "a", "title": "제목"}))
    {'id': 'a', 'title': '제목'}
    """
    packer = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, zdict=_DICTIONARY_1)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return _VERSION_1 + packer.compress(text) + packer.flush()


def decode_record_dict(value: bytes | str) -> dict[str, Any]:
    """A record's data from its stored form (any version, or the JSON text of older stores)."""
    if isinstance(value, str):
        return json.loads(value)
    if value[:1] != _VERSION_1:
        raise ValueError(f"unknown record format {value[:1]!r}")
    unpacker = zlib.decompressobj(15, zdict=_DICTIONARY_1)
    return json.loads(unpacker.decompress(value[1:]) + unpacker.flush())


def searchable_texts(
    title: str | None, subtitles: Iterable[str], captions: Iterable[str], body_ko: str, body_en: str
) -> dict[str, str]:
    """The text of each searchable field, empty fields left out: one definition for the index
    (:func:`index.schema.field_texts`, from an Article) and for hit texts (from a stored record)."""
    texts = {
        "title": title or "",
        "subtitles": "\n\n".join(subtitles),
        "captions": "\n\n".join(captions),
        "body_ko": body_ko,
        "body_en": body_en,
    }
    return {name: text for name, text in texts.items() if text}


def record_texts(data: dict[str, Any]) -> dict[str, str]:
    """The searchable texts of a stored record."""
    paragraphs = data.get("paragraphs") or ()

    def body(lang: str) -> str:
        return "\n\n".join(p["text"] for p in paragraphs if p["lang"] == lang)

    return searchable_texts(
        data.get("title"), data.get("subtitles") or (), data.get("captions") or (), body("ko"), body("en")
    )


class StoreTexts:
    """Hit texts from the record store of a home, read-only, one query per page of hits."""

    def __init__(self, home: Path) -> None:
        self.url = store_url(home)

    def texts(self, wanted: Iterable[tuple[str, str]]) -> dict[str, tuple[bool, dict[str, str]]]:
        """For each (id, content hash): (whether the stored record is the one indexed, its texts)."""
        wanted = dict(wanted)
        if not wanted or not store_exists(self.url):
            return {}
        marks = ",".join("?" * len(wanted))
        found = {}
        database = connect(self.url, read_only=True)
        try:
            query = f"SELECT id, content_hash, record FROM articles WHERE id IN ({marks})"
            for article_id, content_hash, record in database.execute(query, list(wanted)):
                found[article_id] = (content_hash == wanted[article_id], record_texts(decode_record_dict(record)))
        finally:
            database.close()
        return found
