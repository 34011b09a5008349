"""A bounded load test of a real `brevlint serve` on 127.0.0.1: 1,200 mixed good and bad
requests from 32 concurrent clients. Zero 5xx, every bad request a 4xx JSON error, every
good request exactly the engine's findings for the same text (so concurrent requests
never mix results); RSS growth is reported, and bounded loosely (timings are not asserted)."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path

import pytest
from server_process import rss_tree_kib, running_server

pytestmark = [pytest.mark.slow, pytest.mark.server]

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_server", ROOT / "bench" / "server.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def test_load_mixed_requests(tmp_path, engine, capsys):
    with running_server(tmp_path, "--no-addin", "--log-level", "warning") as (base, proc, *_):
        asyncio.run(bench.run_load(base, bench.build_requests(40, seed=3, bad_share=0.2), 8))  # warm-up
        rss0 = rss_tree_kib(proc.pid)  # the server and its analysis process
        run = asyncio.run(bench.run_load(base, bench.build_requests(1200, seed=11, sentences=2, bad_share=0.6,
                                                                  distinct=60), 32))
        rss1 = rss_tree_kib(proc.pid)
    outcome = bench.verify(run["results"], engine)
    good = sum(1 for req, *_ in run["results"] if req["good"])
    with capsys.disabled():
        print(f"\nload: {len(run['results'])} requests ({good} good), {run['throughput']:.0f} req/s, "
              f"p50 {run['p50_ms']:.1f} ms, p99 {run['p99_ms']:.1f} ms, RSS {rss0} -> {rss1} KiB "
              f"(+{rss1 - rss0}); {outcome}")
    assert len(run["results"]) == 1200 and good > 400
    assert outcome == {"5xx": 0, "wrong": 0, "bad_error_shape": 0, "unanswered": []}
    assert rss1 - rss0 < 200 * 1024  # a leak of the letters' text would grow far beyond this
