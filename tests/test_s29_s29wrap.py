"""Stop 29, layout class from the invariance bench on the new dev material (s29wrap). Every letter is our own.

A short letter hard-wrapped by a mail client has too few full lines after its first six for the wrap width to be
measured there: its head lines count too (unless one of them is wider than a client wraps, a header's unwrapped
field), so a number the wrapper split ("tlf. 55" / "88 52 17") is still one number of the sender's.
"""

from __future__ import annotations

import pytest

from linter.analysis.wrapping import wrap_width
from linter.engine.engine import Engine
from linter.readers import read_bytes


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine()


SHORT_WRAPPED = (
    "Kære Rygklinikken Nordby\n\n"
    "Vi har en fælles borger, Lone Ask, som går til træning hos jer. Hun\n"
    "er sygemeldt fra sit arbejde som kok og har givet samtykke til, at\n"
    "vi skriver til jer.\n\n"
    "Vi vil gerne vide, hvor længe Lone kan stå ved et komfur, og hvor\n"
    "mange timer om dagen hun kan arbejde nu.\n\n"
    "Send gerne svaret senest den 3. maj.\n"
    "Vi holder møde med Lone og hendes chef den 5. maj.\n\n"
    "Tak for hjælpen.\n\n"
    "Mvh. Bo Riis, jobkonsulent, Jobcenter Nordby, telefon 41 22\n"
    "63 80, bori@nordby.dk\n")


def test_a_short_wrapped_letter_keeps_the_number_the_wrap_split(eng):
    res = eng.check_document(read_bytes(SHORT_WRAPPED.encode(), ".txt", "brev.txt"))
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("41226380", True)]
    assert "kontakt.telefon" not in {f.rule for f in res.findings}


class _Line:
    def __init__(self, text: str) -> None:
        self.text, self.column0 = text, 0


def test_a_head_wider_than_a_client_wraps_keeps_the_short_letter_unmeasured():
    head = [_Line("Emne: " + "x" * 90)] + [_Line("y" * 20)] * 5
    body = [_Line("z" * 60), _Line("z" * 58), _Line("z" * 30), _Line("z" * 12)]
    assert wrap_width(head + body) is None
    assert wrap_width([_Line("y" * 20)] * 6 + body) is None  # two full lines: no wrap measured
    # the first six lines hold a third full line: the short letter's width is measured over all its lines
    assert wrap_width([_Line("w" * 62)] + [_Line("y" * 20)] * 5 + body) == 62


def test_a_form_field_line_is_no_wrapped_remnant():
    from linter.analysis.wrapping import hard_wrapped

    class _B(_Line):
        def __init__(self, text: str, line: int) -> None:
            super().__init__(text)
            self.group, self.line, self.style = 1, line, None

    rows = [_B("Sagsbehandler: Pia Kragh, tlf. 62 21 55 13, pikr@oestby.dk", 1),
            _B("Læge: Jens Mørk, Lægehuset Søndertorv, tlf. 62 20 30 40", 2),
            _B("behandlingen varer fire uger, og han kan gå en time ad gangen", 3)]
    assert not hard_wrapped(rows, 1, 60)  # a field opens its own line, however long the one above
    assert hard_wrapped([rows[1], rows[2]], 1, 60)
