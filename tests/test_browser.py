"""The search page in a real browser: Debian's Chromium, driven by Selenium through chromedriver.

The tests start the browser themselves (headless, a new profile, no background network);
nothing is downloaded. Without the Debian packages the tests fail and say how to get them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import Select, WebDriverWait

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "search-page.png"


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.fail(
            "the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver"
        )
    profile = tempfile.mkdtemp(prefix="newsindex-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-quic", "--window-size=1280,900", f"--user-data-dir={profile}"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _search(browser: webdriver.Chrome, base: str, text: str) -> None:
    browser.get(base + "/")
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)
    browser.find_element(By.ID, "go").click()
    WebDriverWait(browser, 30).until(ready.presence_of_element_located((By.ID, "summary")))


def test_a_korean_search_filtered_then_an_article_opened(browser: webdriver.Chrome, web_server: str) -> None:
    _search(browser, web_server, "바이오")
    assert browser.find_element(By.ID, "summary").text.startswith("2 articles")
    assert "바이오" in {mark.text for mark in browser.find_elements(By.TAG_NAME, "mark")}
    if os.environ.get("NEWSINDEX_SCREENSHOT"):  # refresh the README's picture of this page
        browser.save_screenshot(str(SCREENSHOT))

    Select(browser.find_element(By.ID, "lang")).select_by_value("en")
    browser.find_element(By.ID, "go").click()
    WebDriverWait(browser, 30).until(ready.text_to_be_present_in_element((By.ID, "summary"), "1 article"))
    assert "lang=en" in browser.current_url

    browser.find_element(By.CSS_SELECTOR, ".facet-reporters a").click()
    WebDriverWait(browser, 30).until(ready.url_contains("reporter="))
    browser.find_element(By.CSS_SELECTOR, "article.hit a.title").click()
    WebDriverWait(browser, 30).until(ready.presence_of_element_located((By.ID, "title")))
    assert browser.find_element(By.ID, "title").text.startswith("김동연, 미국 내 최대 바이오협회")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#body td[lang=en]")) == 18


def test_an_article_with_script_tags_runs_no_script(browser: webdriver.Chrome, web_server: str) -> None:
    _search(browser, web_server, "지원책")
    title = browser.find_element(By.CSS_SELECTOR, "article.hit a.title")
    assert title.text.startswith("<script>alert('title')</script>")
    title.click()
    WebDriverWait(browser, 30).until(ready.presence_of_element_located((By.ID, "title")))
    assert "<script>alert('body')</script>" in browser.find_element(By.ID, "body").text
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 (asking is the check: no script ran)


@pytest.fixture(scope="module")
def copies_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``newsindex web`` over real copies of one AP story and the other outlets' own reports."""
    import json

    from index.writer import IndexSettings
    from newsindex import pipeline
    from tests.conftest import serving

    work = tmp_path_factory.mktemp("copies")
    wanted = {"firstpost-jabs", "terreton-jabs", "gizmodo-jabs", "westernjournal-jabs", "plawiuk-jabs-followup"}
    data = Path(__file__).parent / "data" / "stories" / "copies.jsonl"
    (work / "in").mkdir()
    for item in map(json.loads, data.read_text(encoding="utf-8").splitlines()):
        if item["id"] in wanted:
            (work / "in" / f"{item['id']}.txt").write_text(item["text"], encoding="utf-8")
    pipeline.run_ingest([str(work / "in")], work / "home", IndexSettings())
    with serving(work / "home") as base:
        yield base


def test_copies_show_once_and_can_be_listed(browser: webdriver.Chrome, copies_server: str) -> None:
    _search(browser, copies_server, "Joints for Jabs")
    grouped = browser.find_elements(By.CSS_SELECTOR, "article.hit")
    also = browser.find_elements(By.CSS_SELECTOR, "article.hit .story a")
    assert len(grouped) == 4 and len(also) == 1
    copy_id = also[0].get_attribute("href").rsplit("/", 1)[-1]
    browser.find_element(By.ID, "ungroup").click()
    WebDriverWait(browser, 30).until(ready.url_contains("group=0"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.hit")) == 5
    browser.get(f"{copies_server}/article/{copy_id}")
    assert browser.find_element(By.ID, "copies").text.startswith("same story:")
