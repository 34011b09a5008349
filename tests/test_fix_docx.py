"""`brevlint fix` on Word files: every placement the reader knows (body, table, header, text box,
tracked insertion, a word split over runs), run formatting kept, --track-changes as w:ins/w:del by
"brevlint", a .dotx stays a template, and LibreOffice converts the fixed file to PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx_factory import build, p, r, tbl, textbox
from lxml import etree

from linter.cli import main
from linter.readers import read_document
from linter.readers.docx_walk import W

BOLD = "<w:rPr><w:b/></w:rPr>"
SIGN = [p("Kære Ole"), p("Med venlig hilsen"), p("Anne Holm")]


def _doc(tmp_path: Path, body: str, name: str = "brev.docx", **kw) -> Path:
    path = tmp_path / name
    path.write_bytes(build(SIGN[0] + body + "".join(SIGN[1:]), **kw))
    return path


def _fix(*args: str):
    return CliRunner().invoke(main, ["fix", *args], catch_exceptions=False)


def _texts(path: Path) -> list[str]:
    return [b.text for b in read_document(path).blocks]


def _xml(path: Path, member: str = "word/document.xml") -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read(member).decode("utf-8")


@pytest.mark.parametrize(("where", "kw"), [
    ("body", lambda par: {"body": par}),
    ("table", lambda par: {"body": tbl([par, p("celle")])}),
    ("header", lambda par: {"body": "", "headers": {"default": par}}),
    ("footer", lambda par: {"body": "", "footers": {"default": par}}),
    ("footnote", lambda par: {"body": p("Se noten.", '<w:r><w:footnoteReference w:id="1"/></w:r>'),
                              "footnotes": f'<w:footnote w:id="1">{par}</w:footnote>'}),
    ("textbox", lambda par: {"body": p("Se boksen.", textbox(par))}),
    ("tracked insertion", lambda par: {"body": par.replace("<w:r>", '<w:ins w:id="7" w:author="A" '
                                                           'w:date="2026-01-01T00:00:00Z"><w:r>', 1)
                                       .replace("</w:r>", "</w:r></w:ins>", 1)}),
])
@pytest.mark.parametrize("track", [False, True], ids=["plain", "track-changes"])
def test_fix_in_every_placement(tmp_path, where, kw, track):
    spec = kw(p("Såfremt du kan, så ring."))
    path = _doc(tmp_path, spec.pop("body"), **spec)
    _fix(*(["--track-changes"] if track else []), str(path))
    texts = _texts(path)
    assert "Hvis du kan, så ring." in texts, (where, texts)
    assert not any("Såfremt" in t for t in texts)


def test_the_fallback_copy_of_a_text_box_is_fixed_too(tmp_path):
    path = _doc(tmp_path, p("Se boksen.", textbox(p("Såfremt du kan, så ring."), fallback=True)))
    _fix(str(path))
    xml = _xml(path)
    assert "Såfremt" not in xml and xml.count("Hvis du kan, så ring.") == 2


def test_bold_stays_bold_and_a_word_split_over_runs_is_fixed(tmp_path):
    body = p(r("Vi har "), r("endvidere", BOLD), r(" talt med ham. Så"), r("fremt", BOLD), r(" du kan, så ring."))
    path = _doc(tmp_path, body)
    _fix(str(path))
    assert "Vi har desuden talt med ham. Hvis du kan, så ring." in _texts(path)
    xml = _xml(path)
    assert '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">desuden</w:t></w:r>' in xml
    # a word over two runs: the replacement takes the first run's place and formatting
    assert '<w:t xml:space="preserve"> talt med ham. Hvis</w:t>' in xml
    assert "fremt" not in xml and xml.count("<w:b/>") == 1  # the emptied run is gone


def test_track_changes_writes_ins_and_del_by_brevlint(tmp_path):
    body = p(r("Vi har "), r("endvidere", BOLD), r(" talt med ham."))
    path = _doc(tmp_path, body)
    _fix("--track-changes", str(path))
    xml = _xml(path)
    assert 'w:author="brevlint"' in xml
    root = etree.fromstring(xml.encode())
    assert [t.text for t in root.iter(W + "delText")] == ["endvidere"]
    (ins,) = [el for el in root.iter(W + "ins")]
    (dele,) = [el for el in root.iter(W + "del")]
    assert ins.get(W + "author") == dele.get(W + "author") == "brevlint"
    assert ins.find(f"{W}r/{W}rPr/{W}b") is not None  # the inserted word is bold like the one it replaces
    assert ins.findtext(f"{W}r/{W}t") == "desuden"
    assert len({ins.get(W + "id"), dele.get(W + "id")}) == 2
    # the reader shows the accepted version: the fix is what a reader sees
    assert "Vi har desuden talt med ham." in _texts(path)


def test_other_members_are_copied_unchanged_and_a_template_stays_one(tmp_path):
    path = _doc(tmp_path, p("Såfremt du kan, så ring."), name="skabelon.dotx", template=True,
                headers={"default": p("Sundhedscenter Lindeby")})
    before = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    _fix("--letter", str(path))
    after = zipfile.ZipFile(path)
    assert [i.filename for i in after.infolist()] == [i.filename for i in before.infolist()]
    for name in ("[Content_Types].xml", "word/header1.xml", "word/_rels/document.xml.rels"):
        assert after.read(name) == before.read(name)
    assert read_document(path).template
    assert "Hvis du kan, så ring." in _texts(path)


def test_diff_of_a_word_file_writes_nothing(tmp_path):
    path = _doc(tmp_path, p("Såfremt du kan, så ring."))
    data = path.read_bytes()
    r_ = _fix("--diff", str(path))
    assert "-Såfremt du kan, så ring." in r_.output and "+Hvis du kan, så ring." in r_.output
    assert path.read_bytes() == data


# .ci/run installs libreoffice-writer-nogui; a machine without it skips this one test.
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("track", [False, True], ids=["plain", "track-changes"])
def test_libreoffice_converts_the_fixed_file(tmp_path, track):
    body = p(r("Vi har "), r("endvidere", BOLD), r(" talt med ham.")) + tbl([p("Såfremt du kan, så ring.")])
    path = _doc(tmp_path, body)
    _fix(*(["--track-changes", "--ignore", "kontakt.telefon"] if track else []), str(path))  # + a custom XML part
    proc = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), str(path)], capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "pdf" / "brev.pdf"
    assert proc.returncode == 0 and pdf.is_file() and pdf.stat().st_size > 1000, proc.stderr


def test_strict_open_xml_is_refused_clearly_and_left_alone(tmp_path):
    path = _doc(tmp_path, p("Såfremt du kan, så ring."))
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["word/document.xml"] = members["word/document.xml"].replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main")
    from docx_factory import zip_members

    path.write_bytes(zip_members(members))
    data = path.read_bytes()
    r_ = CliRunner().invoke(main, ["fix", "--lang", "en", str(path)])
    assert r_.exit_code == 2 and "Strict Open XML" in r_.output and "Traceback" not in r_.output
    assert path.read_bytes() == data


def test_unsafe_explanation_as_a_tracked_insertion(tmp_path):
    body = p(r("Ole har en "), r("diskus", "<w:rPr><w:i/></w:rPr>"), r("prolaps og går til træning."))
    path = _doc(tmp_path, body)
    _fix("--unsafe-fixes", "--track-changes", str(path))
    root = etree.fromstring(_xml(path).encode())
    (ins,) = list(root.iter(W + "ins"))
    assert ins.findtext(f"{W}r/{W}t").startswith(" (") and not list(root.iter(W + "del"))
    assert not [t for t in root.iter(W + "t") if not t.text]  # no empty runs left behind
    assert any(t.startswith("Ole har en diskusprolaps (") for t in _texts(path))
