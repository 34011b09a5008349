"""Layout classes that must not change a letter's verdicts (issue 12, "Layout invariance,
measured"). Each test is an invented letter and builds its variant the way bench/invariance.py does."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from linter.engine.engine import Engine
from linter.readers import read_bytes


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_invariance", Path(__file__).resolve().parent.parent / "bench" / "invariance.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


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


# -- a text wrapped twice: the first wrap's short remnant does not end the sentence ---------------

def rewrap(text: str, width: int) -> str:
    """bench/invariance.py's hard wrap at a fixed width."""
    return _bench().wrap_at(text, width)


WRAPPED_NOTE = """NOTAT
Fra:   Fysioterapeut Rikke Lund, Træningscentret Nordby
Til:   Jobcenter Nordby, Team Sygedagpenge, att. Ole Berg
Dato:  4. marts 2026
Emne:  Borger Anders Krog, f. 02.03.1971

Anders Krog har givet samtykke til, at jeg sender denne status til
jobcentret.

Anders har været til træning hos os siden januar. Han har haft smerter
i skulderen i et år, og han kan ikke arbejde med armene over hovedet.

Anders kan i dag løfte 5 kg med venstre arm og arbejde med armene over
hovedet i fem minutter ad gangen. Han træner to gange om ugen hos os.
"""


@pytest.mark.parametrize("width", [56, 60, 64])
def test_a_consent_sentence_wrapped_twice_stays_in_the_body(eng, width):
    variant = rewrap(WRAPPED_NOTE, width)
    assert variant != WRAPPED_NOTE and "\nsamtykke" not in variant.split("Emne")[0]
    base = verdict(eng, WRAPPED_NOTE)
    assert "samtykke" not in base[1]  # the consent is stated
    assert verdict(eng, variant) == base


def test_the_remnant_of_a_first_wrap_continues_the_sentence():
    from linter.analysis.wrapping import continues_line

    doc = read_bytes(b"Han har givet samtykke til, at jeg sender dette\nnotat til\njobcentret.\n\nHilsen\n"
, ".txt", "brev.txt")
    assert continues_line(doc.blocks, 1, 60) and continues_line(doc.blocks, 2, 60)
    assert not continues_line(doc.blocks, 3, 60)  # a blank line between: a new paragraph


SUBJECT_WRAPPED = """Neurologisk Ambulatorium
Sygehus Vestby
Vestergade 10, 7100 Vestby

Jobcenter Vestby
Att. Helle Brandt
Torvet 3
7100 Vestby

Vestby, 13. marts 2026

Vedr.: Svar på jeres spørgsmål om Jens Holm, f. 01.02.1975 – sendes med Jens Holms samtykke

Kære Helle Brandt

Jens Holm har haft migræne i to år, og han har i dag anfald to gange om måneden. Under et anfald kan han
ikke arbejde, men mellem anfaldene kan han arbejde fuld tid som lagerarbejder uden særlige hensyn.
Vi forventer, at anfaldene bliver færre med den nye medicin, som han startede på i februar 2026.
Vi ser ham igen til kontrol i juni 2026, og vi sender jer et nyt notat, hvis noget ændrer sig.

Med venlig hilsen
Lis Juhl
Overlæge, Neurologisk Ambulatorium
"""


@pytest.mark.parametrize("width", [68, 72])
def test_a_subject_line_wrapped_keeps_its_consent(eng, width):
    variant = rewrap(SUBJECT_WRAPPED, width)
    assert "\nJens Holms samtykke\n" in variant or "\nmed Jens Holms samtykke\n" in variant
    base = verdict(eng, SUBJECT_WRAPPED)
    assert "samtykke" not in base[1]
    assert verdict(eng, variant) == base


# -- a secure-mail line above the letter dates the printout, not the letter ------------------------

DATED_LETTER = """Lægehuset ved Åen
Åvej 2, 7100 Vestby
Telefontid hverdage kl. 8-9: 75 10 20 30

Jobcenter Vestby
Torvet 3
7100 Vestby

Vestby, 12. marts 2026

Vedr.: Mette Skov, f. 03.04.1980

Mette har bedt mig skrive om hendes knæ, og hun er indforstået med, at jobcentret får disse oplysninger.

Jeg så hende den 2. februar og igen den 6. marts. Hun har ondt i højre knæ, når hun går på trapper.

Mette er sosu-assistent og går meget i sit arbejde. Hun kan i dag gå en halv time ad gangen.

Venlig hilsen

Jonas Brink
"""


def _date_of(eng: Engine, text: str):
    from linter.letter.dated import letter_date
    from linter.letter.read import read_letter

    return letter_date(read_letter(read_bytes(text.encode(), ".txt", "brev.txt"), eng.pipeline))


def test_a_secure_mail_lines_date_is_not_the_letters_date(eng):
    import datetime as dt

    printed = "Sikker e-mail – udskrevet 03.03.2026 kl. 10.14 fra postkassen\n"
    assert _date_of(eng, DATED_LETTER) == dt.date(2026, 3, 12)
    assert _date_of(eng, printed + DATED_LETTER) == dt.date(2026, 3, 12)
    assert verdict(eng, printed + DATED_LETTER) == verdict(eng, DATED_LETTER)
    # a letter with no date of its own is still dated by the printout
    undated = DATED_LETTER.replace("Vestby, 12. marts 2026\n\n", "")
    assert _date_of(eng, printed + undated) == dt.date(2026, 3, 3)


# -- the .docx twin of a plain-text letter: each line a Word paragraph -----------------------------

def docx_twin(text: str) -> bytes:
    """bench/invariance.py's docx_twin: one Word paragraph per line, spaces kept, blank lines empty."""
    import docx_factory as f

    return f.build("".join(f.p(f.r(line)) if line.strip() else "<w:p/>" for line in text.rstrip("\n").split("\n")))


def docx_verdict(eng: Engine, data: bytes) -> tuple[str | None, frozenset[str]]:
    res = eng.check_document(read_bytes(data, ".docx", "brev.docx"))
    return res.profile, frozenset(f.rule for f in res.findings if f.start < 0)


RIGHT_SENDER = """                                        Ergoterapi Østerbro
                                        Østerbrogade 40, 2100 København Ø

                                        Ergoterapeut Sara Kjær
                                        Direkte: 31 22 44 66
                                        sk@ergo-oesterbro.dk

Jobcenter København
Team Sygedagpenge
Att.: Mads Lind
Nyropsgade 1
1602 København V

København, 5. marts 2026

Vedr.: Karen Holt, f. 12.05.1979

Kære Mads Lind

Karen har givet samtykke til, at jeg skriver til jer om hendes træning.

Karen har gået til træning hos mig siden januar. Hun kan i dag stå ved en bænk i en time og løfte 8 kg.
Hun bør ikke arbejde med armene over hovedet det næste stykke tid.

Jeg forventer, at hun kan arbejde 20 timer om ugen fra 1. april 2026, og vi ser hende igen 20. marts.

Med venlig hilsen
Sara Kjær
"""


def test_a_docx_paragraphs_leading_spaces_push_it_right():
    from linter.letter.structure import _right_aligned

    doc = read_bytes(docx_twin(RIGHT_SENDER), ".docx", "brev.docx")
    right = _right_aligned(doc.blocks)
    assert right[0] and right[4] and not right[5]  # the sender block right, "Jobcenter København" left


def test_the_docx_twin_of_a_right_aligned_sender_block_keeps_the_verdicts(eng):
    base = verdict(eng, RIGHT_SENDER)
    assert not {"kontakt.email", "kontakt.telefon"} & base[1]
    assert docx_verdict(eng, docx_twin(RIGHT_SENDER)) == base


WRAPPED_REPORT = """Rygklinikken Vestby
Sygehusvej 8, 7100 Vestby

Jobcenter Vestby
Att.: Sagsbehandler Ole Berg

Vestby, 20. april 2026

Vedr.: Anders Krog, f. 02.03.1971

Anders Krog har givet samtykke til, at vi sender denne vurdering til jobcentret om hans ryg og hans
arbejde. Han er ansat som murer og har været sygemeldt siden februar 2026 med smerter i lænden.

Anders kan i dag gå 500 meter og stå i 20 minutter ad gangen, men han kan ikke løfte mere end 10 kg eller
arbejde bøjet forover. Vi ser ham igen til kontrol den 15. juni 2026, og vi forventer, at han
kan begynde på nedsat tid i august.

Med venlig hilsen
Jakob Lind
Overlæge, Rygklinikken Vestby
Direkte tlf. 63 11 22 33
"""


def test_a_docx_paragraph_that_stops_mid_sentence_goes_on_in_the_next(eng):
    from linter.letter.read import read_letter

    a = read_letter(read_bytes(docx_twin(WRAPPED_REPORT), ".docx", "brev.docx"), eng.pipeline)
    k = next(i for i, b in enumerate(a.blocks) if b.text.startswith("arbejde bøjet"))
    assert a.sentence_of(a.block_starts[k])[0] < a.block_starts[k]  # one sentence over both paragraphs
    assert docx_verdict(eng, docx_twin(WRAPPED_REPORT)) == verdict(eng, WRAPPED_REPORT)


def test_a_right_aligned_contact_block_under_a_page_header_letterhead_is_the_senders(eng):
    """bench/invariance.py's docx_letterhead_in_header: the first group of lines in the page header."""
    import docx_factory as f

    lines = RIGHT_SENDER.rstrip("\n").split("\n")
    end = lines.index("")

    def paras(ls):
        return "".join(f.p(f.r(x)) if x.strip() else "<w:p/>" for x in ls)

    data = f.build(paras(lines[end + 1:]), headers={"default": paras(lines[:end])})
    assert docx_verdict(eng, data) == verdict(eng, RIGHT_SENDER)
