"""``newsindex web``: a search page for the newsroom, and JSON endpoints, over the CLI's search.

Read-only, and bound to 127.0.0.1 unless told otherwise. Everything an article brings is
escaped (Jinja's autoescape; highlights are built from escaped pieces). A bad query or filter
gets the CLI's one-line explanation with status 400; any other failure a plain 500 page, never
a traceback.

    GET /                     the search page (q, lang, since, until, reporter, location, agency, sort, page)
    GET /article/{id}         one article, its translation side by side
    GET /api/search           the same search as JSON: {"total", "hits": [as --json prints them], "facets"}
    GET /api/article/{id}     one article as JSON (as ``show --json``)
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from index import NewsIndexError, QueryError, generations, open_index, search
from index.highlight import Snippet
from index.search import SearchResult

__all__ = ["create_app"]

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parent / "templates"
_PAGE_SIZE = 10
_MAX_PAGE_SIZE = 100
_FILTERS = ("reporter", "location", "agency")


class BadRequest(ValueError):
    """A query or filter the search cannot take: shown to the user as it is."""


@dataclass(frozen=True, slots=True)
class SearchForm:
    q: str
    lang: str | None
    since: date | None
    until: date | None
    reporter: str | None
    location: str | None
    agency: str | None
    sort: str
    page: int
    limit: int
    group: bool = True

    @classmethod
    def of(cls, params: Any) -> SearchForm:
        lang, sort = params.get("lang") or None, params.get("sort") or "relevance"
        if lang not in (None, "ko", "en"):
            raise BadRequest(f"lang must be ko or en, not {lang!r}")
        if sort not in ("relevance", "newest"):
            raise BadRequest(f"sort must be relevance or newest, not {sort!r}")
        filters = {name: (params.get(name) or "").strip() or None for name in _FILTERS}
        return cls(q=(params.get("q") or "").strip(), lang=lang, since=_date(params.get("since"), "since"),
                   until=_date(params.get("until"), "until"), sort=sort, page=_number(params.get("page"), "page", 1),
                   limit=min(_number(params.get("limit"), "limit", _PAGE_SIZE), _MAX_PAGE_SIZE),
                   group=params.get("group") != "0", **filters)  # fmt: skip

    def search_options(self) -> dict[str, Any]:
        return {"lang": self.lang, "since": self.since, "until": self.until, "reporter": self.reporter,
                "location": self.location, "agency": self.agency, "sort": self.sort, "limit": self.limit,
                "offset": (self.page - 1) * self.limit, "group": self.group}  # fmt: skip

    def link(self, **changes: Any) -> str:
        """This search's URL with some parameters changed (None removes one)."""
        from urllib.parse import urlencode

        values = {"q": self.q, "lang": self.lang, "since": self.since, "until": self.until, "reporter": self.reporter,
                  "location": self.location, "agency": self.agency, "sort": None if self.sort == "relevance" else
                  self.sort, "page": None, "group": None if self.group else "0"}  # fmt: skip
        values.update(changes)
        return "/?" + urlencode({k: str(v) for k, v in values.items() if v not in (None, "")})


def _date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _number(value: str | None, name: str, default: int) -> int:
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise BadRequest(f"{name} must be a whole number from 1, not {value!r}")
    return int(value)


class _Archive:
    """The live index of a home, reopened when a reindex makes another generation live; one
    search at a time (the searcher's caches are not shared between threads)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self._lock = threading.Lock()
        self._ix: Any = None
        self._generation: Path | None = None

    def search(self, form: SearchForm, *, facets: bool) -> SearchResult:
        with self._lock:
            return search(self._index(), form.q, facets=facets, **form.search_options())

    def article(self, article_id: str) -> tuple[Any, list[Any]]:
        """The article and the other articles of its story."""
        from index.database import store_exists, store_url
        from newsindex.store import RecordStore

        if not store_exists(store_url(self.home)):
            raise NewsIndexError(f"no records under {self.home}; create them with: newsindex ingest PATH")
        with RecordStore(self.home) as store:
            found = store.load([article_id])
            copies = store.story_of(article_id) if found else []
        if not found:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return found[0], copies

    def warm(self) -> None:
        """Load the model and open the searcher before the first visitor asks (seconds)."""
        try:
            self.search(SearchForm.of({"q": "뉴스"}), facets=True)
        except NewsIndexError as exc:
            log.warning("no search until the index is there: %s", exc)

    def _index(self) -> Any:
        live = generations.live_generation(self.home)
        if self._ix is None or live != self._generation:
            if self._ix is not None:
                self._ix.close()
            self._ix, self._generation = open_index(self.home), live
        return self._ix


def create_app(home: Path) -> Starlette:
    """The web app for the archive under ``home``."""
    archive = _Archive(home)
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.filters["marked"] = marked
    templates.env.globals["month_bounds"] = month_bounds

    def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        return templates.TemplateResponse(request, name, {"home": home, **context}, status_code=status)

    async def page(request: Request) -> Response:
        try:
            form = SearchForm.of(request.query_params)
            result = archive.search(form, facets=True) if form.q else None
        except (BadRequest, QueryError) as exc:
            return render(request, "results.html", 400, form=None, error=str(exc), params=request.query_params)
        except NewsIndexError as exc:
            return render(request, "results.html", 503, form=None, error=str(exc), params=request.query_params)
        return render(request, "results.html", form=form, result=result, params=request.query_params)

    async def article_page(request: Request) -> Response:
        try:
            article, copies = archive.article(request.path_params["article_id"])
        except NewsIndexError as exc:
            return render(request, "error.html", 503, error=str(exc))
        return render(request, "article.html", article=article, copies=copies, back=request.headers.get("referer"))

    async def api_search(request: Request) -> Response:
        try:
            form = SearchForm.of(request.query_params)
            if not form.q:
                raise BadRequest("give a query: q=…")
            result = archive.search(form, facets=True)
        except (BadRequest, QueryError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        except NewsIndexError as exc:
            return JSONResponse({"error": str(exc)}, status_code=503)
        return JSONResponse({"query": result.query, "parsed": result.parsed, "total": result.total,
                             "exact": result.exact, "fallback": result.fallback, "page": form.page,
                             "hits": [hit.as_dict() for hit in result.hits],
                             "facets": result.facets.as_dict() if result.facets else None})  # fmt: skip

    async def api_article(request: Request) -> Response:
        try:
            article, copies = archive.article(request.path_params["article_id"])
        except NewsIndexError as exc:
            return JSONResponse({"error": str(exc)}, status_code=503)
        same_story = [{"id": c.id, "lang": c.lang, "title": c.title, "url": c.url} for c in copies]
        return JSONResponse({**article.as_dict(), "copies": same_story})

    async def not_found(request: Request, exc: Exception) -> Response:
        detail = getattr(exc, "detail", "not found")
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": detail}, status_code=404)
        return render(request, "error.html", 404, error=detail)

    async def failed(request: Request, exc: Exception) -> Response:
        log.error("%s %s failed: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "internal error; see the server log"}, status_code=500)
        return Response("internal error; see the server log", status_code=500, media_type="text/plain")

    routes = [
        Route("/", page),
        Route("/article/{article_id:path}", article_page),
        Route("/api/search", api_search),
        Route("/api/article/{article_id:path}", api_article),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        threading.Thread(target=archive.warm, name="warm-up", daemon=True).start()
        yield

    handlers = {404: not_found, 500: failed, Exception: failed}
    return Starlette(routes=routes, exception_handlers=handlers, lifespan=lifespan)


def marked(snippet: Snippet) -> Markup:
    """A snippet's text, escaped, with its highlights in ``<mark>``."""
    out, last = [], 0
    for start, end in snippet.spans:
        out += [escape(snippet.text[last:start]), Markup("<mark>"), escape(snippet.text[start:end]), Markup("</mark>")]
        last = end
    out.append(escape(snippet.text[last:]))
    prefix = "… " if snippet.clipped[0] else ""
    suffix = " …" if snippet.clipped[1] else ""
    return Markup(prefix) + Markup("").join(out) + Markup(suffix)


def month_bounds(month: str) -> tuple[str, str]:
    """The first and last day of ``YYYY-MM``.

    >>> month_bounds("2024-02")
    ('2024-02-01', '2024-02-29')
    """
    import calendar

    year, number = map(int, month.split("-"))
    return f"{month}-01", f"{month}-{calendar.monthrange(year, number)[1]:02d}"


def serve(home: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(home), host=host, port=port, log_level="warning")
