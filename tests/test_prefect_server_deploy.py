"""deployments/prefect.yaml deploys against a real local ``prefect server start``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PREFECT = str(Path(sys.executable).parent / "prefect")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def prefect_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "DO_NOT_TRACK": "1", "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}  # fmt: skip
    server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("prefect server did not start in 120 s")
        yield env
    finally:
        server.terminate()
        server.wait(timeout=30)


def _prefect(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([PREFECT, "--no-prompt", *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=180, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_prefect_yaml_deploys_both_flows(prefect_server: dict[str, str]) -> None:
    env = {**prefect_server, "NEWSINDEX_PROJECT_DIR": str(ROOT)}
    _prefect(env, "work-pool", "create", "newsindex", "--type", "process")
    _prefect(env, "deploy", "--all", "--prefect-file", "deployments/prefect.yaml")
    listed = _prefect(env, "deployment", "ls")
    assert "ingest/ingest-scheduled" in listed and "reindex/reindex-on-demand" in listed
    inspected = _prefect(env, "deployment", "inspect", "ingest/ingest-scheduled")
    assert "*/15 * * * *" in inspected and "Asia/Seoul" in inspected
