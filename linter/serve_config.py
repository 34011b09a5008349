"""The `serve:` section of brevlint.yaml: `brevlint serve` options kept with the rest of the config.

Precedence is command-line flag > environment variable > config file > default (the flags and
variables are resolved in linter/commands/serve.py). The bearer token is refused here: a secret
must not sit in a file that is checked into git. This module imports nothing from the server
package, so `check` can parse a config without FastAPI installed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from linter.errors import ConfigError

DEFAULT_HOST = "127.0.0.1"  # loopback only: other machines must be allowed explicitly
DEFAULT_PORT = 8765
DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024
LOG_LEVELS = ("critical", "error", "warning", "info", "debug")
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """The effective options of `brevlint serve` after flags, environment and config file."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    workers: int = 1
    threads: int = 4
    cors_origins: tuple[str, ...] = ()  # no CORS: no web page may call the API
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    body_timeout: float = 30.0  # the whole request body
    head_timeout: float = 10.0  # the request head (linter/server/protocol.py)
    allowed_hosts: tuple[str, ...] = ()  # Host header names besides IP addresses and localhost
    addin: bool = True
    certfile: Path | None = None
    keyfile: Path | None = None
    log_level: str = "info"


def resolve_serve_options(from_file: dict[str, Any], given: dict[str, Any]) -> ServeOptions:
    """`given` holds only what a flag or environment variable set; it wins over the file."""
    merged = {**from_file, **given}
    for key in ("cors_origins", "allowed_hosts"):
        if key in merged:
            merged[key] = tuple(merged[key])
    return ServeOptions(**merged)


def origin_problem(origin: str) -> tuple[str, str] | None:
    """Why `origin` can never match a browser's Origin header (Danish, English), or None."""
    if origin.strip() == "*":
        return ("'*' (alle websider) er ikke tilladt: skriv hver oprindelse, fx https://word.example.dk",
                "'*' (every web page) is not allowed: list each origin, e.g. https://word.example.dk")
    if any(c.isspace() for c in origin) or not origin:
        return ("må ikke være tom eller indeholde mellemrum", "must not be empty or contain spaces")
    u = urlsplit(origin)
    if u.scheme.lower() not in _DEFAULT_PORTS or not origin.lower().startswith(f"{u.scheme.lower()}://"):
        return (f"'{origin}' mangler http:// eller https://", f"'{origin}' lacks http:// or https://")
    if not u.hostname or u.username or u.password:
        return (f"'{origin}' mangler en vært", f"'{origin}' lacks a host")
    if u.path or u.query or u.fragment or origin.endswith(("?", "#")):
        return (f"'{origin}' må kun have skema, vært og port (ingen sti, heller ikke en afsluttende /)",
                f"'{origin}' may only have scheme, host and port (no path, not even a trailing /)")
    try:
        u.port  # noqa: B018 - raises on a port out of range or not a number
    except ValueError:
        return (f"'{origin}' har en ugyldig port", f"'{origin}' has an invalid port")
    return None


def normalise_origin(origin: str) -> str:
    """As a browser sends it: lower case, no default port (a valid origin is assumed)."""
    u = urlsplit(origin)
    scheme, host = u.scheme.lower(), u.hostname or ""
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    port = "" if u.port in (None, _DEFAULT_PORTS[scheme]) else f":{u.port}"
    return f"{scheme}://{host}{port}"


def _err(path: Path, key: str, da: str, en: str) -> ConfigError:
    return ConfigError(f"{path}: nøgle 'serve.{key}': {da}", f"{path}: key 'serve.{key}': {en}", code="config")


def _int(path: Path, key: str, value: Any, lo: int, hi: int | None) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= lo and (hi is None or value <= hi)
    if not ok:
        span_da = f"mellem {lo} og {hi}" if hi is not None else f"mindst {lo}"
        span_en = f"between {lo} and {hi}" if hi is not None else f"at least {lo}"
        raise _err(path, key, f"skal være et heltal {span_da} (fik {value!r})",
                   f"must be a whole number {span_en} (got {value!r})")
    return value


def _host(path: Path, value: Any) -> str:
    if (not isinstance(value, str) or not value or any(c.isspace() or c in "/?#@" for c in value)
            or value.count(":") == 1):
        raise _err(path, "host", f"skal være et værtsnavn eller en IP-adresse, fx 127.0.0.1 (fik {value!r})",
                   f"must be a host name or an IP address, e.g. 127.0.0.1 (got {value!r})")
    return value


def _origins(path: Path, value: Any) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise _err(path, "cors_origins", "skal være en liste af oprindelser, fx [https://word.example.dk]",
                   "must be a list of origins, e.g. [https://word.example.dk]")
    for origin in items:
        problem = origin_problem(origin)
        if problem:
            raise _err(path, "cors_origins", problem[0], problem[1])
    return [normalise_origin(o) for o in items]


def _file(path: Path, key: str, value: Any) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise _err(path, key, "skal være en filsti", "must be a file path")
    full = (path.parent / value).resolve()  # relative to the config file, like rule_folders
    if not full.is_file():
        raise _err(path, key, f"filen '{value}' findes ikke", f"file '{value}' does not exist")
    return full


def _number(path: Path, key: str, value: Any, lo: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < lo:
        raise _err(path, key, f"skal være et tal på mindst {lo} (fik {value!r})",
                   f"must be a number of at least {lo} (got {value!r})")
    return float(value)


def parse_serve(path: Path, data: Any) -> dict[str, Any]:
    """Validate the `serve:` mapping; returns only the keys the file sets."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: nøgle 'serve': skal være en mapping", f"{path}: key 'serve': must be a mapping",
                          code="config")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key == "token":
            raise _err(path, "token", "en hemmelighed hører ikke hjemme i en fil, der lægges i git; "
                                      "brug miljøvariablen BREVLINT_TOKEN eller --token",
                       "a secret does not belong in a file that is checked into git; "
                       "use the BREVLINT_TOKEN environment variable or --token")
        if key == "host":
            out[key] = _host(path, value)
        elif key == "port":
            out[key] = _int(path, key, value, 0, 65535)
        elif key in ("workers", "threads"):
            out[key] = _int(path, key, value, 1, 64)
        elif key == "max_body_bytes":
            out[key] = _int(path, key, value, 1024, None)
        elif key in ("body_timeout", "head_timeout"):
            out[key] = _number(path, key, value, 0.1)
        elif key == "allowed_hosts":
            names = [value] if isinstance(value, str) else value
            if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
                raise _err(path, key, "skal være en liste af værtsnavne, fx [brevlint.example.dk]",
                           "must be a list of host names, e.g. [brevlint.example.dk]")
            out[key] = [_host(path, n) for n in names]
        elif key == "cors_origins":
            out[key] = _origins(path, value)
        elif key == "addin":
            if not isinstance(value, bool):
                raise _err(path, key, "skal være true eller false", "must be true or false")
            out[key] = value
        elif key in ("certfile", "keyfile"):
            out[key] = _file(path, key, value)
        elif key == "log_level":
            if value not in LOG_LEVELS:
                raise _err(path, key, f"skal være en af {', '.join(LOG_LEVELS)}",
                           f"must be one of {', '.join(LOG_LEVELS)}")
            out[key] = value
        else:
            known = ", ".join(sorted(f for f in ServeOptions.__dataclass_fields__))
            raise _err(path, str(key), f"ukendt nøgle (kendte: {known})", f"unknown key (known: {known})")
    if ("certfile" in out) != ("keyfile" in out):
        missing = "keyfile" if "certfile" in out else "certfile"
        raise _err(path, missing, "certfile og keyfile skal gives sammen", "certfile and keyfile go together")
    return out
