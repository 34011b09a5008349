"""Sender attribution classes seen in probes of unseen letters (issue 12): who wrote the letter when someone else
signs or is written for (a dictating doctor, a relative writing under a parent's name), a surname-first signature,
a masked CPR after a name, a memo head's contact lines under Til:, a subject phrase under the date with no
letterhead, and a unit's abbreviated mailbox. Invented letters only."""

from __future__ import annotations

import pytest

BODY = ("Vi har undersøgt Ole Berg for smerter i skulderen. Han kan ikke løfte over skulderhøjde de næste "
        "seks uger, men kan arbejde med lettere opgaver.\n")
OWN = "Jeg skriver om min sygemelding. Jeg har ondt i ryggen og kan ikke stå længe ad gangen.\n"


def _phones(res) -> list[tuple[str, bool]]:
    return [(p["number"], p["personal"]) for p in res.sender["phones"]]


def _emails(res) -> list[tuple[str, bool, str]]:
    return [(e["address"], e["personal"], e["reason"]) for e in res.sender["emails"]]


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


@pytest.mark.parametrize("line", ["Dikteret af overlæge Bodil Friis", "Dikteret af: overlæge Bodil Friis",
                                  "Indtalt af afdelingslæge Bodil Friis", "dikteret af Bodil Friis"])
def test_the_dictating_doctor_under_the_secretarys_name_is_the_sender(check_text, line):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\n\nMaja Lind\nLægesekretær\n{line}\n"
                     "Tlf. 79 12 34 56\n")
    assert res.sender["name"] == "Bodil Friis"
    assert _phones(res) == [("79123456", True)]


def test_the_dictating_doctor_above_the_closing_is_the_sender(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nDikteret af overlæge Bodil Friis, Skulderklinikken\n\n"
                     "Med venlig hilsen\nMaja Lind, lægesekretær\nTlf. 79 12 34 56\n")
    assert res.sender["name"] == "Bodil Friis"
    assert res.sender["reason"] == "written-by"


@pytest.mark.parametrize("line", ["v/ datteren Sara Dahl", "v/datter Sara Dahl", "v/ min datter Sara Dahl",
                                  "ved datteren Sara Dahl"])
def test_a_relative_writing_under_the_parents_name_is_the_sender(check_text, line):
    res = check_text(f"Til Jobcenter Nordvig\n\n{OWN}\nMed venlig hilsen\nErik Dahl\n{line}\nTlf. 22 33 44 55\n")
    assert res.sender["name"] == "Sara Dahl"
    assert _phones(res) == [("22334455", True)]
    assert "kontakt.navn" not in _rules(res)


def test_v_slash_before_an_owners_name_is_no_relative(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\nTom Vinge\nKlinik for Fysioterapi\n"
                     "v/ Lene Vinge\nTlf. 22 33 44 55\n")
    assert res.sender["name"] == "Tom Vinge"


@pytest.mark.parametrize("sign", ["Friis, Bodil", "Friis, Bodil, overlæge", "FRIIS, BODIL"])
def test_a_surname_first_signature_gives_the_name(check_text, sign):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\n{sign}\nTlf. 79 12 34 56\n")
    assert (res.sender["name"] or "").lower() == "bodil friis"
    assert "kontakt.navn" not in _rules(res)


def test_a_title_before_a_comma_is_no_surname(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\nFysioterapeut, Bodil\nTlf. 79 12 34 56\n")
    assert res.sender["name"] is None
    assert "kontakt.navn" in _rules(res)


@pytest.mark.parametrize("sign", ["Susse Lund 030581-XXXX", "Susse Lund (030581-XXXX)", "Susse Lund, 030581-XXXX",
                                  "Susse Lund 030581-1234"])
def test_a_masked_cpr_after_a_name_is_no_house_number(check_text, sign):
    res = check_text(f"Til Jobcenter Nordvig\n\n{OWN}\nVenlig hilsen\n{sign}\nTlf. 22 33 44 55\n")
    assert res.sender["name"] == "Susse Lund"
    assert _phones(res) == [("22334455", True)]


def test_a_house_number_after_a_street_still_ends_the_name(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{OWN}\nVenlig hilsen\nSusse Lund\nSkovbrynet 12B\n"
                     "Tlf. 22 33 44 55\n")
    assert res.sender["name"] == "Susse Lund"


@pytest.mark.parametrize("contact", ["Tlf.: 79 12 34 56", "Telefon: 79 12 34 56\nAfdeling: Skulderklinikken"])
def test_contact_lines_under_til_in_a_head_written_sender_first_are_the_senders(check_text, contact):
    res = check_text(f"Fra: Bodil Friis, overlæge\nTil: Jobcenter Nordvig, sagsbehandler Ib Holt\n{contact}\n\n"
                     f"{BODY}\nVenlig hilsen\nBodil Friis\n")
    assert res.sender["name"] == "Bodil Friis"
    assert _phones(res) == [("79123456", True)]
    assert "kontakt.telefon" not in _rules(res)


def test_an_address_under_til_naming_the_recipient_keeps_the_lines_the_recipients(check_text):
    res = check_text(f"Fra: Bodil Friis, overlæge\nTil: Ib Holt, Jobcenter Nordvig\nTlf.: 79 12 34 56\n"
                     f"E-mail: ib.holt@nordvig.dk\n\n{BODY}\nVenlig hilsen\nBodil Friis\n")
    assert _phones(res) == [] and _emails(res) == []
    assert {"kontakt.telefon", "kontakt.email"} <= _rules(res)


@pytest.mark.parametrize("subject", ["Spørgsmål om Ida Krags muligheder for arbejde",
                                     "Anmodning om status for Ida Krag",
                                     "Henvendelse vedrørende Ida Krags sygemelding"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_subject_phrase_under_the_date_is_no_letterhead(check_text, subject, gap):
    res = check_text(f"Nordvig, 4. februar 2026{gap}{subject}\n\nKære Jobcenter\n\n{OWN}\nVenlig hilsen\n"
                     "Ida Krag\nTlf. 22 33 44 55\n")
    assert res.sender["name"] == "Ida Krag"
    assert res.sender["reason"] == "signature"


@pytest.mark.parametrize("mailbox", ["fys@nordvig.dk", "kiro@nordvig-sygehus.dk", "ergo@nordvig.dk",
                                     "psyk@nordvig.dk", "sdp@nordvig.dk"])
def test_a_units_abbreviated_mailbox_is_the_units(check_text, mailbox):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\nBodil Friis\nFysioterapeut\n"
                     f"Tlf. 79 12 34 56\n{mailbox}\n")
    assert [(a, p) for a, p, _ in _emails(res)] == [(mailbox, False)]
    assert "kontakt.email" in _rules(res) and "kontakt.afdeling" not in _rules(res)


@pytest.mark.parametrize("sign, mailbox", [("Anne Marie Bach", "amb@nordvig.dk"), ("Rikke Yde Gram", "ryg@nordvig.dk"),
                                           ("Anne Nørgaard Kjær", "ank@nordvig.dk"),
                                           ("Mogens Rasmussen", "mora@nordvig.dk"),
                                           ("Kirsten Rosendahl", "kiro@nordvig.dk"),
                                           ("Bodil Friis", "amb@nordvig.dk")])
def test_the_signers_initials_stay_personal_though_they_begin_a_unit_word(check_text, sign, mailbox):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\n{sign}\nFysioterapeut\n"
                     f"Tlf. 79 12 34 56\n{mailbox}\n")
    assert [(a, p) for a, p, _ in _emails(res)] == [(mailbox, True)]
    assert "kontakt.email" not in _rules(res)


# -- classes from the dev sender bank (sa), in invented letters --------------------------------------------------

JC = ("Til Lægehuset Vestervang\n\nKære læge\n\nTove Krag har givet samtykke. Vi vil gerne vide, hvor mange timer hun "
      "kan arbejde nu.\n\n")


def test_a_units_compound_mailbox_offered_for_questions_is_the_units(check_text):
    res = check_text("NOTAT\nEmne: Fælles møde om rygforløb\nSkrevet af: TKL\n\nVi mødes hver måned. Spørgsmål til "
                     "notatet kan sendes til smertesamarbejde@nordvig.dk, eller ring til sekretæren på 79 11 22 00.\n"
                     "\n/TKL\n")
    assert _emails(res) == [("smertesamarbejde@nordvig.dk", False, "department-offer")]
    assert _phones(res) == [("79112200", False)]


@pytest.mark.parametrize("mailbox", ["sdp.syd@nordvig.dk", "sdp@nordvig.dk"])
def test_the_sickness_benefit_teams_short_mailbox_is_the_teams(check_text, mailbox):
    res = check_text(f"Fra: Team Sygedagpenge Syd <{mailbox}>\nTil: Lægehuset Vestervang <post@vestervang.dk>\n"
                     f"Emne: Tove Krag\n\n{JC}Venlig hilsen\nTeam Sygedagpenge Syd\n"
                     "Jobcenter Nordvig · tlf. 79 11 22 00\n")
    assert [(a, p) for a, p, _ in _emails(res)] == [(mailbox, False)]


def test_a_registration_mailbox_in_the_text_is_the_organisations(check_text):
    res = check_text("Gigtforeningen Nordvig\n\nKære jobcentre\nVi inviterer til et møde om gigt og arbejde. "
                     "Tilmelding til nordvig@gigtnet.dk senest 1. maj.\n\nJeg kan fanges på 61 22 33 44 alle hverdage "
                     "efter kl. 16.\n\nVenlig hilsen\nLise Borup\nFrivillig, Gigtforeningen Nordvig\n")
    assert _emails(res) == [("nordvig@gigtnet.dk", False, "department-offer")]
    assert _phones(res) == [("61223344", True)]  # a person's hours are no opening hours


def test_a_message_left_with_the_secretary_is_the_departments_number(check_text):
    res = check_text(f"{JC}Jeg kan fanges på 79 11 22 33 før kl. 10. Ellers kan du lægge en besked hos sekretæren på "
                     "79 11 22 00.\n\nVenlig hilsen\nBo Lind Hansen, sagsbehandler\n")
    assert _phones(res) == [("79112233", True), ("79112200", False)]


def test_a_word_beginning_like_an_identifier_label_in_an_earlier_sentence_is_no_label(check_text):
    res = check_text("Fra: Jobcenter Nordvig <jobcenter@nordvig.dk>\nTil: Nordvig VVS <info@nordvigvvs.dk>\n"
                     "Emne: Mødet\n\nHej\nTak for i dag. Vi sender referatet i morgen. Ring til os på 79 11 22 00, "
                     "hvis I har spørgsmål.\n\nMvh\nBL\nJobcenter Nordvig\n")
    assert _phones(res) == [("79112200", False)]


def test_a_case_number_label_right_before_a_number_is_still_no_phone(check_text):
    res = check_text(f"{JC}Vores ref. 12345678. Ring til mig på 79 11 22 33.\n\nVenlig hilsen\nBo Lind Hansen\n")
    assert _phones(res) == [("79112233", True)]


def test_a_practices_letterhead_listing_its_doctors_gives_the_signers_lines_only(check_text):
    res = check_text("Lægerne Vestervang\nLæge Niels Bøgh · direkte 86 11 22 31 · nibo@vestervang.dk\n"
                     "Læge Anna Kruse · direkte 86 11 22 32 · anku@vestervang.dk\nTelefontid kl. 8-9: 86 11 22 00\n\n"
                     "Til Jobcenter Nordvig\n\nOle Berg kan løfte 5 kg og gå 30 minutter.\n\nMed venlig hilsen\n"
                     "Anna Kruse, læge\n")
    assert res.sender["name"] == "Anna Kruse"
    assert _phones(res) == [("86112232", True), ("86112200", False)]
    assert [(a, p) for a, p, _ in _emails(res)] == [("anku@vestervang.dk", True)]


def test_a_dashed_participant_list_ends_at_the_authors_own_line(check_text):
    res = check_text("Fra: Rygteamet, Nordvig Kommune <rygteam@nordvig.dk>\nTil: Deltagerne\nEmne: Sagsmøde\n\n"
                     "Kære alle\nVi holder sagsmøde tirsdag kl. 13.\nDeltagere:\n– Lis Dam, Jobcenter Nordvig, "
                     "79 31 22 41\n– Per Kok, Sundhedscenter Nordvig, 79 31 55 08\nMeld afbud til mig på 25 11 22 33."
                     "\n\nVenlig hilsen\nHanne Bro Vestergaard\nKoordinator\n")
    assert _phones(res) == [("25112233", True)]


def test_a_shops_number_with_opening_hours_is_the_shops_even_after_me(check_text):
    res = check_text("Fra: hanne@cykelsmeden.dk\nTil: jobcenter@nordvig.dk\nEmne: Vores lærling\n\nHej\nTom kan starte "
                     "igen på 4 timer om dagen. Ring til butikken på 58 11 22 00 (åbent 9-17), hvis I vil tale med mig."
                     "\n\nHilsen\nHanne Smed, indehaver\nCykelsmeden Nordvig\n")
    assert _phones(res) == [("58112200", False)]
    assert [(a, p) for a, p, _ in _emails(res)] == [("hanne@cykelsmeden.dk", True)]


def test_an_address_to_reply_to_in_the_text_is_the_authors(check_text):
    res = check_text("KORT NOTE\nFra: Jobcenter Nordvig, Sygedagpenge\n\nVi beder om en kort vurdering af, hvor mange "
                     "timer Tove kan arbejde. Svar til bolh@nordvig.dk.\n\nHilsen Bo\nSagsbehandler\n")
    assert _emails(res) == [("bolh@nordvig.dk", True, "personal-address-first-person")]


def test_a_shared_mailbox_label_makes_the_address_the_departments(check_text):
    res = check_text(f"{JC}Venlig hilsen\nBo Lind Hansen, Jobcenter Nordvig\nDirekte 79 11 22 33\n"
                     "Fælles postkasse: ydelsesteam.a@nordvig.dk\nbolh@nordvig.dk\n")
    assert sorted((a, p) for a, p, _ in _emails(res)) == [("bolh@nordvig.dk", True),
                                                          ("ydelsesteam.a@nordvig.dk", False)]
    res = check_text(f"{JC}Venlig hilsen\nBo Lind Hansen, Jobcenter Nordvig\nDirekte 79 11 22 33\n"
                     "Fælles postkasse: bl3@nordvig.dk\n")
    assert _emails(res) == [("bl3@nordvig.dk", False, "mailbox-label")]


@pytest.mark.parametrize("line, name", [("Fra: Jensen, Maja Krog <mkj@nordvig.dk>", "Maja Krog Jensen"),
                                        ("Fra: Jensen, Maja Krog <maja.jensen@nordvig.dk>", "Maja Krog Jensen"),
                                        ("Fra: Nordvig, Maja Krog <post@nordvig.dk>", "Maja Krog"),
                                        ('Fra: "Jensen, Maja Krog" <mkj@nordvig.dk>', "Maja Krog Jensen"),
                                        ('Fra: "Jensen, Maja" <mkj@nordvig.dk>', "Maja Jensen")])
def test_a_from_field_with_the_surname_first_and_two_given_names(check_text, line, name):
    res = check_text(f"{line}\nTil: Lægehuset Vestervang <post@vestervang.dk>\nEmne: Tove Krag\n\n{JC}Vh Maja\n"
                     "Jobcenter Nordvig · direkte 79 11 22 33\n")
    assert res.sender["name"] == name


def test_variants_of_the_author_line(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\nMaja Lind, lægesekretær\n"
                     "Diktat: overlæge Bodil Friis\nTlf. 79 12 34 56\n")
    assert res.sender["name"] == "Bodil Friis"
    res = check_text(f"Til Jobcenter Nordvig\n\n{OWN}\nMed venlig hilsen\nErik Dahl v/ datteren Sara Dahl\n"
                     "Tlf. 22 33 44 55\n")
    assert res.sender["name"] == "Sara Dahl"
    res = check_text(f"Til Jobcenter Nordvig\n\n{OWN}\nMed venlig hilsen\nErik Dahl\nSkrevet af sønnen Jonas Dahl\n"
                     "jonas.dahl@post.dk\n")
    assert res.sender["name"] == "Jonas Dahl"
    assert _emails(res) == [("jonas.dahl@post.dk", True, "personal-address")]


def test_a_diktat_line_with_initials_only_leaves_the_signer(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\n\nBodil Friis\nOverlæge\n"
                     "Diktat: BF / sekr. ML\n")
    assert res.sender["name"] == "Bodil Friis"


def test_a_surname_first_name_in_the_citizens_own_address_block(check_text):
    res = check_text(f"Dahl, Sara\nSkovvej 4\n6000 Nordvig\nTlf. 22 33 44 55\n\nTil Jobcenter Nordvig\n\n{OWN}\n"
                     "Venlig hilsen\nSara\n")
    assert res.sender["name"] == "Sara Dahl"
    assert _phones(res) == [("22334455", True)]


@pytest.mark.parametrize("mailbox", ["fys.nord@nordvig.dk", "psyk2@nordvig.dk", "kiro.syd@nordvig.dk"])
def test_a_units_abbreviation_with_a_branch_or_number(check_text, mailbox):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\nBodil Friis\nTlf. 79 12 34 56\n{mailbox}\n")
    assert [(a, p) for a, p, _ in _emails(res)] == [(mailbox, False)]


@pytest.mark.parametrize("sentence, mailbox, personal", [
    ("Svaret kan sendes til bolh@nordvig.dk.", "bolh@nordvig.dk", True),
    ("Send venligst svaret til bolh@nordvig.dk.", "bolh@nordvig.dk", True),
    ("Send venligst svaret til sygedagpenge@nordvig.dk.", "sygedagpenge@nordvig.dk", False)])
def test_the_address_the_answer_goes_to(check_text, sentence, mailbox, personal):
    res = check_text(f"{JC}{sentence}\n\nHilsen Bo Lind\nSagsbehandler\nTlf. 79 11 22 33\n")
    assert [(a, p) for a, p, _ in _emails(res)] == [(mailbox, personal)]


def test_a_contact_line_under_the_date_in_a_head_written_sender_first(check_text):
    res = check_text(f"Fra: Bodil Friis, overlæge\nTil: Jobcenter Nordvig\nDato: 3. marts 2026\nTlf.: 79 12 34 56\n\n"
                     f"{BODY}\nVenlig hilsen\nBodil Friis\n")
    assert _phones(res) == [("79123456", True)]
    res = check_text(f"Til: Jobcenter Nordvig\nFra: Bodil Friis, overlæge\nDato: 3. marts 2026\nSamtykke: Ja\n\n"
                     f"{BODY}\nVenlig hilsen\nBodil Friis\n")
    assert _phones(res) == []


def test_a_letterhead_naming_the_doctors_on_one_line_gives_the_signers_name(check_text):
    res = check_text("Lægerne Vestervang\nNiels Bøgh · Anna Kruse · Lis Kok\nTlf. 86 11 22 00\n\n"
                     "Til Jobcenter Nordvig\n\nOle Berg kan løfte 5 kg og gå 30 minutter.\n\n"
                     "Med venlig hilsen\nAnna Kruse\nLæge\n")
    assert res.sender["name"] == "Anna Kruse"


@pytest.mark.parametrize("subject", ["Ida Krag – spørgsmål om arbejdsevne", "Ida Krags sygemelding",
                                     "Ida Krag - status"])
def test_a_subject_about_someone_by_name_under_the_date_is_no_letterhead(check_text, subject):
    res = check_text(f"Nordvig, 4. februar 2026\n\n{subject}\n\nKære læge\n\nVi vil gerne vide, hvor mange timer "
                     "Ida kan arbejde.\n\nVenlig hilsen\nBo Lind\nSagsbehandler, Jobcenter Nordvig\nTlf. 79 11 22 33\n")
    assert res.sender["name"] == "Bo Lind"


@pytest.mark.parametrize("head", ["Mette Hansen - fysioterapeut", "Mette Hansens Fysioterapi"])
def test_a_one_line_letterhead_of_a_person_or_clinic_stays_the_letterhead(check_text, head):
    res = check_text(f"{head}\n\nJobcenter Nordvig\nTorvet 1\n6000 Nordvig\n\n{BODY}\nVenlig hilsen\nMette\n"
                     "Tlf. 79 11 22 33\n")
    assert res.sender["name"] == "Mette Hansen"


@pytest.mark.parametrize("sign", ["karen holm", "bo lind"])
def test_a_name_typed_in_lower_case_under_the_closing(check_text, sign):
    res = check_text(f"Kære Jobcenter\n\n{OWN}\nmvh\n{sign}\n22 33 44 55\n")
    assert (res.sender["name"] or "").lower() == sign
    assert _phones(res) == [("22334455", True)]


def test_a_lower_case_line_that_is_no_name_stays_none(check_text):
    res = check_text(f"Kære Jobcenter\n\n{OWN}\nmvh\nsendt fra min telefon\n")
    assert res.sender["name"] is None


@pytest.mark.parametrize("line", ["Mvh Karen Holm 22 33 44 55", "Mvh Karen Holm +45 2233 4455",
                                  "Mvh Karen Holm 22334455"])
def test_a_number_right_after_the_name_on_the_closing_line_is_no_house_number(check_text, line):
    res = check_text(f"Kære Bo\n\n{OWN}\n{line}\n\n-----Oprindelig meddelelse-----\nFra: Bo Lind <bl@nordvig.dk>\n"
                     "Til: Karen Holm\nEmne: Opstart\n\nKære Karen\nRing til mig på 79 11 22 33.\nBo Lind\n")
    assert res.sender["name"] == "Karen Holm"
    assert _phones(res) == [("22334455", True)]


def test_a_street_number_after_a_name_still_ends_it(check_text):
    res = check_text(f"Kære Jobcenter\n\n{OWN}\nMvh\nKaren Holm\nSkovvej 22\n6000 Nordvig\n")
    assert res.sender["name"] == "Karen Holm"
