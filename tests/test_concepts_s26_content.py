"""Content classes of stop 26 (found on the sets held out to the end of stop 25, gf/gg/gi/gj; every body here is our
own):

- forms: a numbered section heading whose next line goes on with the form's numbering ("4. Skånehensyn" / "5. Tidsplan")
  is an empty section, and "ingen oplysninger" / "ikke oplyst" as a field's value answers nothing (`felt-tom`);
- a psychologist's letter: psychological adjustments (less at a time, calm surroundings, a fixed person, fewer hours,
  no sharp deadlines) are accommodations, and psychological or cognitive function with a measure or a strain it
  cannot take ("kan koncentrere sig i 30 minutter", "kan ikke klare tidspres") is functional level; a declined
  assessment with two coordinated indirect questions ("kan ikke vurdere, hvad hun kan løfte, eller hvor længe hun
  kan sidde") leaves both open; the relief an adjustment is for ("så hun kan sidde ned") and the job's routine load
  ("ofte 15-20 kg ad gangen") are no capacity; pauses the body demands during a chore at home are a limit, not an
  adjustment;
- prognose: a partial return the citizen is on now ("er på delvis raskmelding med 12 timer") is today's hours, no
  outlook, while the rise to full hours ahead ("kan gå op på fuld tid fra 1. april"), resuming one's "nuværende
  stilling" and the job's own clients taken on again ("kan passe fire børn igen fra april") are one;
- job.formaal: the answer put into a case named by its kind ("Attesten indgår i sygedagpengesagen.") names no use.
"""

from __future__ import annotations

from test_concepts import statement_test

F, P, S = 'sundhed.funktionsniveau', 'sundhed.prognose', 'sundhed.skaanehensyn'
FORM = 'job.formaal'

CASES: list[tuple[str, bool, str]] = [
    # forms: the next numbered section under an empty one
    (S, False, '3. Skånehensyn\n4. Tidsplan\nForløbet slutter i juni.'),
    (S, False, '2) Skånehensyn på arbejdspladsen\n3) Forventet arbejdsevne på længere sigt\nHan kan vende tilbage.'),
    (S, True, '3. Skånehensyn\n1. Ingen løft over 12 kg de første uger'),
    (S, True, '3. Skånehensyn\nHan bør undgå arbejde over skulderhøjde.\n4. Tidsplan'),
    (S, False, 'Skånehensyn: ingen oplysninger'),
    (S, False, 'Skånehensyn: Ikke oplyst.'),
    (S, False, 'Skånehensyn\nIngen oplysninger.'),
    (S, True, 'Skånehensyn: ingen'),
    ('sundhed.tidsplan', False, '6. Tidsplan\n7. Øvrige bemærkninger\nIngen.'),
    # psychological accommodations
    (S, True, 'Når han begynder igen, har han brug for:\n- ingen opgaver med stramme deadlines\n- en fast kollega at '
              'sparre med'),
    (S, True, 'Han bør arbejde i rolige omgivelser med én opgave ad gangen.'),
    (S, True, 'Hun bør gå ned i tid, så længe stressen fylder.'),
    (S, True, 'Det vil hjælpe ham med en fast hjemmearbejdsdag og et eget kontor uden forstyrrelser.'),
    (S, True, 'Han har brug for ro og faste rammer på arbejdspladsen.'),
    (S, True, 'Hun har behov for en mentor i jobbet.'),
    (S, False, 'Han har brug for at komme tilbage på arbejdet.'),
    (S, False, 'Hun har ingen problemer med deadlines.'),
    (S, False, 'Hans job er kontorarbejde med mange deadlines og en del overarbejde.'),
    (S, False, 'Hun har faste arbejdstider i butikken.'),
    (S, False, 'Han klarer det selv, men må holde pauser, når han støvsuger.'),
    (S, False, 'Hun er nødt til at holde en pause under indkøb.'),
    (S, True, 'Han bør holde pauser, når han har kørt en time.'),
    # psychological and cognitive function
    (F, True, 'Han kan koncentrere sig om regnskaber i ca. 40 minutter ad gangen.'),
    (F, True, 'Hun kan holde fokus i 20 minutter.'),
    (F, True, 'Han kan deltage i møder af 30 minutters varighed.'),
    (F, False, 'Hun kan deltage i træning 2 gange om ugen.'),
    (F, True, 'Han kan ikke klare tidspres og afbrydelser.'),
    (F, True, 'Hun tåler ikke støj i længere tid.'),
    (F, True, 'Han har svært ved at huske beskeder.'),
    (F, False, 'Vi arbejder med at håndtere stress i hverdagen.'),
    (F, False, 'Som fysioterapeut kan jeg ikke vurdere, hvor meget han kan bære, eller hvor længe han kan stå.'),
    (F, False, 'Det er uklart, hvor langt hun kan gå, og hvor længe hun kan sidde.'),
    (F, False, 'Jeg kan sige, at hans funktionsevne fortsat er nedsat, og at han stadig er sygemeldt.'),
    # the relief an adjustment is for is no capacity; a result with its measure is one
    (F, False, 'Han bør have en ståstøtte, så han kan sidde lidt, mens han samler emner.'),
    (F, True, 'Hun har trænet, så hun nu kan sidde 40 minutter.'),
    # the job's routine load with a habit adverb is a demand, not a capacity
    (F, False, 'Hun er postbud og bærer typisk 12-15 kg ad gangen.'),
    (F, True, 'Han løfter ofte 20 kg på jobbet. Han kan i dag løfte 10 kg.'),
    # prognose: the partial return now
    (P, False, 'Hun er på delvis raskmelding med 15 timer om ugen, hvor hun passer kassen.'),
    (P, False, 'Han er i dag delvist raskmeldt og arbejder tre dage om ugen.'),
    (P, True, 'Hun bør delvist raskmeldes fra uge 12.'),
    (P, False, 'Han er raskmeldt 15 timer om ugen.'),
    (P, True, 'Hun er raskmeldt 37 timer fra 1. juni.'),
    (P, True, 'Han er nu på delvis raskmelding, og jeg forventer fuld raskmelding til sommer.'),
    # … and the rise to full hours ahead is the outlook (as history or as a condition it is none)
    (P, True, 'Han kan efter min vurdering gå op på fuld tid fra 1. maj.'),
    (P, True, 'Jeg forventer, at hun kan trappes op til fuldtid i løbet af juni.'),
    (P, False, 'Han gik op på fuld tid i januar, men fik det værre.'),
    (P, False, 'Hun er trappet op til fuldtid i sidste måned.'),
    (P, False, 'Hvis han går op på fuld tid, bør han have pauser.'),
    # resuming the job with its own adjective between
    (P, True, 'Hun kan efter forløbet påregne at genoptage sin hidtidige stilling som sygeplejerske.'),
    (P, False, 'Han genoptog sin nuværende stilling i marts, men blev sygemeldt igen.'),
    # the job's own clients or vehicle taken on again ahead
    (P, True, 'Jeg regner med, at Bente kan passe fem børn igen fra maj, når hun har fået en lav stol.'),
    (P, True, 'Han vil kunne køre ruten igen efter sommerferien.'),
    (P, False, 'Hun kan passe sine børn igen.'),
    (P, False, 'Hun kunne klippe kunder igen i januar, men fik ondt.'),
    (P, False, 'Indtil da kan han passe to børn ad gangen.'),
]

JOB_CASES: list[tuple[str, bool, str]] = [
    (FORM, False, 'Jeg beder dig udfylde den vedlagte statusattest. Attesten indgår i sygedagpengesagen.'),
    (FORM, False, 'Erklæringen skal bruges i hans jobafklaringssag.'),
    (FORM, False, 'Svarene indgår i ressourceforløbssagen.'),
    (FORM, True, 'Attesten skal indgå i sygedagpengesagen, når vi vurderer, om hun fortsat har ret til sygedagpenge.'),
    (FORM, True, 'Vi skal bruge attesten til at forlænge sygedagpengesagen.'),
]


test_statement = statement_test(CASES)


test_job_statement = statement_test(JOB_CASES, profile="job-til-sundhed")
