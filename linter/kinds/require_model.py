"""The `require` kind's trained sentence scorer (issue 13, point 3).

A rule's concepts may miss a sentence that plainly satisfies it in words no pattern expected. A rule with
`model: T` in its params then also counts the in-scope sentence that its small classifier scores highest, if
that score is >= T, and only when no concept match counted; the sentence must still be one a concept hit could
stand in (a statement, not voided by the rule's own voids, not a bare heading or an unfilled field): the kind
passes that test as `admits`. The checklist entry points at that sentence with evidence `model:<score>`.

The classifier is one logistic regression per rule over the sentence's lemma unigrams and bigrams (digits
folded to 0) and a few shape features, trained by `bench/train_sentences.py export` on the labelled letters'
sentence gold (`satisfied_by`) and the sentence banks (tests/banks: near misses as hard negatives), shipped as one
file per rule, `linter/models/<rule id>.require-sentences.json` (weights only, no letter text; nothing is
downloaded), read the first time the rule needs it (never at start-up: most checks need few of them). Scoring a
sentence is a sum of dictionary look-ups.

Only stdlib at module level: the training script computes the very same features on the same tokens.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from functools import lru_cache
from itertools import repeat
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_SUFFIX = ".require-sentences.json"


def model_path(rule_id: str) -> Path:
    """The shipped weights file of a rule's sentence scorer."""
    return MODEL_DIR / (rule_id + MODEL_SUFFIX)
_DIGIT = re.compile(r"\d")


_FOLD_LIMIT = 50_000  # distinct words remembered (single words, memory only; cleared when full)
_FOLDED: dict[str, str] = {}  # a token's lemma (or text) -> its lower-case form with digits as 0


def sentence_tokens(a, span: tuple[int, int]) -> list[str]:
    """Lower-cased lemmas of the sentence's tokens (punctuation kept: ':' and '?' matter), digits as 0."""
    t = a.tokens
    out = []
    folded = _FOLDED
    idx, space, lemma, text = t.idx, t.is_space, t.lemma, t.text
    k = bisect.bisect_left(idx, span[0])
    n = len(idx)
    while k < n and idx[k] < span[1]:
        if not space[k]:
            w = lemma[k] or text[k]
            got = folded.get(w)
            if got is None:  # (a word's fold is asked again in most sentences: one regex call per distinct word)
                got = _DIGIT.sub("0", w.lower())
                if len(folded) >= _FOLD_LIMIT:
                    folded.clear()
                folded[w] = got
            out.append(got)
        k += 1
    return out


def features(toks: list[str]) -> set[str]:
    feats = {f"u:{w}" for w in toks}
    seq = ["<s>", *toks, "</s>"]
    feats.update(f"b:{x} {y}" for x, y in zip(seq, seq[1:], strict=False))
    if any("0" in w for w in toks):
        feats.add("f:digit")
    if toks and toks[-1] == "?":
        feats.add("f:question")
    n = len(toks)
    feats.add("f:len<6" if n < 6 else "f:len<15" if n < 15 else "f:len<30" if n < 30 else "f:len30+")
    return feats


def score(weights: dict[str, float], bias: float, toks: list[str]) -> float:
    return _probability(weights, bias, sorted(features(toks)))


def _probability(weights: dict[str, float], bias: float, feats) -> float:
    """The logistic of the weights summed over the features, in the order given (sorted: the same sum in the same
    order in every process, whatever the string hash seed)."""
    z = bias + sum(map(weights.get, feats, repeat(0.0)))  # (the same additions in the same order, in C)
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


@lru_cache(maxsize=32)
def load(rule_id: str) -> tuple[dict[str, float], float] | None:
    """The rule's (weights, bias), read once per process when first asked for; None when it has no file (a rule
    that asks for a model it lacks fails to load with a clear error, see RequireKind.prepare)."""
    try:
        data = json.loads(model_path(rule_id).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return data["weights"], float(data["bias"])


def best_sentence(kind, a, threshold: float, admits) -> tuple[tuple[int, int], float] | None:
    """The in-scope sentence of the letter that the rule's classifier scores highest among those `admits`
    lets count, if its score is >= threshold; None when the rule has no model or nothing reaches it."""
    model = load(kind.rule.id)
    if model is None:
        return None
    weights, bias = model
    zones = a.structure.zones
    best: tuple[tuple[int, int], float] | None = None
    for sent in a.sentences:
        bi = a.block_index(sent[0])
        if not kind.in_scope(zones[bi]):
            continue
        s = _probability(weights, bias, _sentence_features(a, sent))
        if s >= threshold and (best is None or s > best[1]) and admits(sent):
            best = (sent, s)
    return best


def _sentence_features(a, sent: tuple[int, int]) -> tuple[str, ...]:
    """The sentence's features, sorted; memoised per letter and shared by every rule's model."""
    feats_memo = a.memo.setdefault("require_model.feats", {})
    feats = feats_memo.get(sent)
    if feats is None:
        feats = feats_memo[sent] = tuple(sorted(features(sentence_tokens(a, sent))))
    return feats  # type: ignore[no-any-return]


def sentence_score(rule_id: str, a, sent: tuple[int, int]) -> float | None:
    """The rule's classifier's score of one sentence of the letter; None when the rule has no model. The `require`
    kind ranks the sentences its concepts accepted by it, to show the strongest as the checklist's proof."""
    model = load(rule_id)
    if model is None:
        return None
    return _probability(model[0], model[1], _sentence_features(a, sent))
