"""Stop 31, s31model: the content rules' sentence scorer retrained on every stored letter and bank, and the void class
it needed first (samtykke-tilsagn: a yes to doing something is no consent to share). The sentences are our own."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from test_concepts import HEAD, TAIL

from linter.kinds import require_model
from linter.kinds.base import Context
from linter.readers import read_bytes

ROOT = Path(__file__).resolve().parents[1]


def _item(engine, rule: str, body: str):
    profile = "job-til-sundhed" if rule.startswith("job.") else "sundhed-til-job"
    a = engine.analyse(read_bytes((HEAD[profile] + body + TAIL).encode("utf-8"), ".txt", "brev.txt"))
    ctx = Context(profile=profile, lang="da", template=False, lexicons=engine.lexicons, thresholds={})
    return a, engine.kinds[rule].requirement(a, ctx)


def _score(a, rule: str, start: str) -> float:
    weights, bias = require_model.load(rule)
    sent = next(s for s in a.sentences if a.text[s[0]:s[1]].startswith(start))
    return require_model.score(weights, bias, require_model.sentence_tokens(a, sent))


# a yes to taking part in something: the scorer alone reads several of these as consent (>= the rule's 0.9)
YES_TO_ACT = [
    "Han har sagt ja til, at vi snakker om et andet arbejde til ham.",
    "Hun har sagt ja til at komme med til samtalen i jobcentret.",
    "Borgeren har efter aftale sagt ja til at møde op til samtalen hos jer.",
    "Han har sagt ja til at prøve en arbejdsprøvning, som jobcentret har tilbudt.",
    "Hun har takket ja til at starte i praktik hos en købmand.",
    "Han har indvilget i at komme til et møde i næste uge.",
]


@pytest.mark.parametrize("body", YES_TO_ACT)
def test_a_yes_to_doing_something_is_no_consent(engine, body):
    a, item = _item(engine, "samtykke", body)
    assert [m for m in a.concept_matches("samtykke-tilsagn")], body
    assert item.status == "missing", (body, item.evidence)


def test_without_the_void_the_scorer_would_take_the_yes(engine):
    """The class is real for the scorer: its own score of such a sentence reaches the rule's threshold."""
    a, _ = _item(engine, "samtykke", "Hun har sagt ja til at komme med til samtalen i jobcentret.")
    assert _score(a, "samtykke", "Hun har sagt ja") >= engine.kinds["samtykke"].p["model"]


# consent to the exchange itself stays consent: a subject after "at", or the exchange as the infinitive
CONSENT = [
    "Hun har sagt ja til, at jeg sender min vurdering til dig.",
    "Han har sagt ja til at vi deler oplysningerne med jobcentret.",
    "Hun har sagt ja til at dele sine oplysninger med jobcentret.",
    "Han har sagt ja til at oplysningerne sendes til jer.",
    "Hun har givet samtykke og har sagt ja til at deltage i holdtræning.",
]


@pytest.mark.parametrize("body", CONSENT)
def test_a_yes_to_the_exchange_stays_consent(engine, body):
    _, item = _item(engine, "samtykke", body)
    assert item.status == "ok", (body, item.evidence)


def test_the_shipped_weights_were_trained_on_the_later_banks():
    """The export counts every stored letter and bank (stop 28's weights: 3,971 samtykke samples; these 5,094)."""
    data = json.loads(require_model.model_path("samtykke").read_text(encoding="utf-8"))
    assert data["positives"] + data["negatives"] > 4500


def _trainer():
    spec = importlib.util.spec_from_file_location("_train_sentences", ROOT / "bench" / "train_sentences.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_trainer_knows_every_stored_set_and_bank():
    ts = _trainer()
    sets = {p.name for p in (ROOT / "tests" / "blind").iterdir() if p.is_dir()}
    assert set(ts.ORDER) == sets and len(ts.ORDER) == len(sets)
    banks = {p.name[len("bank-"):-len(".yaml")] for p in (ROOT / "tests" / "banks").glob("bank-*.yaml")}
    assert set(ts.BANK_STOP) == banks


def test_the_and_not_combination_is_evaluated_on_top_of_the_or():
    """(b) rules OR model, (c) AND-NOT, and both: a concept's sentence the scorer disputes still lets another
    sentence the scorer takes satisfy the rule."""
    ts = _trainer()

    class Fixed:
        def __init__(self, by_first):
            self.by_first = by_first

        def score(self, toks):
            return self.by_first[toks[0]]

    L = {"toks": [["x"], ["y"]], "rules": {"samtykke": {"gold_fires": False, "rule_status": "ok", "rule_sents": [0],
                                                          "pos": [], "scope": [0, 1], "admit": [0, 1]}}}
    low_high = Fixed({"x": 0.01, "y": 0.95})
    assert ts.verdicts(L, "samtykke", low_high, "c", 0.1) is True  # the concept's sentence disputed
    assert ts.verdicts(L, "samtykke", low_high, "bc", (0.9, 0.1)) is False  # … another sentence takes it
    assert ts.verdicts(L, "samtykke", Fixed({"x": 0.01, "y": 0.5}), "bc", (0.9, 0.1)) is True
    L["rules"]["samtykke"]["admit"] = [0]  # a sentence the rule's voids refuse is no candidate
    assert ts.verdicts(L, "samtykke", low_high, "b", 0.9) is False  # (the rule's own sentence is ok anyway)
    L["rules"]["samtykke"]["rule_status"] = "missing"
    assert ts.verdicts(L, "samtykke", low_high, "b", 0.9) is True
