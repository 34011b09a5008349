"""Start `brevlint serve` as a real process on a free loopback port (for the process,
load and browser tests); output goes to files so tests can inspect the logs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(tmp: Path, *args: str, env: dict | None = None, scheme: str = "http", timeout: float = 120):
    port = free_port()
    out, err = tmp / "server.stdout", tmp / "server.stderr"
    cmd = [sys.executable, "-m", "linter.cli", "serve", "--port", str(port), *args]
    with open(out, "wb") as o, open(err, "wb") as e:
        proc = subprocess.Popen(cmd, stdout=o, stderr=e, env={**os.environ, **(env or {})})
    base = f"{scheme}://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}: {err.read_text()[-2000:]}")
            try:
                if httpx.get(f"{base}/health", timeout=2, verify=False).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start in time")
            time.sleep(0.3)
        yield base, proc, out, err
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def rss_tree_kib(pid: int) -> int:
    """RSS of a process and its descendants (the server's analysis processes, uvicorn's workers)."""
    total = rss_kib(pid)
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        total += sum(rss_tree_kib(int(c)) for c in children)
    return total
