"""Scale-out figures: Dask workers doing the Kiwi work, and a month-sharded index against one.

    python -m bench.scale --count 10000                # make bench-scale
    python -m bench.scale --count 100000 --count 1000000   # make bench-1m (hours; see RESULTS.md)

For each size, in one run on one machine (every ratio compares two figures of that run):

- raw Kiwi on two worker processes: the corpus's Korean texts split in two, each half
  analysed by its own process with a loaded model (batch calls, tokens discarded);
- the Prefect ingest flow on a Dask LocalCluster of one and of two worker processes, into a
  month-sharded index (extraction and shard writing, Kiwi included, on the workers; the
  cluster's start and each worker's model load are part of the run);
- the plain pipeline into one index, for comparison;
- query p50/p95/p99 per query kind on the one index and on the sharded one, with the
  searcher's peak memory, and the sharded index's size against the raw input.

Prints a markdown table and the raw figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from bench.corpus import generate
from bench.queries import query_sets
from bench.run import PLAIN_INGEST, QUERIES, _dir_bytes, _python

RAW_KIWI_TWO = """
import json, sys, time
from concurrent.futures import ProcessPoolExecutor
from newsindex.pipeline import discover
from extractors import iter_extract
from index.schema import KOREAN_FIELDS, field_texts

def analyse(texts):
    from index import kiwi_model
    kiwi = kiwi_model.get_kiwi()
    kiwi.tokenize("준비")  # the model is loaded before the clock starts
    started = time.perf_counter()
    for start in range(0, len(texts), 2000):
        for tokens in kiwi.tokenize(texts[start:start + 2000]):
            pass
    return time.perf_counter() - started

if __name__ == "__main__":
    files = discover([sys.argv[1]])
    articles = [a for f in files for a in iter_extract(f.path, root=f.root) if not isinstance(a, Exception)]
    texts = [t for a in articles for f, t in field_texts(a).items() if f in KOREAN_FIELDS]
    with ProcessPoolExecutor(2) as pool:
        seconds = list(pool.map(analyse, [texts[0::2], texts[1::2]]))
    print(json.dumps({"articles": len(articles), "korean_chars": sum(map(len, texts)), "seconds": max(seconds),
                      "raw_bytes": sum(f.path.stat().st_size for f in files)}))
"""

DASK_INGEST = """
import json, sys, time
from pathlib import Path
from newsindex.settings import configure_prefect
configure_prefect(Path(sys.argv[2]))
from flows.ingest import ingest
from flows.runners import dask_runner
started = time.perf_counter()
flow = ingest.with_options(task_runner=dask_runner(workers=int(sys.argv[3])))
summary = flow(paths=[sys.argv[1]], home=sys.argv[2], batch_size=200, shard_by="month")
print(json.dumps({"seconds": time.perf_counter() - started, "indexed": summary["indexed"],
                  "writers": len(summary.get("index_processes", []))}))
"""


def measure(count: int, work: Path) -> dict[str, Any]:
    corpus = work / f"corpus-{count}"
    generate(corpus, count)
    figures: dict[str, Any] = {"count": count}
    _, out, _ = _python(RAW_KIWI_TWO, str(corpus))
    raw = json.loads(out)
    figures.update(articles=raw["articles"], raw_bytes=raw["raw_bytes"], raw_kiwi_two_seconds=raw["seconds"])
    for workers in (1, 2):
        _, out, _ = _python(DASK_INGEST, str(corpus), str(work / f"dask{workers}-{count}"), str(workers))
        figures[f"dask{workers}"] = json.loads(out)
    _, out, _ = _python(PLAIN_INGEST, str(corpus), str(work / f"one-{count}"))
    figures["one_seconds"] = json.loads(out)["seconds"]
    sets = json.dumps(query_sets(corpus))
    for layout, home in (("one", work / f"one-{count}"), ("months", work / f"dask2-{count}")):
        _, out, peak = _python(QUERIES, str(home), sets)
        figures[f"queries_{layout}"] = json.loads(out)
        figures[f"searcher_peak_mib_{layout}"] = peak / 1024
    live = work / f"dask2-{count}" / "index" / (work / f"dask2-{count}" / "index" / "CURRENT").read_text().strip()
    figures["sharded_index_bytes"] = _dir_bytes(live)
    figures["shards"] = len(list((live / "shards").iterdir()))
    return figures


def render(runs: list[dict[str, Any]]) -> str:
    lines = ["| figure | target | " + " | ".join(f"{r['count']:,} articles" for r in runs) + " |",
             "| --- | --- | " + " | ".join("---" for _ in runs) + " |"]  # fmt: skip

    def row(name: str, target: str, cell) -> None:
        lines.append(f"| {name} | {target} | " + " | ".join(cell(r) for r in runs) + " |")

    row("raw Kiwi on 2 processes, articles/s", "", lambda r: f"{r['articles'] / r['raw_kiwi_two_seconds']:,.0f}")
    for workers in (1, 2):
        row(f"ingest flow, Dask {workers} worker(s), articles/s", "",
            lambda r, w=workers: f"{r['articles'] / r[f'dask{w}']['seconds']:,.0f}")  # fmt: skip
    row("ingest with 2 workers / raw Kiwi on 2 processes", ">= 0.8",
        lambda r: f"{r['raw_kiwi_two_seconds'] / r['dask2']['seconds']:.2f}")  # fmt: skip
    row("2 workers / 1 worker (speed-up)", "", lambda r: f"{r['dask1']['seconds'] / r['dask2']['seconds']:.2f}x")
    row("plain pipeline, one index, articles/s", "", lambda r: f"{r['articles'] / r['one_seconds']:,.0f}")
    for kind in ("single-term", "multi-term", "phrase", "filtered", "newest"):
        for layout in ("one", "months"):
            row(f"query p50 / p95 / p99 ms, {kind}, {'one index' if layout == 'one' else 'month shards'}",
                "p95 < 50", lambda r, k=kind, la=layout: _latency(r[f"queries_{la}"].get(k)))  # fmt: skip
    row("searcher peak RSS MiB, one index / month shards", "< 2048",
        lambda r: f"{r['searcher_peak_mib_one']:,.0f} / {r['searcher_peak_mib_months']:,.0f}")  # fmt: skip
    row("sharded index size / raw input files", "<= 1.5",
        lambda r: f"{r['sharded_index_bytes'] / r['raw_bytes']:.2f} ({r['shards']} shards)")  # fmt: skip
    return "\n".join(lines)


def _latency(figures: dict[str, float] | None) -> str:
    if not figures:
        return "not measured"
    return f"{figures['p50_ms']:.1f} / {figures['p95_ms']:.1f} / {figures.get('p99_ms', float('nan')):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, action="append", help="articles (repeatable)")
    parser.add_argument("--keep", type=Path, help="keep corpora and indexes here")
    args = parser.parse_args()
    counts = args.count or [10000]
    with tempfile.TemporaryDirectory(prefix="newsindex-scale-") as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        runs = [measure(count, work) for count in counts]
    print(f"{os.cpu_count()} cores; `python -m bench.scale " + " ".join(f"--count {c}" for c in counts) + "`\n")
    print(render(runs))
    print("\n```json\n" + json.dumps(runs, indent=1) + "\n```")


if __name__ == "__main__":
    main()
