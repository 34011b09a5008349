"""Human output: `path:line:col: severity rule-id message`, coloured on a TTY only."""

from __future__ import annotations

from collections import Counter

from linter.i18n import part_name, t
from linter.model import FileResult, Severity

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.SUGGESTION: "\033[36m"}
_RESET = "\033[0m"
_SEV_DA = {"error": "fejl", "warning": "advarsel", "suggestion": "forslag"}


def _quote(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(results: list[FileResult], *, lang: str = "da", color: bool = False,
                verbose: bool = False, summary: bool = True, **_: object) -> str:
    lines: list[str] = []
    counts: Counter[str] = Counter()
    for r in results:
        if r.error:
            lines.append(f"{r.path}: {t('error', lang)}: {r.error['message']}")
            continue
        if verbose:
            lines.append(f"{r.path}: {t('profile', lang)} {r.profile} ({r.profile_source})")
        for f in r.findings:
            counts[f.severity.label] += 1
            sev = f.severity.label if lang == "en" else _SEV_DA[f.severity.label]
            if color:
                sev = f"{_COLOURS[f.severity]}{sev}{_RESET}"
            where = f"{r.path}:{f.line}:{f.column}"
            extra = ""
            if r.kind == "docx":
                label = f.part_label or part_name(f.part, lang)
                extra = f" [{label} ¶{f.paragraph}]"
            quote = f' «{_quote(f.text)}»' if f.text else ""
            lines.append(f"{where}: {sev} {f.rule} {f.message}{quote}{extra}")
            if f.replacements and verbose:
                lines.append(f"    {t('suggestion', lang)}: {f.replacements[0]}")
    if summary:
        n_files = len(results)
        n_err = sum(1 for r in results if r.error)
        total = sum(counts.values())
        parts = ", ".join(f"{counts[k]} {k if lang == 'en' else _SEV_DA[k]}"
                          for k in ("error", "warning", "suggestion") if counts[k])
        lines.append(t("summary", lang).format(files=n_files, findings=total,
                                               detail=f" ({parts})" if parts else "", errors=n_err))
    return "\n".join(lines) + ("\n" if lines else "")
