"""reviewdog's Diagnostic Format (rdjson: one DiagnosticResult), so reviewdog can post findings as
review comments and a finding's fix (or replacement) as a GitHub suggested change.
Spec: https://github.com/reviewdog/reviewdog/tree/master/proto/rdf (columns are UTF-8 bytes)."""

from __future__ import annotations

import json

from linter.model import FileResult, Finding, Severity
from linter.reporters.paths import display_path
from linter.reporters.sarif import INFORMATION_URI, RULES_DOC
from linter.reporters.utf8_columns import byte_column, clear
from linter.rule_docs import anchor

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.SUGGESTION: "INFO"}


def _range(r: FileResult, f: Finding) -> dict:
    start = {"line": max(f.line, 1), "column": byte_column(r, max(f.line, 1), max(f.column, 1))}
    if f.document_level:
        return {"start": start}
    end_line = max(f.end_line, f.line, 1)
    return {"start": start, "end": {"line": end_line, "column": byte_column(r, end_line, max(f.end_column, 1))}}


def _suggestions(r: FileResult, f: Finding, rng: dict) -> list[dict]:
    """The finding's fix (its edits, unless display-only) as suggestions; without a fix, each
    replacement of the flagged words. A text with '…' is a pattern for the writer to complete
    (jargon: 'diskusprolaps (…)'), never text to commit."""
    if f.document_level or not f.text:
        return []
    if f.fix and f.fix.get("applicability") != "display-only":
        base = f.column - f.offset  # the column of the paragraph's first character (fix edits count from it)
        out = []
        for e in f.fix["edits"]:
            start, end = base + e["offset"], base + e["offset"] + e["length"]
            out.append({"range": {"start": {"line": f.line, "column": byte_column(r, f.line, start)},
                                  "end": {"line": f.line, "column": byte_column(r, f.line, end)}},
                        "text": e["text"]})
        if out and not any("…" in s["text"] for s in out):
            return out
        return []
    return [{"range": rng, "text": rep} for rep in f.replacements if "…" not in rep]


def _diagnostic(r: FileResult, f: Finding, root) -> dict:
    quote = " ".join(f.text.split())
    rng = _range(r, f)
    out = {
        "message": f"{f.message} «{quote}»" if quote else f.message,
        "location": {"path": display_path(r.path, root), "range": rng},
        "severity": SEVERITIES[f.severity],
        "code": {"value": f.rule, "url": f"{RULES_DOC}#{anchor(f.rule)}"},
    }
    suggestions = _suggestions(r, f, rng)
    if suggestions:
        out["suggestions"] = suggestions
    return out


def render_rdjson(results: list[FileResult], *, root=None, **_: object) -> str:
    clear()
    diagnostics = []
    for r in results:
        if r.error:  # reviewdog has no file-level error; the message names the file
            diagnostics.append({"message": r.error["message"], "location": {"path": display_path(r.path, root)},
                                "severity": "ERROR", "code": {"value": r.error.get("code", "error")}})
            continue
        diagnostics.extend(_diagnostic(r, f, root) for f in r.findings)
    worst = max((f.severity for r in results for f in r.findings), default=None)
    out: dict = {"source": {"name": "brevlint", "url": INFORMATION_URI}, "diagnostics": diagnostics}
    if any(r.error for r in results):
        out["severity"] = "ERROR"
    elif worst is not None:
        out["severity"] = SEVERITIES[worst]
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
