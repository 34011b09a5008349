"""Word documents: body, tables (nested), headers and footers in a fixed order.

Document order: headers of each section (default, first, even), then the body
(paragraphs and table cells as they stand), then footers. Every block records
its part so the report can say "sidehoved ¶2" or "tabel 1 ¶4".
"""

from __future__ import annotations

import io
import zipfile

from linter.errors import InputError
from linter.model import Block, Document
from linter.readers.limits import Limits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _open(data: bytes, shown: str, limits: Limits):
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise InputError(
            f"{shown}: filen er en krypteret (adgangskodebeskyttet) eller gammel Word-fil (.doc) – "
            "fjern adgangskoden eller gem som .docx",
            f"{shown}: the file is an encrypted (password-protected) or legacy Word file (.doc) – "
            "remove the password or save as .docx",
            code="encrypted-or-legacy",
        )
    if not data[:4] == b"PK\x03\x04":
        raise InputError(
            f"{shown}: filen er ikke et Word-dokument (.docx er en zip-fil)",
            f"{shown}: the file is not a Word document (.docx is a zip file)",
            code="not-docx",
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        total = sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(f"{shown}: filen er beskadiget (ugyldig zip)",
                         f"{shown}: the file is damaged (invalid zip)", code="corrupt") from None
    if total > limits.max_decompressed_bytes:
        raise InputError(
            f"{shown}: udpakket størrelse {total} byte overstiger grænsen {limits.max_decompressed_bytes}",
            f"{shown}: decompressed size {total} bytes exceeds the limit {limits.max_decompressed_bytes}",
            code="too-large-decompressed",
        )
    if "mimetype" in names and "word/document.xml" not in names:
        raise InputError(
            f"{shown}: filen er et OpenDocument-dokument (.odt) – gem som .docx",
            f"{shown}: the file is an OpenDocument file (.odt) – save as .docx",
            code="unsupported-format",
        )
    if "word/document.xml" not in names:
        raise InputError(f"{shown}: filen er ikke et Word-dokument (mangler word/document.xml)",
                         f"{shown}: not a Word document (word/document.xml missing)", code="not-docx")
    return zf


def _para_text(p) -> str:
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == W + "t":
            parts.append(el.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
    return "".join(parts)


class _Collector:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.tables = 0
        self.group = 0
        self.blank = True
        self.last_key: object = None

    def add(self, text: str, part: str, label: str | None, style: str | None) -> None:
        text = text.replace("\n", " ").rstrip()
        if not text.strip():
            self.blank = True
            return
        key = (part, label)
        if self.blank or key != self.last_key or (style or "").lower().startswith(("heading", "overskrift")):
            self.group += 1
            self.blank = False
        self.last_key = key
        heading = 0
        if style and style.lower().startswith(("heading", "overskrift")):
            digits = "".join(ch for ch in style if ch.isdigit())
            heading = int(digits) if digits else 1
        idx = len(self.blocks) + 1
        self.blocks.append(Block(text=text, index=idx, part=part, line=idx, style=style,
                                 heading_level=heading, part_label=label, group=self.group))

    def walk(self, container, part: str, label: str | None, styles: dict[str, str]) -> None:
        for child in container:
            if child.tag == W + "p":
                self.add(_para_text(child), part, label, _style(child, styles))
            elif child.tag == W + "tbl":
                self.tables += 1
                tlabel = f"tabel {self.tables}" if part == "body" else label
                tpart = "table" if part == "body" else part
                for cell in child.iter(W + "tc"):
                    # nested tables are walked through their own w:tbl child
                    if _nearest_table(cell) is child:
                        self.blank = True  # each cell starts its own group
                        self.walk(cell, tpart, tlabel, styles)
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.walk(content, part, label, styles)


def _nearest_table(cell):
    parent = cell.getparent()
    while parent is not None and parent.tag != W + "tbl":
        parent = parent.getparent()
    return parent


def _style(p, styles: dict[str, str]) -> str | None:
    ppr = p.find(W + "pPr")
    if ppr is None:
        return None
    ps = ppr.find(W + "pStyle")
    if ps is None:
        return None
    sid = ps.get(W + "val")
    return styles.get(sid, sid)


def read_docx(data: bytes, shown: str, limits: Limits) -> Document:
    _open(data, shown, limits)  # validates container before python-docx parses it
    import docx  # python-docx; imported lazily for cold-start speed

    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for broken packages
        raise InputError(f"{shown}: Word-filen kan ikke åbnes ({type(exc).__name__})",
                         f"{shown}: the Word file cannot be opened ({type(exc).__name__})",
                         code="corrupt") from None
    styles = {s.style_id: s.name for s in d.styles if getattr(s, "style_id", None)}
    col = _Collector()
    seen: set[str] = set()
    for n, section in enumerate(d.sections, start=1):
        for hdr in (section.first_page_header, section.header, section.even_page_header):
            if hdr.is_linked_to_previous or hdr._element is None:
                continue
            key = hdr.part.partname if hdr.part is not None else None
            if key in seen:
                continue
            seen.add(key)
            col.walk(hdr._element, "header", f"sidehoved {n}", styles)
    col.walk(d.element.body, "body", None, styles)
    for n, section in enumerate(d.sections, start=1):
        for ftr in (section.first_page_footer, section.footer, section.even_page_footer):
            if ftr.is_linked_to_previous or ftr._element is None:
                continue
            key = ftr.part.partname if ftr.part is not None else None
            if key in seen:
                continue
            seen.add(key)
            col.walk(ftr._element, "footer", f"sidefod {n}", styles)
    return Document(path=shown, kind="docx", blocks=col.blocks)
