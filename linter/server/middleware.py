"""Pure ASGI middleware: body size limit (enforced while the body streams in) and bearer token."""

from __future__ import annotations

import asyncio
import hmac

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from linter.server.errors import BodyTimeout, BodyTooLarge, error_response

MAX_HEADER_BYTES = 32 * 1024
API_KEY_PATHS = ("/v2/check",)
API_KEY_STATE = "brevlint.api_key"  # read by linter/server/languagetool.check_api_key


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
        # The whole body must arrive within body_timeout of the request head (not each chunk:
        # a client trickling one byte a second must not hold a connection and a thread forever).
        deadline = asyncio.get_running_loop().time() + self.body_timeout

        async def limited_receive() -> Message:
            nonlocal received, body_done
            if body_done:  # e.g. waiting for a disconnect: no deadline
                return await receive()
            remaining = deadline - asyncio.get_running_loop().time()
            try:
                if remaining <= 0:
                    raise TimeoutError
                message = await asyncio.wait_for(receive(), timeout=remaining)
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
    """The token on every API path as `Authorization: Bearer TOKEN` (scheme in any case, RFC 7235),
    compared in constant time. On LanguageTool's /v2/check a request without the header may give
    the token as LanguageTool's `apiKey` parameter instead (its clients cannot set headers); the
    route checks it once it has read the parameters. CORS preflight is answered by the CORS
    middleware outside this one, so it never needs the token."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token.encode("utf-8")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] == "OPTIONS" or _open(scope["path"]):
            await self.app(scope, receive, send)
            return
        given = next((value for name, value in scope["headers"] if name == b"authorization"), None)
        if given is None and scope["path"] in API_KEY_PATHS:
            scope.setdefault("state", {})[API_KEY_STATE] = self.token
            await self.app(scope, receive, send)
            return
        scheme, _, credentials = (given or b"").strip().partition(b" ")
        if not (scheme.lower() == b"bearer" and hmac.compare_digest(credentials.strip(), self.token)):
            resp = error_response(401, "unauthorized", "missing or wrong bearer token",
                                  headers={"WWW-Authenticate": 'Bearer realm="brevlint"'})
            await resp(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _open(path: str) -> bool:
    return path in ("/health", "/", "/addin", "/openapi.json") or path.startswith("/addin/")
