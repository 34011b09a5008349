"""`brevlint serve`: the HTTP server for the Word add-in and LanguageTool clients.

Each option comes from its flag, else its environment variable, else the `serve:` section of
the `--config` file, else the safe default (linter/serve_config.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from linter.serve_config import DEFAULT_HOST, DEFAULT_PORT, LOG_LEVELS, normalise_origin, origin_problem

# options that the `serve:` section can also set, under the same name (`--no-addin` is `addin: false`)
_FILE_KEYS = ("host", "port", "workers", "threads", "cors_origins", "max_body_bytes", "body_timeout",
              "head_timeout", "allowed_hosts", "certfile", "keyfile", "log_level")


def _check_origins(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    for origin in value:
        problem = origin_problem(origin)
        if problem:
            raise click.BadParameter(problem[0], ctx=ctx, param=param)
    return tuple(normalise_origin(o) for o in value)


def _given(ctx: click.Context, values: dict[str, Any]) -> dict[str, Any]:
    """The options set by a flag or an environment variable (these win over the config file)."""
    out = {}
    for name in _FILE_KEYS:
        source = ctx.get_parameter_source(name)
        if source is ParameterSource.ENVIRONMENT and values[name] in ((), None):
            continue  # BREVLINT_CORS_ORIGINS=" " is unset, not "no CORS despite the config"
        if source in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT):
            out[name] = values[name]
    if ctx.get_parameter_source("no_addin") is ParameterSource.COMMANDLINE:
        out["addin"] = not values["no_addin"]
    return out


@click.command("serve")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Adresse at lytte på (standard kun denne maskine).")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Antal analyseprocesser: så mange breve analyseres samtidig (typisk én pr. kerne).")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Analysetråde hvor analysen ikke kan få egne processer (uden fork: macOS, Windows).")
@click.option("--certfile", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TLS-certifikat (PEM); Office-tilføjelsesprogrammer kræver HTTPS.")
@click.option("--keyfile", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TLS-nøgle (PEM).")
@click.option("--cors-origin", "cors_origins", multiple=True, envvar="BREVLINT_CORS_ORIGINS", show_envvar=True,
              callback=_check_origins,
              help="Oprindelse der må kalde API'et fra en browser, fx https://word.example.dk (kan gentages; "
                   "miljøvariablen: adskilt af mellemrum).")
@click.option("--token", envvar="BREVLINT_TOKEN", default=None, show_envvar=True,
              help="Kræv 'Authorization: Bearer TOKEN' (eller LanguageTools apiKey) på API'et. Brug miljøvariablen: "
                   "flaget kan ses af andre brugere i ps.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="brevlint.yaml med regler, tærskler og serverindstillinger (afsnittet serve:).")
@click.option("--max-body-bytes", default=None, type=click.IntRange(1024), help="Største request (byte).")
@click.option("--body-timeout", default=30.0, show_default=True, type=click.FloatRange(0.1),
              help="Sekunder en klient har til at sende hele requestens indhold.")
@click.option("--head-timeout", default=10.0, show_default=True, type=click.FloatRange(0.1),
              help="Sekunder en forbindelse har til at sende hele request-hovedet (mod forbindelser der intet sender).")
@click.option("--allowed-host", "allowed_hosts", multiple=True,
              help="Værtsnavn klienter bruger til serveren, fx brevlint.example.dk (kan gentages; IP-adresser og "
                   "localhost er altid tilladt). Andre Host-headere afvises (DNS-rebinding).")
@click.option("--insecure", is_flag=True,
              help="Tillad at lytte på en ikke-lokal adresse uden TLS og token (frarådes: breve er helbredsdata).")
@click.option("--no-addin", is_flag=True, help="Server ikke tilføjelsesprogrammets filer på /addin/.")
@click.option("--log-level", default="info", show_default=True, type=click.Choice(LOG_LEVELS))
@click.option("--dump-openapi", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Skriv OpenAPI-skemaet til filen (fx docs/openapi.json) og afslut.")
def serve(host, port, workers, threads, certfile, keyfile, cors_origins, token, config_path, max_body_bytes,
          body_timeout, head_timeout, allowed_hosts, insecure, no_addin, log_level, dump_openapi) -> None:
    """Start HTTP-serveren til Word-tilføjelsesprogrammet og LanguageTool-klienter."""
    import importlib.util

    missing = [m for m in ("fastapi", "uvicorn") if importlib.util.find_spec(m) is None]
    if missing:  # the server's packages are the optional extra `server`
        click.echo(f"brevlint: serveren kræver den valgfri pakkegruppe 'server' (mangler {', '.join(missing)}): "
                   "pip install 'brevlint[server]' (fra en klon: pip install '.[server]')", err=True)
        sys.exit(2)
    from linter.config import load_config_file
    from linter.errors import BrevlintError
    from linter.serve_config import resolve_serve_options
    from linter.server.app import SETTINGS_ENV, create_app, openapi_document, served_app, settings_to_env
    from linter.server.logs import log_config
    from linter.server.settings import settings_from_options

    if dump_openapi:
        from linter.atomic import write_atomic

        write_atomic(dump_openapi, openapi_document().encode("utf-8"))
        click.echo(f"brevlint: wrote {dump_openapi}")
        return
    try:
        from_file = load_config_file(config_path).serve if config_path else {}
    except BrevlintError as exc:
        click.echo(f"brevlint: {exc.message('da')}", err=True)
        sys.exit(2)
    ctx = click.get_current_context()
    values = dict(host=host, port=port, workers=workers, threads=threads, cors_origins=cors_origins,
                  max_body_bytes=max_body_bytes, body_timeout=body_timeout, head_timeout=head_timeout,
                  allowed_hosts=allowed_hosts, certfile=certfile, keyfile=keyfile, log_level=log_level,
                  no_addin=no_addin)
    opts = resolve_serve_options(from_file, _given(ctx, values))
    if bool(opts.certfile) != bool(opts.keyfile):
        click.echo("brevlint: --certfile og --keyfile (eller serve.certfile og serve.keyfile) skal gives sammen",
                   err=True)
        sys.exit(2)
    if token and ctx.get_parameter_source("token") is ParameterSource.COMMANDLINE:
        click.echo("brevlint: ADVARSEL: --token kan ses af alle brugere på maskinen (ps, /proc); "
                   "sæt hellere miljøvariablen BREVLINT_TOKEN", err=True)
    _refuse_open_bind(opts.host, tls=bool(opts.certfile), token=bool(token), insecure=insecure)
    settings = settings_from_options(opts, token=token, config_path=config_path)
    import uvicorn  # present: checked with the server extra above

    from linter.server.protocol import HEAD_TIMEOUT_ENV, GuardedH11Protocol

    # h11 (its incomplete-event size limit bounds a head) with a deadline for each request head;
    # no uvicorn limit_concurrency: it counts idle connections and answers plain text 503
    # (RequestGuardMiddleware limits requests in flight instead, with a JSON 503).
    os.environ[HEAD_TIMEOUT_ENV] = str(opts.head_timeout)
    common = dict(host=opts.host, port=opts.port, log_level=opts.log_level, ssl_certfile=opts.certfile,
                  ssl_keyfile=opts.keyfile, timeout_keep_alive=5, h11_max_incomplete_event_size=16 * 1024,
                  server_header=False, access_log=True, log_config=log_config(opts.log_level),
                  http=GuardedH11Protocol, timeout_worker_healthcheck=60)  # workers build spaCy at start-up
    from linter.server.isolation import fork_available

    if opts.workers > 1 and not fork_available():
        # No fork (macOS, Windows): no analysis pool either, so N uvicorn worker processes,
        # each with its own engine, get the connections their accept() wins.
        settings.processes = 1
        os.environ[SETTINGS_ENV] = settings_to_env(settings)
        if settings.token:
            os.environ["BREVLINT_TOKEN"] = settings.token
        uvicorn.run("linter.server.app:app_from_env", factory=True, workers=opts.workers, **common)
        return
    try:
        app = create_app(settings)
    except BrevlintError as exc:
        click.echo(f"brevlint: {exc.message('da')}", err=True)
        sys.exit(2)
    uvicorn.run(served_app(app, settings), **common)


def is_loopback(host: str) -> bool:
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _refuse_open_bind(host: str, *, tls: bool, token: bool, insecure: bool) -> None:
    """Other machines may reach the server only over TLS and with a token (letters are health data)."""
    if is_loopback(host) or (tls and token):
        return
    missing = " og ".join(x for x, ok in (("TLS (--certfile/--keyfile)", tls), ("token (BREVLINT_TOKEN)", token))
                          if not ok)
    if not insecure:
        click.echo(f"brevlint: nægter at lytte på {host} uden {missing}: andre maskiner kunne læse og sende breve "
                   "med helbredsoplysninger. Tilføj det manglende, lyt på 127.0.0.1, eller giv --insecure.", err=True)
        sys.exit(2)
    banner = "!" * 78
    click.echo(f"{banner}\nbrevlint: ADVARSEL (--insecure): lytter på {host} uden {missing}.\n"
               f"Alle der kan nå maskinen, kan sende og læse breve med helbredsoplysninger.\n{banner}", err=True)
