"""RULES.md exempts the field label "Vedr.:" at the start of a subject line from sprog.kancellisprog.
The abbreviation heading a one-line subject without the colon ("Vedr. min mand …", "Emne: Vedr. …") is the
same label; the written-out "Vedrørende" and "vedr." inside a sentence count."""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine
from linter.readers import read_bytes

LETTER = """Til Jobcenter Holstebro

{subject}

Min søn har ondt i ryggen og kan ikke arbejde lige nu. {sentence}

Venlig hilsen
Birthe Lund
"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _terms(engine: Engine, subject: str, sentence: str = "") -> list[str]:
    text = LETTER.format(subject=subject, sentence=sentence)
    res = engine.check_document(read_bytes(text.encode(), ".txt", "brev.txt"))
    return [f.term for f in res.findings if f.rule == "sprog.kancellisprog"]


@pytest.mark.parametrize("subject", ["Vedr. min søn Mads Lund, f. 03.04.1990", "Vedr.: Mads Lund",
                                     "Emne: Vedr. Mads Lund"])
def test_abbreviated_subject_label_is_plain(engine, subject):
    assert _terms(engine, subject) == []


@pytest.mark.parametrize("subject", ["Vedrørende: Mads Lund", "Vedrørende min søn Mads Lund"])
def test_written_out_label_counts(engine, subject):
    assert _terms(engine, subject) == ["vedrørende"]


def test_abbreviation_in_a_sentence_counts(engine):
    assert _terms(engine, "Om Mads Lund", "Vedr. hans arbejde kan jeg sige, at han er kok.") == ["vedrørende"]
