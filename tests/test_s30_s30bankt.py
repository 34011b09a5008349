"""Stop 30, bank-t's classes (every sentence here is invented; near misses must stay as they are):

- a field's value that fixes no time ("Tidsplan: endnu ikke fastsat", "Svar senest: efter nærmere aftale") is an
  unanswered field (felt-tom), and "ikke fastlagt" is no time frame of its own;
- "og"/"men" before a finite verb of a plan or a course ("… og forventes sygemeldt …", "… og starter …") opens a
  clause of its own (klausulgraense): history in the first clause voids nothing in the second;
- words skipped after "har" that are a plan's participle ("har aftalt otte behandlinger fordelt over …") make no
  perfect of the later participle (dato-fortid);
- a past in -te ("viste", "mærkte") and an examination whose finding is told ("Scanningen den … viser …") make the
  date in the clause history in a letter without its own date (dato-fortid);
- a capacity by its compound ("bæreevne", "siddetolerance", "løftekapacitet") is a concrete topic asked about
  (info-emne);
- a circular purpose whose information is told only by whom or what it is about ("Formålet er at indhente oplysninger
  om patienten.") names no use (formaal-tom);
- an answer saying only that the writer does not know ("Det kender jeg ikke til.") answers no question (felt-tom);
- the citizen's question told indirectly with who is asked or how often between ("spørger mig hver uge, om …") takes
  no stance on the outlook (borger-oenske);
- an instruction told to the writer ("… har sagt, at jeg skal …") is no consent, for the concepts and the sentence
  scorer alike (samtykke-paalagt).
"""

from __future__ import annotations

import pytest
from test_concepts import HEAD, TAIL, statement_test

S, J = "sundhed-til-job", "job-til-sundhed"
T, P, N = "sundhed.tidsplan", "sundhed.prognose", "sundhed.nuvaerende-job"
F, E, U, C = "job.frist", "job.efterspurgt-info", "job.formaal", "samtykke"

HEALTH: list[tuple[str, bool, str]] = [
    # a field with no time
    (T, False, "Tidsplan: endnu ikke fastsat."),
    (T, False, "Forventet varighed: ikke fastlagt endnu."),
    (T, False, "Forløbet er ikke fastlagt."),
    (T, True, "Tidsplan: forventes afsluttet i uge 30."),
    (T, True, "Forventet varighed: ikke fastlagt, men nok omkring otte uger."),
    # the writer does not know
    (N, False, "Hvad er borgerens arbejde? Det kender jeg ikke til."),
    (N, False, "Nuværende job: Det ved jeg ikke noget om."),
    (N, True, "Hvad er borgerens arbejde? Han er buschauffør."),
    (N, True, "Hvad er borgerens arbejde? Det har jeg ikke kendskab til, men han kører bus."),
    # the citizen's question told indirectly
    (P, False, "Han spørger mig hver uge, om han snart kan vende tilbage til sit job."),
    (P, False, "Hun har spurgt lægen flere gange, hvornår hun kan starte på arbejdet igen."),
    (P, True, "Han spørger tit til arbejdet, og jeg vurderer, at han kan vende tilbage til sit job om to måneder."),
    (P, True, "Jeg forventer, at hun kan vende tilbage til sit arbejde som frisør."),
    # an instruction to the writer is no permission
    (C, False, "Lægen sagde, at vi skulle sende en ny status."),
    (C, False, "Hun har fortalt, at jeg bør ringe til hendes leder."),
    (C, True, "Hun har sagt, at jeg gerne må ringe til jobcentret."),
    (C, True, "Han har sagt, at jeg skal skrive til jer, og han har givet sit samtykke."),
]

JOB: list[tuple[str, bool, str]] = [
    (F, False, "Svar senest: efter nærmere aftale."),
    (F, False, "Svarfrist: aftales."),
    (F, True, "Svarfrist: 15. april 2026."),
    (F, True, "Svarfrist: efter aftale, dog senest 15. april 2026."),
    (E, True, "Hvor stor er hendes bæreevne?"),
    (E, True, "Spørgsmål til lægen: Hvordan er hans siddetolerance i dag?"),
    (E, True, "Vi vil gerne vide mere om hendes gangtolerance."),
    (E, False, "Hvordan har hun det?"),
    (E, False, "Hvad er hans adresse?"),
    (U, False, "Formålet med henvendelsen er at få oplysninger om hendes helbred."),
    (U, False, "Formålet er at indhente oplysninger om patienten."),
    (U, True, "Formålet er at få oplysninger om hendes helbred, så vi kan lægge en plan for hendes tilbagevenden."),
    (U, True, "Formålet er at få oplysninger om patienten til brug for vurderingen af hans ret til sygedagpenge."),
]

test_health = statement_test(HEALTH, profile=S)
test_job = statement_test(JOB, profile=J)

UNDATED = HEAD[S].replace("Lindeby, 2. marts 2026\n\n", "")


@pytest.mark.parametrize(("addressed", "body"), [
    # a plan after "og" keeps its clause
    (True, "Han blev opereret i januar og forventes sygemeldt i yderligere fire uger."),
    (True, "Hun er opereret og starter genoptræning om tre uger."),
    (False, "Han blev opereret i januar og var sygemeldt i fire uger."),
    # a plan's participle after "har"
    (True, "Vi har aftalt otte behandlinger fordelt over de næste fire uger."),
    (True, "Jeg har planlagt seks konsultationer spredt over de kommende to måneder."),
    (False, "Vi har haft otte behandlinger fordelt over fire uger."),
    # a past in -te, an examination's finding
    (False, "Scanningen den 4. september viste slidgigt i knæet."),
    (False, "Røntgenundersøgelsen den 2. juni viser ingen brud."),
    (False, "Hun mærkte smerterne første gang den 3. maj."),
    (True, "Planen viser, at han starter på nedsat tid den 1. juni 2027."),
    (True, "Han skal scannes den 4. september 2027."),
])
def test_undated_history(check_text, addressed, body):
    """In a letter without its own date, a date told in the past is history; a plan in its own clause is not."""
    assert UNDATED != HEAD[S]
    result = check_text(UNDATED + body + TAIL, profile=S, only={T})
    assert any(f.rule == T for f in result.findings) != addressed, body
