"""Run each request's analysis in a child process, so no letter can stall the server.

Python's `re` and spaCy's Cython matcher hold the GIL for as long as one call runs: on a
100,000-character line a single call takes seconds, and a thread in the server process
would starve the event loop (`/health` did not answer for 30 s). The child is forked once
the engine is built (its memory is shared copy-on-write), runs one job at a time, and is
killed and forked again when a job overruns the time budget: a hard bound on every request.

A job is a module-level function `fn(service, *args)` returning JSON bytes; an ApiError it
raises comes back as the same ApiError. Where `fork` is unavailable (macOS, Windows),
jobs run in the calling thread instead.

`AnalysisPool` holds N such children (`brevlint serve --workers N`): a job takes whichever
child is free, so N letters are analysed at once whatever connection they came on (uvicorn's
own worker processes each get the connections their accept() happens to win, and a worker
with two busy keep-alive connections analysed them one after the other while the other
worker idled)."""

from __future__ import annotations

import asyncio
import collections
import multiprocessing
import os
import signal
import stat
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
        return _outcome(kind, payload)

    async def call_async(self, timeout: float, fn: Callable[..., bytes], *args: Any) -> bytes:
        """As `call`, awaited on the event loop: the request is sent and the answer read when the
        pipe is readable, with no thread in between (each thread hop is a wake-up that waits for a
        core on a busy machine). The caller must hold this child alone (AnalysisPool does)."""
        loop = asyncio.get_running_loop()
        if self._proc is None or not self._proc.is_alive():
            await asyncio.to_thread(self._replace)
        conn = self._conn
        readable = loop.create_future()
        fd = conn.fileno()
        done = False
        try:
            conn.send((fn, args))  # the child is waiting in recv(): it drains the pipe at once
            loop.add_reader(fd, lambda: readable.done() or readable.set_result(None))
            try:
                await asyncio.wait_for(readable, timeout)
            except TimeoutError:
                raise JobTimeout from None
            finally:
                loop.remove_reader(fd)
            kind, payload = conn.recv()
            done = True
        except (EOFError, OSError):  # the child died (out of memory, killed)
            raise RuntimeError("the analysis process ended unexpectedly") from None
        finally:
            if not done:  # overrun, died or cancelled mid-job: its answer must never reach the next job
                await asyncio.shield(asyncio.to_thread(self._replace))
        return _outcome(kind, payload)

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def close(self) -> None:
        with self._lock:
            if self._proc is not None and self._proc.is_alive():
                self._proc.kill()
                self._proc.join(5)
            if self._conn is not None:
                self._conn.close()
            self._proc = self._conn = None


def _outcome(kind: str, payload: Any) -> bytes:
    if kind == "ok":
        return payload
    if kind == "api":
        status, code, message, headers = payload
        raise ApiError(status, code, message, headers=headers)
    raise RuntimeError(f"analysis failed ({payload})")


class AnalysisPool:
    """`processes` analysis children, forked one after the other from the built service (each
    closes the sockets it inherited, its siblings' pipes included); a job waits for a free one."""

    def __init__(self, service: Any, processes: int) -> None:
        self._members = [AnalysisProcess(service) for _ in range(max(1, processes))]
        self._free = collections.deque(self._members)
        self._waiters: collections.deque[tuple[asyncio.AbstractEventLoop, asyncio.Future]] = collections.deque()
        self._cond = threading.Condition()  # the free list is shared by event loops and plain threads

    def call(self, timeout: float, fn: Callable[..., bytes], *args: Any) -> bytes:
        """As AnalysisProcess.call, in the first free child (the wait for it is not timed)."""
        with self._cond:
            while not self._free:
                self._cond.wait()
            member = self._free.popleft()
        try:
            return member.call(timeout, fn, *args)
        finally:
            self._release(member)

    async def call_async(self, timeout: float, fn: Callable[..., bytes], *args: Any) -> bytes:
        """As AnalysisProcess.call_async, in the first free child (the wait for it is not timed)."""
        member = await self._acquire()
        try:
            return await member.call_async(timeout, fn, *args)
        finally:
            self._release(member)

    async def _acquire(self) -> AnalysisProcess:
        with self._cond:
            if self._free:
                return self._free.popleft()
            loop = asyncio.get_running_loop()
            waiter = loop.create_future()
            self._waiters.append((loop, waiter))
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():  # handed a child just as it was cancelled
                self._release(waiter.result())
            raise

    def _release(self, member: AnalysisProcess) -> None:
        with self._cond:
            while self._waiters:
                loop, waiter = self._waiters.popleft()
                if waiter.done():
                    continue
                try:
                    loop.call_soon_threadsafe(self._hand, waiter, member)
                    return
                except RuntimeError:  # that loop is closed
                    continue
            self._free.append(member)
            self._cond.notify()

    def _hand(self, waiter: asyncio.Future, member: AnalysisProcess) -> None:
        if waiter.done():  # cancelled meanwhile: the next one gets it
            self._release(member)
        else:
            waiter.set_result(member)

    @property
    def size(self) -> int:
        return len(self._members)

    @property
    def pids(self) -> list[int | None]:
        return [m.pid for m in self._members]

    @property
    def pid(self) -> int | None:
        return self._members[0].pid

    def close(self) -> None:
        for member in self._members:
            member.close()


def _close_inherited_sockets(keep: int) -> None:
    """A fork copies every socket of the server: the listening one and each client connection.
    While the child held a copy, a connection the server closed would stay open."""
    try:
        fds = [int(n) for n in os.listdir("/proc/self/fd")]
    except OSError:
        return
    for fd in fds:
        if fd == keep or fd < 3:
            continue
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)
        except OSError:
            pass


def _child_main(conn, service) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the server, which ends the child
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _close_inherited_sockets(conn.fileno())
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
