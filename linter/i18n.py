"""User-facing strings of the CLI (rule messages live in the rule YAML)."""

from __future__ import annotations

_T = {
    "error": ("fejl", "error"),
    "profile": ("profil", "profile"),
    "suggestion": ("forslag", "suggestion"),
    "summary": ("{files} fil(er) tjekket, {findings} fund{detail}, {errors} fil(er) kunne ikke læses",
                "{files} file(s) checked, {findings} finding(s){detail}, {errors} file(s) could not be read"),
    "no_files": ("ingen filer at tjekke i {path}", "no files to check in {path}"),
}
_PARTS = {
    "body": ("brødtekst", "body"), "header": ("sidehoved", "header"), "footer": ("sidefod", "footer"),
    "table": ("tabel", "table"), "textbox": ("tekstboks", "text box"),
    "footnote": ("fodnote", "footnote"), "endnote": ("slutnote", "endnote"),
    "comment": ("kommentar", "comment"),
}


def t(key: str, lang: str = "da") -> str:
    da, en = _T[key]
    return en if lang == "en" else da


def part_name(part: str, lang: str = "da") -> str:
    da, en = _PARTS.get(part, (part, part))
    return en if lang == "en" else da
