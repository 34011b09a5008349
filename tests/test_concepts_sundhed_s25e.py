"""sundhed.* classes of stop 25, round 5 (found on blind sets gd/ge; every body here is our own):

- prognose: coming back to a workplace after a modal ("skal kunne komme tilbage i hjemmeplejen"); a terse note's
  expectation before a return in a role ("Forv. tilbage som murer"); a return after a modal named only as the
  condition of advice ("Når hun kan komme tilbage i butikken, bør …") takes no stance;
- funktionsniveau: a capacity given only as a vague amount ("holder ikke til ret meget") is a bare hedge;
- skaanehensyn: the job's own breaks in its daily routine ("kører 8 timer om dagen med korte pauser") are no
  adjustment;
- forms: a numbered section heading ("4. Skånehensyn i nuværende job") over a merge field is unanswered;
- nuvaerende-job: an unemployed citizen's former job with a time phrase between the verb and the title ("Hun var
  indtil sommeren 2025 ekspedient") is the former job RULES.md asks for beside unemployment.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

F, P, S, T = 'sundhed.funktionsniveau', 'sundhed.prognose', 'sundhed.skaanehensyn', 'sundhed.tidsplan'

CASES: list[tuple[str, bool, str]] = [
    ('sundhed.nuvaerende-job', True, 'Hun er ledig. Hun var indtil sommeren 2025 lagermedarbejder på et fragtcenter.'),
    ('sundhed.nuvaerende-job', True, 'Han er arbejdsløs og var frem til marts 2026 chauffør hos et vognmandsfirma.'),
    ('sundhed.nuvaerende-job', False, 'Han var indtil 2024 tømrer.'),  # history, no unemployment stated
    (P, True, 'Jeg tvivler ikke på, at han skal kunne komme tilbage på lageret efter sommerferien.'),
    (P, True, 'Hun kan komme tilbage i butikken, når genoptræningen er slut.'),
    (P, False, 'Hun kan komme tilbage i træningen om en uge.'),
    (P, True, 'Forv. tilbage som murer.'),
    (P, True, 'Forventes fuldt tilbage som frisør.'),
    (P, False, 'Når han kan komme tilbage på værkstedet, bør han undgå at ligge på knæ.'),
    (P, False, 'Hvis hun kan vende tilbage til sit job, skal hun starte med korte dage.'),
    (P, True, 'Jeg forventer, at hun kan vende tilbage til sit job, når forløbet er slut.'),
    (F, False, 'Han har svært ved at holde til ret meget, og formen skifter fra dag til dag.'),
    (F, False, 'Hun tåler ikke særlig meget endnu.'),
    (F, True, 'Hun tåler ikke meget løft, og hun kan højst bære 4 kg.'),
    (F, True, 'Han har svært ved at holde til at stå op i mere end en halv time.'),
    (S, False, 'Hun står ved kassen 6 timer om dagen med få pauser mellem kunderne.'),
    (S, True, 'Hun bør arbejde 4 timer om dagen med korte pauser.'),
    (S, True, 'Han kører 7 timer om dagen. Han bør holde korte pauser hver time.'),
    (S, False, '3. Skånehensyn på arbejdspladsen\n«Hensyn»'),
    (S, True, '3. Skånehensyn på arbejdspladsen\nIngen løft over 8 kg den første måned.'),
    (S, True, 'Hun bør have:\n1. Kortere arbejdsdage\n2. Færre tunge løft'),
    (T, False, '5. Forventet varighed af forløbet\n«Varighed»'),
    (T, True, '5. Forventet varighed af forløbet\nCa. ti uger.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)
