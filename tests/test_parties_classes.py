"""The parties classes of stop 24 (issue 12, "Parties"): the citizen named only in the text, in an unlabelled
subject, after a reply's prefix, as the author or as the author's relative; recipients that are no address
(headings, sentences, role words, placeholders, the sender's own block), recipients joined by "og", the
greeting's organisation. Every letter here is invented; each test names the layout it stands for, and the
negative cases hold the precision (a wrong name shown is worse than none)."""

from __future__ import annotations

import pytest


def _kind(res, kind: str) -> list[dict]:
    return [p for p in res.parties if p["kind"] == kind]


def _citizen(res) -> tuple[str | None, str | None]:
    found = _kind(res, "citizen")
    assert len(found) <= 1, res.parties
    return (found[0]["name"], found[0]["reason"]) if found else (None, None)


def _recipients(res) -> list[tuple[str | None, str | None]]:
    return [(p["name"], p["organisation"]) for p in _kind(res, "recipient")]


SIGN = """
Venlig hilsen
Rikke Sørensen
Fysioterapeut, Sundhedscenter Vestby
Direkte 71 22 33 44
"""


# -- the citizen named only in the text ------------------------------------------------------------------------

def test_the_full_name_the_text_keeps_mentioning_is_the_citizen(check_text):
    text = ("Jobcenter Vestby\nAtt.: Bodil Nyrup\n\n4. maj 2026\n\n"
            "Henrik Stavnsholt har gået til træning hos os i seks uger. Henrik har givet lov til, at jeg skriver.\n\n"
            "Henrik kan nu gå en time og sidde 40 minutter ad gangen. Han bør ikke løfte over 10 kg.\n" + SIGN)
    res = check_text(text)
    assert _citizen(res) == ("Henrik Stavnsholt", "mentioned-most")
    assert _recipients(res) == [("Bodil Nyrup", "Jobcenter Vestby")]


def test_two_names_mentioned_as_often_give_no_citizen(check_text):
    text = ("Jobcenter Vestby\n\n4. maj 2026\n\n"
            "Jeg har talt med Henrik Stavnsholt og med Ulla Brøgger om holdet. Holdet starter igen i juni.\n" + SIGN)
    assert _citizen(check_text(text)) == (None, None)


def test_a_name_mentioned_once_without_a_cue_is_not_taken_for_the_citizen(check_text):
    text = ("Jobcenter Vestby\n\n4. maj 2026\n\n"
            "Jeg har talt med Ulla Brøgger om holdet. Holdet starter igen i juni, og der er plads til flere.\n" + SIGN)
    assert _citizen(check_text(text)) == (None, None)


@pytest.mark.parametrize("sentence, name", [
    ("Her er en kort status på Per Lykkegaard. Per træner to gange om ugen.", "Per Lykkegaard"),
    ("Jeg skriver om din patient Bo Halling, som træner to gange om ugen.", "Bo Halling"),
])
def test_a_name_right_after_status_paa_or_din_patient_in_the_text(check_text, sentence, name):
    text = f"Til Jobcenter Vestby\n\n{sentence}\n" + SIGN
    assert _citizen(check_text(text)) == (name, "about")


def test_a_birth_date_right_after_a_name_in_the_text(check_text):
    text = ("Hej Ole\n\nKaren Vedsted (f. 02.10.1975) er sygemeldt med ondt i ryggen. Kan du sende en status?\n\n"
            "Hilsen\nBirthe Lauesen, sagsbehandler\nTlf. 96 11 22 33 (direkte)\n")
    assert _citizen(check_text(text)) == ("Karen Vedsted", "birth-date-line")


# -- the citizen in a subject or head line -----------------------------------------------------------------------

@pytest.mark.parametrize("subject", ["Om Karl Enevoldsen", "Spørgsmål om Karl Enevoldsen",
                                     "Status efter operation – Karl Enevoldsen"])
def test_an_unlabelled_subject_line_names_the_citizen(check_text, subject):
    text = f"Sundhedscenter Vestby\nTorvet 1, 7000 Vestby\n\nTil Jobcenter Vestby\n\n4. maj 2026\n\n{subject}\n\n" \
           "Han træner to gange om ugen og kan arbejde 15 timer.\n" + SIGN
    assert _citizen(check_text(text)) == ("Karl Enevoldsen", "about")


def test_a_subject_line_after_a_replys_prefixes_with_a_name_that_is_also_a_word(check_text):
    text = ("Fra: Rikke Sørensen <rikke.soerensen@vestby.dk>\nTil: Jobcenter Vestby <jobcenter@vestby.dk>\n"
            "Sendt: 4. maj 2026 10:00\nEmne: SV: VS: Bo Kjærgaard – opfølgning\n\nHej\n\n"
            "Bo træner to gange om ugen og kan arbejde 15 timer.\n" + SIGN)
    assert _citizen(check_text(text)) == ("Bo Kjærgaard", "subject-line")


def test_a_subject_naming_a_professional_after_the_role_gives_no_citizen(check_text):
    text = ("Til Jobcenter Vestby\n\n4. maj 2026\n\nVedr.: Henvisning fra fysioterapeut Lise Bonde\n\n"
            "Borgeren træner to gange om ugen.\n" + SIGN)
    assert _citizen(check_text(text))[0] != "Lise Bonde"


def test_an_attention_line_for_someone_names_the_citizen_not_the_recipient(check_text):
    text = ("Nordpack A/S\nIndustrivej 8, 7000 Vestby\n\nTil Jobcenter Vestby\nAtt.: sagsbehandler for Ib Kornum\n\n"
            "4. maj 2026\n\nVedr.: vores medarbejder Ib Kornum\n\nVi kan tilbyde lettere opgaver på lageret.\n\n"
            "Med venlig hilsen\nLene Holt\nPersonalechef\nTlf. 23 45 67 89\n")
    res = check_text(text)
    assert _citizen(res)[0] == "Ib Kornum"
    assert _recipients(res) == [(None, "Jobcenter Vestby")]


# -- the author as the citizen, the author's relative ------------------------------------------------------------

def test_the_citizen_writing_about_their_own_back_is_the_citizen(check_text):
    text = ("Fra: Sanne Mølbjerg <sannem@postkasse.dk>\nTil: Jobcenter Vestby <jobcenter@vestby.dk>\n"
            "Sendt: 4. maj 2026 20:10\nEmne: Mødet på torsdag\n\nHej Tove\n\n"
            "Min ryg er ikke blevet bedre, og jeg kan ikke sidde i bussen så længe. Kan vi tage mødet i telefonen?\n\n"
            "Hilsen Sanne\n")
    res = check_text(text)
    assert _citizen(res) == ("Sanne Mølbjerg", "author-is-citizen")
    assert res.sender["name"] == "Sanne Mølbjerg"  # the sender stays the sender reader's


def test_a_professional_writing_in_the_first_person_is_not_the_citizen(check_text):
    text = ("Til Jobcenter Vestby\n\nJeg har set borgeren fire gange. Min vurdering er, at hun kan arbejde "
            "15 timer om ugen.\n" + SIGN)
    assert _citizen(check_text(text)) == (None, None)


def test_a_relative_writing_names_the_citizen_by_their_relation(check_text):
    text = ("Til Jobcenter Vestby\n\nJeg skriver for min mor, Inger Lyngby, fordi hun har svært ved at skrive "
            "efter operationen.\n\nHun kan ikke komme til mødet på tirsdag.\n\nHilsen Trine\n")
    assert _citizen(check_text(text)) == ("Inger Lyngby", "relative-of-author")


def test_a_citizens_own_relative_stays_another_person(check_text):
    text = ("Til Jobcenter Vestby\n\nJeg hedder Ole Kaas og er sygemeldt med ondt i ryggen. Min læge siger, jeg skal "
            "vente med at starte. Min kone Gitte Kaas kan også svare, hvis I ringer.\n\n"
            "Hilsen\nOle Kaas\nMobil: 31 45 62 78\n")
    res = check_text(text)
    assert _citizen(res) == ("Ole Kaas", "author-is-citizen")
    assert [p["name"] for p in _kind(res, "other")] == ["Gitte Kaas"]


# -- recipients that are no address ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["STATUS TIL JOBCENTRET", "Svar på jobcentrets spørgsmål", "Til sagsbehandleren",
                                  "Til jobcentret", "Tak for jeres svar.", "«Modtager»"])
def test_headings_sentences_role_words_and_placeholders_are_no_recipient(check_text, line):
    text = ("Fra: Rikke Sørensen <rikke.soerensen@vestby.dk>\nTil: Jobcenter Vestby <jobcenter@vestby.dk>\n"
            f"Sendt: 4. maj 2026 10:00\nEmne: Status\n\n{line}\n\nBorgeren træner to gange om ugen.\n" + SIGN)
    assert _recipients(check_text(text)) == [(None, "Jobcenter Vestby")]


@pytest.mark.parametrize("to", ["Til: «Lægens navn»", "Til: Kiropraktor {{modtager_navn}}", "Til: {{ modtager }}"])
def test_a_placeholder_in_the_to_field_is_no_recipient(check_text, to):
    text = f"Jobcenter Vestby\nTorvet 2, 7000 Vestby\n\n{to}\n\n4. maj 2026\n\nKære «Lægens navn»\n\n" \
           "Vi beder om en status.\n\nVenlig hilsen\nBirthe Lauesen\nSagsbehandler\nTlf. 96 11 22 33\n"
    assert _recipients(check_text(text)) == []


def test_the_senders_own_address_block_under_a_printout_is_no_recipient(check_text):
    text = ("Digital Post – kopi af sendt meddelelse\nAfsender: Lægehuset Ved Åen\nModtager: Jobcenter Vestby\n"
            "Sendt: 04.05.2026 14:05\n\nLægehuset Ved Åen\nÅvej 6, 7000 Vestby\n\nHej Tove\n\n"
            "Borgeren har givet lov til, at jeg svarer dig.\n\nVenlig hilsen\nKim Fogh\nPraktiserende læge\n"
            "Tlf. 29 15 44 06\n")
    assert _recipients(check_text(text)) == [("Tove", "Jobcenter Vestby")]


def test_the_same_organisation_twice_is_one_recipient(check_text):
    text = ("Digital Post – kopi af sendt meddelelse\nAfsender: Lægehuset Ved Åen\nModtager: Jobcenter Vestby\n"
            "Sendt: 04.05.2026 14:05\n\nTil Jobcenter Vestby\n\nBorgeren har givet lov til, at jeg svarer.\n\n"
            "Venlig hilsen\nKim Fogh\nPraktiserende læge\nTlf. 29 15 44 06\n")
    assert _recipients(check_text(text)) == [(None, "Jobcenter Vestby")]


# -- recipients joined by "og", the greeting's organisation, a heading's ------------------------------------------

@pytest.mark.parametrize("to, expected", [
    ("Til: Jobcenter Vestby og Lægehuset Ved Åen", [(None, "Jobcenter Vestby"), (None, "Lægehuset Ved Åen")]),
    ("Til: Jobcenter Vestby, Sundhedscenter Vestby og Lægehuset Ved Åen",
     [(None, "Jobcenter Vestby"), (None, "Sundhedscenter Vestby"), (None, "Lægehuset Ved Åen")]),
    ("Til: Jobcenter Vestby og min læge", [(None, "Jobcenter Vestby")]),
    ("Til: Afdeling for Ryg og Led, Vestby Sygehus", [(None, "Afdeling for Ryg og Led")]),
    ("Til: Vestby Sygehus, Smerte- og Rygcentret", [(None, "Vestby Sygehus")]),
])
def test_addressees_joined_by_og(check_text, to, expected):
    text = f"Sundhedscenter Nordby\nTorvet 1, 7100 Nordby\n\n{to}\n\n4. maj 2026\n\n" \
           "Borgeren træner to gange om ugen.\n" + SIGN
    assert _recipients(check_text(text)) == expected


@pytest.mark.parametrize("greeting, expected", [("Kære Jobcenter Vestby", [(None, "Jobcenter Vestby")]),
                                                ("Kære sagsbehandler i Jobcenter Vestby", [(None, "Jobcenter Vestby")]),
                                                ("Kære sagsbehandler", []), ("Kære Sundhedscenter", [])])
def test_a_greeting_to_an_organisation_names_the_recipient_when_nothing_else_does(check_text, greeting, expected):
    text = f"{greeting}\n\nBorgeren træner to gange om ugen og kan arbejde 15 timer.\n" + SIGN
    assert _recipients(check_text(text)) == expected


def test_a_heading_to_a_named_organisation_gives_the_recipient_when_nothing_else_does(check_text):
    text = "SVAR TIL JOBCENTER VESTBY\n\nBorger: Karl Enevoldsen\n\nSpørgsmål 1: Hvad kan borgeren?\nSvar: " \
           "Han kan gå en time.\n" + SIGN
    res = check_text(text)
    assert [r["reason"] for r in _kind(res, "recipient")] == ["heading"]
    assert _recipients(res) == [(None, "JOBCENTER VESTBY")]
    generic = check_text(text.replace("SVAR TIL JOBCENTER VESTBY", "SPØRGSMÅL TIL EGEN LÆGE OM BORGERENS ARBEJDSEVNE"))
    assert _recipients(generic) == []


def test_the_greetings_first_name_joins_the_to_fields_organisation(check_text):
    text = ("Fra: Rikke Sørensen <rikke.soerensen@vestby.dk>\nTil: Jobcenter Vestby\n"
            "Sendt: 4. maj 2026 10:00\nEmne: Status\n\nTil jobcentret\n\nHej Tove\n\n"
            "Borgeren træner to gange om ugen.\n" + SIGN)
    assert _recipients(check_text(text)) == [("Tove", "Jobcenter Vestby")]


def test_a_genitive_in_the_subject_is_the_name_the_text_writes(check_text):
    text = ("Sundhedscenter Vestby\nTorvet 1, 7000 Vestby\n\nTil Jobcenter Vestby\n\n4. maj 2026\n\n"
            "Spørgsmål om Pia Holmgaards muligheder for arbejde\n\n"
            "Pia Holmgaard går til træning hos os.\n" + SIGN)
    assert _citizen(check_text(text)) == ("Pia Holmgaard", "about")
    alone = text.replace("Pia Holmgaard går", "Hun går")  # no other form written: the name stays as written
    assert _citizen(check_text(alone))[0] == "Pia Holmgaards"


def test_a_subject_with_a_cpr_number_after_the_name(check_text):
    text = ("Fra: Birthe Lauesen <bla@vestby.dk>\nTil: Reumaklinikken Vestby <klinik@reuma-vestby.dk>\n"
            "Sendt: 4. maj 2026 10:00\nEmne: LÆ 265 - Karl Enevoldsen, 120476-XXXX\n\nKære reumatolog\n\n"
            "Vi beder om en statusattest.\n\nVenlig hilsen\nBirthe Lauesen\nSagsbehandler\nTlf. 96 11 22 33\n")
    assert _citizen(check_text(text)) == ("Karl Enevoldsen", "subject-line")


@pytest.mark.parametrize("sentence", ["Jeg er datter af Inger Lyngby og skriver for hende.",
                                      "Jeg skriver om min mor, Inger Lyngby, som går til træning hos jer."])
def test_the_person_the_author_is_a_relative_of(check_text, sentence):
    text = f"Til Sundhedscenter Vestby\n\n{sentence} Hun kan ikke komme på tirsdag.\n\nHilsen Trine\n"
    assert _citizen(check_text(text))[0] == "Inger Lyngby"


def test_a_name_followed_by_its_citizen_word(check_text):
    text = ("Til: Jobcenter Vestby\nDato: 4. maj 2026\n\nKære Nina\n\nI går ringede Brian Skovgaard (medlem hos os) "
            "til os. Han er nervøs for mødet.\n\nHilsen\nA-kassen Vestby\nTlf. 70 20 30 40\n")
    assert _citizen(check_text(text)) == ("Brian Skovgaard", "about")


def test_the_subject_counts_as_a_mention(check_text):
    text = ("Fra: Bo Kjær <bo@kjaer-byg.dk>\nTil: Jobcenter Vestby <jobcenter@vestby.dk>\nSendt: 4. maj 2026 10:00\n"
            "Emne: Kasper - kan han starte igen?\n\nJeg er formand for Kasper Nielsen på pladsen. Vi savner ham.\n\n"
            "Mvh Bo\n")
    assert _citizen(check_text(text)) == ("Kasper Nielsen", "mentioned-most")


def test_the_citizen_who_is_also_an_addressee_is_both(check_text):
    text = ("Vestby Kommune\nRehabiliteringsteamet\n\n"
            "Til: Borger Inge Skovby, egen læge Karsten Lyng og Jobcenter Vestby\n\n4. maj 2026\n\n"
            "Teamets indstilling vedrørende Inge Skovby\n\nTeamet indstiller et ressourceforløb.\n\n"
            "Med venlig hilsen\nGitte Bundgaard\nKoordinator\nTlf. 99 31 64 20\n")
    res = check_text(text)
    assert _citizen(res)[0] == "Inge Skovby"
    assert _recipients(res) == [("Inge Skovby", None), ("Karsten Lyng", None), (None, "Jobcenter Vestby")]


@pytest.mark.parametrize("line", ["Til sagsbehandleren for Ib Kornum", "Funktionsniveau ved test den [INDSÆT DATO]:",
                                  "STATUSRAPPORT FRA FYSIOTERAPEUT"])
def test_a_role_for_the_citizen_a_label_or_a_report_heading_is_no_recipient(check_text, line):
    text = ("Fra: Rikke Sørensen <rikke.soerensen@vestby.dk>\nTil: Jobcenter Vestby <jobcenter@vestby.dk>\n"
            f"Sendt: 4. maj 2026 10:00\nEmne: Status\n\n{line}\n\nBorgeren træner to gange om ugen.\n" + SIGN)
    assert _recipients(check_text(text)) == [(None, "Jobcenter Vestby")]


def test_a_professional_named_twice_with_a_workplace_is_not_the_citizen(check_text):
    text = ("Jobcenter Vestby\n\n4. maj 2026\n\nJeg har talt med Lise Bonde fra jobcentret om borgeren. "
            "Lise Bonde mener, at han kan starte i praktik. Lise ringer til ham.\n" + SIGN)
    res = check_text(text)
    assert _citizen(res) == (None, None)
    assert [p["name"] for p in _kind(res, "other")] == ["Lise Bonde"]


def test_a_professionals_own_colleague_and_work_do_not_make_them_the_citizen(check_text):
    text = ("Til Jobcenter Vestby\n\nMin kollega og jeg har set borgeren fire gange. I mit arbejde med rygpatienter "
            "ser jeg ofte, at træningen hjælper. Hun kan nu arbejde 15 timer om ugen.\n" + SIGN)
    assert _citizen(check_text(text)) == (None, None)


def test_the_full_name_right_before_a_cpr_number_and_no_citizen_from_an_author_line(check_text):
    head = "Sundhedscenter Vestby\nTorvet 1, 7000 Vestby\n\nTil Jobcenter Vestby\n\n4. maj 2026\n\n"
    cpr = check_text(head + "Ergoterapeutisk vurdering af Per Lauritsen, 120371-XXXX\n\nHan træner.\n" + SIGN)
    assert _citizen(cpr) == ("Per Lauritsen", "cpr-line")
    author = check_text(head + "Udfyldt af Lise Bonde\n\nBorgeren træner to gange om ugen.\n" + SIGN)
    assert _citizen(author)[0] is None
