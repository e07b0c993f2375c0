"""Figures about the live index and the record store, for ``newsindex stats``."""

from __future__ import annotations

from collections import Counter
from datetime import UTC
from pathlib import Path
from typing import Any

from index import generations
from index.errors import IndexCorruptError
from index.schema import KST, load_stored
from index.shards import ShardedIndex
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
            figures["shards"] = ix.shard_names() if isinstance(ix, ShardedIndex) else []
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
            **store.story_counts(),
        )
    figures.update(
        generation=generation.name,
        generations=[g.name for g in generations.generations(home)],
        build=generations.read_build_info(generation),
        index_bytes=_dir_size(generation),
        all_generations_bytes=_dir_size(home / "index"),
        prefect_bytes=_dir_size(home / "prefect") if (home / "prefect").is_dir() else 0,
        home_bytes=_dir_size(home),
    )
    return figures


def _index_figures(searcher: Any) -> dict[str, Any]:
    """Counts read from the term dictionaries and the date column, not from the stored
    documents: ``stats`` stays fast at any size (decompressing 100,000 documents takes seconds)."""
    reader = searcher.reader()
    return {
        "articles": searcher.doc_count(),
        "by_lang": dict(_term_counts(reader, "lang").most_common()),
        "by_month": dict(sorted(_months(reader).items())),
        "top_reporters": _as_written(searcher, "reporters", _term_counts(reader, "reporters").most_common(10)),
        "top_locations": _as_written(searcher, "location", _term_counts(reader, "location").most_common(10)),
        "top_agencies": _as_written(searcher, "agency", _term_counts(reader, "agency").most_common(10)),
    }


def _term_counts(reader: Any, fieldname: str) -> Counter[str]:
    """Live articles per term of a keyword field (deleted ones that a merge has not yet
    dropped are left out)."""
    counts: Counter[str] = Counter()
    deletions = reader.has_deletions()
    for term in reader.lexicon(fieldname):
        if deletions:
            count = sum(1 for d in reader.postings(fieldname, term).all_ids() if not reader.is_deleted(d))
        else:
            count = reader.doc_frequency(fieldname, term)
        if count:
            counts[term.decode("utf-8")] = count
    return counts


def _months(reader: Any) -> Counter[str]:
    """Articles per month of publication, in Korean time (the column holds UTC)."""
    field = reader.schema["published"]
    missing = field.default_column().default_value()
    months: Counter[str] = Counter()
    for leaf, _base in reader.leaf_readers():
        if not leaf.has_column("published"):
            continue
        for docnum, value in enumerate(leaf.column_reader("published", translate=False)):
            if value != missing and not leaf.is_deleted(docnum):
                moment = field.from_column_value(value).replace(tzinfo=UTC).astimezone(KST)
                months[moment.strftime("%Y-%m")] += 1
    return months


def _as_written(searcher: Any, fieldname: str, counted: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Keyword fields are lowercased in the index; show each name as an article wrote it."""
    named = []
    for term, count in counted:
        docnum = searcher.document_number(**{fieldname: term})
        values = load_stored(searcher.stored_fields(docnum)).get(fieldname) if docnum is not None else None
        values = values if isinstance(values, list) else [values]
        named.append((next((v for v in values if v and v.lower() == term), term), count))
    return named
