"""Near-miss classes no blind set covered yet, found with invented sentences: a return to a level, everyday
life or leisure ("tilbage til sin normale hverdag") is a medical outlook, and a return that is history
("vendte tilbage til jobbet i januar, men …") takes no stance on work after treatment (sundhed.prognose);
advice for life outside work ("undgå at ligge i sengen", "må ikke løfte sine børnebørn") is no work adjustment
(sundhed.skaanehensyn); a working posture the citizen can hold ("kan arbejde over hovedet") is a functional
level, as is an everyday or manual task ("kan ikke støvsuge"); the work outlook may be named by its own noun
("Erhvervsprognosen er dårlig") or as the lasting capacity ("varigt nedsat"), but the citizen's own expectation
("forventer selv …") is no stance; consent is the citizen's, to the exchange (another party's permission, "Lederen
har godkendt, at …", is none); a purpose may be worded as what the answer makes possible ("vigtigt for, at vi kan
…"). Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

P, K, F, S = 'sundhed.prognose', 'sundhed.skaanehensyn', 'sundhed.funktionsniveau', 'sundhed-til-job'
J = 'job-til-sundhed'

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
    # the work outlook by its own noun, the lasting capacity, the citizen's own expectation
    (P, S, True, 'Erhvervsprognosen er dårlig.'),
    (P, S, True, 'Jeg forventer fuld arbejdsevne om 3 måneder.'),
    (P, S, True, 'Arbejdsevnen forventes at være varigt nedsat.'),
    (P, S, True, 'Han vil ikke kunne genvinde sin fulde arbejdsevne.'),
    (P, S, False, 'Erhvervsprognosen kan endnu ikke vurderes.'),
    (P, S, False, 'Arbejdsevnen er aktuelt nedsat.'),
    (P, S, False, 'Arbejdsevnen vurderes til 15 timer om ugen.'),
    (P, S, False, 'Han forventer selv at være tilbage på arbejde om en måned.'),
    (P, S, False, 'Hun regner selv med at starte på arbejde igen i maj.'),
    # adjustments by their noun, or none of them
    (K, S, True, 'Der er ikke behov for tilpasninger af arbejdet.'),
    (K, S, True, 'Jeg anbefaler en tilpasning af arbejdstiden i de første uger.'),
    (K, S, True, 'Hun får brug for justeringer i sine arbejdsopgaver.'),
    (K, S, False, 'Der er foretaget ændringer i hans medicin.'),
    # everyday and manual tasks
    (F, S, True, 'Han er selvhjulpen, men kan ikke støvsuge.'),
    (F, S, True, 'Hun kan gøre rent i en time, før hun må hvile.'),
    (F, S, True, 'Hun kan ikke tage strømper på selv.'),
    (F, S, False, 'Han kan tage sin medicin selv.'),
    (F, S, False, 'Hun kan gøre meget selv for at få det bedre.'),
    # consent is the citizen's, to the exchange of information
    ('samtykke', S, False, 'Vi har tilladelse til at bruge lokalet.'),
    ('samtykke', S, False, 'Lederen har godkendt, at hun arbejder hjemme to dage om ugen.'),
    ('samtykke', S, False, 'Arbejdsgiveren har givet mundtligt tilsagn om et fleksjob.'),
    ('samtykke', S, False, 'Arbejdsgiveren har givet lov til, at hun holder ekstra pauser.'),
    ('samtykke', S, False, 'Lægen har givet grønt lys for, at han må træne igen.'),
    ('samtykke', S, False, 'Han er enig i, at vi sender ham til fysioterapi.'),
    ('samtykke', S, False, 'Kommunen har givet tilladelse til en trappelift.'),
    ('samtykke', S, True, 'Vi har tilladelse fra Ole til at kontakte dig.'),
    ('samtykke', S, True, 'Vi har tilladelse fra borgeren.'),
    ('samtykke', S, True, 'Ole har godkendt, at vi kontakter dig.'),
    ('samtykke', S, True, 'Borgeren har givet lov til, at jeg skriver til jer.'),
    # another party's samtykke is never the citizen's, also to the exchange (RULES.md: the citizen's consent)
    ('samtykke', S, False, 'Arbejdsgiveren har givet samtykke til, at vi taler sammen.'),
    # a purpose worded as what the answer makes possible
    ('job.formaal', J, True, 'Dit svar er vigtigt for, at vi kan finde den rette indsats til Ole.'),
    ('job.formaal', J, True, 'Oplysningerne er nødvendige for, at jobcentret kan vurdere hans ret til sygedagpenge.'),
    ('job.formaal', J, False, 'Det er vigtigt for ham at træne hver dag.'),
    ('job.formaal', J, False, 'Det er vigtigt, at vi får svar.'),
    # repeated episodes of a complaint are no time frame; a single period of treatment is
    ('sundhed.tidsplan', S, False, 'Smerterne kommer og går i perioder på et par dage.'),
    ('sundhed.tidsplan', S, False, 'Hun har anfald af migræne i perioder på 2-3 dage.'),
    ('sundhed.tidsplan', S, True, 'Hun skal have behandling i en periode på 6 uger.'),
    # the possibility of work as the topic of a request
    ('job.efterspurgt-info', J, True, 'Hvad er din vurdering af hans muligheder for at arbejde på lageret?'),
    ('job.efterspurgt-info', J, True, 'Vi beder om din vurdering af hendes evne til at arbejde.'),
    ('job.efterspurgt-info', J, False, 'Vi vil gerne høre, hvordan det går.'),
    # a form's field: a value that only points elsewhere in the letter or defers the assessment states nothing;
    # a pointer after a statement leaves the statement; a purpose field counts
    (K, S, False, 'Skånehensyn: se ovenfor.'),
    (K, S, False, 'Skånehensyn: vurderes ved næste kontrol.'),
    (F, S, False, 'Funktionsniveau: afventer scanning.'),
    (K, S, True, 'Skånehensyn: ingen løft over 10 kg (se nedenfor om varighed).'),
    (K, S, True, 'Han bør undgå tunge løft de næste fire uger. Skånehensyn: se ovenfor.'),
    (K, S, True, 'Han bør undgå tunge løft, mens han afventer operation.'),
    ('job.formaal', J, True, 'Anvendelse: til rundbordssamtale om delvis raskmelding.'),
    ('job.formaal', J, False, 'Anvendelse:'),
    # stated in passing or only almost
    (P, S, True, 'Et skift til mindre belastende arbejde vil være en fordel for hende.'),
    (P, S, True, 'Hun bliver nok ikke i stand til at arbejde som pædagog igen.'),
    (P, S, False, 'Skiftet til den nye medicin har hjulpet.'),
    (P, S, False, 'Hun har spurgt, om hun kan vende tilbage til arbejdet.'),
    (P, S, False, 'Arbejdsgiveren spørger, om han kan komme tilbage på fuld tid.'),
    (K, S, True, 'Det vil være en fordel for ham at kunne sidde ned ved kassen.'),
    (K, S, True, 'I den første tid bør hun kun tage formiddagsvagter.'),
    (K, S, True, 'Hun har brug for et arbejde uden gentagne løft.'),
    (K, S, True, 'Det ville hjælpe ham, hvis kollegerne tog de tunge løft.'),
    (K, S, False, 'Hun har brug for et arbejde.'),
    (K, S, False, 'Han bør kun tage smertestillende ved behov.'),
    (K, S, False, 'Kollegerne tog godt imod ham.'),
    (F, S, True, 'Trapper går fint, men han må holde i gelænderet.'),
    (F, S, False, 'Det går fint med træningen.'),
    # the citizen's own deadline, a document already received, the purpose of a treatment
    ('job.frist', J, False, 'Ole har selv frist til den 1. april 2026 med at søge fleksjob.'),
    ('job.frist', J, False, 'Hans frist for at søge er den 1. april 2026.'),
    ('job.frist', J, True, 'Ole har frist til den 1. april 2026, så vi har brug for dit svar inden den '
                           '25. marts 2026.'),
    ('job.efterspurgt-info', J, False, 'Vi har modtaget din statusattest, tak for den.'),
    ('job.efterspurgt-info', J, False, 'Tak for epikrisen, som vi fik i sidste uge.'),
    ('job.efterspurgt-info', J, True, 'Vi har modtaget epikrisen, og vi beder nu om en statusattest.'),
    ('job.efterspurgt-info', J, True, 'Tak for din mail. Vi vil gerne vide, hvor mange timer hun kan arbejde.'),
    ('job.formaal', J, False, 'Formålet med genoptræningen er at styrke ryggen.'),
    ('job.formaal', J, True, 'Formålet med henvendelsen er at få afklaret hans arbejdsevne.'),
    ('job.formaal', J, True, 'Målet med vores spørgsmål er at finde de rette opgaver til ham.'),
    # a sick leave that goes on is a time frame, one that has lasted is history
    ('sundhed.tidsplan', S, True, 'Efter operationen i sidste måned forventes han at være sygemeldt i yderligere '
                                  '6 uger.'),
    ('sundhed.tidsplan', S, True, 'Hun skal være sygemeldt i endnu en måned.'),
    ('sundhed.tidsplan', S, True, 'Hun forventes sygemeldt i de kommende 4 uger.'),
    ('sundhed.tidsplan', S, False, 'Han har været sygemeldt i 12 uger.'),
    ('sundhed.tidsplan', S, False, 'Hun er sygemeldt i 8 uger nu.'),
    # no adjustment needed, said of the work; a working posture advised, not demanded by the job
    (K, S, True, 'Hun kan arbejde uden forbehold.'),
    (K, S, True, 'Han kan passe sit arbejde som hidtil uden ændringer.'),
    (K, S, True, 'Hun kan starte på almindelige vilkår.'),
    (K, S, True, 'Han bør arbejde siddende det meste af dagen.'),
    (K, S, False, 'Han arbejder uden løn i praktikken.'),
    (K, S, False, 'Hun skal arbejde stående hele dagen i sit job.'),
    (K, S, False, 'Han arbejder siddende på kontoret.'),
    # no job now, with the former one, in either order
    ('sundhed.nuvaerende-job', S, True, 'Han var tidligere lagermand, men har nu ikke noget arbejde.'),
    # (unemployment alone names no job: RULES.md asks for the former job with it; s25sund2)
    ('sundhed.nuvaerende-job', S, False, 'Hun har aktuelt ikke noget job.'),
    ('sundhed.nuvaerende-job', S, True, 'Hun har aktuelt ikke noget job. Hun var senest ansat på et lager.'),
    ('sundhed.nuvaerende-job', S, False, 'Hun vil gerne tilbage til sit arbejde.'),
    # a scheme the citizen is in now is the current situation; back to a kind of work or a workplace is an outlook
    (P, S, False, 'Hun har et fleksjob på 15 timer.'),
    (P, S, False, 'Han modtager førtidspension.'),
    (P, S, True, 'Hun bør overgå til fleksjob.'),
    (P, S, True, 'Jeg vurderer, at han skal have et fleksjob.'),
    (P, S, True, 'Jeg forventer, at hun får et fleksjob.'),
    (P, S, True, 'Hun skal ikke tilbage til rengøring, men kan klare kontorarbejde.'),
    (P, S, True, 'Han kan tilbage til lageret til sommer.'),
    (P, S, False, 'Han skal tilbage til kontrol hos mig.'),
    # endurance with its measure is a functional level, without it none
    (F, S, True, 'Hans udholdenhed er ca. 20 minutters gang.'),
    (F, S, False, 'Hans udholdenhed er nedsat.'),
]


@pytest.mark.parametrize(("rule_id", "profile", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, _, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
