"""Extractors: raw article files to typed :class:`Article` records.

Pure functions: nothing here writes, logs to a flow, or imports Prefect. Extraction of one
file depends only on its bytes (and its path, for the id), so it parallelises trivially.
"""

from extractors.article import (
    NO_TEXT_WARNING,
    SUPPORTED_SUFFIXES,
    ExtractOptions,
    extract_file,
    extract_text,
    iter_extract,
    looks_like_html,
)
from extractors.errors import ExtractionError
from extractors.record import Article, Lang, Paragraph

__all__ = [
    "NO_TEXT_WARNING",
    "SUPPORTED_SUFFIXES",
    "Article",
    "ExtractOptions",
    "ExtractionError",
    "Lang",
    "Paragraph",
    "extract_file",
    "extract_text",
    "iter_extract",
    "looks_like_html",
]
