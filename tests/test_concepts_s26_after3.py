"""Content classes found after stop 26 (every body here is our own):

- job.formaal: the step the answer lets the writer take on the placement's tasks ("Så kan jeg aftale opgaverne med
  værkføreren") is a use in the case; arranging a meeting time ("så kan vi aftale en tid") is none;
- job.formaal: the writer and a partner deciding on the answer ("så Lone og jeg kan nå at beslutte, om …") is the
  same use as "så jeg kan"; only meeting ("så han og jeg kan mødes") is none.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

FORM = 'job.formaal'

JOB_CASES: list[tuple[str, bool, str]] = [
    (FORM, True, 'Skriv gerne, hvad hun kan tåle på lageret. Så kan jeg aftale arbejdsopgaverne med lederen.'),
    (FORM, True, 'Hvad må han løfte? Så kan vi fordele opgaverne i køkkenet.'),
    (FORM, True, 'Send gerne dine hensyn, så kan jeg planlægge hendes arbejdstid med butikken.'),
    (FORM, False, 'Ring til mig, så kan vi aftale en tid til et møde.'),
    (FORM, False, 'Skriv til mig, så kan jeg aftale et møde med dig.'),
    (FORM, True, 'Svar gerne inden fredag, så Lone og jeg kan nå at beslutte, om hun skal tage jobbet.'),
    (FORM, True, 'Skriv gerne snart, så borgeren og jeg kan vurdere, om praktikken passer til ham.'),
    (FORM, False, 'Svar gerne inden fredag, så han og jeg kan mødes på mandag.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), JOB_CASES,
                         ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(JOB_CASES)])
def test_job_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile="job-til-sundhed")


P = 'sundhed.prognose'

CASES: list[tuple[str, bool, str]] = [
    (P, True, 'Jeg regner med, at hun er klar til et fuldt job som kok til foråret.'),
    (P, True, 'Han vil efter min vurdering være klar til sit gamle arbejde efter sommerferien.'),
    (P, False, 'Hun er nu klar til operationen.'),
    (P, False, 'Han er klar til træning i vandet to gange om ugen.'),
    (P, True, 'Hun vil gerne tilbage til sit arbejde, og det er efter min vurdering realistisk fra marts.'),
    (P, True, 'Han ønsker at vende tilbage til sit job. Det er realistisk om cirka to måneder.'),
    (P, False, 'Vi har lagt en plan for træningen, og det er en realistisk plan.'),
    (P, False, 'Hun glæder sig til at komme tilbage til sit arbejde.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)


NJ = 'sundhed.nuvaerende-job'

JOB_NOW: list[tuple[str, bool, str]] = [
    (NJ, True, 'Hun kører varevogn for et bageri og bringer brød ud til butikker.'),
    (NJ, True, 'Han kører minibus for en skole om morgenen.'),
    (NJ, True, 'Til daglig kører hun skraldebil i kommunen.'),
    (NJ, False, 'Hun kører selv bil til træningen hos mig.'),
    (NJ, False, 'Han kører i sin egen bil til kontrollerne.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), JOB_NOW,
                         ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(JOB_NOW)])
def test_job_now(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)
