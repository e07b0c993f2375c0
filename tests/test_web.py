"""``newsindex web`` over HTTP: the page, the JSON endpoints, escaping, and no server errors."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsindex.cli import app
from tests.fuzzing import fuzz_queries

SAMPLE_ID = "gyeonggi-biocom-2024-05-16.txt"


def get(base: str, path: str, **params: str) -> tuple[int, str]:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_results_page_highlights_hits_and_counts_facets(web_server: str) -> None:
    status, page = get(web_server, "/", q="바이오")
    assert status == 200
    assert re.search(r'id="summary">2 articles', page)  # the sample and the hostile article
    assert "<mark>바이오</mark>" in page
    assert 'class="paired">↔' in page  # the sample's English translation beside its Korean hit
    facets = page[page.index('id="facets"') : page.index('id="hits"')]
    assert ">2024-05</a>" in facets and "강대웅" in facets and "수원" in facets


def test_filters_paging_and_facet_links_narrow_the_results(web_server: str) -> None:
    _, english = get(web_server, "/", q="바이오 OR partnership", lang="en")
    assert re.search(r'id="summary">2 articles', english)
    _, by_reporter = get(web_server, "/", q="바이오", reporter="강대웅")
    assert re.search(r'id="summary">1 article ', by_reporter) and SAMPLE_ID in by_reporter
    _, first = get(web_server, "/", q="바이오", limit="1")
    _, second = get(web_server, "/", q="바이오", limit="1", page="2")
    assert 'id="next"' in first and 'id="previous"' in second
    assert re.findall(r'href="/article/([^"]+)"', first) != re.findall(r'href="/article/([^"]+)"', second)


def test_the_json_endpoint_returns_what_the_cli_prints(web_server: str, web_home: Path) -> None:
    status, body = get(web_server, "/api/search", q="바이오", limit="5")
    assert status == 200
    found = json.loads(body)
    cli = CliRunner().invoke(app, ["search", "바이오", "--json", "--limit", "5", "--home", str(web_home)])
    printed = [json.loads(line) for line in cli.stdout.splitlines()]
    assert found["total"] == 2 and found["hits"] == printed
    assert found["facets"]["reporters"] and found["facets"]["months"]


def test_the_article_page_sets_translations_side_by_side(web_server: str) -> None:
    status, page = get(web_server, f"/article/{SAMPLE_ID}")
    assert status == 200 and "김동연, 미국 내 최대 바이오협회" in page
    assert len(re.findall(r'<td lang="ko">', page)) == 18  # the sample's 18 translation pairs
    status, body = get(web_server, f"/api/article/{SAMPLE_ID}")
    assert status == 200 and json.loads(body)["reporters"] == ["강대웅"]
    assert get(web_server, "/article/no-such-article")[0] == 404
    missing = json.loads(get(web_server, "/api/article/no-such-article")[1])
    assert missing == {"error": "no article with id 'no-such-article'"}


def test_markup_from_articles_is_shown_as_text(web_server: str) -> None:
    _, page = get(web_server, "/", q="지원책")
    _, article = get(web_server, "/article/hostile.txt")
    for html in (page, article):
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>굵게" not in html
        assert "&lt;script&gt;alert(" in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "바이오", "since": "2024-13-01"}, "since: &#39;2024-13-01&#39; is not a date (YYYY-MM-DD)"),
        ({"q": "바이오", "lang": "fr"}, "lang must be ko or en, not &#39;fr&#39;"),
        ({"q": "바이오", "page": "0"}, "page must be a whole number from 1, not &#39;0&#39;"),
        ({"q": "바이오", "sort": "oldest"}, "sort must be relevance or newest"),
    ],
)
def test_a_bad_request_gets_one_line_and_status_400(web_server: str, params: dict, message: str) -> None:
    status, page = get(web_server, "/", **params)
    assert status == 400 and message in page and "Traceback" not in page
    status, body = get(web_server, "/api/search", **params)
    assert status == 400 and len(json.loads(body)["error"].splitlines()) == 1


def test_a_thousand_fuzzed_queries_give_no_server_error(web_server: str) -> None:
    statuses: dict[int, int] = {}
    for query in fuzz_queries(1000):
        status, page = get(web_server, "/", q=query)
        statuses[status] = statuses.get(status, 0) + 1
        assert status in (200, 400), (query, status, page[-500:])
        assert "Traceback" not in page
    assert statuses.get(200, 0) > 50, statuses
