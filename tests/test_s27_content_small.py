"""Content classes of stop 27 found on its dev sets (every sentence here is our own):

- an assessment deferred in the passive of "can not" ("Skånehensyn kan ikke vurderes endnu") states nothing;
- "vende tilbage til mig" is the reader getting back to the writer, no topic of a request, while a return to work
  asked about still is one;
- the use of the answer told in the next sentence, opened by "Så kan vi …" and a verb of deciding or planning.
"""

from __future__ import annotations

from test_concepts import statement_test

S, F = "sundhed.skaanehensyn", "sundhed.funktionsniveau"
INFO, FORM = "job.efterspurgt-info", "job.formaal"

CASES: list[tuple[str, bool, str]] = [
    (S, False, "Skånehensyn kan ikke vurderes endnu, da hun først skal scannes."),
    (S, False, "Om der skal tages hensyn på arbejdet, kan endnu ikke vurderes."),
    (S, True, "Han bør ikke løfte mere end 10 kg de første fire uger."),
    (F, False, "Funktionsniveauet kan ikke vurderes, før operationen er overstået."),
]
JOB_CASES: list[tuple[str, bool, str]] = [
    (INFO, False, "Jeg har fået et brev fra Lise. Vil du læse det og vende tilbage til mig?"),
    (INFO, False, "Vend gerne tilbage til os, når du har talt med ham."),
    (INFO, True, "Kan han vende tilbage til sit arbejde som tømrer, og i givet fald hvornår?"),
    # the consent form sent with the letter is no record asked for; a copy of named records is
    (INFO, False, "Kopi af samtykkeerklæringen er vedlagt."),
    (INFO, True, "Send gerne en kopi af journalnotaterne fra de seneste tre konsultationer."),
    (FORM, True, "Jeg vil gerne have dit svar inden den 4. maj. Så kan vi sammen med Lise finde ud af, hvor mange "
                 "timer hun kan starte med."),
    (FORM, True, "Send gerne svaret inden fredag. Dermed kan jeg planlægge opstarten med arbejdsgiveren."),
    (FORM, False, "Send gerne svaret inden fredag. Så kan vi tale sammen om det i telefonen."),
]


test_statement = statement_test(CASES)


test_job_statement = statement_test(JOB_CASES, profile="job-til-sundhed")
