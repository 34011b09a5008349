"""Run the per-letter function over batches: serially, or in the local process pool.

The pool works like linter/runner.py's: on Linux the workers are forked after this process has
built the engine, so they share the spaCy pipeline copy-on-write; a worker that dies has its batch
checked again in this process. `on_batch` receives each batch's rows as soon as it is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from linter.audit.letter import Auditor, LetterRow, RuleRow
from linter.audit.sources import LetterItem
from linter.runner import RunOptions, _fork_context

BatchRows = tuple[list[LetterRow], list[RuleRow]]
OnBatch = Callable[[BatchRows], None]


def batches(items: list[LetterItem], size: int) -> Iterator[list[LetterItem]]:
    for k in range(0, len(items), size):
        yield items[k:k + size]


_AUDITOR: Auditor | None = None


def _init_worker(auditor: Auditor | None, opts: RunOptions, salt: bytes) -> None:
    global _AUDITOR
    _AUDITOR = auditor if auditor is not None else Auditor(opts, salt)


def _work(items: list[LetterItem]) -> BatchRows:
    assert _AUDITOR is not None
    return _AUDITOR.audit_batch(items)


def run_local(auditor: Auditor, items: list[LetterItem], *, workers: int, batch_size: int,
              on_batch: OnBatch) -> None:
    if workers <= 1 or len(items) <= batch_size:
        for batch in batches(items, batch_size):
            on_batch(auditor.audit_batch(batch))
        return
    import gc
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    ctx = _fork_context()
    if ctx is not None:
        auditor.warm()
        gc.freeze()  # forked workers then never touch the pages the engine build left
    pending = batches(items, batch_size)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(auditor if ctx is not None else None, auditor.runner.opts,
                                       auditor.salt)) as pool:
        in_flight: dict = {}

        def submit() -> None:
            for batch in pending:
                in_flight[pool.submit(_work, batch)] = batch
                if len(in_flight) >= workers * 4:  # bounded: a million letters are never all queued
                    return

        submit()
        while in_flight:
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for fut in finished:
                batch = in_flight.pop(fut)
                try:
                    rows = fut.result()
                except BrokenProcessPool:
                    rows = auditor.audit_batch(batch)  # a worker died: check its batch here
                on_batch(rows)
            try:
                submit()
            except BrokenProcessPool:
                for fut in list(in_flight):
                    on_batch(auditor.audit_batch(in_flight.pop(fut)))
                for batch in pending:
                    on_batch(auditor.audit_batch(batch))
