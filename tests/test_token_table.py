"""The per-document token table (linter/analysis/tokens.py) and the compiled token patterns
(linter/analysis/matching.py, token_patterns.py): their matches equal those of spaCy's Matcher with
every pattern run on every sentence."""

from __future__ import annotations

import pytest

from linter.analysis.analysis import analyse
from linter.analysis.matching import GUARD, SEP
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


def _every_pattern_on_every_sentence(engine: Engine, doc) -> list[tuple[int, int, int]]:
    """spaCy's Matcher with every concept pattern, run on every sentence (keys as the matcher's)."""
    from spacy.matcher import Matcher

    m = Matcher(doc.vocab, validate=True)
    for name, concept in engine.lexicons.concepts.items():
        key = f"concept:{name}{SEP}{name}"
        guards = concept.guards or [(frozenset(), frozenset())] * len(concept.patterns)
        for i, (pat, (before, after)) in enumerate(zip(concept.patterns, guards, strict=True)):
            m.add(f"{key}{GUARD}{i}" if before or after else key, [pat])
    out = []
    for sent in doc.sents:
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


def test_compiled_patterns_match_as_spacy_on_every_sentence(engine: Engine) -> None:
    a = _analysis(engine, LETTER)
    m = engine.pipeline.matchers
    fast = set(m._token_matches(a.doc, a.tokens))
    slow = set(_every_pattern_on_every_sentence(engine, a.doc))
    assert fast == slow
    assert fast  # the letter exercises dates, deadlines and capacity patterns


def test_matches_without_a_table_are_the_same(engine: Engine) -> None:
    a = _analysis(engine, LETTER)
    m = engine.pipeline.matchers
    assert m(a.doc) == m(a.doc, a.tokens) == a.matches


def test_sentence_starts_in_the_table_are_the_docs(engine: Engine) -> None:
    a = _analysis(engine, ["Hvornår kan hun starte? Vi spørger hvornår.", "Ny linje"])
    assert a.tokens.sent_start == [bool(t.is_sent_start) for t in a.doc]


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
