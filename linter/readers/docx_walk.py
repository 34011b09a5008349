"""Walk WordprocessingML element trees into paragraphs of visible text.

Shared by the reader (raw XML from the zip) and the annotator (python-docx's
tree of the same XML), so both agree on every paragraph's text and offsets.
What a reader of the document sees, once each: runs in hyperlinks, content
controls, smart tags and tracked insertions; the displayed result of fields
(not their instruction); no deleted or moved-away text, no hidden text; text
boxes (DrawingML and VML, one branch of `mc:AlternateContent`) after the
paragraph that anchors them; soft breaks and tabs as spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from linter.errors import InputError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

MAX_DEPTH = 40  # nested tables / content controls / text boxes; Word itself stops far below lxml's 256

_TRANSPARENT = {W + n for n in ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "dir", "bdo")}
_SKIPPED = {W + n for n in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "tblPr", "tblGrid",
                            "trPr", "tcPr", "bookmarkStart", "bookmarkEnd", "proofErr")}
_HEADING = re.compile(r"^(?:heading|overskrift)\s*([1-9])$", re.IGNORECASE)
_LIST = re.compile(r"\b(?:list|liste|opstilling)", re.IGNORECASE)


@dataclass(slots=True)
class Segment:
    """`length` characters of paragraph text starting at `start`, produced by `element`."""

    start: int
    length: int
    element: object


@dataclass(slots=True)
class Para:
    text: str
    part: str
    label: str | None
    paragraph: int  # 1-based within its label (every w:p counts, empty ones too)
    style: str | None
    heading_level: int
    placeholders: tuple[tuple[int, int], ...]
    segments: list[Segment]
    element: object
    cell: int = 0  # table cell the paragraph stands in (0: none); each cell is its own group


@dataclass(slots=True)
class StyleInfo:
    name: str
    outline: int | None = None  # 0-based outline level, from the style or what it is based on
    based_on: str | None = None


def parse_styles(root) -> dict[str, StyleInfo]:
    out: dict[str, StyleInfo] = {}
    if root is None:
        return out
    for st in root.iter(W + "style"):
        sid = st.get(W + "styleId")
        if not sid:
            continue
        name_el = st.find(W + "name")
        name = (name_el.get(W + "val") if name_el is not None else None) or sid
        # built-in styles are stored lower-case ("heading 1"); Word shows "Heading 1"
        info = StyleInfo(name=name.title() if name.islower() else name)
        lvl = st.find(f"{W}pPr/{W}outlineLvl")
        if lvl is not None and (lvl.get(W + "val") or "").isdigit():
            info.outline = int(lvl.get(W + "val"))
        based = st.find(W + "basedOn")
        info.based_on = based.get(W + "val") if based is not None else None
        out[sid] = info
    return out


def _on(el) -> bool:
    """A toggle property such as <w:vanish/> or <w:titlePg w:val="false"/>."""
    if el is None:
        return False
    return (el.get(W + "val") or "true").lower() not in ("false", "0", "off")


@dataclass
class _Field:
    instr: str = ""
    in_result: bool = False
    result_start: int = 0
    result_buf: object = None  # the paragraph the result started in


@dataclass
class _Buf:
    """Text of one paragraph under construction."""

    pieces: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    placeholders: list[tuple[int, int]] = field(default_factory=list)
    boxes: list[object] = field(default_factory=list)
    pos: int = 0

    def add(self, text: str, element) -> None:
        if text:
            self.segments.append(Segment(self.pos, len(text), element))
            self.pieces.append(text)
            self.pos += len(text)


class Walker:
    """Collects `Para`s in document order from one or more stories."""

    def __init__(self, styles: dict[str, StyleInfo], shown: str, max_paragraphs: int = 0) -> None:
        self.styles = styles
        self.shown = shown
        self.max_paragraphs = max_paragraphs
        self.paras: list[Para] = []
        self.counts: dict[tuple[str, str | None], int] = {}
        self.tables = 0
        self.textboxes = 0
        self.cell = 0
        self.cells = 0
        self.seen = 0
        self.fields: list[_Field] = []
        self.note_refs: dict[str, list[str]] = {"footnote": [], "endnote": []}

    # -- stories and block-level content ----------------------------------
    def story(self, root, part: str, label: str | None) -> None:
        self.fields = []  # a field never spans two stories
        self._blocks(root, part, label, 0, False)

    def _depth(self, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise InputError(
                f"{self.shown}: dokumentet er indlejret for dybt (tabeller/tekstbokse over {MAX_DEPTH} niveauer) "
                "– forenkl tabellerne og gem igen",
                f"{self.shown}: the document is nested too deeply (tables/text boxes over {MAX_DEPTH} levels) "
                "– simplify the tables and save again",
                code="too-deep",
            )

    def _blocks(self, container, part: str, label: str | None, depth: int, plc: bool) -> None:
        self._depth(depth)
        for child in container:
            tag = child.tag
            if tag == W + "p":
                self._paragraph(child, part, label, depth, plc)
            elif tag == W + "tbl":
                self._table(child, part, label, depth + 1, plc)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self._blocks(content, part, label, depth + 1, plc or _showing_placeholder(child))
            elif tag in _TRANSPARENT:
                self._blocks(child, part, label, depth + 1, plc)
            elif tag == MC + "AlternateContent":
                branch = _branch(child)
                if branch is not None:
                    self._blocks(branch, part, label, depth + 1, plc)

    def _table(self, tbl, part: str, label: str | None, depth: int, plc: bool) -> None:
        if part == "body":
            self.tables += 1
            part, label = "table", f"tabel {self.tables}"
        for row in _cells(tbl, W + "tr", depth, self):
            trpr = row.find(W + "trPr")
            if trpr is not None and trpr.find(W + "del") is not None:
                continue  # a deleted row (tracked change)
            for cell in _cells(row, W + "tc", depth, self):
                outer = self.cell
                self.cells += 1
                self.cell = self.cells
                self._blocks(cell, part, label, depth + 1, plc)
                self.cell = outer

    # -- paragraphs ---------------------------------------------------------
    def _paragraph(self, p, part: str, label: str | None, depth: int, plc: bool) -> None:
        key = (part, label)
        self.counts[key] = self.counts.get(key, 0) + 1
        number = self.counts[key]
        buf = _Buf()
        start = buf.pos
        self._inline(p, buf, depth)
        if plc and buf.pos > start:
            buf.placeholders.append((start, buf.pos))
        text = "".join(buf.pieces).rstrip()
        # a field still in its instruction at the paragraph's end is broken (Word ends them in the
        # paragraph): drop it, or the rest of the letter would be hidden
        self.fields = [f for f in self.fields if f.in_result]
        self.seen += bool(text.strip())  # the limit counts paragraphs with text, like Limits.check_document
        if self.max_paragraphs and self.seen > self.max_paragraphs:
            raise InputError(
                f"{self.shown}: dokumentet har over {self.max_paragraphs} afsnit; grænsen er {self.max_paragraphs}",
                f"{self.shown}: the document has over {self.max_paragraphs} paragraphs; the limit is "
                f"{self.max_paragraphs}",
                code="too-many-paragraphs",
            )
        spans = tuple(sorted({(s, min(e, len(text))) for s, e in buf.placeholders if s < min(e, len(text))}))
        style, heading = self._style(p)
        self.paras.append(Para(text=text, part=part, label=label, paragraph=number, style=style,
                               heading_level=heading, placeholders=spans, segments=buf.segments, element=p,
                               cell=self.cell))
        for box in buf.boxes:
            self.textboxes += 1
            self._blocks(box, "textbox", f"tekstboks {self.textboxes}", depth + 1, False)

    def _inline(self, container, buf: _Buf, depth: int) -> None:
        self._depth(depth)
        for child in container:
            tag = child.tag
            if tag == W + "r":
                self._run(child, buf, depth)
            elif tag in _SKIPPED:
                continue
            elif tag in _TRANSPARENT:
                self._inline(child, buf, depth + 1)
            elif tag == W + "fldSimple":
                start = buf.pos
                self._inline(child, buf, depth + 1)
                if _is_merge(child.get(W + "instr") or "") and buf.pos > start:
                    buf.placeholders.append((start, buf.pos))
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    start = buf.pos
                    self._inline(content, buf, depth + 1)
                    if _showing_placeholder(child) and buf.pos > start:
                        buf.placeholders.append((start, buf.pos))
            elif tag == MC + "AlternateContent":
                branch = _branch(child)
                if branch is not None:
                    self._inline(branch, buf, depth + 1)

    def _visible(self) -> bool:
        return all(f.in_result for f in self.fields)

    def _run(self, r, buf: _Buf, depth: int) -> None:
        rpr = r.find(W + "rPr")
        hidden = rpr is not None and _on(rpr.find(W + "vanish"))
        for el in r:
            tag = el.tag
            if tag == W + "t":
                if self._visible() and not hidden:
                    buf.add(el.text or "", el)
            elif tag in (W + "tab", W + "ptab", W + "br", W + "cr"):
                if self._visible() and not hidden:
                    buf.add(" ", el)
            elif tag == W + "noBreakHyphen":
                if self._visible() and not hidden:
                    buf.add("-", el)
            elif tag == W + "fldChar":
                kind = el.get(W + "fldCharType")
                if kind == "begin":
                    self.fields.append(_Field())
                elif kind == "separate" and self.fields:
                    self.fields[-1].in_result = True
                    self.fields[-1].result_start = buf.pos
                    self.fields[-1].result_buf = buf
                elif kind == "end" and self.fields:
                    f = self.fields.pop()
                    if f.in_result and f.result_buf is buf and buf.pos > f.result_start and (
                            _is_merge(f.instr) or _is_blank_form(f.instr, buf, f.result_start)):
                        buf.placeholders.append((f.result_start, buf.pos))
            elif tag == W + "instrText":
                if self.fields and not self.fields[-1].in_result:
                    self.fields[-1].instr += el.text or ""
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                note = "footnote" if tag == W + "footnoteReference" else "endnote"
                nid = el.get(W + "id")
                if nid is not None and nid not in self.note_refs[note]:
                    self.note_refs[note].append(nid)
            elif tag in (W + "drawing", W + "pict", W + "object") or tag == MC + "AlternateContent":
                root = _branch(el) if tag == MC + "AlternateContent" else el
                if not hidden and root is not None:
                    buf.boxes.extend(_text_boxes(root))

    def _style(self, p) -> tuple[str | None, int]:
        ppr = p.find(W + "pPr")
        if ppr is None:
            return None, 0
        ps = ppr.find(W + "pStyle")
        sid = ps.get(W + "val") if ps is not None else None
        info = self.styles.get(sid) if sid else None
        name = info.name if info else sid
        heading = 0
        m = _HEADING.match(name or "") or _HEADING.match(sid or "")
        if m:
            heading = int(m.group(1))
        else:
            lvl = ppr.find(W + "outlineLvl")
            outline = int(lvl.get(W + "val")) if lvl is not None and (lvl.get(W + "val") or "").isdigit() \
                else self._style_outline(sid)
            if outline is not None and outline < 9:
                heading = outline + 1
        if ppr.find(W + "numPr") is not None and not (name and _LIST.search(name)) and not heading:
            name = "List Paragraph"  # direct numbering or bullets without a list style
        return name, heading

    def _style_outline(self, sid: str | None) -> int | None:
        for _ in range(10):  # basedOn chains are short; a cycle must not hang
            info = self.styles.get(sid) if sid else None
            if info is None:
                return None
            if info.outline is not None:
                return info.outline
            sid = info.based_on
        return None


def _cells(container, tag: str, depth: int, walker: Walker):
    """Rows of a table or cells of a row, also inside row/cell-level content controls."""
    walker._depth(depth)
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _cells(content, tag, depth + 1, walker)
        elif child.tag in (W + "customXml", W + "ins", W + "moveTo"):
            yield from _cells(child, tag, depth + 1, walker)


def _branch(alt):
    """The one branch of mc:AlternateContent a reader sees: the first Choice, else the Fallback."""
    choice = alt.find(MC + "Choice")
    return choice if choice is not None else alt.find(MC + "Fallback")


def _text_boxes(el, out: list | None = None) -> list:
    """w:txbxContent under a drawing/picture in document order, through one branch of
    mc:AlternateContent only; boxes nested in a box are walked with that box."""
    out = [] if out is None else out
    for child in el:
        tag = child.tag
        if tag == W + "txbxContent":
            out.append(child)
        elif tag == MC + "AlternateContent":
            branch = _branch(child)
            if branch is not None:
                _text_boxes(branch, out)
        elif isinstance(tag, str):
            _text_boxes(child, out)
    return out


def _showing_placeholder(sdt) -> bool:
    pr = sdt.find(W + "sdtPr")
    return pr is not None and _on(pr.find(W + "showingPlcHdr"))


def _is_blank_form(instr: str, buf: _Buf, start: int) -> bool:
    """A legacy form text field nobody filled in: Word shows five en spaces."""
    if not instr.strip().upper().startswith("FORMTEXT"):
        return False
    shown = "".join(buf.pieces)[start:]
    return not shown.strip()


def _is_merge(instr: str) -> bool:
    return instr.strip().upper().startswith("MERGEFIELD")
