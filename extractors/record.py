"""The typed records that extraction produces: one :class:`Article` per input document."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

Lang = Literal["ko", "en", "other"]

__all__ = ["Article", "Lang", "Paragraph"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph:
    """One body paragraph, with offsets into the article's normalized text.

    ``pair`` is the index (in ``Article.paragraphs``) of this paragraph's translation.
    """

    lang: Lang
    text: str
    start: int
    end: int
    pair: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """Everything the extractors know about one news article.

    Times are ISO 8601 strings: a datetime with its UTC offset, or a bare ``YYYY-MM-DD``
    when the source gives only a date.
    """

    id: str
    source: str
    content_hash: str
    title: str | None = None
    subtitles: tuple[str, ...] = ()
    subtitle_langs: tuple[Lang, ...] = ()
    reporters: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    location: str | None = None
    agency: str | None = None
    published: str | None = None
    updated: str | None = None
    captions: tuple[str, ...] = ()
    photo_credits: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()  # wire staff lines: "Reporting by …; Editing by …"
    paragraphs: tuple[Paragraph, ...] = ()
    lang: Lang = "other"
    encoding: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = field(default=())
    # Not extracted: the record store sets it (index.stories) to the story whose copies and
    # other-language edition this article is; None for records stored before grouping.
    story: str | None = None

    @property
    def body_ko(self) -> str:
        return self._body("ko")

    @property
    def body_en(self) -> str:
        return self._body("en")

    @property
    def body_other(self) -> str:
        return self._body("other")

    @property
    def langs(self) -> tuple[Lang, ...]:
        """Languages present in the body, most paragraphs first."""
        counts: dict[Lang, int] = {}
        for para in self.paragraphs:
            counts[para.lang] = counts.get(para.lang, 0) + 1
        return tuple(sorted(counts, key=lambda lang: -counts[lang]))

    def side_by_side(self) -> list[tuple[Paragraph, Paragraph | None]]:
        """The body as rows to show: a translation pair as (Korean, English), any other
        paragraph alone, in reading order.

        >>> pair = Paragraph(lang="ko", text="안녕", start=0, end=2, pair=1), Paragraph(
        ...     lang="en", text="Hello", start=3, end=8, pair=0)
        >>> ending = Paragraph(lang="ko", text="끝", start=9, end=10)
        >>> article = Article(id="a", source="a", content_hash="h", paragraphs=(*pair, ending))
        >>> [(a.text, b.text if b else None) for a, b in article.side_by_side()]
        [('안녕', 'Hello'), ('끝', None)]
        """
        rows: list[tuple[Paragraph, Paragraph | None]] = []
        done: set[int] = set()
        for index, paragraph in enumerate(self.paragraphs):
            if index in done:
                continue
            if paragraph.pair is None:
                rows.append((paragraph, None))
                continue
            other = self.paragraphs[paragraph.pair]
            done.add(paragraph.pair)
            rows.append((paragraph, other) if paragraph.lang == "ko" else (other, paragraph))
        return rows

    def _body(self, lang: Lang) -> str:
        return "\n\n".join(p.text for p in self.paragraphs if p.lang == lang)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, with the derived bodies included."""
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data["paragraphs"] = [p.as_dict() for p in self.paragraphs]
        for name, value in data.items():
            if isinstance(value, tuple):
                data[name] = list(value)
        data["body_ko"] = self.body_ko
        data["body_en"] = self.body_en
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`as_dict` output (derived keys are ignored)."""
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["paragraphs"] = tuple(Paragraph(**p) for p in data.get("paragraphs", ()))
        for name, value in kwargs.items():
            if isinstance(value, list):
                kwargs[name] = tuple(value)
        return cls(**kwargs)
