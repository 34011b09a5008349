"""Stop 30: the letter's direction (RULES.md "Letter profiles"), classes from the sender banks' profile misses
(s30dir). Every letter here is our own.

- a printout's head line naming both parties ("Afsender: … · Modtager: Jobcenter …"): the part from the recipient's
  field on is the recipient's, so the citizen writing to the job centre is no job centre writing;
- a craftsman's business named by two trades joined with "&" ("Maler & Tapetserer") is an employer: a job centre
  writing to it is `generel`;
- a unit naming itself shared by the two sides ("fælles enhed for Jobcenter og Sundhedscenter …", "Koordinerende
  Rygteam") is a joint coordinating unit: `generel`;
- the citizen home from their own hospital stay ("Jeg er kommet hjem fra hospitalet") and walking only a little
  ("jeg kan kun gå …") writes as the citizen: `generel`;
- a writer naming no sector who gives the reader a status of the citizen's course ("at jeg giver dig en kort
  status") is the health side reporting;
- a coordinator on no side's letterhead asking the health side alone for a certificate is the job centre's request;
  to both sides, or with no request, the letter stays `generel`;
- a head line flattened from two columns piece by piece (the addressee's on the left, the greeting naming its
  person): the left pieces are the recipient's, the right ones the sender's;
- a relative naming the citizen on the subject line ("Vedr. min mor …") writes as a relative: `generel`.
"""

from __future__ import annotations

import pytest

J, S, G = "job-til-sundhed", "sundhed-til-job", "generel"


def _profile(check_text, text: str) -> tuple[str, str | None]:
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason


# -- a printout head line naming both parties ---------------------------------------------------------------------
CITIZEN_PRINTOUT = (
    "Digital Post – kopi af sendt besked\n"
    "Afsender: Birgitte Skov | Modtager: Jobcenter Ikast\n"
    "Sendt: 4. maj 2027 kl. 19:02\n"
    "Emne: Træningen\n\n"
    "Hej\n"
    "Jeg skriver bare for at sige, at min træning er flyttet til tirsdage. Min fysioterapeut siger, at det går "
    "fremad.\n\n"
    "Hilsen Birgitte Skov\n"
    "Mobil 40 11 22 33\n")

JOB_PRINTOUT = (
    "Digital Post – kopi af sendt besked\n"
    "Afsender: Jobcenter Ikast · Modtager: Fysioterapi Ikast Øst\n"
    "Sendt: 4. maj 2027 kl. 10:02\n"
    "Emne: Status på Birgitte Skov\n\n"
    "Kære fysioterapeut\n"
    "Birgitte Skov har givet samtykke til, at vi spørger dig. Vi beder dig sende en kort status senest 20. maj: "
    "Hvor længe kan hun stå, og hvor meget kan hun løfte? Vi skal bruge svaret til at planlægge hendes opstart.\n\n"
    "Venlig hilsen\n"
    "Ole Vang, sagsbehandler\n"
    "Direkte 99 60 12 34 · olva@ikast.dk\n")


def test_printout_line_with_both_parties_citizen_writes(check_text):
    assert _profile(check_text, CITIZEN_PRINTOUT) == (G, "citizen")


def test_printout_line_with_both_parties_keeps_the_job_centre_as_sender(check_text):
    assert _profile(check_text, JOB_PRINTOUT)[0] == J


# -- a craftsman's business named by two trades ---------------------------------------------------------------------
TO_CRAFTSMAN = (
    "Fra: Jobcenter Herning <jobcenter@herning.dk>\n"
    "Til: Bakkens Maler & Tapetserer <post@bmt.dk>\n"
    "Emne: Opstart for Søren Lund\n\n"
    "Hej\n"
    "Tak for snakken i går. Vi sender aftalen om Sørens opstart i næste uge. Ring, hvis noget er uklart.\n\n"
    "Mvh\n"
    "Jobcenter Herning\n")


def test_job_centre_to_a_business_named_by_two_trades_is_generel(check_text):
    assert _profile(check_text, TO_CRAFTSMAN) == (G, "job-to-employer")


def test_job_centre_to_a_health_place_with_an_ampersand_stays_directional(check_text):
    text = TO_CRAFTSMAN.replace("Bakkens Maler & Tapetserer <post@bmt.dk>", "Fysio & Træning Vest <post@ftv.dk>")
    text = text.replace("Tak for snakken i går. Vi sender aftalen om Sørens opstart i næste uge.",
                        "Søren har givet samtykke. Vil du sende en status på hans træning senest 1. juni? Vi skal "
                        "bruge den til hans plan.")
    assert _profile(check_text, text)[0] == J


# -- a unit naming itself shared by the two sides -------------------------------------------------------------------
JOINT_HEAD = (
    "Rygteam Vest\n"
    "Fælles enhed for Jobcenter Brande og Sundhedscenter Brande\n"
    "Torvet 3, 7330 Brande · rygteam@brande.dk\n\n"
    "Invitation til møde om Kirsten Dahl\n\n"
    "Kirsten Dahl har givet samtykke til et fælles møde om sin sygemelding. Vi mødes 3. juni kl. 9 i "
    "Sundhedscentret og taler om hendes træning og en plan for opstart.\n\n"
    "Venlig hilsen\n"
    "Lone Friis, koordinator\n"
    "Mobil 22 33 44 55 · lofr@brande.dk\n")


def test_unit_naming_itself_shared_by_both_sides_is_joint(check_text):
    assert _profile(check_text, JOINT_HEAD) == (G, "joint")


def test_coordinating_compound_unit_is_joint(check_text):
    text = JOINT_HEAD.replace("Rygteam Vest\nFælles enhed for Jobcenter Brande og Sundhedscenter Brande\n",
                              "Koordinerende Rygteam, Region Midt og Brande Kommune\n")
    assert _profile(check_text, text) == (G, "joint")


def test_job_centre_inviting_to_a_joint_meeting_stays_the_job_centre(check_text):
    text = ("Jobcenter Brande\nTeam Sygedagpenge\nTorvet 3, 7330 Brande\n\n"
            "Lægehuset Brande\nAtt.: Læge Per Holm\n\n"
            "Kære Per Holm\n\n"
            "Kirsten Dahl har givet samtykke. Vi holder et fælles møde om hende 3. juni. Vi beder dig sende en kort "
            "status om, hvad hun kan løfte, senest 25. maj. Vi skal bruge den til hendes plan for opstart.\n\n"
            "Venlig hilsen\nAnne Berg, sagsbehandler\nDirekte 96 00 11 22 · anbe@brande.dk\n")
    assert _profile(check_text, text)[0] == J


# -- the citizen home from their own hospital stay ------------------------------------------------------------------
CITIZEN_HOME = (
    "Afsender: Henrik Mose\n"
    "Modtager: Jobcenter Skive\n"
    "Dato: 2. februar 2027\n\n"
    "Hej Mette\n"
    "Jeg er kommet hjem fra hospitalet i går, og jeg kan kun gå lidt ad gangen endnu. Jeg kommer gerne til mødet, "
    "hvis vi kan holde det i telefonen.\n\n"
    "Hilsen Henrik Mose\n")


def test_citizen_home_from_hospital_writes_as_citizen(check_text):
    assert _profile(check_text, CITIZEN_HOME) == (G, "citizen")


def test_physiotherapist_telling_the_citizen_is_home_stays_health(check_text):
    text = ("Fysioterapi Skive\nNørregade 4, 7800 Skive\n\nJobcenter Skive\nAtt.: Mette Lund\n\nKære Mette Lund\n\n"
            "Henrik Mose er kommet hjem fra hospitalet og kan kun gå kort tid ad gangen. Han træner hos os to gange "
            "om ugen. Han kan ikke løfte mere end 5 kg. Vi forventer, at han kan vende tilbage til sit job som "
            "lagerarbejder om tre måneder. Han har givet samtykke.\n\n"
            "Venlig hilsen\nKasper Nø, fysioterapeut\nDirekte 97 00 12 12 · kano@fysioskive.dk\n")
    assert _profile(check_text, text)[0] == S


# -- a writer naming no sector who gives the reader a status ---------------------------------------------------------
STATUS_MAIL = (
    "Fra: Rasmus Holt <rasmus.holt@ikast-brande.dk>\n"
    "Til: Sanne Bro <sanne.bro@ikast-brande.dk>\n"
    "Emne: Peter Kjær\n\n"
    "Hej Sanne\n"
    "Peter har sagt ja til, at jeg giver dig en kort status. Han er med på rygholdet to gange om ugen. Han er "
    "murer og kan nu stå i en halv time ad gangen.\n\n"
    "Vh\nRasmus\n")


def test_writer_giving_the_reader_a_status_is_the_health_side(check_text):
    assert _profile(check_text, STATUS_MAIL) == (S, "body-health")


def test_writer_asking_for_a_status_is_not_the_health_side(check_text):
    text = STATUS_MAIL.replace("Peter har sagt ja til, at jeg giver dig en kort status. Han er med på rygholdet to "
                               "gange om ugen. Han er murer og kan nu stå i en halv time ad gangen.",
                               "Peter har givet samtykke. Vil du give mig en kort status på hans træning senest "
                               "fredag? Jeg skal bruge den til hans opfølgning.")
    assert _profile(check_text, text)[0] != S


# -- a coordinator asking the health side alone ---------------------------------------------------------------------
COORDINATOR = (
    "Herning Kommune\n"
    "Rehabiliteringsteamet\n"
    "Telefontid man-fre kl. 9-12 på 96 28 00 00\n\n"
    "Til: Praktiserende læge Ida Sand, Lægehuset Gullestrup\n\n"
    "Herning, 3. marts 2027\n"
    "Vedr.: Bo Kragh, f. 01.02.1970\n\n"
    "Bo Kragh har givet samtykke. Hans sag skal på møde i rehabiliteringsteamet, dvs. et team af fagfolk, der giver "
    "et råd om hans videre forløb. Vi beder om den del af lægeattesten, der handler om hans helbred og "
    "funktionsevne, senest 24. marts. Den skal bruges til teamets råd.\n\n"
    "Med venlig hilsen\n"
    "Tove Ring, koordinator\n"
    "Direkte 96 28 11 22 · tori@herning.dk\n")


def test_coordinator_asking_a_doctor_alone_is_the_job_centres_request(check_text):
    assert _profile(check_text, COORDINATOR) == (J, "coordinator-request")


def test_coordinator_writing_to_both_sides_stays_generel(check_text):
    text = COORDINATOR.replace("Til: Praktiserende læge Ida Sand, Lægehuset Gullestrup\n",
                               "Til: Praktiserende læge Ida Sand, Lægehuset Gullestrup\n"
                               "Til: Jobcenter Herning, sagsbehandler Eva Dam\n")
    assert _profile(check_text, text)[0] == G


def test_coordinator_inviting_a_doctor_with_no_request_stays_generel(check_text):
    text = COORDINATOR.replace("Vi beder om den del af lægeattesten, der handler om hans helbred og funktionsevne, "
                               "senest 24. marts. Den skal bruges til teamets råd.",
                               "Du er velkommen til at deltage i mødet 7. april kl. 10 på rådhuset.")
    assert _profile(check_text, text) == (G, "coordinator")


# -- a head flattened from two columns --------------------------------------------------------------------------------
FLAT_HEAD = (
    "Kiropraktor Jens Mørk  Sagsbehandler: Hanne Lund  Kiropraktisk Klinik Vest, tlf. 97 12 34 56  "
    "Direkte: 9628 4411  Vestergade 2, 7400 Herning  E-mail: halu@herning.dk\n"
    "Jobcenter Herning\n\n"
    "Dato: 9. marts 2027\n\n"
    "Kære Jens Mørk\n\n"
    "Ulla Bech er sygemeldt fra sit job som frisør. Hun går til behandling hos dig. Vi vil gerne vide, hvor længe "
    "hun kan stå ved stolen, og om hun kan arbejde 20 timer om ugen nu. Vi skal bruge svaret til en plan for "
    "delvis raskmelding. Send gerne dit svar inden 30. marts. Ulla har givet samtykke.\n\n"
    "Venlig hilsen\n"
    "Hanne Lund\n")


def test_flattened_two_column_head_left_pieces_are_the_addressees(check_text):
    assert _profile(check_text, FLAT_HEAD)[0] == J


def test_clinics_own_one_line_letterhead_is_not_split(check_text):
    text = ("Fysioterapien Nord  Algade 5, 9000 Aalborg  Tlf. 98 11 22 33  fysio@fysionord.dk\n\n"
            "Jobcenter Aalborg\nAtt.: Lise Krog\n\nKære Lise Krog\n\n"
            "Jonas Vind har givet samtykke til denne status. Han træner hos os to gange om ugen. Han kan løfte 10 kg "
            "og sidde en time ad gangen. Vi forventer, at han kan vende tilbage til sit job som elektriker om to "
            "måneder.\n\n"
            "Venlig hilsen\nMaja Holm, fysioterapeut\nMobil 22 11 00 99 · maho@fysionord.dk\n")
    assert _profile(check_text, text)[0] == S


# -- a relative naming the citizen on the subject line --------------------------------------------------------------
RELATIVE = (
    "Niels Bak\nEgevej 4\n7100 Vejle\n\n"
    "Jobcenter Vejle\nAtt.: Sagsbehandler Rikke Due\nDamhaven 12\n7100 Vejle\n\n"
    "Vejle, 1. marts 2027\n"
    "Vedr. min mor Else Bak\n\n"
    "Kære Rikke Due\n\n"
    "Else har bedt mig skrive, fordi hun har svært ved det lige nu. Hun har ondt i ryggen og sover dårligt. Hun "
    "vil gerne prøve at arbejde lidt igen, hvis hun kan sidde ned.\n\n"
    "Du kan ringe til mig på 20 30 40 50.\n\n"
    "Venlig hilsen\nNiels Bak\n")


def test_relative_naming_the_citizen_on_the_subject_line_is_generel(check_text):
    assert _profile(check_text, RELATIVE) == (G, "citizen")


@pytest.mark.parametrize("subject", ["Vedr. Else Bak, f. 02.03.1968", "Vedr. vores fælles borger Else Bak"])
def test_professional_subject_line_names_no_relative(check_text, subject):
    text = ("Fysioterapi Vejle\nVestergade 8, 7100 Vejle\n\n"
            "Jobcenter Vejle\nAtt.: Sagsbehandler Rikke Due\n\n"
            f"Vejle, 1. marts 2027\n{subject}\n\n"
            "Kære Rikke Due\n\n"
            "Else Bak har givet samtykke. Hun træner hos os to gange om ugen og kan sidde en time ad gangen. Hun "
            "kan ikke løfte over 5 kg. Vi forventer, at hun kan vende tilbage til sit job som sekretær om to "
            "måneder.\n\n"
            "Venlig hilsen\nLars Winther, fysioterapeut\nDirekte 75 00 11 22 · lawi@fysiovejle.dk\n")
    assert _profile(check_text, text)[0] == S
