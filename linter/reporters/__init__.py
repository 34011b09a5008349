"""Reporters format results; they never decide what is a finding.

Every reporter is `render(results, *, lang, color, verbose, rules, root, notes, suppressed, ...)`
and ignores the keywords it does not need.
"""

from __future__ import annotations

from collections.abc import Callable

from linter.reporters.checkstyle import render_checkstyle
from linter.reporters.github import render_github
from linter.reporters.gitlab import render_gitlab
from linter.reporters.json_reporter import render_json
from linter.reporters.junit import render_junit
from linter.reporters.rdjson import render_rdjson
from linter.reporters.sarif import render_sarif
from linter.reporters.text_reporter import render_text

REPORTERS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "junit": render_junit,
    "rdjson": render_rdjson,
    "gitlab": render_gitlab,
    "checkstyle": render_checkstyle,
}
