"""Requests → Documents, and findings → positions in the caller's own text.

Offsets inside a paragraph are code points (Python) and UTF-16 code units (JavaScript,
Word, LanguageTool). Every conversion uses one table per text (`Utf16Index`), so a
response costs O(text + findings · log), never a scan of the prefix per finding."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from linter.model import Block, Document
from linter.readers.limits import Limits
from linter.readers.text import read_text

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Word's soft line break (\x0b) and a form feed end a line; other C0 controls (NUL included)
# are analysed as a space. One character for one, so every offset stays the caller's.
_TEXT_CONTROLS = {c: " " for c in (*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f)} | {0x0b: "\n", 0x0c: "\n"}


def analysable(text: str) -> str:
    """The caller's text with control characters made text (same length, same offsets)."""
    return text.translate(_TEXT_CONTROLS)


class Utf16Index:
    """Code-point offset → UTF-16 offset of one text: the astral characters (two code
    units each) before an offset, found by bisection in their sorted positions."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset) if self._astral else offset

    def span(self, start: int, end: int) -> tuple[int, int]:
        """(offset, length) in UTF-16 code units of the code-point span [start, end)."""
        a = self(start)
        return a, self(end) - a


def utf16_len(s: str) -> int:
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def document_from_paragraphs(paragraphs: list[str], name: str = "brev.docx") -> Document:
    """One block per non-empty paragraph; `index` keeps the caller's 1-based position so
    empty paragraphs (common in Word) do not shift the numbers."""
    blocks = [Block(text=analysable(p), index=i, part="body", line=i)
              for i, p in enumerate(paragraphs, start=1) if p.strip()]
    return Document(path=name, kind="docx", blocks=blocks)


@dataclass
class TextDocument:
    """A plain text read like a .txt letter, with each source line's start offset."""

    text: str
    document: Document
    line_starts: list[int]
    _lines: dict[int, str] = field(default_factory=dict, repr=False)

    def line_text(self, line: int) -> str:
        """The source line without its line break (cached: many findings share a line)."""
        cached = self._lines.get(line)
        if cached is None:
            start = self.line_starts[line - 1]
            end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
            cached = self._lines[line] = _LINE_BREAK.sub("", self.text[start:end])
        return cached

    def global_offset(self, line: int, column0: int) -> int:
        return self.line_starts[line - 1] + column0


def document_from_text(text: str, name: str = "brev.txt", limits: Limits | None = None) -> TextDocument:
    """Raises InputError for an empty text (read_text's own check)."""
    body = analysable(text[1:] if text.startswith("\ufeff") else text)
    shift = len(text) - len(body)
    doc = read_text(body.encode("utf-8"), name, limits or Limits())
    starts = [shift]
    starts += [m.end() + shift for m in _LINE_BREAK.finditer(body)]
    return TextDocument(text=analysable(text), document=doc, line_starts=starts)
