"""Stop 28, classes from the dev set hf (direction and authorship hard to tell), branch s28hf. Every letter and
sentence here is our own.

(1) A system's sender fields ("Afsender: <organisation>" / "Afsender tlf.: …", MedCom-like heads) that name only an
    organisation give the organisation's number, also when the text is initialled further down ("/KMH"): a general
    number, no personal one (RULES.md kontakt.telefon, kontakt.afdeling); a person named in the field keeps the
    number under the name the person's.
(2) The sender's own fields in the genitive ("Afsenders navn:", "Afsenders direkte tlf.:", "Afsenders e-mail:") under
    "Afsender:" are the sender's part: the name, the direct line and the personal address count (layout.yaml
    `sender-label`).
(3) A coordinating unit's name on the signature's unit line ("Fælles Rygkoordination Nord") is no person's name
    (`organisation-word`): signed with a first name only, the letter has no named sender.
(4) A vague phrase inside the first item of a list (which shares its sentence with the lead line above it: "Jeg vil
    gerne høre:" / "- …, og hvordan går det?") voids that item only, not the lead and the other items.
(5) Consent in everyday words: "har sagt ja til, at vi taler sammen" (not "sagt ja til at tale med en psykolog").
(6) A job centre writing to an employer ("Til: …, Byggefirma ApS") with the GP and the citizen in copy is `generel`:
    a copy is a reader, the "Til:" field the addressee (RULES.md Profiles); a copy to the other sector under a "Til:"
    field naming a sector still counts as before.
(Not changed: a secretary signing under "p.v.a. overlæge …" — the sender banks sb-33 and sh-33 take the doctor as
the responsible professional, the dev set hf-03 the secretary; left as before.)
(7) Jargon explained before the term, joined by a marker ("en forsnævring af rygmarvskanalen, det vil sige
    spinalstenose"; RULES.md: explained at or before its first use; lexicons/letter/explanation.yaml `before-term`);
    a marker after another term explains that one, not the term after it.
"""

from __future__ import annotations

import pytest
from kontakt_rules import KONTAKT
from sender_helpers import sender_emails, sender_phones
from test_concepts import assert_addressed

REPORT = ("Til rette vedkommende\n\n"
          "Mona har gået til træning hos os i seks uger og slutter forløbet den 20. marts. Hun er pædagog i en "
          "børnehave. Hun kan løfte 10 kg og sidde på en lav stol i en halv time. Hun bør de næste fire uger undgå at "
          "løfte børnene op. Vi forventer, at hun er tilbage på fuld tid i april. Mona har givet samtykke til, at vi "
          "skriver til jer.\n\n")


def _kontakt(check_text, text: str):
    res = check_text(text, only=KONTAKT)
    return res, {f.rule for f in res.findings}


# -- (1) a system's sender fields naming only an organisation ------------------------------------------------------

@pytest.mark.parametrize("sign", ["/BKL\n", "Hilsen\nBKL\n", ""])
def test_organisations_sender_field_number_is_the_organisations(check_text, sign):
    text = ("Afsender: Genoptræningen, Sundhed og Omsorg, Vesterby Kommune\nAfsender tlf.: 63 21 40 00\n"
            "Modtager: Jobcenter Vesterby, Team Sygedagpenge\nEmne: Mona Friis\nDato: 02.03.2027 10:12\n\n"
            + REPORT + sign)
    res, fired = _kontakt(check_text, text)
    assert sender_phones(res) == {("63214000", False)}
    assert {"kontakt.navn", "kontakt.telefon", "kontakt.email", "kontakt.afdeling"} <= fired


def test_organisations_sender_field_with_its_mailbox_only_is_the_departments(check_text):
    text = ("Afsender: Jobcenter Vesterby, Sygedagpenge Nord\nAfsender tlf.: 63 21 50 00\n"
            "Afsender e-mail: sygedagpenge.nord@vesterby.dk\nModtager: Lægehuset Kirkevej\nEmne: Ole Berg\n\n"
            "Ole Berg har givet samtykke til, at vi skriver. Udfyld venligst vedlagte statusattest inden 1. april. Vi "
            "bruger den til at planlægge hans tilbagevenden.\n\nHilsen\nTRS\n")
    res, fired = _kontakt(check_text, text)
    assert sender_phones(res) == {("63215000", False)}
    assert sender_emails(res) == {("sygedagpenge.nord@vesterby.dk", False)}
    assert "kontakt.afdeling" in fired


def test_a_person_named_in_the_sender_field_keeps_the_number_under_the_name(check_text):
    """Near miss: the field names a person, so the number under it is that person's (RULES.md: under the name)."""
    text = ("Afsender: Birgit Klausen, fysioterapeut, Genoptræningen Vesterby\nAfsender tlf.: 63 21 40 17\n"
            "Modtager: Jobcenter Vesterby, Team Sygedagpenge\nEmne: Mona Friis\n\n" + REPORT + "/BKL\n")
    res, fired = _kontakt(check_text, text)
    assert sender_phones(res) == {("63214017", True)}
    assert "kontakt.telefon" not in fired and "kontakt.navn" not in fired


# -- (2) the sender's own fields in the genitive ------------------------------------------------------------------

def test_senders_own_genitive_fields_are_the_senders(check_text):
    text = ("Afsender: Vesterby Sygehus, Ortopædkirurgisk Ambulatorium\nAfsenders navn: Afdelingslæge Jonas Brink\n"
            "Afsenders direkte tlf.: 63 44 71 25\nAfsenders e-mail: jobr@vesterby-sygehus.dk\n"
            "Modtager: Jobcenter Vesterby\nEmne: Mona Friis\nDato: 02.03.2027\n\n" + REPORT
            + "Med venlig hilsen\nJonas Brink\nAfdelingslæge\n")
    res, fired = _kontakt(check_text, text)
    assert res.sender["name"] == "Jonas Brink"
    assert sender_phones(res) == {("63447125", True)}
    assert sender_emails(res) == {("jobr@vesterby-sygehus.dk", True)}
    assert not fired


def test_a_recipients_field_under_the_senders_fields_is_not_the_senders(check_text):
    """Near miss: "Modtager:" ends the sender's fields; its mailbox is the recipient's, not the sender's."""
    text = ("Afsender: Vesterby Sygehus, Ortopædkirurgisk Ambulatorium\nAfsenders navn: Afdelingslæge Jonas Brink\n"
            "Afsenders direkte tlf.: 63 44 71 25\nModtager: Jobcenter Vesterby <jobcenter@vesterby.dk>\n"
            "Emne: Mona Friis\n\n" + REPORT + "Med venlig hilsen\nJonas Brink\n")
    res, fired = _kontakt(check_text, text)
    assert sender_phones(res) == {("63447125", True)}
    assert not sender_emails(res)
    assert "kontakt.email" in fired and "kontakt.telefon" not in fired


# -- (3) a coordinating unit's name is no person's ----------------------------------------------------------------

@pytest.mark.parametrize("unit", ["Tværgående Sygedagpengekoordinering Syd", "Fælles Rygkoordination Nord",
                                  "Fælles Koordinering Vesterby"])
def test_a_coordinating_units_name_is_no_persons_name(check_text, unit):
    text = (f"Fra: {unit} <koordinering@vesterby.dk>\n"
            "Til: Jobcenter Vesterby <jobcenter@vesterby.dk>\nEmne: Møde om Mona Friis\n\nKære alle\n\n"
            "Vi inviterer til et møde om Monas forløb den 12. april kl. 10.\n\nHilsen Pernille\nKoordinator\n"
            f"{unit}\nDirekte tlf. 63 21 77 40\n")
    res, fired = _kontakt(check_text, text)
    assert res.sender["name"] is None
    assert "kontakt.navn" in fired


def test_a_persons_display_name_is_a_name(check_text):
    """Near miss: the display name is a person's; the first name in the signature is the same person."""
    text = ("Fra: Pernille Dahl <pernille.dahl@vesterby.dk>\nTil: Jobcenter Vesterby <jobcenter@vesterby.dk>\n"
            "Emne: Møde om Mona Friis\n\nKære alle\n\nVi inviterer til et møde om Monas forløb den 12. april kl. 10."
            "\n\nHilsen Pernille\nKoordinator, Sygedagpengekoordineringen\nDirekte tlf. 63 21 77 40\n")
    res, fired = _kontakt(check_text, text)
    assert res.sender["name"] == "Pernille Dahl"
    assert "kontakt.navn" not in fired


# -- (4) a vague first list item voids only itself -----------------------------------------------------------------

J = "job-til-sundhed"
E = "job.efterspurgt-info"


@pytest.mark.parametrize("addressed, body", [
    (True, "Vi vil gerne vide:\n- Hvor tit træner Mona, og hvordan det går?\n- Hvor længe kan hun sidde på en lav "
           "stol?\n- Hvor meget kan hun løfte?"),
    (True, "Jeg har nogle spørgsmål:\n- Har du noget nyt om Ole?\n- Hvor mange timer om ugen kan han arbejde?"),
    # near misses: every item vague, or a vague lead line with nothing concrete under it
    (False, "Vi vil gerne vide:\n- hvordan det går\n- om der er noget nyt"),
    (False, "Send os en kort status:\n- gerne snart"),
])
def test_a_vague_first_item_does_not_void_the_list(check_text, addressed, body):
    assert_addressed(check_text, E, addressed, body, profile=J)


# -- (5) consent in everyday words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("addressed, body", [
    (True, "Mona går på jeres hold, og hun har sagt ja til, at vi taler sammen om hendes forløb."),
    (True, "Ole sagde ja til, at jeg taler med dig om hans ryg."),
    (False, "Mona har sagt ja til at tale med en psykolog om sine smerter."),
    (False, "Ole har sagt ja til, at vi taler om et nyt praktiksted."),
])
def test_consent_to_talk_together(check_text, addressed, body):
    assert_addressed(check_text, "samtykke", addressed, body, profile=J)


# -- (6) a job centre writing to an employer with copies ------------------------------------------------------------

EMPLOYER_MAIL = ("Fra: Rikke Holt <riho@vesterby.dk>\nTil: Kim Lund, Lund Tag & Facade ApS <kim@lundtag.dk>\n"
                 "Cc: {cc}\nEmne: Plan for Ole Berg\n\nKære Kim Lund\n\n"
                 "Tak for mødet i går. Her er planen, vi aftalte. Ole starter med 4 timer om dagen fra den 1. april og "
                 "går op til fuld tid i løbet af seks uger.\n\nVenlig hilsen\nRikke Holt\nVirksomhedskonsulent, "
                 "Jobcenter Vesterby\nMobil 22 41 60 35\n")


@pytest.mark.parametrize("cc", ["Ole Berg <oleberg@gmail.com>; Lægehuset Kirkevej <post@laegehuset-kirkevej.dk>",
                                "Vesterby Fysioterapi <info@vesterbyfysio.dk>"])
def test_job_centre_to_an_employer_with_a_health_copy_is_generel(check_text, cc):
    res = check_text(EMPLOYER_MAIL.format(cc=cc), only=set())
    assert (res.profile, res.profile_evidence.reason) == ("generel", "job-to-employer")


def test_job_centre_to_a_gp_with_the_employer_in_copy_is_job_til_sundhed(check_text):
    """Near miss: the "Til:" field is the GP's; the employer only gets a copy."""
    text = EMPLOYER_MAIL.format(cc="Kim Lund, Lund Tag & Facade ApS <kim@lundtag.dk>").replace(
        "Til: Kim Lund, Lund Tag & Facade ApS <kim@lundtag.dk>", "Til: Lægehuset Kirkevej <post@laegehuset-kirkevej.dk>"
    ).replace("Kære Kim Lund", "Kære læge").replace(
        "Tak for mødet i går. Her er planen, vi aftalte.",
        "Ole har givet samtykke til, at vi skriver. Hvor mange timer kan han arbejde? Svar gerne inden 20. marts, så "
        "vi kan lægge planen.")
    assert check_text(text, only=set()).profile == "job-til-sundhed"


# -- (7) jargon explained before the term ------------------------------------------------------------------------

def _jargon(check_text, sentence: str) -> list[str]:
    res = check_text("Til Jobcenter Vesterby\n\nKære sagsbehandler\n\n" + sentence + "\n\nHilsen\nAnne Holm\n",
                     only={"sprog.jargon"})
    return sorted(f.term.lower() for f in res.findings)


@pytest.mark.parametrize("sentence, flagged", [
    ("Scanningen viser en forsnævring af rygmarvskanalen, det vil sige spinalstenose.", []),
    ("Hun har smerter, der stråler ned i benet, dvs. ischias.", []),
    ("Han får et job på nedsat tid med tilskud, også kaldet fleksjob.", []),
    # near misses: no marker, or the marker after another term
    ("Scanningen viser en forsnævring af rygmarvskanalen og spinalstenose.", ["spinalstenose"]),
    ("Han skal i arbejdsprøvning, dvs. fleksjob.", ["fleksjob"]),
])
def test_an_explanation_before_the_term(check_text, sentence, flagged):
    assert _jargon(check_text, sentence) == flagged
