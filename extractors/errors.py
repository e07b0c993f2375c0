"""Exceptions raised by the extractors.

ExtractionError          the input cannot become an article; the message is one line
"""

__all__ = ["ExtractionError"]


class ExtractionError(Exception):
    """A file that cannot be turned into an article, with a one-line reason."""

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        self.reason = " ".join(reason.split())
        self.source = source
        super().__init__(f"{source}: {self.reason}" if source else self.reason)
