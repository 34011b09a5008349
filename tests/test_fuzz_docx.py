"""Short fuzz run of the docx reader: mutated bytes of a valid .docx and mutated
document.xml. The reader returns a Document or raises InputError, nothing else.
Bounded (max_examples, derandomized) to stay around 20 s on a loaded 2-core box."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.errors import InputError
from linter.model import Document
from linter.readers import read_bytes
from linter.readers.limits import Limits


def _valid_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Kære Ole")
    d.add_paragraph("Han kan løfte {{ vægt }} kg.")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Tlf."
    t.cell(0, 1).text = "40 27 15 93"
    d.sections[0].footer.paragraphs[0].text = "Sundhedscenter Lindeby"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


VALID = _valid_docx()
with zipfile.ZipFile(io.BytesIO(VALID)) as _z:
    DOCUMENT_XML = _z.read("word/document.xml")
LIMITS = Limits(max_decompressed_bytes=20 * 1024 * 1024)
FUZZ = settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _read(data: bytes) -> None:
    try:
        doc = read_bytes(data, ".docx", "fuzz.docx", LIMITS)
    except InputError as exc:
        assert "fuzz.docx" in exc.message("da")
        return
    assert isinstance(doc, Document)


def _with_document_xml(xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(VALID)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, xml if info.filename == "word/document.xml" else src.read(info))
    return out.getvalue()


MUTATION = st.tuples(st.integers(0, len(VALID) - 1), st.sampled_from(["flip", "cut", "insert", "zero"]),
                     st.binary(min_size=1, max_size=64))


@FUZZ
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4))
def test_mutated_docx_bytes(mutations):
    data = bytearray(VALID)
    for pos, op, blob in mutations:
        pos %= max(1, len(data))
        if op == "flip":
            data[pos] ^= blob[0] or 0xFF
        elif op == "cut":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = blob
        else:
            data[pos:pos + len(blob)] = bytes(len(blob))
    _read(bytes(data))


XML_BITS = st.sampled_from([b"<", b">", b"</w:p>", b"<w:p>", b"<w:t>", b"</w:t>", b"&", b"&amp;", b"&#0;",
                            b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", b"&e;", b"\"",
                            b"<w:tbl><w:tr><w:tc>", b"</w:tc></w:tr></w:tbl>", b"\xff\xfe", b"\x00",
                            b"<w:fldSimple w:instr='MERGEFIELD x'>", b"<w:ins>", b"<w:del>"])


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, len(DOCUMENT_XML)), st.integers(0, 40),
                                st.one_of(XML_BITS, st.binary(max_size=16))), min_size=1, max_size=5))
def test_mutated_document_xml(edits):
    xml = bytearray(DOCUMENT_XML)
    for pos, drop, blob in edits:
        pos %= len(xml) + 1
        xml[pos:pos + drop] = blob
    _read(_with_document_xml(bytes(xml)))
