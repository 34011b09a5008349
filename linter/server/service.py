"""The checking service: one Engine and Danish pipeline per worker process, analysis
in a bounded thread pool so the event loop never blocks.

The engine is pure Python on top of spaCy. spaCy's tokenizer cache and string store
and the lemmatizer memo are shared mutable state, and `nlp.memory_zone()` (which
frees the strings a letter added, so no letter words stay in the process) is not
re-entrant across threads, so one check at a time runs inside a lock. Under the GIL
threads give no CPU parallelism anyway; `--workers N` gives N processes."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from linter.config import Config
from linter.engine.engine import Engine
from linter.model import Document, FileResult


class CheckService:
    def __init__(self, cfg: Config | None = None, threads: int = 4, engine: Engine | None = None) -> None:
        self.cfg = cfg or Config()
        self.engine = engine or Engine.for_config(self.cfg)
        self.engine.pipeline  # noqa: B018 - build the Danish pipeline now, at start-up
        self.rule_ids = {r.id for r in self.engine.rules}
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=max(1, threads), thread_name_prefix="brevlint-check")

    def check_sync(self, doc: Document, **kw) -> FileResult:
        with self._lock:
            nlp = self.engine.pipeline.nlp
            zone = nlp.memory_zone() if hasattr(nlp, "memory_zone") else contextlib.nullcontext()
            with zone:
                return self.engine.check_document(doc, **kw)

    async def check(self, doc: Document, **kw) -> FileResult:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(self.check_sync, doc, **kw))

    async def run(self, fn, *args):
        """Run other CPU work (e.g. reading a .docx) in the same bounded pool."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(fn, *args))

    def config_with(self, overrides: dict[str, str]) -> Config:
        """The server's config plus per-request rule severities (already validated)."""
        cfg = Config(**{k: getattr(self.cfg, k) for k in self.cfg.__dataclass_fields__})
        cfg.rules = {**self.cfg.rules, **{rid: {"severity": sev} for rid, sev in overrides.items()}}
        return cfg

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
