"""Profile: the citizen writing is `generel` whatever the recipient (RULES.md "Profiles"). The letter model's
verdict (`linter/letter/people.py:author_is_citizen`, cues `author-citizen` in lexicons/letter/parties.yaml, now
also the author as the one treated: "operere mig", "jeg vil ikke opereres", "jeg er til træning") makes a letter
with no sender sector `generel`, also one addressed to the job centre. Every letter here is invented."""

from __future__ import annotations

import pytest


def _profile(check_text, text: str) -> tuple[str, str | None]:
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason


# -- the citizen writing ------------------------------------------------------------------------------------------

CITIZEN_MAIL = ("Digital Post – kopi af sendt meddelelse\nFra: Birthe Langkjær\nTil: Jobcenter Nørreby, "
                "Sygedagpengeteamet\nSendt: 14. april 2026 20:41\nEmne: Tiden på sygehuset\n\nHej Ulla\n\n{body}\n\n"
                "Venlig hilsen\nBirthe Langkjær\n")


@pytest.mark.parametrize("body", [
    # the author as the one treated, no "min ryg" or "jeg er sygemeldt"
    "Sygehuset vil operere mig i juni, men jeg vil helst ikke opereres så langt hjemmefra. Kan vi tale om det?",
    "Lægen har sygemeldt mig i tre uger mere. Jeg er til træning hver mandag, så jeg kan ikke komme den dag.",
    # ... and the author's own return to work beside one of them
    "Jeg vil gerne tilbage i butikken snart. Jeg skal på privathospital den 3. maj og ved mere bagefter.",
])
def test_the_citizen_writing_to_the_job_centre_is_generel(check_text, body):
    res = check_text(CITIZEN_MAIL.format(body=body), only=set())
    assert (res.profile, res.profile_evidence.reason) == ("generel", "citizen")
    citizen = [p for p in res.parties if p["kind"] == "citizen"]
    assert [(p["name"], p["reason"]) for p in citizen] == [("Birthe Langkjær", "author-is-citizen")]


def test_one_treatment_cue_alone_does_not_make_the_author_the_citizen(check_text):
    """Two different cues are needed (a professional may write one such phrase); with one, the recipient decides."""
    text = CITIZEN_MAIL.format(body="Jeg vil helst ikke opereres i juni. Kan I ringe til Kim om det?")
    assert _profile(check_text, text) == ("sundhed-til-job", "recipient-job")


def test_a_professional_on_the_treatment_of_the_citizen_is_no_citizen(check_text):
    text = ("Fra: Morten Alstrup\nTil: Jobcenter Nørreby <jobcenter@norreby.dk>\nEmne: Ib Brask\n\nHej Ulla\n\n"
            "Ib skal opereres i juni. Han går til træning hos mig to gange om ugen og kan nu sidde en time ad gangen. "
            "Han bør ikke løfte over 10 kg, og jeg forventer, at han er tilbage i sit job som lagerarbejder til "
            "august.\n\nHilsen\nMorten Alstrup\nFysioterapeut\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"
