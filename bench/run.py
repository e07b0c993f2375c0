"""Run the benchmarks and write bench/RESULTS.md.

    python -m bench.run --count 2000              # make bench-quick
    python -m bench.run --count 10000 --count 100000

Every ratio compares two measurements taken in the same run on the same machine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.corpus import generate
from bench.queries import query_sets

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
ROOT = Path(__file__).resolve().parent.parent


def _python(code: str, *args: str, env: dict[str, str] | None = None) -> tuple[float, str, int]:
    """Run ``code`` in a new interpreter: (wall seconds, stdout, peak RSS in KiB)."""
    started = time.perf_counter()
    wrapper = (
        "import resource, sys\n" + code + "\n"
        "print('PEAK_KIB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, check=False)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"benchmark step failed:\n{done.stderr[-3000:]}")
    peak = next((int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK_KIB")), 0)
    return time.perf_counter() - started, done.stdout, peak


PLAIN_INGEST = """
import json, sys, time
from pathlib import Path
from index.writer import IndexSettings
from newsindex.pipeline import run_ingest
started = time.perf_counter()
summary = run_ingest([sys.argv[1]], Path(sys.argv[2]), IndexSettings(), batch_size=200)
print(json.dumps({"seconds": time.perf_counter() - started, "indexed": summary["indexed"],
                  "index_seconds": summary["timings"]["index"]}))
"""


def benchmark_home(count: int, work: Path) -> tuple[Path, Path, dict[str, Any]]:
    """The corpus and home of ``count`` generated articles under ``work`` and the plain ingest's
    figures: built here, unless an earlier run left them complete there (``--keep DIR``: the
    100,000-article home takes the better part of an hour; the query benches can share it)."""
    corpus, home = work / f"corpus-{count}", work / f"home-{count}"
    done = home / "bench-ingest.json"
    if done.is_file():
        return corpus, home, json.loads(done.read_text(encoding="utf-8"))
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)
    generate(corpus, count)
    _, out, _ = _python(PLAIN_INGEST, str(corpus), str(home))
    done.write_text(out, encoding="utf-8")
    return corpus, home, json.loads(out)


def measure_on_home(
    doc: str, prefix: str, measure: Callable[[int, Path], dict[str, Any]]
) -> tuple[int, dict[str, Any]]:
    """Parse a query bench's ``--count`` and ``--keep DIR`` and run ``measure(count, work)``
    in ``DIR`` (created, kept: see :func:`benchmark_home`) or in a temporary directory."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the corpus and home here")
    args = parser.parse_args()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    place = tempfile.TemporaryDirectory(prefix=prefix) if args.keep is None else contextlib.nullcontext(args.keep)
    with place as work:
        return args.count, measure(args.count, Path(work))


# Raw Kiwi again, right after the plain ingest, on every fifth of the Korean texts it indexed (scaled by
# characters): with the full run before the ingest, a baseline on each side of the indexing it is
# compared with, so the machine's drift over those minutes cancels in their mean.
KIWI_AFTER_INGEST = """
import json, sys, time
from pathlib import Path
from bench.kiwi_timing import batch_seconds, korean_texts
from index import kiwi_model
from newsindex.store import RecordStore
with RecordStore(Path(sys.argv[1])) as store:
    texts = [t for chunk in store.iter_all() for t in korean_texts(chunk)]
sample = texts[::5]
kiwi = kiwi_model.get_kiwi()
list(kiwi.tokenize(sample[:20]))
seconds = batch_seconds(kiwi, sample) * sum(map(len, texts)) / max(1, sum(map(len, sample)))
print(json.dumps({"kiwi_batch_seconds_after": seconds}))
"""

FLOW_INGEST = """
import json, sys, time
from pathlib import Path
from newsindex.settings import configure_prefect
configure_prefect(Path(sys.argv[2]))
from flows.ingest import ingest
started = time.perf_counter()
summary = ingest(paths=[sys.argv[1]], home=sys.argv[2], batch_size=200)
print(json.dumps({"seconds": time.perf_counter() - started, "in_flow": summary["timings"]["total"],
                  "indexed": summary["indexed"]}))
"""

EXTRACT_AND_ANALYSE = """
import json, sys, time
_WARM_UP_FILES = 20
_CHUNK_FILES = 50
_KIWI_SAMPLE_EVERY = 20
from pathlib import Path
from newsindex.pipeline import discover
from extractors import iter_extract
from bench.kiwi_timing import batch_seconds, korean_texts
from index import kiwi_model
files = discover([sys.argv[1]])
def extract(some):
    return [a for f in some for a in iter_extract(f.path, root=f.root) if not isinstance(a, Exception)]
kiwi = kiwi_model.get_kiwi()  # bare Kiwi calls: no conversion of its tokens
# One-time costs (the HTML and date libraries' imports, compiled patterns, Kiwi's first calls) are
# not per article: the first files are extracted and analysed untimed.
warm = extract(files[:_WARM_UP_FILES])
for text in korean_texts(warm)[:_WARM_UP_FILES]:
    kiwi.tokenize(text)
# Extraction and Kiwi take turns, a chunk of files each, so that both meet the same load on a shared
# machine: their ratio is the figure, and timing one after the other made it swing by half.
articles, extract_seconds, kiwi_seconds, sampled_chars = list(warm), 0.0, 0.0, 0
for start in range(_WARM_UP_FILES, len(files), _CHUNK_FILES):
    started = time.perf_counter()
    chunk = extract(files[start:start + _CHUNK_FILES])
    extract_seconds += time.perf_counter() - started
    articles += chunk
    sample = korean_texts(chunk)[::_KIWI_SAMPLE_EVERY]
    started = time.perf_counter()
    for text in sample:
        kiwi.tokenize(text)
    kiwi_seconds += time.perf_counter() - started
    sampled_chars += sum(map(len, sample))
timed = len(articles) - len(warm)
extract_seconds *= len(articles) / max(1, timed)
texts = korean_texts(articles)
korean_chars = sum(map(len, texts))
single_seconds = kiwi_seconds * korean_chars / max(1, sampled_chars)
kiwi_batch = batch_seconds(kiwi, texts)
raw_bytes = sum(f.path.stat().st_size for f in files)
print(json.dumps({"articles": len(articles), "extract_seconds": extract_seconds, "kiwi_batch_seconds": kiwi_batch,
                  "kiwi_single_seconds": single_seconds, "korean_chars": korean_chars,
                  "text_bytes": sum(len(((a.title or "") + a.body_ko + a.body_en).encode()) for a in articles),
                  "raw_bytes": raw_bytes}))
"""

QUERIES = """
import json, sys, time, statistics
from pathlib import Path
from index import open_index, search
sets = json.loads(sys.argv[2])
ix = open_index(Path(sys.argv[1]))
search(ix, "바이오")  # warm: model, caches, OS page cache
out = {}
for name, queries in sets.items():
    times = []
    for item in queries:
        started = time.perf_counter()
        search(ix, item["q"], **item.get("filters", {}))
        times.append(time.perf_counter() - started)
    times.sort()
    p50, p95, p99 = (times[min(len(times) - 1, int(len(times) * share))] for share in (0.5, 0.95, 0.99))
    out[name] = {"n": len(times), "p50_ms": 1000 * p50, "p95_ms": 1000 * p95, "p99_ms": 1000 * p99}
print(json.dumps(out))
"""


def _cold_search(home: Path, runs: int = 5) -> dict[str, float]:
    newsindex = str(Path(sys.executable).parent / "newsindex")
    bare = "from kiwipiepy import Kiwi; Kiwi().tokenize('바이오')"
    cli, kiwi = [], []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([newsindex, "search", "바이오산업", "--home", str(home)], capture_output=True, check=False)
        cli.append(time.perf_counter() - started)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", bare], capture_output=True, check=True)
        kiwi.append(time.perf_counter() - started)
    return {"cli_s": statistics.median(cli), "bare_kiwi_s": statistics.median(kiwi)}


def _dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


SKIPPABLE = ("rerun", "flow")


def measure(count: int, work: Path, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    corpus = work / f"corpus-{count}"
    generate(corpus, count)
    figures: dict[str, Any] = {"count": count}
    _, out, _ = _python(EXTRACT_AND_ANALYSE, str(corpus))
    figures.update(json.loads(out))
    plain_home, flow_home = work / f"plain-{count}", work / f"flow-{count}"
    wall, out, peak = _python(PLAIN_INGEST, str(corpus), str(plain_home))
    plain = json.loads(out)
    figures.update(plain_seconds=plain["seconds"], plain_index_seconds=plain["index_seconds"],
                   ingest_peak_mib=peak / 1024)  # fmt: skip
    _, out, _ = _python(KIWI_AFTER_INGEST, str(plain_home))
    figures.update(json.loads(out))
    if "rerun" not in skip:
        _, out, _ = _python(PLAIN_INGEST, str(corpus), str(plain_home))
        figures["rerun_seconds"] = json.loads(out)["seconds"]
    if "flow" not in skip:
        wall, out, _ = _python(FLOW_INGEST, str(corpus), str(flow_home))
        flow = json.loads(out)
        figures.update(flow_seconds=flow["seconds"], flow_in_flow_seconds=flow["in_flow"], flow_process_seconds=wall)
    live = next((plain_home / "index").glob("gen-*"))
    figures["index_bytes"] = _dir_bytes(live)
    _, out, _ = _python(QUERIES, str(plain_home), json.dumps(query_sets(corpus)))
    figures["queries"] = json.loads(out)
    figures.update(_cold_search(plain_home))
    return figures


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def _per_second(run: dict[str, Any], key: str) -> str:
    return f"{run['korean_chars'] / run[key]:,.0f}" if key in run else "not measured"


def indexing_ratio(run: dict[str, Any]) -> str:
    """Indexing's throughput against raw Kiwi's, Kiwi timed on both sides of the ingest where it was
    (runs recorded before KIWI_AFTER_INGEST have the one before only)."""
    if "plain_index_seconds" not in run:
        return "not measured"
    after = run.get("kiwi_batch_seconds_after", run["kiwi_batch_seconds"])
    return _ratio((run["kiwi_batch_seconds"] + after) / 2, run["plain_index_seconds"])


def _ratio_of(run: dict[str, Any], numerator: str, denominator: str) -> str:
    return _ratio(run[numerator], run[denominator]) if numerator in run and denominator in run else "not measured"


def render(runs: list[dict[str, Any]], command: str, measured: str | None = None) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"- date: {measured or datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}",
        f"- command: `{command}`",
        "- corpus: `bench/corpus.py` (seed 7): Korean text from the konlpy wheel (constitution, bills) and the",
        "  examples; 55% Korean text (15% of those CP949, a quarter bilingual), 25% HTML, 20% English wire.",
        "",
        "| figure | target | " + " | ".join(f"{r['count']:,} articles" for r in runs) + " |",
        "| --- | --- | " + " | ".join("---" for _ in runs) + " |",
    ]

    def row(name: str, target: str, cell) -> None:
        lines.append(f"| {name} | {target} | " + " | ".join(cell(r) for r in runs) + " |")

    row("extraction, articles/s", "", lambda r: f"{r['articles'] / r['extract_seconds']:,.0f}")
    row(
        "extraction vs Kiwi (one thread), per article",
        ">= 5x faster",
        lambda r: f"{r['kiwi_single_seconds'] / r['extract_seconds']:.1f}x faster",
    )
    row("raw Kiwi batch analysis, chars/s", "", lambda r: f"{r['korean_chars'] / r['kiwi_batch_seconds']:,.0f}")
    row("indexing (index phase of ingest), chars/s", "", lambda r: _per_second(r, "plain_index_seconds"))
    row("indexing / raw Kiwi throughput", ">= 0.8", indexing_ratio)
    row("whole ingest (extract + index), chars/s", "", lambda r: f"{r['korean_chars'] / r['plain_seconds']:,.0f}")
    row("whole ingest / raw Kiwi throughput", "", lambda r: _ratio(r["kiwi_batch_seconds"], r["plain_seconds"]))
    flow_ratio = "Prefect ingest flow / plain pipeline"
    row(flow_ratio, "<= 1.15", lambda r: _ratio_of(r, "flow_in_flow_seconds", "plain_seconds"))
    row(
        "Prefect temporary server start-up, s (reported apart)",
        "",
        lambda r: f"{r['flow_seconds'] - r['flow_in_flow_seconds']:.1f}" if "flow_seconds" in r else "not measured",
    )
    row("unchanged re-run / first run", "<= 0.05", lambda r: _ratio_of(r, "rerun_seconds", "plain_seconds"))
    for name in ("single-term", "multi-term", "phrase", "filtered"):
        row(
            f"query p50 / p95 ms, {name}",
            "p95 < 50",
            lambda r, n=name: f"{r['queries'][n]['p50_ms']:.1f} / {r['queries'][n]['p95_ms']:.1f}",
        )
    row(
        "CLI cold search / bare Kiwi load + 1 analysis",
        "<= 1.3",
        lambda r: f"{_ratio(r['cli_s'], r['bare_kiwi_s'])} ({r['cli_s']:.2f} s / {r['bare_kiwi_s']:.2f} s)",
    )
    row("index size / raw input files", "<= 1.5", lambda r: f"{_ratio(r['index_bytes'], r['raw_bytes'])}")
    row("index size / extracted text (UTF-8)", "", lambda r: f"{_ratio(r['index_bytes'], r['text_bytes'])}")
    row("peak memory of ingest, MiB", "< 2048", lambda r: f"{r['ingest_peak_mib']:,.0f}")  # fmt: skip
    lines += ["", "Raw figures (JSON):", "", "```json", json.dumps(runs, indent=1), "```", ""]
    return "\n".join(lines)


def rerender(command: str, output: Path = RESULTS) -> None:
    """Write RESULTS.md again from the raw figures it holds (after a change of presentation)."""
    text = output.read_text(encoding="utf-8")
    raw = text.split("```json\n", 1)[1].split("\n```", 1)[0]
    measured = text.split("- date: ", 1)[1].split("\n", 1)[0]
    output.write_text(render(json.loads(raw), command, measured), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, action="append", help="articles (repeatable)")
    parser.add_argument("--keep", type=Path, help="keep corpora and indexes here")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--skip", action="append", choices=SKIPPABLE, default=[], help="leave out a step (repeatable)")
    args = parser.parse_args()
    counts = args.count or [2000]
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsindex-bench-"))
    runs = []
    try:
        for count in counts:
            print(f"measuring {count:,} articles in {work}", flush=True)
            runs.append(measure(count, work, frozenset(args.skip)))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    options = [*(f"--count {c}" for c in counts), *(f"--skip {step}" for step in args.skip)]
    command = "python -m bench.run " + " ".join(options)
    notes = notes_under_table(args.output.read_text(encoding="utf-8")) if args.output.exists() else ""
    args.output.write_text(render(runs, command) + (f"\n{notes}\n" if notes else ""), encoding="utf-8")
    print(args.output.read_text(encoding="utf-8"))


def notes_under_table(text: str) -> str:
    """The dated notes a results file holds under its table of figures: a new run replaces the
    header and the table, and keeps the history.

    >>> notes_under_table("# Results\\n\\n| figure | target |\\n| --- | --- |\\n\\n## Notes\\nkept")
    '## Notes\\nkept'
    """
    lines = text.splitlines()
    start = next((index for index, line in enumerate(lines) if line.startswith("| figure |")), None)
    if start is None:
        return ""
    end = next((index for index in range(start, len(lines)) if not lines[index].startswith("|")), len(lines))
    return "\n".join(lines[end:]).strip("\n")


if __name__ == "__main__":
    main()
