"""Apply edits to a Word file where the reader found the text: body, tables, headers, footers, text
boxes, notes, tracked insertions, split runs.

The package is walked exactly as the reader walks it (`walk_docx`), so a finding's paragraph is the
same `w:p` element here; an edit changes the `w:t` elements under its characters. The replacement
takes the place of the first replaced character, so it keeps that run's formatting (bold stays
bold); characters of further runs are removed from them. With `track_changes` the replaced runs
become a `w:del` and the new text a `w:ins` (author "brevlint") that a reviewer can accept in Word.
Only the XML parts that changed are written back; every other zip member is copied byte for byte.
"""

from __future__ import annotations

import copy
import io
import zipfile
from datetime import UTC, datetime

from lxml import etree

from linter.errors import InputError
from linter.fixes.apply import Edit
from linter.model import Document
from linter.readers.docx_package import STRICT_W, Package
from linter.readers.docx_reader import walk_docx
from linter.readers.docx_walk import MC, Para, W, Walker
from linter.readers.limits import Limits

AUTHOR = "brevlint"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class _EditablePackage(Package):
    """A package whose parsed parts are kept, so edits to the walker's elements can be saved."""

    def __init__(self, data: bytes, shown: str, limits: Limits) -> None:
        self.trees: dict[str, object] = {}
        super().__init__(data, shown, limits)

    def xml(self, name: str, data: bytes | None = None):
        if name not in self.trees:
            self.trees[name] = super().xml(name, data)
        return self.trees[name]


def _refuse(shown: str, da: str, en: str) -> InputError:
    return InputError(f"{shown}: {da} – filen er ikke rettet", f"{shown}: {en} – the file was not fixed",
                      code="fix-docx")


def fix_docx(data: bytes, doc: Document, edits: dict[int, list[Edit]], shown: str, *,
             track_changes: bool = False, limits: Limits | None = None) -> bytes:
    if _is_strict(data):
        raise _refuse(shown, "Strict Open XML kan ikke rettes – gem brevet som almindelig .docx i Word",
                      "Strict Open XML cannot be fixed – save the letter as a normal .docx in Word")
    pkg = _EditablePackage(data, shown, limits or Limits())
    _, walker = walk_docx(pkg, shown, limits or Limits())
    paras = {(p.part, p.label, p.paragraph): p for p in walker.paras}
    blocks = {b.index: b for b in doc.blocks}
    changes = _Changes(pkg) if track_changes else None
    touched: set[int] = set()
    for index, block_edits in edits.items():
        block = blocks[index]
        para = paras.get((block.part, block.part_label, block.paragraph))
        if para is None or para.text != block.text:
            raise _refuse(shown, f"afsnit {block.index} kan ikke findes igen", f"paragraph {block.index} "
                          "cannot be found again")
        # a text box is stored twice (DrawingML and its VML fallback): the fallback copy gets the same edits
        for copy_ in [para, *_fallback_twins(para, walker)]:
            for e in sorted(block_edits, key=lambda e: e.offset, reverse=True):
                if changes is not None:
                    copy_ = _rewalk(copy_, walker)
                    changes.apply(copy_, e)
                else:
                    _apply(copy_, e)
        touched.add(id(para.element.getroottree().getroot()))
    changed = {name for name, root in pkg.trees.items() if id(root) in touched}
    return _rezip(data, {name: etree.tostring(pkg.trees[name], xml_declaration=True, encoding="UTF-8",
                                              standalone=True) for name in changed})


def _fallback_twins(para: Para, walker: Walker) -> list[Para]:
    """The same paragraph in the mc:Fallback of the mc:AlternateContent the reader took the Choice of."""
    choice = next(para.element.iterancestors(MC + "Choice"), None)
    if choice is None:
        return []
    fallback = choice.getparent().find(MC + "Fallback")
    if fallback is None:
        return []
    ours, theirs = list(choice.iter(W + "p")), list(fallback.iter(W + "p"))
    if len(ours) != len(theirs):
        return []
    twin = _rewalk(Para(text="", part=para.part, label=para.label, paragraph=para.paragraph, style=None,
                        heading_level=0, placeholders=(), segments=[], element=theirs[ours.index(para.element)]),
                   walker)
    return [twin] if twin.text == para.text else []


def _is_strict(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        name = "word/document.xml"
        return name in zf.namelist() and STRICT_W in zf.read(name)


def _rewalk(para: Para, walker: Walker) -> Para:
    w = Walker(walker.styles, walker.shown)
    w._paragraph(para.element, para.part, para.label, 0, False)
    fresh = w.paras[0]
    fresh.paragraph = para.paragraph
    return fresh


def _covered(para: Para, start: int, end: int):
    """The text segments under [start, end) with the part of each: (segment, i0, i1)."""
    out = []
    for seg in para.segments:
        s, e = max(start, seg.start), min(end, seg.start + seg.length)
        if s < e:
            out.append((seg, s - seg.start, e - seg.start))
    return out


def _apply(para: Para, e: Edit) -> None:
    if e.length == 0:
        seg = _segment_before(para, e.offset)
        if seg is None:
            return
        el, i = seg
        el.text = (el.text or "")[:i] + e.text + (el.text or "")[i:]
        el.set(XML_SPACE, "preserve")
        return
    pieces = _covered(para, e.offset, e.offset + e.length)
    if not pieces or any(seg.element.tag != W + "t" for seg, _, _ in pieces):
        return  # a tab, break or field character inside the words: leave them as they are
    for k, (seg, i0, i1) in enumerate(reversed(pieces)):
        el = seg.element
        text = el.text or ""
        first = k == len(pieces) - 1
        el.text = text[:i0] + (e.text if first else "") + text[i1:]
        el.set(XML_SPACE, "preserve")
        if not el.text:
            _drop_empty(el)


def _drop_empty(t) -> None:
    """Remove a w:t left empty by an edit, and its run when nothing but formatting is left."""
    run = t.getparent()
    run.remove(t)
    if run.tag == W + "r" and all(c.tag == W + "rPr" for c in run) and run.getparent() is not None:
        run.getparent().remove(run)


def _segment_before(para: Para, offset: int):
    """The w:t holding the character before `offset` and the index after it there."""
    for seg in para.segments:
        if seg.start < offset <= seg.start + seg.length and seg.element.tag == W + "t":
            return seg.element, offset - seg.start
    return None


class _Changes:
    """Tracked changes: w:del around the replaced runs, w:ins with the new text after them."""

    def __init__(self, pkg: _EditablePackage) -> None:
        self.date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_id = 1 + max((int(v) for root in pkg.trees.values() for el in root.iter()
                                if isinstance(el.tag, str) for v in [el.get(W + "id")] if v and v.isdigit()),
                               default=0)

    def _mark(self, tag: str, like):
        el = like.makeelement(W + tag, {W + "id": str(self.next_id), W + "author": AUTHOR, W + "date": self.date})
        self.next_id += 1
        return el

    def apply(self, para: Para, e: Edit) -> None:
        from linter.annotate import _split_at

        start, end = e.offset, e.offset + e.length
        pieces = _covered(para, start, end)
        if e.length and (not pieces or any(seg.element.tag != W + "t" for seg, _, _ in pieces)):
            return
        _split_at(para, end)
        if start != end:
            _split_at(para, start)
        para = _rewalk(para, Walker({}, ""))
        runs = []
        for seg, _, _ in _covered(para, start, end):
            run = seg.element.getparent()
            if run is not None and run.tag == W + "r" and run not in runs:
                runs.append(run)
        if e.length and not runs:
            return
        anchor = runs[-1] if runs else _run_before(para, start)
        if anchor is None:
            return
        template = runs[0] if runs else anchor
        for run in runs:
            for t in run.findall(W + "t"):
                t.tag = W + "delText"
            mark = self._mark("del", run)
            run.addprevious(mark)
            mark.append(run)
        anchor = anchor.getparent() if runs else anchor  # after the w:del (or the run before an insertion)
        ins = self._mark("ins", anchor)
        new = template.makeelement(W + "r", {})
        rpr = template.find(W + "rPr")
        if rpr is not None:
            new.append(copy.deepcopy(rpr))
        t = new.makeelement(W + "t", {XML_SPACE: "preserve"})
        t.text = e.text
        new.append(t)
        ins.append(new)
        anchor.addnext(ins)


def _run_before(para: Para, offset: int):
    for seg in para.segments:
        if seg.start < offset <= seg.start + seg.length:
            parent = seg.element.getparent()
            return parent if parent is not None and parent.tag == W + "r" else None
    return None


def _rezip(data: bytes, replaced: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, replaced.get(info.filename, src.read(info.filename)))
    return out.getvalue()
