"""Choose the edits of a check's findings and apply them to paragraph text."""

from __future__ import annotations

from dataclasses import dataclass

from linter.fixes import applies
from linter.model import Finding


@dataclass(frozen=True, slots=True)
class Edit:
    paragraph: int  # the block's index (Finding.paragraph)
    offset: int  # code points inside the paragraph
    length: int
    text: str
    rule: str


def planned_edits(findings: list[Finding], unsafe: bool = False) -> dict[int, list[Edit]]:
    """Edits by paragraph, in order and without overlaps: where two fixes touch the same characters
    the first one wins and the other is left for the next pass (as ruff does). A fix is applied
    whole or not at all."""
    out: dict[int, list[Edit]] = {}
    for f in findings:
        if f.document_level or not applies(f.fix, unsafe):
            continue
        edits = [Edit(f.paragraph, e["offset"], e["length"], e["text"], f.rule) for e in f.fix["edits"]]
        taken = out.setdefault(f.paragraph, [])
        if any(_overlap(e, t) for e in edits for t in taken):
            continue
        taken.extend(edits)
    for edits in out.values():
        edits.sort(key=lambda e: (e.offset, e.length))
    return {k: v for k, v in out.items() if v}


def _overlap(a: Edit, b: Edit) -> bool:
    if a.offset == b.offset:
        return True  # two edits at one place (an insertion and a replacement): order would be a guess
    return a.offset < b.offset + b.length and b.offset < a.offset + a.length


def apply_edits(text: str, edits: list[Edit], base: int = 0) -> str:
    """`text` with the edits applied; `base` is where the paragraph starts in `text`."""
    for e in sorted(edits, key=lambda e: e.offset, reverse=True):
        start = base + e.offset
        text = text[:start] + e.text + text[start + e.length:]
    return text
