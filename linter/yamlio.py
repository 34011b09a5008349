"""Safe YAML loading with errors that name the file and the position."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import yaml

from linter.errors import ConfigError

try:  # the C loader is much faster and equally safe
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, refusing a key given twice in one mapping: YAML keeps the last silently, so a rule
    with two `unless_span:` keys would lose the first list without a word."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: set = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                if not isinstance(key, (str, int, float, bool)):
                    continue
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r} / nøglen {key!r} står to gange", key_node.start_mark)
                seen.add(key)
        return super().construct_mapping(node, deep)


MAX_YAML_BYTES = 5 * 1024 * 1024  # rule, lexicon and config files are far smaller
MAX_ALIASES = 100  # a "billion laughs" document expands a few aliases exponentially


def load_yaml(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            raise ConfigError(f"{path}: filen er større end {MAX_YAML_BYTES} byte",
                              f"{path}: the file is larger than {MAX_YAML_BYTES} bytes", code="bad-yaml")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: kan ikke læses ({exc})", f"{path}: cannot be read ({exc})") from None
    if _shipped(path):
        return _parsed_cache().load(text, str(path))
    return parse_yaml(text, str(path))


# The shipped rules and lexicons (~95 files) cost ~60 ms CPU to parse as YAML on every start and ~3 ms to
# read as JSON. Their parsed data is kept in one JSON file in the cache dir, keyed by each file's text
# (sha256), for this module's code, PyYAML's version and the data folder; only files under the shipped
# rules/ and lexicons/ folders (never a user's config, rule pack or lexicon), only data that JSON gives back
# unchanged (strings, numbers, booleans, null, lists, mappings with string keys), never a file that failed
# to parse. Every load returns data of its own (a caller may change it). Written with the regex verdicts
# once the engine is built (`save_parsed`); a missing, corrupt or read-only cache means parsing again.
_CACHE_FORMAT = 1


_SHIPPED: list[tuple[str, ...]] = []  # the shipped folders as given and resolved (found once)


def _shipped(path: Path) -> bool:
    if not _SHIPPED:
        from linter.data import data_dir

        dirs = [data_dir(name) for name in ("rules", "lexicons")]
        _SHIPPED.append(tuple(dict.fromkeys([*(str(d) for d in dirs), *(str(d.resolve()) for d in dirs)])))
    roots = _SHIPPED[0]
    shown = str(path)
    if any(shown.startswith(r + os.sep) for r in roots) and ".." not in path.parts:
        return True  # a path the loaders built from the data folder: no file-system lookups
    try:
        where = str(path.resolve())
    except OSError:
        return False
    return any(where.startswith(r + os.sep) for r in roots)


class _ParsedCache:
    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.entries: dict[str, Any] = {}  # text digest -> parsed data (each handed out once)
        self.new: dict[str, str] = {}  # digest -> data parsed in this process, as JSON text
        self.used: set[str] = set()
        if file is not None:
            got = self._read()
            if got is not None:
                self.entries = got

    def _read(self) -> dict[str, Any] | None:
        try:
            got = json.loads(self.file.read_text(encoding="utf-8"))  # type: ignore[union-attr]
        except (OSError, ValueError):
            return None
        return got if isinstance(got, dict) else None

    def load(self, text: str, shown: str) -> Any:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest in self.entries:
            self.used.add(digest)
            return self.entries.pop(digest)  # the caller's own (a second load of the same text parses it)
        data = parse_yaml(text, shown)
        try:
            dumped = json.dumps(data, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):
            return data  # not plain JSON data (a date, a set): parsed on every start
        if json.loads(dumped) == data and digest not in self.used:
            self.new[digest] = dumped
            self.used.add(digest)
        return data

    def save(self) -> None:
        """Write the file when this process parsed something new: the entries it used, those read from
        the file taken from the file again (a caller may have changed the data it was given)."""
        if not self.new or self.file is None:
            return
        old = self._read() or {}
        keep = {k: v for k, v in old.items() if k in self.used}  # files no longer shipped go
        keep.update((k, json.loads(v)) for k, v in self.new.items())
        self.new = {}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.file.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(keep, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.file)
        except OSError:
            pass


_PARSED: list[_ParsedCache] = []


def _parsed_cache() -> _ParsedCache:
    if not _PARSED:
        from linter.data import cache_dir, data_dir

        cdir = cache_dir()
        file = None
        if cdir is not None:
            where = f"{data_dir('rules')}|{data_dir('lexicons')}"
            h = hashlib.sha256(f"{_CACHE_FORMAT}|{yaml.__version__}|{where}".encode())
            try:
                h.update(Path(__file__).read_bytes())  # this module's loader decides the data
            except OSError:
                h.update(b"?")
            file = cdir / f"yaml-{h.hexdigest()[:16]}.json"
        _PARSED.append(_ParsedCache(file))
    return _PARSED[0]


def save_parsed() -> None:
    """Write the parsed data of this start's shipped YAML files, when any was parsed."""
    if _PARSED:
        _PARSED[0].save()


def _count_aliases(text: str) -> int:
    return sum(isinstance(t, yaml.AliasToken) for t in yaml.scan(text, Loader=_Loader))


def parse_yaml(text: str, shown: str) -> Any:
    """Parse with the safe loader: `!!python/object` and other tags (also `!include`)
    are refused, and so are documents with more than MAX_ALIASES aliases."""
    try:
        if "*" in text and "&" in text and _count_aliases(text) > MAX_ALIASES:
            raise ConfigError(f"{shown}: for mange YAML-aliaser (over {MAX_ALIASES})",
                              f"{shown}: too many YAML aliases (more than {MAX_ALIASES})", code="bad-yaml")
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (linje {mark.line + 1}, kolonne {mark.column + 1})" if mark else ""
        where_en = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if len(problem) > 200:  # never echo long file content back
            problem = problem[:200] + "…"
        raise ConfigError(f"{shown}: ugyldig YAML{where}: {problem}",
                          f"{shown}: invalid YAML{where_en}: {problem}", code="bad-yaml") from None
