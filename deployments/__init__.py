"""Prefect deployment definitions: ``prefect.yaml`` for a server with a work pool, and
``serve.py`` for a single machine with no worker."""
