"""GitLab Code Quality report (a JSON array of Code Climate issues) for the merge-request widget,
which SARIF does not feed on GitLab's free tiers.
Spec: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format

The fingerprint must be stable across runs and unique per finding: it hashes the path (as shown)
with the finding's content fingerprint (rule, flagged text, its paragraph's text, occurrence;
linter/fingerprint.py), so it survives edits elsewhere in the letter but not a rename."""

from __future__ import annotations

import hashlib
import json

from linter.model import FileResult, Finding, Severity
from linter.reporters.paths import display_path

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.SUGGESTION: "info"}


def gitlab_fingerprint(path: str, f: Finding) -> str:
    basis = f.fingerprint or f"{f.rule}:{f.line}:{f.column}:{f.text}"
    return hashlib.sha256(f"{path}\0{basis}".encode()).hexdigest()[:32]


def _issue(path: str, f: Finding) -> dict:
    quote = " ".join(f.text.split())
    return {
        "type": "issue",
        "check_name": f.rule,
        "description": f"{f.message} «{quote}»" if quote else f.message,
        "categories": ["Style"] if f.rule.startswith("sprog.") else ["Clarity"],
        "severity": SEVERITIES[f.severity],
        "fingerprint": gitlab_fingerprint(path, f),
        "location": {"path": path, "lines": {"begin": max(f.line, 1), "end": max(f.end_line, f.line, 1)}},
    }


def render_gitlab(results: list[FileResult], *, root=None, **_: object) -> str:
    issues = []
    for r in results:
        path = display_path(r.path, root)
        if r.error:  # Code Quality has no error entry: a blocker names the file and the reason
            issues.append({"type": "issue", "check_name": f"brevlint.{r.error.get('code', 'error')}",
                           "description": r.error["message"], "categories": ["Bug Risk"], "severity": "blocker",
                           "fingerprint": hashlib.sha256(f"{path}\0error".encode()).hexdigest()[:32],
                           "location": {"path": path, "lines": {"begin": 1}}})
            continue
        issues.extend(_issue(path, f) for f in r.findings)
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
