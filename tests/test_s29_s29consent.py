"""Stop 29: the citizen's workplace by its owner gives another party's permission (s29consent). Our own sentences.

"Hendes leder har givet lov til, at …", "Nadias chef har givet os tilladelse …": the leader's permission is no
consent of the citizen (RULES.md: samtykke is the citizen's consent); the citizen beside the leader still is.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

SA, J, S = "samtykke", "job-til-sundhed", "sundhed-til-job"

CASES: list[tuple[str, str, bool, str]] = [
    (SA, S, False, "Hendes leder har givet lov til, at vi kontakter ham om arbejdstiden."),
    (SA, J, False, "Karins chef har givet os tilladelse til at ringe til ham."),
    (SA, S, False, "Hans nærmeste leder har givet grønt lys til, at vi ringer til værkstedet."),
    (SA, S, True, "Karin og hendes leder har givet lov til, at vi taler sammen om hende."),
    (SA, J, True, "Karin har givet lov til, at vi kontakter hendes leder."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s29_consent_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
