"""Stop 27 sender-attribution classes (the sender bank sg showed them; every letter here is invented):

- a memo head's contact field after "Dato:" naming the person of its "Fra:" field ("Fra: Jobcenter … v/ Rasmus
  Kjær" / "Dato: …" / "Sagsbehandler: …, tlf. …") is the sender's, its number and address the author's; a contact
  field naming someone else stays the memo's content;
- a form naming two professionals ("Behandlende fysioterapeut: …" / "Tilknyttet læge: …" / "Udfyldt af: …"): the
  other professional's line is no line of the sender's (RULES.md: a colleague's details never count);
- a number labelled as a direct line makes a plain-labelled or unlabelled number of the sender's lines the general
  one ("Tlf. … · Direkte …", "Direkte …" / "3F Vestby · tlf. …"); a mobile beside a plain number sets nothing apart;
- a round switchboard number ("72 58 00 00") beside another number of the signer's is the organisation's;
- a subject line "Kort status om …" / "Om Anne Holm, 52 år" is no letterhead: the name in it is no sender;
- a secretary named in the sender's part ("Sekretær: Lene Mørk, tlf. …") is not the author;
- "tlf.tid" is the abbreviated telefontid: a department's number (RULES.md kontakt.telefon)."""

from __future__ import annotations

import pytest
from sender_helpers import email_map, kontakt_rules, phone_map

BODY = ("Mikkel er sygemeldt fra sit arbejde som lagermand. Vi har brug for at vide, hvor meget han må løfte, og "
        "hvor mange timer han kan arbejde nu. Vi bruger svaret til at lægge en plan for hans opstart. Vi har brug "
        "for svaret inden den 3. juni. Mikkel har givet samtykke.")


# -- a memo head's contact field after Dato: -----------------------------------------------------------------------

def test_memo_contact_field_naming_the_from_person_after_the_date_is_the_senders(check_text):
    text = ("NOTAT\nTil: Fysioterapien, Sundhedshus Nordby\nFra: Jobcenter Nordby, ydelsesteamet v/ Karla Vinding\n"
            "Dato: 4. maj 2026\nSagsbehandler: Karla Vinding, tlf. 61 24 37 58, kavi@nordby.dk\n\n"
            "Borger: Mikkel Ravn, cpr 120390-XXXX.\n\n" + BODY + "\n")
    res = check_text(text)
    assert phone_map(res) == {"61243758": True}
    assert email_map(res) == {"kavi@nordby.dk": True}
    assert not kontakt_rules(res) & {"kontakt.telefon", "kontakt.email"}


def test_memo_contact_field_naming_someone_else_after_the_date_is_no_senders(check_text):
    text = ("NOTAT\nTil: Jobcenter Nordby\nFra: Fysioterapien Sundhedshus Nordby v/ Karla Vinding\n"
            "Dato: 4. maj 2026\nSagsbehandler: Ole Damgaard, tlf. 61 24 37 58, olda@nordby.dk\n\n"
            "Borger: Mikkel Ravn, cpr 120390-XXXX.\n\n" + BODY + "\n")
    res = check_text(text)
    assert "61243758" not in phone_map(res)


# -- a form naming two professionals ---------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Tilknyttet læge", "Samarbejdende ergoterapeut", "Involveret psykolog"])
def test_the_other_professional_of_a_form_gives_no_sender_details(check_text, label):
    text = ("STATUS FRA TRÆNINGSENHEDEN VESTBY\n\nBorger: Mikkel Ravn            Cpr-nr.: 120390-XXXX\n"
            "Behandlende fysioterapeut: Sara Lind, tlf. 52 61 70 83, sali@vestby.dk\n"
            f"{label}: Jonas Krog, tlf. 52 61 70 99, jokr@vestby.dk\n\n"
            "Nuværende job: Lagermand, 37 timer.\nFunktionsniveau: Kan løfte 10 kg.\n\n"
            "Udfyldt af: Sara Lind, 2. maj 2026\n")
    res = check_text(text)
    assert res.sender["name"] == "Sara Lind"
    assert phone_map(res) == {"52617083": True}
    assert email_map(res) == {"sali@vestby.dk": True}


# -- a direct line sets the general number apart --------------------------------------------------------------------

SIGNED = "\n\nJeg har set Mikkel tre gange. Han kan løfte 10 kg og arbejde 20 timer om ugen.\n\nVenlig hilsen\n\n"


def test_plain_number_beside_a_direct_line_in_a_letterhead_is_the_general_one(check_text):
    text = ("Rygklinikken Vestby\nJens Holt Bager\nTorvet 4 · 8900 Vestby\nTlf. 87 14 52 60 · Direkte 87 14 52 67\n"
            "E-mail: jhb@rygklinik-vestby.dk\n\nJobcenter Vestby\n\nVestby, 4. maj 2026" + SIGNED +
            "Jens Holt Bager\nSpeciallæge\n")
    res = check_text(text)
    assert phone_map(res) == {"87145260": False, "87145267": True}


def test_organisation_line_under_a_signature_with_a_direct_line_is_the_general_one(check_text):
    text = ("Til Jobcenter Vestby\n" + SIGNED + "Tobias Lund\nFaglig sekretær, Fagforeningen Vestby\n"
            "Direkte 86 47 21 09\ntobias.lund@fagvestby.dk\n\nFagforeningen Vestby · tlf. 86 47 21 30 · "
            "vestby@fagvestby.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"86472109": True, "86472130": False}


def test_plain_number_beside_a_mobile_stays_the_signers(check_text):
    text = ("Til Jobcenter Vestby\n" + SIGNED + "Tobias Lund\nJobkonsulent\nTlf. 86 47 21 09 · mobil 31 52 64 80\n"
            "tobias.lund@vestby.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"86472109": True, "31526480": True}


def test_a_direct_line_beside_a_named_general_number_sets_no_other_apart(check_text):
    text = ("Jobcenter Vestby · Ydelser\nTorvet 4, 8900 Vestby\nOmstilling 87 14 50 00\n\nTil: Rygklinikken Vestby\n"
            "\nVestby, 4. maj 2026\n\nKære Jens Bager\n\n" + BODY + "\n\nMed venlig hilsen\nLea Borch\n"
            "Sagsbehandler\nTlf. 87 14 52 67 (direkte) · SMS 31 52 64 80\nlebo@vestby.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"87145000": False, "87145267": True, "31526480": True}


# -- a round switchboard number beside the signer's own ---------------------------------------------------------------

def test_round_number_beside_the_signers_own_is_the_switchboard(check_text):
    text = ("Kære Træningsenheden Vestby\n\n" + BODY + "\n\nVenlig hilsen Lea Borch, jobkonsulent | M: 31 52 64 80 | "
            "T: 86 47 00 00 | E: lebo@vestby.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"31526480": True, "86470000": False}


def test_round_number_alone_under_the_name_stays_the_signers(check_text):
    text = ("Kære Træningsenheden Vestby\n\n" + BODY + "\n\nVenlig hilsen\nLea Borch\nJobkonsulent\n"
            "Tlf. 86 47 00 00\nlebo@vestby.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"86470000": True}


# -- a subject line about the citizen names no sender -----------------------------------------------------------------

@pytest.mark.parametrize("subject", ["Kort status om Mikkel Ravn", "Om Mikkel Ravn, 36 år",
                                     "Supplerende oplysninger om Mikkel Ravn"])
def test_a_subject_line_about_the_citizen_names_no_sender(check_text, subject):
    text = (f"Til Jobcenter Vestby\n\n{subject}\n\nMikkel har givet samtykke til, at jeg skriver. Han arbejder som "
            "lagermand og kan nu løfte 10 kg. Han kan arbejde 20 timer om ugen fra 1. juni.\n\n"
            "Med venlig hilsen\nSara Lind\nfysioterapeut, Træningsenheden Vestby\n")
    res = check_text(text)
    assert res.sender["name"] == "Sara Lind"


# -- a secretary named beside the doctor ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Sekretær: Lene Mørk, tlf. 87 14 52 60 (kl. 8-12)",
                                  "Klinikkens lægesekretær Lene Mørk, tlf. 87 14 52 60"])
def test_a_secretary_named_in_the_signature_is_not_the_author(check_text, line):
    text = ("Til Jobcenter Vestby\n" + SIGNED + f"Speciallæge i ortopædi Jens Holt Bager\njhb@ortovestby.dk\n{line}\n")
    res = check_text(text)
    assert res.sender["name"] == "Jens Holt Bager"
    # stop 30: her number is another person's (RULES.md), neither the author's nor the department's
    assert phone_map(res) == {}


def test_a_secretary_named_above_the_doctor_is_not_the_author(check_text):
    text = ("Ortopædklinikken Vestby\nSekretær: Lene Mørk\nTorvet 4 · 8900 Vestby\n\nJobcenter Vestby\n\n"
            "Vestby, 4. maj 2026" + SIGNED + "Jens Holt Bager\nSpeciallæge\n")
    res = check_text(text)
    assert res.sender["name"] == "Jens Holt Bager"


# -- tlf.tid -----------------------------------------------------------------------------------------------------------

def test_abbreviated_telefontid_marks_the_department_number(check_text):
    text = ("Til Jobcenter Vestby\n" + SIGNED + "Jens Holt Bager\nLæge\nTlf. 87 14 52 60 (tlf.tid 8-9)\n"
                                               "Mobil 31 52 64 80\n")
    res = check_text(text)
    assert phone_map(res) == {"87145260": False, "31526480": True}
