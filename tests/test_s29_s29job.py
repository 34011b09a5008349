"""Stop 29, the job centre's content rules (every sentence here is invented):

- samtykke: consent as a general rule, everyone's ("… kun med borgernes samtykke"), is not this citizen's; the
  citizen's wish for a copy for him/herself ("har ønsket at få en kopi") is no consent to the exchange; a relative
  named by "borgerens"/"patientens" ("Borgerens ægtefælle har givet samtykke …") is another party. Consent only
  planned or asked for states no consent (s29consent2, tests/test_s29_s29consent2.py; a refusal still counts);
- job.frist: the period a statement must cover ("skal dække perioden fra 1. marts til 31. maj") is no deadline; a
  bare day of the month after "inden/senest den" ("inden den 20.?") is one;
- job.efterspurgt-info: a treatment option asked about in the singular ("om der er en behandlingsmulighed …");
- job.formaal: a purpose only announced ("Formålet … beskrives nærmere nedenfor") or vague ("…, så vi kan komme
  videre.") names no use.
"""

from __future__ import annotations

from test_concepts import statement_test

J = "job-til-sundhed"
C, F, E, U = "samtykke", "job.frist", "job.efterspurgt-info", "job.formaal"

CASES: list[tuple[str, bool, str]] = [
    # consent as a general rule, the citizens in the plural
    (C, False, "Ifølge loven må vi kun hente oplysninger hos lægen med borgernes skriftlige samtykke."),
    (C, False, "Jobcentret udveksler aldrig helbredsoplysninger uden patienternes samtykke."),
    (C, False, "Der skal altid foreligge samtykke fra borgerne, før vi kontakter en behandler."),
    (C, True, "Vi må kun hente oplysninger med borgernes samtykke, og Jens har givet sit samtykke til det."),
    # the citizen's copy for him/herself
    (C, False, "Jens har ønsket at få en kopi af statusattesten."),
    (C, False, "Hun har bedt om at få tilsendt en kopi af brevet."),
    (C, False, "Patienten ønsker at modtage en kopi af udtalelsen."),
    (C, True, "Jens har selv ønsket, at jobcentret får en kopi af notatet."),
    (C, True, "Hun har bedt om, at du får en kopi af hendes træningsplan."),
    # a relative by the citizen's genitive
    (C, False, "Borgerens ægtefælle har givet samtykke til at komme med til samtalen."),
    (C, False, "Patientens datter har givet sit samtykke til, at hun deltager som bisidder."),
    (C, True, "Borgeren og hendes ægtefælle har givet samtykke til, at vi kontakter dig."),
    (C, True, "Vi har borgerens samtykke til at spørge dig om hans ryg."),
    # consent asked for or planned states no consent (s29consent2)
    (C, False, "Vi beder borgeren om samtykke på mødet på tirsdag."),
    # the period a statement covers
    (F, False, "Statusattesten skal dække perioden fra 1. februar til 30. april."),
    (F, False, "Erklæringen skal omfatte perioden 1. januar - 28. februar 2026."),
    (F, False, "Attesten skal gælde fra den 3. februar til den 27. februar."),
    (F, True, "Attesten skal dække perioden fra 1. januar til 28. februar, og vi skal have den senest 20. marts."),
    # a bare day of the month
    (F, True, "Kan du nå at sende attesten inden den 15.? Så har vi den til mødet."),
    (F, True, "Vi beder om dit svar senest den 12."),
    (F, False, "Hun havde ondt i ryggen før den 3. og blev derfor sygemeldt."),
    # a treatment option asked about
    (E, True, "Jeg har brug for at vide, om der findes et behandlingstilbud, han endnu ikke har fået."),
    (E, True, "Vi vil gerne vide, om der er en behandlingsmulighed for hendes skulder."),
    (E, False, "Vi vil gerne høre, om der er nyt i sagen."),
    # a purpose only announced, or vague
    (U, False, "Formålet med brevet fremgår af bilaget."),
    (U, False, "Formålet med henvendelsen uddybes herunder."),
    (U, False, "Vi beder om dit svar, så vi kan komme videre."),
    (U, False, "Send gerne attesten, så sagen kan komme videre."),
    (U, True, "Vi skal bruge svaret, så vi kan komme videre med planen for hans tilbagevenden til lageret."),
    (U, True, "Formålet med henvendelsen er at vurdere, om han kan arbejde 20 timer om ugen."),
    (U, True, "Formålet beskrives nedenfor.\n\nVi skal bruge dit svar til at lægge en plan for hendes tilbagevenden "
              "til arbejdet."),
]

test_statement = statement_test(CASES, profile=J)
