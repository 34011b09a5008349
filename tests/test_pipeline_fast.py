"""The once-per-pipeline token rows of `set_lemmas` and the candidate-only sentence starts of
`set_sentences` (linter/analysis/pipeline.py) give what reading every spaCy token gave."""

from __future__ import annotations

import bisect
import re

import pytest

import linter.analysis.pipeline as pipeline
from linter.analysis.pipeline import _END_PUNCT, set_lemmas, set_sentences
from linter.engine.engine import Engine

TEXTS = [
    "Kære sagsbehandler\nVi beder om svar senest den 14.05.2026, så vi kan planlægge forløbet.",
    "Hun kan gå 30 min. Ad gangen. Hun har ondt i ryggen, bl.a. Anne så det. Osv. Det er f.eks. sådan.",
    "  Indrykket linje\n\n  - punkt et\n  - punkt to!Ny sætning? ja... Måske …Slut",
    "Ring på tlf. 12 34 56 78 eller skriv til anne@klinik.dk. Kontrol i uge 22. Vi ses kl. 10.",
    "ÆØÅ-test: Sygemeldt 6-8 uger (genoptræning). «Skabelon» [INDSÆT DATO]\n\n\nSidste linje.",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _reference_rows(doc, lemmatizer):
    """The table as the former per-token loop built it, from spaCy's Token objects."""
    rows = []
    for tok in doc:
        low = tok.lower_
        rows.append((tok.text, low, lemmatizer(low) if tok.is_alpha or "-" in tok.text else low,
                     tok.idx, tok.is_space))
    return rows


def _rows(table):
    return list(zip(table.text, table.lower, table.lemma, table.idx, table.is_space, strict=True))


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_set_lemmas_rows_equal_the_tokens(engine: Engine, text: str, monkeypatch) -> None:
    pipe = engine.pipeline
    for _ in range(2):  # a new text's words, then the same words remembered
        doc = pipe.nlp.make_doc(text)
        table = set_lemmas(doc, pipe.lemmatizer)
        assert _rows(table) == _reference_rows(doc, pipe.lemmatizer)
        assert [t.lemma_ for t in doc] == table.lemma  # the Doc learns the same lemmas
        assert table.lemma_by_text
    # a full memo is cleared, never grown past its bound
    monkeypatch.setattr(pipeline, "_WORD_MEMO_LIMIT", 3)
    pipe.lemmatizer._words.memo.clear()
    doc = pipe.nlp.make_doc(text)
    table = set_lemmas(doc, pipe.lemmatizer)
    assert _rows(table) == _reference_rows(doc, pipe.lemmatizer)
    assert len(pipe.lemmatizer._words.memo) <= 3


def test_set_lemmas_empty_text(engine: Engine) -> None:
    doc = engine.pipeline.nlp.make_doc("")
    assert len(set_lemmas(doc, engine.pipeline.lemmatizer)) == 0


_LOWER_START = re.compile(r"^[a-zæøå]")


def _reference_starts(table, block_starts, joins, internal) -> list[int]:
    """The former loop over every token."""
    boundary = {s for i, s in enumerate(block_starts) if i == 0 or not joins[i]}
    starts, prev_end, prev_text = [], False, ""
    for i, (text, low, idx, space) in enumerate(zip(table.text, table.lower, table.idx, table.is_space,
                                                    strict=True)):
        if i == 0:
            starts.append(0)
            prev_end, prev_text = text in _END_PUNCT, low
            continue
        if space:
            continue
        start = idx in boundary
        if not start and prev_end:
            start = not _LOWER_START.match(text)
        elif not start and prev_text.endswith(".") and len(prev_text) > 1 \
                and prev_text not in internal and text[:1].isupper():
            start = True
        if not start:
            j = bisect.bisect_right(block_starts, idx) - 1
            start = block_starts[j] == idx and (j == 0 or not joins[j])
        if start:
            starts.append(i)
        prev_end, prev_text = text in _END_PUNCT, low
    return starts


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
@pytest.mark.parametrize("join_every", [False, True])
def test_set_sentences_equal_the_token_loop(engine: Engine, text: str, join_every: bool) -> None:
    pipe = engine.pipeline
    lines = text.split("\n")
    block_starts, pos = [], 0
    for line in lines:
        block_starts.append(pos)
        pos += len(line) + 1
    joins = [False] + [join_every and i % 2 == 1 for i in range(1, len(lines))]
    doc = pipe.nlp.make_doc(text)
    table = set_lemmas(doc, pipe.lemmatizer)
    set_sentences(doc, block_starts, joins, pipe.internal_abbreviations, table)
    want = _reference_starts(table, block_starts, joins, pipe.internal_abbreviations)
    assert [s for s, _ in table.sent_bounds] == want
    assert [t.i for t in doc if t.is_sent_start] == want


def test_remembered_rows_across_memory_zones(engine: Engine) -> None:
    """A server checks each letter inside `nlp.memory_zone()`, which frees the strings it added: a word
    remembered from an earlier letter still gets its lemma into the string store of the next one."""
    pipe = engine.pipeline
    nlp = pipe.nlp
    # an unknown compound takes its head's lemma ("quorblenskafbryde"): a string only the lemma adds
    text = "Quorblenskerne fik rygsmerter og quorblenskafbrudte forløb i Quorblensk-klinikken."
    lemmas = []
    for _ in range(2):
        with nlp.memory_zone():
            doc = nlp.make_doc(text)
            table = set_lemmas(doc, pipe.lemmatizer)
            assert [t.lemma_ for t in doc] == table.lemma
            lemmas.append(table.lemma)
    assert lemmas[0] == lemmas[1] and "quorblenskafbryde" in lemmas[0]
    assert "quorblenskafbryde" not in nlp.vocab.strings
