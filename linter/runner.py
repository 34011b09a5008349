"""Check files with the right config and engine; one bad file never stops the batch.

`Runner.check_file` checks one file; `run_batch` checks many: cached results first (no
spaCy on a fully cached run), the rest serially or in worker processes forked after this
process has built the engine and pipeline (see _run_parallel), results always in input order.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from linter.config import Config, discover_config, load_config_file
from linter.errors import BrevlintError, ConfigError, InputError, UsageError
from linter.files import STDIN
from linter.fingerprint import add_fingerprints
from linter.model import FileResult
from linter.readers import read_bytes, read_document

if TYPE_CHECKING:  # the engine (and its imports) load only when a file is really checked
    from linter.engine.engine import Engine


@dataclass
class RunOptions:
    profile: str | None = None
    lang: str = "da"
    template: bool | None = None
    config_path: Path | None = None
    disabled: set[str] = field(default_factory=set)
    disabled_from: str = "--disable"  # where `disabled` came from, for error messages (or BREVLINT_DISABLE)
    stdin_name: str | None = None  # --stdin-filename: the name a letter read from `-` has in reports and config

    def cache_options(self) -> dict:
        return {"profile": self.profile, "lang": self.lang, "template_opt": self.template,
                "disabled": sorted(self.disabled)}


def _error(path: str, exc: BrevlintError, lang: str) -> FileResult:
    return FileResult(path=path, error={"code": exc.code, "message": exc.message(lang)})


# Engines (rules, lexicons, the spaCy pipeline) are reused by every Runner in a process:
# they hold no per-letter state, and building the pipeline is the slow part of a run.
_ENGINES: dict[tuple, Engine] = {}


class Runner:
    def __init__(self, opts: RunOptions) -> None:
        self.opts = opts
        self._configs: dict[Path | None, Config] = {}
        self._found: dict[str, Path | None] = {}
        self._engines = _ENGINES
        self.fixed = load_config_file(opts.config_path) if opts.config_path else None
        self.stdin_data: bytes | None = None  # the letter read from standard input, for the path "-"
        self.skipped: list[str] = []  # files in the given folders in a format brevlint cannot read

    def shown(self, path: str) -> str:
        """The name of a file in reports: the --stdin-filename (or "-") for standard input."""
        return (self.opts.stdin_name or STDIN) if path == STDIN else path

    def validate(self, files: list[tuple[str, str | None]]) -> None:
        """Every config the files will use, the rule ids and thresholds in it, and the --disable ids:
        a mistake in any of them ends the run (ConfigError/UsageError) before a letter is read."""
        from linter.validate import check_config_ids, check_disabled, rule_catalogue

        configs = {id(c): c for c in ([self.fixed] if self.fixed else
                                      [self.config_for(self.shown(p)) for p, problem in files if problem is None])}
        for cfg in configs.values() or [Config()]:
            rules = rule_catalogue(cfg)
            check_config_ids(cfg, rules)
            check_disabled(self.opts.disabled, rules, self.opts.disabled_from)

    def config_for(self, path: str) -> Config:
        if self.fixed is not None:
            return self.fixed
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in self._found:  # one walk up per folder, not per file
            self._found[folder] = discover_config(Path(path))
        found = self._found[folder]
        if found not in self._configs:
            self._configs[found] = load_config_file(found) if found else Config()
        return self._configs[found]

    def engine_for(self, cfg: Config) -> Engine:
        if cfg.key not in self._engines:
            from linter.analysis.regex_cache import start_regexes
            from linter.validate import rule_catalogue

            with start_regexes():  # the engine's modules compile their regexes as they are imported
                from linter.engine.engine import Engine

            # the rules validate() read for this config (cached per rule folders): read once per run
            engine = Engine.for_config(cfg, rule_catalogue(cfg))
            self._engines[cfg.key] = engine
        engine = self._engines[cfg.key]
        engine.validate_config(cfg)
        return engine

    def check_file(self, path: str, problem: str | None = None) -> FileResult:
        lang = self.opts.lang
        if problem == "symlink-loop":
            err = InputError(f"{path}: symbolsk link peger i ring eller findes ikke",
                             f"{path}: symbolic link loops or is dangling", code="symlink-loop")
            return _error(path, err, lang)
        shown = self.shown(path)
        cfg = self.config_for(shown)  # a ConfigError ends the run (run_batch's caller), never one file's error
        engine = self.engine_for(cfg)
        try:
            if path == STDIN:
                doc = self._read_stdin(shown, cfg)
            else:
                doc = read_document(path, cfg.limits)
        except BrevlintError as exc:
            return _error(shown, exc, lang)
        result = engine.check_document(doc, cfg=cfg, profile=self.opts.profile, lang=self.opts.lang,
                                       template=self.opts.template, disabled=self.opts.disabled)
        add_fingerprints(result, doc)
        return result

    def _read_stdin(self, shown: str, cfg: Config):
        data = self.stdin_data or b""
        if len(data) > cfg.limits.max_file_bytes:
            raise InputError(f"{shown}: standard input er for stor (grænsen er {cfg.limits.max_file_bytes} byte)",
                             f"{shown}: standard input is too large (the limit is {cfg.limits.max_file_bytes} bytes)",
                             code="too-large")
        suffix = os.path.splitext(shown)[1] if self.opts.stdin_name else ".txt"
        return read_bytes(data, suffix or ".txt", shown, cfg.limits)

    def safe_check(self, path: str, problem: str | None = None) -> FileResult:
        """check_file, but an unexpected failure becomes that file's error, not the batch's
        (a config error still ends the whole run: it is the user's mistake, not the letter's)."""
        try:
            return self.check_file(path, problem)
        except (ConfigError, UsageError):
            raise
        except Exception as exc:  # noqa: BLE001 - one bad file never kills the batch
            name = type(exc).__name__
            return FileResult(path=self.shown(path), error={
                "code": "internal",
                "message": (f"{path}: intern fejl ({name}) – filen blev ikke tjekket" if self.opts.lang != "en"
                            else f"{path}: internal error ({name}) – the file was not checked")})


# --- worker processes -------------------------------------------------------------------
# Workers are forked from this process after it has built the engine (and checked one file,
# which warms spaCy's and our lazy caches), so they inherit the pipeline copy-on-write instead
# of each importing spaCy and building it again: that start-up is what limits the speed-up of
# a second core. Elsewhere than Linux each worker builds its own runner in _init_worker.

_WORKER: Runner | None = None


def _init_worker(runner: Runner | None, opts: RunOptions) -> None:
    global _WORKER
    _WORKER = runner if runner is not None else Runner(opts)


def _work(chunk: list[tuple[int, tuple[str, str | None]]]) -> list[tuple[int, FileResult]]:
    assert _WORKER is not None
    return [(i, _WORKER.safe_check(*item)) for i, item in chunk]


def _chunks(todo: list[int], files, workers: int) -> list[list[tuple[int, tuple[str, str | None]]]]:
    """Small chunks: few enough round trips to the workers, small enough that the last
    chunks still balance the load (a chunk is at most 1/8 of a worker's share)."""
    size = max(1, min(8, len(todo) // (workers * 8)))
    return [[(i, files[i]) for i in todo[k:k + size]] for k in range(0, len(todo), size)]


AUTO_FILES_PER_WORKER = 8


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Progress:
    """A one-line progress bar on stderr, only on a terminal and only once a run takes a while."""

    def __init__(self, total: int, enabled: bool | None = None, delay: float = 2.0) -> None:
        self.total, self.done = total, 0
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.start, self.delay, self.shown = time.monotonic(), delay, False

    def step(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled or time.monotonic() - self.start < self.delay:
            return
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        sys.stderr.write(f"\rbrevlint [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


def _cacheable_bytes(path: str, max_bytes: int) -> bytes | None:
    """The file's bytes for the cache key, or None when only the reader may judge it: a FIFO or
    device (reading would block) or a file over the size limit (never read it whole)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode) or st.st_size > max_bytes:
        return None
    with open(path, "rb") as fh:
        return fh.read(max_bytes + 1)


def run_batch(runner: Runner, files: list[tuple[str, str | None]], *, jobs: int | None = None,
              cache=None, progress: Progress | None = None,
              on_result: Callable[[int, FileResult], None] | None = None) -> list[FileResult]:
    """Check `files` ((path, problem) pairs) and return their results in input order."""
    results: list[FileResult | None] = [None] * len(files)
    keys: dict[int, str] = {}
    seals: dict[int, bytes] = {}  # sha256 of each letter's bytes: opens its cached parties (linter/cache.py)
    todo: list[int] = []
    for i, (path, problem) in enumerate(files):
        if cache is not None and problem is None and path != STDIN:
            try:
                cfg = runner.config_for(path)
                data = _cacheable_bytes(path, cfg.limits.max_file_bytes)
            except (BrevlintError, OSError):
                data = None
            if data is None:
                todo.append(i)  # the check itself reports the reason
                continue
            keys[i] = cache.key(data, path, cfg, runner.opts.cache_options())
            seals[i] = hashlib.sha256(data).digest()
            hit = cache.get(keys[i], path, seals[i])
            if hit is not None:
                results[i] = hit
                if progress:
                    progress.step()
                continue
        todo.append(i)

    def done(i: int, result: FileResult) -> None:
        results[i] = result
        if cache is not None and i in keys:
            cache.put(keys[i], result, seals.get(i))
        if progress:
            progress.step()

    if not jobs or jobs < 1:
        # automatic: a worker costs a pipeline build (about a second), so small batches run serially
        workers = min(default_jobs(), len(todo) // AUTO_FILES_PER_WORKER)
    else:
        workers = min(jobs, len(todo))
    if workers <= 1:
        for i in todo:
            done(i, runner.safe_check(*files[i]))
    else:
        _run_parallel(runner, files, todo, workers, done)
    if progress:
        progress.close()
    return [r for r in results if r is not None]


def _fork_context():
    """fork on Linux only: Windows has none, and on macOS forking after system frameworks are
    loaded can crash the child (why Python defaults to spawn there)."""
    import multiprocessing

    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


def _run_parallel(runner: Runner, files, todo: list[int], workers: int, done) -> None:
    import gc
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    ctx = _fork_context()
    if ctx is not None:
        # this process checks the first file itself, so the engine exists before the fork
        done(todo[0], runner.safe_check(*files[todo[0]]))
        todo = todo[1:]
        gc.freeze()  # what the first check left too: workers' collections then never touch those pages
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(runner if ctx is not None else None, runner.opts)) as pool:
        futures = {pool.submit(_work, chunk): chunk for chunk in _chunks(todo, files, workers)}
        for fut in as_completed(futures):
            try:
                pairs = fut.result()
            except BrokenProcessPool:
                # a worker died (e.g. out of memory): check this chunk in this process instead
                pairs = [(i, runner.safe_check(*item)) for i, item in futures[fut]]
            for i, result in pairs:
                done(i, result)
