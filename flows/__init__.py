"""Prefect flows that orchestrate the extractors and the index. Importing this package is
cheap; Prefect is imported by the flow modules themselves."""
