"""Stop 30 sender classes after the held-out figure (every letter here is our own):

- an address at a private mail service (gmail, hotmail, …; cue `private-mail-domain`) is a private person's own, never a
  unit's shared mailbox, also with a number in its local part ("bo.k.1971@…"): a relative writing for the citizen
  gives their own address (RULES.md kontakt.email: the author's own address counts; a function mailbox does not);
- a secretary who signs in her own name with no p.v.a. line is the sender: when the letter gives the secretariat's
  number apart (a telefontid line with another number), the number in her own block is hers (RULES.md
  kontakt.telefon: a number under the sender's name counts); with no such line, or under a p.v.a. signature, her
  block's number stays the secretariat's (stop 27);
- a name on a head line right after "om"/"vedrørende" ("Statusnotat om Ida Bang") or right before a birth ("Ida Bang,
  født 1985", "(f. 2.3.1985)") is the citizen the letter is about, never the sender; a one-line closing's name below
  is the sender's (RULES.md kontakt.navn: the sender's name; the citizen's details never count);
- an author field in a form's text ("Udfyldt af: …, ergoterapeut,") whose value wraps onto an indented line keeps the
  phone and mail lines under it the author's (RULES.md Sender's contact details: the sender block counts)."""

from __future__ import annotations

from sender_helpers import email_map, kontakt_rules, sender_phones

# -- a private mail service's address is a person's own ------------------------------------------------------------

RELATIVE = ("Til jobcentret i Vejle\n\nMin søn, Mikkel Strand, har så ondt i nakken, at han ikke kan komme til "
            "samtalen på torsdag. Han har bedt mig om at give jer besked og sige, at han gerne vil have en ny tid. "
            "I må gerne ringe til mig på 51 22 83 40 eller skrive til {mail}.\n\nMange hilsner\nSten\n"
            "(Mikkels far)\n")


def test_private_service_address_with_a_year_is_the_relatives_own(check_text):
    res = check_text(RELATIVE.format(mail="sten.b.1959@hotmail.com"), only=set())
    assert email_map(res) == {"sten.b.1959@hotmail.com": True}
    assert "kontakt.email" not in kontakt_rules(res)


def test_private_service_address_of_initials_and_number_is_personal(check_text):
    res = check_text(RELATIVE.format(mail="bs.7.41@gmail.com"), only=set())
    assert email_map(res) == {"bs.7.41@gmail.com": True}


def test_numbered_mailbox_at_an_organisation_stays_a_function_mailbox(check_text):
    # near miss: a numbered team mailbox at the organisation's own domain is still a unit's
    res = check_text(RELATIVE.format(mail="team.3@vejle.dk"), only=set())
    assert email_map(res) == {"team.3@vejle.dk": False}


# -- a secretary signing in her own name, the secretariat's line given apart ---------------------------------------

SEC_BODY = ("Fra: Neurokirurgisk Sekretariat <neurokir.sekretariat@rm.dk>\nTil: Jobcenter Skive <jobcenter@skive.dk>\n"
            "Emne: Svar om Henning Bak\n\nKære jobcenter\n\nHenning Bak har givet samtykke til, at vi svarer jer. "
            "Afdelingslæge Maja Lund har talt med ham i dag og har bedt mig sende jer dette: Henning er chauffør og "
            "kan køre 2 timer ad gangen. Han må ikke løfte over 8 kg i 6 uger. Derefter forventer hun, at han kan "
            "køre fuld tid igen.\n\n{hours}Med venlig hilsen\n{pva}Hanne Vest\nLægesekretær\ntlf. 78 44 12 36\n")


def test_secretarys_own_number_is_hers_when_the_secretariats_line_is_given_apart(check_text):
    res = check_text(SEC_BODY.format(hours="Sekretariatet har telefontid kl. 8-11 på 78 44 12 00.\n\n", pva=""),
                     only=set())
    assert sender_phones(res) == {("78441200", False), ("78441236", True)}
    assert res.sender["name"] == "Hanne Vest"
    assert "kontakt.afdeling" not in kontakt_rules(res)


def test_secretarys_block_number_stays_the_secretariats_with_no_line_apart(check_text):
    # near miss: no other number of the unit in the letter: her block's plain number is the secretariat's (stop 27)
    res = check_text(SEC_BODY.format(hours="", pva=""), only=set())
    assert sender_phones(res) == {("78441236", False)}


def test_secretarys_block_under_pva_stays_the_secretariats_with_a_line_apart(check_text):
    # near miss: under a p.v.a. signature the professional is the sender; her plain number stays the secretariat's
    res = check_text(SEC_BODY.format(hours="Sekretariatet har telefontid kl. 8-11 på 78 44 12 00.\n\n",
                                     pva="p.v.a. afdelingslæge Maja Lund\n\n"), only=set())
    assert ("78441236", True) not in sender_phones(res)


# -- the citizen on a head line is no sender ------------------------------------------------------------------------

ONE_LINE = ("Til Jobcenter Herning, att. Pia Dal\n\n{title}\n\nIda går til træning hos mig for ondt i skulderen. Hun "
            "er frisør og skal kunne holde armene oppe i lang tid. Lige nu kan hun klippe i 30 minutter ad gangen. "
            "Jeg vurderer, at hun kan arbejde 15 timer om ugen fra 1. maj og fuld tid efter sommerferien. Ida har "
            "givet mig lov til at skrive til jer.\n\n"
            "Hilsen Rasmus Kjær, fysioterapeut, Klinik Nord · mobil 4012 7788 · rk@kliniknord.dk\n")


def test_name_after_om_with_a_birth_year_on_a_title_line_is_the_citizen(check_text):
    res = check_text(ONE_LINE.format(title="Statusnotat om Ida Bang, født 1985"), only=set())
    assert res.sender["name"] == "Rasmus Kjær"


def test_name_after_vedroerende_on_a_title_line_is_the_citizen(check_text):
    res = check_text(ONE_LINE.format(title="Udtalelse vedrørende Ida Bang"), only=set())
    assert res.sender["name"] == "Rasmus Kjær"


def test_name_before_a_birth_date_in_parentheses_is_the_citizen(check_text):
    res = check_text(ONE_LINE.format(title="Ida Bang (f. 2.3.1985) – status"), only=set())
    assert res.sender["name"] == "Rasmus Kjær"


def test_letterhead_owner_name_stays_the_senders(check_text):
    # near miss: a practitioner's own name heading the letter, no "om" and no birth after it, stays the sender's
    text = ("Fysioterapeut Rasmus Kjær\nKlinik Nord, Storegade 4, 7400 Herning\n\nTil Jobcenter Herning\n\n"
            "Status om Ida Bang\n\nIda går til træning hos mig to gange om ugen. Hun kan arbejde 15 timer om ugen fra "
            "1. maj.\n\nVenlig hilsen\nRasmus Kjær\n")
    res = check_text(text, only=set())
    assert res.sender["name"] == "Rasmus Kjær"


# -- an author field whose value wraps onto the next line keeps its contact lines ----------------------------------

QA = ("Jobcenter Ikast · Spørgsmål til behandler\n\nBorger: Lars Munk, f. 12.06.1980\nSagsbehandler: Eva Skov\n\n"
      "Jobcentret stiller spørgsmålene, og behandleren skriver svarene.\n\n"
      "Udfyldt af: Signe Krog Mortensen, ergoterapeut,\n{wrap}"
      "Direkte tlf.: 96 11 42 70\nE-mail: signe.krog@ikast-traening.dk\nDato: 4. maj 2026\n\n"
      "1. Hvad arbejder borgeren med?\nSvar: Lars er lagerarbejder og kører truck det meste af dagen.\n\n"
      "2. Hvad kan borgeren i dag?\nSvar: Han kan sidde i 45 minutter og løfte 10 kg.\n\n"
      "Returneres til: Jobcenter Ikast, Tlf. 96 11 30 00, jobcenter@ikast.dk\n")


def test_author_fields_wrapped_value_keeps_the_mail_line_under_it(check_text):
    res = check_text(QA.format(wrap="             Træningscenter Ikast\n"), only=set())
    assert email_map(res).get("signe.krog@ikast-traening.dk") is True
    assert "kontakt.email" not in kontakt_rules(res)


def test_author_field_on_one_line_keeps_the_mail_line_under_it(check_text):
    # near miss: no wrapped line, as before
    res = check_text(QA.format(wrap="").replace("ergoterapeut,\n", "ergoterapeut\n"), only=set())
    assert email_map(res).get("signe.krog@ikast-traening.dk") is True


def test_a_sentence_after_the_author_field_ends_its_lines(check_text):
    # near miss: a sentence of the text after the author's field is no wrapped value; the mail in it is no field
    text = ("Udfyldt af: Signe Krog Mortensen, ergoterapeut\n"
            "Borgeren kan kontakte sin sagsbehandler på mail, hvis der er spørgsmål til forløbet eller planen.\n")
    res = check_text(QA.format(wrap="").split("Udfyldt af")[0] + text, only=set())
    assert res.sender["emails"] == []
