"""A document-level finding of a .docx sits where `brevlint annotate` comments it, in every output:
kontakt.* on the signature, others on the first body paragraph, never on the page header."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from click.testing import CliRunner
from docx_factory import build, p
from sample_letter import DOCX_LINES, EMAIL_LINE
from test_annotate import _anchored

from linter.cli import main


def _letter(tmp_path: Path) -> Path:
    body = "".join(p(t) for t in [*DOCX_LINES, EMAIL_LINE])  # no phone number: kontakt.telefon
    path = tmp_path / "brev.docx"
    path.write_bytes(build(body=body, headers={"default": p("Sundhedscenter Lindeby") + p("Parkvej 2")}))
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_check_json_sarif_and_annotate_agree_on_the_place_of_a_missing_phone(tmp_path):
    path = _letter(tmp_path)
    data = json.loads(run("check", str(path), "--format", "json", "--profile", "sundhed-til-job").output)
    phone = next(f for f in data["files"][0]["findings"] if f["rule"] == "kontakt.telefon")
    assert phone["location"]["part"] == "body"  # not the page header, which comes first in the file
    text = run("check", str(path), "--profile", "sundhed-til-job").output
    line = next(ln for ln in text.splitlines() if "kontakt.telefon" in ln)
    assert line.endswith(f"[brødtekst ¶{phone['location']['paragraph']}]")
    sarif = json.loads(run("check", str(path), "--format", "sarif", "--profile", "sundhed-til-job").output)
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "kontakt.telefon")
    assert result["locations"][0]["logicalLocations"][0]["name"] == f"brødtekst ¶{phone['location']['paragraph']}"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == phone["line"]

    assert run("annotate", str(path), "--profile", "sundhed-til-job").exit_code == 1
    copy = docx.Document(str(tmp_path / "brev.brevlint.docx"))
    comment = next(c for c in copy.comments if "(kontakt.telefon)" in c.text)
    anchored = _anchored(copy)[comment.comment_id]
    body = [para.text for para in docx.Document(str(path)).paragraphs]
    assert anchored.startswith(body[phone["location"]["paragraph"] - 1])  # the paragraph check names
    assert anchored.startswith("Marie Jensen")  # the signature


def test_non_contact_document_finding_goes_to_the_first_body_paragraph(tmp_path):
    from linter.model import Block
    from linter.placement import document_level_span

    blocks = [Block("Sundhedscenter Lindeby", 1, part="header"), Block("", 2), Block("Kære Sofie", 3),
              Block("Med venlig hilsen", 4), Block("Marie Jensen", 5)]
    zones = ["page-header", "body", "greeting", "closing", "signature"]
    assert document_level_span(blocks, zones, "sprog.lix") == (2, 2)
    assert document_level_span(blocks, zones, "kontakt.telefon") == (4, 4)
    assert document_level_span(blocks[:1], zones[:1], "kontakt.telefon") is None
