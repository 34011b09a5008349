"""job.frist, job.efterspurgt-info, job.formaal and samtykke: the classes of wording an independent writer's bank
(bank-e, stop 25) showed unseen. Every sentence is our own, each class with its near misses:

- morphology: a definite noun in -et after "har brug for" is no perfect tense ("Vi har brug for notatet senest …"
  in a letter without a date of its own is no history);
- questions: a Q/A form's open question with its answer on the line under it ("Hvornår …?" / "Inden …");
  a yes/no question is a request, and the line under it no answer;
- the reader replying ("Kan klinikken vende tilbage …", "melde tilbage", "give besked"), the citizen returning is none;
- a time frame by the current period ("i løbet af indeværende uge") or the discharge ("før udskrivelsen");
- the citizen's own goal in a clause of its own ("…, så hun kan begynde i praktik inden 1. juni") is no deadline;
- a purpose clause with its subject ("for at jobcentret kan vurdere …"), a step referred back to ("Det
  forudsætter, at vi kender …"), help in the case's work ("hjælpe os i vurderingen af …"), a team's task;
- a hedged request ("Det ville være rart at høre, om …", "jeres bud på"); a heading "Spørgsmål til …:" over a list;
- the citizen asked whether the exchange may happen; a relative's or another party's permission is none.
"""

from __future__ import annotations

import pytest
from test_concepts import HEAD, TAIL, assert_addressed

J = "job-til-sundhed"
FR, INFO, FORM, SAM = "job.frist", "job.efterspurgt-info", "job.formaal", "samtykke"

CASES: list[tuple[str, str, bool, str]] = [
    # an open question answered on the line under it; a question under a question is none, and so is the line under
    # a yes/no question (the letter's next statement)
    (FR, J, True, "Hvornår har vi brug for oplysningerne?\nInden udgangen af juni."),
    (FR, J, False, "Har du brug for en kopi af notatet?\nHvornår i juni kan hun starte?"),
    (FR, J, False, "Kan I sende en status?\nVi holder møde med hende den 3. april."),
    (FR, J, True, "Hvornår skal oplysningerne være her?\nI uge 23."),
    (FR, J, False, "Hvornår skal oplysningerne være her?\n\nI uge 23."),
    # the reader replying by "vende tilbage", "melde tilbage", "give besked"; the citizen returning is no answer
    (FR, J, True, "Kan klinikken vende tilbage senest onsdag i næste uge?"),
    (FR, J, True, "Kan I melde tilbage inden udgangen af måneden?"),
    (FR, J, True, "Giv os gerne besked i løbet af næste måned."),
    (FR, J, False, "Vi regner med, at han kan vende tilbage inden jul."),
    (FR, J, False, "Kan hun vende tilbage til lageret inden sommerferien?"),
    # the current period and the discharge as the time frame; a stay until the discharge is none
    (FR, J, True, "Vi skal bruge jeres vurdering i løbet af indeværende uge."),
    (FR, J, True, "Kan I sende epikrisen før udskrivelsen?"),
    (FR, J, False, "Hun skal træne på afdelingen indtil udskrivelsen."),
    # the citizen's goal in a clause of its own; the answer's deadline in the clause before it still counts
    (FR, J, False, "Vi har brug for jeres vurdering, så hun kan begynde i praktik inden 1. juni."),
    (FR, J, True, "Vi har brug for jeres vurdering inden 1. juni, så hun kan begynde i praktik."),
    # a purpose clause with the job centre as its subject
    (FORM, J, True, "Vi beder om svaret, for at jobcentret kan vurdere, om hun kan starte i praktik."),
    (FORM, J, True, "Jeres oplysninger er nødvendige, for at vi kan afgøre, om han fortsat kan få sygedagpenge."),
    # the step the answer is a condition for, referred back to; a condition on the citizen or on consent is none
    (FORM, J, True, "Vi vil gerne tilbyde ham et job med løntilskud. Det forudsætter, at vi kender hans skånehensyn."),
    (FORM, J, True, "Vi tænker på en praktik i en børnehave. Det kræver, at vi ved, om hun må løfte børn."),
    (FORM, J, False, "Det kræver, at han selv tager kontakt til arbejdsgiveren."),
    (FORM, J, False, "Det kræver, at vi har en underskrevet samtykkeerklæring."),
    # help in the case's work; the writer helping the citizen is none
    (FORM, J, True, "Jeres svar vil hjælpe os i vurderingen af hendes arbejdsevne."),
    (FORM, J, True, "Det vil hjælpe mig meget ved planlægningen af hans opstart at kende hans løftegrænse."),
    (FORM, J, False, "Vi vil gerne hjælpe hende i gang med træningen."),
    # a team's task ahead, also "tage stilling" after a time word
    (FORM, J, True, "Rehabiliteringsteamet skal vurdere, om han kan få et fleksjob."),
    (FORM, J, True, "Vi skal om kort tid tage stilling til hans sygedagpenge."),
    # a hedged request with a concrete topic; a vague one stays vague
    (INFO, J, True, "Det ville være rart at høre, om han kan bære kasser på 15 kg."),
    (INFO, J, True, "Vi hører gerne jeres bud på, hvor mange timer hun kan arbejde."),
    (INFO, J, False, "Det ville være rart at høre, hvordan det går."),
    (INFO, J, False, "Vi hører gerne fra dig."),
    # a heading "Spørgsmål til …:" over numbered topics; the closing offer of questions stays vague
    (INFO, J, True, "Spørgsmål til fysioterapeuten:\n1) Løfteevne\n2) Forventet varighed af forløbet"),
    (INFO, J, False, "Har du spørgsmål til brevet, kan du ringe til mig."),
    # the citizen asked whether the exchange may happen (whatever the answer); someone else asking is none
    (SAM, J, True, "Jeg har spurgt Karin, om jeg må sende en kopi af notatet til dig."),
    (SAM, J, True, "Vi spurgte ham om lov til at kontakte jer."),
    (SAM, J, False, "Jobcentret har spurgt, om vi kan sende en status."),
    (SAM, J, False, "Jeg har spurgt hende, om hun kan komme til kontrol i næste uge."),
    # a relative's or another party's permission is no consent of the citizen; the citizen with a relative is
    (SAM, J, False, "Hans kone har givet os lov til, at vi ringer til hende."),
    (SAM, J, False, "Datteren har sagt ja til, at vi kontakter hende om aftaler."),
    (SAM, J, False, "Lederen har givet tilladelse til, at vi ringer til ham om arbejdstiden."),
    (SAM, J, True, "Hun og hendes mand har givet tilladelse til, at vi skriver til jobcentret."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)


# a letter without a date of its own: there the tense tells history from plan (`dato-fortid`, unless_undated)
UNDATED = HEAD[J].replace("Lindeby, 2. marts 2026\n\n", "")

UNDATED_CASES: list[tuple[bool, str]] = [
    (True, "Vi har brug for notatet senest den 12. juni."),
    (True, "Hvornår har vi brug for svaret?\nInden udgangen af maj."),
    (True, "Vi har behov for skemaet i løbet af næste måned."),
    (False, "Vi har sendt brevet den 12. juni og beder om svar."),
    (False, "Han har fået tilsendt skemaet den 12. juni, og vi beder om svar."),
]


@pytest.mark.parametrize(("addressed", "body"), UNDATED_CASES,
                         ids=[f"{'yes' if a else 'no'}-{i}" for i, (a, _) in enumerate(UNDATED_CASES)])
def test_frist_undated(check_text, addressed, body):
    assert UNDATED != HEAD[J]
    result = check_text(UNDATED + body + TAIL, profile=J, only={FR})
    fired = any(f.rule == FR for f in result.findings)
    assert fired != addressed, f"{FR} should {'' if addressed else 'not '}count as addressed by: {body!r}"
