"""``stats`` counts from the term dictionaries agree with the stored documents, deletions included."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

from bench.corpus import generate
from index import open_index
from index.schema import KST, load_stored
from index.writer import IndexSettings, delete_articles
from newsindex.pipeline import run_ingest
from newsindex.stats import _index_figures


def _from_stored_documents(searcher) -> dict:
    langs, months, reporters, locations, agencies = Counter(), Counter(), Counter(), Counter(), Counter()
    for fields in searcher.all_stored_fields():
        doc = load_stored(fields)
        langs.update(doc["langs"])
        if doc.get("published"):
            months[datetime.fromisoformat(doc["published"]).astimezone(KST).strftime("%Y-%m")] += 1
        reporters.update(doc.get("reporters") or [])
        locations.update([doc["location"]] if doc.get("location") else [])
        agencies.update([doc["agency"]] if doc.get("agency") else [])
    return {"by_lang": langs, "by_month": months, "reporters": reporters, "location": locations, "agency": agencies}


def test_stats_match_the_stored_documents(tmp_path: Path) -> None:
    generate(tmp_path / "corpus", 300)
    run_ingest([str(tmp_path / "corpus")], tmp_path / "home", IndexSettings(), batch_size=100)
    ix = open_index(tmp_path / "home")
    with ix.searcher() as searcher:
        doomed = [f["id"] for f in list(searcher.all_stored_fields())[::15]]
    delete_articles(ix, doomed)
    with ix.searcher() as searcher:
        assert searcher.reader().has_deletions()
        figures = _index_figures(searcher)
        truth = _from_stored_documents(searcher)
    ix.close()
    assert figures["articles"] == 300 - len(doomed)
    assert figures["by_lang"] == dict(truth["by_lang"])
    assert figures["by_month"] == dict(truth["by_month"])
    for name, key in (("reporters", "top_reporters"), ("location", "top_locations"), ("agency", "top_agencies")):
        top = figures[key]
        expected = {n.lower(): c for n, c in truth[name].items()}
        assert top and all(expected[n.lower()] == c and n in truth[name] for n, c in top), (name, top)
