"""Stop 28 (s28answers), two refactors of the `require` kind that keep every output:

(1) One reading of "the answer to this question" (`answer_to`), three ways: a tick list right after the question
    (only for a rule with `answered_by`), a yes/no answer opening with an `answered_by` concept, the Q/A answer to
    an open question. The first two carry the question's hit; the open answer lends a group at group level.
(2) The shared voids of the sundhed.* content rules are a named concept set defined once in
    lexicons/concept-sets.yaml (`faelles-void`), referenced by the rules as `set:faelles-void` and expanded by the
    kind at load; an unknown set name, or a set naming an unknown concept, is a load error.
Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest
from test_concepts_sundhed import _analysis, _kind

from linter.errors import ConfigError
from linter.kinds.require import OPEN_ANSWER, answer_to
from linter.lexicons import load_lexicons


def _answer(engine, body: str, answered_by: list[str]):
    a = _analysis(engine, body)
    question = a.sentence_of(a.text.index(body))
    found = answer_to(a, question, answered_by)
    if found is None:
        return None
    return a.text[found.sentence[0]:found.sentence[1]].strip(), a.text[found.span[0]:found.span[1]].strip(), found.way


def test_a_ticked_box_right_after_the_question_answers_it(engine):
    body = "Skal der tages hensyn på arbejdet? [ ] Ja [x] Nej"
    assert _answer(engine, body, ["svar-ja-nej"]) == ("[ ] Ja [x] Nej", "Nej", "tick")
    # a rule that reads no yes/no answers reads no tick list as one either
    assert _answer(engine, body, []) is None


def test_a_yes_no_answer_opening_with_an_answered_by_concept(engine):
    body = "Kan hun vende tilbage til sit arbejde?\nSvar: Ja, som kok på 30 timer om ugen."
    sentence, span, way = _answer(engine, body, ["svar-ja-nej"])
    assert way == "yes-no" and sentence.startswith("Svar: Ja") and span.startswith("Svar: Ja")
    # without `answered_by`, a yes/no question has no answer (a request, not a Q/A form's open question)
    assert _answer(engine, body, []) is None


@pytest.mark.parametrize("body", ["Hvilket arbejde har hun nu?\nKassearbejde i et byggemarked.",
                                  "Hvilket arbejde har hun nu? Kassearbejde i et byggemarked."])
def test_the_answer_to_an_open_question_is_the_whole_next_sentence(engine, body):
    assert _answer(engine, body, ["svar-ja-nej"]) == ("Kassearbejde i et byggemarked.",
                                                      "Kassearbejde i et byggemarked.", OPEN_ANSWER)


@pytest.mark.parametrize("body", ["Hvilket arbejde har hun nu?\nHvor længe kan hun stå?",
                                  "Kan hun vende tilbage til sit arbejde?\nDet vil tiden vise."])
def test_a_question_after_a_question_and_a_yes_no_question_with_prose_have_no_answer(engine, body):
    assert _answer(engine, body, []) is None


@pytest.mark.parametrize(("body", "status"), [
    ("Hvilket arbejde vil han kunne vende tilbage til efter behandlingen?\nLagerarbejde med truck.", "ok"),
    ("Hvilket arbejde vil han kunne vende tilbage til efter behandlingen? Lagerarbejde med truck.", "ok"),
    ("Hvilket arbejde vil han kunne vende tilbage til efter behandlingen?\nVed ikke.", "missing"),
    ("Kan han vende tilbage til sit arbejde som lagermand?\nSvar: Ja, på fuld tid.", "ok"),
])
def test_the_rule_counts_a_question_by_its_answer(engine, body, status):
    item = _kind(engine, "sundhed.prognose").requirement(_analysis(engine, body))
    assert item.status == status
    if status == "missing":
        assert item.evidence == ["question"]


def test_the_shared_voids_expand_in_place_in_the_written_order(engine):
    kind = _kind(engine, "sundhed.tidsplan", unless_span=["uvished", "set:faelles-void", "symptom-varighed"])
    assert kind.p["unless_span"] == ["uvished", "andres-stemme", "historik", "andres-forloeb",
                                      "symptom-varighed"]
    shipped = _kind(engine, "sundhed.prognose")
    assert shipped.p["unless_span"][:3] == ["andres-stemme", "historik", "andres-forloeb"]
    assert {"andres-stemme", "historik"} <= set(shipped.p["unless_not_lifted"])


def test_the_set_voids_as_its_concepts_did(engine):
    body = "Før sygemeldingen kunne hun løfte 25 kg."
    item = _kind(engine, "sundhed.funktionsniveau").requirement(_analysis(engine, body))
    assert item.status == "missing" and item.evidence == ["voided:historik"]
    named = _kind(engine, "sundhed.funktionsniveau", unless_span=["andres-stemme", "historik"])
    assert named.requirement(_analysis(engine, body)).evidence == ["voided:historik"]
    body = "Borgeren håber at kunne vende tilbage om tre måneder."
    assert "voided:andres-stemme" in _kind(engine, "sundhed.tidsplan").requirement(_analysis(engine, body)).evidence


def test_an_unknown_set_name_is_a_load_error_in_both_languages(engine):
    with pytest.raises(ConfigError) as err:
        _kind(engine, "sundhed.tidsplan", unless_span=["set:fremmede-stemmer"])
    text = str(err.value) + " " + " ".join(str(x) for x in err.value.args)
    assert "fremmede-stemmer" in text and "unless_span" in text
    assert "ukendt begrebssæt" in text or "unknown concept set" in text


def test_a_set_naming_an_unknown_concept_is_a_lexicon_error(tmp_path):
    (tmp_path / "concepts").mkdir()
    (tmp_path / "concepts" / "vejr.yaml").write_text(
        "name: vejr\ntype: concept\ndescription: x\nsource: x\nphrases: [regnvejr]\n", encoding="utf-8")
    (tmp_path / "concept-sets.yaml").write_text(
        "name: concept-sets\ntype: concept-sets\nsets:\n  ude: [vejr]\n", encoding="utf-8")
    assert load_lexicons([tmp_path]).concept_sets == {"ude": ["vejr"]}
    (tmp_path / "concept-sets.yaml").write_text(
        "name: concept-sets\ntype: concept-sets\nsets:\n  ude: [vejr, blaest]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_lexicons([tmp_path])
    assert "blaest" in str(err.value) + " ".join(str(x) for x in err.value.args)
