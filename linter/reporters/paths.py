"""How reporters name files: relative to a root (the working directory by default)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote


@lru_cache(maxsize=1024)
def _real(root: str) -> str:
    return os.path.realpath(root)


def _realpath(path: str) -> str:
    """os.path.realpath, with the folder's real path remembered: one lstat per file instead of
    one per path component (a report names hundreds of files in the same few folders)."""
    folder, name = os.path.split(os.path.abspath(path))
    if not name or ".." in path.replace(os.sep, "/").split("/") or os.path.islink(path):
        return os.path.realpath(path)  # ".." after a symlinked folder must be resolved in order
    return os.path.join(_real(folder), name)


def relative_posix(path: str, root: str | Path | None = None) -> str | None:
    """`path` relative to `root` as a POSIX path, or None if it lies outside `root`."""
    base = _real(str(root or os.getcwd()))
    try:
        full = _realpath(path)
    except (OSError, RuntimeError, ValueError):
        full = os.path.abspath(path)
    if full == base:
        return "."
    prefix = base if base.endswith(os.sep) else base + os.sep
    if not full.startswith(prefix):
        return None
    return full[len(prefix):].replace(os.sep, "/")


def display_path(path: str, root: str | Path | None = None) -> str:
    rel = relative_posix(path, root)
    return rel if rel is not None else Path(path).as_posix()


def artifact_location(path: str, root: str | Path | None = None) -> dict:
    """A SARIF artifactLocation: relative to %SRCROOT% when possible, else an absolute file URI."""
    rel = relative_posix(path, root)
    if rel is not None:
        return {"uri": quote(rel, safe="/"), "uriBaseId": "%SRCROOT%"}
    return {"uri": Path(os.path.abspath(path)).as_uri()}


def root_uri(root: str | Path | None = None) -> str:
    uri = Path(root or os.getcwd()).resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"
