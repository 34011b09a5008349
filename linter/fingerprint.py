"""Content fingerprints of findings, shared by SARIF `partialFingerprints` and the baseline.

A fingerprint hashes the rule id, the normalised flagged text, the normalised text of the
paragraph it sits in and an occurrence index (the n-th identical finding in the file). It
never uses line numbers, so it survives edits to other paragraphs, moves of the paragraph
and renames of the file. Only the hash leaves this module, never the text.

Each paragraph is normalised once per file, not once per finding: a paragraph longer than the
default line limit (possible only with raised `limits:`) stands in the key by the SHA-256 of its
normalised text, so a 1.7 MB line with 100,000 findings costs one pass over the line instead of
one per finding (minutes). Paragraphs within the default limits keep the v1 key unchanged.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter

from linter.model import Document, FileResult, Finding

SCHEME = "brevlint/v1"
LONG_PARAGRAPH = 100_000  # Limits.max_line_characters by default: longer only under raised limits


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


def paragraph_key(paragraph: str) -> str:
    """The paragraph's part of a fingerprint key: its normalised text, or for a paragraph over
    LONG_PARAGRAPH characters the SHA-256 of that."""
    norm = normalise(paragraph)
    if len(paragraph) <= LONG_PARAGRAPH:
        return norm
    return "sha256:" + hashlib.sha256(norm.encode("utf-8")).hexdigest()


def fingerprint(rule: str, flagged: str, paragraph: str, occurrence: int) -> str:
    return _hash(rule, normalise(flagged), paragraph_key(paragraph), occurrence)


def _hash(rule: str, flagged_key: str, paragraph_key: str, occurrence: int) -> str:
    key = "\x1f".join((rule, flagged_key, paragraph_key, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def add_fingerprints(result: FileResult, doc: Document) -> None:
    """Set `Finding.fingerprint` on every finding of `result` (checked from `doc`)."""
    blocks = _block_texts(doc)
    keys: dict[str, str] = {}  # paragraph text -> its key, computed once per paragraph
    seen: Counter[tuple[str, str, str]] = Counter()
    for f in result.findings:
        para = paragraph_text(f, blocks)
        if para not in keys:
            keys[para] = paragraph_key(para)
        base = (f.rule, normalise(f.text), keys[para])
        f.fingerprint = _hash(*base, seen[base])
        seen[base] += 1
