"""Search filters, sorting, paging, errors and the read-only CLI commands on the examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index import QueryError, search
from newsindex.cli import app

SAMPLE = "gyeonggi-biocom-2024-05-16.txt"
HTML = "suwon-semiconductor-2024-06-03.html"
WIRE = "yonhap-wire-chips-2024-06-10.txt"


def ids(result) -> list[str]:
    return [h.id for h in result.hits]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, {SAMPLE, HTML, WIRE}),
        ({"lang": "en"}, {SAMPLE, WIRE}),
        ({"lang": "ko"}, {SAMPLE, HTML}),
        ({"since": "2024-06-01"}, {HTML, WIRE}),
        ({"until": "2024-06-03"}, {SAMPLE, HTML}),
        ({"since": "2024-06-04", "until": "2024-06-30"}, {WIRE}),
        ({"reporter": "강대웅"}, {SAMPLE}),
        ({"reporter": "lee min-ji"}, {WIRE}),
        ({"location": "수원"}, {SAMPLE, HTML}),
        ({"location": "seoul"}, {WIRE}),
        ({"agency": "Yonhap"}, {WIRE}),
        ({"agency": "경기일보"}, {HTML}),
    ],
)
def test_filters(ix, options: dict, expected: set[str]) -> None:
    assert set(ids(search(ix, "반도체 OR 바이오 OR partnership", **options))) == expected


def test_sort_newest_and_paging(ix) -> None:
    query = "반도체 OR 바이오 OR partnership"
    assert ids(search(ix, query, sort="newest")) == [WIRE, HTML, SAMPLE]
    pages = [ids(search(ix, query, sort="newest", limit=1, offset=n)) for n in range(3)]
    assert pages == [[WIRE], [HTML], [SAMPLE]]
    assert search(ix, query, limit=1).total >= 3


def test_title_matches_outrank_body_matches(ix) -> None:
    assert ids(search(ix, "반도체"))[0] == HTML  # in its title; the wire story has it in the body only


@pytest.mark.parametrize("query", ['""', "을", "published:[nonsense TO 2024]"])
def test_unsearchable_queries_raise_query_error_or_find_nothing(ix, query: str) -> None:
    try:
        result = search(ix, query)
    except QueryError as exc:
        assert "\n" not in str(exc)
    else:
        assert result.total == 0


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "400"})
    return result.exit_code, result.stdout, result.stderr


def test_cli_filters_explain_and_bad_options(sample_home: Path) -> None:
    code, stdout, stderr = run("search", "바이오산업", "--explain", "--home", str(sample_home))
    assert code == 0 and 'body_ko: "바이오 산업"' in stderr, stderr
    code, stdout, _ = run(
        "search", "partnership", "--lang", "ko", "--sort", "newest", "--json", "--home", str(sample_home)
    )
    assert code == 0 and [json.loads(line)["id"] for line in stdout.splitlines()] == [SAMPLE]
    assert run("search", "x", "--lang", "fr", "--home", str(sample_home))[0] == 2
    assert run("search", "x", "--since", "yesterday", "--home", str(sample_home))[0] == 2


def test_show_json_and_side_by_side(sample_home: Path) -> None:
    code, stdout, _ = run("show", SAMPLE, "--json", "--home", str(sample_home))
    record = json.loads(stdout)
    assert code == 0 and record["reporters"] == ["강대웅"] and len(record["paragraphs"]) == 36
    code, stdout, _ = run("show", SAMPLE, "--home", str(sample_home))
    line = next(x for x in stdout.splitlines() if "1800개" in x)
    assert "With more than 1,800" in line  # the translation stands in the same row
    assert run("show", "no-such-id", "--home", str(sample_home))[0] == 1


def test_stats_json(sample_home: Path) -> None:
    code, stdout, _ = run("stats", "--json", "--home", str(sample_home))
    figures = json.loads(stdout)
    assert code == 0
    assert (figures["articles"], figures["records"], figures["quarantined"]) == (3, 3, 0)
    assert figures["generation"].startswith("gen-") and figures["by_lang"]["ko"] == 2
    assert ["강대웅", 1] in figures["top_reporters"]


def test_extract_prints_json_lines_and_reports_failures(examples_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code, stdout, stderr = run("extract", *map(str, sorted(examples_dir.iterdir())), str(bad), "--json")
    records = [json.loads(line) for line in stdout.splitlines()]
    assert code == 2 and len(records) == 3 and "bad.txt" in stderr
    assert {r["id"] for r in records} == {SAMPLE, HTML, WIRE}


@pytest.mark.parametrize(
    ("query", "marked"), [("바이오*", "바이오"), ("partner*", "partnership"), ("일루미*", "일루미나")]
)
def test_wildcards_match_and_highlight_their_expansions(ix, query: str, marked: str) -> None:
    result = search(ix, query)
    assert SAMPLE in ids(result)
    hit = next(h for h in result.hits if h.id == SAMPLE)
    highlighted = {s.text[a:b] for s in hit.snippets for a, b in s.spans}
    assert any(text.lower().startswith(marked.lower()) for text in highlighted), highlighted


# Whoosh scores a matching NOT clause as a constant 1, which no term explains.
@pytest.mark.parametrize(
    ("query", "unexplained"), [("바이오산업 협력", 0), ("반도체 OR partnership", 0), ("바이오산업 NOT 로켓", 1)]
)
def test_explained_parts_add_up_to_each_score(ix, query: str, unexplained: float) -> None:
    result = search(ix, query, explain=True)
    assert result.hits
    for hit in result.hits:
        assert hit.explained, hit.id
        # A plain word is one part over the fields that have it ("title+body_ko").
        fields = {name for fieldname, _text, _score in hit.explained for name in fieldname.split("+")}
        assert fields <= {"title", "subtitles", "captions", "body_ko", "body_en"}
        assert all(score > 0 for *_, score in hit.explained)
        assert "로켓" not in {text for _f, text, _s in hit.explained}  # a negated term adds nothing
        assert sum(score for *_, score in hit.explained) + unexplained == pytest.approx(hit.score, rel=1e-6)
    assert not search(ix, query).hits[0].explained


def test_cli_explain_shows_each_terms_share_of_a_score(sample_home: Path) -> None:
    # Plain words rank as batch search does: each word (with the forms the index stacks for it,
    # 바이오 and 바이오산업) scored once over the fields that have it (BM25F); the sample has
    # 바이오 in its title and body, 산업 in its body only.
    code, stdout, _ = run("search", "바이오산업 협력", "--explain", "--home", str(sample_home))
    assert code == 0 and "title+subtitles+captions+body_ko:바이오/바이오산업 +" in stdout, stdout
    assert " body_ko:산업" in stdout, stdout
    # Query syntax ranks as written: here one phrase.
    code, stdout, _ = run("search", '"바이오산업"', "--explain", "--json", "--home", str(sample_home))
    hit = json.loads(stdout.splitlines()[0])
    assert hit["explained"][0][:2] == ["body_ko", "바이오 산업"], hit


@pytest.mark.parametrize(
    ("query", "having_all", "having_some"),
    [
        ("경기도 바이오산업", [SAMPLE], [HTML]),  # one article has both words: the other follows it
        ("바이오산업 협력?", [SAMPLE], [HTML, WIRE]),  # a question mark ending a word is punctuation
        ("수원 바이오", [], [SAMPLE, HTML]),  # none has both: the OR fallback, every hit partial
    ],
)
def test_plain_words_list_articles_with_all_of_them_first(ix, query, having_all, having_some) -> None:
    result = search(ix, query)
    assert [h.id for h in result.hits if h.all_words] == having_all
    assert {h.id for h in result.hits if not h.all_words} >= set(having_some[:1])
    assert result.fallback == (not having_all)
    assert result.total == (len(having_all) or len(result.hits))


def test_query_syntax_keeps_its_meaning(ix) -> None:
    assert [h.id for h in search(ix, "경기도 AND 바이오산업").hits] == [SAMPLE]
    assert all(h.all_words for h in search(ix, '"바이오 산업"').hits)


def test_hits_without_snippets_rank_as_with_them(ix) -> None:
    shown, bare = search(ix, "바이오", limit=5), search(ix, "바이오", limit=5, snippets=False)
    assert [(h.id, h.score) for h in bare.hits] == [(h.id, h.score) for h in shown.hits]
    assert any(s.spans for h in shown.hits for s in h.snippets)
    assert not any(s.spans for h in bare.hits for s in h.snippets)
