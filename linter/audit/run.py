"""`brevlint audit run` as a function: sources -> letters to check -> engine -> store -> summary."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter.audit.engines import BatchRows, run_local
from linter.audit.letter import Auditor, check_key
from linter.audit.sources import LetterItem
from linter.audit.store import AuditStore
from linter.runner import RunOptions, _cacheable_bytes

STAGE_EVERY = 1000  # letters per staged Parquet file: what a crash can lose at most, in flight aside


@dataclass
class EngineChoice:
    name: str = "local"  # "local" or "dask"
    workers: int = 1
    scheduler: str | None = None
    batch_size: int = 16


@dataclass
class RunStats:
    letters: int = 0
    checked: int = 0
    skipped: int = 0
    errors: int = 0
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self, engine: EngineChoice) -> dict[str, Any]:
        rate = self.checked / self.seconds if self.seconds else None
        return {"engine": engine.name, "workers": engine.workers, "letters": self.letters,
                "checked_now": self.checked, "skipped": self.skipped, "errors_now": self.errors,
                "seconds": round(self.seconds, 2), "letters_per_second": round(rate, 1) if rate else None}


def _unchanged(auditor: Auditor, store: AuditStore, items: list[LetterItem]) -> set[str]:
    """Letters already in the dataset with the same content and rule set (checked in this process:
    hashing bytes is far cheaper than checking, and only letters seen before are read)."""
    done = store.done()
    same: set[str] = set()
    for item in items:
        old = done.get(item.letter)
        if old is None or item.problem:
            continue
        try:
            cfg = auditor.runner.config_for(item.path)
            data = _cacheable_bytes(item.path, cfg.limits.max_file_bytes)
        except Exception:  # noqa: BLE001 - unreadable now: check it again and let the worker say why
            continue
        if data is not None and check_key(store.salt, auditor.keys, item, data, cfg, auditor.runner.opts) == old:
            same.add(item.letter)
    return same


def audit_run(items_for_salt, out: Path, opts: RunOptions, engine: EngineChoice, *, force: bool = False,
              on_batch=None, progress: bool = False) -> tuple[dict[str, Any], RunStats]:
    """`items_for_salt(salt) -> list[LetterItem]`: the sources, hashed with this folder's salt."""
    start = time.monotonic()
    store = AuditStore(out, force=force)
    items: list[LetterItem] = []
    seen: set[str] = set()
    for item in items_for_salt(store.salt):
        if item.letter not in seen:  # the same letter twice in a manifest is checked once
            seen.add(item.letter)
            items.append(item)
    auditor = Auditor(opts, store.salt)
    stats = RunStats(letters=len(items))
    same = set() if force else _unchanged(auditor, store, items)
    todo = [i for i in items if i.letter not in same]
    stats.skipped = len(items) - len(todo)
    pending: BatchRows = ([], [])

    def flush() -> None:
        store.stage(*pending)
        pending[0].clear()
        pending[1].clear()

    def collect(rows: BatchRows) -> None:
        pending[0].extend(rows[0])
        pending[1].extend(rows[1])
        stats.checked += len(rows[0])
        stats.errors += sum(1 for r in rows[0] if r["error"])
        if len(pending[0]) >= STAGE_EVERY:
            flush()
        if progress:
            sys.stderr.write(f"\rbrevlint audit {stats.checked}/{len(todo)}")
            sys.stderr.flush()
        if on_batch is not None:
            on_batch(rows)

    if todo:
        if engine.name == "dask":
            from linter.audit.dask_engine import run_dask

            stats.extra = run_dask(auditor, todo, engine, collect)
        else:
            run_local(auditor, todo, workers=engine.workers, batch_size=engine.batch_size, on_batch=collect)
    flush()
    if progress and todo:
        sys.stderr.write("\n")
    store.merge()
    stats.seconds = time.monotonic() - start
    from linter.audit.queries import summary

    result = summary(out, stats.as_dict(engine) | stats.extra)
    store.write_summary(result)
    return result, stats


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
