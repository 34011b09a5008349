"""`brevlint serve`: the HTTP server for the Word add-in and LanguageTool clients."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from linter.server.settings import DEFAULT_HOST, DEFAULT_PORT


@click.command("serve")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Adresse at lytte på (standard kun denne maskine).")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Antal processer (hver med sin egen danske pipeline).")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Analysetråde pr. proces.")
@click.option("--certfile", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TLS-certifikat (PEM); Office-tilføjelsesprogrammer kræver HTTPS.")
@click.option("--keyfile", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TLS-nøgle (PEM).")
@click.option("--cors-origin", "cors_origins", multiple=True, envvar="BREVLINT_CORS_ORIGINS", show_envvar=True,
              help="Oprindelse der må kalde API'et fra en browser (kan gentages; miljøvariablen: "
                   "adskilt af mellemrum).")
@click.option("--token", envvar="BREVLINT_TOKEN", default=None, show_envvar=True,
              help="Kræv 'Authorization: Bearer TOKEN' på API'et.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="brevlint.yaml med regler og tærskler.")
@click.option("--max-body-bytes", default=None, type=click.IntRange(1024), help="Største request (byte).")
@click.option("--body-timeout", default=30.0, show_default=True, type=click.FloatRange(0.1),
              help="Sekunder en klient har til at sende hele requestens indhold.")
@click.option("--no-addin", is_flag=True, help="Server ikke tilføjelsesprogrammets filer på /addin/.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.option("--dump-openapi", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Skriv OpenAPI-skemaet til filen (fx docs/openapi.json) og afslut.")
def serve(host, port, workers, threads, certfile, keyfile, cors_origins, token, config_path, max_body_bytes,
          body_timeout, no_addin, log_level, dump_openapi) -> None:
    """Start HTTP-serveren til Word-tilføjelsesprogrammet og LanguageTool-klienter."""
    from linter.server.app import SETTINGS_ENV, create_app, openapi_document, settings_to_env
    from linter.server.logs import log_config
    from linter.server.settings import ServerSettings

    if dump_openapi:
        from linter.atomic import write_atomic

        write_atomic(dump_openapi, openapi_document().encode("utf-8"))
        click.echo(f"brevlint: wrote {dump_openapi}")
        return
    if bool(certfile) != bool(keyfile):
        click.echo("brevlint: --certfile og --keyfile skal gives sammen", err=True)
        sys.exit(2)
    settings = ServerSettings(cors_origins=list(cors_origins), token=token or None, config_path=config_path,
                              threads=threads, serve_addin=not no_addin,
                              body_timeout=body_timeout)
    if max_body_bytes:
        settings.max_body_bytes = max_body_bytes
    try:
        import uvicorn
    except ImportError:
        click.echo("brevlint: serveren kræver ekstra pakker: pip install 'brevlint[server]'", err=True)
        sys.exit(2)
    common = dict(host=host, port=port, log_level=log_level, ssl_certfile=certfile, ssl_keyfile=keyfile,
                  timeout_keep_alive=5, h11_max_incomplete_event_size=16 * 1024, server_header=False,
                  limit_concurrency=256, access_log=True, log_config=log_config(log_level),
                  http="h11")  # h11: its incomplete-event (header) size limit applies
    if workers > 1:
        os.environ[SETTINGS_ENV] = settings_to_env(settings)
        if settings.token:
            os.environ["BREVLINT_TOKEN"] = settings.token
        uvicorn.run("linter.server.app:app_from_env", factory=True, workers=workers, **common)
        return
    from linter.errors import BrevlintError

    try:
        app = create_app(settings)
    except BrevlintError as exc:
        click.echo(f"brevlint: {exc.message('da')}", err=True)
        sys.exit(2)
    uvicorn.run(app, **common)
