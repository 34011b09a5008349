"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Only the flagged words of a letter appear (in the message) and the sector words that decided its
profile (in `artifacts[].properties`); never a paragraph or snippet. The run's
`properties.checklist` gives each letter's requirements with their locations, without text.
"""

from __future__ import annotations

import json

from linter import __version__
from linter.fingerprint import SCHEME
from linter.i18n import part_name, profile_source
from linter.model import FileResult, Finding, Severity
from linter.reporters.json_reporter import check_item_dict
from linter.reporters.paths import artifact_location, root_uri
from linter.rule_docs import anchor

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/brevlint/brevlint"
RULES_DOC = INFORMATION_URI + "/blob/main/docs/rules.md"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}


def sarif_level(sev: Severity | None) -> str:
    return LEVELS.get(sev, "none") if sev is not None else "none"


def logical_name(f: Finding, lang: str) -> str:
    return f"{f.part_label or part_name(f.part, lang)} ¶{f.part_paragraph}"


def _message(f: Finding) -> str:
    quote = " ".join(f.text.split())
    return f"{f.message} «{quote}»" if quote else f.message


def _rule_descriptor(rule) -> dict:
    full = rule.description_en or rule.message_en or rule.message
    return {
        "id": rule.id,
        "name": rule.id.replace(".", "-"),
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": full},
        "helpUri": f"{RULES_DOC}#{anchor(rule.id)}",
        "help": {"text": f"brevlint explain {rule.id}"},
        "defaultConfiguration": {"level": sarif_level(rule.severity),
                                 "enabled": rule.severity is not None},
        "properties": {"kind": rule.kind, "profiles": list(rule.profiles)},
    }


def _result(f: Finding, artifact: dict, index: dict[str, int], lang: str) -> dict:
    region: dict = {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)}
    if not f.document_level:
        region["endLine"] = max(f.end_line, region["startLine"])
        region["endColumn"] = max(f.end_column, 1)
    out: dict = {
        "ruleId": f.rule,
        "level": sarif_level(f.severity),
        "message": {"text": _message(f)},
        "locations": [{
            "physicalLocation": {"artifactLocation": dict(artifact), "region": region},
            "logicalLocations": [{"name": logical_name(f, lang), "kind": "paragraph"}],
        }],
        "partialFingerprints": {SCHEME: f.fingerprint} if f.fingerprint else {},
        "properties": {"severity": f.severity.label, "part": f.part, "paragraph": f.paragraph,
                       "part_paragraph": f.part_paragraph, "documentLevel": f.document_level},
    }
    if f.rule in index:
        out["ruleIndex"] = index[f.rule]
    if f.replacements:
        out["properties"]["replacements"] = list(f.replacements)
    if f.fix and not f.document_level:
        out["fixes"] = [_fix(f, artifact)]
    return out


def _fix(f: Finding, artifact: dict) -> dict:
    """The finding's fix as a SARIF fix; edits are in the finding's line (paragraph), columns 1-based."""
    base = f.column - f.offset  # column of the paragraph's first character
    replacements = [{
        "deletedRegion": {"startLine": f.line, "startColumn": base + e["offset"],
                          "endLine": f.line, "endColumn": base + e["offset"] + e["length"]},
        "insertedContent": {"text": e["text"]},
    } for e in f.fix["edits"]]
    return {"description": {"text": " ".join(e["text"].strip() for e in f.fix["edits"])},
            "artifactChanges": [{"artifactLocation": dict(artifact), "replacements": replacements}],
            "properties": {"applicability": f.fix["applicability"]}}


def _artifact(r: FileResult, root, lang: str) -> dict:
    """One checked file with the profile it was checked under and why (in `lang`)."""
    props: dict = {"profile": r.profile, "profileSource": profile_source(r.profile_evidence, lang)}
    if r.profile_evidence:
        props["profileEvidence"] = r.profile_evidence.as_dict()
    return {"location": artifact_location(r.path, root), "roles": ["analysisTarget"], "properties": props}


def render_sarif(results: list[FileResult], *, lang: str = "da", rules=None, root=None,
                 notes: list[str] | None = None, suppressed: int = 0, **_: object) -> str:
    rules = sorted(rules or [], key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(rules)}
    notifications = []
    for r in results:
        if r.error:
            notifications.append({
                "level": "error",
                "message": {"text": r.error["message"]},
                "descriptor": {"id": r.error.get("code", "error")},
                "locations": [{"physicalLocation": {"artifactLocation": artifact_location(r.path, root)}}],
            })
    for note in notes or []:
        notifications.append({"level": "note", "message": {"text": note}})
    run = {
        "tool": {"driver": {
            "name": "brevlint",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": INFORMATION_URI,
            "language": "da" if lang == "da" else "en",
            "rules": [_rule_descriptor(rule) for rule in rules],
        }},
        "invocations": [{
            "executionSuccessful": not any(r.error for r in results),
            "toolExecutionNotifications": notifications,
            "properties": {"suppressedByBaseline": suppressed},
        }],
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri(root)}},
        "artifacts": [_artifact(r, root, lang) for r in results if not r.error],
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, artifact, index, lang) for r in results if not r.error
                    for artifact in (artifact_location(r.path, root),) for f in r.findings],
        # each letter's requirements (ok / missing / not-applicable) with where they were met; no text
        "properties": {"checklist": [{"artifactLocation": artifact_location(r.path, root),
                                      "items": [check_item_dict(c) for c in r.checklist]}
                                     for r in results if not r.error]},
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, separators=(",", ":")) + "\n"
