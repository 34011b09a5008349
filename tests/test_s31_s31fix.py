"""Stop 31, after the scorer's retrain: the citizen's yes told with an adverb before it ("sagde straks ja, da jeg
spurgte, om jeg måtte sende …") is consent by the concepts themselves, not only by the sentence scorer; a yes to doing
something stays none (samtykke-tilsagn)."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

CASES: list[tuple[bool, str]] = [
    (True, "Ole sagde straks ja, da jeg spurgte, om jeg måtte skrive til jer om hans ryg."),
    (True, "Hun svarede med det samme ja, da jeg spurgte, om vi kunne kontakte hendes sagsbehandler."),
    (True, "Han sagde gerne ja, da jeg spurgte, om jeg kunne sende jer en kort status."),
    # a yes to doing something, not to the exchange
    (False, "Ole sagde straks ja til at deltage i holdtræningen hver tirsdag."),
    (False, "Hun sagde straks ja, da jeg spurgte, om hun ville prøve bassintræning."),
]


@pytest.mark.parametrize(("addressed", "body"), CASES)
def test_yes_with_an_adverb(check_text, addressed, body):
    assert_addressed(check_text, "samtykke", addressed, body)
