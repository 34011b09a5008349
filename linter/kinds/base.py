"""The contract every rule kind implements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from linter.engine.rule import Rule, param_error
from linter.model import CheckItem, Finding

if TYPE_CHECKING:
    from linter.analysis.analysis import Analysis
    from linter.lexicons import LexiconSet


@dataclass(frozen=True, slots=True)
class Param:
    type: type | tuple[type, ...]
    required: bool = False
    default: Any = None
    choices: tuple[Any, ...] | None = None


@dataclass(slots=True)
class Context:
    """What a kind may consult besides the analysis."""

    profile: str
    lang: str
    template: bool
    lexicons: LexiconSet
    thresholds: dict[str, Any]


class Kind:
    name: ClassVar[str] = ""
    document_level: ClassVar[bool] = False
    params: ClassVar[dict[str, Param]] = {}
    # The zones a rule of this kind judges when its YAML declares no `scope:` (names of
    # linter/letter/zones.py SCOPES, "~" excludes). The kind itself keeps no zone list: it asks
    # `in_scope`, which reads the rule's scope, so what a rule sees is visible in its YAML.
    default_scope: ClassVar[tuple[str, ...]] = ("all",)

    def __init__(self, rule: Rule, lexicons: LexiconSet) -> None:
        self.rule = rule
        self.lexicons = lexicons
        self.p = {k: rule.params.get(k, spec.default) for k, spec in self.params.items()}
        self.prepare()

    def in_scope(self, zone: str) -> bool:
        """Whether text in `zone` counts for this rule (its `scope:`, else the kind's default)."""
        return self.rule.in_scope(zone)

    def prepare(self) -> None:
        """Check params against loaded lexicons; raise ConfigError with the key."""

    @classmethod
    def validate_params(cls, rule: Rule) -> None:
        for key in rule.params:
            if key not in cls.params:
                raise param_error(rule, key, f"ukendt parameter for regeltypen '{cls.name}'",
                                  f"unknown parameter for rule kind '{cls.name}'")
        for key, spec in cls.params.items():
            if key not in rule.params:
                if spec.required:
                    raise param_error(rule, key, "mangler", "is missing")
                continue
            value = rule.params[key]
            if not isinstance(value, spec.type) or isinstance(value, bool) and spec.type in (int, float):
                raise param_error(rule, key, f"har forkert type ({type(value).__name__})",
                                  f"has the wrong type ({type(value).__name__})")
            if spec.choices and value not in spec.choices:
                raise param_error(rule, key, f"skal være en af {spec.choices}",
                                  f"must be one of {spec.choices}")

    def finding(self, ctx: Context, start: int = -1, end: int = -1, **kw: Any) -> Finding:
        message = kw.pop("message", None) or self.rule.message_for(ctx.lang)
        return Finding(rule=self.rule.id, severity=self.rule.severity, message=message,
                       start=start, end=end, **kw)

    def check(self, a: Analysis, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    def requirement(self, a: Analysis, ctx: Context) -> CheckItem | None:
        """Document-level kinds: the rule's checklist entry for this letter (status "ok" with the
        span that satisfied it, or "missing" with where the fix belongs). None: not a requirement."""
        return None
