"""The FastAPI application: routes, error handlers, CORS, token, body limit, add-in files."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.datastructures import Headers

import linter
from linter.server.errors import error_body, install_error_handlers
from linter.server.guard import HostCheckMiddleware, RequestGuardMiddleware
from linter.server.middleware import BodyLimitMiddleware, TokenMiddleware
from linter.server.service import CheckService
from linter.server.settings import ServerSettings

ADDIN_PAGE = "taskpane.html"
SETTINGS_ENV = "BREVLINT_SERVER_SETTINGS"  # how `serve --workers N` hands settings to uvicorn's workers (no fork)


class JsonCORSMiddleware(CORSMiddleware):
    """Starlette's CORS, with a rejected preflight answered as a JSON error."""

    def preflight_response(self, request_headers: Headers):
        resp = super().preflight_response(request_headers)
        if resp.status_code >= 400:
            message = resp.body.decode("utf-8", "replace")
            headers = {k: v for k, v in resp.headers.items() if k.lower() not in ("content-length", "content-type")}
            return JSONResponse(error_body("cors", message), status_code=resp.status_code, headers=headers)
        return resp


def addin_directory(settings: ServerSettings) -> Path | None:
    if settings.addin_dir:
        return settings.addin_dir
    pkg = Path(linter.__file__).resolve().parent
    for candidate in (pkg / "_data" / "addin" / "web", pkg.parent / "addin" / "web"):
        if candidate.is_dir():
            return candidate
    return None


def create_app(settings: ServerSettings | None = None, service: CheckService | None = None) -> FastAPI:
    from starlette import formparsers

    from linter.config import Config, load_config_file
    from linter.server import languagetool, native

    settings = settings or ServerSettings()
    # Keep uploads in memory (never spooled to a temporary file: letters are health data);
    # the body limit bounds the size.
    formparsers.MultiPartParser.spool_max_size = max(formparsers.MultiPartParser.spool_max_size,
                                                     settings.max_body_bytes + 1)
    owned = service is None
    if service is None:
        cfg = load_config_file(settings.config_path) if settings.config_path else Config()
        service = CheckService(cfg, threads=settings.threads, processes=settings.processes)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        if owned:
            service.close()

    # No /docs page: Swagger UI loads its script from a CDN (a blank page offline). The schema
    # is /openapi.json and docs/openapi.json.
    app = FastAPI(lifespan=lifespan, title="brevlint", version=linter.__version__,
                  description="Danish letter linter: native API for the Word add-in and a "
                              "LanguageTool-compatible API. Errors are `{\"error\": {\"code\", \"message\"}}`.",
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.service = service
    install_error_handlers(app)
    app.include_router(native.router)
    app.include_router(languagetool.router)

    @app.get("/health", tags=["meta"], summary="Liveness and version")
    async def health() -> dict:
        return {"status": "ok", "version": linter.__version__, "rules": len(service.rule_ids)}

    @app.head("/health", include_in_schema=False)
    async def health_head() -> Response:
        return Response(media_type="application/json")

    folder = addin_directory(settings) if settings.serve_addin else None
    if folder is not None:
        from fastapi.staticfiles import StaticFiles

        @app.get("/addin", include_in_schema=False)
        async def addin_root() -> RedirectResponse:
            return RedirectResponse("/addin/")

        @app.get("/addin/", include_in_schema=False)
        async def addin_pane() -> FileResponse:  # the address in the README and the manifest's folder
            return FileResponse(folder / ADDIN_PAGE, media_type="text/html")

        app.mount("/addin", StaticFiles(directory=folder), name="addin")  # after the routes above

    # Added innermost first: CORS is outermost so 401/413 responses carry CORS headers too.
    if settings.token:
        app.add_middleware(TokenMiddleware, token=settings.token)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes, body_timeout=settings.body_timeout)
    app.add_middleware(JsonCORSMiddleware, allow_origins=list(settings.cors_origins),
                       allow_methods=["GET", "POST", "OPTIONS"],
                       allow_headers=["Authorization", "Content-Type", "Accept"], max_age=600)
    app.add_middleware(RequestGuardMiddleware, cors_origins=settings.cors_origins,
                       max_in_flight=settings.max_in_flight)
    return app


def served_app(app: FastAPI, settings: ServerSettings) -> HostCheckMiddleware:
    """The app as `brevlint serve` runs it: with the Host check (DNS rebinding)."""
    return HostCheckMiddleware(app, settings.allowed_hosts)


def settings_to_env(settings: ServerSettings) -> str:
    data = {k: (str(v) if isinstance(v, Path) else v) for k, v in settings.__dict__.items() if k != "token"}
    return json.dumps(data)


def app_from_env() -> HostCheckMiddleware:
    """uvicorn factory for worker processes (`--workers N` where fork is unavailable, so the
    analysis pool is too); the token comes from BREVLINT_TOKEN."""
    data = json.loads(os.environ.get(SETTINGS_ENV, "{}"))
    for key in ("config_path", "addin_dir"):
        if data.get(key):
            data[key] = Path(data[key])
    settings = ServerSettings(**data)
    settings.token = os.environ.get("BREVLINT_TOKEN") or None
    return served_app(create_app(settings), settings)


def openapi_document(app: FastAPI | None = None) -> str:
    """The schema as stored in docs/openapi.json (stable key order, trailing newline)."""
    app = app or create_app(ServerSettings(serve_addin=False))
    return json.dumps(app.openapi(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
