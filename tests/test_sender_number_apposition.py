"""A number followed by an apposition that says whose it is: ", det er klinikkens nummer, vi har
telefontid kl. 8-9" makes a department number even after a first-person invitation to call, and
", det er min mobil" keeps it the author's."""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine
from linter.readers import read_bytes

LETTER = """Til: Jobcenter Vejle

Kære Peter

Jens har givet samtykke til, at jeg svarer dig. Han har ondt i lænden og kan sidde i en halv time ad gangen.

{line}

Med venlig hilsen
Karin Munk
Fysioterapeut, Fysioterapien Bredballe
karin.munk@fysio-bredballe.dk
"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _phones(engine: Engine, line: str):
    res = engine.check_document(read_bytes(LETTER.format(line=line).encode(), ".txt", "brev.txt"))
    return [(p["personal"], p["reason"]) for p in res.sender["phones"]], {f.rule for f in res.findings}


@pytest.mark.parametrize("line", [
    "Ring gerne på 75 82 14 00, det er klinikkens nummer, vi har telefontid kl. 8-9.",
    "Du kan ringe til mig på 7582 1400 (som er afdelingens hovednummer).",
    "Ring endelig på 75821400, vi har telefontid mandag til fredag kl. 8-10.",
])
def test_apposition_names_a_department_number(engine, line):
    phones, rules = _phones(engine, line)
    assert phones == [(False, "first-person-switchboard-label")]
    assert "kontakt.telefon" in rules


@pytest.mark.parametrize("line", [
    "Ring gerne til mig på 21 44 90 17, det er min mobil.",
    "Du kan ringe til mig på 21 44 90 17, så tager jeg den mellem patienterne.",
    # the apposition describes the number before it only: the second number is the clinic's
    "Ring til mig på 21 44 90 17 eller på 75 82 14 00, det er klinikkens nummer.",
])
def test_own_number_stays_personal(engine, line):
    phones, rules = _phones(engine, line)
    assert phones[0] == (True, "first-person")
    assert "kontakt.telefon" not in rules
