"""Stop 29, content classes from the dev blind set hj (s29hj). Every sentence is our own.

(1) A meeting referred to is no deadline: "med/under henvisning til samtalen" names a meeting that was (the
    meeting words of `frist` are read by the pattern with its history context only, not as bare phrases too).
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

FR = "job.frist"
J = "job-til-sundhed"

CASES: list[tuple[str, str, bool, str]] = [
    (FR, J, False, "Med henvisning til samtalen med arbejdsgiveren beder vi dig udfylde erklæringen."),
    (FR, J, False, "Jobcentret skal under henvisning til mødet om sygefraværet bede dig beskrive hans skånehensyn."),
    (FR, J, False, "Han var til samtalen, og vi beder dig nu udfylde attesten."),
    # (s30hr: a meeting named only "samtale"/"møde" is a deadline only where the letter dates it)
    (FR, J, True, "Vi beder dig sende attesten til samtalen med borgeren den 12. marts."),
    (FR, J, True, "Dine svar skal bruges til det fælles møde i uge 14."),
    (FR, J, False, "Vi beder dig sende attesten til samtalen med borgeren."),
    (FR, J, False, "Dine svar skal bruges til det fælles møde."),
    (FR, J, True, "Vi har brug for oplysningerne inden rundbordssamtalen."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s29_hj_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
