"""Stop 31, "show the proof": which sentence a satisfied requirement's checklist entry points at (issue 13: every
`ok` entry points at a sentence a reader would accept), and how bench/accuracy.py scores that.

The require kind shows the strongest of the sentences that satisfy a rule (`require._proof`), never changing the
verdict: the letter's text before a head line, a statement before a heading or lead that only announces it, a
sentence without the rule's `proof_after` concepts before one with, then the rule's sentence scorer; a heading
answered by the text under it points at that text. Every letter here is invented for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

HEAD = """Sundhedscenter Nørreby
Torvet 4, 7100 Nørreby

Til: Jobcenter Nørreby

12. marts 2026

{subject}

"""
TAIL = """
Med venlig hilsen
Lone Krog, fysioterapeut
Tlf. 31 42 53 64, lone.krog@norreby.dk
"""

JOB_LETTER = """Jobcenter Nørreby
Rådhuspladsen 1, 7100 Nørreby

Til: Fysioterapi Nørreby

12. marts 2026

Vedr.: Per Dam

Per er sygemeldt fra sit job som pakkemedarbejder. Per har givet samtykke til, at vi skriver til dig.

Jeg vil gerne have svar på disse spørgsmål:
- Hvor mange kg kan Per løfte?
- Hvor længe kan han stå ad gangen?

Vi skal bruge svarene til opfølgningssamtalen den 2. april 2026, og jeg vil gerne have dem senest 27. marts 2026.

Med venlig hilsen
Kim Holm, sagsbehandler
Tlf. 21 32 43 54, kim.holm@norreby.dk
"""


def _health(body: str, subject: str = "Om Per Dam") -> str:
    return HEAD.format(subject=subject) + body + TAIL


def _entry(check_text, text: str, rule: str, profile: str = "sundhed-til-job"):
    res = check_text(text, profile=profile)
    return next(c for c in res.checklist if c.rule == rule), res


def test_a_heading_answered_below_points_at_the_statement_under_it(check_text):
    text = _health("Per er ansat som pakkemedarbejder på et lager og løfter kasser hele dagen.\n\n"
                   "Skånehensyn\nEn høj stol ved pakkebordet og pauser hver time.\n\n"
                   "Per har givet samtykke til, at jeg skriver til dig.\n")
    item, res = _entry(check_text, text, "sundhed.skaanehensyn")
    assert item.status == "ok" and item.evidence == ["skaanehensyn"]
    assert item.text == "En høj stol ved pakkebordet og pauser hver time."
    assert "sundhed.skaanehensyn" not in {f.rule for f in res.findings}


def test_the_letters_text_before_its_subject_line(check_text):
    text = _health("Per er ansat som pakkemedarbejder på et lager.\n\n"
                   "Per har givet samtykke til, at jeg skriver til dig.\n",
                   subject="Vedr.: Per Dam, samtykke foreligger")
    item, _ = _entry(check_text, text, "samtykke")
    assert item.status == "ok" and item.text == "Per har givet samtykke til, at jeg skriver til dig."


def test_the_subject_line_still_proves_consent_when_the_text_does_not(check_text):
    text = _health("Per er ansat som pakkemedarbejder på et lager.\n",
                   subject="Vedr.: Per Dam, samtykke foreligger")
    item, _ = _entry(check_text, text, "samtykke")
    assert item.status == "ok" and "samtykke foreligger" in item.text


def test_a_question_of_the_list_before_the_lead_that_announces_it(check_text):
    item, _ = _entry(check_text, JOB_LETTER, "job.efterspurgt-info", "job-til-sundhed")
    assert item.status == "ok" and item.text == "- Hvor mange kg kan Per løfte?"
    assert item.evidence == ["info-anmodning", "info-emne"]


def test_a_numbered_question_before_the_lead_whose_sentence_runs_into_its_number(check_text):
    """ "Jeg har disse spørgsmål:" / "1. Hvor …?": the sentence split ends the lead at the first item's "1.", so the
    lead's sentence does not end in its colon; it still only announces the list."""
    text = JOB_LETTER.replace("- Hvor mange kg kan Per løfte?\n- Hvor længe kan han stå ad gangen?\n",
                              "1. Hvor mange kg kan Per løfte?\n2. Hvor længe kan han stå ad gangen?\n")
    item, _ = _entry(check_text, text, "job.efterspurgt-info", "job-til-sundhed")
    assert item.status == "ok" and "Hvor mange kg kan Per løfte?" in item.text and "spørgsmål" not in item.text


def test_a_lead_alone_still_proves_the_request(check_text):
    text = JOB_LETTER.replace("- Hvor mange kg kan Per løfte?\n- Hvor længe kan han stå ad gangen?\n",
                              "- løft\n- stå\n")
    item, _ = _entry(check_text, text, "job.efterspurgt-info", "job-til-sundhed")
    assert item.status == "ok"  # (the verdict is the concepts'; where it points may be the lead)


def test_an_accommodations_time_is_no_treatment_plan_when_the_plan_is_there(check_text):
    body = ("Per er ansat som pakkemedarbejder på et lager.\n\n"
            "Han bør ikke løfte over 10 kg de næste fire uger.\n"
            "Genoptræningen hos os varer ca. 12 uger.\n\n"
            "Per har givet samtykke til, at jeg skriver til dig.\n")
    tidsplan, _ = _entry(check_text, _health(body), "sundhed.tidsplan")
    assert tidsplan.status == "ok" and tidsplan.text == "Genoptræningen hos os varer ca. 12 uger."
    skaane, _ = _entry(check_text, _health(body), "sundhed.skaanehensyn")
    assert skaane.text == "Han bør ikke løfte over 10 kg de næste fire uger."
    # the same sentence is still the proof where the letter dates nothing else: the verdict never changes
    alone, res = _entry(check_text, _health(body.replace("Genoptræningen hos os varer ca. 12 uger.\n", "")),
                        "sundhed.tidsplan")
    assert alone.status == "ok" and alone.text == "Han bør ikke løfte over 10 kg de næste fire uger."
    assert "sundhed.tidsplan" not in {f.rule for f in res.findings}


def test_the_plain_statement_of_consent_before_a_weak_cue(check_text):
    text = _health("Per er ansat som pakkemedarbejder på et lager.\n"
                   "Jeg skriver efter aftale med Per. Per har givet mig lov til at sende dig denne status.\n")
    item, _ = _entry(check_text, text, "samtykke")
    assert item.status == "ok" and item.text == "Per har givet mig lov til at sende dig denne status."


def test_the_proof_is_one_of_the_rules_statements_and_the_verdicts_are_the_concepts(engine):
    """Whatever sentence is shown, it is one `statements()` gives (or the sentence under a heading that is one), and
    the status is "ok" exactly when `statements()` is not empty (the scorer aside)."""
    from linter.kinds.require import _with_statement_under
    from linter.readers import read_bytes

    body = ("Per er ansat som pakkemedarbejder på et lager.\n\nSkånehensyn\nEn høj stol ved pakkebordet.\n\n"
            "Han bør ikke løfte over 10 kg de næste fire uger. Genoptræningen varer ca. 12 uger.\n"
            "Han kan gå 30 minutter. Han kan løfte 10 kg fra bordhøjde.\n"
            "Jeg forventer, at han kan vende tilbage til sit job på fuld tid.\n"
            "Per har givet samtykke til, at jeg skriver til dig.\n")
    a = engine.analyse(read_bytes(_health(body).encode("utf-8"), ".txt", "brev.txt"))
    for rid in ("sundhed.skaanehensyn", "sundhed.tidsplan", "sundhed.funktionsniveau", "sundhed.prognose",
                "sundhed.nuvaerende-job", "samtykke"):
        kind = engine.kinds[rid]
        found = kind.statements(a)
        item = kind.requirement(a)
        assert item.status == "ok" and found, rid
        assert any((item.start, item.end) in (s, _with_statement_under(a, s)) and item.evidence == g
                   for s, g in found), rid


def test_proof_after_is_a_concept_name_param():
    from linter.kinds.require import NAME_PARAMS, RequireKind

    assert "proof_after" in RequireKind.params and "proof_after" in NAME_PARAMS


# --- the measure: bench/accuracy.py ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def accuracy():
    spec = importlib.util.spec_from_file_location("bench_accuracy_s31", ROOT / "bench" / "accuracy.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_gold_text_is_found_across_a_hard_wrap(accuracy):
    text = "Linje et.\nGenoptræningen hos os varer\nca. 12 uger, og så ser vi.\n"
    spans = accuracy._gold_spans(text, "Genoptræningen hos os varer ca. 12 uger")
    assert spans == [(2, 1, 3, 12)]
    # an entry on the wrap's second line overlaps it, one on the first line after the text does not
    assert accuracy._overlaps({"line": 3, "column": 1, "end_line": 3, "end_column": 5}, spans)
    assert not accuracy._overlaps({"line": 3, "column": 14, "end_line": 3, "end_column": 20}, spans)
    assert not accuracy._overlaps({"line": 1, "column": 1, "end_line": 1, "end_column": 9}, spans)


def _letter(tmp_path, body: str) -> tuple[Path, str]:
    path = tmp_path / "brev.txt"
    text = _health(body)
    path.write_text(text, encoding="utf-8")
    return path, text


def _item(text: str, sentence: str, evidence: list[str]) -> dict:
    start = text.index(sentence)
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    return {"status": "ok", "line": line, "column": col, "end_line": line, "end_column": col + len(sentence),
            "evidence": evidence}


def test_reader_measure_accepts_another_proof_by_the_same_concepts(accuracy, tmp_path):
    path, text = _letter(tmp_path, "Per er ansat som pakkemedarbejder på et lager.\n"
                                   "Han kan gå 30 minutter ad gangen. Han kan løfte 10 kg fra bordhøjde.\n")
    gold = {"sundhed.funktionsniveau": "Han kan løfte 10 kg fra bordhøjde"}
    other = _item(text, "Han kan gå 30 minutter ad gangen.", ["funktionsniveau"])
    assert not accuracy._overlaps(other, accuracy._gold_spans(text, gold["sundhed.funktionsniveau"]))
    assert accuracy._alternate(path, text, gold, "sundhed.funktionsniveau", other)
    # not by other concepts than the writer's sentence meets the rule by
    assert not accuracy._alternate(path, text, gold, "sundhed.funktionsniveau",
                                   {**other, "evidence": ["funktion-maal", "funktion-kapacitet"]})


def test_reader_measure_refuses_the_writers_proof_of_another_rule(accuracy, tmp_path):
    path, text = _letter(tmp_path, "Per er ansat som pakkemedarbejder på et lager.\n"
                                   "Han bør ikke løfte over 10 kg de næste fire uger.\n"
                                   "Genoptræningen hos os varer ca. 12 uger.\n")
    gold = {"sundhed.tidsplan": "Genoptræningen hos os varer ca. 12 uger",
            "sundhed.skaanehensyn": "Han bør ikke løfte over 10 kg de næste fire uger"}
    wrong = _item(text, "Han bør ikke løfte over 10 kg de næste fire uger.", ["tidsplan"])
    assert not accuracy._alternate(path, text, gold, "sundhed.tidsplan", wrong)
    # the same sentence is accepted where the writer gave it for no other rule
    del gold["sundhed.skaanehensyn"]
    assert accuracy._alternate(path, text, gold, "sundhed.tidsplan", wrong)


def test_reader_measure_refuses_where_the_rule_does_not_read_the_writers_sentence(accuracy, tmp_path):
    path, text = _letter(tmp_path, "Per er ansat som pakkemedarbejder på et lager.\n"
                                   "Han kan løfte 10 kg fra bordhøjde. Det går fint med ham.\n")
    gold = {"sundhed.funktionsniveau": "Det går fint med ham"}
    item = _item(text, "Han kan løfte 10 kg fra bordhøjde.", ["funktionsniveau"])
    assert not accuracy._alternate(path, text, gold, "sundhed.funktionsniveau", item)
