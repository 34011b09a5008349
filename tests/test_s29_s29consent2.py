"""Stop 29: consent whose status the letter does not state (s29consent2). Every sentence is our own.

The samtykke rule asks the letter to say that the citizen's consent exists; a statement either way counts ("har
givet samtykke", "har ikke givet samtykke"). Consent asked for, planned, conditional, awaited, sent for signing,
or asked about in a question states neither (`samtykke-uafklaret`, `statements_only`); a question answered in a
form ("Samtykke foreligger? Ja") counts by its answer.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

SA, J, S = "samtykke", "job-til-sundhed", "sundhed-til-job"

CASES: list[tuple[str, str, bool, str]] = [
    (SA, J, False, "Vi skal bede Per om hans samtykke, når han kommer til samtalen på torsdag."),
    (SA, J, False, "Såfremt borgeren giver sit samtykke, beder vi om en kopi af epikrisen."),
    (SA, S, False, "Når samtykket er på plads, sender jeg mit notat."),
    (SA, J, False, "Vi venter på hans samtykke og skriver igen."),
    (SA, J, False, "Samtykkeerklæringen er sendt til ham i e-Boks, men vi har endnu ikke modtaget den."),
    (SA, J, False, "Vi har sendt ham en samtykkeerklæring til underskrift."),
    (SA, S, False, "Har hun givet samtykke til, at jeg udtaler mig om hendes ryg?"),
    # statements either way, and a form's answer
    (SA, J, True, "Per har givet samtykke, og når vi har talt med ham, vender vi tilbage."),
    (SA, J, True, "Vi har indhentet hans samtykke til at kontakte dig."),
    (SA, S, True, "Hun har ikke givet samtykke til, at jeg sender journalen."),
    (SA, J, True, "Samtykke indhentet."),
    (SA, J, True, "Samtykkeerklæringen er sendt til dig med posten."),
    (SA, J, True, "Foreligger der samtykke? Ja, jf. vedlagte samtykkeerklæring."),
    (SA, S, True, "4. Har borgeren givet samtykke til, at du svarer?\nSvar: Ja, skriftligt den 2. marts."),
    (SA, S, True, "Har borgeren givet samtykke? [x] Ja [ ] Nej"),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s29_unstated_consent(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
