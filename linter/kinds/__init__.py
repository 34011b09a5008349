"""Rule kinds: each implemented once; a rule of an existing kind is YAML only."""

from __future__ import annotations

from linter.kinds.abbreviation import AbbreviationKind
from linter.kinds.base import Kind
from linter.kinds.contact import ContactKind
from linter.kinds.direction import DirectionKind
from linter.kinds.explain import ExplainKind
from linter.kinds.forbid import ForbidKind
from linter.kinds.metric import MetricKind
from linter.kinds.placeholder import PlaceholderKind
from linter.kinds.require import RequireKind
from linter.kinds.substitute import SubstituteKind

KINDS: dict[str, type[Kind]] = {
    k.name: k
    for k in (RequireKind, ContactKind, ExplainKind, SubstituteKind, ForbidKind, MetricKind,
              PlaceholderKind, AbbreviationKind, DirectionKind)
}
