"""The CI report formats against their published schemas (vendored in tests/schemas/, written from
each spec) and against what a consumer does with them: reviewdog applies a suggestion at UTF-8 byte
columns, GitLab deduplicates by fingerprint, Jenkins reads Checkstyle XML; plus --statistics,
JUnit's fail level and the JSON paragraph numbering."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
from docx_factory import build, p
from gate_helpers import LETTER, run_cli

SCHEMAS = Path(__file__).resolve().parent / "schemas"
# a flagged word after Danish letters on its line, so UTF-8 byte and code-point columns differ
EXTRA = "Vi følger op på øvelserne, såfremt det er muligt."


@pytest.fixture()
def letters(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "breve").mkdir()
    (tmp_path / "breve" / "a.txt").write_text(LETTER.replace("Jeg forventer", f"{EXTRA}\n\nJeg forventer"),
                                              encoding="utf-8")
    (tmp_path / "breve" / "b.txt").write_text(LETTER, encoding="utf-8")
    return tmp_path


def _schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def test_rdjson_validates_and_its_suggestions_apply_at_utf8_byte_columns(letters):
    r = run_cli("check", "breve", "--format", "rdjson", "--no-cache")
    data = json.loads(r.output)
    jsonschema.validate(data, _schema("rdjson.schema.json"))
    assert data["source"]["name"] == "brevlint" and data["severity"] == "ERROR"
    source = (letters / "breve" / "a.txt").read_text(encoding="utf-8").split("\n")
    applied = 0
    for d in data["diagnostics"]:
        for s in d.get("suggestions", []):
            if d["location"]["path"] != "breve/a.txt":
                continue
            start, end = s["range"]["start"], s["range"]["end"]
            assert start["line"] == end["line"]
            line = source[start["line"] - 1].encode("utf-8")
            flagged = line[start["column"] - 1:end["column"] - 1].decode("utf-8")  # bytes, as reviewdog slices
            assert flagged in d["message"]  # the message quotes the replaced words ('' for an insertion)
            if "øvelserne" in source[start["line"] - 1]:
                fixed = (line[:start["column"] - 1] + s["text"].encode() + line[end["column"] - 1:]).decode()
                assert fixed == EXTRA.replace("såfremt", s["text"])
                applied += 1
            assert "…" not in s["text"]  # a pattern for the writer is never a committable suggestion
    assert applied >= 1


def test_gitlab_code_quality_validates_with_stable_unique_fingerprints(letters):
    first = json.loads(run_cli("check", "breve", "--format", "gitlab", "--no-cache").output)
    jsonschema.validate(first, _schema("gitlab-codequality.schema.json"))
    prints = [i["fingerprint"] for i in first]
    assert len(prints) == len(set(prints))  # GitLab shows one issue per fingerprint
    assert {i["location"]["path"] for i in first} == {"breve/a.txt", "breve/b.txt"}
    again = json.loads(run_cli("check", "breve", "--format", "gitlab", "--no-cache").output)
    assert [i["fingerprint"] for i in again] == prints
    # an edit elsewhere in the letter moves the lines but keeps every other finding's fingerprint
    path = letters / "breve" / "b.txt"
    path.write_text("Vedr.: Ole Hansen\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    moved = json.loads(run_cli("check", "breve", "--format", "gitlab", "--no-cache").output)
    old = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in first if i["location"]["path"] == "breve/b.txt"}
    new = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in moved if i["location"]["path"] == "breve/b.txt"}
    kept = set(old) & set(new)
    assert kept and any(new[k] != old[k] for k in kept)


def test_checkstyle_validates_against_its_xsd(letters):
    from lxml import etree

    (letters / "breve" / "gammel.txt").write_bytes(b"\x00\x01binary")
    r = run_cli("check", "breve", "--format", "checkstyle", "--no-cache")
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "checkstyle.xsd")))
    doc = etree.fromstring(r.output.encode("utf-8"))
    schema.assertValid(doc)
    files = {f.get("name"): f for f in doc.iter("file")}
    assert set(files) == {"breve/a.txt", "breve/b.txt", "breve/gammel.txt"}
    assert {e.get("source") for e in files["breve/a.txt"]} >= {"kontakt.telefon", "sprog.jargon"}
    assert [e.get("severity") for e in files["breve/gammel.txt"]] == ["error"]


def test_statistics_count_findings_per_rule_in_text_and_json(letters):
    data = json.loads(run_cli("check", "breve", "--format", "json", "--no-cache").output)
    expected = Counter(f["rule"] for file in data["files"] for f in file["findings"])
    stats = json.loads(run_cli("check", "breve", "--format", "json", "--statistics", "--no-cache").output)
    assert {row["rule"]: row["count"] for row in stats["statistics"]} == dict(expected)
    text = run_cli("check", "breve", "--statistics", "--no-cache").output
    rows = {m.group(2): int(m.group(1)) for m in re.finditer(r"^\s*(\d+)\s+(\S+)\s+\S+$", text, re.M)}
    assert rows == dict(expected)
    assert "breve/a.txt:" not in text  # the statistics replace the list of findings


@pytest.mark.parametrize(("level", "failures_are"), [("warning", {"error", "warning"}),
                                                     ("suggestion", {"error", "warning", "suggestion"})])
def test_junit_lists_findings_below_the_fail_level_in_system_out(letters, level, failures_are):
    r = run_cli("check", "breve/a.txt", "--format", "junit", "--fail-level", level, "--no-cache")
    suite = ET.fromstring(r.output.encode("utf-8")).find("testsuite")
    failed = {f.get("type") for f in suite.iter("failure")}
    assert failed == failures_are
    out = suite.find("system-out")
    if level == "warning":
        assert out is not None and "suggestion sprog.kancellisprog" in out.text
    else:
        assert out is None


def test_green_junit_run_has_no_failures(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Hej Sofie. Ole har det godt. Såfremt du vil, ringer jeg.\n", encoding="utf-8")
    r = run_cli("check", "a.txt", "--format", "junit", "--fail-level", "error", "--disable", "kontakt.telefon",
                "--disable", "kontakt.navn", "--disable", "kontakt.email", "--no-cache")
    root = ET.fromstring(r.output.encode("utf-8"))
    assert root.get("failures") == "0" and "sprog.kancellisprog" in root.find("testsuite/system-out").text
    assert r.exit_code == 0


def test_json_location_reproduces_the_text_reports_paragraph(tmp_path):
    body = "".join(p(line) for line in LETTER.splitlines() if line.strip())
    path = tmp_path / "brev.docx"
    path.write_bytes(build(body, headers={"default": p("Sundhedscenter Lindeby") + p("Såfremt du ringer")}))
    for lang in ("da", "en"):
        text = run_cli("check", str(path), "--lang", lang, "--no-cache").output
        shown = re.findall(r"^\S+:(\d+):\d+: \S+ (\S+) .*\[(.+ ¶\d+)\]$", text, re.M)
        data = json.loads(run_cli("check", str(path), "--format", "json", "--lang", lang, "--no-cache").output)
        from_json = [(str(f["line"]), f["rule"], f"{f['location']['label']} ¶{f['location']['paragraph']}")
                     for f in data["files"][0]["findings"]]
        assert shown and sorted(shown) == sorted(from_json)
        assert any(" ¶2" in where and ("sidehoved" in where or "header" in where) for _, _, where in shown)
