"""Raised `limits:` check the file, in time linear in its size (issue 17, point 8): a line of
hundreds of kilobytes with tens of thousands of findings, and a .docx of 100,000 paragraphs,
were minutes or "intern fejl" before. The fingerprints (SARIF, baseline) normalised and hashed
the whole paragraph once per finding."""

from __future__ import annotations

import hashlib
import json

import pytest
from docx_factory import build, p
from test_hostile_common import cli

import linter.fingerprint as fp
from linter.fingerprint import add_fingerprints, normalise
from linter.model import Block, Document, FileResult, Finding, Severity

RAISED = ("limits:\n  max_paragraphs: 200000\n  max_characters: 5000000\n  max_line_characters: 2000000\n"
          "  time_budget_seconds: 600\n")
SENTENCE = "Der henvises til ovenstående. "


def _findings_on_one_line(paragraph: str, word: str) -> FileResult:
    found, start = [], paragraph.find(word)
    while start >= 0:
        found.append(Finding(rule="sprog.kancellisprog", severity=Severity.WARNING, message="m", start=start,
                             end=start + len(word), line=1, column=start + 1, text=word))
        start = paragraph.find(word, start + 1)
    return FileResult(path="a.txt", findings=found)


def test_each_paragraph_is_normalised_once_not_once_per_finding(monkeypatch):
    paragraph = SENTENCE * 5_000
    result = _findings_on_one_line(paragraph, "ovenstående")
    calls: list[int] = []
    real = fp.normalise
    monkeypatch.setattr(fp, "normalise", lambda text: calls.append(len(text)) or real(text))
    add_fingerprints(result, Document(path="a.txt", kind="txt", blocks=[Block(text=paragraph, index=1, line=1)]))
    assert len(result.findings) == 5_000
    assert sum(1 for n in calls if n == len(paragraph)) == 1
    assert len({f.fingerprint for f in result.findings}) == 5_000  # the occurrence index tells them apart


def test_fingerprints_of_ordinary_paragraphs_keep_the_v1_key():
    paragraph = "  Han har en  Diskusprolaps."
    result = _findings_on_one_line(paragraph, "Diskusprolaps")
    add_fingerprints(result, Document(path="a.txt", kind="txt", blocks=[Block(text=paragraph, index=1, line=1)]))
    key = "\x1f".join(("sprog.kancellisprog", "diskusprolaps", normalise(paragraph), "0"))
    assert result.findings[0].fingerprint == hashlib.sha256(key.encode()).hexdigest()[:32]


def test_a_paragraph_over_the_default_line_limit_is_keyed_by_its_digest():
    long = "Borgeren har ondt i ryggen. " * 4_000  # 112,000 characters
    a = fp.fingerprint("sprog.jargon", "ryggen", long, 0)
    assert a == fp.fingerprint("sprog.jargon", "RYGGEN", "  " + long.upper(), 0)  # normalised first
    assert a != fp.fingerprint("sprog.jargon", "ryggen", long + "Mere.", 0)
    assert fp.paragraph_key(long).startswith("sha256:") and len(fp.paragraph_key(long)) == 71


@pytest.mark.slow
def test_cli_checks_a_long_line_with_many_findings_when_limits_are_raised(tmp_path):
    (tmp_path / "brevlint.yaml").write_text(RAISED, encoding="utf-8")
    (tmp_path / "linje.txt").write_text("Kære Sofie\n" + SENTENCE * 20_000 + "\n", encoding="utf-8")  # 600 kB
    r = cli("check", "--no-cache", "--format", "json", "linje.txt", cwd=tmp_path, timeout=240)
    file = json.loads(r.stdout)["files"][0]
    assert file["error"] is None, file["error"]
    assert sum(f["text"] == "ovenstående" for f in file["findings"]) == 20_000


@pytest.mark.slow
def test_cli_checks_a_docx_of_100000_paragraphs_when_limits_are_raised(tmp_path):
    (tmp_path / "brevlint.yaml").write_text(RAISED, encoding="utf-8")
    body = "".join(p(f"Linje {i} om ryggen.") for i in range(100_000))
    (tmp_path / "stor.docx").write_bytes(build(p("Kære Sofie") + body + p("Der henvises til ovenstående.")))
    r = cli("check", "--no-cache", "--format", "json", "stor.docx", cwd=tmp_path, timeout=300)
    file = json.loads(r.stdout)["files"][0]
    assert file["error"] is None, file["error"]
    assert any(f["text"] == "ovenstående" for f in file["findings"])
