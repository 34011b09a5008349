"""Run each request's analysis in a child process, so no letter can stall the server.

Python's `re` and spaCy's Cython matcher hold the GIL for as long as one call runs: on a
100,000-character line a single call takes seconds, and a thread in the server process
would starve the event loop (`/health` did not answer for 30 s). The child is forked once
the engine is built (its memory is shared copy-on-write), runs one job at a time, and is
killed and forked again when a job overruns the time budget: a hard bound on every request.

A job is a module-level function `fn(service, *args)` returning JSON bytes; an ApiError it
raises comes back as the same ApiError. Where `fork` is unavailable (macOS, Windows),
jobs run in the calling thread instead."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from typing import Any

from linter.server.errors import ApiError

GRACE_SECONDS = 5.0  # beyond the engine's own budget (checked between rules) before the child is killed


def fork_available() -> bool:
    return hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods() and os.name == "posix" \
        and os.uname().sysname == "Linux"


class JobTimeout(Exception):
    """The job overran the hard deadline; the child was replaced."""


class AnalysisProcess:
    def __init__(self, service: Any) -> None:
        self._service = service
        self._lock = threading.Lock()  # one job at a time, like the engine's own lock
        self._ctx = multiprocessing.get_context("fork")
        self._proc = None
        self._conn = None
        self._start()

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_child_main, args=(child, self._service), daemon=True,
                                 name="brevlint-analysis")
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent

    def _replace(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            self._proc.kill()
        if self._proc is not None:
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._start()

    def call(self, timeout: float, fn: Callable[..., bytes], *args: Any) -> bytes:
        """Run `fn(service, *args)` in the child; JobTimeout after `timeout` seconds."""
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._replace()
            try:
                self._conn.send((fn, args))
                if not self._conn.poll(timeout):
                    self._replace()
                    raise JobTimeout
                kind, payload = self._conn.recv()
            except (EOFError, OSError, BrokenPipeError):  # the child died (out of memory, killed)
                self._replace()
                raise RuntimeError("the analysis process ended unexpectedly") from None
        if kind == "ok":
            return payload
        if kind == "api":
            status, code, message, headers = payload
            raise ApiError(status, code, message, headers=headers)
        raise RuntimeError(f"analysis failed ({payload})")

    def close(self) -> None:
        with self._lock:
            if self._proc is not None and self._proc.is_alive():
                self._proc.kill()
                self._proc.join(5)
            if self._conn is not None:
                self._conn.close()
            self._proc = self._conn = None


def _child_main(conn, service) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the server, which ends the child
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", fn(service, *args))
        except ApiError as exc:
            reply = ("api", (exc.status_code, exc.code, str(exc.detail), dict(exc.headers or {}) or None))
        except Exception as exc:  # a bug: the type only, never the letter text in a message
            reply = ("internal", type(exc).__name__)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return
