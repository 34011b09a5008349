"""job.frist, job.efterspurgt-info, job.formaal and samtykke: the classes of wording a second independent writer's
bank (bank-f, stop 25) and a blind set showed unseen. Every sentence is our own, each class with its near misses:

- a Q/A form on one line: an open question opening the line and its answer as the rest of it ("Hvornår …? Inden …");
  a yes/no question, prose after the question, or a question under it is no answer;
- the answer as "noget fra dig" beside a time frame;
- measured results asked for by name ("resultaterne af …", "testresultater");
- the case step the writer considers, tied to the request by "derfor"; the answer's noun with its complement, then
  what for; the check that a job or placement fits the citizen;
- "sagt ja til, at" with the other party receiving (a modal between); another party's samtykke to something else
  than the exchange is none, also with the word itself (and, from round 3, to the exchange too).
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

J, S = "job-til-sundhed", "sundhed-til-job"
FR, INFO, FORM, SAM = "job.frist", "job.efterspurgt-info", "job.formaal", "samtykke"

CASES: list[tuple[str, str, bool, str]] = [
    # an open question and its answer on one line; a yes/no question, a longer paragraph after the question, and a
    # question after the question are none
    (FR, J, True, "Hvornår skal vi bruge jeres vurdering? Senest i uge 19."),
    (FR, J, True, "Hvornår har jobcentret brug for oplysningerne? Inden udgangen af april."),
    (FR, J, False, "Har du brug for en kopi af notatet? Hun starter igen i uge 19."),
    (FR, J, False, "Hvornår har vi brug for svar? Hvornår i april kan hun starte?"),
    (FR, J, False, "Hvornår har vi brug for svar? Det ved vi ikke endnu. Hun starter igen i uge 19."),
    # "noget fra dig" as the answer beside a time frame; the citizen's own things are none
    (FR, J, True, "Kunne vi få noget fra jer i løbet af de næste par dage?"),
    (FR, J, True, "Vi skal gerne have noget fra dig inden fredag."),
    (FR, J, False, "Hun skal have noget at spise inden fredag."),
    # measured results asked for by name; results of the citizen's own effort and a request for "en status" are none
    (INFO, J, True, "Kan I sende os resultaterne af gangtesten fra sidste uge?"),
    (INFO, J, True, "Må vi få hans testresultater fra genoptræningen?"),
    (INFO, J, False, "Han har opnået gode resultater i sin jobsøgning."),
    (INFO, J, False, "Kan I sende os en status?"),
    # the case step considered, tied to the request by "derfor"; the step alone or the citizen's plan is none
    (FORM, J, True, "Vi påtænker at bevilge hende et forløb med mentorstøtte og har derfor brug for at vide, "
                    "hvor mange timer hun kan arbejde."),
    (FORM, J, True, "Jeg overvejer at henvise ham til et afklaringsforløb og vil derfor høre, hvad han kan tåle."),
    (FORM, J, False, "Vi overvejer at tilbyde ham et kursus i regnskab."),
    (FORM, J, False, "Hun planlægger at starte på et kursus og har derfor købt en ny computer."),
    # the answer's noun with a complement, then what it is for; a time after it is no use
    (FORM, J, True, "Jeg vil bruge jeres vurdering af hendes arbejdsevne, når vi holder møde med arbejdsgiveren "
                    "om hendes opgaver."),
    (FORM, J, True, "Vi skal bruge din udtalelse om hans skulder til at finde de rette opgaver."),
    (FORM, J, False, "Vi skal bruge din beskrivelse af hans skulder senest den 4. maj."),
    # the check that a job or placement fits the citizen; the citizen's own doing is none
    (FORM, J, True, "Han har fået tilbudt en plads på et lager, og vi vil gerne sikre os, at jobbet passer til "
                    "hans knæ."),
    (FORM, J, False, "Vi vil gerne sikre os, at han passer sin træning."),
    # "sagt ja til, at" with the other party receiving or the writer sharing; the citizen receiving is none
    (SAM, S, True, "Hun har sagt ja til, at jobcentret godt må læse epikrisen."),
    (SAM, S, True, "Kurt sagde ja til, at jeg deler målingerne med jobcentret."),
    (SAM, J, True, "Hun har sagt ja til, at du må få en kopi af referatet."),
    (SAM, S, False, "Han har sagt ja til, at han får mere træning."),
    (SAM, J, False, "Hun har sagt ja til, at hun får en mentor."),
    # another party's samtykke is none, to something else or to the exchange; the citizen's beside it counts
    (SAM, S, False, "Butikkens leder har givet samtykke til, at Lise kun arbejder om formiddagen."),
    (SAM, J, False, "Arbejdsgiveren har givet sit samtykke til, at han arbejder hjemme om fredagen."),
    (SAM, S, False, "Lederen har givet samtykke til, at vi taler sammen om hendes opgaver."),
    (SAM, S, True, "Borgeren har givet samtykke til, at hun får færre opgaver, og til at vi orienterer jer."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
