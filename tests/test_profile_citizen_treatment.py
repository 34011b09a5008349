"""Profile: a citizen writing about their own examinations and treatment ahead ("svar på min
MR-scanning", "Jeg skal starte til fysioterapi") is `generel` (RULES.md: the citizen writing), while a
professional's words about the treatment they give keep the letter to the job centre sundhed-til-job."""

from __future__ import annotations

import pytest

LETTER = "Til: Jobcenter Lindeby <jobcenter@lindeby.dk>\n\nHej Kasper\n\n{body}\n\nVenlig hilsen\nBirgit\n"


@pytest.mark.parametrize("body", [
    "Jeg har fået svar på min MR-scanning. Der er slid i ryggen. Kan vi flytte samtalen?",
    "Jeg skal starte til fysioterapi på mandag, så jeg kan ikke komme til mødet.",
    "Jeg skal til kiropraktor samme dag som mødet. Kan vi finde en anden dag?",
    "Mine smertestillende gør mig træt om morgenen, så jeg vil gerne mødes efter kl. 12.",
])
def test_citizen_on_own_treatment_is_generel(check_text, body):
    result = check_text(LETTER.format(body=body))
    assert result.profile == "generel" and result.profile_evidence.reason == "citizen"


@pytest.mark.parametrize("body", [
    "Jeg har set MR-scanningen. Der er slid i lænden, og hun kan sidde en halv time ad gangen.",
    "Han skal starte til fysioterapi hos mig på mandag, to gange om ugen i seks uger.",
])
def test_professional_on_treatment_given_is_not_citizen(check_text, body):
    result = check_text(LETTER.format(body=body))
    assert result.profile_evidence.reason != "citizen"
