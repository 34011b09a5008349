"""Requests → Documents, and findings → positions in the caller's own text.

Offsets inside a paragraph are code points (Python) and UTF-16 code units (JavaScript,
Word, LanguageTool)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.model import Block, Document
from linter.readers.limits import Limits
from linter.readers.text import read_text

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def utf16_len(s: str) -> int:
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def document_from_paragraphs(paragraphs: list[str], name: str = "brev.docx") -> Document:
    """One block per non-empty paragraph; `index` keeps the caller's 1-based position so
    empty paragraphs (common in Word) do not shift the numbers."""
    blocks = [Block(text=p, index=i, part="body", line=i)
              for i, p in enumerate(paragraphs, start=1) if p.strip()]
    return Document(path=name, kind="docx", blocks=blocks)


@dataclass
class TextDocument:
    """A plain text read like a .txt letter, with each source line's start offset."""

    text: str
    document: Document
    line_starts: list[int]

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return _LINE_BREAK.sub("", self.text[start:end])

    def global_offset(self, line: int, column0: int) -> int:
        return self.line_starts[line - 1] + column0


def document_from_text(text: str, name: str = "brev.txt", limits: Limits | None = None) -> TextDocument:
    body = text[1:] if text.startswith("\ufeff") else text
    shift = len(text) - len(body)
    doc = read_text(body.encode("utf-8"), name, limits or Limits())
    starts = [shift]
    starts += [m.end() + shift for m in _LINE_BREAK.finditer(body)]
    return TextDocument(text=text, document=doc, line_starts=starts)
