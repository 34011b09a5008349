"""Write an annotated copy of a Word letter: one Word comment per finding.

A finding in the body or a table is anchored on exactly the flagged characters
(runs are split at the finding's edges). Document-level findings are anchored on
the letter's first paragraph, contact findings on the signature block. Findings in
headers, footers, text boxes and notes, where Word and LibreOffice do not keep
comments reliably, are anchored on the first paragraph and name their place.
The original file is never written to.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from linter.i18n import part_name
from linter.model import Document, FileResult, Finding
from linter.placement import ANCHORED_PARTS, document_level_span
from linter.readers.docx_walk import Para, W, Walker, parse_styles

AUTHOR, INITIALS = "brevlint", "BL"
# ANCHORED_PARTS: the parts a comment can be anchored in (linter/placement.py)
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(slots=True)
class Anchor:
    first: Para
    start: int
    last: Para
    end: int  # exclusive, in `last`'s text
    text: str


def comment_text(f: Finding, lang: str, where: str | None = None) -> str:
    en = lang == "en"
    parts = []
    if where:
        parts.append(f"[{where}]" + (f" «{f.text}»" if f.text else ""))
    parts.append(f.message)
    if f.replacements:
        parts.append(("Suggestion: " if en else "Forslag: ") + ", ".join(f.replacements[:3]))
    if f.explanation:
        parts.append(("Explanation: " if en else "Forklaring: ") + f.explanation)
    parts.append(f"({f.rule})")
    return " ".join(parts)


def _where(f: Finding, lang: str) -> str:
    """«sidefod 1 ¶2»; in English «footer 1 ¶2» (labels are Danish, their numbers are not)."""
    label = f.part_label or part_name(f.part, lang)
    if lang == "en" and f.part_label:
        number = f.part_label.rsplit(" ", 1)[-1]
        label = f"{part_name(f.part, 'en')} {number}" if number.isdigit() else label
    return f"{label} ¶{f.part_paragraph}"


WORD_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAINS = (b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                b"application/vnd.ms-word.document.macroEnabled.main+xml",
                b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")


def open_docx(data: bytes):
    """python-docx opens only .docx; a .docm/.dotx/.dotm is opened as one and saved back as itself.
    Returns (document, the main part's original content type or None)."""
    import docx  # python-docx >= 1.2 (comments)

    original = None
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        types = zf.read("[Content_Types].xml")
        for ct in _OTHER_MAINS:
            if ct in types:
                original = ct
                data = _replace_member(zf, "[Content_Types].xml", types.replace(ct, WORD_MAIN))
                break
    return docx.Document(io.BytesIO(data)), original


def save_docx(d, original: bytes | None) -> bytes:
    out = io.BytesIO()
    d.save(out)
    data = out.getvalue()
    if original is None:
        return data
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return _replace_member(zf, "[Content_Types].xml",
                               zf.read("[Content_Types].xml").replace(WORD_MAIN, original))


def _replace_member(zf: zipfile.ZipFile, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in zf.infolist():
            dst.writestr(info, content if info.filename == name else zf.read(info.filename))
    return out.getvalue()


def annotate_docx(data: bytes, doc: Document, result: FileResult, lang: str = "da") -> tuple[bytes, int]:
    """Return the annotated copy of `data` and the number of comments written."""
    d, original = open_docx(data)
    styles = parse_styles(d.styles.element)
    walker = Walker(styles, doc.path)
    walker.story(d.element.body, "body", None)
    paras = {(p.part, p.label, p.paragraph): p for p in walker.paras if p.part in ANCHORED_PARTS}
    blocks = {(b.part, b.part_label, b.paragraph): b for b in doc.blocks}
    body_paras = [p for p in walker.paras if p.part in ANCHORED_PARTS and p.text.strip()]
    first = body_paras[0] if body_paras else _empty_anchor(d, walker)
    from linter.letter.structure import analyse_structure

    zones = analyse_structure(doc.blocks).zones

    plans: list[tuple[Anchor, str]] = []
    for f in result.findings:
        key = (f.part, f.part_label, f.part_paragraph)
        para = paras.get(key)
        block = blocks.get(key)
        if f.document_level:
            # where the report placed it (the letter model's anchor, else linter/placement.py)
            target = Anchor(para, 0, para, len(para.text), "") if para is not None and block is not None \
                else _document_level_anchor(doc, zones, paras, f.rule)
            target = target or Anchor(first, 0, first, len(first.text), first.text)
            plans.append((target, comment_text(f, lang)))
        elif para is not None and block is not None and para.text == block.text and f.length > 0:
            plans.append((Anchor(para, f.offset, para, f.offset + f.length, f.text), comment_text(f, lang)))
        else:
            plans.append((Anchor(first, 0, first, len(first.text), first.text),
                          comment_text(f, lang, _where(f, lang))))

    # split every paragraph at all its anchor edges first (from the end, so earlier offsets stay valid),
    # then read the runs again and attach the comments
    cuts: dict[int, tuple[Para, set[int]]] = {}
    for anchor, _ in plans:
        for para, pos in ((anchor.first, anchor.start), (anchor.last, anchor.end)):
            cuts.setdefault(id(para.element), (para, set()))[1].add(pos)
    fresh: dict[int, Para] = {}
    for key, (para, positions) in cuts.items():
        for pos in sorted(positions, reverse=True):
            _split_at(para, pos)
        fresh[key] = _rewalk(para, styles, doc.path)

    from docx.text.run import Run

    written = 0
    for anchor, text in plans:
        p1, p2 = fresh[id(anchor.first.element)], fresh[id(anchor.last.element)]
        r1 = _run_at(p1, anchor.start, start=True)
        r2 = _run_at(p2, anchor.end, start=False)
        if r1 is None or r2 is None:
            r1 = r2 = _ensure_run(anchor.first.element)
        d.add_comment([Run(r1, None), Run(r2, None)], text=text, author=AUTHOR, initials=INITIALS)
        written += 1
    return save_docx(d, original), written


def _document_level_anchor(doc: Document, zones: list[str], paras: dict, rule: str) -> Anchor | None:
    """Where every report places a document-level finding (linter/placement.py), as a Word anchor."""
    span = document_level_span(doc.blocks, zones, rule)
    if span is None:
        return None
    first, last = (paras.get((b.part, b.part_label, b.paragraph)) for b in (doc.blocks[span[0]], doc.blocks[span[1]]))
    if first is None or last is None:
        return None
    return Anchor(first, 0, last, len(last.text), first.text if first is last else "")


def _empty_anchor(d, walker: Walker) -> Para:
    """A letter with no text at all: anchor on its first (or a new) paragraph."""
    body = d.element.body
    p = body.find(W + "p")
    if p is None:
        p = body.makeelement(W + "p", {})
        body.insert(0, p)
    return Para(text="", part="body", label=None, paragraph=1, style=None, heading_level=0, placeholders=(),
                segments=[], element=p)


def _rewalk(para: Para, styles, shown: str) -> Para:
    w = Walker(styles, shown)
    w._paragraph(para.element, para.part, para.label, 0, False)
    return w.paras[0]


def _split_at(para: Para, pos: int) -> None:
    """Make a run boundary at character `pos` of the paragraph (a no-op at an existing boundary)."""
    for seg in para.segments:
        if seg.start <= pos < seg.start + seg.length:
            break
    else:
        return
    el = seg.element
    run = el.getparent()
    if run is None or run.tag != W + "r":
        return
    moved = el
    if el.tag == W + "t" and pos > seg.start:
        i = pos - seg.start
        text = el.text or ""
        tail = copy.deepcopy(el)
        el.text, tail.text = text[:i], text[i:]
        el.set(XML_SPACE, "preserve")
        tail.set(XML_SPACE, "preserve")
        el.addnext(tail)
        moved = tail
    elif pos > seg.start:
        return  # inside a one-character element (tab, break): nothing to split
    before = [c for c in run if c is not moved and c.tag != W + "rPr" and _precedes(c, moved)]
    if not before:
        return
    new_run = run.makeelement(W + "r", {})
    rpr = run.find(W + "rPr")
    if rpr is not None:
        new_run.append(copy.deepcopy(rpr))
    following = [moved, *list(moved.itersiblings())]
    for child in following:
        new_run.append(child)
    run.addnext(new_run)


def _precedes(a, b) -> bool:
    return any(s is b for s in a.itersiblings())


def _run_at(para: Para, pos: int, *, start: bool):
    """The run holding character `pos` (start) or `pos - 1` (end) of the re-walked paragraph."""
    target = pos if start else pos - 1
    for seg in para.segments:
        if seg.start <= target < seg.start + seg.length:
            parent = seg.element.getparent()
            return parent if parent is not None and parent.tag == W + "r" else None
    segs = [s for s in para.segments if s.element.getparent() is not None]
    if not segs:
        return None
    return (segs[0] if start else segs[-1]).element.getparent()


def _ensure_run(p):
    run = p.find(f".//{W}r")
    if run is None:
        run = p.makeelement(W + "r", {})
        p.append(run)
    return run


def default_output(path: Path) -> Path:
    return path.with_name(f"{path.stem}.brevlint{path.suffix}")
