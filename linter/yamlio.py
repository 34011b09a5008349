"""Safe YAML loading with errors that name the file and the position."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from linter.errors import ConfigError

try:  # the C loader is much faster and equally safe
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


def load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: kan ikke læses ({exc})", f"{path}: cannot be read ({exc})") from None
    return parse_yaml(text, str(path))


def parse_yaml(text: str, shown: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (linje {mark.line + 1}, kolonne {mark.column + 1})" if mark else ""
        where_en = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{shown}: ugyldig YAML{where}: {problem}",
                          f"{shown}: invalid YAML{where_en}: {problem}", code="bad-yaml") from None
