"""Build .docx packages from raw WordprocessingML for the docx tests (no committed binaries)."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
PART_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def r(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*content: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(c if c.startswith('<') else r(c) for c in content)}</w:p>"


def tbl(*rows: list[str]) -> str:
    return "<w:tbl>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def textbox(paras: str, *, fallback: bool = True) -> str:
    """A DrawingML text box; with `fallback`, Word's VML copy of it in mc:Fallback."""
    choice = ('<w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/'
              f'word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent>'
              '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    vml = f"<w:pict><v:shape><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict>"
    if not fallback:
        return f"<w:r>{choice}</w:r>"
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
            f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>")


def vml_textbox(paras: str) -> str:
    return (f"<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>"
            "</w:pict></w:r>")


def complex_field(instr: str, result: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{escape(instr)}'
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(result)}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def simple_field(instr: str, result: str) -> str:
    return f'<w:fldSimple w:instr="{escape(instr)}">{r(result)}</w:fldSimple>'


def sdt(content: str, *, placeholder: bool = False, tag: str = "felt") -> str:
    pr = f'<w:sdtPr><w:tag w:val="{tag}"/>{"<w:showingPlcHdr/>" if placeholder else ""}</w:sdtPr>'
    return f"<w:sdt>{pr}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def build(body: str, *, headers: dict[str, str] | None = None, footers: dict[str, str] | None = None,
          sect: str = "", footnotes: str | None = None, endnotes: str | None = None,
          styles: str | None = None, settings: str | None = None, template: bool = False,
          extra_sections: list[str] | None = None) -> bytes:
    """`headers`/`footers` map a type ("default", "first", "even") to the part's paragraphs.
    `extra_sections` are sectPr bodies of earlier sections, each ending the paragraph before it."""
    rels: list[tuple[str, str, str]] = []
    overrides = [("/word/document.xml", TEMPLATE_CT if template else MAIN_CT)]
    members: dict[str, str] = {}
    refs = ""
    for kind, parts in (("header", headers or {}), ("footer", footers or {})):
        for i, (typ, xml) in enumerate(parts.items(), start=1):
            name = f"{kind}{i}.xml"
            rid = f"rId{kind}{i}"
            members[f"word/{name}"] = f'<w:{"hdr" if kind == "header" else "ftr"} {NS}>{xml}</w:' + (
                "hdr>" if kind == "header" else "ftr>")
            rels.append((rid, REL + kind, name))
            overrides.append((f"/word/{name}", PART_CT + kind + "+xml"))
            refs += f'<w:{kind}Reference w:type="{typ}" r:id="{rid}"/>'
    for kind, xml in (("footnotes", footnotes), ("endnotes", endnotes)):
        if xml is not None:
            tag = kind[:-1]
            members[f"word/{kind}.xml"] = (f'<w:{kind} {NS}><w:{tag} w:type="separator" w:id="-1"><w:p/></w:{tag}>'
                                           f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p/></w:{tag}>'
                                           f"{xml}</w:{kind}>")
            rels.append((f"rId{kind}", REL + kind, f"{kind}.xml"))
            overrides.append((f"/word/{kind}.xml", PART_CT + kind + "+xml"))
    if styles is not None:
        members["word/styles.xml"] = f"<w:styles {NS}>{styles}</w:styles>"
        rels.append(("rIdstyles", REL + "styles", "styles.xml"))
    if settings is not None:
        members["word/settings.xml"] = f"<w:settings {NS}>{settings}</w:settings>"
        rels.append(("rIdsettings", REL + "settings", "settings.xml"))
    earlier = "".join(f"<w:p><w:pPr><w:sectPr>{s}</w:sectPr></w:pPr></w:p>" for s in (extra_sections or []))
    document = f"<w:document {NS}><w:body>{earlier}{body}<w:sectPr>{refs}{sect}</w:sectPr></w:body></w:document>"
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in overrides) + "</Types>")
    root_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{n}"/>' for i, t, n in rels)
                + "</Relationships>")
    return zip_members({"[Content_Types].xml": ct, "_rels/.rels": root_rels, "word/document.xml": document,
                        "word/_rels/document.xml.rels": doc_rels, **members})


def zip_members(members: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()
