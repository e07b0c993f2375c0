"""Batch retrieval for evaluation: natural-language queries ranked with all their terms ORed.

Batch queries are questions and headlines, not query syntax: ``?``, quotes and operators are
text here. Each is ranked as :func:`index.natural.natural_query` says, as interactive search
ranks plain words.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh.index import Index

from index.natural import natural_query
from index.search import ranked

__all__ = ["BatchQuery", "natural_query", "read_queries", "run_batch"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchQuery:
    qid: str
    text: str


_QID_KEYS = ("qid", "query_id", "_id", "id")
_TEXT_KEYS = ("query", "text", "question")


def read_queries(path: Path) -> list[BatchQuery]:
    """JSON Lines ``{"qid", "query"}`` (or BEIR's ``{"_id", "text"}``) or TSV ``qid<TAB>query``,
    chosen by content."""
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            record = json.loads(line)
            qid = next((record[k] for k in _QID_KEYS if k in record), number)
            text = next((record[k] for k in _TEXT_KEYS if k in record), "")
            queries.append(BatchQuery(str(qid), str(text)))
        else:
            qid, _, text = line.partition("\t")
            queries.append(BatchQuery(qid.strip(), text.strip()))
    return queries


def run_batch(
    ix: Index, queries: Iterable[BatchQuery], *, limit: int = 100, tag: str = "newsindex"
) -> Iterator[tuple[BatchQuery, list[str] | Exception]]:
    """Yield each query with its TREC run lines, or the exception that stopped it."""
    schema = ix.schema
    for item in queries:
        try:
            lines = [
                f"{item.qid} Q0 {docid} {rank} {score:.4f} {tag}"
                for rank, (docid, score) in enumerate(ranked(ix, natural_query(schema, item.text), limit), start=1)
            ]
        except Exception as exc:  # one bad query never stops the batch
            log.debug("query %s failed", item.qid, exc_info=True)
            yield item, exc
            continue
        yield item, lines
