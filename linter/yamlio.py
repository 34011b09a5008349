"""Safe YAML loading with errors that name the file and the position."""

from __future__ import annotations

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
    return parse_yaml(text, str(path))


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
