"""Plain text and Markdown: decode robustly, split into paragraphs with line numbers."""

from __future__ import annotations

import re

from linter.errors import InputError
from linter.model import Block, Document
from linter.readers.limits import Limits
from linter.suppressions import is_directive, parse_text

# Bytes 0x80-0x9F are C1 controls in Latin-1 but letters/quotes in Windows-1252;
# real Danish text from older systems is almost always cp1252.
# (\x0b is Word's manual line break in copied text, not a sign of binary data)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _binary(shown: str) -> InputError:
    return InputError(
        f"{shown}: filen ligner ikke tekst (binære data)",
        f"{shown}: the file does not look like text (binary data)",
        code="binary",
    )


def decode(data: bytes, shown: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        encodings = ["utf-8"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
        if b"\x00" in data[:20000]:  # NUL bytes never occur in 8-bit text
            raise _binary(shown)
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        break
    else:
        raise InputError(
            f"{shown}: teksten kan ikke afkodes (hverken UTF-8 eller Windows-1252)",
            f"{shown}: the text cannot be decoded (neither UTF-8 nor Windows-1252)",
            code="encoding",
        )
    sample = text[:20000]
    if sample and (sample.count("\x00") or len(_CONTROL.findall(sample)) > max(8, len(sample) // 200)):
        raise _binary(shown)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# the start of a line a reader never sees: spaces and the invisible characters that
# linter/letter/normalise.py removes (a zero-width space or BOM pasted before an indented
# sender block must not hide its indent, which is how a right-aligned block is recognised)
LINE_LEAD = re.compile("[\\s\u200b\u200c\u200d\u2060\ufeff\u00ad]*")

_MD_PREFIX = re.compile(r"^(\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?))")


def _lines(text: str):
    """(line number, text, column) per visual line: Word's vertical tab (a manual line break in
    text copied out of Word) starts a new line on the same source line, its column counted."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        col = 0
        for seg in line.split("\x0b"):
            yield lineno, seg, col
            col += len(seg) + 1


def read_text(data: bytes, shown: str, limits: Limits, *, markdown: bool = False) -> Document:
    text = decode(data, shown)
    if not text.strip():
        raise InputError(f"{shown}: filen er tom", f"{shown}: the file is empty", code="empty")
    blocks: list[Block] = []
    index = 0
    group = 0
    blank = True
    # Each non-empty line is a block: letters put one fact per line (signatures,
    # letterheads), and a line is what a user can find in an editor.
    for lineno, segment, seg_col in _lines(text):
        if is_directive(segment):
            continue  # a suppression comment (<!-- brevlint-disable … -->) is not letter text
        stripped = segment.rstrip()
        indent = LINE_LEAD.match(stripped).end()
        if indent == len(stripped):
            blank = True
            continue
        lead = seg_col + indent
        content = stripped[indent:]
        heading = 0
        style = None
        col0 = lead
        if markdown:
            m = _MD_PREFIX.match(content)
            if m:
                marker = m.group(1)
                if marker.lstrip().startswith("#"):
                    heading = marker.count("#")
                    style = f"Heading {heading}"
                else:
                    style = "List"
                content = content[len(marker):]
                col0 += len(marker)
            if not content.strip():
                continue
        index += 1
        if blank:
            group += 1
            blank = False
        blocks.append(Block(text=content, index=index, part="body", line=lineno,
                            style=style, heading_level=heading, column0=col0, group=group))
    return Document(path=shown, kind="md" if markdown else "txt", blocks=blocks,
                    suppressions=parse_text(text.split("\n")))
