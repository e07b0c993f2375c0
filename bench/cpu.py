"""Where the indexing time goes: raw Kiwi against the writer, in CPU and wall seconds.

    python -m bench.cpu --count 3000

Generates a corpus, extracts it, then in one process measures raw Kiwi batch analysis of the
Korean texts and :func:`index.writer.write_stream` on the same articles (a new index in a
temporary directory), each with the process's CPU time. With both cores busy the ratio of the
two wall times is bounded by Kiwi's CPU over Kiwi's plus the writer's Python work.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.corpus import generate
from bench.kiwi_timing import batch_seconds, korean_texts
from extractors import iter_extract
from index import generations, kiwi_model
from index.writer import PREFETCH_DEPTH, SEGMENT_SIZE, IndexSettings, create_index, open_index, write_stream
from newsindex.pipeline import INDEX_CHUNK, discover
from newsindex.progress import ticking


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(work) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    cpu, wall = _cpu_seconds(), time.perf_counter()
    work()
    return time.perf_counter() - wall, _cpu_seconds() - cpu


_SAMPLE_SECONDS = 0.5


@contextmanager
def _cores_in_use(strip: list[float]) -> Iterator[None]:
    """Append to ``strip`` the cores this process kept busy in each half second of the block:
    where the writer runs alone (the final commit) the strip drops to one."""
    last = [time.perf_counter(), _cpu_seconds()]

    def sample() -> None:
        wall, cpu = time.perf_counter(), _cpu_seconds()
        strip.append((cpu - last[1]) / (wall - last[0]))
        last[:] = [wall, cpu]

    with ticking(_SAMPLE_SECONDS, sample):
        yield


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--segment-size", type=int, default=SEGMENT_SIZE, help="articles per commit")
    parser.add_argument("--depth", type=int, default=PREFETCH_DEPTH, help="chunks Kiwi analyses ahead")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsindex-cpu-"))
    generate(work / "corpus", args.count)
    files = discover([work / "corpus"])
    articles = [a for f in files for a in iter_extract(f.path, root=f.root) if not isinstance(a, Exception)]
    texts = korean_texts(articles)
    kiwi = kiwi_model.get_kiwi()
    kiwi.tokenize("준비")

    def raw() -> None:
        batch_seconds(kiwi, texts)

    segments: list[int] = []

    def index() -> None:
        generation = create_index(work / "home", IndexSettings())
        generations.switch_to(work / "home", generation)
        ix = open_index(work / "home")
        chunks = [articles[i : i + INDEX_CHUNK] for i in range(0, len(articles), INDEX_CHUNK)]
        nonlocal segments
        for _ids in write_stream(ix, chunks, segment_size=args.segment_size, depth=args.depth):
            pass
        segments = [s.doc_count_all() for s in ix._segments()]
        ix.close()

    raw_wall, raw_cpu = _timed(raw)
    strip: list[float] = []
    with _cores_in_use(strip):
        index_wall, index_cpu = _timed(index)
    cores = os.cpu_count() or 1
    print(json.dumps({
        "articles": len(articles),
        "segment_size": args.segment_size,
        "depth": args.depth,
        "segments": segments,
        "raw_kiwi": {"wall_s": round(raw_wall, 2), "cpu_s": round(raw_cpu, 2)},
        "index": {"wall_s": round(index_wall, 2), "cpu_s": round(index_cpu, 2)},
        "index_vs_raw_throughput": round(raw_wall / index_wall, 3),
        "writer_cpu_ms_per_article": round(1000 * (index_cpu - raw_cpu) / len(articles), 2),
        "best_ratio_with_cores_saturated": round(raw_cpu / index_cpu, 3),
        "index_idle_core_seconds": round(sum(max(0.0, cores - used) for used in strip) * _SAMPLE_SECONDS, 1),
        "index_cores_in_use_per_half_second": "".join(str(round(used)) for used in strip),
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
