"""Stop 30, the health side's statements at their most varied (blind set hv): classes found there, pinned with our
own sentences and their near misses.

- profile: an employer's mail domain in the definite form a business's name often takes ("bageriet-…",
  "firmaet", "vaerkstedet", "smedien") is an employer's, so a job centre writing there is `generel`.
- sundhed.skaanehensyn: the breaks the job already has, told with their number ("kører 7 timer om dagen med to
  korte pauser"), describe the job (pauser-i-jobbet); a task of the job that helps others "med barnevogne" is no
  aid for the citizen ("Det vil hjælpe hende med en kassestol" still is).
- job.dikterer-behandling: asking the reader to end the treatment by a date, or to give no more of it, dictates
  the treatment (dikterer) ...
- job.formaal: ... and such a request is no purpose, even after "Derfor" (unless_clause dikterer); the answer
  had in hand at a meeting ("så jeg kan bruge det på samtalen.") and the reader asked to help with the reply
  itself ("Kan du hjælpe mig med svar på:") name no use in the case (formaal-tom). The checklist's proof is then
  the sentence that does name the use.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

J, S = "job-til-sundhed", "sundhed-til-job"

CASES: list[tuple[str, str, bool, str]] = [
    # the job's own breaks, counted
    ("sundhed.skaanehensyn", S, False, "Hun er buschauffør. Hun kører 6 timer om dagen med to korte pauser."),
    ("sundhed.skaanehensyn", S, False, "Han står ved båndet 7 timer om dagen med et par pauser."),
    ("sundhed.skaanehensyn", S, False, "Hun arbejder 8 timer ad gangen med 2 pauser."),
    ("sundhed.skaanehensyn", S, True, "Hun bør køre 6 timer om dagen med to korte pauser."),
    ("sundhed.skaanehensyn", S, True, "Han bør i starten have to korte pauser hver dag."),
    # helping others with things is a task, not an aid
    ("sundhed.skaanehensyn", S, False, "Hun er buschauffør og skal også hjælpe gangbesværede med rollatorer og "
     "barnevogne ind i bussen."),
    ("sundhed.skaanehensyn", S, True, "Det vil hjælpe hende meget med en kassestol."),
    ("sundhed.skaanehensyn", S, True, "Det vil hjælpe ham med et hæve-sænkebord."),
    # a request that dictates the treatment names no purpose
    ("job.formaal", J, False, "Hun begynder i praktik hos en gartner den 3. juni. Derfor beder jeg dig om at "
     "afslutte behandlingen inden da og ikke give hende flere behandlinger, når praktikken er i gang."),
    ("job.formaal", J, False, "Hun skal i praktik fra 3. juni. Derfor beder jeg dig om at afslutte genoptræningen "
     "senest den 31. maj."),
    ("job.formaal", J, True, "Han skal starte i praktik den 1. juni. Derfor beder jeg dig om at beskrive, hvad han "
     "kan løfte, så vi kan finde de rette opgaver i praktikken."),
    ("job.formaal", J, True, "Vi skal bruge svaret til at planlægge praktikken. Vi beder dig afslutte behandlingen "
     "inden 1. juni."),
    # the answer at a meeting, the clause ending there
    ("job.formaal", J, False, "Jeg vil gerne have dit svar senest den 12. juni, så jeg kan bruge det på mødet."),
    ("job.formaal", J, False, "Send gerne svaret inden fredag, så vi har det til opfølgningssamtalen."),
    ("job.formaal", J, True, "Jeg vil gerne have dit svar senest den 12. juni, så jeg kan bruge det til at "
     "planlægge hans opstart."),
    ("job.formaal", J, True, "Vi skal bruge svaret til mødet om, hvilke opgaver hun kan tage."),
    # help with the reply itself
    ("job.formaal", J, False, "Kan du hjælpe mig med svar på disse spørgsmål:\n1. Hvornår bliver hun udskrevet?\n"
     "2. Hvor længe skal hun træne?"),
    ("job.formaal", J, False, "Vil du hjælpe os med at besvare spørgsmålene nedenfor?\n1. Hvad kan han løfte?"),
    ("job.formaal", J, True, "Kan du hjælpe mig med at lægge en plan for hans tilbagevenden ved at svare på "
     "spørgsmålene nedenfor?"),
    ("job.formaal", J, True, "Kan du hjælpe mig med svar på spørgsmålene, så jeg kan planlægge hendes opstart på "
     "nedsat tid?"),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s30hv_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)


# -- job.dikterer-behandling: ending the treatment by a date -----------------------------------------------------

HEAD_J = ("Jobcenter Lindeby\nTorvet 1, 6600 Lindeby\n\nTil: Lægerne i Lindeby\nAtt.: Læge Peter Holm\n\n"
          "Vedr.: din patient Ole Hansen\n\nKære Peter Holm\n\n")
TAIL_J = "\n\nMed venlig hilsen\n\nSofie Berg\nSagsbehandler, Jobcenter Lindeby\nDirekte tlf. 40 27 15 93\n"


@pytest.mark.parametrize("body, dictates", [
    ("Derfor beder jeg dig om at afslutte genoptræningen senest den 31. maj.", True),
    ("Vi beder jer gøre behandlingen færdig inden praktikken starter.", True),
    ("Jeg vil bede dig om ikke at give ham flere behandlinger, når han er startet.", True),
    ("Jeg vil gerne vide, om du vil give ham flere behandlinger.", False),
    ("Jeg beder dig om ikke at starte noget nyt, og jeg vil bede dig ikke give ham flere behandlinger.", True),
    ("Jeg beder dig oplyse, hvornår behandlingen forventes afsluttet.", False),
    ("Kan du fortælle, om du regner med at afslutte behandlingen inden juni?", False),
])
def test_ending_the_treatment_by_a_date_is_dictated(check_text, body, dictates):
    res = check_text(HEAD_J + body + TAIL_J, profile=J, only={"job.dikterer-behandling"})
    assert any(f.rule == "job.dikterer-behandling" for f in res.findings) == dictates, body


# -- the checklist's proof of job.formaal is the sentence that names the use ---------------------------------------

def test_formaal_proof_skips_the_help_request_and_the_meeting_timing(check_text):
    body = ("Kan du hjælpe mig med svar på:\n1. Hvornår bliver han udskrevet?\n2. Hvor længe skal han træne?\n\n"
            "Jeg vil gerne have dit svar senest den 12. juni, så jeg kan bruge det på samtalen.\n\n"
            "Jeg skal bruge svarene til at lægge en plan for hans tilbagevenden til lageret.")
    res = check_text(HEAD_J + body + TAIL_J, profile=J, only={"job.formaal"})
    item = next(c for c in res.checklist if c.rule == "job.formaal")
    assert item.status == "ok" and item.text.startswith("Jeg skal bruge svarene"), item.text


# -- profile: an employer's domain in the definite form -------------------------------------------------------------

def _profile(check_text, text: str) -> tuple[str, str | None]:
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason


PLAN = ("Tak for snakken i går om Sofie Krag. Som aftalt inviterer jeg dig til et møde om, hvordan Sofie kan komme "
        "tilbage. Hendes fysioterapeut deltager også.\n\nHendes fysioterapeut vurderer, at hun kan starte med 12 "
        "timer om ugen.")
JOB_SIGN = "\n\nVenlig hilsen\nKarsten Vium\nJobkonsulent, Jobcenter Nørreby\nMobil 41 52 63 74\n"


@pytest.mark.parametrize("to", [
    "Til: Lise Ravn <lr@bageriet-solsikken.dk>",
    "Til: Lise Ravn <lr@firmaet-ravn.dk>",
    "Til: Lise Ravn <lr@vaerkstedet-nord.dk>",
    "Til: Lise Ravn <lr@smedien-vest.dk>",
])
def test_a_business_domain_in_the_definite_form_is_an_employer(check_text, to):
    text = (f"Fra: Jobcenter Nørreby <sygedagpenge@norreby.dk>\n{to}\nSendt: 28. april 2026 10:12\n"
            "Emne: Sofie Krag – møde\n\nKære Lise Ravn\n\n" + PLAN + JOB_SIGN)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


@pytest.mark.parametrize("to", [
    "Til: Lise Ravn <lr@fysio-nord.dk>",       # a clinic's domain stays the health side
    "Til: Lise Ravn <lr@laegehuset-vest.dk>",
])
def test_a_health_domain_keeps_the_direction(check_text, to):
    text = (f"Fra: Jobcenter Nørreby <sygedagpenge@norreby.dk>\n{to}\nSendt: 28. april 2026 10:12\n"
            "Emne: Sofie Krag\n\nKære Lise Ravn\n\nSofie har givet samtykke til, at jeg skriver til dig. Hvad kan "
            "hun løfte? Jeg skal bruge svaret til at planlægge hendes opstart." + JOB_SIGN)
    assert _profile(check_text, text)[0] == J
