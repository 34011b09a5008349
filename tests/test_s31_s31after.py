"""Stop 31, after the held-out figure: a return named with its working time is a return to work, whatever place it
names ("Hun kan vende tilbage til klinikken på fuld tid" of a dental nurse), while a return to the treatment's place
without it stays none (`tilbage-ikke-arbejde`, lifted by `arbejdstid-omfang`)."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

CASES: list[tuple[bool, str]] = [
    (True, "Hun er tandklinikassistent. Jeg forventer, at hun kan vende tilbage til klinikken på fuld tid om to "
     "måneder."),
    (True, "Han er sekretær i et lægehus. Han kan vende tilbage til lægehuset på nedsat tid fra 1. marts."),
    (True, "Hun er receptionist. Jeg forventer, at hun kan vende tilbage til klinikken 20 timer om ugen."),
    (False, "Han kan altid vende tilbage til klinikken, hvis ryggen driller igen."),
    (False, "Hun er velkommen tilbage til træningen, når hun har lyst."),
]


@pytest.mark.parametrize(("addressed", "body"), CASES)
def test_a_return_with_its_working_time(check_text, addressed, body):
    assert_addressed(check_text, "sundhed.prognose", addressed, body)
