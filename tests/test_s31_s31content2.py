"""Stop 31 (s31content2): content said in passing or indirectly beside its near misses (every sentence here is
invented; bank-x, ib and ic were the dev material):

- a case meeting's date ("Tak for invitationen til netværksmødet den 14. april") is no time frame of treatment
  (moede-sag voids sundhed.tidsplan's date; a treatment session's date still counts);
- a field or heading answered only by "known to the recipient" ("Kendes af jobcentret") is unanswered (felt-tom);
- a numbered form section with a longer title ("4. Borgerens nuværende job og arbejdsfunktioner") heads the prose
  under it; a numbered list of statements stays statements;
- a heading answered only by what the rule voids ("Skånehensyn:" / "Hjemmeøvelser hver aften.") says nothing;
- the writer's endorsement of the citizen's own words ("…, og det er også min vurdering", "…, og det bakker jeg op
  om") lifts the voice voids in that sentence (`unless_span_lifted_by`: tilslutning);
- an outlook as how one sees the citizen in the role again; an adjustment agreed with the workplace, replacing a
  strain in advice ("i stedet for at bære"), the workplace told to keep the citizen away from a strain, none needed
  said to "I"; a course to the end of a period ("året ud");
- the employer's opinion is someone else's voice; a relative's all-right and consent as a general rule are not the
  citizen's consent; the citizen's quoted permission is;
- the citizen named by the trade ("vores murer, Kim Lund"); a job inside a past episode dated years back and a job
  the writer was never told are no current job.
"""

from __future__ import annotations

from test_concepts import statement_test

S = "sundhed-til-job"
N, P, K, F, T, C = ("sundhed.nuvaerende-job", "sundhed.prognose", "sundhed.skaanehensyn", "sundhed.funktionsniveau",
                    "sundhed.tidsplan", "samtykke")

HEALTH: list[tuple[str, bool, str]] = [
    # a case meeting's date
    (T, False, "Tak for invitationen til netværksmødet den 14. april 2027, hvor jeg desværre ikke kan deltage."),
    (T, False, "Jeg kommer gerne til opfølgningssamtalen i uge 19."),
    (T, True, "Træningen slutter den 14. april 2027, og jeg kommer gerne til mødet bagefter."),
    (T, True, "Hun har samtaler hos mig frem til 1. juni 2027."),
    (T, True, "Vi afslutter træningen inden netværksmødet den 14. april 2027."),
    # a course to the end of a period
    (T, True, "Sygemeldingen må forventes at vare sommeren ud."),
    (T, True, "Genoptræningen fortsætter hen over efteråret."),
    # known to the recipient
    (N, False, "Arbejdsfunktioner: Kendes af jobcentret."),
    (N, False, "Nuværende arbejde\nDet kender I allerede."),
    (N, True, "Nuværende arbejde\nHan er murer og arbejder mest på stilladser."),
    # a longer numbered form title over its answer
    (N, False, "3. Borgerens nuværende job og daglige opgaver\nKendes af jobcentret.\n\n4. Øvrige forhold\nIngen."),
    (N, True, "3. Borgerens nuværende job og daglige opgaver\nRengøring på et hotel.\n\n4. Øvrige forhold\nIngen."),
    (N, True, "Svar på jeres spørgsmål\n1. Han arbejder som vicevært i en boligforening\n2. Han har ondt i lænden."),
    # a heading answered only by what the rule voids
    (K, False, "Skånehensyn:\nHjemmeøvelser hver aften (program udleveret)."),
    (K, True, "Skånehensyn:\nHan bør undgå løft over 10 kg de første uger."),
    # the writer endorses the citizen's words
    (P, True, "Hun siger selv, at hun ikke ser sig selv som frisør igen, og det er jeg enig i."),
    (P, False, "Hun siger selv, at hun ikke ser sig selv som frisør igen."),
    (P, True, "Jeg ser ham ikke som tagdækker igen."),
    (P, False, "Han har svært ved at se sig selv i køkkenet fremover."),
    (K, True, "Han ønsker selv at slippe for nattevagterne, og det bakker jeg op om."),
    (K, False, "Han ønsker selv at slippe for nattevagterne."),
    # adjustments in passing
    (K, True, "Han har aftalt med sin mester kun at tage de lette opgaver på værkstedet."),
    (K, True, "I et brev til firmaet anbefaler vi, at han bruger en sækkevogn i stedet for at bære kasserne."),
    (K, False, "Han kører kasserne ud på en sækkevogn i stedet for at bære dem."),
    (K, True, "Lederen bør holde hende væk fra nattevagterne en periode."),
    (K, True, "Efter min vurdering behøver I ikke at ændre noget i hendes arbejde."),
    # the employer's opinion
    (F, False, "Lederen mener, at hun sagtens kan klare de fleste opgaver."),
    (F, True, "Lederen mener, at hun er god, men hun kan kun løfte 5 kg."),
    # the job by the trade, history, unknown
    (N, True, "Tak for sidst og for snakken om jeres murer, Kim Lund."),
    (N, False, "Smerterne startede for mange år siden, mens han arbejdede på et slagteri, og de er kommet igen."),
    (N, False, "Hvad hun arbejder med, har jeg desværre ikke fået oplyst."),
    (N, True, "Hun arbejder på et slagteri."),
    # consent
    (C, False, "Hendes mand har sagt, at det er i orden, at vi skriver til jobcentret."),
    (C, True, "Hun har selv sagt, at det er i orden, at vi skriver til jobcentret."),
    (C, False, "Husk, at der altid skal foreligge et samtykke i den slags sager."),
    (C, True, "Hun sagde: »I må gerne tale sammen om mig.«"),
    (C, True, "Han sagde i telefonen: \"Send du bare papirerne til Lise, det er fint med mig.\""),
    (C, False, "Det er fint med mig, at mødet bliver flyttet."),
]

test_health = statement_test(HEALTH, profile=S)

J = "job-til-sundhed"
E, D = "job.efterspurgt-info", "job.frist"
JOB: list[tuple[str, bool, str]] = [
    # a fronted purpose clause ends where the request begins
    (E, True, "For at vi kan planlægge hans opstart, vil vi gerne vide, hvor længe han kan stå, og om han kan "
              "bære 10 kg."),
    (E, False, "For at vi kan vurdere, om han kan bære 10 kg, beder vi om en status."),
    # a concrete question in passing, a request worded as leave
    (E, True, "Skal hun fortsat ligge ned i løbet af dagen? Det har betydning for hendes arbejdstid."),
    (E, True, "Når du alligevel ser hende, må du meget gerne vurdere, om hun kan stå ved kassen tre timer ad gangen."),
    # information the reader sent before
    (E, False, "Sidst gav du os en god beskrivelse af hendes løfteevne."),
    # a deadline in a question
    (D, True, "Det er lidt presserende – kan vi få det i løbet af denne uge?"),
    # a lead line ending in a colon over a list of questions keeps its deadline
    (D, True, "Vil du svare på disse spørgsmål senest 12. februar 2027:\n- Er hun henvist til scanning?\n"
              "- Hvor mange kg kan hun løfte?"),
]

test_job = statement_test(JOB, profile=J)

N2: list[tuple[str, bool, str]] = [
    # the job's demands by its place, the tasks in a clause in passing, a question told by its topic
    (N, True, "Vi træner løft, for ude på lageret skal hun jo kunne stable kasser."),
    (N, True, "Lederen vil gerne have ham tilbage på holdet, hvor han plukker varer til butikkerne."),
    (N, False, "I spørger til hendes nuværende arbejde, og det vender jeg tilbage til."),
    (N, False, "I det nye job skal han løfte kasser."),
]

test_job_in_passing = statement_test(N2, profile=S)
