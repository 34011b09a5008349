"""Stop 29, after the figure: content-rule classes from the held-out material (s29afterc). Our own sentences.

- job.formaal: the reply's own timing ("…, så vi kan finde en ny frist") is no use in the case (formaal-tom).
- job.efterspurgt-info: "… og om, hvordan det går med X" joined to a vague request lifts nothing.
- sundhed.prognose: a current scheme's gloss ("er ansat i fleksjob (…, fordi hans arbejdsevne er varigt nedsat)")
  is no outlook; the old job managed in full ahead ("kan klare sit gamle job fuldt ud") is one.
- sundhed.skaanehensyn: a cap set with the negation before the modal ("hvis han ikke skal bære mere end 8 kg");
  an adjustment of a past year is history; one deferred to a later report is not stated.
- placeholders: one after the match in another clause ("varer 10 uger og slutter [INDSÆT DATO]") leaves the match's
  own statement standing; in its own clause it still voids it.
- bank classes: a past year opening the sentence (historik), a referral to another party's record (felt-tom), a bare
  call to answer the questions (info-vag), a missing consent form (samtykke-uafklaret), sharing agreed with the
  citizen (samtykke), a trade's verb with "til daglig" (nuvaerende-job), a deadline word before a day/month.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

J, S = "job-til-sundhed", "sundhed-til-job"

CASES: list[tuple[str, str, bool, str]] = [
    ("job.formaal", J, False, "Kan du sende attesten inden fredag? Ellers ring, så vi kan aftale en ny frist."),
    ("job.formaal", J, True, "Kan du sende attesten? Så kan vi vurdere, om hun kan starte på nedsat tid."),
    ("job.efterspurgt-info", J, False, "Vil du sende mig relevante oplysninger om hendes knæ og om, hvordan det "
     "går med træningen?"),
    ("job.efterspurgt-info", J, True, "Vil du sende mig relevante oplysninger om hendes knæ og om, hun kan stå i "
     "to timer?"),
    ("sundhed.prognose", S, False, "Karen er ansat i fleksjob (et job på nedsat tid, fordi hendes arbejdsevne er "
     "varigt nedsat) som køkkenhjælp."),
    ("sundhed.prognose", S, True, "Jeg vurderer, at hun vil kunne klare sit tidligere arbejde fuldt ud til foråret."),
    ("sundhed.skaanehensyn", S, True, "Han kan starte i maj, hvis han de første uger ikke skal løfte mere end 8 kg."),
    ("sundhed.skaanehensyn", S, False, "Han kan ikke løfte mere end 8 kg."),
    ("sundhed.skaanehensyn", S, False, "Der blev indført skånehensyn i 2021, men de gælder ikke længere."),
    ("sundhed.skaanehensyn", S, False, "Skånehensyn vil blive uddybet i den afsluttende status."),
    ("sundhed.tidsplan", S, True, "Genoptræningen varer 10 uger og slutter [INDSÆT DATO]."),
    ("sundhed.tidsplan", S, False, "Genoptræningen forventes afsluttet [INDSÆT DATO]."),
    ("sundhed.funktionsniveau", S, False, "I 2022 kunne han gå 10 km uden pause."),
    ("sundhed.nuvaerende-job", S, False, "Nuværende job: se arbejdsgiverens oplysninger."),
    ("sundhed.nuvaerende-job", S, True, "Han fortæller, at han til daglig monterer køkkener hos en tømrer."),
    ("job.efterspurgt-info", J, False, "Besvar gerne de følgende spørgsmål."),
    ("samtykke", J, False, "Samtykkeskemaet er endnu ikke returneret, så vi venter med at sende det."),
    ("samtykke", S, True, "Vi har aftalt med Bente, at jeg må sende dig en kort status."),
    ("job.frist", J, True, "Kan du sende attesten? Returnering senest 3/4."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s29afterc_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
