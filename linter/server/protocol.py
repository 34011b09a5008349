"""uvicorn's h11 protocol with a deadline for the request head and JSON errors.

uvicorn bounds the wait between requests on a kept-alive connection (`timeout_keep_alive`) but
not the wait for the first request's head, nor a head trickled in byte by byte: idle sockets
would stay open for ever (slowloris). Here every request head must be complete within
`head_timeout` seconds of the connection opening or the previous response ending; otherwise
the connection gets a JSON 408 and is closed. The body's deadline is BodyLimitMiddleware's.

A request uvicorn cannot parse gets the JSON error contract instead of plain text.
The deadline comes from the environment (`HEAD_TIMEOUT_ENV`, set by `brevlint serve`)
because uvicorn builds this class itself, in every worker process."""

from __future__ import annotations

import asyncio
import json
import os

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEAD_TIMEOUT_ENV = "BREVLINT_HEAD_TIMEOUT"
DEFAULT_HEAD_TIMEOUT = 10.0


def _raw_json_response(status: int, reason: bytes, code: str, message: str) -> bytes:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    return (b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\nconnection: close\r\n"
            b"content-length: %d\r\n\r\n" % (status, reason, len(body))) + body


class GuardedH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.head_timeout = float(os.environ.get(HEAD_TIMEOUT_ENV) or DEFAULT_HEAD_TIMEOUT)
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm_head_timer()

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_expired)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _waiting_for_head(self) -> bool:
        return self.conn.their_state is h11.IDLE

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._waiting_for_head():
            self._cancel_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.transport.is_closing():
            self._cancel_head_timer()
        elif self._waiting_for_head():
            self._arm_head_timer()  # the next head, on a kept-alive connection

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def _head_expired(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or not self._waiting_for_head():
            return
        if self.cycle is not None and not self.cycle.response_complete:
            return  # a response is still being written (pipelining): its end re-arms the timer
        self.transport.write(_raw_json_response(408, b"Request Timeout", "timeout",
                                                f"the request head did not arrive within {self.head_timeout:g} s"))
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        self.transport.write(_raw_json_response(400, b"Bad Request", "bad-request",
                                                "invalid HTTP request (malformed or too large request head)"))
        self.transport.close()
