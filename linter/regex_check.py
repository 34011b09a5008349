"""Static check of user-supplied regular expressions against catastrophic backtracking.

Rule packs and lexicon folders are untrusted (docs/security.md). Python's `re` has no
timeout, so a pattern such as `(a+)+$` can hang on one line of a letter. At load time
we refuse, inside a repeat that can run more than once:
- a nested unbounded quantifier: `(a+)+`, `(.*)*`, `(\\w+\\s?)+`;
- alternatives that can start with the same character or match nothing: `(a|a)*`,
  `(a|ab)+`, `(x|)*`.
Atomic groups `(?>…)` and possessive quantifiers `a*+` never backtrack and are allowed,
so a refused pattern can always be rewritten. Polynomial patterns such as `.*.*=`
are not detected; the per-line limit (`max_line_characters`) bounds them.

Every start checks every shipped pattern again (some 400), which cost a cold check tens of
milliseconds. So a verdict is remembered: in the process for every pattern, and on disk
(`regexcheck-<version>.json` in the cache dir, `linter/data.py:cache_dir`) for the patterns that
were *accepted*, as digests of (flags, pattern). The version is a digest of this file's source
and the interpreter's version, so any change to the checker or to `re` starts afresh; a pattern
not accepted before by this very checker is always checked, and a refused one is never stored,
so it is refused again with the same message. The file holds digests of rule and lexicon
patterns only, never letter text; a missing, corrupt or read-only cache only means checking again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import re._constants as C  # noqa: N812
import re._parser as P  # noqa: N812
import sys
from pathlib import Path
from typing import Any

from linter.data import cache_dir
from linter.errors import ConfigError

_OTHER = "\uffff"  # stands for "any character outside the sample alphabet"
_ALPHABET = frozenset(
    [chr(c) for c in range(32, 127)] + list("æøåÆØÅéüäö\t\n\u00a0«»–—§½") + [_OTHER])
_CATEGORY = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_NO_BACKTRACK = (C.POSSESSIVE_REPEAT, C.ATOMIC_GROUP)


def _category(cat: Any) -> frozenset[str]:
    rx = re.compile(_CATEGORY.get(cat, r"[\s\S]"))
    return frozenset(ch for ch in _ALPHABET if ch == _OTHER or rx.match(ch))


def _in_set(items: list) -> frozenset[str]:
    negate = bool(items) and items[0][0] is C.NEGATE
    chars: set[str] = set()
    for op, av in items[1:] if negate else items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE:
            chars |= {ch for ch in _ALPHABET if av[0] <= ord(ch) <= av[1]}
            chars.add(_OTHER)  # a range may hold characters outside the sample
        elif op is C.CATEGORY:
            chars |= _category(av)
        else:
            chars |= _ALPHABET
    return frozenset(_ALPHABET - chars | {_OTHER}) if negate else frozenset(chars)


def _first(seq) -> tuple[frozenset[str], bool]:
    """Characters the sequence can start with, and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in seq:
        first, nullable = _first_item(op, av)
        out |= first
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _first_item(op, av) -> tuple[frozenset[str], bool]:
    if op is C.LITERAL:
        return frozenset({chr(av)}), False
    if op is C.NOT_LITERAL:
        return frozenset(_ALPHABET - {chr(av)} | {_OTHER}), False
    if op is C.ANY:
        return _ALPHABET, False
    if op is C.IN:
        return _in_set(av), False
    if op is C.SUBPATTERN:
        return _first(av[3])
    if op is C.ATOMIC_GROUP:
        return _first(av)
    if op in _REPEATS or op is C.POSSESSIVE_REPEAT:
        first, nullable = _first(av[2])
        return first, nullable or av[0] == 0
    if op is C.BRANCH:
        firsts = [_first(alt) for alt in av[1]]
        return frozenset().union(*(f for f, _ in firsts)), any(n for _, n in firsts)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset(), True
    return _ALPHABET, True  # group references, conditionals: assume anything


def _problem_in_repeat(seq) -> tuple[str, str] | None:
    for op, av in seq:
        if op in _NO_BACKTRACK:
            continue
        if op in _REPEATS and av[1] == C.MAXREPEAT:
            return ("indlejrede kvantorer som (a+)+", "nested quantifiers such as (a+)+")
        if op is C.BRANCH:
            seen: set[str] = set()
            for alt in av[1]:
                first, nullable = _first(alt)
                if nullable or seen & first:
                    return ("alternativer der kan matche det samme i en gentagelse, som (a|a)*",
                            "alternatives that can match the same text inside a repeat, such as (a|a)*")
                seen |= first
        for sub in _children(op, av):
            found = _problem_in_repeat(sub)
            if found:
                return found
    return None


def _children(op, av) -> list:
    if op is C.SUBPATTERN:
        return [av[3]]
    if op in _REPEATS:
        return [av[2]]
    if op is C.BRANCH:
        return list(av[1])
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    return []


def _scan(seq) -> tuple[str, str] | None:
    for op, av in seq:
        if op in _NO_BACKTRACK:
            continue
        if op in _REPEATS and av[1] > 1:
            found = _problem_in_repeat(av[2])
            if found:
                return found
        for sub in _children(op, av):
            found = _scan(sub)
            if found:
                return found
    return None


def regex_problem(pattern: str, flags: int = 0) -> tuple[str, str] | None:
    """(Danish, English) reason the pattern is refused, or None if it is acceptable."""
    if not isinstance(pattern, str):
        return ("skal være en tekst", "must be a string")
    key = (pattern, flags)
    if key in _MEMO:
        return _MEMO[key]
    digest = _digest(pattern, flags)
    if digest in _verified():
        problem = None
    else:
        problem = _judge(pattern, flags)
        if problem is None:
            _NEW.add(digest)
    if len(_MEMO) >= _MEMO_LIMIT:
        _MEMO.clear()
    _MEMO[key] = problem
    return problem


def _judge(pattern: str, flags: int) -> tuple[str, str] | None:
    if len(pattern) > 2000:
        return ("er længere end 2000 tegn", "is longer than 2000 characters")
    try:
        re.compile(pattern, flags)
        parsed = P.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError) as exc:
        return (f"ugyldigt regulært udtryk ({exc})", f"invalid regular expression ({exc})")
    found = _scan(parsed.data)
    if found:
        da, en = found
        return (f"kan give katastrofal backtracking: {da} (brug (?>…) eller en possessiv kvantor)",
                f"may backtrack catastrophically: {en} (use (?>…) or a possessive quantifier)")
    return None


# -- remembered verdicts ------------------------------------------------------------------------
_MEMO: dict[tuple[str, int], tuple[str, str] | None] = {}  # this process: every verdict
_MEMO_LIMIT = 20_000
_NEW: set[str] = set()  # digests accepted in this process and not yet on disk
_DISK: dict[str, Any] = {"path": None, "ok": frozenset()}  # the verdict file read, and its digests
_MAX_STORED = 50_000  # a file grown past this starts over with this run's patterns
_FORMAT = 1
_VERSION: str | None = None


def _version() -> str:
    """This checker's version: its source and the interpreter (whose `re` parser it reads)."""
    global _VERSION
    if _VERSION is None:
        try:
            source = Path(__file__).read_bytes()
        except OSError:
            source = os.urandom(16)  # unreadable source: a version no file can match
        _VERSION = hashlib.sha256(source + f"|{sys.version}|{_FORMAT}".encode()).hexdigest()[:16]
    return _VERSION


def _digest(pattern: str, flags: int) -> str:
    data = f"{flags}\x1f{pattern}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def verdict_file() -> Path | None:
    cdir = cache_dir()
    return cdir / f"regexcheck-{_version()}.json" if cdir is not None else None


def _verified() -> frozenset[str]:
    """Digests of the patterns this checker accepted in earlier runs (read once per cache file)."""
    path = verdict_file()
    if path != _DISK["path"]:
        ok: frozenset[str] = frozenset()
        try:
            data = json.loads(path.read_text(encoding="utf-8")) if path is not None else None
            if isinstance(data, dict) and data.get("version") == _version() and isinstance(data.get("ok"), list):
                ok = frozenset(d for d in data["ok"] if isinstance(d, str))
        except (OSError, ValueError):
            pass
        _DISK["path"], _DISK["ok"] = path, ok
    return _DISK["ok"]


def save_verdicts() -> None:
    """Write the patterns accepted in this process to the verdict file (the engine calls this once
    it is built). Never fails: a read-only or full cache only means checking again next time."""
    if not _NEW:
        return
    path = verdict_file()
    if path is None:
        return
    old = _verified()
    ok = old | _NEW if len(old) + len(_NEW) <= _MAX_STORED else frozenset(_NEW)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"version": _version(), "ok": sorted(ok)}, fh)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
        return
    _DISK["ok"] = frozenset(ok)
    _NEW.clear()


def check_regex(pattern: Any, path: Path | str, key: str, code: str = "bad-rule") -> None:
    """Raise a ConfigError naming file and key if `pattern` is refused."""
    problem = regex_problem(pattern)
    if problem:
        raise ConfigError(f"{path}: nøgle '{key}': {problem[0]}", f"{path}: key '{key}': {problem[1]}", code=code)


def check_token_pattern(pattern: Any, path: Path | str, key: str) -> None:
    """Check every REGEX in a spaCy token pattern (lists of dicts, nested attribute dicts)."""
    if isinstance(pattern, dict):
        for k, v in pattern.items():
            if k == "REGEX":
                check_regex(v, path, f"{key}.REGEX", code="bad-lexicon")
            else:
                check_token_pattern(v, path, f"{key}.{k}")
    elif isinstance(pattern, list):
        for i, item in enumerate(pattern):
            check_token_pattern(item, path, f"{key}[{i}]")
