"""JSON output: the documented contract (version 1)."""

from __future__ import annotations

from linter.i18n import part_label, profile_source
from linter.model import CheckItem, FileResult, Finding
from linter.reporters.json_text import dumps_indented


def location_dict(f: Finding | CheckItem, lang: str = "da") -> dict:
    """The place as the text report names it: f"{label} ¶{paragraph}" is its «[sidehoved 1 ¶2]»."""
    return {"part": f.part, "label": part_label(f.part, f.part_label, lang), "paragraph": f.part_paragraph}


def finding_dict(f: Finding, lang: str = "da") -> dict:
    return {
        "rule": f.rule,
        "severity": f.severity.label,
        "message": f.message,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "paragraph": f.paragraph,  # deprecated (document order; removed in version 2): use location.paragraph
        "part": f.part,
        "offset": f.offset,
        "length": f.length,
        "text": f.text,
        "term": f.term,
        "replacements": list(f.replacements),
        "evidence": list(f.evidence),  # document-level findings: short reason codes
        "fix": f.fix,
        "location": location_dict(f, lang),
    }


def check_item_dict(c: CheckItem, lang: str = "da") -> dict:
    """A checklist entry; positions are null when the rule did not apply to the letter."""
    located = c.line > 0
    return {
        "rule": c.rule,
        "status": c.status,
        "line": c.line if located else None,
        "column": c.column if located else None,
        "end_line": c.end_line if located else None,
        "end_column": c.end_column if located else None,
        "paragraph": c.paragraph if located else None,
        "part": c.part if located else None,
        "evidence": list(c.evidence),
        "location": location_dict(c, lang) if located else None,
    }


def result_dict(r: FileResult, lang: str = "da") -> dict:
    return {
        "path": r.path,
        "profile": r.profile,
        "profile_source": profile_source(r.profile_evidence, lang),  # for people, in --lang
        "profile_evidence": r.profile_evidence.as_dict() if r.profile_evidence else None,  # for programs
        "error": r.error,
        "findings": [finding_dict(f, lang) for f in r.findings],
        "checklist": [check_item_dict(c, lang) for c in r.checklist],
        "sender": r.sender,  # whom the letter model took as the sender, with reason codes (or null)
        "parties": r.parties,  # sender, recipients, citizen, other named people, with reason codes
    }


def render_json(results: list[FileResult], *, lang: str = "da", statistics: bool = False, **_: object) -> str:
    out: dict = {"version": 1, "files": [result_dict(r, lang) for r in results]}
    if statistics:
        from linter.reporters.text_reporter import rule_statistics

        out["statistics"] = rule_statistics(results)
    return dumps_indented(out) + "\n"  # json.dumps(out, ensure_ascii=False, indent=2), faster
