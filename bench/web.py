"""The search page's latency, as a client on 127.0.0.1 sees it, beside the search it runs.

    python -m bench.web --count 10000        # make bench-web

Generates and ingests ``count`` articles (plain pipeline; ``--keep DIR`` keeps or reuses them),
starts ``newsindex web`` as a user would, then asks for a results page (facets included) and the
JSON endpoint for every query of the benchmark's query sets, one at a time, and times each
answer; in the same run, the same queries through ``index.search`` in one process (no facets, no
HTTP) give the ratio.
"""

from __future__ import annotations

import json
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from bench.queries import query_sets
from bench.run import QUERIES, _python, benchmark_home, measure_on_home


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _percentiles(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    pick = {share: times[min(len(times) - 1, int(len(times) * share))] for share in (0.5, 0.95, 0.99)}
    return {"p50_ms": 1000 * pick[0.5], "p95_ms": 1000 * pick[0.95], "p99_ms": 1000 * pick[0.99],
            "mean_ms": 1000 * statistics.fmean(times)}  # fmt: skip


def _client(base: str, sets: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, float]]:
    out = {}
    for path in ("/", "/api/search"):
        times = []
        for queries in sets.values():
            for item in queries:
                params = {"q": item["q"], **{k: str(v) for k, v in item.get("filters", {}).items()}}
                started = time.perf_counter()
                with urllib.request.urlopen(base + path + "?" + urllib.parse.urlencode(params), timeout=60) as answer:
                    answer.read()
                times.append(time.perf_counter() - started)
        out["page" if path == "/" else "json"] = _percentiles(times)
    return out


def measure(count: int, work: Path) -> dict[str, Any]:
    corpus, home, _ingest = benchmark_home(count, work)
    sets = query_sets(corpus)
    _, out, _ = _python(QUERIES, str(home), json.dumps(sets))
    direct = json.loads(out)
    port = _free_port()
    server = subprocess.Popen([str(Path(sys.executable).parent / "newsindex"), "web", "--home", str(home),
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        warm = base + "/?" + urllib.parse.urlencode({"q": "바이오"})  # the model, the caches
        for _ in range(600):
            try:
                urllib.request.urlopen(warm, timeout=60).read()
                break
            except OSError:
                time.sleep(0.2)
        client = _client(base, sets)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"count": count, "direct": direct, "client": client}


def main() -> None:
    count, figures = measure_on_home(__doc__, "newsindex-web-", measure)
    direct_p95 = max(v["p95_ms"] for v in figures["direct"].values())
    print(f"`python -m bench.web --count {count}`\n")
    print("| figure | target | value |\n| --- | --- | --- |")
    for name in ("page", "json"):
        f = figures["client"][name]
        print(f"| results {'page (HTML, facets)' if name == 'page' else 'JSON (facets)'} p50 / p95 / p99 ms, "
              f"all query kinds | p95 < 100 | {f['p50_ms']:.1f} / {f['p95_ms']:.1f} / {f['p99_ms']:.1f} |")  # fmt: skip
    print(f"| direct search p95 ms, worst query kind (same run) | | {direct_p95:.1f} |")
    print("\n```json\n" + json.dumps(figures, indent=1) + "\n```")


if __name__ == "__main__":
    main()
