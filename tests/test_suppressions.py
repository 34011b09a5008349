"""Suppressions (issue 14): the three comment forms in .txt/.md, the custom XML part of Word files
(written by `brevlint fix --ignore`, or by the add-in), governed by `suppressions:` in the config:
a forbidden suppression is reported and not applied, an unused one is reported."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx_factory import build, p, zip_members

from linter.cli import main
from linter.errors import ConfigError
from linter.readers import read_bytes, read_document
from linter.runner import Runner, RunOptions
from linter.suppressions import FORBIDDEN, NS, UNUSED

LETTER = """Kære Ole

<!-- brevlint-disable-next-line sprog.kancellisprog -->
Såfremt du kan, så ring.
<!-- brevlint-disable sprog.jargon, sprog.forkortelse -->
Ole har en diskusprolaps.
<!-- brevlint-enable sprog.jargon -->
Ole har lumbago. Endvidere ring.
<!-- brevlint-disable sprog.passiv -->

Med venlig hilsen
Anne Holm
"""


def _check(tmp_path: Path, text: str, name: str = "brev.txt", config: str | None = None):
    (tmp_path / name).write_text(text, encoding="utf-8")
    if config is not None:
        (tmp_path / "brevlint.yaml").write_text(config, encoding="utf-8")
    return Runner(RunOptions()).check_file(str(tmp_path / name))


def _spans(result, rule: str) -> list[str]:
    return [f.text for f in result.findings if f.rule == rule]


@pytest.mark.parametrize("name", ["brev.txt", "brev.md"])
def test_three_comment_forms(tmp_path, name):
    result = _check(tmp_path, LETTER, name)
    assert _spans(result, "sprog.kancellisprog") == ["Endvidere"]  # the next line only
    assert _spans(result, "sprog.jargon") == ["lumbago"]  # disabled … enabled again
    unused = [f for f in result.findings if f.rule == UNUSED]
    # sprog.forkortelse stays disabled but nothing was there to hide; sprog.passiv neither
    assert sorted(f.message.split("'")[1] for f in unused) == ["sprog.forkortelse", "sprog.passiv"]
    assert {f.line for f in unused} == {5, 9}  # at the comment's own line
    assert all(f.fix is None for f in unused)


def test_comment_lines_are_not_letter_text(tmp_path):
    doc = read_bytes(LETTER.encode(), ".txt", "brev.txt")
    assert not any("brevlint" in b.text for b in doc.blocks)
    assert [b.line for b in doc.blocks][:3] == [1, 4, 6]  # line numbers stay those of the file


def test_a_disable_never_enabled_silences_a_finding_about_the_whole_letter(tmp_path):
    text = "<!-- brevlint-disable kontakt.telefon -->\n" + LETTER
    assert "kontakt.telefon" in {f.rule for f in _check(tmp_path, LETTER).findings}
    assert "kontakt.telefon" not in {f.rule for f in _check(tmp_path, text).findings}


def test_forbidden_suppression_is_reported_and_not_applied(tmp_path):
    text = "<!-- brevlint-disable kontakt.* -->\n" + LETTER
    result = _check(tmp_path, text, config="suppressions:\n  forbidden: [kontakt.*, skabelon.pladsholder]\n")
    assert "kontakt.telefon" in {f.rule for f in result.findings}
    (bad,) = [f for f in result.findings if f.rule == FORBIDDEN]
    assert "kontakt.*" in bad.message and bad.line == 1 and bad.severity.label == "error"


def test_only_allowed_rules_may_be_suppressed(tmp_path):
    result = _check(tmp_path, LETTER, config="suppressions:\n  allowed: ['sprog.*']\n")
    assert not [f for f in result.findings if f.rule == FORBIDDEN]
    text = "<!-- brevlint-disable-next-line samtykke -->\n" + LETTER
    result = _check(tmp_path, text, config="suppressions:\n  allowed: ['sprog.*']\n")
    assert [f for f in result.findings if f.rule == FORBIDDEN]


def test_bad_suppressions_config_names_file_and_key(tmp_path):
    (tmp_path / "brevlint.yaml").write_text("suppressions:\n  maybe: [x]\n", encoding="utf-8")
    from linter.config import load_config_file

    with pytest.raises(ConfigError) as err:
        load_config_file(tmp_path / "brevlint.yaml")
    assert "suppressions" in err.value.message("en") and "brevlint.yaml" in err.value.message("en")


def test_fix_ignore_writes_comments_in_a_text_file(tmp_path):
    path = tmp_path / "brev.md"
    path.write_text("Kære Ole\n\n  Såfremt du kan, så ring.\n\nMed venlig hilsen\nAnne Holm\n", encoding="utf-8")
    CliRunner().invoke(main, ["fix", "--ignore", "sprog.kancellisprog", "--ignore", "kontakt.telefon", str(path)])
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!-- brevlint-disable kontakt.telefon -->\n")
    assert "  <!-- brevlint-disable-next-line sprog.kancellisprog -->\n  Såfremt du kan" in text  # not fixed
    rules = {f.rule for f in Runner(RunOptions()).check_file(str(path)).findings}
    assert not rules & {"sprog.kancellisprog", "kontakt.telefon", UNUSED}


def _docx(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "brev.docx"
    path.write_bytes(build(p("Kære Ole") + body + p("Med venlig hilsen") + p("Anne Holm")))
    return path


def test_fix_ignore_stores_the_suppression_in_a_custom_xml_part(tmp_path):
    path = _docx(tmp_path, p("Ole har en diskusprolaps. Såfremt du kan, så ring."))
    before = [b.text for b in read_document(path).blocks]
    r = CliRunner().invoke(main, ["fix", "--ignore", "sprog.jargon", str(path)])
    assert r.exit_code in (0, 1), r.output
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        part = next(n for n in names if n.startswith("customXml/item") and "Props" not in n)
        assert NS.encode() in zf.read(part) and b'text="diskusprolaps"' in zf.read(part)
        assert b"customXml" in zf.read("word/_rels/document.xml.rels")
        assert b"customXmlProperties" in zf.read("[Content_Types].xml")
    doc = read_document(path)
    assert [b.text.replace("Hvis", "Såfremt") for b in doc.blocks] == before  # never visible text
    result = Runner(RunOptions()).check_file(str(path))
    assert not _spans(result, "sprog.jargon") and not _spans(result, UNUSED)
    assert not _spans(result, "sprog.kancellisprog")  # the rest was fixed
    # a second --ignore adds to the same part
    CliRunner().invoke(main, ["fix", "--ignore", "kontakt.telefon", str(path)])
    with zipfile.ZipFile(path) as zf:
        parts = [n for n in zf.namelist() if n.startswith("customXml/item") and "Props" not in n]
        assert len(parts) == 1 and b"kontakt.telefon" in zf.read(parts[0])
    assert "kontakt.telefon" not in {f.rule for f in Runner(RunOptions()).check_file(str(path)).findings}


def test_a_part_written_by_the_add_in_is_honoured_and_governed(tmp_path):
    data = build(p("Kære Ole") + p("Ole har en diskusprolaps.") + p("Med venlig hilsen") + p("Anne Holm"))
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["customXml/item1.xml"] = (f'<suppressions xmlns="{NS}"><suppress rule="sprog.jargon" '
                                      'text="diskusprolaps"/><suppress rule="kontakt.email"/>'
                                      '<suppress rule="sprog.passiv"/></suppressions>')
    path = tmp_path / "brev.docx"
    path.write_bytes(zip_members(members))
    (tmp_path / "brevlint.yaml").write_text("suppressions:\n  forbidden: [kontakt.*]\n", encoding="utf-8")
    result = Runner(RunOptions()).check_file(str(path))
    rules = [f.rule for f in result.findings]
    assert "sprog.jargon" not in rules and "kontakt.email" in rules
    assert rules.count(FORBIDDEN) == 1 and rules.count(UNUSED) == 1
