"""Load every rules/**/*.yaml (plus extra folders) and validate each file."""

from __future__ import annotations

from pathlib import Path

from linter.engine.rule import Rule, parse_rule
from linter.errors import ConfigError
from linter.yamlio import load_yaml


def load_rules(folders: list[Path], kinds: dict[str, type]) -> list[Rule]:
    rules: dict[str, Rule] = {}
    for folder in folders:
        if not folder.is_dir():
            raise ConfigError(f"{folder}: regelmappen findes ikke", f"{folder}: rule folder does not exist",
                              code="bad-rule")
        root = folder.resolve()
        for path in sorted(folder.rglob("*.y*ml")):
            if not path.is_file():
                continue
            if not path.resolve().is_relative_to(root):
                raise ConfigError(f"{path}: symbolsk link uden for regelmappen {folder} afvises",
                                  f"{path}: symbolic link leading outside the rule folder {folder} is refused",
                                  code="bad-rule")
            rule = parse_rule(path, load_yaml(path), kinds)
            if rule.id in rules and rules[rule.id].path.parent.resolve() == path.parent.resolve():
                raise ConfigError(
                    f"{path}: nøgle 'id': regel-id '{rule.id}' findes også i {rules[rule.id].path}",
                    f"{path}: key 'id': rule id '{rule.id}' is also defined in {rules[rule.id].path}",
                    code="bad-rule")
            rules[rule.id] = rule  # a later folder (config) may replace a shipped rule
    return list(rules.values())
