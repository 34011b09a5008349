"""SARIF (validated against the schema), GitHub workflow commands and JUnit XML."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from gate_helpers import LETTER, run_cli

from linter.reporters.github import escape_data, escape_property, render_github
from linter.reporters.junit import render_junit

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


pytestmark = pytest.mark.usefixtures("private_cache")


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "skabeloner").mkdir(parents=True)
    (root / "skabeloner" / "brev a.txt").write_text(LETTER, encoding="utf-8")
    (root / "skabeloner" / "ok.md").write_text("Kort note.\n", encoding="utf-8")
    (root / "skabeloner" / "gammel.doc").write_bytes(b"\xd0\xcf\x11\xe0 not really")
    monkeypatch.chdir(root)
    return root


def _sarif(*args: str) -> dict:
    r = run_cli("check", *args, "--format", "sarif", "--no-progress")
    assert r.exit_code in (1, 2), r.output
    return json.loads(r.output)


def test_sarif_validates_and_has_the_required_fields(repo):
    log = _sarif("skabeloner", "skabeloner/gammel.doc")
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "brevlint" and driver["version"] and driver["informationUri"].startswith("https://")
    ids = [r["id"] for r in driver["rules"]]
    assert "sprog.jargon" in ids and ids == sorted(ids)
    jargon = driver["rules"][ids.index("sprog.jargon")]
    assert jargon["helpUri"].endswith("docs/rules.md#sprogjargon")
    assert jargon["defaultConfiguration"]["level"] == "warning"
    assert jargon["shortDescription"]["text"] != jargon["fullDescription"]["text"]  # Danish vs English
    results = run["results"]
    assert results
    for res in results:
        assert res["level"] in {"note", "warning", "error"}
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        loc = res["locations"][0]
        art = loc["physicalLocation"]["artifactLocation"]
        assert art["uriBaseId"] == "%SRCROOT%"
        assert art["uri"] in {"skabeloner/brev%20a.txt", "skabeloner/ok.md"}
        region = loc["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert re.fullmatch(r"[0-9a-f]{32}", res["partialFingerprints"]["brevlint/v1"])
        assert re.fullmatch(r"\S.* ¶\d+", loc["logicalLocations"][0]["name"])
    jargon_res = next(r for r in results if r["ruleId"] == "sprog.jargon")
    assert "diskusprolaps" in jargon_res["message"]["text"]
    assert jargon_res["locations"][0]["physicalLocation"]["region"]["endColumn"] > 1
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels.get("sprog.kancellisprog") == "note"  # suggestion -> note
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    [note] = inv["toolExecutionNotifications"]
    assert note["level"] == "error" and "gammel.doc" in note["message"]["text"]


def test_sarif_holds_no_letter_text_beyond_flagged_words(repo):
    text = json.dumps(_sarif("skabeloner/brev a.txt"), ensure_ascii=False)
    for sentence in ("Ole arbejder som lagermedarbejder", "Sofie Berg", "bordhøjde", "27. marts"):
        assert sentence not in text


def test_sarif_root_option_makes_uris_relative_to_it(repo):
    log = _sarif("skabeloner/brev a.txt", "--sarif-root", "skabeloner")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {"brev%20a.txt"}
    assert log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/skabeloner/")


def test_fingerprints_survive_edits_to_other_paragraphs(repo):
    before = _sarif("skabeloner/brev a.txt")["runs"][0]["results"]
    edited = LETTER.replace("Kære Sofie Berg\n", "Kære Sofie Berg\n\nEn helt ny indledende linje om mødet.\n")
    (repo / "skabeloner" / "brev a.txt").write_text(edited, encoding="utf-8")
    after = _sarif("skabeloner/brev a.txt")["runs"][0]["results"]

    def fps(results, rule):
        return [(r["partialFingerprints"]["brevlint/v1"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
                for r in results if r["ruleId"] == rule]

    (fp1, line1), = fps(before, "sprog.jargon")
    (fp2, line2), = fps(after, "sprog.jargon")
    assert line2 == line1 + 2 and fp1 == fp2
    # editing the flagged paragraph itself changes the fingerprint
    (repo / "skabeloner" / "brev a.txt").write_text(edited.replace("Han har en", "Hun har en"), encoding="utf-8")
    (fp3, _), = fps(_sarif("skabeloner/brev a.txt")["runs"][0]["results"], "sprog.jargon")
    assert fp3 != fp1


def test_github_escaping():
    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


GH = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$")


def test_github_annotations_follow_the_workflow_command_format(repo):
    r = run_cli("check", "skabeloner", "skabeloner/gammel.doc", "--format", "github", "--no-progress")
    lines = r.output.splitlines()
    assert lines
    kinds = set()
    for line in lines:
        m = GH.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m.group(2).split(","))
        kinds.add(m.group(1))
        assert props["file"].startswith("skabeloner/")
        assert "\n" not in m.group(3)
        if props.get("title", "").startswith("sprog.jargon"):
            assert {"line", "col", "endLine", "endColumn"} <= set(props)
    assert {"error", "warning", "notice"} <= kinds
    assert any("gammel.doc" in line and line.startswith("::error") for line in lines)


def test_github_reporter_escapes_paths_and_messages():
    from linter.model import FileResult, Finding, Severity

    f = Finding(rule="sprog.jargon", severity=Severity.WARNING, message="linje 1\nlinje 2: 100%", start=0, end=3,
                line=2, column=3, end_line=2, end_column=6, text="abc")
    out = render_github([FileResult(path="a,b:c.txt", findings=[f])], root="/")
    assert "file=" in out and "a%2Cb%3Ac.txt" in out
    assert out.rstrip("\n").endswith("::linje 1%0Alinje 2: 100%25 «abc»")


def test_junit_structure_and_counts(repo):
    r = run_cli("check", "skabeloner", "skabeloner/gammel.doc", "--format", "junit", "--no-progress")
    root = ET.fromstring(r.output.encode("utf-8"))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"skabeloner/brev a.txt", "skabeloner/ok.md", "skabeloner/gammel.doc"}
    letter = suites["skabeloner/brev a.txt"]
    cases = letter.findall("testcase")
    assert int(letter.get("tests")) == len(cases) == int(letter.get("failures")) > 0
    for case in cases:
        fail = case.find("failure")
        assert fail is not None and fail.get("type") in {"error", "warning", "suggestion"} and fail.get("message")
    from linter.model import FileResult

    clean = ET.fromstring(render_junit([FileResult(path="ren.txt")]).encode("utf-8"))
    [passing] = clean.findall("testsuite/testcase")
    assert passing.find("failure") is None and clean.find("testsuite").get("failures") == "0"
    assert clean.get("tests") == "1"
    bad = suites["skabeloner/gammel.doc"]
    assert bad.get("errors") == "1" and bad.find("testcase/error").get("type") == "unsupported-format"
    for key in ("tests", "failures", "errors"):
        assert int(root.get(key)) == sum(int(s.get(key)) for s in suites.values())


def test_junit_strips_characters_xml_cannot_hold():
    from linter.model import FileResult, Finding, Severity

    f = Finding(rule="r", severity=Severity.ERROR, message="bad \x01 char", text="x\x0by", start=0, end=1)
    ET.fromstring(render_junit([FileResult(path="a.txt", findings=[f])]).encode("utf-8"))


def test_output_file_gets_the_format_and_terminal_gets_text(repo, tmp_path):
    out = tmp_path / "rapport.sarif"
    r = run_cli("check", "skabeloner/brev a.txt", "--format", "sarif", "-o", str(out), "--no-progress")
    assert r.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "sprog.jargon" in r.output and "1 fil tjekket" in r.output and not r.output.startswith("{")
    # text to a file: the file has no colour codes and the terminal still shows the report
    txt = tmp_path / "rapport.txt"
    r = run_cli("check", "skabeloner/brev a.txt", "-o", str(txt), "--color", "--no-progress")
    assert "\033[" not in txt.read_text(encoding="utf-8") and "sprog.jargon" in r.output


def test_output_never_overwrites_a_checked_letter(repo):
    before = (repo / "skabeloner" / "brev a.txt").read_bytes()
    r = run_cli("check", "skabeloner/brev a.txt", "--format", "json", "-o", "skabeloner/brev a.txt")
    assert r.exit_code == 2 and "brev a.txt" in r.output
    assert (repo / "skabeloner" / "brev a.txt").read_bytes() == before
    r = run_cli("check", "skabeloner/brev a.txt", "-o", "mangler/rapport.json")
    assert r.exit_code == 2 and "findes ikke" in r.output


def test_format_choices_come_from_the_registry():
    from linter.reporters import REPORTERS

    r = run_cli("check", "--help")
    for name in REPORTERS:
        assert name in r.output


def test_sarif_for_a_docx_names_part_and_paragraph(tmp_path, monkeypatch):
    import shutil

    src = Path(__file__).resolve().parent.parent / "examples" / "brev-til-jobcenter.docx"
    shutil.copy2(src, tmp_path / "brev.docx")
    monkeypatch.chdir(tmp_path)
    log = _sarif("brev.docx")
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert results
    for res in results:
        loc = res["locations"][0]
        assert loc["physicalLocation"]["artifactLocation"]["uri"] == "brev.docx"
        assert re.fullmatch(r"\S.* ¶\d+", loc["logicalLocations"][0]["name"])
