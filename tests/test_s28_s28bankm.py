"""Stop 28, content classes from bank m (s28bankm). Every sentence is our own.

(1) Requests: a document received with an adverb between auxiliary and participle ("har for nylig modtaget …") asks
    for nothing; a question told and then taken up as the letter's own ("… spørger, om …. Kan du svare på det?") is a
    request (`adopts_previous`); a bare pointer to questions elsewhere ("Se mine spørgsmål herunder.") asks nothing
    itself; a vague status made concrete by an inclusive question ("…, herunder hvilke …") is a request; a numbered
    or bulleted open question heads the answer after it on its line ("2. Hvornår …? Senest …").
(2) Consent: the citizen asking for the letter without "at/om" and approving the letter's text count; consent to a
    treatment ("samtykke til operationen") is no consent to the exchange of information.
(3) Function: an assessment left to another professional by a modal ("bør undersøges nærmere af …") and one named by
    its date ("en arbejdsevnevurdering den 4. marts") state no function; stairs by the floors climbed do.
(4) The job: a relative's job ("Hendes ægtemand arbejder som …") is none of the citizen's; the verb before its
    subject after a fronted adverbial ("Ifølge lederen består arbejdet af …") and a note's job title alone
    ("Murer. …") state it.
(5) Outlook: the writer's noun of expectation ("Min forventning er, at …") takes a stance; a return named as one goal
    of the course and the employer's statement relayed take none (also for accommodations).
(6) Accommodations: an aid granted for the work ("at der bevilges en ståmåtte") counts; one held in the past
    ("havde sidste år skånehensyn …") does not.
(7) Time frame: an end told only by its condition ("afsluttes, når …") and a note's past participle with a date
    ("Henvist til … den 12. marts") are none; a waiting time with an abbreviated unit is one.
"""

from __future__ import annotations

import pytest
from test_concepts import TAIL, assert_addressed

S, J = "sundhed-til-job", "job-til-sundhed"
P, K = "sundhed.prognose", "sundhed.skaanehensyn"
F, N, T = "sundhed.funktionsniveau", "sundhed.nuvaerende-job", "sundhed.tidsplan"
E, FR, SA = "job.efterspurgt-info", "job.frist", "samtykke"

CASES: list[tuple[str, str, bool, str]] = [
    # (1) requests
    (E, J, False, "Vi har for nylig modtaget en mulighedserklæring fra klinikken."),
    (E, J, False, "Se mine spørgsmål herunder."),
    (E, J, True, "Se spørgsmålene herunder.\n\n1. Hvor mange kilo kan hun løfte?\n2. Hvor længe kan hun stå?"),
    (E, J, True, "Se spørgsmålene nedenfor:\n\n- Hvor mange timer kan han arbejde?\n- Kan han løfte 15 kg?"),
    (E, J, True, "Må vi bede om en status på forløbet, herunder hvor mange timer hun kan arbejde nu?"),
    (E, J, False, "Må vi bede om en status på forløbet?"),
    (E, J, True, "Lederen spørger, om han kan køre truck igen efter operationen. Vil du svare på det?"),
    (E, J, True, "Borgeren er i tvivl om, hvor meget hun må løfte på arbejdet. Hvad er din vurdering af det?"),
    (E, J, False, "Lederen spørger, hvordan det går. Kan du svare på det?"),
    (E, J, False, "Lederen spørger, om han kan køre truck igen efter operationen."),
    (FR, J, True, "2. Hvornår skal vi have svar? Senest 15/5-2026."),
    (FR, J, True, "- Hvornår skal vi bruge svaret? Inden 3. juni 2026."),
    # (2) consent
    (SA, S, True, "Hun har læst brevet igennem og godkendt indholdet."),
    (SA, S, True, "Borgeren har selv bedt mig sende dette notat til jobcentret."),
    (SA, S, False, "Patienten har givet mundtligt samtykke til operationen."),
    (SA, S, False, "Der blev indhentet informeret samtykke til blokadebehandlingen."),
    (SA, S, True, "Han har givet samtykke til behandling af sine helbredsoplysninger i sagen."),
    # (3) function
    (F, S, False, "Arbejdsevnen bør undersøges nærmere af en ergoterapeut."),
    (F, S, False, "Hun fik lavet en arbejdsevnevurdering den 4. marts."),
    (F, S, True, "Trapper: to etager uden pause."),
    (F, S, True, "Hun går op ad trappen til 2 etager med hvil undervejs."),
    # (4) the job
    (N, S, False, "Hendes ægtemand arbejder som elektriker og kører hende til træning."),
    (N, S, True, "Ifølge lederen består arbejdet mest af rengøring af kontorer."),
    (N, S, True, "Murer. Hårdt fysisk arbejde med mange løft."),
    # (5) outlook
    (P, S, True, "Min forventning er, at hun er tilbage på kontoret til sommer."),
    (P, S, False, "Et vigtigt mål med behandlingen er at komme tilbage i arbejde."),
    (P, S, False, "Virksomheden har meddelt, at der ikke findes et skånejob at vende tilbage til."),
    (P, S, True, "Virksomheden har meddelt, at der ikke er et lettere job, men jeg vurderer, at han kan vende tilbage"
                 " til sit eget job i maj."),
    (K, S, False, "Lederen har fortalt, at de ikke kan tilbyde deltid på lageret."),
    # (6) accommodations
    (K, S, True, "Jeg anbefaler, at der bevilges en ståmåtte og en hæve-sænkestol ved hans arbejdsplads."),
    (K, S, False, "Hun havde sidste år skånehensyn med kortere arbejdsdage."),
    # (7) time frame
    (T, S, False, "Behandlingen afsluttes, når han er smertefri."),
    (T, S, True, "Behandlingen afsluttes i uge 22."),
    (T, S, True, "Ventetid til operation: ca. 3 mdr."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s28_bankm_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)


# a letter with no date of its own: a date is weighed by the tense of its clause (dato-fortid)
UNDATED = ("Sundhedscenter Lindeby\nParkvej 2, 6600 Lindeby\n\nTil: Jobcenter Lindeby\n"
           "Att.: Sagsbehandler Sofie Berg\n\nVedr.: borger Ole Hansen\n\nKære Sofie Berg\n\n")


@pytest.mark.parametrize("addressed, body", [
    (False, "Henvist til fysioterapi den 12. marts."),
    (False, "Indlagt på ortopædkirurgisk afdeling den 3. februar."),
    (True, "Hun starter på fysioterapi den 12. marts og fortsætter otte uger."),
])
def test_s28_bankm_note_participle_dates_history(check_text, addressed, body):
    result = check_text(UNDATED + body + TAIL, profile="sundhed-til-job", only={"sundhed.tidsplan"})
    assert any(f.rule == "sundhed.tidsplan" for f in result.findings) != addressed, body
