"""Content classes of stop 26, round 3 (found on the dev set go and the sentence bank bank-b; every body here is our
own):

- prognose: a doubt joined by "men" after a stance ("Jeg forventer, at han kan vende tilbage til sit job, men det
  er for tidligt at sige, om han kan tage nattevagter") is about a detail or the exactness; the outlook before it
  stands, while an outlook named only after the doubt is still left open (`prognose-uafklaret-rest`); another kind of
  work ("en anden type arbejde"), the role itself again ("kan være tømrer igen"), a job of another kind as an option
  ("et kontorjob kunne være en mulighed") and readiness for the workplace ("klar til at tage fat på lageret") are
  outlooks; a past return with a word of time between ("var dengang tilbage på arbejde") is history, and "har ingen
  vurdering af" or "det må jobcentret tage stilling til" declines the stance;
- skånehensyn: a move from one post to another recommended ("anbefaler, at han bliver flyttet fra kassen til
  kontoret") is an adjustment; the job's demand by its place and a bare "skal" ("På lageret skal han løfte
  paller") is none (`jobkrav-sted`);
- job.formaal: the step the answer lets the writer take in a main clause ("Så kan vi bedre planlægge hans opstart");
- samtykke: the agreement fronted with the citizen's name ("Efter aftale med Jonas skriver jeg …") and an acceptance
  with its time or place between ("accepterede på mødet i går, at vi kontakter dig").
"""

from __future__ import annotations

from test_concepts import statement_test

F, P, S = 'sundhed.funktionsniveau', 'sundhed.prognose', 'sundhed.skaanehensyn'
FORM, CONSENT = 'job.formaal', 'samtykke'

CASES: list[tuple[str, bool, str]] = [
    # prognose: a doubt after a stance leaves the stance standing
    (P, True, 'Jeg forventer, at hun kan vende tilbage til sit job som frisør, men det er for tidligt at sige, om '
              'hun kan klare lange dage.'),
    (P, True, 'Han kan efter min vurdering genoptage arbejdet i butikken på fuld tid, men det er endnu for tidligt '
              'at sige hvornår.'),
    (P, True, 'Vi regner med, at hun kan komme tilbage til sit arbejde som pædagog, men vi ved endnu ikke, om det '
              'bliver på fuld tid.'),
    (P, True, 'Jeg tror, han kan vende tilbage til lageret, men jeg kan ikke sige præcist hvornår.'),
    # … but a doubt before the outlook, or an outlook only inside the doubt, leaves it open
    (P, False, 'Han er kommet godt igennem operationen, men det er for tidligt at sige, om han kan vende tilbage '
               'til sit arbejde som tømrer.'),
    (P, False, 'Det er for tidligt at sige, om hun kan vende tilbage til sit job, men hun er motiveret.'),
    (P, False, 'Jeg kan endnu ikke sige, om han kan genoptage arbejdet.'),
    (P, True, 'Hun kan vende tilbage til sit arbejde som kok, men om det bliver på fuld tid, er for tidligt at sige.'),
    (P, True, 'Jeg regner med, at han kan genoptage sit job som smed, men hvor hurtigt må tiden vise.'),
    (P, True, 'Han kan efter min vurdering vende tilbage til kontoret, selvom det er for tidligt at sige præcist '
              'hvornår.'),
    (P, False, 'Han har fået det bedre, men om han kan vende tilbage til sit arbejde som smed, er for tidligt at '
               'sige.'),
    (P, False, 'Hun vil gerne tilbage til sit arbejde, men det er for tidligt at sige, om hun kan.'),
    (P, False, 'Måske kan han vende tilbage til sit job, men det er for tidligt at sige.'),
    (P, False, 'Han kan ikke vende tilbage til arbejdet foreløbig, men vi ved ikke, hvor længe.'),
    # other kind of work, the role again, a job as an option, ready for the workplace
    (P, True, 'Hun bør nok finde en anden slags arbejde uden nattevagter.'),
    (P, True, 'Vi skal tænke i en anden form for beskæftigelse.'),
    (P, True, 'Jeg forventer, at han kan være tømrer igen efter sommerferien.'),
    (P, True, 'Jeg tvivler på, at hun kan være sygeplejerske igen.'),
    (P, False, 'Hun har været sygeplejerske i 20 år og er glad for det.'),
    (P, True, 'Et deltidsjob i receptionen vil være en god løsning for hende.'),
    (P, True, 'Et stillesiddende kontorarbejde kunne være en realistisk mulighed.'),
    (P, False, 'Arbejde kan være en vej ud af ensomheden.'),
    (P, False, 'En skiftende arbejdsstilling vil være en god løsning for hendes ryg.'),
    (P, True, 'Hun er klar til at starte igen på lageret i næste måned.'),
    (P, False, 'Hun er klar til at starte på holdtræning i næste måned.'),
    (P, True, 'Han kan efter min vurdering begynde i butikken igen til april.'),
    (P, True, 'Hun vil kunne starte op på værkstedet efter sommerferien.'),
    (P, False, 'Hun kan starte på holdtræning igen i næste uge.'),
    (P, False, 'Han vil gerne starte på værkstedet igen, så snart han kan.'),
    (P, False, 'Han kunne starte på lageret igen i januar, men fik ondt.'),
    (P, True, 'Hun kan vende tilbage til sit job som kassemedarbejder – hvornår er dog for tidligt at sige.'),
    # a past return with a word of time between; a declined stance
    (P, False, 'Sidste år var han hurtigt tilbage på arbejdet efter en lignende skade.'),
    (P, False, 'Hun kom efter seks uger tilbage til jobbet, men blev sygemeldt igen.'),
    (P, True, 'Han var dengang tilbage på arbejde efter fire uger, og jeg forventer, at han kan vende tilbage til sit '
              'job igen i maj.'),
    (P, False, 'Jeg har ingen vurdering af, hvilket arbejde han kan klare fremover.'),
    (P, False, 'Hvad hun kan arbejde med, må arbejdsgiveren tage stilling til.'),
    (P, False, 'Jeg har ingen holdning til, om han kan klare sit job som maler igen.'),
    (P, False, 'Han har forsøgt at vende tilbage til sit job to gange, men fik mere ondt.'),
    (P, False, 'Hun var så tilbage på arbejdet i marts, men blev syg igen.'),
    (P, True, 'Hun har forsøgt at vende tilbage til jobbet før. Nu forventer jeg, at hun kan klare sit arbejde som '
              'kok igen.'),
    (P, False, 'Om han kan vende tilbage til sit job som maler, overlader jeg til rehabiliteringsteamet.'),
    (P, True, 'Jeg forventer, at hun kan vende tilbage til sit job, og tilpasningen overlader jeg til arbejdsgiveren.'),
    # skånehensyn: a recommended move from one post to another; the job's demand by its place
    (S, True, 'Lægen anbefaler, at hun bliver flyttet fra kassen til kundeservice i en periode.'),
    (S, True, 'Han bør omplaceres fra nattevagterne til dagholdet.'),
    (S, False, 'Han blev flyttet fra lageret til kontoret sidste år.'),
    (S, False, 'På lageret skal han løfte paller og køre truck hele dagen.'),
    (S, False, 'I sit job skal hun bære tunge kasser.'),
    (S, True, 'På arbejdet skal hun højst løfte 5 kg de næste uger.'),
    (S, True, 'På arbejdet skal hun løfte højst 5 kg de næste uger.'),
    (S, True, 'På jobbet skal han have et hæve-sænkebord.'),
    (S, True, 'I jobbet skal hun gå ned i tid de første fire uger.'),
]

JOB_CASES: list[tuple[str, bool, str]] = [
    (FORM, True, 'Skriv gerne, hvornår han kan starte. Så kan vi bedre planlægge hans opstart.'),
    (FORM, True, 'Hvis du svarer inden fredag, så kan jeg nå at tilrettelægge praktikken.'),
    (FORM, False, 'Ring, hvis du har spørgsmål. Så kan vi tale om det.'),
    (FORM, False, 'Ring til mig, så kan vi aftale en tid til et møde.'),
    (CONSENT, True, 'Efter aftale med Jonas skriver jeg til dig om hans ryg.'),
    (CONSENT, True, 'Som aftalt med Lise Holm sender jeg hendes træningsplan.'),
    (CONSENT, False, 'Efter aftale med Jobcenter Vestby sender jeg en kopi af planen.'),
    (CONSENT, True, 'Hun accepterede på samtalen i går, at vi kontakter dig.'),
    (CONSENT, False, 'Hun accepterede på samtalen i går tilbuddet om en mentor.'),
]


test_statement = statement_test(CASES)


test_job_statement = statement_test(JOB_CASES, profile="job-til-sundhed")
