"""The docx reader sees every text a reader of the document sees, once, in the right part."""

from __future__ import annotations

import io
import subprocess
import zipfile

import pytest
from docx_factory import build, complex_field, p, r, sdt, simple_field, tbl, textbox, vml_textbox, zip_members
from sample_letter import DOCX_LINES, EMAIL_LINE, PHONE_LINE

from linter.readers import read_bytes

PHONE = "40271593"
LETTER = DOCX_LINES
BODY = "".join(p(t) for t in LETTER)
CONTACT = p(PHONE_LINE) + p(EMAIL_LINE)
SPLIT = p(r("Direkte "), r("tlf. 40 27"), r(" 15 93")) + p(EMAIL_LINE)

# name -> (build kwargs, expected part, expected label)
CASES = {
    "body": ({"body": BODY + CONTACT}, "body", None),
    "split-runs": ({"body": BODY + SPLIT}, "body", None),
    "table": ({"body": BODY + tbl([p("Jobcenter"), CONTACT])}, "table", "tabel 1"),
    "nested-table": ({"body": BODY + tbl([tbl([p("x")], [CONTACT])])}, "table", "tabel 1"),
    "header-default": ({"body": BODY, "headers": {"default": CONTACT}}, "header", "sidehoved 1"),
    "header-first": ({"body": BODY, "headers": {"first": CONTACT}, "sect": "<w:titlePg/>"},
                     "header", "sidehoved 1"),
    "header-even": ({"body": BODY, "headers": {"even": CONTACT}, "settings": "<w:evenAndOddHeaders/>"},
                    "header", "sidehoved 1"),
    "header-section-2": ({"body": BODY, "headers": {"default": CONTACT}, "extra_sections": [""]},
                         "header", "sidehoved 2"),
    "footer": ({"body": BODY, "footers": {"default": CONTACT}}, "footer", "sidefod 1"),
    "footer-first": ({"body": BODY, "footers": {"first": CONTACT}, "sect": "<w:titlePg/>"},
                     "footer", "sidefod 1"),
    "textbox-alternate": ({"body": BODY + p(textbox(CONTACT))}, "textbox", "tekstboks 1"),
    "textbox-drawingml": ({"body": BODY + p(textbox(CONTACT, fallback=False))}, "textbox", "tekstboks 1"),
    "textbox-vml": ({"body": BODY + p(vml_textbox(CONTACT))}, "textbox", "tekstboks 1"),
    "sdt-inline": ({"body": BODY + p(sdt(r(PHONE_LINE))) + p(EMAIL_LINE)}, "body", None),
    "sdt-block": ({"body": BODY + sdt(CONTACT)}, "body", None),
    "sdt-cell": ({"body": BODY + "<w:tbl><w:tr>" + sdt(f"<w:tc>{CONTACT}</w:tc>") + "</w:tr></w:tbl>"},
                 "table", "tabel 1"),
    "field-simple": ({"body": BODY + p(simple_field("DOCPROPERTY Telefon", PHONE_LINE))
                      + p(EMAIL_LINE)}, "body", None),
    "field-complex": ({"body": BODY + p(complex_field(" DOCPROPERTY Telefon ", PHONE_LINE))
                       + p(EMAIL_LINE)}, "body", None),
    "hyperlink": ({"body": BODY + p(f'<w:hyperlink r:id="x">{r(PHONE_LINE)}</w:hyperlink>')
                   + p(EMAIL_LINE)}, "body", None),
    "tracked-insert": ({"body": BODY + p(f'<w:ins w:id="1" w:author="a">{r(PHONE_LINE)}</w:ins>')
                        + p(EMAIL_LINE)}, "body", None),
    "moved-to": ({"body": BODY + p(f'<w:moveTo w:id="1" w:author="a">{r(PHONE_LINE)}</w:moveTo>')
                  + p(EMAIL_LINE)}, "body", None),
    "footnote": ({"body": BODY + p("Se note", '<w:r><w:footnoteReference w:id="1"/></w:r>'),
                  "footnotes": f'<w:footnote w:id="1">{CONTACT}</w:footnote>'}, "footnote", "fodnote 1"),
    "endnote": ({"body": BODY + p("Se note", '<w:r><w:endnoteReference w:id="1"/></w:r>'),
                 "endnotes": f'<w:endnote w:id="1">{CONTACT}</w:endnote>'}, "endnote", "slutnote 1"),
}


def _doc(data: bytes, suffix: str = ".docx"):
    return read_bytes(data, suffix, "brev" + suffix)


@pytest.mark.parametrize("name", sorted(CASES))
def test_contact_block_found_once_in_its_part(name, engine):
    kwargs, part, label = CASES[name]
    doc = _doc(build(**kwargs))
    hits = [b for b in doc.blocks if "40 27 15 93" in b.text]
    assert len(hits) == 1, [b.text for b in doc.blocks]
    assert (hits[0].part, hits[0].part_label) == (part, label)
    assert hits[0].text == PHONE_LINE
    assert sum("marie.jensen@lindeby.dk" in b.text for b in doc.blocks) == 1
    # no letter text is lost or doubled
    for line in LETTER:
        assert sum(b.text == line for b in doc.blocks) == 1, line
    a = engine.analyse(doc)
    assert [c.value for c in a.phones].count(PHONE) == 1
    result = engine.check_document(doc, profile="sundhed-til-job")
    assert "kontakt.telefon" not in {f.rule for f in result.findings}, name


def test_missing_phone_is_reported_so_the_cases_above_can_fail(engine):
    doc = _doc(build(body=BODY + p(EMAIL_LINE)))
    result = engine.check_document(doc, profile="sundhed-til-job")
    assert "kontakt.telefon" in {f.rule for f in result.findings}


def test_hidden_headers_are_not_read():
    # a first-page header without a title page and an even header without even/odd headers are never shown
    doc = _doc(build(body=BODY, headers={"first": p("SKJULT A"), "even": p("SKJULT B"),
                                         "default": p("Synlig")}))
    texts = [b.text for b in doc.blocks]
    assert "Synlig" in texts and "SKJULT A" not in texts and "SKJULT B" not in texts


def test_deleted_and_moved_away_text_is_ignored():
    body = BODY + p(r("Direkte tlf. "), '<w:del w:id="1" w:author="a"><w:r><w:delText>11 22 33 44</w:delText>'
                    "</w:r></w:del>", '<w:ins w:id="2" w:author="a">' + r("40 27 15 93") + "</w:ins>")
    body += p('<w:moveFrom w:id="3" w:author="a">' + r("Flyttet væk") + "</w:moveFrom>", r("Bliver"))
    doc = _doc(build(body=body))
    texts = [b.text for b in doc.blocks]
    assert PHONE_LINE in texts
    assert not any("11 22 33 44" in t or "Flyttet" in t for t in texts)
    assert "Bliver" in texts


def test_field_shows_result_not_instruction_and_merge_fields_are_placeholders():
    doc = _doc(build(body=p("Kære ", complex_field(' MERGEFIELD Navn \\* MERGEFORMAT ', "«Navn»"), r(","))
                     + p("Dato: ", simple_field(" MERGEFIELD Dato ", "«Dato»"))
                     + p("Side ", complex_field(" PAGE ", "1"))))
    texts = [b.text for b in doc.blocks]
    assert texts == ["Kære «Navn»,", "Dato: «Dato»", "Side 1"]
    assert doc.blocks[0].placeholders == ((5, 11),)
    assert doc.blocks[1].placeholders == ((6, 12),)
    assert doc.blocks[2].placeholders == ()


def test_content_control_showing_placeholder_text_is_a_placeholder():
    doc = _doc(build(body=p("Borger: ", sdt(r("Klik for at skrive navn"), placeholder=True))
                     + p("Job: ", sdt(r("lagermedarbejder")))))
    assert doc.blocks[0].placeholders == ((8, 31),)
    assert doc.blocks[1].placeholders == ()


def test_soft_breaks_tabs_and_hidden_text():
    doc = _doc(build(body=p(r("Marie Jensen"), "<w:r><w:br/><w:t>Fysioterapeut</w:t><w:tab/><w:t>x</w:t></w:r>",
                            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>skjult</w:t></w:r>')))
    assert [b.text for b in doc.blocks] == ["Marie Jensen Fysioterapeut x"]


def test_paragraph_numbers_labels_and_styles():
    styles = ('<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Opstilling"><w:name w:val="List Bullet"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Egen"><w:name w:val="Min overskrift"/>'
              '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>')
    numbered = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' + r("punkt") + "</w:p>"
    body = (p("Vedr.: Ole", style="Overskrift1") + "<w:p/>" + p("Første") + tbl([p("a"), p("b")])
            + p("liste", style="Opstilling") + p("Under", style="Egen") + numbered + tbl([p("c")]))
    doc = _doc(build(body=body, styles=styles, headers={"default": p("Hoved") + p("Hoved 2")}))
    got = [(b.text, b.part, b.part_label, b.paragraph) for b in doc.blocks]
    assert got == [("Hoved", "header", "sidehoved 1", 1), ("Hoved 2", "header", "sidehoved 1", 2),
                   ("Vedr.: Ole", "body", None, 1), ("Første", "body", None, 3),
                   ("a", "table", "tabel 1", 1), ("b", "table", "tabel 1", 2),
                   ("liste", "body", None, 4), ("Under", "body", None, 5), ("punkt", "body", None, 6),
                   ("c", "table", "tabel 2", 1)]
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["Vedr.: Ole"].heading_level == 1 and by_text["Vedr.: Ole"].style == "Heading 1"
    assert by_text["Under"].heading_level == 2
    assert by_text["liste"].style == "List Bullet" and by_text["liste"].heading_level == 0
    assert by_text["punkt"].style == "List Paragraph"
    assert by_text["a"].group != by_text["b"].group  # each table cell is its own group
    assert [b.index for b in doc.blocks] == list(range(1, len(doc.blocks) + 1))


def test_text_report_names_part_and_paragraph(tmp_path):
    from click.testing import CliRunner

    from linter.cli import main

    body = BODY + tbl([p("Marie Jensen"), p("Tlf. {{ telefon }}")])
    path = tmp_path / "brev.docx"
    path.write_bytes(build(body=body, headers={"default": p("Sundhedscenter Lindeby") + p("[INDSÆT DATO]")}))
    out = CliRunner().invoke(main, ["check", str(path), "--profile", "sundhed-til-job"]).output
    assert "skabelon.pladsholder" in out
    assert "«{{ telefon }}» [tabel 1 ¶2]" in out
    assert "«[INDSÆT DATO]» [sidehoved 1 ¶2]" in out


@pytest.mark.parametrize("suffix,template", [(".docx", False), (".docm", False), (".dotx", True), (".dotm", True)])
def test_word_suffixes_and_template_content_type(suffix, template):
    doc = _doc(build(body=p("Kære {{ navn }}"), template=template), suffix)
    assert doc.blocks[0].text == "Kære {{ navn }}"
    assert doc.template is template


def test_empty_document_is_checked(engine):
    doc = _doc(build(body=""))
    assert doc.blocks == []
    result = engine.check_document(doc, profile="sundhed-til-job")
    assert "kontakt.telefon" in {f.rule for f in result.findings}


def test_strict_open_xml_is_read_like_transitional():
    data = build(body=p("Kære Ole") + tbl([p("Direkte tlf. 40 27 15 93")]), headers={"default": p("Hoved")})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    strict = {n: d.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                           b"http://purl.oclc.org/ooxml/wordprocessingml/main")
              .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                       b"http://purl.oclc.org/ooxml/officeDocument/relationships") for n, d in members.items()}
    doc = _doc(zip_members(strict))
    assert [(b.text, b.part) for b in doc.blocks] == [("Hoved", "header"), ("Kære Ole", "body"),
                                                       (PHONE_LINE, "table")]


def test_findings_are_in_document_order_across_parts(engine):
    doc = _doc(build(body=p("Kære {{ navn }}") + p("Dato: XXXX"), headers={"default": p("[INDSÆT DATO]")},
                     footers={"default": p("{{ telefon }}")}))
    found = [(f.part, f.text) for f in engine.check_document(doc).findings if f.rule == "skabelon.pladsholder"]
    assert found == [("header", "[INDSÆT DATO]"), ("body", "{{ navn }}"), ("body", "XXXX"),
                     ("footer", "{{ telefon }}")]


def test_a_broken_field_does_not_hide_the_rest_of_the_letter():
    body = p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r>')
    body += p("Kære Ole") + p(complex_field(" PAGE ", "2"))
    assert [b.text for b in _doc(build(body=body)).blocks] == ["Kære Ole", "2"]


def test_unfilled_legacy_form_field_is_a_placeholder():
    doc = _doc(build(body=p("Navn: ", complex_field(" FORMTEXT ", "\u2002" * 5), r(" (borger)"))
                     + p("Job: ", complex_field(" FORMTEXT ", "lagermedarbejder"))))
    assert doc.blocks[0].placeholders == ((6, 11),)
    assert doc.blocks[1].placeholders == ()


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>Kære Ole<draw:frame draw:name="R1" text:anchor-type="paragraph" svg:width="6cm" svg:height="3cm">
<draw:text-box><text:p>Direkte tlf. 40 27 15 93</text:p></draw:text-box></draw:frame></text:p>
<text:p>Med venlig hilsen</text:p>
</office:text></office:body></office:document>
"""


@pytest.mark.slow
@pytest.mark.libreoffice  # .ci/run installs libreoffice-writer-nogui
def test_text_box_as_another_word_processor_writes_it_counts_once(tmp_path):
    """LibreOffice writes a text box as mc:AlternateContent with a DrawingML and a VML copy."""
    (tmp_path / "brev.fodt").write_text(FODT, encoding="utf-8")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(tmp_path), str(tmp_path / "brev.fodt")],
                   capture_output=True, timeout=180, check=True)
    data = (tmp_path / "brev.docx").read_bytes()
    assert zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").count(b"<w:txbxContent") == 2
    doc = _doc(data)
    assert [(b.text, b.part) for b in doc.blocks] == [("Kære Ole", "body"), (PHONE_LINE, "textbox"),
                                                       ("Med venlig hilsen", "body")]
