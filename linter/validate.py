"""The rule ids and threshold names a user writes (config `rules:`, `per_file_ignores:`, `thresholds:`,
`--disable`), checked against the rules that exist, so a typo is an error, never a silent no-op."""

from __future__ import annotations

from difflib import get_close_matches
from functools import lru_cache
from typing import TYPE_CHECKING

from linter.errors import ConfigError, UsageError

if TYPE_CHECKING:
    from linter.config import Config
    from linter.engine.rule import Rule


@lru_cache(maxsize=16)
def _load(folders: tuple[str, ...]) -> tuple[Rule, ...]:
    from pathlib import Path

    from linter.analysis.regex_cache import start_regexes
    from linter.data import data_dir
    from linter.long_lived import long_lived

    # the engine of the run takes these very rules (Runner.engine_for); the kinds' modules compile
    # their regexes as they are imported (and the letter cues), from the start-up regex cache
    with long_lived(), start_regexes():
        from linter.engine.loader import load_rules
        from linter.kinds import KINDS

        return tuple(load_rules([data_dir("rules"), *map(Path, folders)], KINDS))


def rule_catalogue(cfg: Config) -> tuple[Rule, ...]:
    """The rules a config uses (the rule YAML only: no lexicons, no spaCy), read once per process
    and rule folders: the runner builds its engine from these too."""
    return _load(tuple(map(str, cfg.rule_folders)))


def _hint(word: str, known: set[str], lang: str) -> str:
    close = get_close_matches(word, sorted(known), n=1)
    if not close:
        return ""
    return f" (did you mean '{close[0]}'?)" if lang == "en" else f" (mente du '{close[0]}'?)"


def check_config_ids(cfg: Config, rules) -> None:
    known = {r.id for r in rules}
    where = cfg.path or "--config"
    for rid in list(cfg.rules) + [i for ids in cfg.per_file_ignores.values() for i in ids]:
        if rid not in known:
            key = f"rules.{rid}" if rid in cfg.rules else "per_file_ignores"
            raise ConfigError(f"{where}: nøgle '{key}': ukendt regel-id '{rid}'{_hint(rid, known, 'da')}",
                              f"{where}: key '{key}': unknown rule id '{rid}'{_hint(rid, known, 'en')}",
                              code="config")
    keys = {str(r.params["threshold_key"]) for r in rules if r.params.get("threshold_key")}
    for k in cfg.thresholds:
        if k not in keys:
            known_keys = ", ".join(sorted(keys))
            raise ConfigError(f"{where}: nøgle 'thresholds.{k}': ukendt tærskel (kendte: {known_keys})",
                              f"{where}: key 'thresholds.{k}': unknown threshold (known: {known_keys})",
                              code="config")


def check_disabled(ids, rules, source: str = "--disable") -> None:
    known = {r.id for r in rules}
    for rid in ids:
        if rid not in known:
            raise UsageError(f"{source}: ukendt regel-id '{rid}'{_hint(rid, known, 'da')}",
                             f"{source}: unknown rule id '{rid}'{_hint(rid, known, 'en')}")
