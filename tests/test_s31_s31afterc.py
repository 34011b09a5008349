"""Stop 31, after the held-out figure (s31afterc): the job centre's own question told as its task in a main clause
("Vi skal finde ud af, om …", "idet kommunen skal tage stilling til, hvorvidt …") asks the reader for nothing
(`formaal-vurdering`), and the case's handling named with "behandling" ("sagens videre behandling") is no treatment
asked about (`sagsbehandling-omtale`); a concrete question beside them still counts."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

CASES: list[tuple[bool, str]] = [
    (False, "Vi skal snart finde ud af, om hun kan begynde på et par timer om dagen i butikken, og derfor vil jeg "
     "gerne høre, hvordan det ser ud fra din side."),
    (False, "Skal vi afklare, om han kan tåle halve dage, vil jeg gerne høre fra dig."),
    (False, "Vi beder om dine oplysninger, idet kommunen under sagens videre behandling skal tage stilling til, "
     "hvorvidt ydelsen kan forlænges."),
    (False, "Send os gerne dine oplysninger, så behandlingen af hendes sag ikke trækker ud."),
    (True, "Vi skal finde ud af, om han kan arbejde 20 timer, og derfor vil jeg gerne vide, hvor mange kilo han "
     "må løfte."),
    (True, "Vi beder om en beskrivelse af behandlingen af hans skulder og den planlagte operation."),
    (True, "Hvilken behandling får hun nu, og hvornår forventer du, at den er afsluttet?"),
]


@pytest.mark.parametrize(("addressed", "body"), CASES)
def test_own_task_and_case_handling_ask_nothing(check_text, addressed, body):
    assert_addressed(check_text, "job.efterspurgt-info", addressed, body, profile="job-til-sundhed")
