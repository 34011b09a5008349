"""Content classes of stop 26, round 4 (found on the sentence bank bank-b; every body here is our own):

- tidsplan: how long one session or appointment lasts ("Hver træning varer cirka en time") is no course; a course's
  length after "varer ca." still counts ("Forløbet varer ca. tre måneder");
- tidsplan: an assessment possible only at a time named ahead ("kan først vurderes om ca. seks uger") says when,
  so it is a time frame, not a deferred assessment; "kan først vurderes, når …" still defers;
- funktionsniveau: a grip held or not ("kan ikke holde på værktøj", "kan kun holde fast i en kop") is a concrete
  capacity; a person kept ("kan ikke holde på ham") or "holde fri" is none;
- job.frist: a time before a meeting named earlier in the sentence, with nothing after it ("dit svar skal være her
  to dage før.") is a deadline, with an answer in the sentence; a treatment's timing ("to uger før operationen")
  is none;
- job.efterspurgt-info: a form's field label alone ("Ønsket: resultat af gangtesten") asks, with a concrete topic;
- dato: a day and month with a dot after "d."/"den" ("ny tid d. 14.4", "den 3.4.") is a date like "d. 14/9"; a
  measure after it ("den 2.5 kg") is none.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

T, F, FRIST, INFO = 'sundhed.tidsplan', 'sundhed.funktionsniveau', 'job.frist', 'job.efterspurgt-info'

CASES: list[tuple[str, bool, str]] = [
    # one session's length is no time frame
    (T, False, 'Hver træning varer cirka 45 minutter.'),
    (T, False, 'Hver samtale varer omkring en time.'),
    (T, False, 'En behandling varer ca. 20 min.'),
    # a course's length after the same words still is
    (T, True, 'Forløbet varer ca. tre måneder.'),
    (T, True, 'Genoptræningen varer cirka 8 uger.'),
    (T, True, 'Behandlingen varer omkring et halvt år.'),
    # an assessment at a named time ahead says when
    (T, True, 'Virkningen af behandlingen kan først vurderes om ca. seks uger.'),
    (T, True, 'Resultatet af operationen kan først vurderes om 3 måneder.'),
    (T, False, 'Effekten kan først vurderes, når scanningen foreligger.'),
    # a day.month after "d."/"den" is a date ahead (no letter date: kept)
    (T, True, 'Hun har ny tid hos mig d. 14.4, hvor vi ser på det igen.'),
    (T, True, 'Vi mødes igen den 3.4.'),
    (T, False, 'Han løfter den 2.5 kg tunge kasse.'),
    # a grip held or not
    (F, True, 'Hendes fingre er stive om morgenen, og hun kan ikke holde på en kniv.'),
    (F, True, 'Han kan kun holde fast i boremaskinen et par minutter.'),
    (F, True, 'Efter operationen kan hun igen holde om rattet.'),
    (F, False, 'Arbejdsgiveren kan ikke holde på ham, hvis han ikke møder.'),
    (F, False, 'Hun kan holde fri på fredag.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)


JOB_CASES: list[tuple[str, bool, str]] = [
    (FRIST, True, 'Vi holder møde om hende på torsdag, og dit svar skal være her to dage før.'),
    (FRIST, True, 'Rundbordssamtalen er den 14. april. Send gerne oplysningerne senest en uge inden.'),
    (FRIST, True, 'Han skal til samtale på tirsdag, så jeg vil gerne have svaret dagen før.'),
    (FRIST, False, 'Han fik en indsprøjtning to uger før operationen.'),
    (FRIST, False, 'Hun var sygemeldt en uge før, og svaret kom senere.'),
    (INFO, True, 'Ønsket: Resultat af den seneste løftetest.'),
    (INFO, True, 'Ønskes: journalnotat fra seneste kontrol hos dig.'),
    (INFO, False, 'Ønsket: alt relevant.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), JOB_CASES,
                         ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(JOB_CASES)])
def test_job_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile="job-til-sundhed")
