"""Read-only commands: search, show, extract. None of them imports Prefect."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsindex.console import (
    EXIT_INDEX,
    EXIT_NO_HITS,
    EXIT_USAGE,
    DebugOption,
    HomeOption,
    JsonOption,
    StoreOption,
    app,
    err,
    fail,
    home_of,
    out,
    setup_logging,
)

if TYPE_CHECKING:
    from extractors import Article


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from None


@app.command()
def search(
    query: Annotated[str | None, typer.Argument(help='Words (AND), "phrases", OR, NOT, field:value.')] = None,
    home: HomeOption = None,
    lang: Annotated[str | None, typer.Option(help="Only articles with paragraphs in ko or en.")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    reporter: Annotated[str | None, typer.Option(help="Reporter name.")] = None,
    location: Annotated[str | None, typer.Option(help="Dateline place.")] = None,
    agency: Annotated[str | None, typer.Option(help="News agency or outlet.")] = None,
    sort: Annotated[str, typer.Option(help="relevance or newest.")] = "relevance",
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="Hits per page.")] = 10,
    page: Annotated[int, typer.Option(min=1, help="Page number.")] = 1,
    json_lines: JsonOption = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the analysed terms per field and what each added to a hit's score.")
    ] = False,
    no_group: Annotated[
        bool, typer.Option("--no-group", help="List every copy and edition of a story, not just its best hit.")
    ] = False,
    queries: Annotated[Path | None, typer.Option(help="Batch: JSONL {qid, query} or TSV qid<TAB>query.")] = None,
    run: Annotated[Path | None, typer.Option(help="Batch: write a TREC run file here.")] = None,
    store: StoreOption = None,
    debug: DebugOption = False,
) -> None:
    """Full-text search; exit 1 when nothing matches. With --queries/--run, a batch for evaluation."""
    if queries is not None or run is not None:
        _batch(home, queries, run, limit if limit != 10 else 100, debug)
        return
    if not query:
        fail("give a QUERY, or --queries FILE --run OUT", EXIT_USAGE)
    from index import NewsIndexError, QueryError, open_index
    from index import search as run_search
    from newsindex.render import print_explain, print_json_lines, print_search_result

    setup_logging(debug)
    if lang not in (None, "ko", "en"):
        fail(f"--lang must be ko or en, not {lang!r}", EXIT_USAGE)
    if sort not in ("relevance", "newest"):
        fail(f"--sort must be relevance or newest, not {sort!r}", EXIT_USAGE)
    try:
        ix = open_index(home_of(home))
        result = run_search(ix, query, lang=lang, since=_date(since, "--since"), until=_date(until, "--until"),
                            reporter=reporter, location=location, agency=agency, sort=sort,  # type: ignore[arg-type]
                            limit=limit, offset=(page - 1) * limit, explain=explain, group=not no_group)  # fmt: skip
    except QueryError as exc:
        fail(str(exc), EXIT_USAGE, debug)
    except NewsIndexError as exc:
        fail(str(exc), EXIT_INDEX, debug)
    if json_lines:
        print_json_lines([h.as_dict() for h in result.hits])
    else:
        if explain:
            print_explain(result, err)
        print_search_result(result, out, offset=(page - 1) * limit)
    if not result.hits:
        raise typer.Exit(EXIT_NO_HITS)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id, as printed by search.")],
    home: HomeOption = None,
    store: StoreOption = None,
    json_output: JsonOption = False,
    debug: DebugOption = False,
) -> None:
    """The whole article: metadata, then the body with translations side by side."""
    from index.database import store_exists, store_url
    from newsindex.render import print_article, print_json_lines
    from newsindex.store import RecordStore

    setup_logging(debug)
    home = home_of(home)
    if not store_exists(store_url(home)):
        fail(f"no records under {home}; create them with: newsindex ingest PATH", EXIT_INDEX)
    with RecordStore(home) as store:
        found = store.load([article_id])
        copies = store.story_of(article_id) if found else []
    if not found:
        fail(f"no article with id {article_id!r}", EXIT_NO_HITS)
    if json_output:
        print_json_lines([{**found[0].as_dict(), "copies": [_copy_dict(c) for c in copies]}])
    else:
        print_article(found[0], out, copies)


def _copy_dict(article: Article) -> dict[str, str | None]:
    return {"id": article.id, "lang": article.lang, "title": article.title, "url": article.url}


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files to extract (.txt, .html, .jsonl).")],
    json_lines: JsonOption = False,
    debug: DebugOption = False,
) -> None:
    """What the extractors make of files, without indexing. Exit 2 if any file fails."""
    from extractors import ExtractionError, iter_extract
    from newsindex.render import print_article, print_json_lines

    setup_logging(debug)
    failed = 0
    for path in paths:
        for item in iter_extract(path, root=path.parent):
            if isinstance(item, ExtractionError):
                failed += 1
                err.print(f"newsindex: {item}", style="red", markup=False)
            elif json_lines:
                print_json_lines([item.as_dict()])
            else:
                print_article(item, out)
    if failed:
        raise typer.Exit(EXIT_USAGE)


def _batch(home: Path | None, queries: Path | None, run: Path | None, limit: int, debug: bool) -> None:
    from index import NewsIndexError, open_index
    from index.batch import read_queries, run_batch

    if queries is None or run is None:
        fail("batch search needs both --queries FILE and --run OUT", EXIT_USAGE)
    try:
        batch = read_queries(queries)
    except (OSError, ValueError) as exc:
        fail(f"cannot read queries from {queries}: {exc}", EXIT_USAGE, debug)
    try:
        ix = open_index(home_of(home))
    except NewsIndexError as exc:
        fail(str(exc), EXIT_INDEX, debug)
    failed = 0
    with run.open("w", encoding="utf-8") as handle:
        for item, lines in run_batch(ix, batch, limit=limit):
            if isinstance(lines, Exception):
                failed += 1
                err.print(f"query {item.qid} failed: {type(lines).__name__}: {lines}", style="yellow", markup=False)
                continue
            handle.writelines(line + "\n" for line in lines)
    err.print(f"{len(batch) - failed} of {len(batch)} queries run; wrote {run}", markup=False)


@app.command("eval")
def evaluate_run(
    run: Annotated[Path, typer.Option(help="TREC run file (qid Q0 docid rank score tag).")],
    qrels: Annotated[Path, typer.Option(help="TREC qrels file (qid 0 docid relevance).")],
    json_output: JsonOption = False,
) -> None:
    """nDCG@10, MRR@10 and Recall@100 of a run against relevance judgements."""
    from index.evaluation import evaluate, read_qrels, read_run
    from newsindex.render import print_json_lines

    try:
        scores = evaluate(read_run(run), read_qrels(qrels))
    except (OSError, ValueError) as exc:
        fail(f"cannot evaluate: {exc}", EXIT_USAGE)
    if json_output:
        print_json_lines([scores])
    else:
        out.print("  ".join(f"{k} {v}" for k, v in scores.items()), markup=False)


@app.command()
def web(
    home: HomeOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    store: StoreOption = None,
    debug: DebugOption = False,
) -> None:
    """Serve the search page (and its JSON endpoints) for the home's index; read-only."""
    from newsindex.web import serve

    setup_logging(debug)
    out.print(f"newsindex web on http://{host}:{port}/ for {home_of(home)} (Ctrl+C stops)")
    serve(home_of(home), host, port)
