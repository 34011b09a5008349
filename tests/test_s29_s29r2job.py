"""Stop 29, round 2 on the job centre's content rules (bank-s, blind set hn; every sentence here is invented):

- samtykke: a consent form to come once signed ("eftersendes, når …"), consent as the procedure before a step ("Der
  indhentes samtykke, før …") and the citizen asked with the answer awaited state no consent (samtykke-uafklaret);
- job.frist: the writer's own sending ("Jeg sender dig et skema i uge 14", "Mailen blev afsendt den 4. maj") is no
  deadline (frist-afsender); a time word after "har" ("hvis vi har din vurdering før mødet den 14/5") makes no perfect;
- job.efterspurgt-info: a request met before ("…, som vi fik i sidste uge", info-modtaget-bedt) or only planned ("Jeg
  forventer at bede om …", info-varslet) asks for nothing; what the writer lacks ("mangler at vide"), a form's
  "Angiv", a lasting injury, retraining and a treatment by its compound are concrete; a topic in the centre's own
  time clause ("Inden vi lægger en plan for …") or its own weighing ("jobcentrets samlede vurdering af …") is not asked;
- job.formaal: a circular purpose (getting the information, handling the case, a restriction to the case) and the
  writer's past use name no use; "det er til hans revurdering" and giving the employer a picture of the citizen do.
"""

from __future__ import annotations

from test_concepts import statement_test

J = "job-til-sundhed"
C, F, E, U = "samtykke", "job.frist", "job.efterspurgt-info", "job.formaal"

CASES: list[tuple[str, bool, str]] = [
    # consent to come, as a procedure, or awaited
    (C, False, "Samtykket sendes senere, når hun har skrevet under."),
    (C, False, "Samtykkeerklæringen eftersendes, så snart Jens har underskrevet den."),
    (C, False, "Der indhentes altid samtykke, før vi kontakter lægen."),
    (C, False, "Jeg har spurgt hende, om jeg må skrive til dig, og venter på svar."),
    (C, True, "Vi har indhentet hans samtykke, før vi skrev til dig."),
    (C, True, "Jonas har givet samtykke til, at vi kontakter dig."),
    # the writer's own sending
    (F, False, "Mailen blev afsendt den 4. maj."),
    (F, False, "Jeg sender dig et skema i uge 14."),
    (F, False, "Vi forventer at sende flere spørgsmål i starten af juni 2027."),
    (F, True, "Jeg skriver til dig, fordi vi skal have dit svar senest 1. juni 2027."),
    (F, True, "Det er en hjælp, hvis vi har din vurdering før mødet den 14/5."),
    # a request met or planned
    (E, False, "Vi anmodede i januar om en statusattest, som vi fik i sidste uge."),
    (E, True, "Vi anmodede i januar om en statusattest, som vi endnu ikke har modtaget."),
    (E, False, "Jeg forventer at bede om en mulighedserklæring efter mødet."),
    # concrete requests by new words
    (E, True, "Vi mangler at vide, hvor længe hun kan stå ved kassen."),
    (E, True, "Angiv i skemaet, hvor mange kg han kan løfte."),
    (E, True, "Vi ønsker belyst, om skaden er varig."),
    (E, True, "Kan du tage stilling til, om han bør omskoles?"),
    (E, True, "Vil du beskrive, hvordan genoptræningsforløbet er gået?"),
    # the centre's own step or weighing is not asked
    (E, False, "Før vi beslutter en plan for delvis raskmelding, vil jeg gerne have din vurdering."),
    (E, False, "Vi beder om din udtalelse til brug for kommunens samlede vurdering af hans arbejdsevne."),
    (E, True, "Inden vi holder mødet, vil jeg gerne vide, hvor mange timer hun kan arbejde."),
    # circular or past purposes
    (U, False, "Formålet med brevet er at få en ny statusattest."),
    (U, False, "Formål: Indhentning af journaloplysninger."),
    (U, True, "Formålet er at få en vurdering, så vi kan lægge en plan for hans tilbagevenden."),
    (U, False, "Vi har brug for svarene for at kunne sagsbehandle korrekt."),
    (U, True, "Vi har brug for svarene for at kunne vurdere, om hun kan arbejde 20 timer."),
    (U, False, "Attesten anvendes alene i hendes sag."),
    (U, False, "Sidste år anvendte vi attesten til at bevilge en mentor."),
    (U, True, "Vi bruger attesten til at vurdere, om han kan starte i praktik."),
    # a step of the case, a picture for the employer
    (U, True, "Svarene skal bruges til opfølgningssamtalen med Jens."),
    (U, True, "Vi vil gerne kunne give arbejdsgiveren et klart billede af, hvad hun kan klare."),
]

test_statement = statement_test(CASES, profile=J)
