"""An on-disk cache of compiled regular expressions for start-up.

Building spaCy's Danish tokenizer compiles three very large regexes (prefix, suffix,
infix: ~37 kB of pattern with huge Unicode character classes); CPython spends most of
that time in its pure-Python regex parser and compiler, on every start. The compiler's
output (the SRE code list) is plain data, so we store it once and hand it straight to
`_sre.compile` on later starts.

The cache holds regex patterns that come from spaCy and our lexicons, never letter
text. Besides the pipeline build (tag `spacy-<version>`) it serves the rest of a start
(`start_regexes`, tag `brevlint-start`): the imports of brevlint's modules and of spaCy, and
the engine's rules, lexicons and cue sets. It is keyed by the exact interpreter (version, SRE magic): any other
interpreter gets its own file. Anything unexpected (private API missing, unreadable,
corrupt or read-only cache) silently falls back to the normal compiler.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:  # CPython internals; absent elsewhere -> the cache is simply off
    import _sre
    import re._compiler as _compiler  # type: ignore[import-not-found]

    _AVAILABLE = hasattr(_compiler, "compile") and hasattr(_sre, "compile")
except ImportError:  # pragma: no cover
    _AVAILABLE = False

_FORMAT = 1


def _interpreter_key() -> str:
    magic = getattr(_sre, "MAGIC", 0) if _AVAILABLE else 0
    return f"{sys.implementation.name}-{sys.hexversion:x}-{magic}-{_FORMAT}"


def cache_file(cdir: Path, tag: str) -> Path:
    digest = hashlib.sha256(f"{_interpreter_key()}|{tag}".encode()).hexdigest()[:16]
    return cdir / f"regex-{digest}.json"


_LOADED: dict[Path, dict[str, list[Any]]] = {}  # files read (and written) in this process


def _load(path: Path) -> dict[str, list[Any]]:
    if path in _LOADED:  # a start enters the start-up cache several times: read the file once
        return _LOADED[path]
    _LOADED[path] = entries = _read(path)
    return entries


def _read(path: Path) -> dict[str, list[Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("key") != _interpreter_key() \
            or not isinstance(data.get("entries"), dict):
        return {}
    return data["entries"]


def _from_entry(pattern: str, entry: list[Any]):
    final_flags, code, groups, groupindex, indexgroup = entry
    if not (isinstance(final_flags, int) and isinstance(code, list) and isinstance(groups, int)
            and isinstance(groupindex, dict) and isinstance(indexgroup, list)):
        raise ValueError("bad regex cache entry")
    # _sre validates the code and raises on anything malformed
    return _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))


START_TAG = "brevlint-start"


def start_regexes() -> contextlib.AbstractContextManager[None]:
    """The cache for what a start compiles outside the pipeline build: the module-level regexes of
    brevlint and spaCy as they are imported, and the rule, lexicon and cue patterns as the engine
    is built. Only around start-up code: never around a check, whose regexes may hold letter text."""
    from linter.data import cache_dir

    return cached_regexes(cache_dir(), START_TAG)


@contextlib.contextmanager
def cached_regexes(cdir: Path | None, tag: str) -> Iterator[None]:
    """Within the block, `re.compile` of a str pattern uses (and fills) the disk cache.

    `tag` names the set of patterns expected (e.g. the spaCy version), so that a
    different set gets its own file instead of rewriting one file back and forth.
    """
    if not _AVAILABLE or cdir is None:
        yield
        return
    path = cache_file(cdir, tag)
    entries = _load(path)
    added: dict[str, list[Any]] = {}
    original = _compiler.compile

    def compile_cached(p, flags=0):
        if not isinstance(p, str) or flags & 128:  # 128 = re.DEBUG: leave it alone
            return original(p, flags)
        key = f"{flags}\x1f{p}"
        entry = entries.get(key)
        if entry is not None:
            try:
                return _from_entry(p, entry)
            except Exception:  # corrupt entry: recompile and overwrite
                pass
        parsed = _compiler._parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        new = [flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, indexgroup]
        added[key] = new
        return _from_entry(p, new)

    _compiler.compile = compile_cached
    try:
        yield
    finally:
        _compiler.compile = original
        if added:
            merged = {**entries, **added} if len(entries) + len(added) <= _MAX_ENTRIES else added
            _LOADED[path] = merged
            _store(path, merged)


_MAX_ENTRIES = 5_000  # a file grown past this (lexicons edited often) starts over with this run's


def _store(path: Path, entries: dict[str, list[Any]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"key": _interpreter_key(), "entries": entries}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # read-only cache dir: compile normally next time
