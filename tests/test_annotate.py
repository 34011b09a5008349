"""`brevlint annotate`: an annotated copy with one Word comment per finding, on the flagged words."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx_factory import build, p, r
from sample_letter import DOCX_LINES, EMAIL_LINE

from linter.cli import main
from linter.readers import read_document

LETTER = [*DOCX_LINES, EMAIL_LINE]


def _letter(tmp_path: Path, *, extra_header: str | None = None) -> Path:
    paras = [p(t) for t in LETTER]
    # a placeholder split over three runs, and officialese inside a longer run
    paras.insert(4, p(r("Vi har talt med "), r("{{ borger"), r(".navn }}"), r(" om forløbet.")))
    paras.insert(5, p("Såfremt Ole får det værre, kontakter han mig."))
    headers = {"default": p("Sundhedscenter Lindeby") + (p(extra_header) if extra_header else "")}
    path = tmp_path / "brev.docx"
    path.write_bytes(build(body="".join(paras), headers=headers))
    return path


def _anchored(document) -> dict[int, str]:
    """Comment id -> the text between its range start and end."""
    out: dict[int, list[str]] = {}
    open_ids: set[int] = set()
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids.add(int(el.get(qn("w:id"))))
            out.setdefault(int(el.get(qn("w:id"))), [])
        elif el.tag == qn("w:commentRangeEnd"):
            open_ids.discard(int(el.get(qn("w:id"))))
        elif el.tag == qn("w:t"):
            for cid in open_ids:
                out[cid].append(el.text or "")
    return {cid: "".join(parts) for cid, parts in out.items()}


def run(*args: str):
    return CliRunner().invoke(main, ["annotate", *args], catch_exceptions=False)


def test_one_comment_per_finding_on_exactly_the_flagged_words(tmp_path, engine):
    src = _letter(tmp_path, extra_header="[INDSÆT DATO]")
    original = src.read_bytes()
    res = run(str(src), "--profile", "sundhed-til-job")
    assert res.exit_code == 1, res.output
    out = tmp_path / "brev.brevlint.docx"
    assert out.is_file() and src.read_bytes() == original
    findings = engine.check_document(read_document(src), profile="sundhed-til-job").findings
    rules = {f.rule for f in findings}
    assert {"skabelon.pladsholder", "sprog.kancellisprog", "kontakt.telefon"} <= rules
    d = docx.Document(str(out))
    comments = list(d.comments)
    assert len(comments) == len(findings)
    assert all(c.author == "brevlint" and c.initials == "BL" for c in comments)
    anchored = _anchored(d)
    texts = {c.comment_id: c.text for c in comments}
    for f in findings:
        mine = [cid for cid, t in texts.items() if f.message in t and f"({f.rule})" in t]
        assert mine, f.rule
        if f.part == "body" and not f.document_level:
            assert any(anchored[cid] == f.text for cid in mine), (f.rule, f.text)
        elif not f.document_level:  # header: anchored on the first paragraph, naming where it is
            assert any(f"[sidehoved 1 ¶{f.part_paragraph}] «{f.text}»" in texts[cid] for cid in mine)
    placeholder = next(cid for cid, t in texts.items() if "skabelon.pladsholder" in t and "sidehoved" not in t)
    assert anchored[placeholder] == "{{ borger.navn }}"
    officialese = next(cid for cid, t in texts.items() if "sprog.kancellisprog" in t)
    assert anchored[officialese] == "Såfremt" and "Forslag:" in texts[officialese]
    phone = next(cid for cid, t in texts.items() if "kontakt.telefon" in t)
    assert anchored[phone].startswith("Marie Jensen")  # document-level contact finding: the signature block
    # the copy still reads as the same letter
    assert [b.text for b in read_document(out).blocks] == [b.text for b in read_document(src).blocks]


def test_english_comments_and_output_option(tmp_path):
    src = _letter(tmp_path)
    target = tmp_path / "ud" / "kopi.docx"
    target.parent.mkdir()
    res = run(str(src), "-o", str(target), "--lang", "en", "--profile", "sundhed-til-job")
    assert res.exit_code == 1 and "comment(s) written" in res.output
    texts = [c.text for c in docx.Document(str(target)).comments]
    assert any("Suggestion:" in t for t in texts)
    assert not any("Forslag:" in t for t in texts)


def test_template_mode_does_not_comment_placeholders(tmp_path):
    src = _letter(tmp_path)
    res = run(str(src), "--template", "--profile", "sundhed-til-job")
    assert res.exit_code in (0, 1)
    texts = [c.text for c in docx.Document(str(tmp_path / "brev.brevlint.docx")).comments]
    assert not any("skabelon.pladsholder" in t for t in texts)


def test_existing_output_needs_force_and_original_is_never_replaced(tmp_path):
    src = _letter(tmp_path)
    out = tmp_path / "brev.brevlint.docx"
    out.write_bytes(b"keep me")
    res = CliRunner().invoke(main, ["annotate", str(src)])
    assert res.exit_code == 2 and "--force" in res.output and out.read_bytes() == b"keep me"
    res = CliRunner().invoke(main, ["annotate", str(src), "--force"])
    assert res.exit_code in (0, 1) and out.read_bytes()[:2] == b"PK"
    original = src.read_bytes()
    res = CliRunner().invoke(main, ["annotate", str(src), "-o", str(src), "--force"])
    assert res.exit_code == 2 and src.read_bytes() == original


@pytest.mark.parametrize("name,data", [("brev.txt", b"Kaere Ole"), ("brev.docx", b"not a zip at all")])
def test_bad_input_is_one_line_exit_2(tmp_path, name, data):
    src = tmp_path / name
    src.write_bytes(data)
    res = CliRunner().invoke(main, ["annotate", str(src)])
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1 and name in res.output
    assert not (tmp_path / (Path(name).stem + ".brevlint.docx")).exists()


def _pdf_annotations(pdf: bytes) -> list[str]:
    texts = []
    for m in re.finditer(rb"/Contents\s*(<[0-9A-Fa-f\s]+>|\((?:[^()\\]|\\.)*\))", pdf):
        raw = m.group(1)
        if raw.startswith(b"<"):
            b = bytes.fromhex(raw[1:-1].decode())
            texts.append(b.decode("utf-16-be", "replace") if b[:2] == b"\xfe\xff" else b.decode("latin-1"))
        else:
            texts.append(raw[1:-1].decode("latin-1"))
    return texts


@pytest.mark.slow
@pytest.mark.libreoffice  # .ci/run installs libreoffice-writer-nogui
def test_libreoffice_opens_the_copy_and_shows_the_comments(tmp_path):
    src = _letter(tmp_path)
    assert run(str(src), "--profile", "sundhed-til-job").exit_code == 1
    out = tmp_path / "brev.brevlint.docx"
    pdf_filter = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    proc = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless", "--convert-to",
         pdf_filter, "--outdir", str(tmp_path / "pdf"), str(out)],
        capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "pdf" / "brev.brevlint.pdf"
    assert proc.returncode == 0 and pdf.is_file(), proc.stderr
    notes = [t.lstrip("\ufeff") for t in _pdf_annotations(pdf.read_bytes())]
    expected = [c.text for c in docx.Document(str(out)).comments]
    assert expected and all(any(e in n for n in notes) for e in expected), notes


def test_template_file_stays_a_template_and_table_findings_are_exact(tmp_path):
    body = "".join(p(t) for t in LETTER) + "<w:tbl><w:tr><w:tc>" + p("Såfremt der er spørgsmål, så ring.") \
        + "</w:tc></w:tr></w:tbl>"
    src = tmp_path / "skabelon.dotx"
    src.write_bytes(build(body=body, template=True))
    res = run(str(src), "--letter", "--profile", "sundhed-til-job")
    assert res.exit_code == 1, res.output
    out = tmp_path / "skabelon.brevlint.dotx"
    with __import__("zipfile").ZipFile(out) as zf:
        assert b"template.main+xml" in zf.read("[Content_Types].xml")
    assert read_document(out).template is True
    from linter.annotate import open_docx

    d, _ = open_docx(out.read_bytes())
    texts = {c.comment_id: c.text for c in d.comments}
    cid = next(cid for cid, t in texts.items() if "sprog.kancellisprog" in t)
    assert _anchored(d)[cid] == "Såfremt"


@pytest.mark.parametrize("name", ["statusbrev-sundhedscenter.docx", "statusattest-fysioterapi.docx",
                                  "afslutningsnotat-rygklinik.docx"])
def test_placeholders_in_fields_controls_and_split_jinja_are_anchored_exactly(name, tmp_path, engine):
    src = tmp_path / name
    src.write_bytes((Path(__file__).resolve().parents[1] / "examples" / "templates" / name).read_bytes())
    assert run(str(src), "--letter").exit_code == 1
    out = tmp_path / name.replace(".docx", ".brevlint.docx")
    findings = [f for f in engine.check_document(read_document(src), template=False).findings
                if f.rule == "skabelon.pladsholder" and f.part == "body"]
    d = docx.Document(str(out))
    anchored = _anchored(d)
    placeholder_ids = sorted(c.comment_id for c in d.comments if "(skabelon.pladsholder)" in c.text
                             and not c.text.startswith("["))
    assert len(placeholder_ids) == len(findings) > 3
    assert sorted(anchored[cid] for cid in placeholder_ids) == sorted(f.text for f in findings)
    # the fields still work: the copy reads as the same letter
    assert [b.text for b in read_document(out).blocks] == [b.text for b in read_document(src).blocks]


def test_a_readable_file_python_docx_cannot_edit_is_a_clear_error(tmp_path):
    import io
    import zipfile

    from docx_factory import zip_members

    with zipfile.ZipFile(io.BytesIO(build(body=p("Kære Ole. Såfremt du kan.")))) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    strict = {n: d.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                           b"http://purl.oclc.org/ooxml/wordprocessingml/main") for n, d in members.items()}
    src = tmp_path / "strict.docx"
    src.write_bytes(zip_members(strict))
    assert read_document(src).blocks  # brevlint reads Strict Open XML ...
    res = CliRunner().invoke(main, ["annotate", str(src)])
    assert res.exit_code == 2 and "strict.docx" in res.output and "Traceback" not in res.output  # ... python-docx not
    assert not (tmp_path / "strict.brevlint.docx").exists()


@pytest.mark.parametrize("body", ["", "<w:p/><w:p/>"], ids=["no-paragraphs", "empty-paragraphs"])
def test_a_letter_without_text_still_gets_its_document_level_comments(body, tmp_path, engine):
    src = tmp_path / "tom.docx"
    src.write_bytes(build(body=body))
    res = run(str(src), "--profile", "generel")
    assert res.exit_code == 1
    expected = engine.check_document(read_document(src), profile="generel").findings
    comments = list(docx.Document(str(tmp_path / "tom.brevlint.docx")).comments)
    assert len(comments) == len(expected) > 0
