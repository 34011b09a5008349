"""The Dask engine: the same per-letter function on a local cluster or an existing one.

A worker plugin builds the Auditor (rules, lexicons, spaCy pipeline) once per worker process, when
the worker joins; tasks are batches of letters. A failing letter is an error row (Auditor.audit
never raises). A worker that dies takes its running batches with it: the scheduler recomputes
them on another worker; a batch that kills workers again and again (Dask's allowed-failures) is
written as error rows "worker-lost" rather than stopping the audit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from linter.audit.engines import BatchRows, batches
from linter.audit.letter import Auditor, letter_row
from linter.audit.sources import LetterItem
from linter.runner import RunOptions

PLUGIN = "brevlint-audit"


class AuditorPlugin(WorkerPlugin):
    name = PLUGIN

    def __init__(self, opts: RunOptions, salt: bytes) -> None:
        self.opts, self.salt = opts, salt
        self.auditor: Auditor | None = None

    def setup(self, worker) -> None:
        self.auditor = Auditor(self.opts, self.salt)
        self.auditor.warm()


def audit_batch(items: list[LetterItem]) -> BatchRows:
    plugin = get_worker().plugins[PLUGIN]
    return plugin.auditor.audit_batch(items)


def _peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def open_client(engine) -> tuple[Client, LocalCluster | None]:
    if engine.scheduler:
        return Client(engine.scheduler, timeout="30s"), None
    cluster = LocalCluster(n_workers=engine.workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_dask(auditor: Auditor, items: list[LetterItem], engine, on_batch: Callable[[BatchRows], None], *,
             client: Client | None = None) -> dict[str, Any]:
    own = client is None
    cluster = None
    if own:
        client, cluster = open_client(engine)
    try:
        client.register_plugin(AuditorPlugin(auditor.runner.opts, auditor.salt), name=PLUGIN)
        workers = max(1, len(client.scheduler_info()["workers"]))
        pending = batches(items, engine.batch_size)
        window = workers * 4
        ac = as_completed()
        batch_of: dict[str, list[LetterItem]] = {}

        def submit(n: int) -> None:
            for batch in pending:
                fut = client.submit(audit_batch, batch, pure=False)
                batch_of[fut.key] = batch
                ac.add(fut)
                n -= 1
                if n <= 0:
                    return

        submit(window)
        for fut in ac:
            batch = batch_of.pop(fut.key)
            try:
                rows = fut.result()
            except Exception:  # noqa: BLE001 - KilledWorker after allowed-failures, a lost connection
                rows = ([letter_row(i, error="worker-lost") for i in batch], [])
            fut.release()
            on_batch(rows)
            submit(1)
        rss = client.run(_peak_rss_mib)
        return {"dask_workers": workers,
                "worker_peak_rss_mib": round(max(rss.values()), 1) if rss else None}
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
