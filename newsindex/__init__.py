"""newsindex: Korean and English news articles into a searchable Whoosh index."""

__all__ = ["__version__"]

__version__ = "0.1.0"
