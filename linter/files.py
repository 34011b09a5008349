"""Expand the user's paths into the files to check (recursive, include/exclude globs)."""

from __future__ import annotations

import os
import subprocess
from fnmatch import fnmatch
from pathlib import Path

from linter.errors import BrevlintError
from linter.readers import SUPPORTED_SUFFIXES, UNSUPPORTED_FORMATS

_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"}


def _matches(rel: str, globs: list[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch(rel, g) or fnmatch(name, g) for g in globs)


def _walk(top: str):
    """(a folder's path relative to `top` with "/", its file entries) in os.walk's top-down order,
    sorted, without descending into symlinked folders or the same folder twice. Each DirEntry
    already knows whether it is a symlink, which saves a system call per file."""
    stack, seen = [(top, "")], set()
    while stack:
        folder, rel = stack.pop()
        try:
            st = os.stat(folder)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        files, subdirs = [], []
        for e in entries:
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                files.append(e)
            elif not e.is_symlink() and e.name not in _SKIP_DIRS and not e.name.startswith("."):
                subdirs.append(e)
        yield rel, files
        stack.extend((e.path, f"{rel}{e.name}/") for e in reversed(subdirs))


STDIN = "-"  # the path that reads a letter from standard input


def expand_paths(paths: list[str], include: list[str], exclude: list[str],
                 skipped: list[str] | None = None) -> list[tuple[str, str | None]]:
    """Return (path, problem) pairs, each file once (a file named twice, or reached through two
    paths, is checked once); problem is None for a file to check, else a reason code
    ("symlink-loop", ...) so the caller can report it and go on. Files in a folder in a format
    brevlint cannot read (.doc, .pdf, .rtf, ...) are appended to `skipped`."""
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()

    def add(path: str, problem: str | None) -> None:
        key = path if path == STDIN else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            out.append((path, problem))

    for raw in paths:
        p = Path(raw)
        if raw == STDIN or not p.is_dir():
            add(raw, None)  # explicit files are always checked; errors come from the reader
            continue
        for rel_dir, entries in _walk(str(p)):
            for entry in entries:
                name = entry.name
                rel = rel_dir + name  # globs match relative to the folder given on the command line
                if name.startswith(("~$", ".~lock")) or ".brevlint." in name:
                    continue
                full = entry.path if os.sep == "/" else entry.path.replace(os.sep, "/")
                suffix = os.path.splitext(name)[1].lower()
                if suffix not in SUPPORTED_SUFFIXES and not _matches(rel, include):
                    if suffix in UNSUPPORTED_FORMATS and skipped is not None and not _matches(rel, exclude):
                        skipped.append(full)
                    continue
                if include and not _matches(rel, include):
                    continue
                if exclude and _matches(rel, exclude):
                    continue
                if entry.is_symlink():
                    try:
                        os.stat(entry.path)  # follows the link: a loop or a dangling link fails
                    except (OSError, ValueError):
                        out.append((full, "symlink-loop"))
                        continue
                add(full, None)
    return out


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=60, check=False)


def changed_since(ref: str, where: Path) -> set[Path]:
    """Absolute paths of files changed between `ref` and the working tree, plus untracked files
    (deleted files excluded). `where` is any folder inside the repository."""
    where = where if where.is_dir() else where.parent
    try:
        top = _git(["rev-parse", "--show-toplevel"], where)
    except FileNotFoundError:
        raise BrevlintError("--changed-since: git er ikke installeret", "--changed-since: git is not installed",
                            code="git") from None
    if top.returncode != 0:
        raise BrevlintError(f"--changed-since: {where} er ikke i et git-repository",
                            f"--changed-since: {where} is not inside a git repository", code="git")
    root = Path(top.stdout.decode().strip())
    if ref.startswith("-") or _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root).returncode:
        raise BrevlintError(f"--changed-since: ukendt git-reference '{ref}'",
                            f"--changed-since: unknown git reference '{ref}'", code="git")
    diff = _git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", ref, "--"], root)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    if diff.returncode or untracked.returncode:
        msg = (diff.stderr or untracked.stderr).decode(errors="replace").strip().splitlines()
        reason = msg[-1] if msg else "git failed"
        raise BrevlintError(f"--changed-since: git fejlede ({reason})", f"--changed-since: git failed ({reason})",
                            code="git")
    names = [n for out in (diff.stdout, untracked.stdout) for n in out.decode("utf-8", "surrogateescape").split("\0")]
    return {(root / n).resolve() for n in names if n and Path(n).suffix.lower() in SUPPORTED_SUFFIXES}


def only_changed(files: list[tuple[str, str | None]], changed: set[Path]) -> list[tuple[str, str | None]]:
    out = []
    for path, problem in files:
        try:
            full = Path(path).resolve()
        except (OSError, RuntimeError):
            continue
        if full in changed:
            out.append((path, problem))
    return out
