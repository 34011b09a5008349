"""Configuration: brevlint.yaml or [tool.brevlint] in pyproject.toml, found by walking
up from each checked file, or given with --config. Every error names file and key."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from linter.errors import ConfigError
from linter.model import Severity
from linter.readers.limits import Limits
from linter.serve_config import parse_serve
from linter.yamlio import load_yaml

CONFIG_NAMES = ("brevlint.yaml", ".brevlint.yaml", "brevlint.yml")
KEYS = {"profile", "template", "templates", "lang", "fail_level", "rules", "thresholds",
        "rule_folders", "lexicon_folders", "include", "exclude", "limits", "per_file_ignores", "serve",
        "suppressions", "vocab", "audit"}
PROFILES = ("sundhed-til-job", "job-til-sundhed", "generel")


@dataclass
class Config:
    path: Path | None = None
    profile: str | None = None
    template: bool | None = None
    templates: list[str] = field(default_factory=list)
    lang: str | None = None
    fail_level: str | None = None
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> {severity}
    thresholds: dict[str, float] = field(default_factory=dict)
    rule_folders: list[Path] = field(default_factory=list)
    lexicon_folders: list[Path] = field(default_factory=list)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    limits: Limits = field(default_factory=Limits)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    serve: dict[str, Any] = field(default_factory=dict)  # `brevlint serve` options set in the file
    suppressions: dict[str, list[str]] = field(default_factory=dict)  # {allowed, forbidden}: rule globs
    vocab: list[Path] = field(default_factory=list)  # team word lists (accept.txt, reject.txt), linter/vocab.py
    audit: dict[str, Any] = field(default_factory=dict)  # `brevlint audit run` options (linter/audit/options.py)

    @property
    def key(self) -> tuple:
        """What makes two configs need different engines."""
        return (tuple(map(str, self.rule_folders)), tuple(map(str, self.lexicon_folders)))

    def is_template(self, path: str) -> bool:
        if self.template:
            return True
        return any(fnmatch(path, g) or fnmatch(Path(path).name, g) for g in self.templates)

    def ignored_rules(self, path: str) -> set[str]:
        out: set[str] = set()
        for glob, ids in self.per_file_ignores.items():
            if fnmatch(path, glob) or fnmatch(Path(path).name, glob):
                out.update(ids)
        return out


def _err(path: Path, key: str, da: str, en: str) -> ConfigError:
    return ConfigError(f"{path}: nøgle '{key}': {da}", f"{path}: key '{key}': {en}", code="config")


def _strings(path: Path, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(path, key, "skal være en liste af tekster", "must be a list of strings")
    return value


def _globs(path: Path, key: str, value: Any) -> list[str]:
    """Globs are relative to the checked folder: no empty, absolute or '..' globs, and
    brackets must be balanced (fnmatch would silently treat '[' as a literal)."""
    globs = _strings(path, key, value)
    for g in globs:
        problem = None
        if not g.strip() or "\x00" in g:
            problem = ("er tom", "is empty")
        elif g.startswith("/") or ".." in g.replace("\\", "/").split("/"):
            problem = ("skal være relativ uden '..'", "must be relative, without '..'")
        elif g.count("[") != g.count("]"):
            problem = ("har ubalancerede [ ]", "has unbalanced [ ]")
        if problem:
            raise _err(path, key, f"ugyldig glob '{g}': {problem[0]}", f"invalid glob '{g}': {problem[1]}")
    return globs


def _confined_folder(path: Path, key: str, name: str) -> Path:
    """A rule/lexicon folder named by the config, relative to the config file; no file
    or folder inside it may be a symlink that leads outside it."""
    folder = (path.parent / name).resolve()
    if not folder.is_dir():
        raise _err(path, key, f"mappen '{name}' findes ikke", f"folder '{name}' does not exist")
    for root, dirs, files in os.walk(folder, followlinks=False):
        for entry in (*dirs, *files):
            full = Path(root) / entry
            if not full.is_symlink():
                continue
            target = full.resolve()
            if not target.is_relative_to(folder):
                raise _err(path, key, f"'{full}' er et symbolsk link uden for mappen '{name}'",
                           f"'{full}' is a symbolic link leading outside the folder '{name}'")
    return folder


def parse_config(path: Path, data: Any) -> Config:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: konfigurationen skal være en mapping",
                          f"{path}: the configuration must be a mapping", code="config")
    for key in data:
        if key not in KEYS:
            raise _err(path, key, "ukendt nøgle", "unknown key")
    cfg = Config(path=path)
    if "profile" in data:
        if data["profile"] not in PROFILES:
            raise _err(path, "profile", f"skal være en af {', '.join(PROFILES)}",
                       f"must be one of {', '.join(PROFILES)}")
        cfg.profile = data["profile"]
    if "template" in data:
        if not isinstance(data["template"], bool):
            raise _err(path, "template", "skal være true eller false", "must be true or false")
        cfg.template = data["template"]
    if "templates" in data:
        cfg.templates = _globs(path, "templates", data["templates"])
    if "lang" in data:
        if data["lang"] not in ("da", "en"):
            raise _err(path, "lang", "skal være da eller en", "must be da or en")
        cfg.lang = data["lang"]
    if "fail_level" in data:
        if data["fail_level"] not in ("error", "warning", "suggestion"):
            raise _err(path, "fail_level", "skal være error, warning eller suggestion",
                       "must be error, warning or suggestion")
        cfg.fail_level = data["fail_level"]
    rules = data.get("rules") or {}
    if not isinstance(rules, dict):
        raise _err(path, "rules", "skal være en mapping fra regel-id til indstilling",
                   "must map rule ids to settings")
    for rid, setting in rules.items():
        if isinstance(setting, str):
            setting = {"severity": setting}
        elif isinstance(setting, bool):
            setting = {"severity": "default" if setting else "off"}
        if not isinstance(setting, dict) or set(setting) - {"severity"}:
            raise _err(path, f"rules.{rid}", "skal være en alvorlighed (error/warning/suggestion/off)",
                       "must be a severity (error/warning/suggestion/off)")
        sev = setting.get("severity")
        if sev not in (None, "default", "off", "error", "warning", "suggestion"):
            raise _err(path, f"rules.{rid}", f"ukendt alvorlighed '{sev}'", f"unknown severity '{sev}'")
        cfg.rules[str(rid)] = {"severity": sev}
    th = data.get("thresholds") or {}
    if not isinstance(th, dict):
        raise _err(path, "thresholds", "skal være en mapping af tal", "must be a mapping of numbers")
    for k, v in th.items():
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v <= 0:
            raise _err(path, f"thresholds.{k}", "skal være et positivt tal", "must be a positive number")
    cfg.thresholds = {str(k): float(v) for k, v in th.items()}
    for key in ("rule_folders", "lexicon_folders", "vocab"):
        if key in data:
            setattr(cfg, key, [_confined_folder(path, key, f) for f in _strings(path, key, data[key])])
    for key in ("include", "exclude"):
        if key in data:
            setattr(cfg, key, _globs(path, key, data[key]))
    if "limits" in data:
        cfg.limits = Limits.from_mapping(data["limits"], path)
    pfi = data.get("per_file_ignores") or {}
    if not isinstance(pfi, dict):
        raise _err(path, "per_file_ignores", "skal være en mapping fra glob til regel-id'er",
                   "must map globs to rule ids")
    cfg.per_file_ignores = {_globs(path, "per_file_ignores", str(g))[0]: _strings(path, f"per_file_ignores.{g}", v)
                            for g, v in pfi.items()}
    if "serve" in data:
        cfg.serve = parse_serve(path, data["serve"])
    if "suppressions" in data:
        sup = data["suppressions"] or {}
        if not isinstance(sup, dict) or set(sup) - {"allowed", "forbidden"}:
            raise _err(path, "suppressions", "skal være en mapping med allowed og/eller forbidden",
                       "must be a mapping with allowed and/or forbidden")
        cfg.suppressions = {k: _strings(path, f"suppressions.{k}", v) for k, v in sup.items()}
    if "audit" in data:
        from linter.audit.options import parse_audit

        cfg.audit = parse_audit(path, data["audit"])
    return cfg


def load_config_file(path: Path) -> Config:
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: ugyldig TOML ({exc})", f"{path}: invalid TOML ({exc})",
                              code="config") from None
        return parse_config(path, data.get("tool", {}).get("brevlint", {}))
    if not path.is_file():
        raise ConfigError(f"{path}: konfigurationsfilen findes ikke", f"{path}: config file not found",
                          code="config")
    return parse_config(path, load_yaml(path))


def discover_config(start: Path) -> Path | None:
    d = start if start.is_dir() else start.parent
    d = d.resolve()
    for folder in (d, *d.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                if "brevlint" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
                    return py
            except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
    return None


def severity_override(cfg: Config, rid: str, default: Severity | None) -> Severity | None:
    s = cfg.rules.get(rid, {}).get("severity")
    if s in (None, "default"):
        return default
    if s == "off":
        return None
    return Severity.parse(s)
