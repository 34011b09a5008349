"""Hostile and odd Word files: one clear line naming the file and what to do, exit 2, no traceback.

Every file is generated here (zipfile + raw XML); nothing binary is committed.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx_factory import NS, build, p, tbl, zip_members

from linter.cli import main
from linter.errors import InputError
from linter.readers import read_bytes, read_document
from linter.readers.limits import Limits

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def _u16(s: str) -> bytes:
    return s.encode("utf-16-le")


def _error(data: bytes, suffix: str = ".docx", limits: Limits | None = None) -> InputError:
    with pytest.raises(InputError) as info:
        read_bytes(data, suffix, "brev" + suffix, limits)
    err = info.value
    for msg in (err.message("da"), err.message("en")):
        assert msg.startswith("brev" + suffix + ": ") and "\n" not in msg
    return err


def _document(body_xml: str) -> bytes:
    return _with_document(f'<?xml version="1.0"?><w:document {NS}><w:body>{body_xml}</w:body></w:document>')


def _with_document(document_xml: str | bytes) -> bytes:
    """A valid package whose word/document.xml is replaced by `document_xml`."""
    data = build(body="")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["word/document.xml"] = document_xml if isinstance(document_xml, bytes) else document_xml.encode()
    return zip_members(members)


def test_legacy_doc_renamed_docx():
    err = _error(OLE + _u16("WordDocument") + b"\0" * 100)
    assert err.code == "legacy-doc" and "gem som .docx" in err.message("da")


def test_encrypted_docx_is_an_ole_container_with_encryption_info():
    err = _error(OLE + _u16("EncryptionInfo") + b"\0" * 10 + _u16("EncryptedPackage"))
    assert err.code == "encrypted" and "adgangskode" in err.message("da")
    assert "password" in err.message("en")


@pytest.mark.parametrize("suffix", [".doc", ".odt", ".rtf"])
def test_unsupported_suffixes(tmp_path: Path, suffix):
    path = tmp_path / ("brev" + suffix)
    path.write_bytes(b"x")
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.code == "unsupported-format" and ".docx" in info.value.message("da")


def test_odt_renamed_docx():
    data = zip_members({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"})
    err = _error(data)
    assert err.code == "unsupported-format" and ".odt" in err.message("da")


def test_rtf_renamed_docx():
    err = _error(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hej}")
    assert err.code == "unsupported-format" and "RTF" in err.message("da")


def test_xlsx_renamed_docx():
    err = _error(zip_members({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}))
    assert err.code == "not-docx" and "Excel" in err.message("da")


def test_plain_bytes_renamed_docx():
    assert _error(b"Kaere Ole, dette er ikke en zip").code == "not-docx"


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_truncated_zip(cut):
    data = build(body=p("Kære Ole") * 200)
    assert _error(data[: int(len(data) * cut)]).code == "corrupt"


def test_corrupt_member_data():
    data = bytearray(build(body=p("Kære Ole, " * 50) * 50))
    start = data.find(b"word/document.xml") + 40  # inside the deflated data of document.xml
    data[start:start + 200] = b"\xff" * 200
    assert _error(bytes(data)).code == "corrupt"


def _bomb(size: int) -> bytes:
    xml = (f"<w:document {NS}><w:body><w:p><w:r><w:t>".encode() + b" " * size
           + b"</w:t></w:r></w:p></w:body></w:document>")
    return _with_document(xml)


def test_zip_bomb_declared_size():
    err = _error(_bomb(20_000_000), limits=Limits(max_decompressed_bytes=5_000_000))
    assert err.code == "too-large-decompressed" and "zip" in err.message("da")


def _lie_about_sizes(data: bytes, member: str, size: int) -> bytes:
    """Patch the uncompressed size of `member` in its local header and the central directory."""
    out = bytearray(data)
    name = member.encode()
    pos = 0
    while (pos := out.find(name, pos + 1)) != -1:
        if out[pos - 30:pos - 26] == b"PK\x03\x04":
            struct.pack_into("<I", out, pos - 30 + 22, size)
        elif out[pos - 46:pos - 42] == b"PK\x01\x02":
            struct.pack_into("<I", out, pos - 46 + 24, size)
    return bytes(out)


def test_zip_bomb_with_lying_header_is_still_bounded():
    data = _lie_about_sizes(_bomb(20_000_000), "word/document.xml", 1000)
    err = _error(data, limits=Limits(max_decompressed_bytes=5_000_000))
    assert err.code in ("too-large-decompressed", "corrupt")


def test_decompression_budget_is_counted_while_reading():
    from linter.readers.docx_package import Package

    data = _bomb(200_000)
    pkg = Package(data, "brev.docx", Limits())
    pkg.budget = 50_000  # as if earlier members had used the rest
    with pytest.raises(InputError) as info:
        pkg.read("word/document.xml")
    assert info.value.code == "too-large-decompressed"


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                            for i in range(1, 10))
                  + f']><w:document {NS}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
XXE = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       f'<w:document {NS}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entity_tricks_are_refused(xml):
    err = _error(_with_document(xml))
    assert err.code == "unsafe-xml"
    assert "root:" not in err.message("en")


def test_invalid_xml():
    err = _error(_with_document(f"<w:document {NS}><w:body><w:p>"))
    assert err.code == "corrupt" and "XML" in err.message("da")


def test_100000_paragraphs_refused_by_limit_fast():
    body = "".join(f"<w:p><w:r><w:t>Linje {i}</w:t></w:r></w:p>" for i in range(100_000))
    data = _document(body)
    err = _error(data)
    assert err.code == "too-many-paragraphs"


def test_many_paragraphs_under_the_limit_are_read():
    data = _document("".join(f"<w:p><w:r><w:t>Linje {i}</w:t></w:r></w:p><w:p/>" for i in range(5_000)))
    doc = read_bytes(data, ".docx", "brev.docx")
    assert len(doc.blocks) == 5_000 and doc.blocks[-1].text == "Linje 4999"
    assert doc.blocks[-1].paragraph == 9_999


def test_millions_of_elements_are_refused_before_parsing():
    many_paragraphs = _document("<w:p/>" * 60_000)
    assert _error(many_paragraphs).code == "too-many-paragraphs"
    many_runs = _document("<w:p>" + "<w:r><w:t>x</w:t></w:r>" * 600_000 + "</w:p>")
    assert _error(many_runs).code == "too-complex"


@pytest.mark.parametrize("depth", [60, 400])
def test_deeply_nested_tables(depth):
    inner = p("bund")
    for _ in range(depth):
        inner = tbl([inner])
    err = _error(_document(inner))
    assert err.code == "too-deep" and "dybt" in err.message("da")


def test_moderately_nested_tables_are_read():
    inner = p("bund")
    for _ in range(10):
        inner = tbl([inner])
    doc = read_bytes(_document(inner + "<w:p/>"), ".docx", "brev.docx")
    assert [b.text for b in doc.blocks] == ["bund"]


def test_cli_batch_goes_on_after_bad_files(tmp_path: Path):
    (tmp_path / "a-legacy.docx").write_bytes(OLE + _u16("WordDocument"))
    (tmp_path / "b-bomb.docx").write_bytes(_with_document(BILLION_LAUGHS))
    (tmp_path / "c-truncated.docx").write_bytes(build(body=p("x") * 100)[:300])
    (tmp_path / "d-good.docx").write_bytes(build(body=p("Kære Ole, {{ navn }}")))
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--profile", "generel"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    for name in ("a-legacy.docx", "b-bomb.docx", "c-truncated.docx"):
        assert sum(name in line for line in lines) == 1, result.output
    assert any("d-good.docx" in line and "skabelon.pladsholder" in line for line in lines)
