"""job.efterspurgt-info and job.formaal, round 5 (stop 25): a template's request label with its instruction in
brackets, and the use of the answer as an indirect question. Every sentence is our own, each class with its near
misses:

- a request label with the template's instruction between the label and its colon ("Ønskede oplysninger (sæt
  kryds): …", "Efterspurgte oplysninger (angiv venligst): …") asks as the bare label does; the label without a
  colon, or with vague values only, asks for nothing concrete;
- a ticked box opening a line is a list item's marker ("[x] Skånehensyn" under the label is what is asked); an
  empty box ("[ ] Medicin") marks an option not chosen, no item;
- the use of the information as an indirect question, deferred or unknown ("Hvad oplysningerne skal bruges til,
  afgør vi senere", "Vi ved endnu ikke, hvad svarene skal bruges til."), names no use; a pseudo-cleft that answers
  it ("Hvad svarene skal bruges til, er at …") does, and so does a use stated in the next sentence;
- "tage stilling til" asks only when the reader is to take the position ("Vil du tage stilling til, om …", "Tag
  stilling til …"); the job centre's own coming decision ("Vi skal snart tage stilling til, om …") asks for nothing.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

J, INFO, FO = "job-til-sundhed", "job.efterspurgt-info", "job.formaal"

CASES: list[tuple[str, bool, str]] = [
    (INFO, True, "Ønskede oplysninger (sæt kryds): [x] Løfteevne [ ] Medicin [x] Forventet varighed"),
    (INFO, True, "Efterspurgte oplysninger (angiv venligst): hvor længe hun kan stå, og hvilke skånehensyn hun har"),
    (INFO, True, "Ønsket information [kryds af]: ☒ Arbejdstid ☐ Diagnose"),
    (INFO, True, "Ønskede oplysninger (sæt kryds):\n[x] Skånehensyn\n[ ] Medicin\n[x] Forventet varighed"),
    (INFO, True, "Efterspurgt information:\n☒ Hvor længe hun kan stå ved kassen"),
    (INFO, False, "Ønskede oplysninger (sæt kryds):\n[ ] Skånehensyn\n[ ] Medicin"),
    (INFO, False, "Ønskede oplysninger (se vedlagte) og tak for hjælpen"),
    (INFO, False, "Ønskede oplysninger (angiv venligst): relevante oplysninger og en kort status"),
    (FO, False, "Hvad oplysningerne skal bruges til, afgør vi senere sammen med teamet."),
    (FO, False, "Hvad vi skal bruge dine svar til, aftaler vi, når vi har talt med Mads."),
    (FO, False, "Vi ved endnu ikke, hvad svarene skal bruges til."),
    (FO, False, "Hvad attesten skal anvendes til, får du besked om senere."),
    (FO, True, "Hvad svarene skal bruges til, er at lægge en plan for hans tilbagevenden."),
    (FO, True, "Teamet ved endnu ikke, hvad attesten skal bruges til. Vi bruger den til at vurdere hendes arbejdstid."),
    (FO, True, "Hvad vi bruger dine svar til? Vi bruger dem til at finde ud af, om han kan starte på nedsat tid."),
    (INFO, True, "Vil du tage stilling til, om hun kan arbejde 20 timer om ugen?"),
    (INFO, True, "Vi vil bede lægen tage stilling til, om han kan klare lettere lagerarbejde"),
    (INFO, True, "Kan I venligst tage stilling til hans løfteevne og arbejdstid"),
    (INFO, True, "Tag stilling til, hvor længe hun kan stå ved kassen"),
    (INFO, False, "Teamet skal tage stilling til, om hun kan klare at løfte kasser igen. Vi beder om en status."),
    (INFO, False, "Jeg skal i næste uge tage stilling til, om hans arbejdstid kan sættes op. "
                  "Skriv det, du finder relevant."),
]


@pytest.mark.parametrize("rule_id, addressed, body", CASES)
def test_class(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, J)


# a request label whose tick list has nothing ticked asks for nothing (the require kind reads tick boxes:
# linter/letter/ticks.py)
def test_unticked_request_list(check_text):
    assert_addressed(check_text, INFO, False, "Ønskede oplysninger (sæt kryds): [ ] Løfteevne [ ] Medicin", J)
