"""Sender attribution classes from a sender bank of unseen letters (stop 25, bank sc): a letterhead printed under a
printout's Afsender:/Modtager: head, member and claim numbers, "Afbud til mig på …", the reader's own number beside
a first-person word, a pension company's name and its unit's mailbox, an out-of-hours service in a letterhead, the
office's number in the text, a form with no prose, and a foreign number with its country code. Invented letters
only."""

from __future__ import annotations

import pytest
from sender_helpers import sender_emails as _emails
from sender_helpers import sender_phones as _phones

BODY = ("Ole Berg har givet samtykke til dette brev. Han er lagerarbejder og kan ikke løfte over 10 kg de næste "
        "fire uger, men kan arbejde fire timer om dagen med lette opgaver.\n")


PRINTOUT = ("Digital Post – kopi af sendt meddelelse\n{fra}: {sender}\n{til}: {addressee}\nSendt: 04.05.2026\n\n"
            "{block}\n\nVedr.: Ole Berg\n\n" + BODY +
            "\nRing til mig på min direkte linje 61 72 83 94.\n\nVenlig hilsen\nTove Skalling\nFysioterapeut\n")


@pytest.mark.parametrize("fra,til", [("Afsender", "Modtager"), ("Fra", "Til")])
def test_a_letterhead_under_a_printout_head_naming_its_sender_is_the_senders(check_text, fra, til):
    res = check_text(PRINTOUT.format(fra=fra, til=til, sender="Fysioklinikken Lindely ApS, Kolind",
                                     addressee="Jobcenter Syddjurs",
                                     block="Fysioklinikken Lindely · Bygaden 3 · 8560 Kolind · Tlf. 86 39 10 20\n"
                                           "klinik@lindely.dk"))
    assert _phones(res) == {("86391020", False), ("61728394", True)}
    assert _emails(res) == {("klinik@lindely.dk", False)}


def test_an_address_block_under_a_printout_head_naming_its_addressee_stays_the_recipients(check_text):
    res = check_text(PRINTOUT.format(fra="Afsender", til="Modtager", sender="Fysioklinikken Lindely ApS, Kolind",
                                     addressee="Jobcenter Syddjurs",
                                     block="Jobcenter Syddjurs · Lundbergsvej 2 · 8400 Ebeltoft · Tlf. 87 53 50 00"))
    assert _phones(res) == {("61728394", True)}


@pytest.mark.parametrize("label", ["Medlemsnr.", "Medlemsnummer:", "Kundenr.", "Skadenr.", "Policenr."])
def test_a_member_or_claim_number_in_the_head_is_no_phone(check_text, label):
    res = check_text(f"A-kassen Vestkyst\nStrandvej 9, 6950 Ringkøbing · Tlf. 70 30 40 50\n{label} 41 52 63 74\n\n"
                     f"Til Jobcenter Ringkøbing-Skjern\n\n{BODY}\nVenlig hilsen\nPalle Vrist\nRådgiver\n"
                     "Direkte 70 30 40 61\n")
    assert _phones(res) == {("70304050", False), ("70304061", True)}


def test_an_office_line_in_the_letterhead_is_a_phone(check_text):
    res = check_text(f"Tømrerfirmaet Brink\nSkovvej 2, 7100 Vejle\nKontor: 75 11 22 33\n\nTil Jobcenter Vejle\n\n"
                     f"{BODY}\nVenlig hilsen\nMogens Brink\nMobil 21 32 43 54\n")
    assert _phones(res) == {("75112233", False), ("21324354", True)}


def test_apologies_to_the_author_are_the_authors_sentence_not_a_participant_list(check_text):
    res = check_text("Tværfaglig Rygenhed\nSlotsgade 4, 6400 Sønderborg · Sekretariat 74 40 10 00\n\n"
                     "Til Ole Berg\n\nDeltagere: Ole Berg (borger), Per Kok, Jobcenter Sønderborg "
                     "(tlf. 88 72 41 18)\n\n"
                     "Vi indkalder til et møde om din sygemelding tirsdag den 9. juni kl. 13.00.\n\n"
                     "Afbud til mig på 74 40 10 57 eller ghv@rygenhed.dk.\n\nVenlig hilsen\nGry Hvidt\nKoordinator\n")
    assert _phones(res) == {("74401000", False), ("74401057", True)}
    assert _emails(res) == {("ghv@rygenhed.dk", True)}


def test_a_list_of_apologies_is_still_a_participant_list(check_text):
    res = check_text("Tværfaglig Rygenhed\nSlotsgade 4, 6400 Sønderborg · Sekretariat 74 40 10 00\n\n"
                     "Til Ole Berg\n\nVi indkalder til et møde om din sygemelding tirsdag den 9. juni kl. 13.00.\n\n"
                     "Afbud:\nPer Kok, Jobcenter Sønderborg, tlf. 88 72 41 18\n\n"
                     "Venlig hilsen\nGry Hvidt\nKoordinator\n")
    assert ("88724118", True) not in _phones(res) and ("88724118", False) not in _phones(res)


@pytest.mark.parametrize("sentence", ["Du har givet mig nummeret 23 45 67 89, og jeg ringer i morgen.",
                                      "Jeg ringer til dig på 23 45 67 89 i morgen formiddag.",
                                      "Jeg har dit mobilnummer 23 45 67 89 og ringer i morgen."])
def test_the_readers_own_number_beside_a_first_person_word_is_not_the_authors(check_text, sentence):
    res = check_text(f"Kære Bo Lund\n\nJeg er sagsbehandler for din medarbejder Ole Berg. {sentence}\n\n"
                     "Venlig hilsen\nLise Mørk\nJobcenter Vejle\nDirekte 76 81 22 33\n")
    assert _phones(res) == {("76812233", True)}


def test_the_author_offering_a_number_after_the_readers_words_is_still_the_authors(check_text):
    res = check_text("Kære Bo Lund\n\nJeg ringer til dig i morgen, men du kan også ringe til mig på 23 45 67 89.\n\n"
                     "Venlig hilsen\nLise Mørk\nJobcenter Vejle\n")
    assert _phones(res) == {("23456789", True)}


def test_a_pension_companys_name_in_the_signature_is_no_name_and_its_units_mailbox_no_ones(check_text):
    res = check_text("Solvang Pension · Skadeafdelingen\nNørregade 7, 1165 København K · Tlf. 33 11 22 00 · "
                     f"skade@solvangpension.dk\n\nTil Jobcenter Gladsaxe\n\n{BODY}\nMed venlig hilsen\n"
                     "Solvang Pension\nMarie Kold, skadebehandler, tlf. 33 11 22 41\n")
    assert res.sender["name"] == "Marie Kold"
    assert _emails(res) == {("skade@solvangpension.dk", False)}
    assert _phones(res) == {("33112200", False), ("33112241", True)}


def test_a_mailbox_spelling_a_word_of_the_signers_own_name_stays_personal(check_text):
    res = check_text("Solvang Pension · Skadeafdelingen\nNørregade 7, 1165 København K · Tlf. 33 11 22 00\n\n"
                     f"Til Jobcenter Gladsaxe\n\n{BODY}\nMed venlig hilsen\nMarie Kold\nmarie@solvangpension.dk\n")
    assert _emails(res) == {("marie@solvangpension.dk", True)}


@pytest.mark.parametrize("line", ["Uden for åbningstid: ring til Lægevagten på 70 11 31 31",
                                  "Akut: Vagtlægen 70 11 31 31"])
def test_an_out_of_hours_service_in_the_letterhead_is_no_ones_of_the_sender(check_text, line):
    res = check_text(f"Lægehuset Åen\nÅvej 3, 7500 Holstebro\nTelefontid kl. 8-9: 97 42 10 10\n{line}\n\n"
                     f"Til Jobcenter Holstebro\n\n{BODY}\nMed venlig hilsen\nKaj Bundgaard\nPraktiserende læge\n")
    assert _phones(res) == {("97421010", False)}


def test_the_office_named_as_a_numbers_owner_in_the_text_is_the_departments(check_text):
    res = check_text("Hej\n\nOle Berg kan starte hos os igen med lette opgaver. Ring på 40 50 60 70, jeg er ude hele "
                     "dagen. Kontoret har 75 64 53 00 men er kun åbent kl. 7-9.\n\nKaj\nBerg Maskinfabrik ApS\n",
                     profile="generel")
    assert _phones(res) == {("40506070", True), ("75645300", False)}


FORM = ("STATUSNOTAT – GENOPTRÆNING\nTræningscenter Vest · Havnevej 2 · 6700 Esbjerg · tlf. 76 16 50 00\n\n"
        "Modtager: Jobcenter Esbjerg\nBorger: Ole Berg, tlf. 42 18 90 33\nSamtykke: Ja\n\n"
        "Udfyldt af: Signe Lau, fysioterapeut, direkte 76 16 50 31, sila@esbjerg.dk\n"
        "{other}: Tom Viby, ergoterapeut, direkte 76 16 50 35, tovi@esbjerg.dk\n\n"
        "Nuværende job: lagerarbejder\nFunktionsniveau: kan gå 30 minutter\n")


@pytest.mark.parametrize("other", ["Øvrig behandler", "Anden behandler", "Medbehandler"])
def test_a_form_with_no_prose_has_its_organisations_line_and_only_the_authors_field(check_text, other):
    res = check_text(FORM.format(other=other))
    assert res.sender["name"] == "Signe Lau"
    assert _phones(res) == {("76165000", False), ("76165031", True)}
    assert _emails(res) == {("sila@esbjerg.dk", True)}


def test_a_note_with_no_prose_and_no_address_has_no_letterhead(check_text):
    res = check_text("Ole Berg\nTlf. 42 18 90 33\n\nSamtykke: Ja\nNuværende job: lagerarbejder\n")
    assert _phones(res) == set()


@pytest.mark.parametrize("written,value", [("+49 151 2345 6789", "+4915123456789"),
                                           ("0049 151 2345 6789", "+4915123456789"),
                                           ("+46 70 123 45 67", "+46701234567")])
def test_a_foreign_number_with_its_country_code_is_a_number(check_text, written, value):
    res = check_text(f"Hej\n\nJeg skriver for min far, Poul Berg. Jeg bor i udlandet, så ring til mig på {written}.\n\n"
                     "Venlig hilsen\nMikkel Berg\n", profile="generel")
    assert _phones(res) == {(value, True)}
    assert "kontakt.telefon" not in {f.rule for f in res.findings}


def test_a_long_number_with_no_country_code_stays_no_phone(check_text):
    res = check_text("Hej\n\nJeg skriver for min far, Poul Berg. Mit sagsnummer hos jer er 151 2345 6789.\n\n"
                     "Venlig hilsen\nMikkel Berg\n", profile="generel")
    assert _phones(res) == set()
