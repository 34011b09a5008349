"""The per-document token table and the matcher's sentence prefilter (linter/analysis/tokens.py,
linter/analysis/matching.py): the prefilter skips a pattern only on sentences that cannot hold a
match, so the matches equal those of every pattern run on every sentence."""

from __future__ import annotations

import pytest

from linter.analysis.analysis import analyse
from linter.analysis.matching import _requirements
from linter.analysis.tokens import FIRST, LIKE_NUM, SHAPE
from linter.engine.engine import Engine
from linter.model import Block, Document

LETTER = [
    "Kære sagsbehandler",
    "Vi beder om svar senest den 14.05.2026, så vi kan planlægge forløbet.",
    "Hun kan gå 30 minutter ad gangen og kan sidde i 2 timer.",
    "1. Hvornår kan hun vende tilbage til arbejdet?",
    "Behandlingen forventes at vare 6-8 uger, og hun bør ikke løfte over 10 kg.",
    "Borgeren har givet samtykke til, at oplysningerne videregives.",
    "Han startede i træning i marts 2025. Kontrol i uge 22.",
    "Med venlig hilsen",
    "Anne Holm, fysioterapeut",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _analysis(engine: Engine, lines: list[str]):
    doc = Document(path="t.txt", kind="txt", blocks=[Block(text=t, index=i + 1, line=i * 2 + 1)
                                                      for i, t in enumerate(lines)])
    return analyse(doc, engine.pipeline)


def _every_pattern_on_every_sentence(matcher, doc) -> list[tuple[int, int, int]]:
    out = []
    for sent in doc.sents:
        for _, _, m in matcher._patterns:
            out.extend((key, sent.start + s, sent.start + e) for key, s, e in m(sent))
    return out


def test_table_matches_the_doc(engine: Engine) -> None:
    a = _analysis(engine, LETTER)
    t = a.tokens
    assert t.lower == [x.lower_ for x in a.doc]
    assert t.lemma == [x.lemma_ for x in a.doc]
    assert t.idx == [x.idx for x in a.doc]
    assert t.text == [x.text for x in a.doc]
    assert t.is_space == [x.is_space for x in a.doc]
    assert [a.doc[s:e].text for s, e in t.sent_bounds] == [s.text for s in a.doc.sents]
    assert all(t.sent_of[i] == si for si, (s, e) in enumerate(t.sent_bounds) for i in range(s, e))


def test_prefilter_keeps_every_token_match(engine: Engine) -> None:
    a = _analysis(engine, LETTER)
    m = engine.pipeline.matchers
    fast = sorted(m._token_matches(a.doc, a.tokens))
    slow = sorted(_every_pattern_on_every_sentence(m, a.doc))
    assert fast == slow
    assert fast  # the letter exercises dates, deadlines and capacity patterns


def test_prefilter_without_a_table_gives_the_same_matches(engine: Engine) -> None:
    a = _analysis(engine, LETTER)
    m = engine.pipeline.matchers
    assert m(a.doc) == m(a.doc, a.tokens) == a.matches


def test_requirements_pin_shapes_first_tokens_and_numbers() -> None:
    words, regexes = _requirements([
        {"IS_SENT_START": True, "LOWER": {"IN": ["hvor", "Hvornår"]}},
        {"SHAPE": {"IN": ["dd.dd.dddd"]}},
        {"LIKE_NUM": True},
        {"LOWER": "uger", "OP": "?"},
        {"LOWER": {"REGEX": "^uge"}},
    ])
    assert words == (frozenset({FIRST + "hvor", FIRST + "hvornår"}), frozenset({SHAPE + "dd.dd.dddd"}),
                     frozenset({LIKE_NUM}))
    assert [r.pattern for r in regexes] == ["^uge"]


def test_first_token_index_holds_only_sentence_starts(engine: Engine) -> None:
    a = _analysis(engine, ["Hvornår kan hun starte? Vi spørger hvornår."])
    words = a.tokens.word_sentences(a.doc)
    assert words[FIRST + "hvornår"] == 0b01
    assert words["hvornår"] == 0b11


def test_sentence_spans_from_the_table_equal_those_of_the_doc(engine: Engine) -> None:
    a = _analysis(engine, [*LETTER, "   ", "Sidste linje uden punktum"])
    fast = a.sentences
    a.tokens = None
    a.__dict__.pop("sentences", None)
    assert fast == a.sentences


def test_phone_numbers_spaced_or_with_country_code_are_still_found(engine: Engine) -> None:
    a = _analysis(engine, ["Ring på tlf. 33 12 34 56 eller +45 87 65 43 21.", "Kontrol 3.4. kl. 10."])
    assert [p.value for p in a.phones] == ["33123456", "87654321"]


def test_lazy_matches_of_each_lexicon_equal_its_part_of_all_matches(engine: Engine) -> None:
    a = _analysis(engine, LETTER)
    names = ["jargon", "officialese", *(f"concept:{c}" for c in engine.lexicons.concepts)]
    every = engine.pipeline.matchers(a.doc, a.tokens)
    for name in reversed(names):  # asked in any order, each computed on its own
        assert a.lexicon_matches(name) == [m for m in every if m.lexicon == name], name
    assert a.matches == every


def test_an_empty_letter_has_no_sentences_and_no_matches(engine: Engine) -> None:
    a = _analysis(engine, [""])
    assert a.tokens.sent_bounds == [] and a.sentences == []
    assert all(a.concept_matches(c) == [] for c in engine.lexicons.concepts)


def test_bit_indices_small_and_large() -> None:
    from linter.analysis.matching import _bit_indices

    assert _bit_indices(0) == []
    assert _bit_indices(0b1011) == [0, 1, 3]
    big = (1 << 5000) | (1 << 70) | 1
    assert _bit_indices(big) == [0, 70, 5000]
