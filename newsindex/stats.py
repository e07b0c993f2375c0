"""Figures about the live index and the record store, for ``newsindex stats``."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from index import generations
from index.errors import IndexCorruptError
from index.schema import load_stored
from index.writer import open_index
from newsindex.store import RecordStore

__all__ = ["collect_stats"]


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def collect_stats(home: Path) -> dict[str, Any]:
    """Raises IndexMissingError / IndexCorruptError when the live index cannot be read."""
    ix = open_index(home)
    generation = generations.live_generation(home)
    assert generation is not None
    try:
        with ix.searcher() as searcher:
            figures = _index_figures(searcher)
            figures["segments"] = len(ix._segments())
    except Exception as exc:
        raise IndexCorruptError(f"index {generation} cannot be read ({type(exc).__name__}: {exc})") from None
    finally:
        ix.close()
    with RecordStore(home) as store:
        figures.update(
            records=store.count(),
            quarantined=len(store.quarantined()),
            quarantine=[list(q) for q in store.quarantined()[:50]],
            last_ingest=store.last_run("ingest"),
            record_store_bytes=store.size_bytes(),
        )
    figures.update(
        generation=generation.name,
        generations=[g.name for g in generations.generations(home)],
        build=generations.read_build_info(generation),
        index_bytes=_dir_size(generation),
    )
    return figures


def _index_figures(searcher: Any) -> dict[str, Any]:
    langs: Counter[str] = Counter()
    months: Counter[str] = Counter()
    reporters: Counter[str] = Counter()
    locations: Counter[str] = Counter()
    agencies: Counter[str] = Counter()
    for stored in searcher.all_stored_fields():
        meta = load_stored(stored)
        langs.update(meta.get("langs") or [])
        if meta.get("published"):
            months[meta["published"][:7]] += 1
        reporters.update(meta.get("reporters") or [])
        locations.update([meta["location"]] if meta.get("location") else [])
        agencies.update([meta["agency"]] if meta.get("agency") else [])
    return {
        "articles": searcher.doc_count(),
        "by_lang": dict(langs.most_common()),
        "by_month": dict(sorted(months.items())),
        "top_reporters": reporters.most_common(10),
        "top_locations": locations.most_common(10),
        "top_agencies": agencies.most_common(10),
    }
