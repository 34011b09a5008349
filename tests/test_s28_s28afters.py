"""Stop 28 sender and profile classes (held-out letters of stop 28 showed them; every letter here is invented):

- a mentor signing for the job centre ("Mentor, Jobcenter …") is the job centre's staff: a request to a clinic is
  `job-til-sundhed` (RULES.md Profiles: sender "Jobcenter…"); a workplace mentor (virksomhedsmentor) with no job
  centre in the sender's lines stays a sender on neither side (`generel`);
- a head naming the text an internal message ("… – INTERN BESKED", "sendes ikke ud"), its "Til:" a colleague's
  initials: a note kept in the case (`generel`, internal-note); a head without such a mark keeps its direction;
- a byline alone on its line at a note's foot ("Notat skrevet af" / "Sanne Kirk, sagsbehandler") closes the note,
  and the name under it is the sender's (kontakt.navn satisfied);
- an employer's or a business's office mailbox (kontor@, salg@, bogholderi@) is a function mailbox, no personal
  address (RULES.md kontakt.email);
- a system printout's "Kontakt afdeling:" field gives the writing unit's contact details (kontakt.afdeling);
- a mail already sent from a written-out address whose only name is an unfilled merge field: no name
  (kontakt.navn fires; as a template the field still stands for the name);
- a caseworker's field right under "Til: Jobcenter …" in a clinic's letter names the addressee's caseworker, not the
  sender (the signer is the sender); under a job centre's own head fields ("Fra: …") it stays the sender's.
"""

from __future__ import annotations

import pytest
from sender_helpers import kontakt_rules, profile_of


def _kontakt(check_text, text: str, **kw) -> set[str]:
    return kontakt_rules(check_text(text, profile="generel", **kw))


# -- a mentor of the job centre ----------------------------------------------------------------------------------

MENTOR_BODY = ("Hej Rikke\n\nJeg er mentor for Jonas Bech og er med ham to formiddage om ugen i hans praktik på et "
               "lager i Brædstrup. Han pakker ordrer og kører med palleløfter.\n\nJonas siger, at han får ondt i "
               "lænden efter tre timer. Jeg har to spørgsmål:\n\n- Hvor længe ad gangen må han stå op?\n"
               "- Skal han undgå at løfte kasser fra gulvet?\n\nJeg skal bruge svarene, når vi lægger hans "
               "arbejdsplan med lageret. Vi holder møde 9. marts, så skriv gerne inden da.\n\n")


def test_a_mentor_signing_for_the_job_centre_writes_for_the_job_side(check_text):
    text = ("Fra: Allan Krogh Dahl <akd@braedstrup.dk>\nTil: Rikke Lund <rikke.lund@braedstrup.dk>\n"
            "Emne: Jonas i praktik\n\n" + MENTOR_BODY
            + "Hilsen\nAllan\nMentor, Jobcenter Brædstrup\nMobil 41 52 63 74\n")
    assert profile_of(check_text, text)[0] == "job-til-sundhed"


def test_a_workplace_mentor_is_on_neither_side(check_text):
    text = ("Fra: Allan Krogh Dahl <allan@braedstrup-lager.dk>\nTil: Rikke Lund <rikke.lund@braedstrup.dk>\n"
            "Emne: Jonas i praktik\n\n" + MENTOR_BODY + "Hilsen\nAllan\nVirksomhedsmentor, Brædstrup Lager ApS\n"
            "Mobil 41 52 63 74\n")
    assert profile_of(check_text, text)[0] == "generel"


# -- an internal message addressed to a colleague by initials ---------------------------------------------------

INTERNAL_BODY = ("Ang.: Opkald fra jobcentret om Bo Riis\n\nTina Kjær fra Jobcenter Odder ringede om Bo. Hun mangler "
                 "stadig attesten, som blev bestilt i januar. De har møde med Bo 20/3 og vil gerne have den inden da."
                 "\n\nHun spurgte også, om han kan arbejde 10 timer om ugen som chauffør. Jeg lovede, at du ringer "
                 "tilbage.\n\nTina kan fanges på 87 80 11 22 i dag.\n\n/Lone\n")


@pytest.mark.parametrize("head", ["LÆGEHUSET I ODDER – INTERN BESKED",
                                  "Klinikken Torvet · internt notat (sendes ikke ud)"])
def test_an_internal_message_to_a_colleagues_initials_is_no_letter_to_the_job_centre(check_text, head):
    text = f"{head}\n\nTil: PK\nFra: Lone (sekr.)\nDato: 6/3-27\n\n{INTERNAL_BODY}"
    assert profile_of(check_text, text) == ("generel", "internal-note")


def test_a_message_head_without_an_internal_mark_keeps_its_direction(check_text):
    text = ("LÆGEHUSET I ODDER\n\nTil: Jobcenter Odder\nFra: Læge Per Kjeldsen\nDato: 6/3-27\n\nBo Riis har ondt i "
            "ryggen og kan ikke løfte over 10 kg. Han kan arbejde 10 timer om ugen som chauffør fra april. Han skal "
            "ikke læsse af selv. Jeg ser ham igen om fire uger.\n\nMed venlig hilsen\nPer Kjeldsen\nPraktiserende "
            "læge\n")
    assert profile_of(check_text, text)[0] == "sundhed-til-job"


# -- a byline above the author's name ----------------------------------------------------------------------------

NOTE = ("JOURNALNOTAT\nJobcenter Odder, Sygedagpenge\n\nSag: Bo Riis\nDato: 3. marts 2027\n\nSamtale med Bo på "
        "jobcentret. Bo fortalte, at han er startet på genoptræning to gange om ugen. Vi aftalte, at han starter "
        "med 10 timer om ugen fra 1. april.\n\nNæste samtale: 15. april 2027.\n\n")


@pytest.mark.parametrize("byline", ["Notat skrevet af", "Udarbejdet af", "Notatet er skrevet af"])
def test_a_byline_above_the_authors_name_names_the_sender(check_text, byline):
    res = check_text(NOTE + f"{byline}\nSanne Kirk, sagsbehandler\n", profile="generel")
    assert res.sender["name"] == "Sanne Kirk"
    assert "kontakt.navn" not in {f.rule for f in res.findings}


def test_a_byline_with_no_name_under_it_names_no_one(check_text):
    res = check_text(NOTE + "Notat skrevet af\nteamet for sygedagpenge\n", profile="generel")
    assert "kontakt.navn" in {f.rule for f in res.findings}


# -- a business's office mailbox ---------------------------------------------------------------------------------

@pytest.mark.parametrize("box", ["kontor", "salg", "bogholderi"])
def test_an_employers_office_mailbox_is_no_personal_address(check_text, box):
    text = (f"Fra: Kjær Tømrer ApS <{box}@kjaer-toemrer.dk>\nTil: Fysioterapeut Ida Holm <ih@fysio-odder.dk>\n"
            "Emne: Vores lærling\n\nHej Ida\n\nJeg er mester for Bo. Hvad må han løfte, når han starter igen?\n\n"
            "Hilsen Kurt Kjær\nMobil 40 11 22 33\n")
    res = check_text(text, profile="generel")
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [(f"{box}@kjaer-toemrer.dk", False)]
    assert "kontakt.email" in {f.rule for f in res.findings}


def test_a_persons_own_address_at_a_business_stays_personal(check_text):
    text = ("Fra: Kurt Kjær <kurt.kjaer@kjaer-toemrer.dk>\nTil: Fysioterapeut Ida Holm <ih@fysio-odder.dk>\n"
            "Emne: Vores lærling\n\nHej Ida\n\nJeg er mester for Bo. Hvad må han løfte, når han starter igen?\n\n"
            "Hilsen Kurt Kjær\nMobil 40 11 22 33\n")
    assert "kontakt.email" not in _kontakt(check_text, text)


# -- a printout's "Kontakt afdeling:" field -----------------------------------------------------------------------

PRINTOUT = ("==========================================\nDokumenttype:   Udgående notat\nPatient:        Bo Riis, "
            "010180-XXXX\nForfatter:      Maja Friis Holm, overlæge\nAfdeling:       Ortopædkirurgisk Ambulatorium, "
            "Horsens Sygehus\nModtager:       Jobcenter Odder\n{field}\n==========================================\n\n"
            "Til Jobcenter Odder\n\nBo kan arbejde 10 timer om ugen fra april. Han må ikke løfte over 10 kg.\n\n"
            "Venlig hilsen\nMaja Friis Holm\nOverlæge\n")


@pytest.mark.parametrize("label", ["Kontakt afdeling:", "Kontakt klinik:", "Kontakt ambulatoriet:"])
def test_a_printouts_unit_contact_field_gives_the_senders_department_details(check_text, label):
    res = check_text(PRINTOUT.format(field=f"{label}  Sekretariat tlf. 76 27 00 00, ortopaedi@horsens-syg.dk"),
                     profile="generel")
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("76270000", False)]
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [("ortopaedi@horsens-syg.dk", False)]
    assert "kontakt.afdeling" in {f.rule for f in res.findings}


def test_a_printout_with_no_contact_field_has_no_department_details(check_text):
    res = check_text(PRINTOUT.format(field="Status:         Godkendt"), profile="generel")
    assert res.sender["phones"] == [] and res.sender["emails"] == []
    assert "kontakt.afdeling" not in {f.rule for f in res.findings}


# -- a sent mail with a merge field for the name ------------------------------------------------------------------

MERGED = ("Fra: Jobcenter Odder – Sygedagpenge <sygedagpenge@odder.dk>\nSendt: 4. februar 2027 09:12\n"
          "Til: Rygklinikken Odder\nEmne: Bo Riis\n\nTil Rygklinikken\n\nBo har givet samtykke til, at vi skriver. "
          "Hvor mange timer kan han arbejde nu? Vi bruger svaret til hans opfølgningssamtale, og vi skal have det "
          "senest 1. marts.\n\nMed venlig hilsen\n\n{name}\nJobcenter Odder\nTeam Sygedagpenge\n")


def test_a_sent_mail_with_a_name_field_left_blank_names_no_one(check_text):
    assert "kontakt.navn" in _kontakt(check_text, MERGED.format(name="«Sagsbehandler_navn»"))


def test_the_same_name_field_in_a_template_stands_for_the_name(check_text):
    assert "kontakt.navn" not in _kontakt(check_text, MERGED.format(name="«Sagsbehandler_navn»"), template=True)


def test_a_sent_mail_signed_by_name_has_a_name(check_text):
    assert "kontakt.navn" not in _kontakt(check_text, MERGED.format(name="Hanne Bro Jensen"))


# -- the addressee's caseworker under "Til: Jobcenter …" ---------------------------------------------------------

def test_a_caseworker_field_under_a_job_centre_addressee_is_the_addressees(check_text):
    text = ("Horsens Sygehus – Ortopædkirurgisk Ambulatorium\nSygehusvej 3, 8700 Horsens\n\nSVAR TIL JOBCENTRET\n\n"
            "Til: Jobcenter Odder, Sygedagpenge\nSagsbehandler: Hanne Bro\nBorger: Bo Riis\nDato: 3. marts 2027\n\n"
            "Bo kan arbejde 10 timer om ugen fra april. Han må ikke løfte over 10 kg.\n\nMed venlig hilsen\n\n"
            "Maja Friis Holm\nOverlæge\nTlf. (direkte) 76 27 41 52\n")
    res = check_text(text, profile="generel")
    assert res.sender["name"] == "Maja Friis Holm"


def test_a_caseworker_field_under_the_job_centres_own_sender_field_stays_the_senders(check_text):
    text = ("Jobcenter Odder\nRådhusgade 3, 8300 Odder\n\nTil: Horsens Sygehus, Ortopædkirurgisk Ambulatorium\n"
            "Sagsbehandler: Hanne Bro Jensen\nBorger: Bo Riis\n\nBo har givet samtykke. Hvor mange timer kan han "
            "arbejde nu? Vi skal bruge svaret senest 1. marts til hans opfølgningssamtale.\n\nMed venlig hilsen\n"
            "Jobcenter Odder\n")
    res = check_text(text, profile="generel")
    assert res.sender["name"] == "Hanne Bro Jensen"
