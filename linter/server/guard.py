"""Pure ASGI guards in front of the app (see docs/security.md):

- `RequestGuardMiddleware` (outermost in create_app): a request from a web page whose
  `Origin` is neither allowed (`--cors-origin`) nor this server's own gets 403 *before* it
  is processed (a cross-origin "simple" POST would otherwise be analysed, only its answer
  unreadable); a query string must be percent-encoded UTF-8; too many requests in flight
  get a JSON 503; every answer carries `X-Content-Type-Options: nosniff` and
  `Cache-Control: no-store`, the add-in's files a Content-Security-Policy.
- `HostCheckMiddleware` (added by `brevlint serve`): the `Host` header must name this
  server (an IP address, localhost, the bind host or a configured name), against DNS
  rebinding: a page on evil.example whose name is re-pointed at 127.0.0.1 sends
  `Host: evil.example`.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from linter.serve_config import normalise_origin, origin_problem
from linter.server.errors import error_response

# The pane's own files and Office.js from Microsoft's CDN; the API on this server or a configured one.
ADDIN_CSP = ("default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; "
             "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' https: http://127.0.0.1:* "
             "http://localhost:*; frame-src https://*.office.com https://*.microsoft.com; object-src 'none'; "
             "base-uri 'none'; form-action 'none'")
LOOPBACK_NAMES = ("localhost",)


class RequestGuardMiddleware:
    def __init__(self, app: ASGIApp, *, cors_origins: Iterable[str] = (), max_in_flight: int = 256) -> None:
        self.app = app
        self.origins = {normalise_origin(o) for o in cors_origins if origin_problem(o) is None}
        self.max_in_flight = max_in_flight
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self._refusal(scope)
        if problem is not None:
            await error_response(*problem)(scope, receive, send)
            return
        counted = scope["path"] != "/health"  # liveness is answered even when the server is full
        if counted and self.in_flight >= self.max_in_flight:
            await error_response(503, "busy", "the server is busy; try again shortly",
                                 headers={"Retry-After": "2"})(scope, receive, send)
            return
        addin = scope["path"] == "/addin" or scope["path"].startswith("/addin/")

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
                if addin:
                    headers.append((b"content-security-policy", ADDIN_CSP.encode()))
                else:  # answers hold letter text: no cache may keep them
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        if counted:
            self.in_flight += 1
        try:
            await self.app(scope, receive, guarded_send)
        finally:
            if counted:
                self.in_flight -= 1

    def _refusal(self, scope: Scope) -> tuple[int, str, str] | None:
        headers = dict(scope["headers"])
        origin = headers.get(b"origin")
        # Preflights (OPTIONS) are answered by the CORS middleware (400 for an origin not allowed).
        if origin is not None and scope["method"] != "OPTIONS" and not self._origin_allowed(origin, scope, headers):
            return 403, "forbidden-origin", "requests from this web page (its Origin) are not allowed"
        query = scope.get("query_string", b"")
        if query:
            try:
                parse_qsl(query.decode("ascii"), keep_blank_values=True, errors="strict", max_num_fields=1000)
            except (UnicodeDecodeError, ValueError):
                return 400, "bad-query", "the query string is not valid percent-encoded UTF-8"
        return None

    def _origin_allowed(self, origin: bytes, scope: Scope, headers: dict[bytes, bytes]) -> bool:
        value = origin.decode("latin-1").strip()
        if origin_problem(value) is not None:  # "null" (a sandboxed page, a file:), garbage
            return False
        normalised = normalise_origin(value)
        if normalised in self.origins:
            return True
        host = headers.get(b"host", b"").decode("latin-1")
        own = f"{scope.get('scheme', 'http')}://{host}"  # the pane calls the server it came from
        return origin_problem(own) is None and normalise_origin(own) == normalised


def host_name(header: str) -> str:
    """The host of a Host header, lower case, without port or IPv6 brackets."""
    h = header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostCheckMiddleware:
    """421 (JSON) unless the Host header names this server. An IP address is always
    accepted: DNS rebinding needs a name the attacker controls."""

    def __init__(self, app: ASGIApp, allowed_names: Iterable[str]) -> None:
        self.app = app
        self.names = {n.strip().lower().strip("[]") for n in (*LOOPBACK_NAMES, *allowed_names) if n.strip()}

    def allows(self, header: str | None) -> bool:
        if header is None:
            return True  # HTTP/1.0 without Host: no browser sends that
        name = host_name(header).rstrip(".")
        return _is_ip(name) or name in self.names or name.endswith(".localhost")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), None)
            if not self.allows(host):
                await error_response(421, "unknown-host", "the Host header does not name this server "
                                                          "(add the name with --allowed-host)")(scope, receive, send)
                return
        await self.app(scope, receive, send)
