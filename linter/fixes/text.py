"""Apply edits to a .txt/.md file: same encoding, byte order mark and line endings as it came."""

from __future__ import annotations

import re

from linter.errors import InputError
from linter.fixes.apply import Edit, apply_edits
from linter.model import Document
from linter.readers.text import decode

_NEWLINE = re.compile(r"\r\n|\r|\n")


def decode_raw(data: bytes, shown: str) -> tuple[str, str, bytes]:
    """The text with its own line endings, the encoding and the byte order mark it came with
    (the reader's choices, so offsets agree with the checked document)."""
    decode(data, shown)  # the reader's checks: binary data, undecodable text
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8", b"\xef\xbb\xbf"
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le"), "utf-16-le", b"\xff\xfe"
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be"), "utf-16-be", b"\xfe\xff"
    try:
        return data.decode("utf-8"), "utf-8", b""
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252", b""


def fix_text(data: bytes, doc: Document, edits: dict[int, list[Edit]], shown: str) -> tuple[bytes, str, str]:
    """Return the fixed bytes and the text before and after (for a diff)."""
    text, encoding, bom = decode_raw(data, shown)
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    blocks = {b.index: b for b in doc.blocks}
    placed: list[Edit] = []
    for index, block_edits in edits.items():
        block = blocks[index]
        base = starts[block.line - 1] + block.column0
        if text[base:base + len(block.text)] != block.text:
            raise InputError(f"{shown}: linje {block.line} kan ikke findes igen – filen er ikke rettet",
                             f"{shown}: line {block.line} cannot be found again – the file was not fixed",
                             code="fix-mismatch")
        placed.extend(Edit(e.paragraph, base + e.offset, e.length, e.text, e.rule) for e in block_edits)
    fixed = apply_edits(text, placed)
    return encode_like(data, fixed, shown), text, fixed


def encode_like(data: bytes, text: str, shown: str) -> bytes:
    """`text` in the encoding and with the byte order mark `data` has."""
    _, encoding, bom = decode_raw(data, shown)
    try:
        return bom + text.encode(encoding)
    except UnicodeEncodeError:
        raise InputError(f"{shown}: rettelsen kan ikke skrives i filens tegnsæt ({encoding})",
                         f"{shown}: the fix cannot be written in the file's encoding ({encoding})",
                         code="fix-encoding") from None
