"""Classes from blind sets fp/fq: a completion told as done ("Behandlingen er afsluttet i januar") is
history, because only the date after "afsluttet i" / "slutter i" is a time frame and it is weighed against the
letter's date (2. marts 2026 in the neutral letter); a short follow-up sentence that only adds the deadline to
the request before it ("Kan du sende en status? Gerne inden fredag i næste uge.") is a deadline. Every body
is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

T, J = 'sundhed.tidsplan', 'job.frist'

CASES: list[tuple[str, bool, str, str]] = [
    # (rule, addressed?, body, profile)
    # a course that ended before the letter is no time frame
    (T, False, 'Fysioterapien er afsluttet i februar, og der er ikke mere at tilbyde.', 'sundhed-til-job'),
    (T, False, 'Genoptræningen sluttede i januar.', 'sundhed-til-job'),
    (T, False, 'Forløbet blev afsluttet i januar, og han har ingen behandling nu.', 'sundhed-til-job'),
    (T, False, 'Hun var i behandling og blev afsluttet i februar 2026.', 'sundhed-til-job'),
    # an end ahead still counts, in any of these wordings
    (T, True, 'Forløbet forventes afsluttet i maj.', 'sundhed-til-job'),
    (T, True, 'Genoptræningen er afsluttet i juni, hvis alt går efter planen.', 'sundhed-til-job'),
    (T, True, 'Behandlingen slutter i uge 20.', 'sundhed-til-job'),
    (T, True, 'Forløbet er afsluttet i januar 2027.', 'sundhed-til-job'),
    (T, True, 'Træningen slutter om seks uger.', 'sundhed-til-job'),
    (T, True, 'Forløbet slutter den 30. april 2026.', 'sundhed-til-job'),
    (T, True, 'Hun bliver afsluttet inden sommerferien.', 'sundhed-til-job'),
    # the deadline as its own short sentence after the request
    (J, True, 'Kan du sende mig en kort status på hans træning? Gerne inden fredag i næste uge.', 'job-til-sundhed'),
    (J, True, 'Må jeg få din vurdering af hendes skånehensyn? Helst senest i uge 14.', 'job-til-sundhed'),
    (J, True, 'Vil du udfylde den vedlagte blanket? Gerne inden 20. marts.', 'job-til-sundhed'),
    # near misses: "gerne" inside a statement, or with no time after it
    (J, False, 'Hun må gerne starte sin træning inden fredag.', 'job-til-sundhed'),
    (J, False, 'Kan du sende mig en kort status på hans træning? Gerne med dine egne ord.', 'job-til-sundhed'),
    (J, False, 'Kan du sende mig en kort status på hans træning? Gerne i et almindeligt brev.', 'job-til-sundhed'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body", "profile"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body, profile):
    assert_addressed(check_text, rule_id, addressed, body, profile)
