"""Stop 31, after the held-out figure (sender bank sq, blind set hx; every letter here is invented):

- a form's byline heading on a line of its own, numbered, lettered or bare ("Udfyldt af", "C. Udfyldt af", "4.
  Skemaet er udfyldt af"), over a "Navn: …" field: that section's name and field lines are the author's wherever it
  stands among the form's sections;
- a lettered party section ("A. Borger", "B. Arbejdsgiver"): its lines are that party's, as a numbered one's are,
  also a caseworker named in it;
- an author label with the document's kind before it ("Notat udarbejdet af: …", "Referatet er skrevet af: …"), a
  minutes' "Referent: …", and "Referat: Name, role, date" at the foot: the named person is the author;
- a head field naming the citizen's own professional ("Henvisende læge: …, tlf. …", "Egen læge: …") below the
  sender's block: that doctor's line, no sender contact;
- a subject without a label, a kind of document, a dash and the citizen's name with their number ("Status på
  forløb – Pia Holm (tlf. …)"): the subject line, its number the citizen's."""

from __future__ import annotations

import pytest
from sender_helpers import email_map, kontakt_rules, phone_map

REPORT = ("Karsten er chauffør og løfter pakker hele dagen. Han kan løfte 12 kg og sidde en time ad gangen. Han bør "
          "ikke løfte over 12 kg de næste seks uger. Han har givet samtykke til, at vi skriver til jer.")


# -- a form's byline heading over a name field ---------------------------------------------------------------------

def _form(heading: str, section: str = "1. Borger") -> str:
    return ("STATUS FRA TRÆNINGSCENTRET\nTil jobcentret.\n\n"
            f"{section}\nNavn: Karsten Vig\nTelefon: 31 22 44 55\n\n"
            "2. Vurdering\n" + REPORT + "\n\n"
            f"{heading}\nNavn: Ditte Brandt Holm\nStilling: Ergoterapeut, Træningscentret Øst\n"
            "Direkte tlf.: 96 14 22 81\nE-mail: dibh@oestby.dk\nCentrets hovednummer: 96 14 22 00\n")


@pytest.mark.parametrize("heading", ["Udfyldt af", "3. Udfyldt af", "C. Udfyldt af", "Skemaet er udfyldt af"])
def test_a_byline_heading_over_a_name_field_signs_the_form(check_text, heading):
    res = check_text(_form(heading))
    assert res.sender["name"] == "Ditte Brandt Holm"
    assert phone_map(res) == {"96142281": True, "96142200": False}
    assert email_map(res) == {"dibh@oestby.dk": True}
    assert "kontakt.navn" not in kontakt_rules(res)


def test_a_lettered_citizen_section_holds_the_caseworker_too(check_text):
    text = ("STATUS FRA TRÆNINGSCENTRET\n\nA. Borger\nNavn: Karsten Vig\nBorgerens tlf.: 31 22 44 55\n"
            "Sagsbehandler: Lene Sand, Jobcenter Østby.\n\nB. Vurdering\n" + REPORT + "\n\n"
            "Udfyldt af\nNavn: Ditte Brandt Holm\nStilling: Ergoterapeut\nDirekte tlf.: 96 14 22 81\n")
    res = check_text(text)
    assert res.sender["name"] == "Ditte Brandt Holm"
    assert "31224455" not in phone_map(res)


def test_a_name_line_after_udfyldt_af_needs_a_name(check_text):
    """The heading signs nothing when no name follows it (a field of a template, "Navn:" left blank)."""
    res = check_text(_form("Udfyldt af").replace("Navn: Ditte Brandt Holm", "Navn:"))
    assert res.sender["name"] != "Karsten Vig"


# -- author labels at a note's or minutes' foot --------------------------------------------------------------------

NOTE = ("Notat til Træningscentret Østby\n\nSag: Karsten Vig, tlf. 31 22 44 55\n\n" + REPORT +
        "\n\nVi vil gerne have jeres vurdering inden 1. juni.\n\n")


@pytest.mark.parametrize("label", ["Notat udarbejdet af:", "Notatet er skrevet af:", "Referent:"])
def test_an_author_label_with_the_documents_kind(check_text, label):
    res = check_text(NOTE + f"{label} Lene Sand, sagsbehandler, Jobcenter Østby\nTræffes: 96 14 30 12 (kl. 9-11)\n")
    assert res.sender["name"] == "Lene Sand"
    assert "31224455" not in phone_map(res)


MINUTES = ("REFERAT\nMøde om samarbejde – Træning og Job, Østby Kommune\nDato: 3. marts 2026\n\n"
           "Deltagere:\n- Ditte Holm, ergoterapeut, tlf. 96 14 22 81, dih@oestby.dk\n- Lene Sand, sagsbehandler, "
           "tlf. 96 14 30 12\n\n1. Fælles blanket\nVi bruger den samme blanket begge steder fra april. Lene sender "
           "den rundt.\n\n2. Næste møde\nNæste møde er 2. juni. Send punkter til mig en uge før.\n\n")


def test_a_minutes_referat_line_names_its_author(check_text):
    res = check_text(MINUTES + "Referat: Jonna Krogh, koordinator, 4.3.2026\n\n"
                     "Spørgsmål: Sekretariatet, tlf. 96 14 10 00 (hverdage kl. 9-12)\n")
    assert res.sender["name"] == "Jonna Krogh"
    assert "kontakt.navn" not in kontakt_rules(res)


def test_referat_before_a_topic_is_no_author_label(check_text):
    """"Referat: møde om …" is the document's title, no person's name after it."""
    res = check_text(MINUTES.replace("REFERAT\n", "Referat: møde om samarbejde, 3. marts\n", 1))
    assert res.sender["name"] in (None, "")


# -- the citizen's own professional in the head --------------------------------------------------------------------

def _letter(field: str) -> str:
    return ("Østby Sygehus\nRygklinikken\nStrandvej 4, 7700 Østby\nSekretariat: 96 11 20 00 (kl. 9-14)\n\n"
            "Jobcenter Østby\nAtt.: Lene Sand\n\nØstby, 3. marts 2026\n\nVedr.: Karsten Vig\n"
            f"{field}\n\nKære Lene Sand\n\n{REPORT}\n\nMed venlig hilsen\n\nOle Brask\nOverlæge\n")


@pytest.mark.parametrize("field", ["Henvisende læge: Mia Lund, Lægehuset Havnen, tlf. 96 12 33 44",
                                   "Egen læge: Mia Lund, tlf. 96 12 33 44",
                                   "Borgerens fysioterapeut: Mia Lund, tlf. 96 12 33 44"])
def test_a_field_naming_the_citizens_professional_is_not_the_senders(check_text, field):
    res = check_text(_letter(field))
    assert res.sender["name"] == "Ole Brask"
    assert "96123344" not in phone_map(res)


def test_the_senders_own_line_after_the_subject_still_counts(check_text):
    res = check_text(_letter("Overlæge Ole Brask, direkte tlf. 96 11 20 17"))
    assert res.sender["name"] == "Ole Brask"
    assert phone_map(res).get("96112017") is True


# -- a subject naming the citizen with a number -------------------------------------------------------------------

@pytest.mark.parametrize("subject", ["Status på forløb – Karsten Vig (tlf. 31 22 44 55)",
                                     "Afslutning af træning på holdet – Karsten Vig, tlf. 31 22 44 55",
                                     "Statusnotat – Karsten Vig, mobil 31 22 44 55"])
def test_a_subject_with_the_citizens_number_is_no_letterhead(check_text, subject):
    text = ("Træningscentret Østby\nSkolevej 3, 7700 Østby\nTlf. 96 14 22 00\n\nJobcenter Østby\nAtt.: Lene Sand\n\n"
            f"Østby, 3. marts 2026\n\n{subject}\n\nHej Lene\n\n{REPORT}\n\nMed venlig hilsen\nDitte Holm\n"
            "Ergoterapeut\n")
    res = check_text(text)
    assert res.sender["name"] == "Ditte Holm"
    assert "31224455" not in phone_map(res)


def test_a_byline_section_among_the_forms_sections_closes_nothing(check_text):
    """The "Udfyldt af" section standing before the form's other sections: those stay the letter's text."""
    text = ("STATUS FRA TRÆNINGSCENTRET\nTil jobcentret.\n\n1. Borger\nNavn: Karsten Vig\nTelefon: 31 22 44 55\n\n"
            "2. Udfyldt af\nNavn: Ditte Brandt Holm\nStilling: Ergoterapeut\nDirekte tlf.: 96 14 22 81\n\n"
            "3. Skånehensyn\nHan bør ikke løfte over 12 kg de næste seks uger.\n\n4. Vurdering\n" + REPORT + "\n")
    res = check_text(text)
    assert res.sender["name"] == "Ditte Brandt Holm"
    assert phone_map(res) == {"96142281": True}
    assert not any(f.rule == "sundhed.skaanehensyn" for f in res.findings)
