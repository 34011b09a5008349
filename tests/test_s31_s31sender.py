"""Stop 31 sender classes (the sender bank sp and the blind set hz showed them; every letter here is invented):

- a form's section heading on a line of its own naming a party other than the sender ("1. Borger", "Borgerens
  kontaktoplysninger:", "2. Arbejdsgiver", "Modtager"): the field lines under it are that party's, also under the
  signature, and a name there is no sender's; a section the sender fills in ("Udfyldt af") stays the sender's;
- a line with a CPR number, or a member's field ("Medlem: …"), before a number: the citizen's line;
- a secretary who signs in her own name (no p.v.a. line): her labelled direct line and her own address are the
  author's;
- the sender's own one-line field naming where they work ("Fra: Name, title, Rygambulatoriet, Hospital, tlf. …"):
  the unit's proper name there is the person's address, not the number's label;
- under a mail's `Fra:` line of no sector, a health recipient's mail domain decides for a writer who only asks for
  news by a deadline (job-til-sundhed)."""

from __future__ import annotations

from sender_helpers import email_map, kontakt_rules, phone_map, profile_of

REPORT = ("Peter er smed og står hele dagen. Han kan løfte 10 kg og stå en time ad gangen. Han bør ikke løfte fra "
          "gulvet de næste fire uger. Han har givet samtykke.")


# -- a form's party sections --------------------------------------------------------------------------------------

FORM = ("STATUS – TRÆNINGSENHEDEN\nNordby Sygehus, Fysioterapien\nSkolevej 3, 7700 Nordby\n\n"
        "Modtager: Jobcenter Nordby\n\n"
        "1. Borger\nNavn: Peter Krogh\nTelefon: 2211 4455\nE-mail: peter.k@gmail.com\n\n"
        "2. Arbejdsgiver\nNordby Stål ApS, Havnen 2, 7700 Nordby\nKontaktperson: Jens Bruun, tlf. 9712 3300\n\n"
        "3. Vurdering\n" + REPORT + "\n\n"
        "4. Udfyldt af\nNavn: Lotte Hviid\nStilling: Fysioterapeut\nDirekte tlf.: 9712 8818\nE-mail: lohv@nordby.dk\n")


def test_a_forms_citizen_and_employer_sections_are_not_the_senders(check_text):
    res = check_text(FORM)
    assert res.sender["name"] == "Lotte Hviid"
    assert phone_map(res) == {"97128818": True}
    assert email_map(res) == {"lohv@nordby.dk": True}
    assert not kontakt_rules(res)


def test_unnumbered_blocks_afsender_modtager_borger(check_text):
    text = ("ANMODNING\nJobcenter Nordby\n\nAfsender\nSagsbehandler: Mona Friis\nDirekte tlf.: 9611 2040\n"
            "E-mail: mofr@nordby.dk\n\nModtager\nLæge: Karl Bonde, Lægehuset Torvet\nTlf.: 9611 7000\n\n"
            "Borger\nNavn: Ib Sand\nTlf.: 5011 2233\n\nHvad kan Ib løfte? Svar inden 1. juni. Vi bruger svaret til "
            "at planlægge hans opstart. Ib har givet samtykke.\n")
    res = check_text(text)
    assert phone_map(res) == {"96112040": True}


def test_the_citizens_contact_lines_under_the_signature(check_text):
    text = ("Kære Jobcenter Nordby\n\n" + REPORT + "\n\nMed venlig hilsen\n\nLotte Hviid\nFysioterapeut\n"
            "Direkte 9712 8818\nlohv@nordby.dk\n\nPatientens kontaktoplysninger:\nPeter Krogh, Åvej 4, 7700 Nordby\n"
            "Tlf. 2211 4455 · peter.k@live.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"97128818": True}
    assert email_map(res) == {"lohv@nordby.dk": True}
    citizen = [p for p in res.parties if p["kind"] == "citizen"]
    assert citizen and any(x["number"] == "22114455" for x in citizen[0]["phones"])


def test_near_miss_a_signers_title_line_is_no_section(check_text):
    # "Praktiserende læge" under the signer's name is her title, not a heading naming someone else
    text = ("Kære Jobcenter Nordby\n\n" + REPORT + "\n\nVenlig hilsen\nHanne Lund\nPraktiserende læge\n"
            "Direkte 9712 4407\nhalu@laegerneinordby.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"97124407": True}
    assert email_map(res) == {"halu@laegerneinordby.dk": True}


def test_near_miss_a_units_name_is_no_citizen_section(check_text):
    # "Borgerservice" / "Tlf. …" is the sender's own department's line, not the citizen's
    text = ("Kære læge\n\nHvad kan Ib løfte? Svar inden 1. juni. Ib har givet samtykke.\n\nVenlig hilsen\n"
            "Mona Friis\nsagsbehandler, Jobcenter Nordby\nmofr@nordby.dk\n\nBorgerservice\nTlf. 9611 1000\n")
    res = check_text(text)
    assert phone_map(res) == {"96111000": False}


# -- CPR and member lines ----------------------------------------------------------------------------------------

def test_a_cpr_line_and_a_member_field_are_the_citizens(check_text):
    for line in ("Hanne Dal, CPR 050587-XXXX, tlf. 2864 1290", "Medlem: Hanne Dal, tlf. 2864 1290"):
        text = ("Byens A-kasse\nTorvet 1, 7100 Vejle\nTelefontid: man-tor 9-15 · 7010 2030\n\nJobcenter Vejle\n\n"
                + line + "\n\nTil jobcentret\n\nHanne er medlem hos os og har givet lov til, at vi skriver. Hvornår er "
                "næste samtale?\n\nMed venlig hilsen\n\nDorte Kim\nA-kasserådgiver\ndoki@byensakasse.dk\n")
        res = check_text(text)
        assert "28641290" not in phone_map(res), line
        assert phone_map(res) == {"70102030": False}, line


def test_near_miss_medlemsservice_is_the_unions_line(check_text):
    text = ("Kære jobcenter\n\nHanne har givet lov til, at vi skriver. Hvornår er næste samtale?\n\nVenlig hilsen\n"
            "Dorte Kim\nByens A-kasse\nMedlemsservice: 7010 2030\ndoki@byensakasse.dk\n")
    assert phone_map(check_text(text)) == {"70102030": False}


# -- a secretary writing in her own name --------------------------------------------------------------------------

def test_a_secretary_signing_in_her_own_name_owns_her_direct_line(check_text):
    text = ("Nordby Sygehus\nOrtopædkirurgisk Afdeling\n\nJobcenter Nordby\n\nKære sagsbehandler\n\nOverlæge Per Hald "
            "har ferie til 20. august og svarer, når han er tilbage. Peter har givet samtykke.\n\nMed venlig hilsen\n\n"
            "Gitte Brun\nLægesekretær\nDirekte 9712 5531\ngibr@nordby.dk\n")
    res = check_text(text)
    assert res.sender["name"] == "Gitte Brun"
    assert phone_map(res) == {"97125531": True}
    assert email_map(res) == {"gibr@nordby.dk": True}
    assert not kontakt_rules(res)


def test_near_miss_a_secretary_signing_for_the_doctor_keeps_a_plain_number_the_secretariats(check_text):
    text = ("Kære sagsbehandler\n\n" + REPORT + "\n\nMed venlig hilsen\n\np.v.a. overlæge Per Hald\nGitte Brun\n"
            "Lægesekretær\nTlf. 9712 5500\n")
    assert phone_map(check_text(text)) == {"97125500": False}


# -- the workplace on the sender's own name line ---------------------------------------------------------------------

def test_the_workplace_on_the_senders_name_line_is_no_label(check_text):
    text = ("NOTAT\n\nFra:     Ole Ravn, fysioterapeut, Rygambulatoriet, Nordby Sygehus, tlf. 9712 6612, "
            "ole.ravn@nordby.dk\nTil:     Jobcenter Nordby\nDato:    3. juni 2026\n\n" + REPORT + "\n\nOle Ravn\n")
    res = check_text(text)
    assert phone_map(res) == {"97126612": True}
    assert "kontakt.telefon" not in kontakt_rules(res)


def test_near_miss_a_secretariat_piece_or_a_unit_field_stays_the_units(check_text):
    text = ("NOTAT\n\nFra:     Ole Ravn, fysioterapeut, sekretariatet, tlf. 9712 6600, ole.ravn@nordby.dk\n"
            "Til:     Jobcenter Nordby\n\n" + REPORT + "\n\nOle Ravn\n")
    assert phone_map(check_text(text)) == {"97126600": False}
    form = ("Kære jobcenter\n\n" + REPORT + "\n\nUdfyldt af\nNavn: Ole Ravn\nAfdeling: Rygambulatoriet, tlf. 9712 6600 "
            "(kl. 8-11)\nDirekte tlf.: 9712 6612\n")
    assert phone_map(check_text(form)) == {"97126600": False, "97126612": True}


# -- a short question mail to a health domain ----------------------------------------------------------------------

MAIL = ("Fra: Bo Hjort <bo.hjort@nordby.dk>\nTil: Sanne Kjær <sanne.kjaer@{domain}>\nEmne: Ib Sand\n\nHej Sanne\n\n"
        "{body}\n\nmvh Bo\n")


def test_a_writer_asking_a_health_domain_for_news_by_a_deadline_is_the_job_centre(check_text):
    text = MAIL.format(domain="rsyd.dk", body="Har I hørt noget nyt om Ib? Han har været hos jer i et stykke tid. "
                       "Svar gerne inden torsdag.")
    assert profile_of(check_text, text) == ("job-til-sundhed", "recipient-domain")


def test_near_miss_no_deadline_or_a_report_leaves_it_undecided(check_text):
    no_deadline = MAIL.format(domain="rsyd.dk",
                              body="Har I hørt noget nyt om Ib? Han har været hos jer i et stykke tid.")
    assert profile_of(check_text, no_deadline)[0] == "generel"
    # the workplace asking about its own staff, or writing from a business's mail domain: an employer (generel)
    employer = MAIL.format(domain="rsyd.dk", body="Har I noget nyt om vores medarbejder Ib? Han har været hos jer i et "
                           "stykke tid. Svar gerne inden torsdag.")
    assert profile_of(check_text, employer)[0] == "generel"
    business = MAIL.format(domain="rsyd.dk", body="Har I hørt noget nyt om Ib? Svar gerne inden torsdag.") \
        .replace("bo.hjort@nordby.dk", "bo@hotelnordby.dk")
    assert profile_of(check_text, business)[0] == "generel"
