"""sundhed.* wording classes of stop 25 (found on a sentence bank written from RULES.md by an outside writer; every
body here is our own):

- funktionsniveau: two activities joined before their shared measure on a terse line ("Sidde og stå i …"); what a
  resource lasts for, with the activity's time in the genitive ("rækker kun til tre timers kontorarbejde"); a measure up
  to the point where the complaint stops the activity, also referred back to ("Den er … 300 meter, før …"); the bare
  test name ("gangdistance") with no value is no level;
- prognose: the expectation governing its at-clause ("Jeg regner med, at hun har fuld arbejdsevne …"); the end of
  the course with words between ("når forløbet i rygklinikken er afsluttet");
- skaanehensyn: a degree word between what would help and its clause; keeping oneself going is no adjustment; the
  workplace as the subject after the modal ("Derfor bør arbejdsgiveren …"), willing to move or relieve the citizen;
  varying tasks by any adjective; an aid given; an assessment deferred in any form of the verb;
- nuvaerende-job: a job named only as a possibility ahead, a request to be told the job, a list under a label;
- tidsplan: the turn of the year or the end of a season ahead; sessions already had, counted, also as a total after
  a comma; history with its duration fronted before the participle ("har i 14 år arbejdet som …").
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

F, P, S, N, T = ('sundhed.funktionsniveau', 'sundhed.prognose', 'sundhed.skaanehensyn', 'sundhed.nuvaerende-job',
                 'sundhed.tidsplan')

CASES: list[tuple[str, bool, str]] = [
    # (rule, addressed?, body)
    # funktionsniveau: two activities before one measure, a terse answer line
    (F, True, 'Hvad klarer hun i dag?\nSidde og stå i op til 40 minutter, bære 4 kg fra bordhøjde.'),
    (F, True, 'Sidde eller stå i 25 min., derefter skift.'),
    (F, False, 'Gå og stå ikke for længe.'),
    # … what a resource lasts for, the activity's time in the genitive
    (F, True, 'Hendes kræfter rækker kun til tre timers kontorarbejde om dagen.'),
    (F, True, 'Udholdenheden slår ikke til mere end 20 minutters gang.'),
    (F, False, 'Han har en times kørsel hver vej til arbejdet.'),
    (F, False, 'Bevillingen rækker til 10 timers træning.'),
    (F, False, 'Budgettet rækker til 8 timers rengøring om ugen.'),
    (F, True, 'Energien slår kun til 4 timer om dagen.'),
    # … a measure up to where the complaint stops it, referred back to
    (F, True, 'Vi har målt, hvor langt hun kan gå. Det er ca. 300 meter, før hun må stoppe og hvile.'),
    (F, True, 'Han cykler 15 minutter, inden han skal holde pause.'),
    (F, False, 'Vi har testet hans gangdistance i dag.'),
    (F, False, 'Gangdistancen er nedsat.'),
    (F, True, 'Gangdistancen er ca. 400 meter.'),
    # prognose: the expectation governs its at-clause
    (P, True, 'Jeg regner med, at hun igen har fuld arbejdsevne som pædagog efter sommerferien.'),
    (P, True, 'Vi tror, at han får normal arbejdsevne i løbet af året.'),
    (P, False, 'Jeg vurderer, at hun i mange år har haft fuld arbejdsevne.'),
    # … the end of the course with words between
    (P, True, 'Han kan passe et lettere job, når forløbet i rygklinikken er afsluttet.'),
    (P, False, 'Når behandlingen hos os er afsluttet, forventer jeg bedring i ryggen.'),
    # skaanehensyn: a degree word between what would help and its clause
    (S, True, 'Det ville hjælpe hende virkelig meget, hvis hun måtte bruge en trappestige med håndtag.'),
    (S, True, 'Det vil være en stor fordel, hvis han kan sidde ned ved båndet.'),
    # … keeping oneself going, a state to avoid: no adjustment
    (S, False, 'Det er vigtigt, at han holder sig aktiv og ikke bliver for stillesiddende.'),
    (S, False, 'Det vil hjælpe, hvis hun holder sig i bevægelse i weekenden.'),
    # … the workplace as the subject after the modal, or willing to move or relieve the citizen
    (S, True, 'Derfor bør hans leder tilbyde ham arbejde ved pakkebordet i en periode.'),
    (S, True, 'Det skal mesteren tage højde for, når vagtplanen lægges.'),
    (S, True, 'Chefen har sagt ja til at flytte ham over i kvalitetskontrollen.'),
    (S, True, 'Arbejdspladsen er villig til at aflaste hende for opvasken.'),
    (S, False, 'Arbejdsgiveren har ringet til mig om hans sygemelding.'),
    (S, False, 'Derfor bør lederen kende til hans diagnose.'),
    # … varying tasks, an aid given
    (S, True, 'Hun har brug for vekslende arbejdsopgaver.'),
    (S, True, 'Man kan give ham en sækkevogn til kasserne.'),
    (S, False, 'Vi har givet ham et program med øvelser.'),
    # … an assessment deferred in any form of the verb
    (S, False, 'Om der er brug for skånehensyn, vil blive afklaret ved opfølgningssamtalen.'),
    (S, False, 'Skånehensyn drøfter vi ved næste konsultation.'),
    (S, False, 'Skånehensyn tager jeg stilling til efter scanningen.'),
    (S, True, 'Hun bør undgå tunge løft, og det revurderes ved næste kontrol.'),
    (S, True, 'Jeg vurderer på baggrund af testen, at hun bør undgå løft over 10 kg.'),
    # … a fronted indirect question the sentence leaves open (a cleft that states the value is a statement)
    (S, False, 'Hvilke skånehensyn hun får brug for, afhænger af scanningen.'),
    (S, False, 'Om hun får brug for hjælpemidler, kan jeg endnu ikke sige.'),
    (F, False, 'Hvor længe han kan sidde ad gangen, ved vi først efter testen.'),
    (F, True, 'Hvad hun kan løfte, er højst 5 kg.'),
    # nuvaerende-job: a job named only as a possibility ahead
    (N, False, 'Et arbejde som receptionist vil være oplagt for hende på længere sigt.'),
    (N, False, 'Hun bør søge et job som telefonsælger.'),
    (N, False, 'Han vil på sigt kunne arbejde som dispatcher.'),
    (N, True, 'Hun har et job som kassedame i Netto.'),
    (N, True, 'Han vil kunne arbejde som tømrer igen.'),
    (N, True, 'Hun arbejder som sosu-hjælper, og et job som receptionist vil være oplagt.'),
    # … the job asked for, not stated
    (N, False, 'Vi vil gerne vide, hvilke opgaver hun har i sit nuværende arbejde.'),
    (N, False, 'Vi beder om en beskrivelse af hendes nuværende job.'),
    (N, True, 'Han er chauffør, og vi vil gerne vide, om han kan få kortere ruter.'),
    # … a list under a label answers it
    (N, True, 'Hendes nuværende job (rengøring på en skole):\n- gulvvask\n- tømning af skraldespande'),
    (N, False, 'Nuværende job:\n\nSkånehensyn:\n- ingen'),
    # tidsplan: the turn of the year, the end of a season ahead
    (T, True, 'Vi afslutter forløbet omkring årsskiftet.'),
    (T, True, 'Vi slutter behandlingen inden årets udgang.'),
    (T, True, 'Han går på holdet indtil midten af sommeren.'),
    (T, False, 'Hun har haft ondt siden årsskiftet.'),
    # … history with its duration fronted before the participle
    (T, False, 'Hun har i 11 år arbejdet som portør på sygehuset.'),
    (T, False, 'Han har i 9 år kørt bus for et busselskab.'),
    (T, True, 'Hun har nu i fire uger trænet på holdet, og holdet fortsætter 8 uger endnu.'),
    # … sessions already had, counted, also as the total after a comma
    (T, False, 'Hun har været til fysioterapi siden januar, i alt ti gange.'),
    (T, False, 'Han fik i alt 12 behandlinger hos kiropraktoren.'),
    (T, True, 'Han har været til behandling fire gange, og han skal have yderligere 6 behandlinger.'),
    (T, True, 'Hun skal have i alt 12 behandlinger.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)

