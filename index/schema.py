"""The Whoosh schema: one document per article, Korean and English bodies side by side."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from index.analysis import korean_analyzer

KST = timezone(timedelta(hours=9))

if TYPE_CHECKING:
    from extractors import Article

__all__ = ["SEARCH_FIELDS", "article_document", "build_schema", "load_stored", "to_utc"]

# Field boosts: a match in the title says more about an article than one in its body.
SEARCH_FIELDS = {"title": 3.0, "subtitles": 1.5, "captions": 1.0, "body_ko": 1.0, "body_en": 1.0}
KOREAN_FIELDS = ("title", "subtitles", "captions", "body_ko")


def build_schema(user_dict: str | None = None) -> Schema:
    korean = korean_analyzer(user_dict)
    return Schema(
        id=ID(stored=True, unique=True),
        source=ID(),
        content_hash=ID(stored=True),
        title=TEXT(analyzer=korean, chars=True, multitoken_query="phrase"),
        subtitles=TEXT(analyzer=korean, chars=True, multitoken_query="phrase"),
        captions=TEXT(analyzer=korean, chars=True, multitoken_query="phrase"),
        body_ko=TEXT(analyzer=korean, chars=True, multitoken_query="phrase"),
        body_en=TEXT(analyzer=StemmingAnalyzer(), chars=True),
        reporters=KEYWORD(commas=True, lowercase=True, scorable=False),
        emails=KEYWORD(commas=True, lowercase=True, scorable=False),
        location=KEYWORD(commas=True, lowercase=True, scorable=False),
        agency=KEYWORD(commas=True, lowercase=True, scorable=False),
        lang=KEYWORD(scorable=False),
        published=DATETIME(sortable=True),
        updated=DATETIME(sortable=True),
        ingested_at=DATETIME(),
        doc=STORED(),
    )


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


def article_document(article: Article, ingested_at: datetime) -> dict[str, Any]:
    """The Whoosh document for an article: searchable fields plus what snippets and ``show`` need."""
    document: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "content_hash": article.content_hash,
        "title": article.title or "",
        "subtitles": "\n\n".join(article.subtitles),
        "captions": "\n\n".join(article.captions),
        "body_ko": article.body_ko,
        "body_en": article.body_en,
        "reporters": ",".join(article.reporters),
        "emails": ",".join(article.emails),
        "location": article.location or "",
        "agency": article.agency or "",
        "lang": " ".join(article.langs) or article.lang,
        "ingested_at": ingested_at,
    }
    document["doc"] = zlib.compress(json.dumps({**document, **_stored_meta(article)}, ensure_ascii=False,
                                               default=str).encode("utf-8"), 6)  # fmt: skip
    for name in ("published", "updated"):
        if (moment := to_utc(getattr(article, name))) is not None:
            document[name] = moment
    return {k: v for k, v in document.items() if v != ""}


def load_stored(fields: dict[str, Any]) -> dict[str, Any]:
    """The stored document of a hit: its texts and metadata (see :func:`article_document`)."""
    packed = fields.get("doc")
    return json.loads(zlib.decompress(packed)) if packed else {}


def _stored_meta(article: Article) -> dict[str, Any]:
    """What the index keeps beyond the searchable text: original times, names as written,
    and each paragraph's language and translation pair (texts live in body_ko/body_en).

    Stored compressed: Korean UTF-8 text shrinks about threefold, and the stored copy is read
    only for the few hits a page shows."""
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
    }
