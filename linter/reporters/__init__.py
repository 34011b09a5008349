"""Reporters format results; they never decide what is a finding."""

from __future__ import annotations

from collections.abc import Callable

from linter.reporters.json_reporter import render_json
from linter.reporters.text_reporter import render_text

REPORTERS: dict[str, Callable] = {"text": render_text, "json": render_json}
