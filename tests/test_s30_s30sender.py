"""Stop 30 sender-bank classes (the sender bank sn showed them; every letter here is invented):

- a union, an a-kasse or the workplace as the author's organisation makes the letter `generel` whatever it discusses
  (RULES.md Profiles): a union named as one word ending in -forbund(et) ("Kontorforbundet") is such a sender, and so is
  a writer naming no organisation who speaks for the member or as the shop steward ("på vegne af vores medlem",
  "Jeg er tillidsrepræsentant på …"), also to the job centre;
- a head typed in two columns whose right column is the sender's labelled block under its own organisation's line,
  which the signature names, beside an address block the signature does not name: the left column is the
  addressee's (its number no sender's); a left column naming the signer's organisation stays the letterhead;
- a printout's head as one line of fields ("Fra: … · Til: … · Sendt: …") over the sender's own block naming the
  header's sender: that block is the letterhead, and the line's "Til:" field names the recipient;
- a form's field naming a cooperating professional ("Samarbejdende behandler: …") beside its "Udfyldt af: …": another
  professional's line, not the sender's; a bare "Behandler: …" stays the author's own;
- a hard-wrapped sentence whose number in groups was kept whole on the next line ("… eller fastnet" / "86 … om
  formiddagen"): the sentence goes on, so the author's own number counts."""

from __future__ import annotations

from sender_helpers import email_map, kontakt_rules, phone_map, profile_of

UNION_BODY = ("Malene Krogh arbejder som lagermedarbejder og har været sygemeldt i seks uger med ondt i lænden. "
              "Hun har givet os lov til at skrive. Hun kan arbejde, hvis hun ikke skal løfte over 10 kg, og vil gerne "
              "starte med 15 timer om ugen.")


# -- a union or a shop steward writing is generel --------------------------------------------------------------------

def test_a_union_named_by_a_forbund_word_is_generel_also_to_the_job_centre(check_text):
    text = ("Fra: Medlemsteamet, Lagerforbundet <medlem@lagerforbundet.dk>\n"
            "Til: Jobcenter Vestby <jobcenter@vestby.dk>\nEmne: Malene Krogh\n\nKære Jobcenter Vestby\n\n"
            + UNION_BODY + "\n\nVenlig hilsen\nMedlemsteamet\nLagerforbundet\nTlf. 70 30 40 50 (telefontid kl. 9-14)\n")
    assert profile_of(check_text, text) == ("generel", "neither")


def test_a_writer_speaking_for_the_member_is_generel(check_text):
    text = ("Til Jobcenter Vestby\n\nHej\n\nJeg skriver på vegne af vores medlem Malene Krogh. " + UNION_BODY +
            "\n\nHilsen\nBo\nmobil 2233 4455\n")
    assert profile_of(check_text, text) == ("generel", "other-self")


def test_a_shop_steward_speaking_of_himself_is_generel(check_text):
    text = ("Til Jobcenter Vestby, sygedagpenge\n\nHej\n\nJeg er tillidsrepræsentant på Vestby Mejeri og skriver om "
            "min kollega Malene Krogh, som har været sygemeldt i seks uger. Hun kan køre truck, hvis hun ikke skal "
            "løfte. Kan vi få et møde?\n\nHilsen\nTR Bo\nmobil 2233 4455\n")
    assert profile_of(check_text, text) == ("generel", "other-self")
    res = check_text(text)
    assert phone_map(res) == {"22334455": True}


def test_near_miss_a_clinic_writing_of_its_own_staff_is_still_the_health_side(check_text):
    # "medlem" of no one's organisation and no shop steward: the clinician's report stays sundhed-til-job
    text = ("Til Jobcenter Vestby\n\nKære sagsbehandler\n\nJeg er fysioterapeut og har set Malene Krogh fire gange. "
            "Hun er medlem af et træningshold hos os og kan løfte 10 kg.\n\nVenlig hilsen\nBo Hald\n")
    assert profile_of(check_text, text)[0] == "sundhed-til-job"


def test_near_miss_a_job_centre_naming_the_citizens_union_stays_job_til_sundhed(check_text):
    text = ("Jobcenter Vestby\nSygedagpenge\nSagsbehandler: Lone Berg\nDirekte 76 40 21 12\nlobe@vestby.dk\n\n"
            "Til Lægehuset Torvet\n\nKære læge\n\nMalene Krogh er sygemeldt. Hendes fagforbund, Lagerforbundet, har "
            "bedt om et møde. Vi beder dig udfylde vedlagte LÆ 265 inden 1. juni, så vi kan planlægge hendes "
            "tilbagevenden. Hun har givet samtykke.\n\nVenlig hilsen\nLone Berg\n")
    assert profile_of(check_text, text)[0] == "job-til-sundhed"


# -- a two-column head: the addressee on the left ---------------------------------------------------------------------

TWO_COLUMNS = ("Jobcenter Vestby                           Lagerforbundet\n"
               "Team Sygedagpenge                          Sagsbehandler: Nanna Bøgh\n"
               "Torvet 3                                   Direkte tlf. 70 30 41 17\n"
               "7100 Vestby                                E-mail: nabo@lagerforbundet.dk\n"
               "Tlf. 76 40 00 00                           Dato: 2. maj 2026\n\n"
               "Vedr. vores medlem Malene Krogh\n\n" + UNION_BODY + "\n\nVenlig hilsen\nNanna Bøgh\n")


def test_the_left_column_beside_the_signers_organisation_is_the_addressee(check_text):
    res = check_text(TWO_COLUMNS + "Lagerforbundet · Hovednummer 70 30 40 00\n")
    assert res.profile == "generel"
    assert phone_map(res) == {"70304117": True, "70304000": False}
    assert email_map(res) == {"nabo@lagerforbundet.dk": True}
    assert not kontakt_rules(res)


def test_near_miss_a_left_column_naming_the_signers_own_organisation_stays_the_letterhead(check_text):
    text = ("Jobcenter Vestby                           Sagsbehandler: Nanna Bøgh\n"
            "Team Sygedagpenge                          Direkte tlf. 76 40 21 17\n"
            "Torvet 3                                   E-mail: nabo@vestby.dk\n"
            "7100 Vestby                                Dato: 2. maj 2026\n"
            "Tlf. 76 40 00 00\n\nTil Lægehuset Torvet\n\nKære læge\n\nVi beder dig udfylde vedlagte LÆ 265 om "
            "Malene Krogh inden 1. juni, så vi kan planlægge hendes tilbagevenden. Hun har givet samtykke."
            "\n\nVenlig hilsen\nNanna Bøgh\nJobcenter Vestby\n")
    res = check_text(text)
    assert res.profile == "job-til-sundhed"
    assert phone_map(res) == {"76402117": True, "76400000": False}


# -- a one-line printout head over the sender's block ----------------------------------------------------------------

def test_the_block_under_a_one_line_printout_head_naming_its_sender_is_the_letterhead(check_text):
    text = ("Digital Post – kopi af sendt meddelelse\n"
            "Fra: A-kassen Vestby · Til: Jobcenter Vestby · Sendt: 04.05.2026 kl. 09:12\n\n"
            "A-kassen Vestby\nRådgiver Lise Mark Holt\nDirekte 70 30 52 18 · Hovednummer 70 30 52 00\n"
            "E-mail lmh@akassevestby.dk\n\nVedr. vores medlem Malene Krogh\n\n" + UNION_BODY +
            "\n\nVenlig hilsen\nLise Mark Holt\n")
    res = check_text(text)
    assert res.profile == "generel"
    assert phone_map(res) == {"70305218": True, "70305200": False}
    assert email_map(res) == {"lmh@akassevestby.dk": True}
    assert not kontakt_rules(res)


def test_the_one_line_printout_heads_til_field_is_the_recipients(check_text):
    # the job centre's own printout to a clinic: the clinic named in the head line's "Modtager:" field is the recipient
    text = ("Digital Post – kopi af sendt meddelelse\n"
            "Afsender: Jobcenter Vestby · Modtager: Fysioterapien Torvet · Sendt 04.05.2026\n\n"
            "Jobcenter Vestby\nRådgiver Lise Mark Holt\nDirekte 76 40 52 18\nE-mail lmh@vestby.dk\n\n"
            "Kære fysioterapeut\n\nVi beder dig svare på, hvor mange kg Malene Krogh kan løfte, inden 1. juni. Svaret "
            "skal bruges til at planlægge hendes opstart. Hun har givet samtykke.\n\nVenlig hilsen\nLise Mark Holt\n")
    res = check_text(text, only=set())
    assert res.profile == "job-til-sundhed"
    assert "fysioterapien" in res.profile_evidence.recipient


# -- a form's cooperating professional --------------------------------------------------------------------------------

FORM = ("STATUS – TRÆNINGSENHEDEN VESTBY\nTil Jobcenter Vestby, sygedagpenge\n\n"
        "Borger:                  Malene Krogh, cpr. 110482-XXXX\n"
        "Udfyldt af:              Ergoterapeut Sara Lind, direkte 97 30 55 18, sali@vestby.dk\n"
        "{label}: Fysioterapeut Ole Dam, Klinik Nord, tlf. 97 12 34 56, od@kliniknord.dk\n"
        "Dato:                    4. maj 2026\n\n"
        "Malene er lagermedarbejder. Hun kan løfte 10 kg og bør ikke bære mere i seks uger. Vi forventer, at hun er "
        "tilbage på fuld tid i august. Hun har givet samtykke.\n\n"
        "Underskrift: Sara Lind, ergoterapeut\nTræningsenheden Vestby · tlf. 97 30 55 00\n")


def test_a_cooperating_professionals_field_beside_the_author_gives_no_sender_details(check_text):
    res = check_text(FORM.format(label="Samarbejdende behandler"))
    assert phone_map(res) == {"97305518": True, "97305500": False}
    assert email_map(res) == {"sali@vestby.dk": True}


def test_a_referring_professionals_field_beside_the_author_gives_no_sender_details(check_text):
    res = check_text(FORM.format(label="Henvisende behandler"))
    assert "97123456" not in phone_map(res)


# -- a number kept whole on a wrapped line -----------------------------------------------------------------------------

WRAPPED = ("Til Jobcenter Vestby\nFra Malene Krogh, Engvej 3, 7100 Vestby\n\n"
           "Jeg skriver for at fortælle, hvordan det går med min ryg efter\n"
           "operationen. Jeg har gået til træning i seks uger og kan nu sidde\n"
           "en time ad gangen. Min chef siger, at jeg kan starte på kontoret\n"
           "med 12 timer om ugen, så snart I har talt med min læge om det.\n"
           "I kan ringe til mig på mobil 22 33 44 55 eller på fastnettet\n"
           "{number} efter klokken tolv. Min søster kan også træffes på\n"
           "30 40 50 60, hvis I ikke kan få fat i mig.\n\nVenlig hilsen\nMalene Krogh\n")


def test_a_number_in_groups_kept_whole_on_the_next_line_is_the_authors(check_text):
    res = check_text(WRAPPED.format(number="97 12 40 40"))
    assert phone_map(res) == {"22334455": True, "97124040": True}
    assert not kontakt_rules(res) - {"kontakt.email"}


def test_a_four_four_number_kept_whole_is_read_the_same(check_text):
    res = check_text(WRAPPED.format(number="9712 4040"))
    assert phone_map(res) == {"22334455": True, "97124040": True}


def test_near_miss_a_number_opening_a_line_after_a_full_stop_starts_its_own_sentence(check_text):
    # the line above ends its sentence: the number's line is no wrap, and a number alone there is nobody's
    text = ("Til Jobcenter Vestby\nFra Malene Krogh, Engvej 3, 7100 Vestby\n\n"
            "Jeg skriver for at fortælle, hvordan det går med min ryg efter\n"
            "operationen. Jeg har gået til træning i seks uger og kan nu sidde\n"
            "en time ad gangen. Min chef siger, at jeg kan starte på kontoret.\n"
            "97 12 40 40 er nummeret til min fysioterapeut, som ved mere om det\n"
            "end jeg gør, og som gerne vil tale med jer om min træning.\n\nVenlig hilsen\nMalene Krogh\n")
    res = check_text(text)
    assert "97124040" not in phone_map(res)


# -- a relative's number in the author's text --------------------------------------------------------------------------

def test_a_sisters_number_after_the_authors_own_is_not_the_authors(check_text):
    text = ("Til Jobcenter Vestby\nFra Malene Krogh, Engvej 3, 7100 Vestby\n\nJeg har gået til træning i seks uger og "
            "kan nu sidde en time ad gangen. I kan ringe til mig på mobil 22 33 44 55. Min søster kan også træffes på "
            "30 40 50 60, hvis I ikke kan få fat i mig.\n\nVenlig hilsen\nMalene Krogh\n")
    assert phone_map(check_text(text)) == {"22334455": True}


def test_near_miss_the_author_living_with_a_sister_gives_her_own_number(check_text):
    text = ("Til Jobcenter Vestby\nFra Malene Krogh, Engvej 3, 7100 Vestby\n\nJeg bor hos min søster for tiden, og I "
            "kan ringe til mig på 22 33 44 55 om formiddagen.\n\nVenlig hilsen\nMalene Krogh\n")
    assert phone_map(check_text(text)) == {"22334455": True}
