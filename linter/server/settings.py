"""Server settings: defaults are safe (loopback, no CORS, bounded bodies)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


@dataclass
class ServerSettings:
    cors_origins: list[str] = field(default_factory=list)
    token: str | None = None
    config_path: Path | None = None
    max_body_bytes: int = 5 * 1024 * 1024  # a .docx upload or a JSON request
    max_paragraphs: int = 5_000
    max_characters: int = 500_000
    body_timeout: float = 30.0  # seconds for the whole body to arrive (slow clients)
    threads: int = 4  # analysis threads per worker process
    serve_addin: bool = True
    addin_dir: Path | None = None  # default: addin/ beside the package (repository checkout)
