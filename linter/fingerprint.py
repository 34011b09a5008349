"""Content fingerprints of findings, shared by SARIF `partialFingerprints` and the baseline.

A fingerprint hashes the rule id, the normalised flagged text, the normalised text of the
paragraph it sits in and an occurrence index (the n-th identical finding in the file). It
never uses line numbers, so it survives edits to other paragraphs, moves of the paragraph
and renames of the file. Only the hash leaves this module, never the text.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter

from linter.model import Document, FileResult, Finding

SCHEME = "brevlint/v1"


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _block_texts(doc: Document) -> dict[tuple[int, str], list[tuple[int, str]]]:
    """(line, part) -> [(column0, text)]: a finding's line/part/column find its paragraph."""
    out: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for b in doc.blocks:
        out.setdefault((b.line, b.part), []).append((b.column0, b.text))
    return out


def paragraph_text(f: Finding, blocks: dict[tuple[int, str], list[tuple[int, str]]]) -> str:
    if f.document_level:
        return ""
    candidates = blocks.get((f.line, f.part)) or []
    best = ""
    for col0, text in candidates:
        if col0 <= f.column - 1:
            best = text
    return best or (candidates[0][1] if candidates else "")


def fingerprint(rule: str, flagged: str, paragraph: str, occurrence: int) -> str:
    key = "\x1f".join((rule, normalise(flagged), normalise(paragraph), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def add_fingerprints(result: FileResult, doc: Document) -> None:
    """Set `Finding.fingerprint` on every finding of `result` (checked from `doc`)."""
    blocks = _block_texts(doc)
    seen: Counter[tuple[str, str, str]] = Counter()
    for f in result.findings:
        para = paragraph_text(f, blocks)
        base = (f.rule, normalise(f.text), normalise(para))
        f.fingerprint = fingerprint(f.rule, f.text, para, seen[base])
        seen[base] += 1
