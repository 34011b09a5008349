"""The checking service: one Engine and Danish pipeline per worker process, analysis
in a bounded thread pool so the event loop never blocks.

The engine is pure Python on top of spaCy. spaCy's tokenizer cache and string store
and the lemmatizer memo are shared mutable state, and `nlp.memory_zone()` (which
frees the strings a letter added, so no letter words stay in the process) is not
re-entrant across threads, so one check at a time runs inside a lock. Under the GIL
threads give no CPU parallelism anyway; `--workers N` gives N analysis processes.

A request's whole job (building the Document, applying the limits, the check and the
response with its JSON) runs in one of `processes` child processes (linter/server/isolation.py,
AnalysisPool), awaited on the event loop: the event loop only moves bytes, a job that
overruns is killed, and N children analyse N letters at once."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import partial
from typing import TypeVar

from linter.config import Config
from linter.engine.engine import Engine
from linter.model import Document, FileResult
from linter.readers.limits import Limits
from linter.server.errors import ApiError
from linter.server.isolation import GRACE_SECONDS, AnalysisPool, JobTimeout, fork_available

T = TypeVar("T")


class CheckService:
    def __init__(self, cfg: Config | None = None, threads: int = 4, engine: Engine | None = None,
                 isolate: bool | None = None, processes: int = 1) -> None:
        self.cfg = cfg or Config()
        self.engine = engine or Engine.for_config(self.cfg)
        self.engine.pipeline  # noqa: B018 - build the Danish pipeline now, at start-up
        self.rule_ids = {r.id for r in self.engine.rules}
        self.sources = {r.id: {"document": (r.source or {}).get("document"), "quote": (r.source or {}).get("quote")}
                        for r in self.engine.rules}
        self.descriptions = {r.id: r.description or r.message_for("da") for r in self.engine.rules}
        self._lock = threading.Lock()
        isolate = fork_available() if isolate is None else isolate
        processes = max(1, processes) if isolate else 1
        # A thread waits for each job; at least one per analysis process, so all can be busy.
        self._executor = ThreadPoolExecutor(max_workers=max(1, threads, processes), thread_name_prefix="brevlint-check")
        # Last: the children are forked with the service as it is now (linter/server/isolation.py).
        self._isolation = AnalysisPool(self, processes) if isolate else None

    @property
    def isolated(self) -> bool:
        return self._isolation is not None

    @property
    def processes(self) -> int:
        """Letters analysed at once (the analysis processes; 1 without isolation)."""
        return self._isolation.size if self._isolation is not None else 1

    async def job(self, fn: Callable[..., bytes], *args, budget: float) -> bytes:
        """A request's whole job `fn(service, *args)` -> JSON bytes, in a free analysis process
        when there are any (awaited on the event loop); an overrun of `budget` (+ grace) is a
        503, never a partial answer."""
        if self._isolation is None:
            return await self.run(fn, self, *args)
        try:
            return await self._isolation.call_async(budget + GRACE_SECONDS, fn, *args)
        except JobTimeout:
            raise ApiError(503, "time-budget", f"the analysis did not finish within {budget:g} s "
                                               "(limits.time_budget_seconds); nothing was checked",
                           headers={"Retry-After": "5"}) from None

    def limits(self, max_paragraphs: int, max_characters: int, max_file_bytes: int | None = None) -> Limits:
        """The config's limits (`limits:`), tightened by the server's own request limits."""
        base = self.cfg.limits
        return replace(base, max_paragraphs=min(base.max_paragraphs, max_paragraphs),
                       max_characters=min(base.max_characters, max_characters),
                       max_file_bytes=min(base.max_file_bytes, max_file_bytes or base.max_file_bytes))

    def check_sync(self, doc: Document, **kw) -> FileResult:
        with self._lock:
            nlp = self.engine.pipeline.nlp
            zone = nlp.memory_zone() if hasattr(nlp, "memory_zone") else contextlib.nullcontext()
            with zone:
                return self.engine.check_document(doc, **kw)

    async def check(self, doc: Document, **kw) -> FileResult:
        return await self.run(partial(self.check_sync, doc, **kw))

    async def run(self, fn: Callable[..., T], *args) -> T:
        """Run CPU work (a request's job, reading a .docx) in the bounded pool."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(fn, *args))

    def config_with(self, overrides: dict[str, str]) -> Config:
        """The server's config plus per-request rule severities (already validated)."""
        cfg = Config(**{k: getattr(self.cfg, k) for k in self.cfg.__dataclass_fields__})
        cfg.rules = {**self.cfg.rules, **{rid: {"severity": sev} for rid, sev in overrides.items()}}
        return cfg

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._isolation is not None:
            self._isolation.close()
