"""Stop 30, blind set hu (forms, status sheets, printouts): the classes behind its mistakes. Our own letters.

- a form field whose value says it cannot be assessed yet ("Forventet varighed: Kan ikke vurderes endnu.",
  "Prognose: kan endnu ikke afgøres"): an unanswered field like "ikke vurderet endnu" (`felt-tom`); a value that goes
  on with a statement, or an explicit none with "p.t.", still answers.
- a vague stretch ("i lang tid ad gangen", "længe ad gangen") measures nothing: in a description of the job it is no
  functional level; a measured stretch ("30 minutter ad gangen") and a capacity verb ("kan ikke stå i lang tid ad
  gangen") still count.
- a printout's service line framed by a system's ornament ("*** Udskrevet fra journalsystemet … ***") is set aside
  like the bare one: the letterhead under it is the sender's, its clinic number a department's; its date is the
  printout's, not the letter's.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sender_helpers import email_map, kontakt_rules, phone_map
from test_concepts import assert_addressed

S = "sundhed-til-job"

FIELD_CASES: list[tuple[str, bool, str]] = [
    # a value that only says it cannot be assessed (yet) answers nothing
    ("sundhed.tidsplan", False, "Forventet varighed: Kan ikke vurderes endnu."),
    ("sundhed.tidsplan", False, "Forventet sygemeldingsperiode: kan endnu ikke vurderes."),
    ("sundhed.tidsplan", False, "Forventet forløb: Kan ikke vurderes på nuværende tidspunkt."),
    ("sundhed.tidsplan", False, "Behandlingsvarighed: uafklaret p.t."),
    ("sundhed.prognose", False, "Prognose: Kan endnu ikke afgøres."),
    ("sundhed.skaanehensyn", False, "Skånehensyn: Kan ikke angives endnu."),
    # near misses: a value with a statement in it answers
    ("sundhed.tidsplan", True, "Forventet varighed: Genoptræningen varer endnu ca. 8 uger."),
    ("sundhed.tidsplan", True, "Forventet varighed: ca. tre måneder, p.t. til udgangen af juni."),
    ("sundhed.skaanehensyn", True, "Skånehensyn: Ingen p.t."),
    ("sundhed.skaanehensyn", True, "Skånehensyn: Hun bør endnu ikke løfte mere end 5 kg."),
]

STRETCH_CASES: list[tuple[str, bool, str]] = [
    # the job's routine told with a vague stretch: no functional level
    ("sundhed.funktionsniveau", False, "Bjarne kører taxa. Han sidder i lang tid ad gangen bag rattet og hjælper "
     "kunderne med bagagen."),
    ("sundhed.funktionsniveau", False, "Lone er frisør og står længe ad gangen ved stolen med armene løftet."),
    ("sundhed.funktionsniveau", False, "Som lagerarbejder går han i længere tid ad gangen på betongulv."),
    # near misses: a measured stretch or a capacity verb
    ("sundhed.funktionsniveau", True, "Bjarne sidder højst 20 minutter ad gangen, før han må rejse sig."),
    ("sundhed.funktionsniveau", True, "Hun kan ikke stå i lang tid ad gangen."),
    ("sundhed.funktionsniveau", True, "Han kan gå en halv time ad gangen."),
    ("sundhed.funktionsniveau", True, "Stå: 1 time ad gangen."),
]


@pytest.mark.parametrize("rule_id, addressed, body", FIELD_CASES + STRETCH_CASES)
def test_s30hu_class(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, S)


REPORT = ("Borger: Ib Sand, cpr 110380-XXXX\n\nIb er lagerarbejder på et tømmerlager og løfter brædder hele dagen.\n"
          "Funktionsniveau: Han kan løfte 8 kg og gå 2 km.\nSkånehensyn: Ingen løft over 8 kg de næste seks uger.\n"
          "Forventet varighed: Genoptræning i ca. 10 uger.\n"
          "Prognose: Han forventes tilbage i sit job på fuld tid efter sommerferien.\n"
          "Samtykke: Ib har givet samtykke.\n")
HEAD = "Fysioklinikken Åbrinken · Åbrinken 4 · 8830 Tjelle\nTlf. 86 61 40 40 (telefontid kl. 8-10)\n\n" \
       "Statusnotat\n\nTil: Jobcenter Tjelle, Sygedagpenge\n"
SIGN = "\nFysioterapeut Mia Krog\nmia.krog@fysio-aabrinken.dk\n"


@pytest.mark.parametrize("service", [
    "*** Udskrevet fra journalsystemet 02.03.2026 kl. 09:12 ***",
    "=== Udskrift af sendt meddelelse ===",
    "### Digital Post – kopi af sendt meddelelse ###",
    "---- Sikker mail ----",
])
def test_a_framed_service_line_leaves_the_letterhead_the_senders(check_text, service):
    res = check_text(service + "\n\n" + HEAD + "\n" + REPORT + SIGN)
    assert res.sender["name"] == "Mia Krog"
    assert phone_map(res) == {"86614040": False}
    assert email_map(res) == {"mia.krog@fysio-aabrinken.dk": True}
    assert "kontakt.telefon" in kontakt_rules(res)
    assert "kontakt.afdeling" not in kontakt_rules(res)


def test_without_a_service_line_the_letterhead_is_the_senders_too(check_text):
    res = check_text(HEAD + "\n" + REPORT + SIGN)
    assert phone_map(res) == {"86614040": False}


def test_a_framed_title_that_is_no_service_line_is_not_set_aside(engine):
    from linter.letter.read import read_letter
    from linter.readers import read_bytes

    a = read_letter(read_bytes(("*** FORTROLIGT ***\n\n" + HEAD + "\n" + REPORT + SIGN).encode(), ".txt", "b.txt"),
                    engine.pipeline)
    assert a.structure.zones[0] != "meta"


def _date_of(engine, text: str):
    from linter.letter.dated import letter_date
    from linter.letter.read import read_letter
    from linter.readers import read_bytes

    return letter_date(read_letter(read_bytes(text.encode(), ".txt", "brev.txt"), engine.pipeline))


def test_a_framed_printout_lines_date_is_not_the_letters_date(engine):
    dated = HEAD.replace("Statusnotat\n", "Tjelle, 26.02.2026\n\nStatusnotat\n") + "\n" + REPORT + SIGN
    printed = "*** Udskrevet fra journalsystemet 02.03.2026 kl. 09:12 ***\n\n"
    assert _date_of(engine, dated) == dt.date(2026, 2, 26)
    assert _date_of(engine, printed + dated) == dt.date(2026, 2, 26)
