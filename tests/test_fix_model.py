"""The fix model on findings (issue 14): safe officialese substitutions inflected and in the original's
case, multi-word officialese replaced as a unit, display-only where the replacement cannot be fitted,
an unsafe jargon explanation, no fix for document-level findings; JSON, SARIF and /v1/check carry it."""

from __future__ import annotations

import json

import pytest

from linter.fixes import match_case
from linter.reporters import REPORTERS


def _fixed(text: str, f) -> str:
    """The finding's paragraph with its fix applied (edits are paragraph offsets)."""
    para = text.split("\n")[f.line - 1]
    for e in sorted(f.fix["edits"], key=lambda e: -e["offset"]):
        para = para[:e["offset"]] + e["text"] + para[e["offset"] + e["length"]:]
    return para


def _kancelli(check_text, text: str):
    return [f for f in check_text(text).findings if f.rule == "sprog.kancellisprog"]


@pytest.mark.parametrize(("original", "replacement", "expected"), [
    ("Såfremt", "hvis", "Hvis"), ("såfremt", "hvis", "hvis"), ("VEDRØRENDE", "om", "OM"),
    ("I forbindelse med", "ved", "Ved"), ("jf.", "se", "se")])
def test_match_case(original, replacement, expected):
    assert match_case(original, replacement) == expected


@pytest.mark.parametrize(("line", "fixed"), [
    ("Såfremt du har spørgsmål, så ring.", "Hvis du har spørgsmål, så ring."),
    ("Du bedes ringe til mig.", "Vi beder dig ringe til mig."),
    ("Derfor bedes De ringe til mig.", "Derfor beder vi Dem ringe til mig."),
    ("Behandlingen påbegyndes i uge 12.", "Behandlingen begyndes i uge 12."),
    ("Jobcentret anmoder om en status.", "Jobcentret beder om en status."),
    ("Tak for skrivelsen af 3. marts.", "Tak for brevet af 3. marts."),
    ("Han har fået træning, herunder øvelser.", "Han har fået træning, blandt andet øvelser."),
    ("Jeg sender hermed journalen.", "Jeg sender journalen."),
    ("Vi mødes således, at han kan køre hjem.", "Vi mødes så han kan køre hjem."),
])
def test_safe_fix_is_inflected_and_fits_its_sentence(check_text, line, fixed):
    found = [f for f in _kancelli(check_text, line) if f.fix and f.fix["applicability"] == "safe"]
    assert len(found) == 1, found
    assert _fixed(line, found[0]) == fixed


@pytest.mark.parametrize(("line", "fixed"), [
    ("Undertegnede skal hermed anmode om oplysninger om ovennævnte borger.",
     "Jeg skal hermed bede om oplysninger om borgeren."),
    ("Spørgsmål kan rettes til undertegnede.", "Spørgsmål kan rettes til mig."),
])
def test_units_around_the_writer_and_the_citizen(check_text, line, fixed):
    for f in sorted(_kancelli(check_text, line), key=lambda f: -f.fix["edits"][0]["offset"]):
        if f.fix["applicability"] == "safe":
            line = _fixed(line, f)
    assert line == fixed


def test_bedes_de_fremsende_keeps_one_pronoun(check_text):
    line = "Såfremt det er muligt, bedes De fremsende oplysningerne."
    found = _kancelli(check_text, line)
    assert all(f.fix["applicability"] == "safe" for f in found)
    edits = [e for f in found for e in f.fix["edits"]]
    for e in sorted(edits, key=lambda e: -e["offset"]):
        line = line[:e["offset"]] + e["text"] + line[e["offset"] + e["length"]:]
    assert line == "Hvis det er muligt, beder vi Dem sende oplysningerne."


@pytest.mark.parametrize("line", [
    "Undertegnede fysioterapeut har set Ole.",  # "jeg fysioterapeut": a unit must fit the sentence
    "Vi har fået en anmodning om hjælp.",       # en anmodning → et ønske: the article would not agree
    "Anmodningens formål er klart.",            # a genitive with no inflected replacement (lemma only)
    "Vedrørende: Ole Hansen og hans ryg",       # a field label
    "Det er den fremadrettede plan.",           # an adjective where the replacement is an adverb
])
def test_display_only_where_the_replacement_cannot_be_fitted(check_text, line):
    found = _kancelli(check_text, line)
    assert found and all(f.fix["applicability"] == "display-only" for f in found), [f.fix for f in found]
    assert all(f.fix["edits"] for f in found)  # shown, never applied


def test_jargon_explanation_is_an_unsafe_insertion(check_text):
    line = "Ole har en diskusprolaps og går til træning."
    f = next(f for f in check_text(line).findings if f.rule == "sprog.jargon")
    assert f.fix["applicability"] == "unsafe"
    assert _fixed(line, f) == f"Ole har en diskusprolaps ({f.explanation}) og går til træning."


def test_document_level_findings_never_carry_a_fix(check_text):
    result = check_text("Kære Ole\n\nSåfremt du kan, så ring.\n\nMed venlig hilsen\nJobcentret")
    assert any(f.document_level for f in result.findings)
    assert all(f.fix is None for f in result.findings if f.document_level)


def test_json_and_sarif_carry_the_fix(check_text):
    result = check_text("Kære Ole\n\n  Såfremt du kan, så ring.\n")
    data = json.loads(REPORTERS["json"]([result]))
    f = next(x for x in data["files"][0]["findings"] if x["rule"] == "sprog.kancellisprog")
    assert f["fix"] == {"edits": [{"offset": 0, "length": 7, "text": "Hvis"}], "applicability": "safe"}
    assert f["replacements"][0] == "Hvis"
    sarif = json.loads(REPORTERS["sarif"]([result]))
    r = next(x for x in sarif["runs"][0]["results"] if x["ruleId"] == "sprog.kancellisprog")
    (change,) = r["fixes"][0]["artifactChanges"]
    (rep,) = change["replacements"]
    # the line is indented by two spaces: columns are those of the source line
    assert rep == {"deletedRegion": {"startLine": 3, "startColumn": 3, "endLine": 3, "endColumn": 10},
                   "insertedContent": {"text": "Hvis"}}
    assert all("fixes" not in x for x in sarif["runs"][0]["results"] if x["properties"]["documentLevel"])


def test_genitive_of_an_officialese_word_is_found_and_its_fix_only_shown(check_text):
    text = "Kære Ole\n\nVi beder om oplysninger om pågældendes ryg.\n\nMed venlig hilsen\nSofie Berg\n"
    found = [f for f in check_text(text).findings if f.rule == "sprog.kancellisprog" and f.text == "pågældendes"]
    assert found and found[0].replacements[0] == "dennes"
    assert found[0].fix["applicability"] == "display-only"
