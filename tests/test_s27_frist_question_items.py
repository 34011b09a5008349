"""job.frist: a time inside a question of a list is what the question asks about, not when the answer is needed
("Vi har brug for svar på tre spørgsmål:" / "- Hvor mange timer kan hun arbejde i januar?"); a deadline item, a
deadline in the lead and a Q/A answer still count (every letter body here is our own)."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

FRIST = "job.frist"

CASES: list[tuple[bool, str]] = [
    (False, "Vi har brug for svar på to spørgsmål:\n- Hvor mange timer om ugen kan han arbejde i marts?\n"
            "- Må han køre truck efter 1. april?"),
    (False, "Jeg vil gerne have svar på følgende:\n1. Kan hun løfte 10 kg i uge 12?\n"
            "2. Hvilke skånehensyn skal hun have?"),
    (True, "Vi har brug for svar inden 1. marts 2027 på to spørgsmål:\n- Hvor mange timer kan han arbejde?\n"
           "- Må han køre truck?"),
    (True, "Vi vil gerne have dit svar:\n- senest fredag den 12. marts 2027"),
    (True, "Jeg har to spørgsmål:\n- Hvilke skånehensyn skal han have?\n- Kan du sende svaret inden 1. marts 2027?"),
    (True, "Hvornår har vi brug for svaret?\nInden udgangen af marts 2027."),
]


@pytest.mark.parametrize(("addressed", "body"), CASES, ids=[f"{'yes' if a else 'no'}-{i}" for i, (a, _) in
                                                             enumerate(CASES)])
def test_deadline(check_text, addressed, body):
    assert_addressed(check_text, FRIST, addressed, body, profile="job-til-sundhed")
