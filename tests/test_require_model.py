"""The `require` kind's trained sentence scorer (`model: T`, linter/kinds/require_model.py): it satisfies a content
rule only where no concept counted, only with a sentence a concept hit could stand in (a statement, void of the
rule's voids, no bare heading or unfilled field), and its checklist entry points at that sentence with evidence
`model:<score>`. The sentences are our own."""

from __future__ import annotations

import json

import pytest
from test_concepts import HEAD, TAIL
from test_concepts_sundhed import _kind

from linter.errors import ConfigError
from linter.kinds import require_model
from linter.kinds.base import Context
from linter.readers import read_bytes

CONTENT_RULES = ["sundhed.nuvaerende-job", "sundhed.prognose", "sundhed.skaanehensyn", "sundhed.funktionsniveau",
                 "sundhed.tidsplan", "job.frist", "job.efterspurgt-info", "job.formaal", "samtykke"]

# sentences the concepts do not reach that plainly satisfy the rule (RULES.md "What counts as addressed")
MODEL_ONLY = [
    ("sundhed.prognose", "Jeg regner med, at han kan være i gang igen på værkstedet efter sommerferien."),
    ("sundhed.skaanehensyn", "Hun bør de første måneder have adgang til et roligt rum, hvor hun kan ligge ned i "
                             "pauserne."),
]


def _item(engine, rule: str, body: str):
    profile = "job-til-sundhed" if rule.startswith("job.") else "sundhed-til-job"
    a = engine.analyse(read_bytes((HEAD[profile] + body + TAIL).encode("utf-8"), ".txt", "brev.txt"))
    ctx = Context(profile=profile, lang="da", template=False, lexicons=engine.lexicons, thresholds={})
    return a, engine.kinds[rule].requirement(a, ctx)


def _score(engine, rule: str, a, sentence_start: str) -> float:
    weights, bias = require_model.load(rule)
    sent = next(s for s in a.sentences if a.text[s[0]:s[1]].startswith(sentence_start))
    return require_model.score(weights, bias, require_model.sentence_tokens(a, sent))


def test_no_model_is_read_at_start_up():
    """The weights are read when a rule first needs them (a check with no missing content rule reads none)."""
    from linter.engine.engine import Engine

    require_model.load.cache_clear()
    Engine()
    assert require_model.load.cache_info().currsize == 0


def test_every_content_rule_has_a_model_and_a_threshold(engine):
    for rule in CONTENT_RULES:
        weights, _bias = require_model.load(rule)
        assert len(weights) > 100, rule
        assert 0.5 <= engine.kinds[rule].p["model"] < 1, rule


@pytest.mark.parametrize("rule,body", MODEL_ONLY)
def test_the_model_satisfies_what_the_concepts_miss_and_points_at_the_sentence(engine, rule, body):
    kind = engine.kinds[rule]
    a, item = _item(engine, rule, body)
    assert item.status == "ok"
    assert item.evidence[0].startswith("model:") and float(item.evidence[0][6:]) >= kind.p["model"]
    assert a.text[item.start:item.end] == body
    # with the model off, the same letter misses: the concepts alone do not reach the sentence
    saved = kind.p["model"]
    kind.p["model"] = 0
    try:
        a2, item2 = _item(engine, rule, body)
        assert item2.status == "missing"
    finally:
        kind.p["model"] = saved


@pytest.mark.parametrize("rule,body,start", [
    # someone else's wish (the shared void `andres-stemme`) scores high but states no accommodation
    ("sundhed.skaanehensyn", "Borgeren ønsker, at hun de første måneder får adgang til et roligt rum, hvor hun kan "
                             "ligge ned i pauserne.", "Borgeren ønsker"),
    # a question asks; it tells nothing
    ("sundhed.skaanehensyn", "Kan hun de første måneder få adgang til et roligt rum, hvor hun kan ligge ned i "
                             "pauserne?", "Kan hun"),
    # history: a belief of the time before the sick leave is no outlook (the shared void `historik`)
    ("sundhed.prognose", "Før sygemeldingen regnede han med, at han kunne være i gang igen på værkstedet efter "
                         "sommerferien.", "Før sygemeldingen"),
    # a date in the past (the letter is of 2 March 2026) dates history, not a time frame ahead
    ("sundhed.tidsplan", "Vurdering: kunne raskmeldes på fuld tid fra mandag den 2. februar 2026.", "Vurdering"),
])
def test_the_model_never_takes_a_sentence_the_concepts_would_void(engine, rule, body, start):
    a, item = _item(engine, rule, body)
    assert item.status == "missing", item
    assert not any(str(e).startswith("model:") for e in item.evidence)


def test_a_voided_candidate_is_refused_by_the_filter_not_by_a_low_score(engine):
    rule = "sundhed.skaanehensyn"
    body = "Borgeren ønsker, at hun de første måneder får adgang til et roligt rum, hvor hun kan ligge ned i pauserne."
    a, item = _item(engine, rule, body)
    assert _score(engine, rule, a, "Borgeren ønsker") >= engine.kinds[rule].p["model"] - 0.2
    assert item.status == "missing"


def test_a_bare_heading_or_an_empty_field_is_no_candidate(engine):
    for body in ("Skånehensyn:\n\nTidsplan: forløbet slutter i maj.", "Skånehensyn: -"):
        _a, item = _item(engine, "sundhed.skaanehensyn", body)
        assert item.status == "missing", body


@pytest.mark.parametrize("value", [1.5, -0.1, 1, True])
def test_a_threshold_outside_0_to_1_is_a_load_error(engine, value):
    with pytest.raises(ConfigError) as err:
        _kind(engine, "sundhed.skaanehensyn", model=value)
    assert "model" in str(err.value) + " ".join(str(x) for x in err.value.args)


def test_a_rule_asking_for_a_missing_model_fails_to_load(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(require_model, "MODEL_DIR", tmp_path)  # a folder without the rule's weights file
    with pytest.raises(ConfigError) as err:
        _kind(engine, "sundhed.skaanehensyn")
    assert "require-sentences.json" in str(err.value) + " ".join(str(x) for x in err.value.args)
    _kind(engine, "sundhed.skaanehensyn", model=0)  # off: no model needed


def test_json_output_carries_the_model_evidence(tmp_path):
    from click.testing import CliRunner

    from linter.cli import main

    body = MODEL_ONLY[1][1]
    letter = tmp_path / "brev.txt"
    letter.write_text(HEAD["sundhed-til-job"] + body + TAIL, encoding="utf-8")
    res = CliRunner().invoke(main, ["check", "--no-cache", "--profile", "sundhed-til-job", "--format", "json",
                                    str(letter)])
    entry = next(c for c in json.loads(res.output)["files"][0]["checklist"] if c["rule"] == "sundhed.skaanehensyn")
    assert entry["status"] == "ok" and entry["evidence"][0].startswith("model:")
    assert entry["line"] == (HEAD["sundhed-til-job"]).count("\n") + 1
