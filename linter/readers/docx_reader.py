"""Word documents (.docx, .docm, .dotx, .dotm): all text a reader sees, once each.

Document order: the headers shown in each section (first-page when the section
has a title page, default, even-page when the document has even/odd headers),
then the body (paragraphs, nested tables, content controls, text boxes after
their anchor paragraph), footnotes and endnotes in reference order, then the
footers. Every block records its part and its paragraph number inside that part
so a report can say "sidehoved 1 ¶2" or "tabel 1 ¶4". See docs/docx.md.
"""

from __future__ import annotations

import hashlib

from linter.errors import InputError
from linter.model import Block, Document
from linter.readers.docx_package import R_NS, Package, sniff
from linter.readers.docx_placeholders import placeholder_spans
from linter.readers.docx_walk import Para, W, Walker, parse_styles
from linter.readers.limits import Limits

R = "{" + R_NS + "}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_HEADER_TYPES = ("first", "default", "even")


_STYLES_CACHE: dict[bytes, dict] = {}  # digest of styles.xml -> parsed styles (no letter text)


def _styles(pkg: Package, member: str) -> dict:
    """Letters made from one template share their styles.xml (often 300 kB): parse it once per
    process. Style names and outline levels only; the parsed dict is never mutated."""
    raw = pkg.read(member)
    key = hashlib.blake2b(raw, digest_size=16).digest()
    styles = _STYLES_CACHE.get(key)
    if styles is None:
        styles = parse_styles(pkg.xml(member, raw))
        if len(_STYLES_CACHE) >= 64:
            _STYLES_CACHE.clear()
        _STYLES_CACHE[key] = styles
    return styles


def read_docx(data: bytes, shown: str, limits: Limits) -> Document:
    sniff(data, shown)
    pkg, walker = walk_docx(Package(data, shown, limits), shown, limits)
    return Document(path=shown, kind="docx", blocks=to_blocks(walker.paras), template=_is_template(pkg),
                    suppressions=_suppressions(pkg))


def _suppressions(pkg: Package) -> list:
    """brevlint's custom XML parts (customXml/itemN.xml): suppressions stored in the document."""
    from linter.suppressions import parse_part

    out: list = []
    for name in sorted(pkg.infos):
        if name.startswith("customXml/item") and name.endswith(".xml") and "Props" not in name:
            raw = pkg.read(name)
            if b"urn:brevlint:suppressions" in raw:
                out.extend(parse_part(pkg.xml(name, raw)))
    return out


def walk_docx(pkg: Package, shown: str, limits: Limits) -> tuple[Package, Walker]:
    """Walk every story of the package in document order; the walker's paragraphs keep their XML
    elements (the fixer edits them in the trees `pkg.xml` returned)."""
    rels = pkg.rels(pkg.main)
    by_type: dict[str, list[str]] = {}
    for typ, member in rels.values():
        if pkg.has(member):
            by_type.setdefault(typ.rsplit("/", 1)[-1], []).append(member)
    styles = _styles(pkg, by_type["styles"][0]) if by_type.get("styles") else {}
    even_odd = False
    if by_type.get("settings"):
        settings = pkg.xml(by_type["settings"][0])
        flag = settings.find(W + "evenAndOddHeaders")
        even_odd = flag is not None and (flag.get(W + "val") or "true").lower() not in ("false", "0", "off")

    raw = pkg.read(pkg.main)
    _refuse_huge(raw, shown, limits)
    root = pkg.xml(pkg.main, raw)
    if root.tag != W + "document":
        raise InputError(f"{shown}: hoveddelen {pkg.main} er ikke et Word-dokument – gem brevet som .docx i Word",
                         f"{shown}: the main part {pkg.main} is not a Word document – save the letter as .docx",
                         code="not-docx")
    body = root.find(W + "body")
    walker = Walker(styles, shown, limits.max_paragraphs)
    seen: set[str] = set()
    sections = _sections(body) if body is not None else []

    def stories(kind: str, part: str, label: str) -> None:
        current: dict[str, str] = {}
        for n, sect in enumerate(sections, start=1):
            for ref in sect.findall(W + f"{kind}Reference"):
                member = rels.get(ref.get(R + "id") or "", ("", ""))[1]
                if pkg.has(member):
                    current[ref.get(W + "type") or "default"] = member
            titled = _toggle(sect.find(W + "titlePg"))
            for typ in _HEADER_TYPES:
                if (typ == "first" and not titled) or (typ == "even" and not even_odd):
                    continue
                member = current.get(typ)
                if member and member not in seen:
                    seen.add(member)
                    walker.story(pkg.xml(member), part, f"{label} {n}")

    stories("header", "header", "sidehoved")
    if body is not None:
        walker.story(body, "body", None)
    for note, label in (("footnote", "fodnote"), ("endnote", "slutnote")):
        members = by_type.get(f"{note}s")
        refs = walker.note_refs[note]
        if not members or not refs:
            continue
        notes = {el.get(W + "id"): el for el in pkg.xml(members[0]).iter(W + note)}
        for k, nid in enumerate(refs, start=1):
            el = notes.get(nid)
            if el is not None and el.get(W + "type") in (None, "normal"):
                walker.story(el, note, f"{label} {k}")
    stories("footer", "footer", "sidefod")
    return pkg, walker


def _refuse_huge(raw: bytes, shown: str, limits: Limits) -> None:
    """Parsing millions of elements costs seconds and gigabytes before the walker could count them:
    refuse a body with more paragraph tags than the paragraph limit (empty paragraphs included)
    or more than 20 elements per allowed paragraph."""
    if not limits.max_paragraphs:
        return
    tags = raw.count(b"<w:p>") + raw.count(b"<w:p ") + raw.count(b"<w:p/>")
    if tags > limits.max_paragraphs:
        raise InputError(
            f"{shown}: dokumentet har {tags} afsnit; grænsen er {limits.max_paragraphs}",
            f"{shown}: the document has {tags} paragraphs; the limit is {limits.max_paragraphs}",
            code="too-many-paragraphs",
        )
    elements = raw.count(b"<w:")
    if elements > 20 * limits.max_paragraphs:  # a long real letter has some 10,000
        raise InputError(
            f"{shown}: dokumentet har {elements} XML-elementer i brødteksten; grænsen er "
            f"{20 * limits.max_paragraphs} – filen er for kompleks (eller fjendtlig)",
            f"{shown}: the document body has {elements} XML elements; the limit is "
            f"{20 * limits.max_paragraphs} – the file is too complex (or hostile)",
            code="too-complex",
        )


def to_blocks(paras: list[Para]) -> list[Block]:
    """Non-empty paragraphs become blocks; an empty paragraph, a new part or cell, or a
    heading starts a new group (like a blank line in a text file)."""
    blocks: list[Block] = []
    group, blank, last = 0, True, None
    for p in paras:
        if not p.text.strip():
            blank = True
            continue
        key = (p.part, p.label, p.cell)
        if blank or key != last or p.heading_level:
            group += 1
            blank = False
        last = key
        idx = len(blocks) + 1
        blocks.append(Block(text=p.text, index=idx, part=p.part, line=idx, style=p.style,
                            heading_level=p.heading_level, part_label=p.label, group=group,
                            placeholders=placeholder_spans(p.text, p.placeholders), paragraph=p.paragraph))
    return blocks


def _sections(body) -> list:
    """sectPr elements in order: one per section break, the body's own last."""
    return [el for el in body.iter(W + "sectPr") if el.getparent().tag in (W + "pPr", W + "body")]


def _toggle(el) -> bool:
    return el is not None and (el.get(W + "val") or "true").lower() not in ("false", "0", "off")


def _is_template(pkg: Package) -> bool:
    """A .dotx/.dotm is a template by its content type, whatever its file name."""
    if not pkg.has("[Content_Types].xml"):
        return False
    for o in pkg.xml("[Content_Types].xml").iter(CT + "Override"):
        if (o.get("PartName") or "").lstrip("/") == pkg.main:
            return "template.main" in (o.get("ContentType") or "")
    return False

