"""UTF-8 byte columns for formats that count bytes (reviewdog's rdjson), from brevlint's code-point
columns. Only a plain-text letter has source lines an editor shows; its line is read again from the
file (the text stays in memory, nothing is written). A .docx keeps paragraph/character positions."""

from __future__ import annotations

from functools import lru_cache

from linter.errors import BrevlintError
from linter.model import FileResult


@lru_cache(maxsize=8)
def _lines(path: str) -> tuple[str, ...] | None:
    from linter.readers.text import decode

    try:
        with open(path, "rb") as fh:
            data = fh.read()
        return tuple(decode(data, path).split("\n"))
    except (OSError, BrevlintError):  # a file gone or changed since the check: keep code points
        return None


def byte_column(r: FileResult, line: int, column: int) -> int:
    """The 1-based UTF-8 byte column of the 1-based code-point `column` on `line` of `r`'s file."""
    if r.kind not in ("txt", "md"):
        return column
    lines = _lines(r.path)
    if lines is None or not 1 <= line <= len(lines):
        return column
    return len(lines[line - 1][:max(column - 1, 0)].encode("utf-8")) + 1


def clear() -> None:
    _lines.cache_clear()
