"""Compiled token patterns (linter/analysis/token_patterns.py) find exactly the spans spaCy's Matcher
finds, sentence by sentence: on invented sentences with the shipped concept patterns, and on random
patterns (every operator, word sets, regexes, flags, sentence starts, wildcards) over random text."""

from __future__ import annotations

import random

import pytest

from linter.analysis.token_patterns import (
    DocumentCues,
    PatternIndex,
    Source,
    compile_pattern,
    pattern_matches,
)
from linter.analysis.tokens import TokenTable

WORDS = ["kan", "Kan", "ikke", "hun", "gå", "går", "30", "tre", "minutter", ",", ".", "i", "uge",
         "22", "træning", "Træning", "-", "ca.", "14.05.2026", "arbejde", "Arbejdet", "(", ")"]
OPS = [None, None, None, "?", "*", "+", "!", "{0,2}", "{1,3}", "{2}", "{,2}", "{1,}"]


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.blank("da")


def _random_spec(rng: random.Random) -> dict:
    spec: dict = {}
    kind = rng.randrange(9)
    if kind == 0:
        spec["LOWER"] = rng.choice(WORDS).lower()
    elif kind == 1:
        spec["LOWER"] = {"IN": rng.sample([w.lower() for w in WORDS], 3)}
    elif kind == 2:
        spec["TEXT"] = {"IN": rng.sample(WORDS, 3)}
    elif kind == 3:
        spec["LOWER"] = {"REGEX": rng.choice(["^[a-zæøå]+$", r"\d", "^tr", "er$"]),
                         "NOT_IN": rng.sample([w.lower() for w in WORDS], 2)}
    elif kind == 4:
        spec["LEMMA"] = {"IN": rng.sample(["gå", "kunne", "uge", "arbejde", "i"], 2)}
    elif kind == 5:
        spec[rng.choice(["IS_PUNCT", "LIKE_NUM", "IS_TITLE", "IS_ALPHA", "IS_DIGIT"])] = rng.random() < 0.6
    elif kind == 6:
        spec["SHAPE"] = {"IN": ["dd", "dd.dd.dddd", "xxx"]}
    elif kind == 7:
        spec["IS_SENT_START"] = rng.random() < 0.7
        spec["LOWER"] = {"NOT_IN": [","]}
    # kind 8: any token
    op = rng.choice(OPS)
    if op is not None:
        spec["OP"] = op
    return spec


def _table(doc) -> TokenTable:
    t = TokenTable([x.text for x in doc], [x.lower_ for x in doc], [x.lemma_ for x in doc],
                   [x.idx for x in doc], [x.is_space for x in doc])
    t.set_sentence_index([s.start for s in doc.sents])
    return t


def _random_doc(nlp, rng: random.Random):
    from spacy.tokens import Doc

    words = [rng.choice(WORDS) for _ in range(rng.randrange(8, 40))]
    starts = [i == 0 or (words[i - 1] == "." and rng.random() < 0.8) for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    lemmas = {"går": "gå", "kan": "kunne", "Kan": "kunne", "Arbejdet": "arbejde"}
    for tok in doc:
        tok.lemma_ = lemmas.get(tok.text, tok.lower_)
    return doc


def _compiled(patterns: list[list[dict]], vocab):
    src = Source(vocab)
    compiled = [compile_pattern(p, src, key=i) for i, p in enumerate(patterns)]
    return compiled, PatternIndex(compiled)


def _compiled_matches(compiled, index, table) -> set[tuple[int, int, int]]:
    cues = DocumentCues(index, table, True)
    found = cues.matches(compiled, index.pattern_cues, index.cue_sets, range(len(compiled)))
    return {(k, s, e) for _, k, s, e, _ in found}


def _spacy_matches(patterns: list[list[dict]], doc) -> set[tuple[int, int, int]]:
    from spacy.matcher import Matcher

    out = set()
    for i, p in enumerate(patterns):
        m = Matcher(doc.vocab)
        m.add("p", [p])
        for sent in doc.sents:
            out.update((i, sent.start + s, sent.start + e) for _, s, e in m(sent))
    return out


def test_random_patterns_match_as_spacy(nlp) -> None:
    rng = random.Random(13)
    patterns = [[_random_spec(rng) for _ in range(rng.randrange(1, 5))] for _ in range(160)]
    compiled, index = _compiled(patterns, nlp.vocab)
    assert all(c is not None for c in compiled)
    for _ in range(25):
        doc = _random_doc(nlp, rng)
        assert _compiled_matches(compiled, index, _table(doc)) == _spacy_matches(patterns, doc)


def test_optional_only_and_negated_tokens(nlp) -> None:
    patterns = [
        [{"LOWER": "kan", "OP": "?"}, {"LOWER": "ikke", "OP": "*"}],  # no required token
        [{"LOWER": "kan"}, {"LOWER": "ikke", "OP": "!"}, {"IS_PUNCT": False, "OP": "{0,2}"}],
        [{"OP": "!"}, {"LOWER": "i"}],  # an empty spec negated never matches
        [{"IS_PUNCT": False, "OP": "+"}, {"LIKE_NUM": True}],
    ]
    compiled, index = _compiled(patterns, nlp.vocab)
    rng = random.Random(7)
    for _ in range(20):
        doc = _random_doc(nlp, rng)
        assert _compiled_matches(compiled, index, _table(doc)) == _spacy_matches(patterns, doc)


def test_values_compare_as_spacy_does(nlp) -> None:
    """No case folding of pattern values: {"LOWER": "Kan"} never matches, as in spaCy."""
    from spacy.tokens import Doc

    patterns = [[{"LOWER": "Kan"}], [{"LOWER": {"IN": ["Kan"]}}], [{"TEXT": "Kan"}]]
    compiled, index = _compiled(patterns, nlp.vocab)
    doc = Doc(nlp.vocab, words=["Kan", "kan", "hun"], sent_starts=[True, False, False])
    for tok in doc:
        tok.lemma_ = tok.lower_
    assert _compiled_matches(compiled, index, _table(doc)) == _spacy_matches(patterns, doc) == {(2, 0, 1)}


def test_unknown_attributes_are_left_to_spacy(nlp) -> None:
    src = Source(nlp.vocab)
    assert compile_pattern([{"NORM": "kan"}], src) is None
    assert compile_pattern([{"LENGTH": {">=": 3}}], src) is None
    assert compile_pattern([{"LOWER": {"FUZZY": "kan"}}], src) is None
    assert compile_pattern([{"_": {"x": 1}}], src) is None


def test_a_match_stays_inside_its_sentence(nlp) -> None:
    from spacy.tokens import Doc

    patterns = [[{"LOWER": "kan"}, {"OP": "*"}, {"LOWER": "gå"}]]
    compiled, index = _compiled(patterns, nlp.vocab)
    doc = Doc(nlp.vocab, words=["kan", "ikke", ".", "Gå", "gå"], sent_starts=[True, False, False, True, False])
    for tok in doc:
        tok.lemma_ = tok.lower_
    assert _compiled_matches(compiled, index, _table(doc)) == set()
    assert pattern_matches(compiled[0].ways[0], _table(doc), [0], [(0, 5)], None) == {(0, 4), (0, 5)}


def test_a_required_regex_token_is_a_cue(nlp, monkeypatch) -> None:
    """A required token tested by a regex on its text is a cue like a pinned word: a pattern does not run
    in a letter without a word passing the regex, and finds the same matches where one is."""
    from spacy.tokens import Doc

    import linter.analysis.token_patterns as tp

    patterns = [[{"LOWER": "i"}, {"LIKE_NUM": True}, {"LOWER": {"REGEX": "^(uge|måned)"}}]]
    compiled, index = _compiled(patterns, nlp.vocab)
    assert [c[0] for c in compiled[0].cues] == ["lower", "filter"]
    runs: list[list[int]] = []
    real = tp.pattern_matches

    def counted(way, c, anchors, *rest):
        runs.append(anchors)
        return real(way, c, anchors, *rest)

    monkeypatch.setattr(tp, "pattern_matches", counted)

    def doc(words: list[str], starts: list[bool]):
        d = Doc(nlp.vocab, words=words, sent_starts=starts)
        for tok in d:
            tok.lemma_ = tok.lower_
        return d

    without = doc(["hun", "gik", "i", "3", "dage", "i", "skole"], [True] + [False] * 6)
    assert _compiled_matches(compiled, index, _table(without)) == set() and runs == []
    found = doc(["hun", "trænede", "i", "3", "uger", "i", "træk"], [True] + [False] * 6)
    assert _compiled_matches(compiled, index, _table(found)) == _spacy_matches(patterns, found) == {(0, 2, 5)}
    assert runs


def test_a_word_too_long_for_a_regex_pre_test_still_matches_as_spacy(nlp) -> None:
    """A word longer than any real one passes every regex pre-test untested (a backtracking regex over a 500 kB
    word took minutes); the pattern still tests its anchor, so the matches are spaCy's."""
    from spacy.tokens import Doc

    import linter.analysis.token_patterns as tp

    patterns = [[{"LOWER": "som"}, {"LOWER": {"REGEX": "^[a-z]{2,}(medarbejder|arbejder)$"}}],
                [{"LOWER": "som"}, {"LOWER": {"REGEX": "^a+$"}}]]
    compiled, index = _compiled(patterns, nlp.vocab)
    for word in ("a" * (tp._LONG_TEXT + 50), "b" * tp._LONG_TEXT + "arbejder", "lagerarbejder"):
        d = Doc(nlp.vocab, words=["han", "er", "ansat", "som", word], sent_starts=[True] + [False] * 4)
        for tok in d:
            tok.lemma_ = tok.lower_
        assert _compiled_matches(compiled, index, _table(d)) == _spacy_matches(patterns, d)
