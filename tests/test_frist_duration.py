"""job.frist: "i" with a number of units is a span of time ("sygemeldt i 10 uger"), not when the answer is
needed; a week number or a deadline in days or weeks still is. Invented letters only."""

from __future__ import annotations

import pytest

LETTER = ("Jobcenter Vesthavn\nTorvet 2, 7100 Vesthavn\n\nVesthavn, 2. marts 2026\n\nKære Lise Holm\n\n{s}\n\n"
          "Med venlig hilsen\nPernille Thorsen\nSagsbehandler\nTlf. 72 14 55 90\npeth@vesthavn.dk\n")


def _frist(check_text, s: str) -> bool:
    res = check_text(LETTER.format(s=s), profile="job-til-sundhed")
    return any(f.rule == "job.frist" for f in res.findings)


@pytest.mark.parametrize("s", [
    "Malene har været sygemeldt i 8 uger, og vi har brug for at høre, hvordan det går.",
    "Han har haft smerter i 4 måneder, så vi skal bruge en beskrivelse af hans funktion.",
    "Hun har gået til træning i 12 dage, og vi har brug for dit svar.",
])
def test_a_span_after_i_is_no_deadline(check_text, s):
    assert _frist(check_text, s)


@pytest.mark.parametrize("s", [
    "Vi vil gerne have dit svar i uge 14.",
    "Vi skal have svaret inden 14 dage.",
    "Vi skal bruge svaret senest om 3 uger.",
    "Hun har været sygemeldt i 8 uger, og vi skal bruge dit svar til samtalen den 20. marts.",
])
def test_a_deadline_still_counts(check_text, s):
    assert not _frist(check_text, s)
