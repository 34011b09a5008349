"""Where a document-level finding of a .docx (one without flagged words: a missing phone number,
the LIX of the body) is placed: one answer for every report (linter/engine/locate.py) and for the
Word comment of `brevlint annotate` (linter/annotate.py), so they never disagree.

A kontakt.* finding belongs to the signature (where the contact details should be), when the
letter has one in its body; every other one to the first paragraph of the body. Page headers and
footers are never chosen: a Word comment cannot be anchored there, and they are not the letter."""

from __future__ import annotations

from collections.abc import Sequence

from linter.model import Block

ANCHORED_PARTS = ("body", "table")  # the parts a Word comment can be anchored in


def document_level_span(blocks: Sequence[Block], zones: Sequence[str], rule: str) -> tuple[int, int] | None:
    """(first, last) 0-based indexes into `blocks` of the place of a document-level finding of
    `rule`; the report names the first, annotate spans both. None: the letter has no body text."""
    from linter.letter.structure import SIGNATURE

    if rule.startswith("kontakt."):
        sig = [i for i, (b, z) in enumerate(zip(blocks, zones, strict=True))
               if z == SIGNATURE and b.part in ANCHORED_PARTS and b.text.strip()]
        if sig:
            return sig[0], sig[-1]
    body = [i for i, b in enumerate(blocks) if b.part in ANCHORED_PARTS and b.text.strip()]
    return (body[0], body[0]) if body else None
