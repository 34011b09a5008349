"""Stop 28 sender-attribution classes (the sender banks si and sj showed them; every letter here is invented):

- a secretary's own block under the author's ("Lise Bak" / "Lægesekretær, direkte tlf. …, lise.bak@…"): her line is
  the secretariat's, even when labelled as a direct line, and her own address is a colleague's, not the author's;
- two signers side by side in columns under a letter written in the first person singular ("Jeg har …"): the second
  column co-signs, its lines are no sender's; under a "vi" letter both signers stay authors (tests/sender-banks);
- a form's approver field ("Godkendt af: …", "Kontrasigneret af: …") beside its "Udfyldt af: …": another
  professional's line, not the author's;
- a function mailbox set as an apposition after its label in the text ("Send svaret til vores sikre postkasse,
  sikkerpost@…"): the sender's department's mailbox;
- a subject line after the recipient giving a kind of document and the citizen's name ("Statusnotat – Ole Berg"), or
  a name with its CPR number: no letterhead, so the name in it is no sender's;
- a phone label after a name in a flattened footer ("Maja Lund  Dir. 97 …") is no word of the name;
- a practice's letterhead giving its name, then its owner with a title ("Ryg og Led Klinikken · Speciallæge i
  ortopædi Hans Bro"), over its address line with an unlabelled number: the practice's number."""

from __future__ import annotations

import pytest
from sender_helpers import email_map, kontakt_rules, phone_map

BODY = ("Karin Lund er sygemeldt fra sit arbejde som pædagog. Hun kan løfte 8 kg og gå en halv time. Hun bør de "
        "næste seks uger ikke løfte børn fra gulvet. Vi forventer, at hun er tilbage på fuld tid efter sommerferien. "
        "Karin har givet samtykke.")
SINGULAR = ("Jeg har set Karin Lund fire gange på træningsholdet. Hun er pædagog og kan løfte 8 kg og gå en halv "
            "time. Hun bør de næste seks uger ikke løfte børn fra gulvet. Jeg forventer, at hun er tilbage på fuld "
            "tid efter sommerferien. Karin har givet samtykke.")


# -- a secretary's own block ------------------------------------------------------------------------------------------

def test_a_secretarys_direct_line_and_own_address_under_the_doctor_are_not_the_authors(check_text):
    text = ("Regionshospitalet Vestby\nOrtopædkirurgisk Ambulatorium · Tlf. 76 40 00 00 · ortopaedi.vestby@rsyd.dk\n\n"
            "Til Jobcenter Vestby\n\n" + BODY + "\n\nMed venlig hilsen\n\nPeter Krogh\nOverlæge\n\n"
            "Lise Bak\nLægesekretær, direkte tlf. 76 40 12 19, lise.bak@rsyd.dk\n")
    res = check_text(text)
    assert res.sender["name"] == "Peter Krogh"
    assert phone_map(res) == {"76400000": False}  # stop 30: her direct line is hers, not the department's
    assert email_map(res) == {"ortopaedi.vestby@rsyd.dk": False}
    assert {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"} <= kontakt_rules(res)


def test_the_authors_own_direct_line_under_a_number_labelled_as_the_secretariat_stays_personal(check_text):
    text = ("Til Jobcenter Vestby\n\n" + BODY + "\n\nMed venlig hilsen\n\nHanne Bech\nSocialrådgiver\n"
            "Tlf. 76 40 00 00 (afdelingens sekretariat)\nDirekte 76 40 12 44\nhanne.bech@rsyd.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"76400000": False, "76401244": True}
    assert email_map(res) == {"hanne.bech@rsyd.dk": True}


# -- two signers in columns -------------------------------------------------------------------------------------------

SIGNERS = ("\n\nMed venlig hilsen\n\n"
           "Sofie Damgaard                          Niels Brandt\n"
           "Fysioterapeut                            Afdelingsleder\n"
           "Direkte 86 21 40 17                      Direkte 86 21 40 02\n"
           "sofie.damgaard@vestby.dk                 niels.brandt@vestby.dk\n")


def test_a_second_signer_beside_the_author_of_a_first_person_letter_co_signs(check_text):
    res = check_text("Sundhedscenter Vestby · Tlf. 86 21 40 00\n\nTil Jobcenter Vestby\n\n" + SINGULAR + SIGNERS)
    assert res.sender["name"] == "Sofie Damgaard"
    assert phone_map(res) == {"86214000": False, "86214017": True}
    assert email_map(res) == {"sofie.damgaard@vestby.dk": True}


def test_two_signers_of_a_we_letter_are_both_authors(check_text):
    res = check_text("Sundhedscenter Vestby · Tlf. 86 21 40 00\n\nTil Jobcenter Vestby\n\n" + BODY + SIGNERS)
    assert phone_map(res) == {"86214000": False, "86214017": True, "86214002": True}
    assert email_map(res) == {"sofie.damgaard@vestby.dk": True, "niels.brandt@vestby.dk": True}


# -- a form's approver ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Godkendt af", "Kontrasigneret af", "Set og godkendt af"])
def test_a_forms_approver_beside_its_author_gives_no_sender_details(check_text, label):
    text = ("STATUS FRA TRÆNINGSENHEDEN\nTræningsenheden Vestby · Tlf. 97 30 55 00\n\n"
            "Borger: Karin Lund    Cpr.: 110482-XXXX\n\n" + BODY + "\n\n"
            "Udfyldt af: Mads Holt, fysioterapeut – mobil 29 41 63 85 – maho@vestby.dk\n"
            f"{label}: Birgitte Lauesen, overlæge – tlf. 97 30 55 21 – bila@vestby.dk\n")
    res = check_text(text)
    assert res.sender["name"] == "Mads Holt"
    assert "97305521" not in phone_map(res) and phone_map(res)["29416385"] is True
    assert email_map(res) == {"maho@vestby.dk": True}


# -- a function mailbox as an apposition in the text ------------------------------------------------------------------

def test_a_function_mailbox_after_its_label_as_an_apposition_is_the_departments(check_text):
    text = ("Til Lægehuset Strandvej\n\nSpørgsmål om Karin Lund\n\nKarin Lund er sygemeldt og har givet samtykke "
            "til, at vi kontakter jer. Vi beder om en vurdering af, hvor mange timer hun kan arbejde nu, til brug "
            "for hendes "
            "plan. Vi har brug for svaret senest 2. juni. Send svaret til vores sikre postkasse, "
            "sikkerpost@vestby.dk, eller ring til mig.\n\nMed venlig hilsen\nTina Kvist, sagsbehandler\n"
            "Direkte 72 11 40 18 · tikv@vestby.dk\n")
    res = check_text(text)
    assert email_map(res) == {"sikkerpost@vestby.dk": False, "tikv@vestby.dk": True}


def test_a_personal_address_after_secure_mail_words_stays_personal(check_text):
    text = ("Til Jobcenter Vestby\n\n" + BODY + " Svar gerne med sikker mail til tina.kvist@vestby.dk.\n\n"
            "Med venlig hilsen\nTina Kvist\nSagsbehandler\nDirekte 72 11 40 18\ntina.kvist@vestby.dk\n")
    # ("sikker mail" names the channel, not a function mailbox: the address is no department's in the text either)
    assert all(e["personal"] for e in check_text(text).sender["emails"])


# -- a subject line after the recipient -------------------------------------------------------------------------------

@pytest.mark.parametrize("subject", ["Statusnotat – Ole Berg", "Epikrise – Ole Berg", "Ole Berg, CPR 030377-XXXX"])
def test_a_subject_line_naming_the_citizen_after_the_recipient_is_no_letterhead(check_text, subject):
    text = (f"Til Jobcenter Vestby\n\n{subject}\n\nOle Berg er tømrer. Ole kan selv kontaktes på 31 72 90 44. "
            "Han kan løfte 10 kg og stå to timer. Han kan begynde på halv tid fra 1. maj og forventes tilbage på "
            "fuld tid efter seks uger. Ole har givet samtykke.\n\nMed venlig hilsen\nMaja Lund, fysioterapeut\n\n"
            "Vestby Sygehus, Fysioterapien  Tlf. 9712 4400  fysio.vestby@rn.dk  |  Maja Lund  Dir. 9712 4431  "
            "majlu@rn.dk\n")
    res = check_text(text)
    assert res.sender["name"] == "Maja Lund"
    assert "31729044" not in phone_map(res)
    assert phone_map(res) == {"97124400": False, "97124431": True}


# -- a practice's letterhead naming its owner with a title ------------------------------------------------------------

def test_a_practices_letterhead_with_its_titled_owner_gives_the_practices_number(check_text):
    text = ("Ryg og Led Klinikken · Speciallæge i ortopædi Hans Bro\n"
            "Algade 4, 4000 Roskilde · +45 46 30 22 10 · klinik@rygogled.dk\n\nTil Jobcenter Roskilde\n\n"
            + SINGULAR + " Ring gerne på +45 26 13 58 90.\n\nVenlig hilsen\nHans Bro\nSpeciallæge\n")
    res = check_text(text)
    assert phone_map(res) == {"46302210": False, "26135890": True}


# -- a head flattened from two columns piece by piece -----------------------------------------------------------------

ASK = ("Ole Berg er sygemeldt fra sit job som maler. Vi vil gerne vide, hvor mange timer om dagen han kan arbejde nu. "
       "Send gerne dit svar inden 20. maj. Ole har givet samtykke.\n\nVenlig hilsen\nBo Kjær\n")


def test_the_addressees_pieces_of_a_head_flattened_from_two_columns_are_no_senders(check_text):
    text = ("Kiropraktor Anne Lind  Sagsbehandler: Bo Kjær  Kiropraktisk Klinik Ny Torv, tlf. 75 12 33 40  "
            "Direkte: 7512 8816  Ny Torv 2, 7100 Vejle  E-mail: bokj@vejle.dk\nJobcenter Vejle\n\n"
            "Dato: 3. maj 2026\n\nKære Anne Lind\n\n" + ASK)
    res = check_text(text)
    assert phone_map(res) == {"75128816": True}
    assert email_map(res) == {"bokj@vejle.dk": True}


def test_a_letterhead_with_double_spaces_and_no_addressee_column_keeps_its_numbers(check_text):
    text = ("Jobcenter Vejle  Sagsbehandler: Bo Kjær  Tlf. 75 12 00 00  Direkte: 7512 8816  E-mail: bokj@vejle.dk\n\n"
            "Til Kiropraktisk Klinik Ny Torv\n\nKære Anne Lind\n\n" + ASK)
    assert "75120000" in phone_map(check_text(text))
