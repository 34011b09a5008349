"""Fixes: the edits a finding proposes and applying them to text and Word files.

A fix follows ruff's model and lives on `Finding.fix`:
`{"edits": [{"offset", "length", "text"}], "applicability": "safe" | "unsafe" | "display-only"}`.
Offsets count code points inside the finding's paragraph (the same coordinates as the finding's
own `offset`), so an edit can be applied to a .txt line or a Word paragraph alike.
"""

from __future__ import annotations

SAFE, UNSAFE, DISPLAY_ONLY = "safe", "unsafe", "display-only"
APPLICABILITIES = (SAFE, UNSAFE, DISPLAY_ONLY)


def make_fix(edits: list[tuple[int, int, str]], applicability: str) -> dict:
    return {"edits": [{"offset": o, "length": n, "text": t} for o, n, t in edits],
            "applicability": applicability}


def match_case(original: str, replacement: str) -> str:
    """Give `replacement` the capitalisation of `original`: "Såfremt" → "Hvis", "VEDRØRENDE" → "OM"."""
    letters = [c for c in original if c.isalpha()]
    if not letters or not replacement:
        return replacement
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters[0].isupper() and original[0].isalpha():
        return replacement[0].upper() + replacement[1:]
    return replacement


def applies(fix: dict | None, unsafe: bool) -> bool:
    """Whether `brevlint fix` applies this fix (display-only fixes are never applied)."""
    if not fix:
        return False
    kind = fix.get("applicability")
    return kind == SAFE or (unsafe and kind == UNSAFE)
