"""Stop 29 speed (issue 13): the sentence scorer's word fold (each distinct word's lower-case, digits-as-0 form
computed once per process) and its sum (in C, over the weights' `get`). Each shortcut must answer exactly as the
plain code: the same tokens, the same floats."""

from __future__ import annotations

import math
import random


def test_sentence_score_sum_is_the_same_float() -> None:
    from linter.kinds.require_model import _probability

    rng = random.Random(7)
    for _ in range(200):
        weights = {f"u:w{i}": rng.uniform(-3, 3) for i in range(60)}
        feats = sorted(rng.sample([*weights, "u:unknown", "b:<s> x"], 25))
        bias = rng.uniform(-2, 2)
        z = bias + sum(weights.get(f, 0.0) for f in feats)  # the plain form
        assert _probability(weights, bias, feats) == (1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0)


def test_sentence_tokens_fold_digits_and_case_as_before(engine) -> None:
    from linter.kinds.require_model import _DIGIT, sentence_tokens
    from linter.model import Block, Document

    text = "Hun kan gå 30 min. og løfte 5 kg fra 12.03.2026; Ca. 4 timer om dagen?"
    a = engine.analyse(Document(path="t.txt", kind="txt", blocks=[Block(text=text, index=1)]))
    t = a.tokens
    for sent in a.sentences:
        plain = [_DIGIT.sub("0", (t.lemma[k] or t.text[k]).lower()) for k in range(len(t.idx))
                 if sent[0] <= t.idx[k] < sent[1] and not t.is_space[k]]
        assert sentence_tokens(a, sent) == plain
        assert sentence_tokens(a, sent) == plain  # and again, from the remembered folds


def test_word_fold_memo_bounded(engine, monkeypatch) -> None:
    import linter.kinds.require_model as rm
    from linter.model import Block, Document

    monkeypatch.setattr(rm, "_FOLD_LIMIT", 3)
    monkeypatch.setattr(rm, "_FOLDED", {})
    text = "Hun går 2 km hver dag i uge 14."
    a = engine.analyse(Document(path="t.txt", kind="txt", blocks=[Block(text=text, index=1)]))
    got = rm.sentence_tokens(a, a.sentences[0])
    t = a.tokens
    assert got == [rm._DIGIT.sub("0", (t.lemma[k] or t.text[k]).lower()) for k in range(len(t.idx))
                   if not t.is_space[k] and t.idx[k] < a.sentences[0][1]]
    assert "0" in got and len(rm._FOLDED) <= 3
