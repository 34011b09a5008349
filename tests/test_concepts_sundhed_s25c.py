"""sundhed.* wording classes of stop 25, round 3 (found on a third sentence bank and a blind set written from
RULES.md by outside writers; every body here is our own):

- tidsplan: a heading answered only by a line that leaves it unanswered ("Tidsplan:" / "Følger.", the words of
  `felt-tom`) is a bare heading; a day/month with no year after an appointment ("første tid er 14/5", "kontrol
  20/4") is a date, weighed against the letter's date; a fraction is none ("kontrol 2/3 gange om året"), nor a
  visit that is usually history ("set i konsultationen 27/2": an undated letter could not tell it from a plan);
- skaanehensyn: an assessment possible only later ("kan først vurderes, når …") states nothing, while an
  adjustment to make first ("skal først fritages for de tunge løft") stays one;
- funktionsniveau: a chore as the subject of the passive ("indkøb klares ikke"), not someone else doing it
  ("klares af hendes mand"); "personlig hygiejne" managed by the citizen;
- prognose: being back at the workplace ahead ("kan være tilbage i butikken"), not a return named as a condition
  or a check-up.

The letters are dated 2 March 2026 (week 10); the week classes of dates.py are in tests/test_dates.py.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

F, P, S, T = 'sundhed.funktionsniveau', 'sundhed.prognose', 'sundhed.skaanehensyn', 'sundhed.tidsplan'

CASES: list[tuple[str, bool, str]] = [
    # (rule, addressed?, body)
    # tidsplan: a heading over a non-answer
    (T, False, 'Tidsplan:\nFølger.'),
    (T, False, 'Tidsplan:\nFølger senere'),
    (T, False, 'Forventet varighed\nIkke vurderet endnu.'),
    (T, True, 'Tidsplan:\nFølger op om fire uger.'),
    # … a day/month after an appointment, against the letter's date (2 March)
    (T, True, 'Hun er henvist til ortopædkirurg, og første tid er 14/5.'),
    (T, True, 'Næste kontrol 20/4 hos egen læge.'),
    (T, True, 'Hold: start 9/3, slut ca. 27/4.'),
    (T, False, 'Kontrollen er 10/2, og den gik fint.'),
    (T, False, 'Hun går til kontrol 2/3 gange om året.'),
    (T, False, 'Hun blev set i konsultationen 27/2, og samtykke er givet.'),
    (T, False, 'Hendes VAS er 7/10 ved belastning.'),
    # skaanehensyn: assessable only later
    (S, False, 'Skånehensyn kan først vurderes, når hun har været til kontrol.'),
    (S, False, 'Behovet for skånehensyn kan vi først afklare efter operationen.'),
    (S, False, 'Om der skal tages hensyn, kan jeg først tage stilling til efter scanningen.'),
    (S, True, 'Hun skal først fritages for de tunge løft på lageret.'),
    # funktionsniveau: chores in the passive
    (F, True, 'Personlig pleje går, men rengøring og indkøb klares ikke.'),
    (F, True, 'ADL: klarer selv personlig hygiejne.'),
    (F, False, 'Husarbejdet klares af hendes mand.'),
    (F, False, 'Indkøb klares af hjemmeplejen.'),
    # prognose: being back at the workplace
    (P, True, 'Efter to behandlinger mere kan hun være tilbage i butikken.'),
    (P, True, 'Han vil nok være tilbage på værkstedet til sommer.'),
    (P, False, 'Når hun er tilbage i salonen, bør hun have en høj stol.'),
    (P, False, 'Hun skal være tilbage i ambulatoriet til kontrol om to uger.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)
