"""Reporters format results; they never decide what is a finding.

Every reporter is `render(results, *, lang, color, verbose, rules, root, notes, suppressed, ...)`
and ignores the keywords it does not need.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

# name -> (module, function): a reporter's module is imported when it is first used, so that a
# plain `brevlint check` does not import the XML, SARIF and GitLab writers it never calls
_WHERE: dict[str, tuple[str, str]] = {
    "text": ("linter.reporters.text_reporter", "render_text"),
    "json": ("linter.reporters.json_reporter", "render_json"),
    "sarif": ("linter.reporters.sarif", "render_sarif"),
    "github": ("linter.reporters.github", "render_github"),
    "junit": ("linter.reporters.junit", "render_junit"),
    "rdjson": ("linter.reporters.rdjson", "render_rdjson"),
    "gitlab": ("linter.reporters.gitlab", "render_gitlab"),
    "checkstyle": ("linter.reporters.checkstyle", "render_checkstyle"),
}


class _Reporters(Mapping[str, Callable[..., str]]):
    def __getitem__(self, name: str) -> Callable[..., str]:
        module, attr = _WHERE[name]
        return getattr(importlib.import_module(module), attr)

    def __iter__(self) -> Iterator[str]:
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)


REPORTERS: Mapping[str, Callable[..., str]] = _Reporters()
