"""The Whoosh schema: one document per article, Korean and English bodies side by side."""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

import numpy as np
from whoosh.analysis import StemmingAnalyzer
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from index.analysis import KoreanAnalyzer, korean_analyzer
from index.codec import decode_varints
from index.formats import AnalysedText, CompactPositions, pack_varints, unzigzag, zigzag
from index.records import searchable_texts

KST = timezone(timedelta(hours=9))

if TYPE_CHECKING:
    from extractors import Article

__all__ = [
    "DEFAULT_LENGTH_NORM",
    "LENGTH_NORMS",
    "SATURATION",
    "SEARCH_FIELDS",
    "TEXTS_IN_STORE",
    "TEXTS_KEY",
    "TEXT_FIELDS",
    "article_document",
    "build_schema",
    "field_texts",
    "load_stored",
    "to_utc",
    "token_spans",
]

# Documents written since texts moved to the record store say so; older ones hold their texts.
TEXTS_KEY = "texts"
TEXTS_IN_STORE = "store"

# How a word scores over the search fields (BM25F, index.natural.FieldsTerm): its frequency in
# each field, divided by the field's length norm (b) and weighted (below), summed per document
# and saturated once (k1). Scored per field with a 2x or 3x title, a title shared by many
# documents (an entry's paragraphs, a story's updates) lifted every one of them over the one
# whose body answers; as one more occurrence, with a title normalised little for its length
# (titles are all short), every collection measured gained or held (bench/QUALITY.md).
SEARCH_FIELDS = {"title": 1.0, "subtitles": 1.0, "captions": 1.0, "body_ko": 1.0, "body_en": 1.0}
LENGTH_NORMS = {"title": 0.3}  # b per field; the others have BM25's usual 0.75
DEFAULT_LENGTH_NORM = 0.75
SATURATION = 0.9  # k1
KOREAN_FIELDS = ("title", "subtitles", "captions", "body_ko")
TEXT_FIELDS = (*KOREAN_FIELDS, "body_en")


def _text(analyzer: Any) -> TEXT:
    field = TEXT(analyzer=analyzer, multitoken_query="phrase")
    field.format = CompactPositions()
    return field


def build_schema(user_dict: str | None = None) -> Schema:
    korean = korean_analyzer(user_dict)
    return Schema(
        id=ID(stored=True, unique=True),
        title=_text(korean),
        subtitles=_text(korean),
        captions=_text(korean),
        body_ko=_text(korean),
        body_en=_text(StemmingAnalyzer()),
        reporters=KEYWORD(commas=True, lowercase=True, scorable=False),
        emails=KEYWORD(commas=True, lowercase=True, scorable=False),
        location=KEYWORD(commas=True, lowercase=True, scorable=False),
        agency=KEYWORD(commas=True, lowercase=True, scorable=False),
        lang=KEYWORD(scorable=False),
        story=ID(sortable=True),
        # What a hit says of the other articles of its story: "id<TAB>lang<TAB>outlet", read from
        # a column (a few bytes) instead of each one's stored document.
        card=COLUMN(VarBytesColumn()),
        published=DATETIME(sortable=True),
        updated=DATETIME(sortable=True),
        ingested_at=DATETIME(),
        doc=STORED(),
        spans=STORED(),
    )


def outlet(url: str | None, source: str) -> str:
    """Where an article was published: its page's host, else its file's name.

    >>> outlet("https://m.kmib.co.kr/article/view.asp?arcid=1", "a.txt"), outlet(None, "in/a.txt")
    ('kmib.co.kr', 'a.txt')
    """
    host = (url or "").split("//", 1)[-1].split("/", 1)[0].lower()
    for prefix in ("www.", "m."):
        host = host.removeprefix(prefix)
    return host or source.replace("\\", "/").rsplit("/", 1)[-1]


def to_utc(value: str | None) -> datetime | None:
    """An ISO 8601 string (or bare date, taken as midnight KST) as a naive UTC datetime."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=KST)
    return moment.astimezone(UTC).replace(tzinfo=None)


def field_texts(article: Article) -> dict[str, str]:
    """The text of each searchable field (empty fields left out)."""
    return searchable_texts(article.title, article.subtitles, article.captions, article.body_ko, article.body_en)


def article_document(article: Article, ingested_at: datetime, schema: Schema) -> dict[str, Any]:
    """The Whoosh document for an article: its analysed fields plus what snippets and ``show`` need.

    Each text is analysed here, once: the terms go to the index as :class:`AnalysedText`, and
    each position's characters go to the stored ``spans`` (see :func:`token_spans`).
    """
    texts = field_texts(article)
    document: dict[str, Any] = {
        "id": article.id,
        "reporters": ",".join(article.reporters),
        "emails": ",".join(article.emails),
        "location": article.location or "",
        "agency": article.agency or "",
        "lang": " ".join(article.langs) or article.lang,
        "story": article.story or article.id,
        "card": "\t".join((article.id, article.lang, outlet(article.url, article.source))).encode("utf-8"),
        "ingested_at": ingested_at,
    }
    spans = {}
    for name, text in texts.items():
        document[name], spans[name] = _analyse(schema[name].analyzer, text)
    # The texts themselves stay in the record store (index.records): a hit's are read from there.
    stored = {k: v for k, v in document.items() if k not in texts}
    stored.update(title=texts.get("title", ""), source=article.source, content_hash=article.content_hash)
    stored[TEXTS_KEY] = TEXTS_IN_STORE
    stored.update(_stored_meta(article))
    # Not compressed here: Whoosh's stored-fields column compresses every stored value already.
    document["doc"] = json.dumps(stored, ensure_ascii=False, default=str).encode("utf-8")
    document["spans"] = {name: pack_varints(numbers) for name, numbers in spans.items()}
    for name in ("published", "updated"):
        if (moment := to_utc(getattr(article, name))) is not None:
            document[name] = moment
    return {k: v for k, v in document.items() if v != ""}


def _analyse(analyzer: Any, text: str) -> tuple[AnalysedText, list[int]]:
    """Each term of ``text`` with its positions and, per position, the characters of the
    first (finest) token there, as ``gap, length`` numbers (gap: from the previous end, zigzag)."""
    if isinstance(analyzer, KoreanAnalyzer):
        placed = analyzer.index_terms(text)
    else:
        tokens = analyzer(text, positions=True, chars=True, mode="index")
        placed = [(t.text, t.pos, t.startchar, t.endchar) for t in tokens]
    numbers: list[int] = []
    positions: defaultdict[str, list[int]] = defaultdict(list)
    last_pos, last_end = -1, 0
    for term, pos, start, end in placed:
        positions[term].append(pos)
        if pos <= last_pos:  # the first token at each position is the finest one
            continue
        if pos > last_pos + 1:  # positions without a token (none so far): empty spans
            numbers += [0, 0] * (pos - last_pos - 1)
        numbers += (zigzag(start - last_end), end - start)
        last_pos, last_end = pos, end
    return AnalysedText(positions.items()), numbers


def token_spans(stored_spans: dict[str, bytes] | None, fieldname: str) -> list[tuple[int, int]]:
    """Each position's ``(start, end)`` characters in a field's text (see :func:`_analyse`).

    >>> from whoosh.analysis import StandardAnalyzer
    >>> _, numbers = _analyse(StandardAnalyzer(), "  Seoul, Korea")
    >>> token_spans({"f": pack_varints(numbers)}, "f")
    [(2, 7), (9, 14)]
    """
    numbers = decode_varints((stored_spans or {}).get(fieldname, b""))
    count = len(numbers) // 2
    gaps, lengths = numbers[0 : 2 * count : 2], numbers[1 : 2 * count : 2]
    ends = np.cumsum(unzigzag(gaps) + lengths)  # each start is the previous end plus its gap
    return list(zip((ends - lengths).tolist(), ends.tolist(), strict=True))


def load_stored(fields: dict[str, Any]) -> dict[str, Any]:
    """The stored document of a hit: its texts and metadata (see :func:`article_document`)."""
    packed = fields.get("doc")
    if not packed:
        return {}
    # Segments written by earlier versions hold it zlib-compressed (first byte 0x78, never "{").
    return json.loads(packed if packed[:1] == b"{" else zlib.decompress(packed))


def _stored_meta(article: Article) -> dict[str, Any]:
    """What the index keeps beyond the searchable text: original times, names as written,
    and each paragraph's language and translation pair (texts live in body_ko/body_en).

    Whoosh's stored-fields column compresses it (Korean UTF-8 text shrinks about threefold);
    the stored copy is read only for the few hits a page shows."""
    return {
        "title": article.title,
        "published": article.published,
        "updated": article.updated,
        "reporters": list(article.reporters),
        "location": article.location,
        "agency": article.agency,
        "lang": article.lang,
        "langs": list(article.langs),
        "photo_credits": list(article.photo_credits),
        "paragraphs": [[p.lang, p.pair] for p in article.paragraphs],
        "url": article.url,
    }
