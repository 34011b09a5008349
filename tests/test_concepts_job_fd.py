"""job.formaal from blind set fd: the plan the answers serve with the subject after a fronted adverb ("Her
lægger vi en plan for, hvordan …"). Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

CASES: list[tuple[bool, str]] = [
    (True, 'Vi holder et møde den 25. marts. Her lægger vi en plan for, hvordan han kan\nkomme tilbage i arbejde.'),
    (True, 'På mødet laver vi sammen en plan for hans tilbagevenden.'),
    (False, 'Han lægger selv en plan for sin træning.'),
    (False, 'Vi har lagt en plan for træningen.'),
]


@pytest.mark.parametrize(("addressed", "body"), CASES,
                         ids=[f"{'yes' if a else 'no'}-{i}" for i, (a, _) in enumerate(CASES)])
def test_formaal(check_text, addressed, body):
    assert_addressed(check_text, "job.formaal", addressed, body, "job-til-sundhed")
