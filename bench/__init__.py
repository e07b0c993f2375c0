"""Benchmarks: a deterministic corpus generator and the measurements behind bench/RESULTS.md."""
