"""The `audit:` section of brevlint.yaml: engine, workers, scheduler, min_group.

Precedence: command-line flag > config file > default (resolved in linter/commands/audit.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from linter.errors import ConfigError

ENGINES = ("local", "dask")
KEYS = {"engine": str, "workers": int, "scheduler": str, "min_group": int, "batch_size": int}


def parse_audit(path: Path, data: Any) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: nøgle 'audit': skal være en mapping",
                          f"{path}: key 'audit': must be a mapping", code="config")
    out: dict[str, Any] = {}
    for key, value in data.items():
        want = KEYS.get(key)
        where = f"{path}: nøgle 'audit.{key}'", f"{path}: key 'audit.{key}'"
        if want is None:
            raise ConfigError(f"{where[0]}: ukendt nøgle (kendte: {', '.join(KEYS)})",
                              f"{where[1]}: unknown key (known: {', '.join(KEYS)})", code="config")
        if want is int and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise ConfigError(f"{where[0]}: skal være et positivt heltal", f"{where[1]}: must be a positive integer",
                              code="config")
        if want is str and not isinstance(value, str):
            raise ConfigError(f"{where[0]}: skal være en tekst", f"{where[1]}: must be a string", code="config")
        if key == "engine" and value not in ENGINES:
            raise ConfigError(f"{where[0]}: skal være en af {', '.join(ENGINES)}",
                              f"{where[1]}: must be one of {', '.join(ENGINES)}", code="config")
        if key == "scheduler" and not value.startswith(("tcp://", "tls://")):
            raise ConfigError(f"{where[0]}: skal være en adresse som tcp://host:8786",
                              f"{where[1]}: must be an address like tcp://host:8786", code="config")
        out[key] = value
    return out
