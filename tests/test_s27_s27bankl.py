"""Stop 27, content classes from bank l and a dev letter (s27bankl). Every sentence is our own.

(1) Outlook: the writer's hedged outlook still takes a stance ("bliver nok ikke klar til lageret igen", "kan
    formentlig starte igen ved samlebåndet", "… vil han kunne klare", "noget mere stillesiddende kan han sikkert godt
    klare"); the citizen's wish ("vil så gerne tilbage"), own belief ("tror ikke selv, …") and an aim urged on the
    citizen ("skal have fokus på at komme tilbage") take none (shared void `andres-stemme`).
(2) Accommodations: one given as the condition of a return ("bare han ikke skal …") and no need of one in the
    writer's opinion ("Jeg mener ikke, der er behov for hensyn").
(3) Consent in everyday words ("det er i orden, at jeg fortæller …") and as a signature on the permission.
(4) Requests: an elliptic deadline after "så hurtigt som muligt"; the answer's use at a named meeting on what it
    will settle; a request as an indirect question ("Vi vil høre, om …"); a list under a label line that ends a
    paragraph whose first sentence is a vague request ("Send en kort status. Jeg vil gerne vide:" / "- …") is asked
    by the label sentence, not by the vague one; a direct question on the treatment offered and its effect.
(5) The writer agreeing by "det" with the citizen's wish told just before ("…, og det tror jeg også, han kan").
(6) Function: full or part time with a present-tense capacity ("klarer fuld tid"). The job: where one works ("har
    arbejdet på et vaskeri", also beside unemployment now) and what one does all day at a workplace.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

S, J = "sundhed-til-job", "job-til-sundhed"
P, K = "sundhed.prognose", "sundhed.skaanehensyn"
F, N = "sundhed.funktionsniveau", "sundhed.nuvaerende-job"
E, FO, FR, SA = "job.efterspurgt-info", "job.formaal", "job.frist", "samtykke"

CASES: list[tuple[str, str, bool, str]] = [
    # (1) hedged outlooks take a stance; the citizen's wish, belief or an urged aim do not
    (P, S, True, "Han bliver nok ikke klar til lageret igen, men noget mere stillesiddende kan han sikkert klare."),
    (P, S, True, "Han kan formentlig starte igen ved samlebåndet, hvis han må skifte stilling."),
    (P, S, True, "Tømrerfaget er urealistisk, men et lagerjob på deltid vil han kunne klare."),
    (P, S, False, "Hun vil så gerne tilbage til sin arbejdsplads, og det glæder mig."),
    (P, S, False, "Han tror ikke selv, han kan komme tilbage, og det har vi ikke drøftet mere."),
    (P, S, False, "Vi har sagt til ham, at han skal have fokus på at komme tilbage til sit job."),
    # (2) accommodations
    (K, S, True, "Han kan godt begynde igen, bare han ikke skal køre de lange ture."),
    (K, S, True, "Jeg mener ikke, der er behov for hensyn på arbejdet, selv om han er lidt øm."),
    # (3) consent
    (SA, S, True, "Han har sagt, at det er i orden, at jeg fortæller dig om forløbet."),
    (SA, J, True, "Vi har hendes underskrift på, at vi må indhente journalen."),
    # (4) requests
    (FR, J, True, "Kan du sende svaret? Så hurtigt som muligt og helst inden mødet på torsdag."),
    (FO, J, True, "Vi skal bruge svaret til mødet med lederen om, hvor mange timer han kan arbejde."),
    (E, J, True, "Vi vil høre, om du mener, han kan tåle at løfte, og hvor længe han kan stå."),
    (E, J, True, "Send os en kort status om Lise. Jeg vil gerne vide:\n- hvor meget Lise kan løfte\n"
                 "- om hun kan sidde en hel arbejdsdag"),
    (E, J, False, "Send os en kort status om Lise."),
    (E, J, True, "Er hun blevet henvist til genoptræning, og har den virket?"),
    # (5) the writer agreeing with the wish
    (P, S, True, "Hun vil så gerne tilbage til sin arbejdsplads, og det tror jeg også, hun kan."),
    # (6) function in hours, the job by its workplace
    (F, S, True, "Han klarer fuld tid på værkstedet, når han må sidde ned i pauserne."),
    (F, S, False, "Han arbejder fuld tid på værkstedet."),
    (F, S, False, "Jeg forventer, at han kan vende tilbage på deltid i marts og på fuld tid i maj."),
    (N, S, True, "Hun har arbejdet på et vaskeri i tolv år, men blev fyret i vinter og er nu ledig."),
    (N, S, True, "Han står det meste af arbejdsdagen ved maskinerne på en fabrik."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s27_bankl_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
