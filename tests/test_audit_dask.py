"""`--engine dask` on a real LocalCluster(processes=True) on loopback: the same totals as `check` and
the local pool, a worker killed mid-run loses nothing, and resume works the same way."""

from __future__ import annotations

import json
import os
import signal
import time

import pytest
from audit_helpers import audit_totals, check_totals, cli, make_archive

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.usefixtures("private_cache")


def _cluster(n: int = 2):
    import logging

    return distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                                    dashboard_address=None, silence_logs=logging.ERROR)


def test_dask_totals_equal_check_and_local_then_resume(tmp_path):
    archive = make_archive(tmp_path / "arkiv")
    expected = check_totals(archive)
    local = tmp_path / "local"
    cli("audit", "run", str(archive), "--out", str(local), "--workers", "2")
    with _cluster() as cluster:
        out = tmp_path / "dask"
        res = cli("audit", "run", str(archive), "--out", str(out), "--scheduler", cluster.scheduler_address,
                  "--batch-size", "3")
        assert res.exit_code == 2 and "beskadiget.docx" in res.stderr  # the damaged letter, as with `check`
        assert audit_totals(out) == expected == audit_totals(local)
        run = json.loads((out / "summary.json").read_text())["run"]
        assert run["engine"] == "dask" and run["dask_workers"] == 2 and run["worker_peak_rss_mib"] > 50
        again = cli("audit", "run", str(archive), "--out", str(out), "--scheduler", cluster.scheduler_address)
        assert f"1 tjekket nu, {expected['letters'] - 1} uændrede" in again.output  # only the error letter again
        assert audit_totals(out) == expected


def test_local_cluster_from_the_command_line(tmp_path):
    archive = make_archive(tmp_path / "arkiv", n=4, bad=False)
    out = tmp_path / "out"
    res = cli("audit", "run", str(archive), "--out", str(out), "--engine", "dask", "--workers", "1")
    assert res.exit_code == 0, res.output
    assert audit_totals(out) == check_totals(archive)


def test_a_worker_killed_mid_run_loses_nothing(tmp_path):
    from linter.audit.dask_engine import run_dask
    from linter.audit.letter import Auditor
    from linter.audit.run import EngineChoice
    from linter.audit.sources import from_paths
    from linter.files import expand_paths
    from linter.runner import RunOptions

    archive = make_archive(tmp_path / "arkiv", n=40, bad=False)
    items = from_paths(expand_paths([str(archive)], [], []), b"salt")
    serial = Auditor(RunOptions(), b"salt").audit_batch(items)
    with _cluster() as cluster, distributed.Client(cluster) as client:
        killed: list[int] = []
        letters: list[dict] = []
        rules: list[dict] = []

        def on_batch(rows) -> None:
            letters.extend(rows[0])
            rules.extend(rows[1])
            if not killed:  # after the first batch: kill a worker that is busy with the next ones
                busy = [addr for addr, tasks in client.processing().items() if tasks]
                busy = busy or list(client.scheduler_info()["workers"])
                pids = client.run(os.getpid, workers=busy[:1])
                pid = next(iter(pids.values()))
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        auditor = Auditor(RunOptions(), b"salt")
        run_dask(auditor, items, EngineChoice(name="dask", workers=2, batch_size=2), on_batch, client=client)
        assert killed
        time.sleep(0.2)
        with pytest.raises(ProcessLookupError):
            os.kill(killed[0], 0)
    assert not [r for r in letters if r["error"]]
    key = lambda r: (r["letter"], r.get("rule", ""))  # noqa: E731
    assert sorted(letters, key=key) == sorted(serial[0], key=key)
    assert sorted(rules, key=key) == sorted(serial[1], key=key)
