"""`brevlint fix --ignore RULE`: store a suppression for the findings of RULE where the reader sees it.

Word: brevlint's custom XML part (linter/suppressions.py), never visible text; one `suppress`
element per flagged text (none for a finding about the whole letter: then the whole rule).
Text: a `<!-- brevlint-disable-next-line RULE -->` line above each flagged line, and a
`<!-- brevlint-disable RULE -->` line at the top for a finding about the whole letter.
"""

from __future__ import annotations

import io
import posixpath
import re
import uuid
import zipfile
from fnmatch import fnmatch
from xml.sax.saxutils import quoteattr

from lxml import etree

from linter.model import FileResult
from linter.readers.docx_package import PR_NS
from linter.suppressions import NS

CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PROPS_CT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def wanted(result: FileResult, patterns: list[str]) -> list[tuple[str, str | None, int]]:
    """(rule, flagged text or None, line) of every finding that matches one of the patterns."""
    out: list[tuple[str, str | None, int]] = []
    for f in result.findings:
        if any(fnmatch(f.rule, p) for p in patterns):
            entry = (f.rule, None if f.document_level else f.text, 0 if f.document_level else f.line)
            if entry not in out:
                out.append(entry)
    return out


def ignore_text(text: str, entries: list[tuple[str, str | None, int]]) -> str:
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = re.split(r"\r\n|\r|\n", text)
    by_line: dict[int, list[str]] = {}
    top: list[str] = []
    for rule, _, line in entries:
        target = top if line == 0 else by_line.setdefault(line, [])
        if rule not in target:
            target.append(rule)
    out = [f"<!-- brevlint-disable {' '.join(top)} -->"] if top else []
    for n, line in enumerate(lines, start=1):
        if n in by_line:
            indent = line[:len(line) - len(line.lstrip())]
            out.append(f"{indent}<!-- brevlint-disable-next-line {' '.join(by_line[n])} -->")
        out.append(line)
    return newline.join(out)


def ignore_docx(data: bytes, main: str, entries: list[tuple[str, str | None, int]]) -> bytes:
    items = "".join(f"<suppress rule={quoteattr(rule)}" + (f" text={quoteattr(text)}" if text else "") + "/>"
                    for rule, text, _ in entries)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        existing = next((n for n in names if re.fullmatch(r"customXml/item\d+\.xml", n)
                         and NS.encode() in zf.read(n)), None)
        replaced: dict[str, bytes] = {}
        if existing:
            root = etree.fromstring(zf.read(existing))
            for el in etree.fromstring(f'<suppressions xmlns="{NS}">{items}</suppressions>'.encode()):
                if not any(old.attrib == el.attrib for old in root):
                    root.append(el)
            replaced[existing] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            return _rezip(zf, replaced, {})
        n = 1
        while f"customXml/item{n}.xml" in names or f"customXml/itemProps{n}.xml" in names:
            n += 1
        added = {
            f"customXml/item{n}.xml": (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                       f'<suppressions xmlns="{NS}">{items}</suppressions>').encode(),
            f"customXml/itemProps{n}.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem '
                f'ds:itemID="{{{str(uuid.uuid4()).upper()}}}" xmlns:ds="http://schemas.openxmlformats.org/'
                f'officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="{NS}"/></ds:schemaRefs>'
                "</ds:datastoreItem>").encode(),
            f"customXml/_rels/item{n}.xml.rels": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}customXmlProps"'
                f' Target="itemProps{n}.xml"/></Relationships>').encode(),
        }
        folder, base = posixpath.split(main)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        rels = etree.fromstring(zf.read(rels_name)) if rels_name in names else etree.Element(
            PR_NS + "Relationships", nsmap={None: PR_NS[1:-1]})
        ids = {r.get("Id") for r in rels}
        rid = next(f"rIdBrevlint{k}" for k in range(1, 1000) if f"rIdBrevlint{k}" not in ids)
        target = posixpath.relpath(f"customXml/item{n}.xml", folder or ".")
        etree.SubElement(rels, PR_NS + "Relationship", Id=rid, Type=REL + "customXml", Target=target)
        replaced[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
        types = etree.fromstring(zf.read("[Content_Types].xml"))
        etree.SubElement(types, CT_NS + "Override", PartName=f"/customXml/itemProps{n}.xml", ContentType=PROPS_CT)
        if not any(d.get("Extension", "").lower() == "xml" for d in types.iter(CT_NS + "Default")):
            etree.SubElement(types, CT_NS + "Override", PartName=f"/customXml/item{n}.xml",
                             ContentType="application/xml")
        replaced["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8",
                                                         standalone=True)
        if rels_name not in names:
            added[rels_name] = replaced.pop(rels_name)
        return _rezip(zf, replaced, added)


def _rezip(zf: zipfile.ZipFile, replaced: dict[str, bytes], added: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in zf.infolist():
            dst.writestr(info, replaced.get(info.filename, zf.read(info.filename)))
        for name, content in added.items():
            dst.writestr(name, content)
    return out.getvalue()
