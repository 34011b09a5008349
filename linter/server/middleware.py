"""Pure ASGI middleware: body size limit (enforced while the body streams in) and bearer token."""

from __future__ import annotations

import asyncio
import hmac

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from linter.server.errors import BodyTimeout, BodyTooLarge, error_response

MAX_HEADER_BYTES = 32 * 1024
OPEN_PATHS = ("/health", "/addin/", "/openapi.json", "/docs", "/redoc")


class BodyLimitMiddleware:
    """413 as soon as Content-Length or the bytes received so far exceed the limit; the
    rest of the body is never read. Raising BodyTooLarge from `receive` lets FastAPI's
    body parsing pass it through to the error handler."""

    def __init__(self, app: ASGIApp, max_bytes: int, body_timeout: float = 30.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # h11 bounds only headers that are still arriving; bound complete ones too.
        if sum(len(n) + len(v) for n, v in scope["headers"]) > MAX_HEADER_BYTES:
            await error_response(431, "headers-too-large", "request headers are too large")(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await error_response(400, "bad-request", "invalid Content-Length header")(scope, receive, send)
                    return
                if declared > self.max_bytes:
                    resp = error_response(413, "too-large",
                                          f"request body exceeds the limit of {self.max_bytes} bytes",
                                          headers={"Connection": "close"})
                    await resp(scope, receive, send)
                    return
        received = 0
        started = False

        body_done = False

        async def limited_receive() -> Message:
            nonlocal received, body_done
            if body_done:  # e.g. waiting for a disconnect: no deadline
                return await receive()
            try:  # a client trickling its body must not hold a connection forever
                message = await asyncio.wait_for(receive(), timeout=self.body_timeout)
            except TimeoutError:
                raise BodyTimeout(self.body_timeout) from None
            body_done = message["type"] != "http.request" or not message.get("more_body", False)
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except (BodyTooLarge, BodyTimeout) as exc:  # raised outside FastAPI's handlers (e.g. static files)
            if not started:
                await error_response(exc.status_code, exc.code, str(exc.detail))(scope, receive, send)


class TokenMiddleware:
    """Bearer token on every API path; constant-time comparison. CORS preflight is
    answered by the CORS middleware outside this one, so it never needs the token."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] == "OPTIONS" or _open(scope["path"]):
            await self.app(scope, receive, send)
            return
        given = b""
        for name, value in scope["headers"]:
            if name == b"authorization":
                given = value
                break
        if not hmac.compare_digest(given, self.expected):
            resp = error_response(401, "unauthorized", "missing or wrong bearer token",
                                  headers={"WWW-Authenticate": 'Bearer realm="brevlint"'})
            await resp(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _open(path: str) -> bool:
    return path == "/health" or path == "/" or any(path.startswith(p) for p in OPEN_PATHS[1:])
