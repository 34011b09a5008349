"""Profile detection under one changed fact (issue 12; bench/direction.py measures the same classes
over every labelled letter). Invented letters: the recipient an employer, an a-kasse or the citizen
=> generel; a relative answering for the citizen => generel; a report or a request keeps its direction
when the sender is only initials under an address block, a form's head fields, or the recipient's
e-mail domain."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from linter.i18n import PROFILE_REASONS

REPORT = ("Tak for jeres brev. Birgitte har givet samtykke til, at jeg svarer.\n\n"
          "Birgitte er kassemedarbejder i et supermarked. Hun kan sidde i en time ad gangen og løfte 5 kg.\n\n"
          "Hun bør de første fire uger ikke løfte varer fra paller. Jeg forventer, at hun er tilbage på fuld tid "
          "efter sommerferien.\n\n")
REQUEST = ("Birgitte har givet samtykke til, at vi skriver til dig.\n\n"
           "Vi beder dig udfylde en LÆ 265 om hendes helbred og hvad hun kan klare på arbejdet.\n\n"
           "Vi skal bruge svaret til opfølgningssamtalen og vil gerne have det senest den 14. april.\n\n")


def _profile(check_text, text: str) -> tuple[str, str | None]:
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason


@pytest.mark.parametrize("recipient", [
    "Bjerre Møbler A/S\nAtt.: HR-afdelingen\nFabriksvej 2, 8700 Horsens",
    "Lærernes A-kasse\nAtt.: Jonas Krag\nVimmelskaftet 4, 1161 København K",
    "Fagforeningen 3F Horsens\nAtt.: tillidsrepræsentant Ib Lund",
])
def test_a_health_report_to_an_employer_akasse_or_union_is_generel(check_text, recipient):
    text = (f"Fysioterapi Strandgade\nStrandgade 3, 8700 Horsens\n\n{recipient}\n\nKære Jonas\n\n" + REPORT
            + "Med venlig hilsen\nAnne Holm\nFysioterapeut\n")
    assert _profile(check_text, text) == ("generel", "health-to-other")


def test_a_health_report_to_the_job_centre_stays_directional(check_text):
    text = ("Fysioterapi Strandgade\nStrandgade 3, 8700 Horsens\n\nJobcenter Horsens\nAtt.: Jonas Krag\n\n"
            "Kære Jonas\n\n" + REPORT + "Med venlig hilsen\nAnne Holm\nFysioterapeut\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


def test_a_letter_to_its_own_citizen_is_generel(check_text):
    text = ("Lægerne i Kirkebakken\nKirkebakken 2, 7100 Vejle\n\nBirgitte Lauge Holm\nSkovvænget 9\n7100 Vejle\n\n"
            "Vedr.: Birgitte Lauge Holm\n\nKære Birgitte\n\n" + REPORT
            + "Med venlig hilsen\nPer Ravn\nPraktiserende læge\n")
    assert _profile(check_text, text) == ("generel", "to-citizen")


def test_a_relative_answering_for_the_citizen_is_generel(check_text):
    text = ("Fra: karen.holm62@privatmail.dk\nTil: Jonas Krag <jok@horsens-jc.dk>\nEmne: SV: Samtale\n\nHej Jonas\n\n"
            "Birgitte har det skidt med ryggen, så jeg svarer for hende. Hun kan komme til mødet, men ikke sidde "
            "længe.\n\nHilsen Karen\n")
    assert _profile(check_text, text) == ("generel", "citizen")


def test_an_address_block_the_greeting_names_is_the_addressee_not_a_letterhead(check_text):
    """A job centre's short note: the GP's address at the top, the greeting to her, signed with initials."""
    text = ("Læge Hanne Lind\nLægehuset Torvet\nTorvet 4, 7100 Vejle\n\nVejle, 2. april 2026\n\n"
            "Kære Hanne Lind\n\n" + REQUEST + "Med venlig hilsen\n\n/BK\n")
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_the_signer_outweighs_an_address_block_of_the_other_sector(check_text):
    """A report under the job centre's address block (no letterhead of its own), signed by the physio."""
    text = ("Jobcenter Vejle\nTeam Sygedagpenge\nDamhaven 12, 7100 Vejle\n\nVejle, 2. april 2026\n\n" + REPORT
            + "Med venlig hilsen\n\nAnne Holm\nFysioterapeut\n")
    assert _profile(check_text, text) == ("sundhed-til-job", "signer")


def test_a_form_head_names_sender_and_recipient(check_text):
    job = ("ANMODNING OM OPLYSNINGER\n\nJobcentrets sagsbehandler: Bente Krog\nSendes til: Lægehuset Torvet\n"
           "Borger: Birgitte Lauge Holm\n\n" + REQUEST)
    health = ("STATUSNOTAT\n\nUdfyldt af: Ergoterapeut Mia Dahl\nModtager: Jobcenter Vejle\n"
              "Borger: Birgitte Lauge Holm\n\n" + REPORT)
    assert _profile(check_text, job)[0] == "job-til-sundhed"
    assert _profile(check_text, health)[0] == "sundhed-til-job"


def test_the_recipients_domain_decides_a_note_with_no_other_sign(check_text):
    note = "Til: Jakob Bak <jakob@fysio-aadalen.dk>\nEmne: Birgitte\n\nHej Jakob\n\n{}Vh\n/BK\n"
    assert _profile(check_text, note.format("Hvordan går det med Birgitte? Gerne svar inden fredag.\n\n")) \
        == ("job-til-sundhed", "recipient-domain")
    # a private sender's own mail: the recipient's domain alone says nothing of the direction
    private = "Fra: birgitte.h@privatmail.dk\n" + note.format("Jeg kan ikke komme på fredag.\n\n")
    assert _profile(check_text, private)[0] == "generel"


def test_the_job_centres_request_in_its_own_words(check_text):
    text = "Hej\n\n" + REQUEST + "Venlig hilsen\nBK\n"
    assert _profile(check_text, text) == ("job-til-sundhed", "body-job")


def test_new_reasons_are_rendered():
    for code in ("health-to-other", "signer", "recipient-domain", "to-citizen", "citizen-addressed",
                 "role-in-health", "to-private"):
        da, en = PROFILE_REASONS[code]
        assert da and en and da != en


def test_the_counterfactual_families_imply_their_profile():
    """bench/direction.py's families on invented base letters give the profile the change implies."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import direction

    det = direction.Detector()
    direction.Detector.shared = det
    bases = {
        "sundhed-til-job": ("Fysioterapi Strandgade\nStrandgade 3, 8700 Horsens\n\nJobcenter Horsens\n"
                            "Att.: Jonas Krag\n\nVedr.: Birgitte Lauge Holm\n\nKære Jonas\n\n" + REPORT
                            + "Med venlig hilsen\n\nAnne Holm\nFysioterapeut\n"),
        "job-til-sundhed": ("Jobcenter Horsens\nSygedagpenge\n\nLægehuset Torvet\nAtt.: Hanne Lind\n\n"
                            "Vedr.: Birgitte Lauge Holm\n\nKære Hanne Lind\n\n" + REQUEST
                            + "Med venlig hilsen\n\nJonas Krag\nSagsbehandler\n"),
    }
    for label, text in bases.items():
        base = det.read(text, "brev.txt")
        assert base.profile == label
        for fam, (labels, change) in direction.FAMILIES.items():
            out = change(base, label) if label in labels else None
            if out is None or out[0] is None:
                continue
            assert det.read(out[0], "brev.txt").profile == out[1], (fam, label)


def test_a_document_title_names_no_recipient(check_text):
    """"Speciallægeerklæring vedrørende …" above the text is the document's name, not a health recipient."""
    text = ("Reumatologisk Klinik Nord\nÅgade 4, 9000 Aalborg\n\nAalborg, 2. april 2026\n\n"
            "Speciallægeerklæring vedrørende Birgitte Lauge Holm, f. 02.03.1980\n\n" + REPORT
            + "Med venlig hilsen\n\nPer Ravn\nSpeciallæge i reumatologi\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


def test_the_senders_own_line_repeated_in_the_head_is_no_recipient(check_text):
    text = ("Sikker mail – udskrevet 02.04.2026\nAfsender: Psykologhuset Vejle, Mia Dahl\n\nPsykologhuset Vejle\n"
            "Dæmningen 8, 7100 Vejle\n\nVejle, 2. april 2026\n\nKære Jonas Krag\n\n" + REPORT
            + "Med venlig hilsen\n\nMia Dahl\nAutoriseret psykolog\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


@pytest.mark.parametrize(("body", "profile"), [
    ("Kan du sende os en kort status på Birgitte inden fredag?", "job-til-sundhed"),
    ("Jobcentret anmoder derfor om svar på de tre spørgsmål nedenfor.", "job-til-sundhed"),
    ("I bedes fremsende oplysninger om forløbet inden den 1. maj.", "job-til-sundhed"),
    ("Birgitte var til kontrol hos mig i går. Hun har stadig ondt, men det går fremad.", "sundhed-til-job"),
    ("Birgitte kommer her fortsat en gang om ugen, og vi regner med fire behandlinger mere.", "sundhed-til-job"),
    ("Hvor mange timer kan Birgitte arbejde nu? Svarene skal bruges til opfølgningssamtalen.", "job-til-sundhed"),
    ("Jeg vil gerne bede dig svare på to spørgsmål om Birgittes ryg. Vi skal have svaret i uge 14.",
     "job-til-sundhed"),
    ("Jeg vil gerne vide:\n- Hvor længe kan Birgitte stå?\n- Må hun løfte 10 kg?\n\nJeg bruger svarene til at vælge "
     "en praktik.", "job-til-sundhed"),
    ("Jeg er virksomhedskonsulent i jobcentret og hjælper Birgitte med en praktik. Hvor mange timer kan hun "
     "arbejde?", "job-til-sundhed"),
    ("Undertegnede skal hermed anmode om en skriftlig statusbeskrivelse vedrørende borgeren. Besvarelsen bedes "
     "fremsendt senest den 26. maj.", "job-til-sundhed"),
    ("Jeg vil gerne have en udtalelse om Birgittes helbred. Udtalelsen skal bruges til opfølgningssamtalen.",
     "job-til-sundhed"),
    ("Jeg ser hende en gang om ugen de næste 4 uger. Hun kan sidde en time ad gangen.", "sundhed-til-job"),
    ("Det attesteres herved, at Birgitte er undersøgt af undertegnede den 11. marts.", "sundhed-til-job"),
    ("Jeg er socialrådgiver på Rygkirurgisk Afsnit. Birgitte blev opereret i marts.", "sundhed-til-job"),
    # a third party's assessment the clinician waits for is no request to the reader
    ("Birgitte var til kontrol hos mig i går. Jeg har henvist hende til rygambulatoriet og vil gerne have deres "
     "vurdering, før jeg siger noget om hendes job.", "sundhed-til-job"),
])
def test_a_note_with_no_head_is_read_from_the_writers_own_words(check_text, body, profile):
    assert _profile(check_text, f"Hej\n\n{body}\n\nVh\n/BK\n")[0] == profile


@pytest.mark.parametrize("body", [
    "Du har været sygemeldt siden 2. marts med ondt i ryggen. Vi skal følge op på din sag.\n\n"
    "Kom til en samtale den 14. april kl. 10, så vi kan tale om, hvornår du kan starte igen.\n\n",
    "Du modtager sygedagpenge, og jeg skal høre, hvordan det går.\n\nHar du talt med din\narbejdsgiver om "
    "lettere opgaver? Ring gerne til mig inden fredag.\n\n",
    "Vi har en virksomhedspraktik klar til dig i en butik, 4 timer om dagen.\n\n- Kan du stå 4 timer?\n"
    "- Må du løfte kasser på 8 kg?\n\n",
])
def test_a_job_centres_letter_that_speaks_to_the_citizen_is_generel(check_text, body):
    """No recipient block, no name in a greeting: the text says "du" to the citizen about their own case
    (also across a hard-wrapped line), so the letter is to the citizen (RULES.md: neither direction)."""
    text = "Jobcenter Horsens\nSygedagpenge\nRådhustorvet 4, 8700 Horsens\n\n" + body + \
        "Med venlig hilsen\n\nJonas Krag\nSagsbehandler\nTlf. 76 29 11 40\n"
    assert _profile(check_text, text) == ("generel", "citizen-addressed")


def test_a_request_that_asks_the_doctor_with_du_stays_directional(check_text):
    """"du" to the doctor ("Vi beder dig udfylde …", "dine svar", "din vurdering") is no letter to the citizen."""
    text = ("Jobcenter Horsens\nSygedagpenge\n\n" + REQUEST + "Vi vil gerne have din vurdering og dine svar.\n\n"
            "Med venlig hilsen\n\nJonas Krag\nSagsbehandler\n")
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_a_report_to_the_job_centre_that_tells_about_the_citizens_job_stays_directional(check_text):
    """A recipient of a sector decides before the "du" words: a report to the job centre stays directional."""
    text = ("Fysioterapi Strandgade\nStrandgade 3, 8700 Horsens\n\nJobcenter Horsens\nAtt.: Jonas Krag\n\n"
            "Kære Jonas\n\n" + REPORT + "Du er velkommen til at ringe, hvis du har spørgsmål om din sag.\n\n"
            "Med venlig hilsen\nAnne Holm\nFysioterapeut\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


@pytest.mark.parametrize("head, intro", [
    ("Region Vestjylland\nSygehusvej 40, 7800 Nordby",
     "Jeg er socialrådgiver på Neurokirurgisk Afdeling og skriver efter aftale med Birgitte."),
    ("Ikast-Brande Kommune", "Jeg er socialrådgiver på Nordby Sygehus og skriver efter aftale med Birgitte."),
])
def test_a_social_worker_who_says_she_works_at_a_hospital_writes_for_the_health_side(check_text, head, intro):
    """"Socialrådgiver" alone is a job word; the writer's own words place her at a hospital (RULES.md: a hospital
    social worker is the health sector), also when the letterhead names no health word."""
    text = (f"{head}\n\nJobcenter Horsens\nAtt.: Jonas Krag\n\nKære Jonas\n\n{intro}\n\n" + REPORT
            + "Med venlig hilsen\nSara Juul\nSocialrådgiver\n")
    assert _profile(check_text, text) == ("sundhed-til-job", "role-in-health")


def test_a_department_named_by_its_specialty_is_a_hospitals(check_text):
    """"Ortopædkirurgisk afdeling – Socialrådgiverne": the specialty names a hospital, so its social worker is
    the health side's, with no word about herself in the text."""
    text = ("Ortopædkirurgisk afdeling – Socialrådgiverne\nSygehusvej 40, 7800 Nordby\n\nJobcenter Horsens\n"
            "Att.: Jonas Krag\n\nKære Jonas\n\n" + REPORT + "Med venlig hilsen\nSara Juul\nSocialrådgiver\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


def test_a_job_centres_social_worker_in_its_own_department_stays_the_job_centres(check_text):
    """"Jeg er socialrådgiver i Sygedagpengeafdelingen" names no health place."""
    text = ("Horsens Kommune\n\nLægehuset Torvet\nAtt.: Hanne Lind\n\nKære Hanne Lind\n\n"
            "Jeg er socialrådgiver i Sygedagpengeafdelingen.\n\n" + REQUEST
            + "Med venlig hilsen\nJonas Krag\nSocialrådgiver\n")
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_a_citizens_own_mail_about_a_check_up_is_generel(check_text):
    """The citizen's own appointment and return to work ("Jeg har fået en tid til kontrol", "jeg kan få en delvis
    raskmelding") are the citizen's account, not a health professional's report of function and outlook."""
    text = ("Fra: Birgitte Holm <birgitteholm71@gmail.com>\nTil: Jonas Krag <jonas.krag@horsens.dk>\n"
            "Emne: Mødet på tirsdag\n\nHej Jonas\n\nJeg har fået en tid til kontrol på hospitalet tirsdag, så jeg "
            "kan ikke komme. Kan vi flytte mødet?\n\nMin chef siger, at jeg kan få en delvis raskmelding og arbejde "
            "20 timer om ugen uden tunge løft fra 1. maj. Jeg forventer at være tilbage på fuld tid til sommer.\n\n"
            "Venlig hilsen\nBirgitte Holm\n")
    assert _profile(check_text, text) == ("generel", "citizen")


def test_a_note_whose_writer_the_text_names_still_goes_to_the_employer_in_its_head(check_text):
    """The sender's sector read from the text (the job centre's request) does not outweigh the head: a note to an
    employer's HR is generel (RULES.md: a job centre writing to an employer)."""
    text = ("Fra: Jonas Krag <jok@horsens.dk>\nTil: HR-afdelingen, Bjerre Møbler A/S <hr@bjerre.dk>\n"
            "Emne: Birgitte\n\nKan I sende en status på Birgitte inden fredag? Svarene skal bruges til mødet.\n\n"
            "Hilsen Jonas\n")
    assert _profile(check_text, text) == ("generel", "job-to-employer")


def test_a_copy_to_the_citizen_does_not_make_the_letter_hers(check_text):
    """"Kopi: Birgitte Lauge Holm (borger)": the citizen gets a copy; the report read from the text keeps its
    direction."""
    text = ("Kopi: Birgitte Lauge Holm (borger)\nDato: 3. marts 2026\n\nStatus: Birgitte Lauge Holm\n\nHej Jonas\n\n"
            + REPORT + "Birgitte var til kontrol hos mig i går.\n\nVh\n/AH\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


def test_a_document_title_by_a_professions_adjective_names_no_sender(check_text):
    """"Psykologfaglig udtalelse vedrørende …" at the top is the document's title: a relative who writes under it
    is the author (generel), not a psychologist."""
    text = ("Jobcenter Horsens\nAtt.: Jonas Krag\n\nPsykologfaglig udtalelse vedrørende Birgitte Lauge Holm\n\n"
            "Jeg er Birgittes datter og skriver på hendes vegne.\n\n" + REPORT + "Med venlig hilsen\n\nMette Lund\n")
    assert _profile(check_text, text) == ("generel", "citizen")


def test_a_mail_to_a_private_address_is_generel(check_text):
    """"Til: Birgitte Holm <birgitte1974@gmail.com>" from a job centre: the recipient is a private person (the
    citizen or a relative), no health professional."""
    text = ("Fra: Jobcenter Horsens\nTil: Birgitte Holm <birgitte1974@gmail.com>\nEmne: Samtale\n\nKære Birgitte\n\n"
            "Tak for snakken i går. Jeg sender en ny tid til mødet.\n\nHilsen\nJonas Krag, sagsbehandler\n"
            "Tlf. 76 29 11 40\n")
    assert _profile(check_text, text) == ("generel", "to-private")


def test_a_mail_to_a_clinic_stays_directional(check_text):
    text = ("Fra: Jobcenter Horsens\nTil: Hanne Lind <hanne.lind@laegehuset-torvet.dk>\nEmne: Birgitte\n\n"
            "Kære Hanne Lind\n\n" + REQUEST + "Hilsen\nJonas Krag, sagsbehandler\n")
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_the_citizens_address_on_top_under_a_signer_of_a_sector_is_the_addressee(check_text):
    """No letterhead: "Birgitte Lauge Holm" / her street at the top, greeted "Kære Birgitte" and named on the
    subject line, signed "Kiropraktor": a letter to the citizen (generel), not the sender's letterhead."""
    text = ("Birgitte Lauge Holm\nSkovvænget 9\n7100 Vejle\n\nVejle, 3. marts 2026\n\nStatus: Birgitte Lauge Holm\n\n"
            "Kære Birgitte\n\n" + REPORT + "Hilsen Anders Hvid\nKiropraktor, mobil 40 27 15 93\n")
    assert _profile(check_text, text) == ("generel", "to-citizen")


def test_a_memo_heads_unit_is_the_writer_not_an_addressee(check_text):
    """"NOTAT" / "Vejle Kommune, Sundhed og Træning – Ergoterapien" above the fields: the unit under the memo's
    name writes it; with no addressee, it is the health side's report, not health-to-health."""
    text = ("NOTAT\nVejle Kommune, Sundhed og Træning – Ergoterapien\n\nDato: 02.03.2026\n"
            "Fra: Ergoterapeut Sofie Lund\nTlf.: 7376 8830\nE-mail: sol@vejle.dk\nBorger: Birgitte Lauge Holm\n"
            "Emne: Arbejdsevne\n\n" + REPORT)
    assert _profile(check_text, text)[0] == "sundhed-til-job"


def test_a_document_title_read_in_the_head_names_no_addressee(check_text):
    """"Ergoterapeutisk vurdering af …" under a municipality's health letterhead is the document's name, not a
    health addressee."""
    text = ("VEJLE KOMMUNE – Sundhed og Omsorg\nErgoterapien, Sundhedscenter Vejle\nMøllebakken 4, 7100 Vejle\n\n"
            "17. februar 2026\n\nErgoterapeutisk vurdering af Birgitte Lauge Holm\n\n" + REPORT
            + "Med venlig hilsen\nMaja Skou\nErgoterapeut\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


def test_an_address_block_the_greeting_names_by_its_sector_is_the_addressee(check_text):
    """"Lægerne i Torvet" on top, "Kære læge", a request title and a note signed with initials: the job centre
    writes to the doctors (the title "Anmodning om LÆ 265 – …" names neither side)."""
    text = ("Lægerne i Torvet\nTorvet 3\n7100 Vejle\n\nDato: 4. marts 2026\n\n"
            "Anmodning om LÆ 265 – Birgitte Lauge Holm\n\nKære læge\n\n" + REQUEST + "Med venlig hilsen\n\n/KL\n")
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_an_address_block_under_a_printouts_recipient_field_is_the_senders(check_text):
    """"Modtager: Jobcenter Horsens" in a printout's head, then "Lægehuset Torvet" / its street: the field names
    the addressee, so the block of the other sector is the sender's own letterhead (signed with a first name)."""
    text = ("Digital Post – kopi af sendt meddelelse\nAfsender: Torvet, Horsens\nModtager: Jobcenter Horsens\n"
            "Sendt: 24.03.2026 14:05\nEmne: Status, Birgitte Lauge Holm\n\nLægehuset Torvet\nTorvet 6, 8700 Horsens\n\n"
            "Hej Jonas\n\n" + REPORT + "Hilsen Mette\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"
