"""Stop 27, content classes from bank k (s27bankk). Every sentence is our own.

(1) Function told as a present-tense activity with a measure and a manner that marks it as capacity ("uden pauser",
    "med god teknik"), no "kan"; a job's demand without such a manner stays the job's.
(2) A function test only announced for a coming visit, and a degree named only vaguely ("i et vist omfang"), state
    no function.
(3) Requests that are not this letter's: someone else's request reported, a request announced for a later letter,
    "… og vende tilbage" (get back to us) naming no topic. Requests that are: a form sent to be filled in
    ("statusattest"), numbered questions or fields of a form.
(4) Accommodations: a question left open for consideration and a decision left to the employer take no stance;
    the citizen's own wish in the perfect is someone else's voice; the employer told to ensure a restriction is one.
(5) A label with a note in parentheses before its colon, and an abbreviated title, give the job; a Q/A form's
    question worded as a noun phrase lends its group to the answer; "vurderes efter …" defers only when its clause
    ends there; an end just after a holiday is a time frame.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

S, J = "sundhed-til-job", "job-til-sundhed"
F, N, P = "sundhed.funktionsniveau", "sundhed.nuvaerende-job", "sundhed.prognose"
K, T = "sundhed.skaanehensyn", "sundhed.tidsplan"
E = "job.efterspurgt-info"

CASES: list[tuple[str, str, bool, str]] = [
    # (1) present-tense capacity with a measure and a manner
    (F, S, True, "Han står og sidder en hel arbejdsdag uden hvilepauser."),
    (F, S, True, "Hun bærer 12 kg op ad trappen med korrekt teknik."),
    (F, S, False, "Hun står ved samlebåndet hele dagen og løfter kasser."),
    (F, S, False, "Han bærer 30 kg sække på tømmerpladsen."),
    # (2) an announced test, a vague degree
    (F, S, False, "Vi måler hendes gangdistance til næste kontrol den 4/3."),
    (F, S, False, "Funktionsevnen er nedsat i nogen grad, og han skal tage det roligt."),
    (F, S, True, "Gangdistancen er 800 meter; vi måler den igen til næste kontrol."),
    # (3) not this letter's request / this letter's request
    (E, J, False, "Hendes fagforening har bedt om oplysninger om, hvor mange timer hun kan arbejde."),
    (E, J, False, "Spørgsmål om hans skånehensyn sender vi i en særskilt mail."),
    (E, J, False, "Vi beder dig læse referatet og vende tilbage."),
    (E, J, True, "Vi har tidligere bedt om oplysninger om hans skånehensyn og beder nu igen."),
    (E, J, True, "Hermed sender vi en statusattest, som vi beder dig udfylde."),
    (E, J, True, "Udfyld venligst felt 4 og 5 i blanketten."),
    (E, J, False, "Vi venter fortsat på svar på punkt 3 fra vores brev i februar."),
    # (4) accommodations
    (K, S, False, "Det bør overvejes, hvilke hensyn der skal tages på lageret."),
    (K, S, False, "Hun har længe ønsket sig en aflastningsstol, men det må lederen tage stilling til."),
    (K, S, True, "Lederen skal påse, at han ikke arbejder alene på nattevagter."),
    # (5) labels, Q/A, deferral, holidays
    (N, S, True, "Arbejde (oplyst af patienten): lagermedarbejder på en fabrik, mest stående."),
    (N, S, True, "Job: kontorass. i en tandlægeklinik, 30 t/uge."),
    (P, S, True, "Realistisk jobfunktion efter operationen? Kontorarbejde uden løft."),
    (P, S, False, "Realistisk jobfunktion efter operationen?"),
    (P, S, True, "Hun vurderes efter endt behandling at kunne vende tilbage til sit job som frisør."),
    (K, S, False, "Skånehensyn vurderes efter 3 måneder."),
    (T, S, True, "Genoptræningen afsluttes umiddelbart efter vinterferien."),
    (T, S, False, "Efter vinterferien fik han mere ondt."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s27_bankk_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
