"""A rule as loaded from YAML, validated against the common schema and its kind's params."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter.errors import ConfigError
from linter.model import Severity
from linter.regex_check import check_regex

PROFILES = ("sundhed-til-job", "job-til-sundhed", "generel")
ID_RE = re.compile(r"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$")
SEVERITIES = ("error", "warning", "suggestion", "off")


@dataclass(slots=True)
class Rule:
    id: str
    kind: str
    profiles: tuple[str, ...]
    severity: Severity | None  # None = off
    message: str
    message_en: str
    description: str
    description_en: str
    source: dict[str, Any]
    params: dict[str, Any]
    examples: dict[str, Any]
    path: Path
    template_severity: Severity | None | str = "same"
    data: dict[str, Any] = field(default_factory=dict)
    # `scope:` — the zones whose text the rule judges, as (included, excluded) zone names
    # (linter/letter/zones.py); a rule without one gets its kind's `default_scope` at load.
    # The engine drops span findings outside it; kinds that read evidence ask `in_scope` too.
    scope: tuple[frozenset[str], frozenset[str]] | None = None

    def in_scope(self, zone: str) -> bool:
        return self.scope is None or (zone in self.scope[0] and zone not in self.scope[1])

    def message_for(self, lang: str) -> str:
        return self.message_en if lang == "en" else self.message

    def applies_to(self, profile: str) -> bool:
        return profile in self.profiles


def _err(path: Path, key: str, da: str, en: str) -> ConfigError:
    return ConfigError(f"{path}: nøgle '{key}': {da}", f"{path}: key '{key}': {en}", code="bad-rule")


def _severity(path: Path, key: str, value: Any) -> Severity | None:
    if not isinstance(value, str) or value.lower() not in SEVERITIES:
        raise _err(path, key, f"skal være en af {', '.join(SEVERITIES)}",
                   f"must be one of {', '.join(SEVERITIES)}")
    return None if value.lower() == "off" else Severity.parse(value)


def _text(path: Path, data: dict, key: str, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise _err(path, key, "mangler eller er tom", "is missing or empty")
    return value.strip()


# Kind params that are regular expressions: refused at load time if they could
# backtrack catastrophically (linter/regex_check.py).
REGEX_PARAMS = {"placeholder": ("patterns",), "substitute": ("allow_line_start",)}

KNOWN_KEYS = {"id", "kind", "profiles", "severity", "message", "message_en", "description",
              "description_en", "source", "params", "examples", "template_severity", "tags", "scope"}


def _scope(path: Path, value: Any) -> tuple[frozenset[str], frozenset[str]] | None:
    """`scope: [body, ~quoted]` (Vale-style): scope names of linter/letter/zones.py, "~" excludes."""
    from linter.letter.zones import SCOPES, parse_scope

    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(x, str) for x in items):
        raise _err(path, "scope", "skal være en liste af zonenavne", "must be a list of zone names")
    for x in items:
        if x.lstrip("~") not in SCOPES:
            known = ", ".join(sorted(SCOPES))
            raise _err(path, "scope", f"ukendt zone '{x}' (kendte: {known})", f"unknown zone '{x}' (known: {known})")
    inc, exc = parse_scope(items)
    return frozenset(z.value for z in inc), frozenset(z.value for z in exc)


def parse_rule(path: Path, data: Any, kinds: dict[str, type]) -> Rule:
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: en regelfil skal være en YAML-mapping",
                          f"{path}: a rule file must be a YAML mapping", code="bad-rule")
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise _err(path, unknown[0], "ukendt nøgle", "unknown key")
    rid = _text(path, data, "id")
    if not ID_RE.match(rid):
        raise _err(path, "id", f"'{rid}' er ikke et gyldigt regel-id", f"'{rid}' is not a valid rule id")
    kind = _text(path, data, "kind")
    if kind not in kinds:
        raise _err(path, "kind", f"ukendt regeltype '{kind}' (kendte: {', '.join(sorted(kinds))})",
                   f"unknown rule kind '{kind}' (known: {', '.join(sorted(kinds))})")
    profiles = data.get("profiles", "all")
    if profiles == "all":
        profiles = list(PROFILES)
    if not isinstance(profiles, list) or not profiles or any(p not in PROFILES for p in profiles):
        raise _err(path, "profiles", f"skal være 'all' eller en liste af {', '.join(PROFILES)}",
                   f"must be 'all' or a list of {', '.join(PROFILES)}")
    severity = _severity(path, "severity", data.get("severity"))
    tsev: Severity | None | str = "same"
    if "template_severity" in data:
        tsev = _severity(path, "template_severity", data["template_severity"])
    source = data.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("quote"), str) \
            or not isinstance(source.get("document"), str):
        raise _err(path, "source", "skal have 'document' og 'quote' (citat fra kilden)",
                   "must have 'document' and 'quote' (a quote from the source)")
    params = data.get("params") or {}
    if not isinstance(params, dict):
        raise _err(path, "params", "skal være en mapping", "must be a mapping")
    examples = data.get("examples") or {}
    if not isinstance(examples, dict):
        raise _err(path, "examples", "skal være en mapping med pass/fail", "must be a mapping with pass/fail")
    for k in ("pass", "fail"):
        ex = examples.get(k, [])
        if not isinstance(ex, list) or not all(isinstance(e, str) for e in ex):
            raise _err(path, f"examples.{k}", "skal være en liste af tekster", "must be a list of strings")
    rule = Rule(
        id=rid, kind=kind, profiles=tuple(profiles), severity=severity,
        message=_text(path, data, "message"), message_en=_text(path, data, "message_en"),
        description=_text(path, data, "description", required=False),
        description_en=_text(path, data, "description_en", required=False),
        source=source, params=params, examples=examples, path=path, template_severity=tsev,
        data=data, scope=_scope(path, data.get("scope")),
    )
    kinds[kind].validate_params(rule)
    if rule.scope is None:  # no `scope:` in the YAML: the kind's default (kinds/base.py default_scope)
        rule.scope = _scope(path, list(getattr(kinds[kind], "default_scope", ("all",))))
    for key in REGEX_PARAMS.get(kind, ()):
        value = params.get(key)
        for i, pattern in enumerate(value if isinstance(value, list) else [value] if value else []):
            check_regex(pattern, path, f"params.{key}[{i}]")
    return rule


def param_error(rule: Rule, key: str, da: str, en: str) -> ConfigError:
    return _err(rule.path, f"params.{key}", da, en)
