"""Time-partitioned shards: the same answers as one index, one shard rebuilt under live search."""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bench.corpus import generate
from extractors import extract_file
from index import open_index, search
from index.errors import IndexCorruptError
from index.schema import load_stored
from index.shards import ShardedIndex
from index.writer import IndexSettings, delete_articles, write_articles
from newsindex.cli import app
from newsindex.pipeline import run_ingest
from newsindex.reindex import rebuild_shard
from newsindex.store import RecordStore
from tests.processes import SEARCH_LOOP, python_process

QUERIES = ["바이오", "반도체 수출", '"경제 성장"', "partnership", "서울 시장", "정부 정책 발표", "대통령 OR 국회"]


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same 300 generated articles (twelve months of 2024) as one index and as month shards."""
    work = tmp_path_factory.mktemp("shards")
    generate(work / "corpus", 300)
    homes = {"one": work / "one", "months": work / "months"}
    run_ingest([str(work / "corpus")], homes["one"], IndexSettings(), batch_size=100)
    run_ingest([str(work / "corpus")], homes["months"], IndexSettings(shard_by="month"), batch_size=100)
    return homes


@pytest.fixture(scope="module")
def indexes(homes: dict[str, Path]):
    opened = {name: open_index(home) for name, home in homes.items()}
    yield opened
    for ix in opened.values():
        ix.close()


@pytest.mark.parametrize("query", QUERIES)
def test_scores_do_not_depend_on_the_shard_layout(indexes, query: str) -> None:
    one, months = (search(indexes[name], query, limit=1000) for name in ("one", "months"))
    assert one.total == months.total > 0
    assert [h.id for h in one.hits[:10]] == [h.id for h in months.hits[:10]]
    scores = {h.id: h.score for h in months.hits}
    assert all(abs(scores[h.id] - h.score) < 1e-6 for h in one.hits)


def test_each_article_is_in_the_shard_of_its_month(indexes) -> None:
    months = indexes["months"]
    assert isinstance(months, ShardedIndex)
    assert [n for n in months.shard_names() if n != "undated"] == [f"2024-{m:02d}" for m in range(1, 13)]
    for name in months.shard_names():
        with months.shard(name).searcher() as searcher:
            published = {(load_stored(f).get("published") or "undated")[:7] for f in searcher.all_stored_fields()}
        assert published == {name}
    assert months.doc_count() == indexes["one"].doc_count() == 300


@pytest.mark.parametrize(
    "options",
    [
        {"sort": "newest", "limit": 7},
        {"sort": "newest", "limit": 5, "offset": 20},
        {"lang": "en", "limit": 20},
        {"since": date(2024, 3, 1), "until": date(2024, 4, 30), "limit": 50},
        {"limit": 10, "offset": 10},
    ],
)
def test_sorting_paging_and_filters_span_the_shards(indexes, options: dict) -> None:
    one, months = (search(indexes[name], "경제 OR economy", **options) for name in ("one", "months"))
    assert one.total == months.total > 0
    assert [(h.id, h.published) for h in one.hits] == [(h.id, h.published) for h in months.hits]


def test_an_article_whose_date_changes_moves_to_its_new_shard(tmp_path: Path, sample_path: Path) -> None:
    from newsindex.pipeline import ensure_index

    settings = IndexSettings(shard_by="month")
    ensure_index(tmp_path, settings)
    ix = open_index(tmp_path, settings)
    article = extract_file(sample_path)
    write_articles(ix, [article])
    write_articles(ix, [replace(article, published="2023-01-02T09:00:00+09:00", content_hash="later")])
    assert isinstance(ix, ShardedIndex) and ix.shards_holding([article.id]) == {"2023-01": [article.id]}
    assert ix.doc_count() == 1
    delete_articles(ix, [article.id])
    assert ix.doc_count() == 0 and search(ix, "바이오").total == 0
    ix.close()


def test_one_shard_is_rebuilt_under_live_search(homes: dict[str, Path], tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(homes["months"], home)
    searcher = python_process(SEARCH_LOOP, str(home), "12")
    time.sleep(2)  # let the searcher load Kiwi before the first switch
    rebuilt = []
    with RecordStore(home) as store:
        while searcher.poll() is None and len(rebuilt) < 4:
            rebuilt.append(rebuild_shard(home, store, IndexSettings.resolve(home), "2024-03"))
    stdout, stderr = searcher.communicate(timeout=120)
    ok, failed = map(int, stdout.split())
    assert len(rebuilt) >= 2 and failed == 0 and ok > 0, stderr
    assert all(report.articles == rebuilt[0].articles > 0 for report in rebuilt)
    before, after = open_index(homes["months"]), open_index(home)
    assert after.doc_count() == 300
    ranked = [[h.id for h in search(ix, "바이오", limit=300).hits] for ix in (before, after)]
    assert ranked[0] == ranked[1]
    before.close()
    after.close()


def test_a_damaged_shard_is_reported_on_open(homes: dict[str, Path], tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(homes["months"], home)
    ix = open_index(home)
    shard = ix.root / "2024-07"
    ix.close()
    for toc in shard.glob("*.toc"):
        toc.write_bytes(b"not a table of contents")
    with pytest.raises(IndexCorruptError, match="shard 2024-07"):
        open_index(home)


def test_the_cli_shards_reindexes_one_shard_and_changes_the_layout(
    prefect_harness: None, examples_dir: Path, tmp_path: Path
) -> None:
    def run(*args: str) -> str:
        result = CliRunner().invoke(app, [*args, "--home", str(tmp_path)])
        assert result.exit_code == 0, result.stderr
        return result.stdout

    run("ingest", str(examples_dir), "--shard-by", "month")
    assert json.loads(run("stats", "--json"))["shards"] == ["2024-05", "2024-06"]
    refused = CliRunner().invoke(app, ["ingest", str(examples_dir), "--shard-by", "year", "--home", str(tmp_path)])
    assert refused.exit_code == 3 and "reindex --shard-by year" in refused.stderr
    run("reindex", "--shard", "2024-05")
    assert "바이오" in run("search", "바이오", "--json")
    run("reindex", "--shard-by", "none")
    assert json.loads(run("stats", "--json"))["shards"] == []
    assert "바이오" in run("search", "바이오", "--json")
