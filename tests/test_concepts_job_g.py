"""job.frist, job.efterspurgt-info, job.formaal and samtykke, round 3: the classes of wording a third independent
writer's bank (bank-g, stop 25) showed unseen, and the spec question of another party's consent. Every sentence is
our own, each class with its near misses:

- the writer's urgency ("haster", "hastværk", "tids nok") names the answer a time is for;
- the request in subordinate word order ("det, jeg gerne vil vide, er …"); a template's label for the information
  asked ("Ønskede oplysninger: …");
- "med henblik på" abbreviated (mhp., m.h.p.); the writer's task in the perfect infinitive ("vi skal have afklaret,
  om …"); the use asked as an open question states no use;
- another party's consent (employer, leader, relative, guardian) is never the citizen's, also to the exchange; a
  relative acting for the citizen counts only where the text says the citizen agreed (RULES.md Definitions: samtykke
  is the citizen's consent).
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

J, S = "job-til-sundhed", "sundhed-til-job"
FR, INFO, FORM, SAM = "job.frist", "job.efterspurgt-info", "job.formaal", "samtykke"

CASES: list[tuple[str, str, bool, str]] = [
    # urgency names the answer's time; a time without the writer's need, or urgency without a time, is none
    (FR, J, True, "Det haster ikke, men inden for de næste tre uger vil være godt."),
    (FR, J, True, "Det haster lidt, så gerne inden 12. maj."),
    (FR, J, True, "Inden udgangen af juni er tids nok."),
    (FR, J, False, "Hun går til træning inden for de næste tre uger."),
    (FR, J, False, "Det haster med at finde en løsning for hende."),
    # the request in subordinate word order with a concrete topic; the wish alone or a vague topic is none
    (INFO, J, True, "Det, vi gerne vil vide, er, hvor mange timer han kan arbejde om ugen."),
    (INFO, J, True, "Hvad jeg egentlig gerne ville høre, er om hun tåler at sidde ved kassen en hel dag."),
    (INFO, J, False, "Det, vi gerne vil vide, er, hvordan det går."),
    (INFO, J, False, "Hun sagde, at hun gerne vil have et andet job."),
    # a template's label for what is asked; a label with nothing concrete is none
    (INFO, J, True, "Efterspurgte oplysninger: prognose og skånehensyn."),
    (INFO, J, True, "Ønsket information: hvor meget kan han løfte, og hvor længe kan han stå."),
    (INFO, J, False, "Ønskede oplysninger: relevante oplysninger."),
    (INFO, J, False, "De efterspurgte oplysninger skal bruges til at vurdere hans arbejdsevne."),
    # "med henblik på" abbreviated; another abbreviation is none
    (FORM, J, True, "M.h.p. at planlægge en delvis raskmelding."),
    (FORM, J, True, "Vi beder om dit svar mhp. afklaring af, om han kan vende tilbage til lageret."),
    (FORM, J, False, "Vi beder om dit svar mht. hans ryg."),
    # the writer's task in the perfect infinitive; the citizen's task is none
    (FORM, J, True, "Vi skal have afklaret, om han kan fortsætte som buschauffør."),
    (FORM, J, True, "Jeg skal nu have vurderet, hvilke opgaver hun kan klare i butikken."),
    (FORM, J, False, "Hun skal have afklaret sin økonomi med banken."),
    # the use asked as a question states no use; its answer after it does
    (FORM, J, False, "Hvad skal oplysningerne bruges til?"),
    (FORM, J, False, "Hvad vil I bruge vurderingen til?"),
    (FORM, J, True, "Hvad skal oplysningerne bruges til? Til at afgøre, om hun kan få et fleksjob."),
    # another party's samtykke, in any form, is none; the citizen's beside it, or the citizen agreeing, counts
    (SAM, S, False, "Værkførerens chef har givet samtykke til, at vi udveksler oplysninger."),
    (SAM, J, False, "Hans datter har på hans vegne givet samtykke til, at vi kontakter dig."),
    (SAM, J, False, "Værgen har samtykket i, at vi indhenter journalen."),
    (SAM, S, False, "Med arbejdsgiverens samtykke sender jeg en kopi til jobcentret."),
    (SAM, J, False, "Vi har fået samtykke fra hendes mand til at kontakte dig."),
    (SAM, S, True, "Kaj og hans kone har givet samtykke til, at jeg skriver til jer."),
    (SAM, J, True, "Hendes søn har givet samtykke på hendes vegne, efter aftale med hende."),
    (SAM, J, True, "Hans værge har udfyldt erklæringen, og han har selv givet lov til, at vi kontakter dig."),
    (SAM, S, True, "Med borgerens samtykke sender jeg en kopi til jobcentret."),
    (SAM, S, True, "Jf. kommunens samtykkeerklæring, som hun har underskrevet."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
