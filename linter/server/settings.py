"""Server settings: defaults are safe (loopback, no CORS, bounded bodies)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from linter.serve_config import DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT, ServeOptions

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ServerSettings", "settings_from_options"]


@dataclass
class ServerSettings:
    cors_origins: list[str] = field(default_factory=list)
    token: str | None = None
    config_path: Path | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # a .docx upload or a JSON request
    max_paragraphs: int = 5_000
    max_characters: int = 500_000
    body_timeout: float = 30.0  # seconds for the whole body to arrive (slow clients)
    threads: int = 4  # analysis threads where there is no fork (no analysis processes)
    processes: int = 1  # analysis processes (`--workers`): letters analysed at once
    max_in_flight: int = 256  # requests being served at once; more get a JSON 503
    allowed_hosts: list[str] = field(default_factory=list)  # Host names besides IPs and localhost (serve)
    head_timeout: float = 10.0  # seconds for a request head to arrive (linter/server/protocol.py)
    serve_addin: bool = True
    addin_dir: Path | None = None  # default: addin/ beside the package (repository checkout)


def settings_from_options(opts: ServeOptions, *, token: str | None = None,
                          config_path: Path | None = None) -> ServerSettings:
    """The app's settings from the resolved `serve` options (host, port and TLS go to uvicorn);
    `workers` is the number of analysis processes (linter/server/isolation.py, AnalysisPool)."""
    return ServerSettings(cors_origins=list(opts.cors_origins), token=token or None, config_path=config_path,
                          max_body_bytes=opts.max_body_bytes, body_timeout=opts.body_timeout,
                          head_timeout=opts.head_timeout, allowed_hosts=[opts.host, *opts.allowed_hosts],
                          threads=opts.threads, processes=opts.workers, serve_addin=opts.addin)
