"""Content classes found from pooled evidence (a sentence bank and the latent misses of every labelled letter,
`bench/concept_bank.py`, `bench/latent.py`), each with invented sentences and their near misses.

sundhed.skaanehensyn: a directive with the citizen named between the modal and the limit and any work verb of
the task; the workplace asked to see to it; a colleague taking a named task; aids by their noun (seats,
trolleys, long-handled tools); lighter routes; a moved working day; a recommendation in the infinitive; a form
label naming the adjustments. Empty form fields ("Skånehensyn: -", "[udfyldes]", "ikke vurderet") answer
nothing, for every rule. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

K, S = "sundhed.skaanehensyn", "sundhed-til-job"

CASES: list[tuple[str, str, bool, str]] = [
    # a directive naming the citizen, any task verb
    (K, S, True, "De næste otte uger må Bente ikke trække paller på lageret."),
    (K, S, True, "Efter indgrebet bør Jakob ikke knæle ved fliserne i en måned."),
    (K, S, True, "Hun bør i den første måned ikke vende tunge beboere alene."),
    (K, S, True, "Han skal foreløbig ikke deltage i udrykninger."),
    (K, S, False, "Hun må ikke løfte sine børnebørn de næste uger."),
    (K, S, False, "Han kan i dag ikke trække mere end 5 kg."),
    # the workplace sees to it; colleagues take a named task
    (K, S, True, "Værkstedet skal sørge for, at han ikke bærer dæk alene."),
    (K, S, True, "Det må hans mester sørge for i en overgang."),
    (K, S, True, "Kollegerne overtager forflytningerne i de første uger."),
    (K, S, False, "Arbejdsgiveren har været god til at ringe til ham."),
    # aids by their noun
    (K, S, True, "Hun bør have et ergonomisk sæde i trucken."),
    (K, S, True, "Det vil hjælpe ham meget med en ståstol ved samlebåndet."),
    (K, S, True, "Jeg anbefaler, at hun får en lettere rengøringsvogn."),
    (K, S, False, "Hun bruger en rollator, når hun går i byen."),
    # lighter routes and a moved working day
    (K, S, True, "Han bør i en periode køre ture uden trappeopgange."),
    (K, S, True, "Hun bør møde kl. 10 i stedet for kl. 6 den første måned."),
    (K, S, False, "Han kører ruter på Fyn og leverer til butikker."),
    # recommendations in the infinitive, free shifting, form labels
    (K, S, True, "Jeg vil foreslå, at han ikke arbejder over skulderhøjde den første tid."),
    (K, S, True, "Han skal kunne skifte frit mellem at stå og gå."),
    (K, S, True, "Tilpasninger: kortere vagter og ingen gulvvask."),
    (K, S, True, "Hun kan arbejde, hvis hun kun får stillesiddende opgaver."),
    (K, S, False, "Hun sidder stille det meste af dagen og keder sig."),
    (K, S, True, "Skånehensyn: ingen. Han klarer alle sine opgaver."),
    # empty form fields answer nothing
    (K, S, False, "Skånehensyn: -\nHan er glad for at komme her."),
    (K, S, False, "Skånehensyn: [udfyldes]\nHan er glad for at komme her."),
    (K, S, False, "Skånehensyn: ikke vurderet endnu\nHan er glad for at komme her."),
    ("sundhed.tidsplan", S, False, "Tidsplan: (udfyldes af behandler)\nHan er glad for at komme her."),
    ("samtykke", S, False, "Samtykke: xx\nHan er glad for at komme her."),
    ("samtykke", S, True, "Samtykke: ja, mundtligt\nHan er glad for at komme her."),
    ("samtykke", S, True, "Hun sagde ja til at vi måtte skrive til jer, så det er i orden :-)"),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_content_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
