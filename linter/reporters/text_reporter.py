"""Human output: `path:line:col: severity rule-id message`, coloured on request (cli.use_color)."""

from __future__ import annotations

from collections import Counter

from linter.i18n import count, party_lines, profile_source_text, sender_line, severity_name, summary_line, t, where
from linter.model import FileResult, Severity

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.SUGGESTION: "\033[36m"}
_RESET = "\033[0m"


def _quote(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def error_reason(r: FileResult) -> str:
    """The error message without the file name it starts with (the report names the file once)."""
    msg = r.error["message"] if r.error else ""
    return msg[len(r.path) + 2:] if msg.startswith(f"{r.path}: ") else msg


def rule_statistics(results: list[FileResult]) -> list[dict]:
    """Findings per rule, most first: [{"rule", "severity", "count"}] (severity as reported)."""
    counts: Counter[tuple[str, str]] = Counter((f.rule, f.severity.label) for r in results for f in r.findings)
    return [{"rule": rule, "severity": sev, "count": n}
            for (rule, sev), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def render_text(results: list[FileResult], *, lang: str = "da", color: bool = False,
                verbose: bool = False, summary: bool = True, notes: list[str] | None = None,
                suppressed: int = 0, summary_only: bool = False, skipped: list[str] | None = None,
                statistics: bool = False, **_: object) -> str:
    lines: list[str] = []
    counts: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for r in results:
        if r.error:
            lines.append(f"{r.path}: {t('error', lang)}: {error_reason(r)}")
            continue
        if verbose:
            source = profile_source_text(r.profile_evidence, lang)
            lines.append(f"{r.path}: {t('profile', lang)} {r.profile} ({source})")
            lines.append(f"{r.path}: {sender_line(r.sender, lang)}")
            lines.extend(f"{r.path}: {line}" for line in party_lines(r.parties, lang))
        for f in r.findings:
            counts[f.severity.label] += 1
            by_rule[f.rule] += 1
            sev = severity_name(f.severity.label, lang)
            if color:
                sev = f"{_COLOURS[f.severity]}{sev}{_RESET}"
            extra = f" [{where(f.part, f.part_label, f.part_paragraph, lang)}]" if r.kind == "docx" else ""
            quote = f' «{_quote(f.text)}»' if f.text else ""
            lines.append(f"{r.path}:{f.line}:{f.column}: {sev} {f.rule} {f.message}{quote}{extra}")
            if f.replacements and verbose:
                lines.append(f"    {t('suggestion', lang)}: {f.replacements[0]}")
        if verbose:
            lines.extend(checklist_lines(r, lang))
    if verbose:
        reason = "format not supported" if lang == "en" else "formatet understøttes ikke"
        lines.extend(f"{path}: {'skipped' if lang == 'en' else 'sprunget over'} ({reason})" for path in skipped or [])
    if summary_only or statistics:
        lines = []
    if statistics and not summary_only:
        lines.extend(f"{row['count']:>5}  {row['rule']:<28} {severity_name(row['severity'], lang)}"
                     for row in rule_statistics(results))
    lines.extend(notes or [])
    if summary:
        lines.extend(summary_details(results, by_rule if not statistics else Counter(), suppressed, lang))
        n_err = sum(1 for r in results if r.error)
        lines.append(summary_line(len(results) - n_err, sum(counts.values()), counts, n_err,
                                  len(skipped or []), lang))
    return "\n".join(lines) + ("\n" if lines else "")


def checklist_lines(r: FileResult, lang: str) -> list[str]:
    """`-v`: the letter's requirements as a ✓/✗ list, each met one with the sentence that met it."""
    items = [c for c in r.checklist if c.status != "not-applicable"]
    if not items:
        return []
    out = [f"  {t('checklist', lang)}:"]
    for c in items:
        if c.status == "ok":
            place = where(c.part, c.part_label, c.part_paragraph, lang) if r.kind == "docx" else f"{c.line}:{c.column}"
            quote = f" «{_quote(c.text, 60)}»" if c.text else ""  # a cached result keeps no letter text
            out.append(f"    ✓ {c.rule} {place}{quote}")
        else:
            out.append(f"    ✗ {c.rule} ({t('missing', lang)})")
    return out


def summary_details(results: list[FileResult], by_rule: Counter[str], suppressed: int, lang: str) -> list[str]:
    """Findings per rule, cache hits and baseline suppressions (printed before the summary line)."""
    en = lang == "en"
    out = []
    if by_rule:
        top = ", ".join(f"{rid} {n}" for rid, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(f"{'by rule' if en else 'pr. regel'}: {top}")
    cached = sum(1 for r in results if r.cached)
    if cached:
        out.append(f"{count(cached, 'file', lang)} {'from the cache' if en else 'fra cachen'}")
    if suppressed:
        hidden = "suppressed by the baseline" if en else "skjult af baseline"
        out.append(f"{count(suppressed, 'finding', lang)} {hidden}")
    return out
