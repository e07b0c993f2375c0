"""Child Python processes for the concurrency tests: a search loop, and a way to start code."""

from __future__ import annotations

import subprocess
import sys
import textwrap

__all__ = ["SEARCH_LOOP", "python_process"]

# Searches ``home`` until ``seconds`` pass; prints how many searches found hits and how many failed.
SEARCH_LOOP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from index import open_index, search
    home, seconds = Path(sys.argv[1]), float(sys.argv[2])
    ok = failed = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            ix = open_index(home)
            hits = search(ix, "바이오").hits
            ix.close()
            ok += bool(hits)
            failed += not hits
        except Exception as exc:
            failed += 1
            print("FAILED", type(exc).__name__, exc, file=sys.stderr)
    print(ok, failed)
    """
)


def python_process(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)  # fmt: skip
