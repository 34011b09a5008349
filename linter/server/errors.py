"""Every error leaves the server as `{"error": {"code", "message"}}` with a 4xx status.

Messages never quote the request body: letters hold health data."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

_STATUS_CODES = {400: "bad-request", 401: "unauthorized", 403: "forbidden", 404: "not-found",
                 405: "method-not-allowed", 406: "not-acceptable", 408: "timeout", 413: "too-large",
                 415: "unsupported-media-type", 422: "invalid", 429: "too-many-requests"}


class ApiError(StarletteHTTPException):
    """A client error with a stable code; subclass of HTTPException so FastAPI's body
    parsing re-raises it unchanged (it wraps other exceptions into a generic 400)."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)
        self.code = code


class BodyTooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, "too-large", f"request body exceeds the limit of {limit} bytes")


class BodyTimeout(ApiError):
    def __init__(self, seconds: float) -> None:
        super().__init__(408, "timeout", f"the request body did not arrive within {seconds:g} s")
        self.headers = {"Connection": "close"}


def error_body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(x) for x in err.get("loc", ()) if x != "body") or "body"
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")  # pydantic messages hold no input values
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = getattr(exc, "code", None) or _STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else "request error"
        return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        if any(e.get("type") == "json_invalid" for e in exc.errors()):
            return error_response(400, "bad-json", "the request body is not valid UTF-8 JSON")
        return error_response(400, "invalid", _validation_message(exc))

    @app.exception_handler(Exception)
    async def internal_error(_: Request, exc: Exception) -> JSONResponse:  # pragma: no cover - a bug
        return error_response(500, "internal", f"internal error ({type(exc).__name__})")
