"""sundhed.* wording classes of stop 25, round 2 (found on a second sentence bank and a blind set written from
RULES.md by outside writers; every body here is our own):

- tidsplan: a holiday, leave or closure is nobody's treatment, its dates no time frame (`fravaer`, per clause);
  a span of weeks with no preposition as a plan's items are written ("uge 34-38: styrketræning"); an end straight
  before its week in a terse note ("forv. slut uge 40");
- nuvaerende-job: the job in the perfect with its duration, still held ("har i 15 år gjort rent på et hospital");
  the subject after the verb, a pronoun or a first name ("Som du ved, er Jonas tømrer"); unemployment alone
  names no job (RULES.md: "unemployed, with the former job"), the former job counts also in the sentence right
  after the unemployment (`unless_lifted_after`), and a job ahead stays void beside it (`unless_not_lifted`);
  the former job at a till or a line in the past ("sad ved kassen"), driving in the perfect ("har kørt lastbil");
- prognose: the citizen's motivation with a degree word or as a noun is no outlook; the writer's doubt governs its
  at-clause ("Jeg tvivler på, at …"); the job's own activity again under an expectation ("… kan gøre rent igen");
  the writer seeing the citizen back at the work ("kan godt se ham tilbage på lageret", not a check-up);
- funktionsniveau: an open question lends its capacity verb to the answer on the same line ("Hvor meget kan hun
  løfte? Omkring 5 kg …"); everyday chores managed by the citizen ("klarer selv let husarbejde"), not by someone
  else; the measure in words up to standing up or shifting position ("holder et kvarter, før han må sætte sig");
- skaanehensyn: the workplace's things changed in the passive ("at bordet sænkes"); the workplace able to offer
  the change, also as a condition ("Hvis butikken kan give hende lettere opgaver, …"); an imperative leaving the
  work to the citizen ("Lad hende sidde ved kassen").
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

F, P, S, N, T = ('sundhed.funktionsniveau', 'sundhed.prognose', 'sundhed.skaanehensyn', 'sundhed.nuvaerende-job',
                 'sundhed.tidsplan')

CASES: list[tuple[str, bool, str]] = [
    # (rule, addressed?, body)
    # tidsplan: a holiday or closure is no time frame, in its own clause only
    (T, False, 'Jeg holder ferie fra 3. august til 21. august, og du kan skrive til min kollega imens.'),
    (T, False, 'Jeg er på ferie i uge 31 og 32.'),
    (T, False, 'Klinikken holder lukket fra 20. december til 2. januar.'),
    (T, True, 'Jeg holder ferie i uge 30, men træningen fortsætter til midten af september.'),
    # … weeks as a plan's items, an end straight before its week
    (T, True, 'Forløb: uge 34-38 styrketræning på hold, derefter gradvis optrapning.'),
    (T, True, 'Træning uge 12 - 15, så kontrol hos lægen.'),
    (T, True, 'Genoptr. forv. slut uge 20.'),
    (T, False, 'Han har haft ondt siden uge 10-12.'),
    (T, False, 'Hun var sygemeldt uge 5-8.'),
    # nuvaerende-job: the perfect with its duration, the subject after the verb
    (N, True, 'Han har i 15 år gjort rent på et hospital.'),
    (N, True, 'Hun har passet børn i en vuggestue siden 2014.'),
    (N, False, 'Jeg har i 12 år gjort rent på et hospital.'),
    (N, False, 'Hun har lavet øvelser på sundhedscentret i 6 uger.'),
    (N, True, 'Som du ved, er Jonas tømrer og arbejder mest på tage.'),
    (N, False, 'Som du ved, er Jonas sygemeldt.'),
    # … unemployment alone names no job; the former job counts, also in the next sentence
    (N, False, 'Han er ledig og tilmeldt a-kassen.'),
    (N, False, 'Borgeren er ledig og modtager dagpenge.'),
    (N, False, 'Hun er ledig.'),
    (N, True, 'Hun er ledig. Hun var tidligere sosu-hjælper i hjemmeplejen.'),
    (N, True, 'Han er ledig og var indtil 2023 lagerarbejder.'),
    (N, True, 'Han er arbejdsløs; før det sad han ved kassen i en Brugs.'),
    (N, True, 'Hun er ledig, tidligere kok i en kantine.'),
    (N, True, 'Han er ledig. Han har tidligere kørt lastbil i mange år.'),
    (N, False, 'Hun er ledig. Hun bør søge job som receptionist.'),
    (N, True, 'Ledig siden marts, inden da kok i et kantinekøkken.'),
    (N, False, 'Ledig siden marts, inden da sygemeldt.'),
    (N, False, 'Hun er ledig og bør søge et job som receptionist.'),
    # prognose: the citizen's motivation is no outlook
    (P, False, 'Hun er særdeles motiveret for at vende tilbage til jobbet i børnehaven.'),
    (P, False, 'Han har stor motivation for at komme tilbage på lageret.'),
    (P, True, 'Han er meget motiveret, og jeg forventer, at han kan vende tilbage til lageret på fuld tid.'),
    (P, True, 'Hun er klar til at vende tilbage til sit arbejde som frisør fra 1. maj på fuld tid.'),
    # … the writer's doubt, the job's own activity again, seeing the citizen back at the work
    (P, True, 'Jeg tvivler på, at hun kommer tilbage til rengøringen på skolen.'),
    (P, True, 'Jeg tror ikke, at hun nogensinde kan gøre rent igen.'),
    (P, True, 'Efter operationen kan jeg godt se ham tilbage på lageret til efteråret.'),
    (P, False, 'Vi ser hende tilbage til kontrol om fire uger.'),
    (P, False, 'Jeg tvivler på, at smerterne forsvinder helt.'),
    (P, False, 'Jeg tror, han kan køre bil igen om en uge.'),
    # funktionsniveau: an open question lends its verb to the answer on its line
    (F, True, 'Hvor meget kan hun løfte? Omkring 5 kg fra bordhøjde.'),
    (F, False, 'Hvor meget kan hun løfte? Det har vi ikke testet endnu.'),
    (F, False, 'Kan hun løfte 5 kg? Det ved jeg ikke.'),
    (F, False, 'Hvor meget kan hun løfte? Hvor længe kan hun stå?'),
    # … everyday chores managed by the citizen, not by someone else
    (F, True, 'Han klarer selv sin personlige hygiejne, men ikke støvsugning.'),
    (F, True, 'Hun klarer ikke opvasken uden pauser.'),
    (F, False, 'Hendes mand klarer husarbejdet.'),
    (F, False, 'Han klarer sig godt hjemme.'),
    # … a measure in words up to standing up or shifting position
    (F, True, 'Ved opvasken holder han et kvarter, før han må sætte sig.'),
    (F, True, 'Han står ved høvlebænken en halv time, inden han skal skifte stilling.'),
    (F, False, 'Hun skal holde pause en time, før hun træner igen.'),
    # skaanehensyn: the workplace's things changed, the workplace able to offer, an imperative
    (S, True, 'Vi har aftalt med lederen, at bordet sænkes, og at hylderne flyttes ned i hoftehøjde.'),
    (S, True, 'Hvis butikken kan give hende lettere opgaver de første uger, kan hun starte i næste uge.'),
    (S, True, 'Lad hende sidde ved kassen de første par uger.'),
    (S, False, 'Lad ham hvile sig i weekenden.'),
    (S, False, 'Virksomheden kan kontakte mig, hvis der er spørgsmål.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)
