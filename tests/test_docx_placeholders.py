"""Placeholder spans the docx reader records in Block.placeholders."""

from __future__ import annotations

from pathlib import Path

import yaml
from docx_factory import build, complex_field, p, r, sdt

from linter.readers import read_bytes
from linter.readers.docx_placeholders import PATTERNS, placeholder_spans

RULE = Path(__file__).resolve().parents[1] / "rules" / "skabelon.pladsholder.yaml"


def test_reader_patterns_are_the_rules_patterns():
    rule = yaml.safe_load(RULE.read_text(encoding="utf-8"))
    assert list(PATTERNS) == rule["params"]["patterns"]


def test_text_placeholders_including_jinja_split_over_runs():
    body = (p(r("Kære {{ bor"), r("ger.na"), r("vn }}")) + p("Dato: [INDSÆT DATO], sagsnr. XXXX")
            + p("{% if job %}Han arbejder som {{ job }}.{% else %}Han er ledig.{% endif %}")
            + p("Vi sender »Træningsguide« til dig. CPR-nr.: 010101-1234 (del B)"))
    blocks = read_bytes(build(body=body), ".docx", "brev.docx").blocks
    got = [[b.text[s:e] for s, e in b.placeholders] for b in blocks]
    assert got == [["{{ borger.navn }}"], ["[INDSÆT DATO]", "XXXX"],
                   ["{% if job %}", "{{ job }}", "{% else %}", "{% endif %}"], []]


def test_a_field_and_its_text_count_once():
    body = p("Kære ", complex_field(" MERGEFIELD Navn ", "«Navn»")) + p(
        "Dato: ", sdt(r("Klik eller tryk her for at angive en dato."), placeholder=True))
    blocks = read_bytes(build(body=body), ".docx", "brev.docx").blocks
    assert [b.placeholders for b in blocks] == [((5, 11),), ((6, 48),)]


def test_overlapping_spans_are_counted_once():
    assert placeholder_spans("«{{ x }}»", ((0, 9),)) == ((0, 9),)
    assert placeholder_spans("ingen felter her") == ()


def test_other_rules_do_not_flag_text_inside_a_placeholder(engine):
    body = (p("Kære Ole") + p("Mødet er den [INDSÆT MØDEDATO] i Lindeby.")
            + p("Vi ses den ", sdt(r("Klik eller tryk her for at angive en dato."), placeholder=True), "."))
    doc = read_bytes(build(body=body), ".docx", "brev.docx")
    for template in (True, False):
        found = engine.check_document(doc, profile="generel", template=template).findings
        inside = [(f.rule, f.text) for f in found if f.rule != "skabelon.pladsholder"
                  and any(f.text and f.text in b.text[s:e] for b in doc.blocks for s, e in b.placeholders)]
        assert inside == []
    # the same word outside a placeholder is still flagged
    plain = read_bytes(build(body=p("Kære Ole") + p("INDSÆT står her alene.")), ".docx", "brev.docx")
    rules = {f.rule for f in engine.check_document(plain, profile="generel").findings}
    assert "sprog.forkortelse" in rules
