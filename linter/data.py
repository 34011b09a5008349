"""Where the shipped rules/ and lexicons/ live: inside the wheel, or in a checkout."""

from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """`name` is "rules" or "lexicons"."""
    packaged = _PKG / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PKG.parent / name


def cache_dir() -> Path | None:
    """Where brevlint's start-up caches live: $BREVLINT_CACHE_DIR, else $XDG_CACHE_HOME/brevlint,
    else ~/.cache/brevlint. They hold data derived from the shipped dictionaries, rules and
    lexicons (lemmas, compiled regexes, regex verdicts, the parsed shipped YAML), never letter text."""
    base = os.environ.get("BREVLINT_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    root = Path(xdg) if xdg else Path.home() / ".cache"
    return root / "brevlint"
