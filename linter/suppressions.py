"""Suppressions: "not this one, here", written where the reader can see them, governed by IT.

In .txt/.md a comment line: `<!-- brevlint-disable RULE -->` … `<!-- brevlint-enable RULE -->` and
`<!-- brevlint-disable-next-line RULE -->` (RULE: ids or globs, separated by spaces or commas); a
finding about the whole letter is silenced by a disable that is never enabled again. The text
reader leaves these lines out of the letter. In Word files a custom XML part
(`customXml/itemN.xml`, root `suppressions` in the namespace NS, written by the add-in and by
`brevlint fix --ignore`): `<suppress rule="sprog.jargon" text="diskusprolaps"/>` (without `text`:
every finding of the rule in the document); never visible text.

Config `suppressions: {allowed: [...], forbidden: [...]}` (globs): a suppression of a forbidden
rule (or, with `allowed`, of a rule not allowed) is not applied and is itself reported
(`undtagelse.forbudt`); a suppression that silenced nothing is reported (`undtagelse.ubrugt`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatch

from linter.model import Document, Finding, Severity

NS = "urn:brevlint:suppressions:1"
FORBIDDEN, UNUSED = "undtagelse.forbudt", "undtagelse.ubrugt"
_COMMENT = re.compile(r"^\s*<!--\s*brevlint-(disable-next-line|disable|enable)\b(.*?)-->\s*$")
_RULE = re.compile(r"^[A-Za-z0-9_.*?\[\]-]+$")


@dataclass(frozen=True, slots=True)
class Suppression:
    rule: str  # a rule id or a glob ("sprog.*")
    kind: str  # "disable", "next-line" (text comments) or "document" (Word custom XML part)
    line: int = 0  # text: the comment's line
    first: int = 0  # text: first line it covers
    last: int = 0  # text: last line it covers (0: to the end)
    text: str | None = None  # Word: only findings with this flagged text


def is_directive(line: str) -> bool:
    return bool(_COMMENT.match(line))


def parse_text(lines: list[str]) -> list[Suppression]:
    """The comment directives of a text file (lines as split by the reader, 1-based line numbers)."""
    out: list[Suppression] = []
    open_: dict[str, tuple[int, int]] = {}  # rule -> (comment line, index in out)
    for lineno, line in enumerate(lines, start=1):
        m = _COMMENT.match(line)
        if not m:
            continue
        kind = m.group(1)
        rules = [r for r in re.split(r"[,\s]+", m.group(2).strip()) if r and _RULE.match(r)]
        if kind == "disable-next-line":
            target = next((n for n in range(lineno + 1, len(lines) + 1)
                           if lines[n - 1].strip() and not is_directive(lines[n - 1])), lineno + 1)
            out.extend(Suppression(r, "next-line", lineno, target, target) for r in rules)
        elif kind == "disable":
            for r in rules:
                open_[r] = (lineno, len(out))
                out.append(Suppression(r, "disable", lineno, lineno + 1, 0))
        else:
            for r in rules:
                if r in open_:
                    at, i = open_.pop(r)
                    out[i] = Suppression(r, "disable", at, at + 1, lineno - 1)
    return out


def parse_part(root) -> list[Suppression]:
    """Suppressions of one custom XML part ([] when the part is not brevlint's)."""
    if root is None or root.tag != f"{{{NS}}}suppressions":
        return []
    out = []
    for el in root.iter(f"{{{NS}}}suppress"):
        rule = (el.get("rule") or "").strip()
        if rule and _RULE.match(rule):
            out.append(Suppression(rule, "document", text=(el.get("text") or None)))
    return out


def _overlaps(rule: str, patterns: list[str]) -> bool:
    return any(fnmatch(rule, p) or fnmatch(p, rule) for p in patterns)


def forbidden(rule: str, policy: dict) -> bool:
    allowed, banned = policy.get("allowed") or [], policy.get("forbidden") or []
    if _overlaps(rule, banned):
        return True
    return bool(allowed) and not any(fnmatch(rule, p) for p in allowed)


def _covers(s: Suppression, f: Finding) -> bool:
    if not fnmatch(f.rule, s.rule):
        return False
    if s.kind == "document":
        return s.text is None or (f.text or "").casefold() == s.text.casefold()
    if f.document_level:  # about the whole letter: only a disable that is never enabled again
        return s.kind == "disable" and s.last == 0
    return s.first <= f.line and (s.last == 0 or f.line <= s.last)


def apply(findings: list[Finding], doc: Document, policy: dict, lang: str) -> list[Finding]:
    """Findings minus the suppressed ones, plus a finding for each forbidden or unused suppression."""
    suppressions = list(getattr(doc, "suppressions", None) or [])
    if not suppressions:
        return findings
    active = [s for s in suppressions if not forbidden(s.rule, policy)]
    used: set[int] = set()
    out = []
    for f in findings:
        hits = [i for i, s in enumerate(active) if _covers(s, f)]
        used.update(hits)
        if not hits:
            out.append(f)
    for s in suppressions:
        if s not in active:
            out.append(_meta(doc, s, FORBIDDEN, lang))
    out.extend(_meta(doc, s, UNUSED, lang) for i, s in enumerate(active) if i not in used)
    return out


_MESSAGES = {
    FORBIDDEN: ("Undtagelsen for '{rule}' er ikke tilladt her (suppressions i brevlint.yaml) – fundene vises",
                "The suppression of '{rule}' is not allowed here (suppressions in brevlint.yaml) – findings shown"),
    UNUSED: ("Undtagelsen for '{rule}' bruges ikke (intet fund at skjule) – fjern den",
             "The suppression of '{rule}' is unused (nothing to hide) – remove it"),
}


def _meta(doc: Document, s: Suppression, rule: str, lang: str) -> Finding:
    da, en = _MESSAGES[rule]
    f = Finding(rule=rule, severity=Severity.ERROR if rule == FORBIDDEN else Severity.WARNING,
                message=(en if lang == "en" else da).format(rule=s.rule), evidence=[s.kind])
    # at the comment's line (text) or the document's start (Word); never a fix
    block = next((b for b in doc.blocks if b.line >= s.line), doc.blocks[0] if doc.blocks else None)
    f.line = s.line or (block.line if block else 1)
    f.column = f.end_column = 1
    f.end_line = f.line
    f.paragraph = block.index if block else 1
    f.part_paragraph = (block.paragraph or block.index) if block else 1
    f.part = block.part if block else "body"
    f.part_label = block.part_label if block else None
    f.offset = 0
    return f
