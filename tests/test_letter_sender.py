"""The sender party of the letter model: FileResult.sender with reason codes, the evidence of
kontakt.* findings, and the contact kind's checklist entry (Kind.requirement)."""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine
from linter.kinds.base import Context
from linter.readers import read_bytes

SIGNED = """Fysioterapien Ry
Skanderborgvej 4, 8680 Ry

Til: Jobcenter Skanderborg

Kære Lone

Kasper har givet samtykke til, at jeg sender status. Han har ondt i lænden.

Venlig hilsen

Anne Holm
Fysioterapeut
Direkte 55 72 14 63
anne.holm@fysio-ry.dk
"""

DEPARTMENT_ONLY = SIGNED.replace("Direkte 55 72 14 63", "Hovednummer 70 20 30 40").replace(
    "anne.holm@fysio-ry.dk", "post@fysio-ry.dk")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _check(engine: Engine, text: str):
    return engine.check_document(read_bytes(text.encode(), ".txt", "brev.txt"))


def test_sender_with_personal_details(engine):
    s = _check(engine, SIGNED).sender
    assert s["name"] == "Anne Holm" and s["reason"] == "signature"
    assert s["role"] == "Fysioterapeut"
    assert s["phones"] == [{"number": "55721463", "personal": True, "reason": "personal-label"}]
    assert s["emails"] == [{"address": "anne.holm@fysio-ry.dk", "personal": True, "reason": "personal-address"}]


def test_department_details_are_evidence_of_the_findings(engine):
    res = _check(engine, DEPARTMENT_ONLY)
    assert [(p["personal"], p["reason"]) for p in res.sender["phones"]] == [(False, "switchboard-label")]
    assert [(e["personal"], e["reason"]) for e in res.sender["emails"]] == [(False, "function-mailbox")]
    by_rule = {f.rule: f.evidence for f in res.findings}
    assert by_rule["kontakt.telefon"] == ["no-personal-phone", "department-phone:switchboard-label"]
    assert by_rule["kontakt.email"] == ["no-personal-email", "department-email:function-mailbox"]
    assert by_rule["kontakt.afdeling"][0] == "only-department-details"
    assert "kontakt.navn" not in by_rule


def test_no_name_no_sender_name(engine):
    text = SIGNED.replace("Anne Holm\n", "")
    res = _check(engine, text)
    assert res.sender["name"] is None
    assert {f.rule: f.evidence for f in res.findings}["kontakt.navn"] == ["no-sender-name"]


def test_requirement_gives_the_span_that_satisfied_the_rule(engine):
    doc = read_bytes(SIGNED.encode(), ".txt", "brev.txt")
    a = engine.analyse(doc)
    ctx = Context(profile="sundhed-til-job", lang="da", template=False, lexicons=engine.lexicons, thresholds={})
    items = {rid: engine.kinds[rid].requirement(a, ctx) for rid in
             ("kontakt.navn", "kontakt.telefon", "kontakt.email", "kontakt.afdeling")}
    assert a.text[items["kontakt.navn"].start:items["kontakt.navn"].end] == "Anne Holm"
    assert a.text[items["kontakt.telefon"].start:items["kontakt.telefon"].end] == "55 72 14 63"
    assert a.text[items["kontakt.email"].start:items["kontakt.email"].end] == "anne.holm@fysio-ry.dk"
    assert all(i.status == "ok" for i in items.values())
    missing = engine.kinds["kontakt.telefon"].requirement(engine.analyse(
        read_bytes(DEPARTMENT_ONLY.encode(), ".txt", "b.txt")), ctx)
    assert missing.status == "missing" and missing.evidence[0] == "no-personal-phone"


def test_verbose_text_shows_the_sender_in_both_languages(engine):
    from linter.reporters.text_reporter import render_text

    res = _check(engine, SIGNED)
    da = render_text([res], lang="da", verbose=True)
    en = render_text([res], lang="en", verbose=True)
    assert "afsender: Anne Holm (står i underskriften)" in da
    assert "personlig (mærket som direkte eller personligt nummer)" in da
    assert "sender: Anne Holm (in the signature)" in en and "personal (labelled as a direct or personal number)" in en
    assert "signature" not in da and "personal-label" not in en  # words, not codes


def test_accuracy_scores_sender_attribution_per_component(tmp_path):
    """bench/accuracy.py: gold `sender:` labels give P/R of name, phones and e-mails separately;
    a wrong gold personal/department side counts as one FP and one FN."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("bench_accuracy", root / "bench" / "accuracy.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)  # type: ignore[union-attr]
    (tmp_path / "a.txt").write_text(SIGNED, encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text(
        "profile: sundhed-til-job\nfires: []\nunknown_key: 1\n"
        "sender: {name: Anne Holm, phones: {personal: [], department: ['55 72 14 63']},"
        " emails: {personal: [anne.holm@fysio-ry.dk], department: []}}\n", encoding="utf-8")
    s = bench.score(tmp_path, None, true_profile=False)
    snd = s["sender"]
    assert snd["letters"] == 1
    assert (snd["name"]["tp"], snd["name"]["fp"], snd["name"]["fn"]) == (1, 0, 0)
    assert (snd["phones"]["tp"], snd["phones"]["fp"], snd["phones"]["fn"]) == (0, 1, 1)
    assert (snd["emails"]["tp"], snd["emails"]["fp"], snd["emails"]["fn"]) == (1, 0, 0)
    assert "sender attribution (1 letters" in bench.render(s)


def test_document_level_contact_findings_are_placed_where_the_fix_belongs(engine):
    """kontakt.telefon/email at the signature's first line, kontakt.afdeling on the switchboard number;
    a position (length 0, no flagged text), in text, JSON and SARIF alike."""
    from linter.reporters.sarif import render_sarif

    res = _check(engine, DEPARTMENT_ONLY)
    lines = DEPARTMENT_ONLY.split("\n")
    by_rule = {f.rule: f for f in res.findings}
    tel, afd = by_rule["kontakt.telefon"], by_rule["kontakt.afdeling"]
    assert tel.document_level
    assert (tel.line, tel.column, tel.length, tel.text) == (lines.index("Anne Holm") + 1, 1, 0, "")
    assert afd.line == lines.index("Hovednummer 70 20 30 40") + 1
    assert lines[afd.line - 1][afd.column - 1:].startswith("70 20 30 40")
    assert by_rule["kontakt.email"].line == tel.line
    import json

    runs = json.loads(render_sarif([res]))["runs"][0]["results"]
    regions = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"] for r in runs}
    assert regions["kontakt.afdeling"]["startLine"] == afd.line
    assert regions["kontakt.telefon"] == {"startLine": tel.line, "startColumn": 1}


@pytest.mark.parametrize("line", [
    "Anne Holm", "ANNE HOLM", "Med venlig hilsen Anne-Marie Lund.", "Hilsen Per", "Per Hansen, fysioterapeut",
    "Hans Ulrik Brandt", "Vejle Kommune, Jobcenter", "Tlf. 55 72 14 63", "anne holm", "Dr.Anne Holm", "Anne. Holm",
    "A. Holm", "HR: 70 11 22 33", "Karen Blixens Vej 4", "Kragh, Mette", "Lise-Lotte Bach", "Anne2 Holm", "ÅSE VANG",
    "Udfyldt af: Læge Hans Krogh, Lægehuset Bakken", "", "   ", "Sagsbehandler Bo Lindqvist – jobcentret"])
@pytest.mark.parametrize("zone", ["signature", "recipient", "email-sender", "body"])
def test_names_in_skips_only_lines_without_a_first_name(engine, line, zone, monkeypatch):
    """The quick first-name test in front of `names_in` only skips lines the full reading finds no name in."""
    from linter.letter.sender import SenderReader, sender_reader

    reader = sender_reader(engine.lexicons)
    found = reader.names_in(line, zone)
    monkeypatch.setattr(SenderReader, "_may_name", lambda self, text: True)
    assert reader.names_in(line, zone) == found
