"""Near-miss classes no blind set covered yet, found with invented sentences: a return to a level, everyday
life or leisure ("tilbage til sin normale hverdag") is a medical outlook, and a return that is history
("vendte tilbage til jobbet i januar, men …") takes no stance on work after treatment (sundhed.prognose);
advice for life outside work ("undgå at ligge i sengen", "må ikke løfte sine børnebørn") is no work adjustment
(sundhed.skaanehensyn); a working posture the citizen can hold ("kan arbejde over hovedet") is a functional
level. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

P, K, F, S = 'sundhed.prognose', 'sundhed.skaanehensyn', 'sundhed.funktionsniveau', 'sundhed-til-job'

CASES: list[tuple[str, str, bool, str]] = [
    # (rule, profile, addressed?, body)
    (P, S, False, 'Hun er helt tilbage på sit gamle niveau med hensyn til gang.'),
    (P, S, False, 'Jeg forventer, at han vender tilbage til sin normale hverdag i løbet af sommeren.'),
    (P, S, False, 'Hun forventes at komme tilbage til sit tidligere funktionsniveau.'),
    (P, S, False, 'Han er tilbage i sin gamle form efter træningen.'),
    (P, S, False, 'Hun kan vende tilbage til sin træning i fitnesscentret.'),
    (P, S, True, 'Hun kan vende tilbage til sin stilling i butikken i maj.'),
    (P, S, True, 'Jeg forventer, at han kommer tilbage til sin afdeling efter nytår.'),
    (P, S, True, 'Han kan komme tilbage til sine vagter i plejen fra 1. april.'),
    (P, S, False, 'Han var tilbage på arbejde i fire uger sidste år, men blev sygemeldt igen.'),
    (P, S, False, 'Hun vendte tilbage til jobbet i januar, men måtte stoppe igen efter to uger.'),
    (P, S, False, 'Hun blev raskmeldt i 2024, men fik tilbagefald.'),
    (P, S, True, 'Han vendte tilbage til jobbet i januar, og jeg forventer, at han kan fortsætte i sit job.'),
    (P, S, True, 'Hun var tilbage i job i en periode, men det er ikke realistisk, at hun vender tilbage nu.'),
    (K, S, False, 'Hun bør gå en tur hver dag og undgå at ligge for meget i sengen.'),
    (K, S, False, 'Han bør undgå at sidde i sofaen hele dagen.'),
    (K, S, False, 'Han bør dyrke motion og undgå at sidde stille for længe.'),
    (K, S, False, 'Hun må ikke løfte sine børnebørn de næste uger.'),
    (K, S, True, 'Han bør undgå at sidde stille i mere end en time ad gangen på kontoret.'),
    (K, S, True, 'Hun bør undgå tunge løft på arbejdet, men må gerne gå ture i haven.'),
    (F, S, True, 'Han har fuld bevægelighed i skulderen og kan arbejde over hovedet.'),
    (F, S, True, 'Hun kan ikke arbejde med armene over skulderhøjde.'),
    (F, S, True, 'Han kan arbejde på knæ i korte perioder.'),
    (F, S, True, 'Hun klarer at arbejde foroverbøjet i ca. 10 minutter.'),
    (F, S, False, 'Han kan arbejde på at få styr på smerterne.'),
    (F, S, False, 'Hun kan arbejde med sine øvelser hjemme.'),
]


@pytest.mark.parametrize(("rule_id", "profile", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, _, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
