"""Stop 30, layout classes from the invariance bench (s30inv). Every letter is our own.

- A participant list hard-wrapped by a mail client, the wrap falling inside an item ("… tlf. 61 23" / "45 67, …"):
  the wrapped remnant is still the item's, so a participant's number and mail never become the sender's (RULES.md
  Sender's contact details: participants in a list never count).
- A long e-mail header field hard-wrapped ("Fra: Jobcenter … <…> på vegne" / "af Mia Holm <…>"): the remnant is the
  field's value, so the header stays a mail header and the sender's field is read as one; a memo head's "Til:" field
  wrapped after a comma keeps the "Fra:" under it in the head (no quoted mail starts there).
- A date placeholder the wrap pushed onto the next line ("Forløbet slutter" / "«Slutdato».") still leaves the
  sentence unwritten (the sentence's placeholders are read over its wrapped lines).
- The letterhead as a Word file's page header: a minutes' title there makes minutes; a document title there names no
  party; a page header of name lines over an address block with no phone or mail is the sender's letterhead.
- An a-kasse's regional branch ("Region Nord") is no health institution.
- A label/value table pasted as text ("Samtykke<TAB>Ja …"): its tab reads as the label's colon.
- A signature joined on one line with " | " or " · ": its first part is the signature's name line.
"""

from __future__ import annotations

import textwrap

import pytest
from kontakt_rules import KONTAKT

from linter.engine.engine import Engine
from linter.readers import read_bytes


@pytest.fixture(scope="module")
def eng() -> Engine:
    e = Engine()
    # (a fresh engine's first letter loads the language model; under the suite's load it may run out of its time
    # budget and come back without findings, so the engine is warmed on a letter of no interest first)
    e.check_document(read_bytes("Kære Jobcenter\n\nTak for brevet.\n\nMvh\nEva\n".encode(), ".txt", "brev.txt"))
    return e


def _wrap(text: str, width: int) -> str:
    """A plain-text mail client's hard wrap: lines of ten words or more wider than `width` broken at spaces."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or len(line.split()) < 10:
            out.append(line)
        else:
            out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(out)


def _verdicts(eng: Engine, text: str, profile: str):
    res = eng.check_document(read_bytes(text.encode("utf-8"), ".txt", "brev.txt"), profile=profile, only=KONTAKT)
    return res.profile, {f.rule for f in res.findings}, res


MINUTES = (
    "Træningscenter Østby\n"
    "REFERAT af møde om fælles borgere\n"
    "Dato: 3. februar 2027, kl. 10.00-11.00\n\n"
    "Deltagere:\n"
    "- Sofie Lund, fysioterapeut, Træningscenter Østby, tlf. 61 23 45 67, solu@oestby.dk\n"
    "- Anders Krog, jobkonsulent, Jobcenter Østby, tlf. 61 98 76 54, ankr@oestby.dk\n"
    "- Mia Holm, ergoterapeut, Træningscenter Østby, mobil 22 33 44 55, miho@oestby.dk\n\n"
    "1. Fælles borgere\n"
    "Vi har fem borgere, som træner hos os og har en sag i jobcentret. Alle fem har sagt ja til, at vi taler "
    "sammen om dem. To af dem slutter deres forløb i marts og skal prøve at arbejde nogle timer om ugen.\n\n"
    "2. Breve mellem os\n"
    "Vi sender fremover status til jobcentret efter en fast skabelon med overskrifter om job, hvad borgeren kan, "
    "hensyn og tidsplan. Sofie laver et forslag til næste møde, og Anders giver besked til sine kolleger.\n\n"
    "Referent: Mia Holm, ergoterapeut\n")


@pytest.mark.parametrize("width", [60, 64, 68, 72])
def test_a_wrapped_participant_item_stays_the_participants(eng, width):
    wrapped = _wrap(MINUTES, width)
    assert wrapped != MINUTES
    base = _verdicts(eng, MINUTES, "generel")
    got = _verdicts(eng, wrapped, "generel")
    assert {"kontakt.telefon", "kontakt.email"} <= base[1]
    assert got[:2] == base[:2]


def test_an_unwrapped_line_under_a_marked_list_still_ends_it(eng):
    # near miss: no wrap width (the letter is not hard-wrapped), the author's own line under the list is hers
    text = MINUTES.replace("Referent: Mia Holm, ergoterapeut\n", "Med venlig hilsen\nMia Holm, ergoterapeut\n") \
        .replace("- Mia Holm, ergoterapeut, Træningscenter Østby, mobil 22 33 44 55, miho@oestby.dk\n",
                 "- Mia Holm, ergoterapeut, Træningscenter Østby\nMeld gerne afbud til mig på 22 33 44 55.\n")
    _prof, fired, res = _verdicts(eng, text, "generel")
    assert "kontakt.telefon" not in fired
    assert [p["number"] for p in res.sender["phones"]] == ["22334455"]


FROM_LINE = "Fra: Jobcenter Østby, Sygedagpenge <sygedagpenge@oestby.dk> på vegne af Mia Holm <miho@oestby.dk>"
ON_BEHALF = (
    "Sendt: 4. februar 2027 09:40\n"
    "Til: Træningscenter Østby <kontakt@traening-oestby.dk>\n"
    "Emne: Henrik Lauge\n\n"
    "Hej\n\n"
    "Henrik Lauge træner hos jer efter en skulderoperation. Han er sygemeldt fra sit arbejde som maler og har "
    "givet samtykke til, at vi skriver til jer.\n\n"
    "Vi vil gerne vide, om Henrik kan arbejde med armene over hovedet i korte perioder, og hvor mange timer om "
    "dagen han kan klare nu. Vi skal bruge svaret til et møde med hans arbejdsgiver, så vi kan lægge en plan for "
    "hans tilbagevenden. Svar gerne inden den 18. februar.\n\n"
    "Venlig hilsen\n"
    "Mia\n"
    "tlf. 2233 4455\n")


@pytest.mark.parametrize("width", [60, 64, 68])
def test_a_wrapped_on_behalf_sender_field_stays_one_field(eng, width):
    # the client wrapped its own long "Fra:" field before "af", and the body at `width`
    head = FROM_LINE.replace(" af Mia", "\naf Mia")
    wrapped = head + "\n" + _wrap(ON_BEHALF, width)
    base = _verdicts(eng, FROM_LINE + "\n" + ON_BEHALF, "job-til-sundhed")
    got = _verdicts(eng, wrapped, "job-til-sundhed")
    assert not {"kontakt.navn", "kontakt.telefon", "kontakt.email"} & base[1]
    assert got[:2] == base[:2]
    assert got[2].sender["name"] == "Mia Holm"


class _B:
    def __init__(self, text: str, line: int, group: int = 1) -> None:
        self.text, self.line, self.group, self.column0, self.style = text, line, group, 0, None


def test_a_header_field_goes_on_only_where_the_wrap_fell():
    from linter.letter.structure import _continues_field

    rows = [_B("Fra: Jobcenter Østby, Sygedagpenge <sygedagpenge@oestby.dk> på vegne", 1),
            _B("af Mia Holm <miho@oestby.dk>", 2)]
    assert _continues_field(rows, 0, 1, 64)
    assert not _continues_field(rows, 0, 1, None)  # no wrap measured: no remnant
    assert not _continues_field(rows, 0, 1, 76)  # "af" would have fitted on the line above
    # a field of its own under a long field is never its remnant
    rows2 = [rows[0], _B("Sendt: 4. februar 2027 09:40", 2)]
    assert not _continues_field(rows2, 0, 1, 60)
    # a value going on after a comma still does, wrapped or not
    rows3 = [_B("Fra: Socialrådgiver Eva Dahl, Medicinsk Afdeling,", 1), _B("Østby Sygehus", 2)]
    assert _continues_field(rows3, 0, 1, None)


# -- a placeholder the wrap pushed onto the next line still leaves the sentence unwritten ---------------------------

FILLER = ("Kære Jobcenter Østby\n\n"
          "Hun er ansat som pædagog i en børnehave, hvor hun har været i mange år og trives godt.\n"
          "Hun har ondt i nakken, når hun har siddet længe ved bordet med børnene om eftermiddagen.\n")


@pytest.mark.parametrize("line, open_", [
    ("Træning på hold to gange om ugen. Forløbet slutter\n«Slutdato».", True),
    ("Træning på hold to gange om ugen. Forløbet slutter\n[INDSÆT DATO].", True),
    ("Træning på hold to gange om ugen. Forløbet slutter «Slutdato».", True),
    # near misses: a real date under the line, and a tick box is no template field
    ("Træning på hold to gange om ugen. Forløbet slutter den\n12. maj.", False),
])
def test_a_wrapped_date_placeholder_leaves_the_time_frame_open(eng, line, open_):
    text = FILLER + line + "\n\nMed venlig hilsen\nAnne Berg, fysioterapeut\n"
    res = eng.check_document(read_bytes(text.encode(), ".txt", "brev.txt"), profile="sundhed-til-job")
    assert ("sundhed.tidsplan" in {f.rule for f in res.findings}) is open_


def test_a_tick_box_under_a_line_is_no_template_field():
    from linter.analysis.wrapping import mid_start

    assert mid_start("«Slutdato».") and mid_start("[INDSÆT DATO]") and mid_start("{{ dato }}")
    assert mid_start("[Lægens navn] kan kontaktes")
    assert not mid_start("[ ] Ja") and not mid_start("[x] Nej") and not mid_start("Hun") and not mid_start("[Se bilag]")


# -- the letterhead as a Word file's page header ----------------------------------------------------------------------

def _docx(head: list[str], body: list[str]) -> bytes:
    import docx_factory as f

    def paras(lines: list[str]) -> str:
        return "".join(f.p(f.r(x)) if x.strip() else "<w:p/>" for x in lines)

    return f.build(paras(body), headers={"default": paras(head)})


def _profile(eng: Engine, data: bytes) -> str | None:
    return eng.check_document(read_bytes(data, ".docx", "brev.docx")).profile


MEETING = ["Deltagere:", "- Eva Krog, fysioterapeut, Sundhedscentret", "- Bo Lind, sagsbehandler, Jobcentret", "",
           "Referent: Bo Lind", "", "1. Samarbejde",
           "Vi aftaler, at vi fremover skriver til hinanden med faste overskrifter om job og funktion.", "",
           "2. Næste møde", "Vi mødes igen den første mandag i juni."]


def test_minutes_titled_in_the_page_header_are_minutes(eng):
    head = ["Referat – møde om fælles rygforløb", "Sundhedscenter og Jobcenter Østby"]
    assert _profile(eng, _docx(head, MEETING)) == "generel"


def test_a_document_title_in_the_page_header_names_no_party(eng):
    head = ["JOBCENTER ØSTBY", "Anmodning om statusattest – til Lægehuset Søndertorv"]
    body = ["Borger: Karl Berg", "Sagsbehandler: Pia Kragh", "Direkte tlf.: 62 21 55 13", "", "Hvad vi gerne vil vide:",
            "1. Hvor mange timer om ugen kan Karl arbejde nu?", "2. Hvilke hensyn skal vi tage?", "",
            "Vi skal bruge svaret til at lægge en plan for en gradvis tilbagevenden sammen med Karl og hans chef.",
            "Send gerne svaret senest den 2. juni."]
    assert _profile(eng, _docx(head, body)) == "job-til-sundhed"


def test_a_named_page_header_over_an_address_block_is_the_senders(eng):
    head = ["Regionshospitalet Nordvig", "Ortopædkirurgisk Afdeling – Socialrådgivningen"]
    body = ["Jobcenter Østby", "Sygedagpengeteamet", "Strandvej 3", "8300 Østby", "", "Kære sagsbehandler", "",
            "Jeg er socialrådgiver på afdelingen og skriver efter aftale med Ole, som har givet samtykke til det.", "",
            "Ole blev opereret i knæet den 2. maj. Han kan gå 300 meter og stå i 15 minutter ad gangen.", "",
            "Venlig hilsen", "Rikke Dam, socialrådgiver"]
    assert _profile(eng, _docx(head, body)) == "sundhed-til-job"


def test_an_a_kasse_region_branch_is_no_hospital(eng):
    head = ["Fællesfagenes A-kasse", "Medlemsservice, Region Nord", "Torvet 2, 9000 Aalborg",
            "Tlf. 70 11 22 33 · nord@faellesfag-akasse.dk"]
    body = ["Jobcenter Aalborg", "Sygedagpenge", "", "Kære Jens Holm", "",
            "Vores medlem Lise Bak har givet os fuldmagt til at skrive til jobcentret om hendes sygedagpenge.", "",
            "Med venlig hilsen", "Medlemsservice"]
    assert _profile(eng, _docx(head, body)) == "generel"


def test_a_region_hospital_stays_the_health_sides(eng):
    # near miss: the region's name beside a hospital of its own, no a-kasse or union, is the health side
    head = ["Region Nord", "Hospitalet i Nordvig, Rygambulatoriet", "Sygehusvej 1, 9800 Nordvig"]
    body = ["Jobcenter Nordvig", "", "Kære sagsbehandler", "",
            "Ole har givet samtykke til, at vi skriver. Han kan stå i 15 minutter og gå en kilometer ad gangen.", "",
            "Venlig hilsen", "Rikke Dam, overlæge"]
    assert _profile(eng, _docx(head, body)) == "sundhed-til-job"


# -- a label/value table pasted as text, a signature joined on one line ---------------------------------------------

def test_a_pasted_table_row_reads_as_its_field():
    from linter.letter.normalise import normalise_document
    from linter.readers import read_bytes as rb

    text = ("Sundhedscenter Østby\n\nBorger\tLone Ask\nSamtykke\tJa, underskrevet 3. marts\n"
            "Udfyldt af\tEva Krog, fysioterapeut\n\nJobcenter Østby\tSagsbehandler: Bo Lind\n"
            "Torvet 4\tDato 2. maj\n")
    doc, maps = normalise_document(rb(text.encode(), ".txt", "x.txt"))
    lines = [b.text for b in doc.blocks]
    assert "Samtykke:Ja, underskrevet 3. marts" in lines and "Udfyldt af:Eva Krog, fysioterapeut" in lines
    # near misses: a two-column letterhead's lines (a field as the right cell, a street with its number) stay
    assert "Jobcenter Østby\tSagsbehandler: Bo Lind" in lines and "Torvet 4\tDato 2. maj" in lines
    assert not maps  # one character for one: no offset moves


def test_a_pasted_consent_row_is_consent(eng):
    body = ("Sundhedscenter Østby\nStatus til jobcentret\n\nBorger\tLone Ask\nSamtykke\tJa, underskrevet den 3. marts\n"
            "Udfyldt af\tEva Krog, fysioterapeut\n\n"
            "Lone træner to gange om ugen. Hun kan stå i 30 minutter ad gangen og løfte 8 kg fra bordhøjde.\n")
    res = eng.check_document(read_bytes(body.encode(), ".txt", "brev.txt"), profile="sundhed-til-job")
    assert "samtykke" not in {f.rule for f in res.findings}


@pytest.mark.parametrize("sig", [
    "Gudmund Tjalve | Sagsbehandler | Direkte tlf. 62 21 55 13 | gutj@oestby.dk",
    "Gudmund Tjalve · Sagsbehandler · Direkte tlf. 62 21 55 13 · gutj@oestby.dk",
])
def test_a_signature_joined_on_one_line_keeps_its_name(eng, sig):
    text = ("Kære Lægehuset Søndertorv\n\nKarl Berg har givet samtykke til, at vi skriver til dig. Hvor mange timer "
            "om ugen kan han arbejde nu? Vi skal bruge svaret til hans plan. Svar gerne senest den 2. juni.\n\n"
            "Med venlig hilsen\n" + sig + "\n")
    res = eng.check_document(read_bytes(text.encode(), ".txt", "brev.txt"), profile="job-til-sundhed", only=KONTAKT)
    assert "kontakt.navn" not in {f.rule for f in res.findings}
    assert res.sender["name"] == "Gudmund Tjalve"


def test_a_joined_line_that_opens_with_a_number_names_no_one(eng):
    # near miss: the joined line's first part is a number, no name: the reader still finds no name there
    text = ("Kære Lægehuset Søndertorv\n\nKarl Berg har givet samtykke til, at vi skriver til dig. Hvor mange timer "
            "om ugen kan han arbejde nu? Vi skal bruge svaret til hans plan. Svar gerne senest den 2. juni.\n\n"
            "Med venlig hilsen\nTlf. 62 21 55 13 | Sygedagpengeteamet\n")
    res = eng.check_document(read_bytes(text.encode(), ".txt", "brev.txt"), profile="job-til-sundhed", only=KONTAKT)
    assert "kontakt.navn" in {f.rule for f in res.findings}
