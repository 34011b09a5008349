"""Human output: `path:line:col: severity rule-id message`, coloured on a TTY only."""

from __future__ import annotations

from collections import Counter

from linter.i18n import part_name, profile_source, sender_line, t
from linter.model import FileResult, Severity

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.SUGGESTION: "\033[36m"}
_RESET = "\033[0m"
_SEV_DA = {"error": "fejl", "warning": "advarsel", "suggestion": "forslag"}


def _quote(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(results: list[FileResult], *, lang: str = "da", color: bool = False,
                verbose: bool = False, summary: bool = True, notes: list[str] | None = None,
                suppressed: int = 0, summary_only: bool = False, **_: object) -> str:
    lines: list[str] = []
    counts: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for r in results:
        if r.error:
            lines.append(f"{r.path}: {t('error', lang)}: {r.error['message']}")
            continue
        if verbose:
            lines.append(f"{r.path}: {t('profile', lang)} {r.profile} ({profile_source(r.profile_evidence, lang)})")
            lines.append(f"{r.path}: {sender_line(r.sender, lang)}")
        for f in r.findings:
            counts[f.severity.label] += 1
            by_rule[f.rule] += 1
            sev = f.severity.label if lang == "en" else _SEV_DA[f.severity.label]
            if color:
                sev = f"{_COLOURS[f.severity]}{sev}{_RESET}"
            where = f"{r.path}:{f.line}:{f.column}"
            extra = ""
            if r.kind == "docx":
                label = f.part_label or part_name(f.part, lang)
                extra = f" [{label} ¶{f.part_paragraph}]"
            quote = f' «{_quote(f.text)}»' if f.text else ""
            lines.append(f"{where}: {sev} {f.rule} {f.message}{quote}{extra}")
            if f.replacements and verbose:
                lines.append(f"    {t('suggestion', lang)}: {f.replacements[0]}")
    if summary_only:
        lines = []
    lines.extend(notes or [])
    if summary:
        lines.extend(summary_details(results, by_rule, suppressed, lang))
        n_files = len(results)
        n_err = sum(1 for r in results if r.error)
        total = sum(counts.values())
        parts = ", ".join(f"{counts[k]} {k if lang == 'en' else _SEV_DA[k]}"
                          for k in ("error", "warning", "suggestion") if counts[k])
        lines.append(t("summary", lang).format(files=n_files, findings=total,
                                               detail=f" ({parts})" if parts else "", errors=n_err))
    return "\n".join(lines) + ("\n" if lines else "")


def summary_details(results: list[FileResult], by_rule: Counter[str], suppressed: int, lang: str) -> list[str]:
    """Findings per rule, cache hits and baseline suppressions (printed before the summary line)."""
    en = lang == "en"
    out = []
    if by_rule:
        top = ", ".join(f"{rid} {n}" for rid, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(f"{'by rule' if en else 'pr. regel'}: {top}")
    cached = sum(1 for r in results if r.cached)
    if cached:
        out.append(f"{cached} file(s) from the cache" if en else f"{cached} fil(er) fra cachen")
    if suppressed:
        out.append(f"{suppressed} finding(s) suppressed by the baseline" if en
                   else f"{suppressed} fund skjult af baseline")
    return out
