"""The example templates pass template mode; rendered with sample data they pass pre-send mode,
and a field left unfilled is reported at its paragraph and offset."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from linter.annotate import open_docx
from linter.cli import main
from linter.model import Severity
from linter.readers import read_document

FOLDER = Path(__file__).resolve().parents[1] / "examples" / "templates"
TEMPLATES = sorted(p for p in FOLDER.iterdir() if p.suffix in (".docx", ".dotx"))


def _make_module():
    spec = importlib.util.spec_from_file_location("make_templates", FOLDER / "make_templates.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_templates", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


VALUES = _make_module().VALUES


def _jinja(text: str, values: dict, skip: set[str]) -> str:
    """A tiny docxtpl stand-in: {% if x %}A{% else %}B{% endif %} and {{ name }}."""
    def cond(m: re.Match) -> str:
        name = m.group(1)
        if name in skip or name not in values:
            return m.group(0)
        return m.group(2) if values[name] else (m.group(3) or "")
    text = re.sub(r"\{%\s*if\s+([\w.]+)\s*%\}(.*?)(?:\{%\s*else\s*%\}(.*?))?\{%\s*endif\s*%\}", cond, text)
    return re.sub(r"\{\{\s*([\w.]+)\s*\}\}",
                  lambda m: m.group(0) if m.group(1) in skip or m.group(1) not in values
                  else str(values[m.group(1)]), text)


def render(src: Path, dst: Path, skip: frozenset[str] = frozenset()) -> None:
    """Fill every merge field, content control, Jinja tag and literal placeholder with VALUES,
    except the names in `skip`, which stay unfilled as they were."""
    d, _ = open_docx(src.read_bytes())  # a .dotx renders to a plain .docx letter
    roots = [d.element.body] + [s.header._element for s in d.sections] + [s.footer._element for s in d.sections]
    for root in roots:
        for fld in list(root.iter(qn("w:fldSimple"))):
            name = fld.get(qn("w:instr")).split()[1]
            if name in skip:
                continue
            for run in list(fld):
                fld.addprevious(run)
            fld.getparent().remove(fld)
        for run in list(root.iter(qn("w:r"))):  # complex fields: keep only their displayed result
            if run.find(qn("w:fldChar")) is not None or run.find(qn("w:instrText")) is not None:
                instr = "".join(t.text or "" for t in run.iter(qn("w:instrText")))
                if not any(f"MERGEFIELD {n} " in instr for n in skip):
                    run.getparent().remove(run)
        for sdt in list(root.iter(qn("w:sdt"))):
            tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val"))
            if tag in skip:
                continue
            pr = sdt.find(qn("w:sdtPr"))
            pr.remove(pr.find(qn("w:showingPlcHdr")))
            texts = list(sdt.iter(qn("w:t")))
            texts[0].text = str(VALUES[tag])
            for t in texts[1:]:
                t.text = ""
        for p in root.iter(qn("w:p")):
            texts = list(p.iter(qn("w:t")))
            if not texts:
                continue
            joined = "".join(t.text or "" for t in texts)
            new = _jinja(joined, VALUES, set(skip))
            for key, value in VALUES.items():
                if key in skip:
                    continue
                new = new.replace(f"«{key}»", str(value))
                if not key[0].isalnum() or key == "XXXX":
                    new = new.replace(key, str(value))
            if new != joined:
                texts[0].text = new
                texts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                for t in texts[1:]:
                    t.text = ""
    d.save(str(dst))


def test_there_are_five_realistic_templates_with_every_field_kind():
    assert len(TEMPLATES) >= 5
    xml = b""
    for t in TEMPLATES:
        with zipfile.ZipFile(t) as zf:
            xml += zf.read("word/document.xml")
    for marker in (b"MERGEFIELD", b"fldSimple", b"showingPlcHdr", b"{{", b"{%"):
        assert marker in xml, marker


def test_template_mode_has_no_errors(tmp_path):
    res = CliRunner().invoke(main, ["check", "--template", str(FOLDER), "--format", "json"])
    data = json.loads(res.output)
    files = data["files"] if isinstance(data, dict) else data
    assert len(files) == len(TEMPLATES)
    for f in files:
        assert not f.get("error"), f
        assert not [x for x in f["findings"] if x["severity"] == "error"], (f["path"], f["findings"])


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_pre_send_mode_flags_every_unfilled_template(template, engine):
    result = engine.check_document(read_document(template), template=False)
    assert any(f.rule == "skabelon.pladsholder" and f.severity == Severity.ERROR for f in result.findings)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_rendered_letter_passes_pre_send_mode(template, tmp_path, engine):
    out = tmp_path / template.with_suffix(".docx").name
    render(template, out)
    doc = read_document(out)
    result = engine.check_document(doc, template=False)
    errors = [(f.rule, f.text, f.part_label, f.paragraph) for f in result.findings if f.severity == Severity.ERROR]
    assert errors == []
    assert not any(b.placeholders for b in doc.blocks)


@pytest.mark.parametrize("template,field,shown", [
    ("statusbrev-sundhedscenter.docx", "Job", "Klik eller tryk her for at skrive tekst."),
    ("statusattest-fysioterapi.docx", "Loeftegraense", "«Loeftegraense»"),
    ("moedeindkaldelse.docx", "moede.tid", "{{ moede.tid }}"),
    ("forespoergsel-til-laege.dotx", "Borger_navn", "«Borger_navn»"),
])
def test_a_field_left_unfilled_is_reported_where_it_is(template, field, shown, tmp_path, engine):
    out = tmp_path / "brev.docx"
    render(FOLDER / template, out, skip=frozenset({field}))
    # where the field is, found independently of brevlint's reader: all text of each body paragraph
    body = docx.Document(str(out)).element.body
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iterchildren(qn("w:p"))]
    expected = [(i, t.index(shown)) for i, t in enumerate(texts, start=1) if shown in t]
    assert expected
    result = engine.check_document(read_document(out), template=False)
    found = [(f.part_paragraph, f.offset) for f in result.findings if f.rule == "skabelon.pladsholder"]
    assert sorted(found) == sorted(expected)
    assert all(f.severity == Severity.ERROR and f.part == "body" and f.text == shown
               for f in result.findings if f.rule == "skabelon.pladsholder")


def test_generator_reproduces_the_committed_templates(tmp_path):
    """The committed files are what make_templates.py builds (same text, same fields)."""
    module = _make_module()
    for name, make in module.TEMPLATES.items():
        make(tmp_path / name)
        a, b = read_document(tmp_path / name), read_document(FOLDER / name)
        assert [(x.text, x.part, x.placeholders) for x in a.blocks] == [(x.text, x.part, x.placeholders)
                                                                        for x in b.blocks]


def test_config_template_switch_and_globs(tmp_path):
    src = FOLDER / "statusattest-fysioterapi.docx"
    (tmp_path / "statusattest-skabelon.docx").write_bytes(src.read_bytes())
    (tmp_path / "brev.docx").write_bytes(src.read_bytes())
    (tmp_path / "brevlint.yaml").write_text('templates: ["*-skabelon.docx"]\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json"])
    files = {Path(f["path"]).name: f for f in json.loads(res.output)["files"]}
    rules = {name: {x["rule"] for x in f["findings"]} for name, f in files.items()}
    assert "skabelon.pladsholder" not in rules["statusattest-skabelon.docx"]
    assert "skabelon.pladsholder" in rules["brev.docx"]
    (tmp_path / "brevlint.yaml").write_text("template: true\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["check", str(tmp_path / "brev.docx"), "--format", "json"])
    assert not [x for x in json.loads(res.output)["files"][0]["findings"] if x["rule"] == "skabelon.pladsholder"]
