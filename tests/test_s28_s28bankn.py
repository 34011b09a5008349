"""Stop 28, content classes from bank n (s28bankn). Every sentence is our own.

(1) Requests: the imperative to write or explain with an adverb before an indirect question ("Skriv venligst kort,
    hvor …"), an adverb inside "svar på" ("Svar venligst på …"), the wish to have something told ("Vi ønsker oplyst
    …"), a form's questions or fields by the participle ("have udfyldt skemaet"), and working hours by the shift
    ("aftenvagter", "natarbejde") as a concrete topic. Vague requests stay vague.
(2) Accommodations: none in a talk told by its topic alone ("Vi har talt om hensyn …"), an adjustment left for
    others to agree ("Skånehensyn må hun selv aftale med sin leder"), a pointer to the topic in an attachment ("Se
    hensyn … i den vedhæftede attest") or a trial in the past ("forsøgte sig med kortere vagter"); an arrangement to
    keep ("Aftalen om … bør fortsætte") and the workplace offering other work, also as a condition ("Kan chefen give
    ham en anden rute …"), are.
(3) Function: an open question behind its label answered on its line ("Spørgsmål: Hvor længe …? Svar: …"), unless
    the answer defers in any of its clauses; the hours worked now in a verbless note ("P.t. 10 timer om ugen");
    "uarbejdsdygtig" is the status of sick leave, no capacity.
(4) The job by what one is in charge of at a workplace ("står for rengøringen på et hotel"); a capacity with
    "tidligere" after its verb is history, no outlook.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

S, J = "sundhed-til-job", "job-til-sundhed"
P, K = "sundhed.prognose", "sundhed.skaanehensyn"
F, N = "sundhed.funktionsniveau", "sundhed.nuvaerende-job"
E = "job.efterspurgt-info"

CASES: list[tuple[str, str, bool, str]] = [
    # (1) requests: imperative to write/explain before an indirect question, adverb inside "svar på", "ønsker oplyst",
    # a form's questions by the participle, work hours by shift
    (E, J, True, "Skriv venligst kort, hvor mange timer han kan klare om ugen."),
    (E, J, True, "Forklar gerne, hvorfor hun ikke kan tåle at stå ved kassen."),
    (E, J, False, "Skriv gerne til mig, hvis du har spørgsmål."),
    (E, J, False, "Skriv gerne et par ord om, hvordan det går."),
    (E, J, True, "Svar venligst på disse to ting: hvor længe hun kan gå, og hvornår behandlingen slutter."),
    (E, J, False, "Svar gerne på mailen, når du har tid."),
    (E, J, True, "Vi ønsker oplyst, hvilke skånehensyn han har brug for."),
    (E, J, False, "Vi ønsker oplyst, hvordan det går."),
    (E, J, False, "Borgeren ønsker at få vurderet sin arbejdsevne af en speciallæge."),
    (E, J, True, "Jeg vil gerne have udfyldt skemaet, som ligger i bilaget."),
    (E, J, True, "Kan han tage aftenvagter, når han starter igen?"),
    (E, J, False, "Kan du ringe til mig om aftenen?"),
    # (2) accommodations: a talk by its topic, an adjustment left to others, a pointer to an attachment, a trial in the
    # past are none; an arrangement to keep and the workplace offering other work are
    (K, S, False, "Vi har talt om hensyn på arbejdspladsen ved dagens samtale."),
    (K, S, True, "Vi har talt om hensyn på arbejdspladsen, og han bør undgå tunge løft."),
    (K, S, False, "Skånehensyn må hun selv aftale med sin leder."),
    (K, S, True, "Skånehensyn: hun bør ikke løfte over 10 kg."),
    (K, S, False, "Se hensyn og begrænsninger i den vedhæftede attest."),
    (K, S, False, "Han forsøgte sig med kortere vagter i efteråret, men det holdt ikke."),
    (K, S, True, "Han prøver nu med kortere vagter, og det bør fortsætte en måned mere."),
    (K, S, True, "Aftalen om formiddagsvagter bør fortsætte, indtil hun er færdig med træningen."),
    (K, S, False, "Behandlingen bør fortsætte, indtil hun er færdig med træningen."),
    (K, S, True, "Kan chefen give ham en anden rute i et par måneder, kan han godt starte."),
    (K, S, False, "Chefen har givet ham besked om, at han skal møde kl. 7."),
    # (3) function: an open question behind its label with its answer on the line; the hours now in a note; the
    # status of sick leave is no capacity
    (F, S, True, "Spørgsmål: Hvor længe kan hun sidde? Svar: Cirka en halv time ad gangen."),
    (F, S, False, "Spørgsmål: Hvor længe kan hun sidde? Svar: Det er ikke undersøgt."),
    (F, S, True, "P.t. 10 timer om ugen. Vi øger gradvist."),
    (F, S, False, "Hun er sygemeldt og uarbejdsdygtig."),
    (F, S, False, "Hun har en arbejdstid på 37 timer om ugen."),
    (F, S, False, "I 3 timer om ugen går hun til træning hos os."),
    (F, S, True, "I dag 15 timer fordelt på fire dage."),
    # (4) the job by what one is in charge of at a workplace; a past capacity is no outlook
    (N, S, True, "Hun står for rengøringen på et hotel og går meget på trapper."),
    (N, S, False, "Hun står for indkøbene derhjemme."),
    (P, S, False, "Han klarede tidligere sit arbejde som murer uden besvær."),
    (P, S, True, "Han klarede tidligere sit arbejde som murer, men jeg forventer, at han kan vende tilbage til sit job "
                 "om et halvt år."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s28_bankn_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
