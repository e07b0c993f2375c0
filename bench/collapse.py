"""What grouping a story's copies costs a search: the same queries collapsed and not, in one run.

    python -m bench.collapse --count 100000      # make bench-collapse

Generates and ingests ``count`` articles (plain pipeline; the store groups them as it stores
them; ``--keep DIR`` keeps or reuses them), then runs every query of the benchmark's query sets
in one process: once each way unmeasured (the first run of a query reads its hits' texts from
disk, whichever way it runs), then grouped (the default) and with ``group=False`` twice each,
alternating which goes first, so both see the same machine and the same caches. The bar: grouped
p95 at most 1.10x ungrouped, per query kind.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.queries import query_sets
from bench.run import _python, benchmark_home, measure_on_home

BAR = 1.10

ALTERNATED = """
import json, sys, time
from pathlib import Path
from index import open_index, search
sets = json.loads(sys.argv[2])
ix = open_index(Path(sys.argv[1]))
for group in (True, False):
    search(ix, "바이오", group=group)  # warm: model, caches (the story column), OS page cache
out = {}
for name, queries in sets.items():
    times = {True: [], False: []}
    for item in queries:
        for group in (True, False):  # unmeasured: the first run reads the hits' texts from disk
            search(ix, item["q"], group=group, **item.get("filters", {}))
        for order in ((True, False), (False, True)):
            for group in order:
                started = time.perf_counter()
                search(ix, item["q"], group=group, **item.get("filters", {}))
                times[group].append(time.perf_counter() - started)
    figures = {}
    for group, measured in times.items():
        measured.sort()
        p50, p95 = (measured[min(len(measured) - 1, int(len(measured) * s))] for s in (0.5, 0.95))
        figures["grouped" if group else "listed"] = {"p50_ms": 1000 * p50, "p95_ms": 1000 * p95}
    out[name] = figures
print(json.dumps(out))
"""

STORIES = """
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
articles, stories = db.execute("SELECT COUNT(*), COUNT(DISTINCT story) FROM stories").fetchone()
print(json.dumps({"articles": articles, "stories": stories}))
"""


def measure(count: int, work: Path) -> dict[str, Any]:
    corpus, home, ingest = benchmark_home(count, work)
    _, queries, _ = _python(ALTERNATED, str(home), json.dumps(query_sets(corpus)))
    _, stories, _ = _python(STORIES, str(home / "records.sqlite"))
    return {"count": count, "ingest": ingest, "stories": json.loads(stories), "queries": json.loads(queries)}


def main() -> None:
    count, figures = measure_on_home(__doc__, "newsindex-collapse-", measure)
    print(f"`python -m bench.collapse --count {count}`: {figures['stories']['stories']:,} stories "
          f"among {figures['stories']['articles']:,} articles\n")  # fmt: skip
    print("| query kind | grouped p50 / p95 ms | listed p50 / p95 ms | p95 ratio | bar |")
    print("| --- | --- | --- | --- | --- |")
    for name, both in figures["queries"].items():
        grouped, listed = both["grouped"], both["listed"]
        ratio = grouped["p95_ms"] / listed["p95_ms"]
        verdict = "met" if ratio <= BAR else "NOT met"
        print(f"| {name} | {grouped['p50_ms']:.1f} / {grouped['p95_ms']:.1f} | {listed['p50_ms']:.1f} / "
              f"{listed['p95_ms']:.1f} | {ratio:.2f} | {verdict} (<= {BAR}) |")  # fmt: skip
    print("\n```json\n" + json.dumps(figures, indent=1) + "\n```")


if __name__ == "__main__":
    main()
