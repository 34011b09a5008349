"""GitHub Actions workflow commands: one `::error|warning|notice` annotation per finding."""

from __future__ import annotations

from linter.model import FileResult, Severity
from linter.reporters.paths import display_path

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: object) -> str:
    inner = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v not in (None, ""))
    return f"::{name} {inner}::{escape_data(message)}" if inner else f"::{name}::{escape_data(message)}"


def render_github(results: list[FileResult], *, root=None, notes: list[str] | None = None, **_: object) -> str:
    lines = []
    for r in results:
        path = display_path(r.path, root)
        if r.error:
            lines.append(command("error", r.error["message"], file=path, title="brevlint"))
            continue
        for f in r.findings:
            quote = " ".join(f.text.split())
            msg = f"{f.message} «{quote}»" if quote else f.message
            props: dict[str, object] = {"file": path, "line": max(f.line, 1), "col": max(f.column, 1)}
            if not f.document_level:
                props.update(endLine=max(f.end_line, f.line), endColumn=f.end_column)
            props["title"] = f.rule
            lines.append(command(COMMANDS[f.severity], msg, **props))
    for note in notes or []:
        lines.append(command("notice", note, title="brevlint baseline"))
    return "\n".join(lines) + ("\n" if lines else "")
