"""Stop 31, after the held-out figure (s31afterc): the job centre's own question told as its task in a main clause
("Vi skal finde ud af, om …", "idet kommunen skal tage stilling til, hvorvidt …") asks the reader for nothing
(`formaal-vurdering`), and the case's handling named with "behandling" ("sagens videre behandling") is no treatment
asked about (`sagsbehandling-omtale`); a concrete question beside them still counts."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

CASES: list[tuple[bool, str]] = [
    (False, "Vi skal snart finde ud af, om hun kan begynde på et par timer om dagen i butikken, og derfor vil jeg "
     "gerne høre, hvordan det ser ud fra din side."),
    (False, "Skal vi afklare, om han kan tåle halve dage, vil jeg gerne høre fra dig."),
    (False, "Vi beder om dine oplysninger, idet kommunen under sagens videre behandling skal tage stilling til, "
     "hvorvidt ydelsen kan forlænges."),
    (False, "Send os gerne dine oplysninger, så behandlingen af hendes sag ikke trækker ud."),
    (True, "Vi skal finde ud af, om han kan arbejde 20 timer, og derfor vil jeg gerne vide, hvor mange kilo han "
     "må løfte."),
    (True, "Vi beder om en beskrivelse af behandlingen af hans skulder og den planlagte operation."),
    (True, "Hvilken behandling får hun nu, og hvornår forventer du, at den er afsluttet?"),
]


@pytest.mark.parametrize(("addressed", "body"), CASES)
def test_own_task_and_case_handling_ask_nothing(check_text, addressed, body):
    assert_addressed(check_text, "job.efterspurgt-info", addressed, body, profile="job-til-sundhed")


# (s31afterc, bank w) the deadline classes: a form's deadline field named by the answer's passive verb counts; a range
# of weekdays (office hours) is no deadline
FRIST: list[tuple[bool, str]] = [
    (True, "Vi beder om en statusattest.\nReturneres senest: 14.05.2026"),
    (True, "Vi beder om en statusattest.\nBesvares inden: 3. juni 2026"),
    (False, "Vi beder om en statusattest. Du kan fange mig tirsdag til fredag kl. 9-14, hvis du har spørgsmål."),
    (False, "Vi beder om en statusattest. Jeg træffes fra mandag til onsdag om formiddagen."),
]


@pytest.mark.parametrize(("addressed", "body"), FRIST)
def test_form_deadline_field_and_office_hours(check_text, addressed, body):
    assert_addressed(check_text, "job.frist", addressed, body, profile="job-til-sundhed")


# a field labelled with the job's demands or tasks, with its content, tells the job; an unknown value does not
JOB: list[tuple[bool, str]] = [
    (True, "Arbejdsopgaver (som hun selv beskriver dem): opvask og rengøring i et storkøkken, 30 timer om ugen."),
    (True, "Jobkrav: montering af køkkener, løft af skabe op til 30 kg."),
    (False, "Jobkrav: ikke oplyst."),
]


@pytest.mark.parametrize(("addressed", "body"), JOB)
def test_job_demands_field(check_text, addressed, body):
    assert_addressed(check_text, "sundhed.nuvaerende-job", addressed, body)


# daily life at home and what worsens or eases the pain are no work adjustment; an adjustment drawn from it is
SKAANE: list[tuple[bool, str]] = [
    (False, "Han bør ikke slæbe på tunge bæreposer fra supermarkedet og bør skifte til en hårdere madras."),
    (False, "Generne forværres ved lange perioder med stående arbejde og bedres ved hvile."),
    (True, "Generne forværres ved stående arbejde, så hun bør have lettere opgaver i en periode."),
    (True, "Han bør undgå tunge løft på værkstedet de næste fire uger."),
]


@pytest.mark.parametrize(("addressed", "body"), SKAANE)
def test_home_life_and_symptom_triggers(check_text, addressed, body):
    assert_addressed(check_text, "sundhed.skaanehensyn", addressed, body)


# (s31afterc, hy) a denied worry of the writer's is a confident outlook; a bare compound kind of work taken on again
PROGNOSE: list[tuple[bool, str]] = [
    (True, "Jeg er ikke bekymret for, om han kan klare lagerarbejde igen, når skulderen er helet."),
    (False, "Han er selv bekymret for, om han kan klare lagerarbejde igen."),
]


@pytest.mark.parametrize(("addressed", "body"), PROGNOSE)
def test_denied_worry_is_an_outlook(check_text, addressed, body):
    assert_addressed(check_text, "sundhed.prognose", addressed, body)


# a job's activity at its workplace in a relative clause on the citizen's name
JOB_REL: list[tuple[bool, str]] = [
    (True, "Karsten, der pakker varer på et lager i Vejle, har haft ondt i ryggen siden jul."),
    (False, "Det er især trapperne, der gør ondt på ham."),
]


@pytest.mark.parametrize(("addressed", "body"), JOB_REL)
def test_job_in_a_relative_clause(check_text, addressed, body):
    assert_addressed(check_text, "sundhed.nuvaerende-job", addressed, body)


# an end at a holiday is a time frame
TIDSPLAN: list[tuple[bool, str]] = [
    (True, "Han træner videre hos os, til forløbet slutter ved efterårsferien."),
    (False, "Ved jul havde han meget ondt."),
]


@pytest.mark.parametrize(("addressed", "body"), TIDSPLAN)
def test_end_at_a_holiday(check_text, addressed, body):
    assert_addressed(check_text, "sundhed.tidsplan", addressed, body)


# an enclosed form to fill in, by any form of the verb
FORM: list[tuple[bool, str]] = [
    (True, "Jeg vil bede om, at du udfylder det vedlagte statusskema inden samtalen."),
    (True, "Vi håber, at du vil returnere den vedhæftede blanket."),
]


@pytest.mark.parametrize(("addressed", "body"), FORM)
def test_enclosed_form(check_text, addressed, body):
    assert_addressed(check_text, "job.efterspurgt-info", addressed, body, profile="job-til-sundhed")


# a consent field with a long label in the letter's head is read (not an address line)
def test_consent_field_in_the_head(check_text):
    letter = ("Sundhedscenter Lindeby\nParkvej 2, 6600 Lindeby\n\nJobcenter Lindeby\nAtt.: Sofie Berg\n\n"
              "Lindeby, 2. marts 2026\n\nVedr.: Ole Hansen\n"
              "Samtykke fra borgeren til at orientere jobcentret: Ja, skriftligt 1.3.2026\n\nKære Sofie Berg\n\n"
              "Ole træner to gange om ugen hos os.\n\nMed venlig hilsen\n\nAnne Holm\nFysioterapeut\n")
    result = check_text(letter, profile="sundhed-til-job", only={"samtykke"})
    assert not any(f.rule == "samtykke" for f in result.findings)
