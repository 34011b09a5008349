"""Expand the user's paths into the files to check (recursive, include/exclude globs)."""

from __future__ import annotations

import os
from fnmatch import fnmatch
from pathlib import Path

from linter.readers import SUPPORTED_SUFFIXES

_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"}


def _matches(rel: str, globs: list[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch(rel, g) or fnmatch(name, g) for g in globs)


def expand_paths(paths: list[str], include: list[str], exclude: list[str]) -> list[tuple[str, str | None]]:
    """Return (path, problem) pairs; problem is None for a file to check, else a reason code
    ("not-found", "symlink-loop", ...) so the caller can report it and go on."""
    out: list[tuple[str, str | None]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen_dirs: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=False):
                try:
                    st = os.stat(root)
                    key = (st.st_dev, st.st_ino)
                except OSError:
                    continue
                if key in seen_dirs:
                    dirs[:] = []
                    continue
                seen_dirs.add(key)
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    full = Path(root) / name
                    # globs match relative to the folder given on the command line
                    rel = full.relative_to(p).as_posix()
                    if name.startswith(("~$", ".~lock")) or ".brevlint." in name:
                        continue
                    if full.suffix.lower() not in SUPPORTED_SUFFIXES and not _matches(rel, include):
                        continue
                    if include and not _matches(rel, include):
                        continue
                    if exclude and _matches(rel, exclude):
                        continue
                    if full.is_symlink():
                        try:
                            full.resolve(strict=True)
                        except (OSError, RuntimeError):
                            out.append((full.as_posix(), "symlink-loop"))
                            continue
                    out.append((full.as_posix(), None))
        else:
            out.append((raw, None))  # explicit files are always checked; errors come from the reader
    return out
