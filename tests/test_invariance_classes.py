"""Layout classes that must not change a letter's verdicts (issue 12, "Layout invariance,
measured"). Each test is an invented letter and builds its variant the way bench/invariance.py does."""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine
from linter.readers import read_bytes


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine()


def verdict(eng: Engine, text: str) -> tuple[str | None, frozenset[str]]:
    res = eng.check_document(read_bytes(text.encode("utf-8"), ".txt", "brev.txt"))
    return res.profile, frozenset(f.rule for f in res.findings if f.start < 0)


# -- a zero-width character before a right-aligned sender block ---------------------------------

INDENTED_SENDER = """                                      Jobcenter Vestby
                                      Ydelsesafdelingen
                                      Torvet 3, 7100 Vestby

                                      Sagsbehandler: Lone Bech
                                      Direkte: 72 11 22 33
                                      E-mail: lobe@vestby.dk

Ergoterapeut Kasper Dahl
Ergoterapi Syd
Skolegade 4
7100 Vestby

                                      Vestby, 2. marts 2026

Kære Kasper Dahl

Vi beder om en kort status på Peter Lunds træning, og om han kan tåle at gå i 30 minutter.
Svar gerne senest 16. marts 2026.

Med venlig hilsen
Lone Bech
Sagsbehandler, Jobcenter Vestby
"""


def test_a_zero_width_character_before_an_indented_line_keeps_the_indent():
    doc = read_bytes(("\u200b" + INDENTED_SENDER).encode("utf-8"), ".txt", "brev.txt")
    plain = read_bytes(INDENTED_SENDER.encode("utf-8"), ".txt", "brev.txt")
    assert doc.blocks[0].text == plain.blocks[0].text == "Jobcenter Vestby"
    assert doc.blocks[0].column0 == plain.blocks[0].column0 + 1  # the column the user sees it at


def test_a_line_of_invisible_characters_is_a_blank_line():
    doc = read_bytes("Kære Anne\n\u200b\u00a0\nTak for sidst.\n".encode(), ".txt", "brev.txt")
    assert [b.text for b in doc.blocks] == ["Kære Anne", "Tak for sidst."]
    assert doc.blocks[0].group != doc.blocks[1].group


@pytest.mark.parametrize("prefix", ["\ufeff\u200b", "\u200b", "\u2060\u00ad"])
def test_a_leading_zero_width_character_keeps_the_profile_and_verdicts(eng, prefix):
    base = verdict(eng, INDENTED_SENDER)
    assert base[0] == "job-til-sundhed"
    assert verdict(eng, prefix + INDENTED_SENDER) == base
