"""Content classes of the second content round, aimed at meaning families rather than sentences (issue 13,
"Concepts that describe meaning, not strings"): a work outlook worded about the work, the workplace or a role;
the use of an answer in any wording; an expected course in any time expression; consent in any wording; a
concrete capacity in any form. Every sentence is our own, each class with its near misses."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

S, J = "sundhed-til-job", "job-til-sundhed"
P, F, T = "sundhed.prognose", "sundhed.funktionsniveau", "sundhed.tidsplan"
C, U = "samtykke", "job.formaal"  # U: the use of the answer

CASES: list[tuple[str, str, bool, str]] = [
    # resuming work named by any work noun, a compound too; history and training are no outlook
    (P, S, True, "Han forventes at genoptage sit arbejde som tømrer efter nytår."),
    (P, S, True, "Det forventes, at hun kan genoptage deltidsarbejdet i april."),
    (P, S, False, "Han genoptog arbejdet i februar, men blev sygemeldt igen."),
    (P, S, False, "Hun kan genoptage træningen i næste uge."),
    # back in a role by its title
    (P, S, True, "Jeg regner med, at hun kan gå tilbage som sosu-hjælper til sommer."),
    (P, S, False, "Han kom tilbage fra ferie som en ny mand."),
    # staying at the workplace by its noun, with a stance
    (P, S, True, "Det er min forventning, at Ib kan fortsætte på lageret uden ændringer."),
    (P, S, False, "Hun bliver på afdelingen et par dage mere til observation."),
    # the expected work capacity as a form label; an empty one answers nothing
    (P, S, True, "Forventet erhvervsevne: nedsat, egnet til lettere kontorarbejde."),
    (P, S, False, "Forventet arbejdsevne: ikke vurderet"),
    # a future word of expectation with a kind of work; a stance in doubt or "no reason to"
    (P, S, True, "Hun forventes at kunne klare et kontorjob med pauser."),
    (P, S, True, "Jeg tvivler på, at han kan holde til lagerarbejdet på længere sigt."),
    (P, S, True, "Jeg ser ingen grund til, at hun ikke skal kunne klippe igen efter påske."),
    (P, S, False, "Jeg tvivler på, at medicinen hjælper."),
    # the assessment left to someone else states nothing
    (P, S, False, "Om han kan fortsætte som maler, må arbejdsgiveren vurdere."),
    (P, S, False, "Om hun skal have en ny operation, må kirurgen afgøre."),
    # the use of the answer in the passive, what the answer is to show, a purpose by its noun or form label, a
    # clause of purpose after the request; generic use and importance alone name no use
    (U, J, True, "Udtalelsen anvendes til at vurdere, om han kan starte i praktik."),
    (U, J, True, "Svarene vil blive brugt til en plan for de kommende uger."),
    (U, J, True, "Formålet med henvendelsen er at få afklaret, om hun kan øge timetallet."),
    (U, J, True, "Svarene skal belyse, hvor mange timer han kan arbejde."),
    (U, J, True, "Brug af svaret: planlægning af en gradvis tilbagevenden."),
    (U, J, True, "Vi vil gerne vide, hvor længe han kan stå, så vi kan finde en passende praktik."),
    (U, J, False, "Anvendelse af oplysningerne:"),
    (U, J, False, "Vi har talt med ham, så vi ved, hvordan det går."),
    (U, J, False, "Det er afgørende for sagen, at vi får dit svar."),
    (U, J, False, "Oplysningerne indgår i den videre sagsbehandling."),
    (U, J, False, "Prøven skal vise, om der er betændelse."),
    (U, J, True, "Formålet med mine spørgsmål er at få et grundlag for en plan."),
    (U, J, False, "Genoptræningens formål er at styrke ryggen."),
    (U, J, False, "Formålet med træningen er at styrke ryggen."),
    # consent in any wording: agreement by 'indvillige', permission with words between, a yes to the question
    # whether one may contact; taking part in something ('deltage' is no 'dele') or a yes to anything else is none
    (C, S, True, "Peter indvilligede i, at jeg orienterer dig om forløbet."),
    (C, S, True, "Hun gav os ved samtalen i sidste uge lov til at indhente journalen."),
    (C, S, True, "Han svarede ja, da vi spurgte, om vi kunne sende notatet til jobcentret."),
    (C, S, False, "Han har indvilliget i at deltage i et forløb på sundhedscentret."),
    (C, S, False, "Hun har accepteret at deltage i holdtræningen."),
    (C, S, False, "Hun gav ham i sidste uge lov til at holde en ekstra pause."),
    (C, S, False, "Han sagde ja, da jeg spurgte, om han kunne gå en tur."),
    (C, S, False, "Hun er orienteret om, at vi skriver til dig."),
    # an expected course in any time expression: abbreviated and genitive units, a half year in words, a short
    # date, a phased plan by its steps, a duration label; a past period or a frequency is none
    (T, S, True, "Behandlingsperiode: ca. 10 uger."),
    (T, S, True, "Genoptræningen fortsætter det næste halvandet år."),
    (T, S, True, "Vi ser på det igen om en uges tid."),
    (T, S, True, "Hun starter på deltid fra 15/3 og øger derefter."),
    (T, S, True, "Plan: 3 uger à 12 timer og så 3 uger à 20 timer."),
    (T, S, True, "Genoptræning: yderligere 2 mdr. på holdet."),
    (T, S, True, "Forventet afsluttet: uge 31"),
    (T, S, False, "Hun har haft ondt i en måneds tid."),
    (T, S, False, "Han træner 3 gange om ugen."),
    (T, S, False, "Han har været sygemeldt det sidste halve år."),
    (T, S, False, "Behandlingstid:"),
    (T, S, False, "Hun var sygemeldt fra 1/9 til 30/9."),
    # a concrete capacity in any form: a terse form line (activity, separator, capacity), measured activities
    # after a label, an activity's time that ends in rest, repetitions, 'ude af stand til' with a measure;
    # a training goal, a frequency, a vague statement or someone else's ability is none
    (F, S, True, "Gående arbejde: kun kortvarigt, højst en halv time."),
    (F, S, True, "Arbejde over skulderhøjde | kan ikke"),
    (F, S, True, "Svar: Stå 20 min, gå 1 km."),
    (F, S, True, "Efter en halv times havearbejde må han sætte sig."),
    (F, S, True, "Han kan gå op ad trappen 15 gange i træk uden pause."),
    (F, S, True, "Hun er ude af stand til at bære mere end 3 kg."),
    (F, S, True, "Han kan nu løfte 10 kg, og målet er 20 kg."),
    (F, S, False, "Han træner for at kunne gå 5 km uden pause."),
    (F, S, False, "Delmål: at hun kan sidde 45 minutter."),
    (F, S, False, "Målsætningen er, at hun kan stå en hel vagt igen."),
    (F, S, False, "Han træner 3 gange om ugen."),
    (F, S, False, "Funktionsevnen er nedsat."),
    (F, S, False, "Arbejdsgiver: kan ikke tilbyde andet arbejde."),
    (F, S, False, "Efter to timers møde må vi holde pause."),
    # latent classes: a referral in the perfect names a course ahead; work resumed from a day; a move to another
    # position; a recommendation to consider a kind of work; an activity's length in minutes; holding a posture
    (T, S, True, "Jeg har henvist hende til genoptræning på sygehuset i 8 uger."),
    (T, S, False, "Hun har gået til træning i 8 uger."),
    (T, S, True, "Hun kan begynde på sit arbejde som pædagog igen fra 1. juni."),
    (T, S, False, "Han var tilbage på arbejde fra 3. januar til 10. januar."),
    (P, S, True, "Et skifte til en stilling med mindre gang bør overvejes."),
    (P, S, True, "Et job med mest siddende arbejde kan overvejes."),
    (P, S, False, "En ny MR-scanning bør overvejes."),
    (P, S, False, "Hun skal flytte til en mindre lejlighed."),
    (F, S, True, "Efter øvelserne kunne hun støvsuge stuen i cirka 15 minutter."),
    (F, S, True, "Hun kan ikke holde armene over hovedet."),
    (F, S, False, "Hun kan komme igen om 15 minutter."),
    # doing or staying in one's own work by any work noun, with a stance; the same today without one is none
    (P, S, True, "Jeg tror, at han kan varetage sit job som pedel igen om en måned."),
    (P, S, True, "Jeg vurderer, at hun til efteråret kan passe sine vagter på plejecentret."),
    (P, S, True, "Der er gode muligheder for, at han kan fortsætte i sin stilling på rådhuset."),
    (P, S, False, "Han fortsætter i sin stilling på nedsat tid."),
    # the answer as part of the case's material; what the answer lets the case do
    (U, J, True, "Din vurdering bliver en del af grundlaget for vores indstilling."),
    (U, J, True, "Med dine oplysninger kan vi tilrettelægge en arbejdsprøvning."),
    (U, J, False, "Hun er en del af holdet på værkstedet."),
    (U, J, False, "Med din hjælp kan vi komme videre."),
    # an activity or posture said possible or not, by its noun or compound; an activity's time ending in a stop
    (F, S, True, "Tunge løft er kun muligt kortvarigt."),
    (F, S, True, "Overhovedarbejde er umuligt for hende."),
    (F, S, True, "Efter 10 minutters gang får hun ondt og må stoppe."),
    (F, S, False, "Hjemmearbejde er ikke muligt i hendes stilling."),
    (F, S, False, "En gang om ugen er muligt."),
    # a scheme the citizen is or was in, with words between, is no outlook; a move to one is
    (P, S, False, "Han har været i fleksjob i fem år."),
    (P, S, False, "Hun arbejder nu 20 timer om ugen i et fleksjob."),
    (P, S, True, "Hun bør på sigt overgå til et fleksjob."),
    # the answer to take a stand with; asking the reader to take a stand is no purpose
    (U, J, True, "Vi har brug for din vurdering til at tage stilling til, om hun kan starte i praktik."),
    (U, J, False, "Vi beder dig tage stilling til, om hun kan tåle løft."),
    # a return named only as a topic of talk or a question, or as history with words between, takes no stance;
    # a stance beside it still counts
    (P, S, False, "Vi har snakket om, hvornår hun kan starte på sit arbejde igen."),
    (P, S, False, "Han har tidligere været tilbage på arbejde i kortere perioder."),
    (P, S, True, "Vi har drøftet hendes arbejde, og hun vil kunne genoptage det på fuld tid om en måned."),
    # the goal of something, a wish or hope to be able, is no capacity today; a capacity beside it counts
    (F, S, False, "Målet med forløbet er, at han kan cykle 10 km."),
    (F, S, False, "Hun håber at kunne gå 5 km til sommer."),
    (F, S, False, "Han vil gerne kunne løfte 25 kg igen."),
    (F, S, True, "Han kan løfte 10 kg, og han ønsker at kunne løfte 20 kg."),
    # sent by agreement with the citizen by name; a time moved by agreement with someone is none
    (C, S, True, "Notatet sendes efter aftale med Karen Holm."),
    (C, S, False, "Jeg har flyttet tiden efter aftale med Marie."),
    (C, S, False, "Tiden er flyttet efter aftale med Jobcentret."),
    # staying in a work area by its noun with a future stance ('får svært ved'); trouble sleeping is none
    (P, S, True, "Han får nok svært ved at blive i hjemmeplejen."),
    (P, S, False, "Hun får svært ved at sove, når smerterne er værst."),
    # a task done or not by its noun after a capacity modal; a job's demand is none
    (F, S, True, "Hun kan ikke udføre gentagne løft over skulderhøjde."),
    (F, S, False, "Han skal udføre løft hver dag i sit job."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_meaning_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
