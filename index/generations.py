"""Index generations under a home directory, and the pointer that names the live one.

    HOME/index/CURRENT        the live generation's name, replaced atomically (os.replace)
    HOME/index/gen-000001/    one complete Whoosh index and its build info (build.json)

Readers resolve CURRENT once and keep that generation open, so a switch never shows them a
partial index; a rebuild writes a new generation and then flips the pointer.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path
from typing import Any

__all__ = [
    "create_generation",
    "generations",
    "live_generation",
    "read_build_info",
    "remove_old_generations",
    "switch_to",
]

_POINTER = "CURRENT"
_GEN_RE = re.compile(r"^gen-(\d{6})$")
BUILD_INFO = "build.json"
_RETIRED = ".retired"


def index_root(home: Path) -> Path:
    return home / "index"


def generations(home: Path) -> list[Path]:
    """All generation directories, oldest first."""
    root = index_root(home)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and _GEN_RE.match(p.name))


def live_generation(home: Path) -> Path | None:
    """The generation the pointer names, or None when there is no index yet."""
    pointer = index_root(home) / _POINTER
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return index_root(home) / name if _GEN_RE.match(name) else None


def create_generation(home: Path, build_info: dict[str, Any]) -> Path:
    """A new, empty generation directory numbered after the newest one."""
    existing = generations(home)
    number = int(_GEN_RE.match(existing[-1].name).group(1)) + 1 if existing else 1  # type: ignore[union-attr]
    path = index_root(home) / f"gen-{number:06d}"
    path.mkdir(parents=True)
    write_build_info(path, build_info)
    return path


def write_build_info(generation: Path, info: dict[str, Any]) -> None:
    tmp = generation / f".{BUILD_INFO}.tmp"
    tmp.write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, generation / BUILD_INFO)


def read_build_info(generation: Path) -> dict[str, Any]:
    try:
        return json.loads((generation / BUILD_INFO).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def switch_to(home: Path, generation: Path) -> None:
    """Make ``generation`` live in one atomic step; the one it replaces is marked retired."""
    root = index_root(home)
    previous = live_generation(home)
    tmp = root / f".{_POINTER}.{os.getpid()}.tmp"
    tmp.write_text(generation.name + "\n", encoding="utf-8")
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, root / _POINTER)
    if previous is not None and previous != generation and previous.is_dir():
        (previous / _RETIRED).touch()


def remove_old_generations(home: Path, keep: int = 2, grace_seconds: float = 300.0) -> list[Path]:
    """Delete all but the live generation and the ``keep - 1`` newest others (for rollback).

    A generation is deleted only ``grace_seconds`` after it was retired: a search that read
    the pointer just before a switch opens its files a moment later, and must find them.
    """
    live = live_generation(home)
    others = [g for g in generations(home) if g != live]
    doomed = [g for g in others[: max(0, len(others) - (keep - 1))] if _retired_for(g) >= grace_seconds]
    for path in doomed:
        shutil.rmtree(path, ignore_errors=True)
    return doomed


def _retired_for(generation: Path) -> float:
    marker = generation / _RETIRED
    stamp = marker if marker.exists() else generation
    try:
        return time.time() - stamp.stat().st_mtime
    except FileNotFoundError:
        return 0.0
