"""Concepts that describe meaning (issue 13), one class of wording per case, in statements of our
own: a deadline tied to what is asked for (not a treatment's, the citizen's, or history), job titles
by their head (-mand, -medarbejder, -assistent, -arbejder, -hjælper, -chauffør), the job centre
ordering any treatment, vague capacity, training frequency and past periods, accommodations as
advice to the employer, consent as a form field, and jargon explained in the next sentence or
found inside a compound.

Each body goes into the neutral letter of tests/test_concepts.py and only the rule is run.
"""

from __future__ import annotations

import pytest
from test_concepts import HEAD, TAIL

# (rule, the rule's finding expected?, body)
CASES = [
    ('job.frist', False, 'Vi vil gerne have dit svar senest den 20. marts 2026.'),
    ('job.frist', False, 'Send venligst statusattesten til os inden 15. marts 2026.'),
    ('job.frist', False, 'Vi beder om din udtalelse inden udgangen af marts.'),
    ('job.frist', True, 'Han starter i fysioterapi den 10. marts 2026, og vi sender referatet til dig bagefter.'),
    ('job.frist', True, 'Han skal senest den 20. marts 2026 sende os sin egen beskrivelse.'),
    ('job.frist', True, 'Genoptræningen forventes afsluttet senest den 30. april 2026, hvorefter vi vil høre fra dig.'),
    ('job.frist', True, 'Han har været sygemeldt siden den 3. februar 2026, og vi har brug for en vurdering.'),
    ('job.frist', True, 'Vi modtog hans samtykke den 1. marts 2026 og sender derfor brevet.'),
    ('job.frist', True, 'Vi vil gerne have en status på forløbet.'),
    ('job.dikterer-behandling', True, 'Vi forventer, at han starter til fysioterapi inden 1. april.'),
    ('job.dikterer-behandling', True, 'Jobcentret ønsker, at hun kommer i gang med genoptræning hurtigst muligt.'),
    ('job.dikterer-behandling', True, 'Vi beder dig henvise ham til en speciallæge.'),
    ('job.dikterer-behandling', True, 'Han skal have smertestillende medicin, før han kan begynde i praktik.'),
    ('job.dikterer-behandling', True, 'Vi forventer, at hun bliver opereret i løbet af foråret.'),
    ('job.dikterer-behandling', False, 'Vi vil gerne vide, om han er henvist til fysioterapi.'),
    ('job.dikterer-behandling', False, 'Har hun fået medicin mod smerterne?'),
    ('sundhed.nuvaerende-job', False, 'Han arbejder som skraldemand i kommunen.'),
    ('sundhed.nuvaerende-job', False, 'Hun er ansat som rengøringsassistent på et hotel.'),
    ('sundhed.nuvaerende-job', False, 'Han er havemand på en kirkegård.'),
    ('sundhed.nuvaerende-job', False, 'Hun er lagerarbejder og kører truck.'),
    ('sundhed.nuvaerende-job', False, 'Han er buschauffør ved et trafikselskab.'),
    ('sundhed.nuvaerende-job', False, 'Hun er køkkenhjælper på et plejehjem.'),
    ('sundhed.nuvaerende-job', False, 'Han er ansat som pladsmand på en byggeplads.'),
    ('sundhed.nuvaerende-job', False, 'Hun er ansat som kontormedarbejder i et forsikringsselskab.'),
    ('sundhed.nuvaerende-job', False, 'Hun er uddannet sygehjælper og arbejder 25 timer om ugen i et botilbud.'),
    ('sundhed.nuvaerende-job', False, 'Han er elektrikerlærling på andet år.'),
    ('sundhed.nuvaerende-job', True, 'For ti år siden arbejdede hun som sygehjælper.'),
    ('sundhed.funktionsniveau', True, 'Funktionsevnen er nedsat.'),
    ('sundhed.funktionsniveau', True, 'Hans arbejdsevne er påvirket af smerterne.'),
    ('sundhed.funktionsniveau', True, 'Hun har et nedsat funktionsniveau.'),
    ('sundhed.funktionsniveau', False, 'Hun kan ikke sidde mere end en halv time ad gangen.'),
    ('sundhed.tidsplan', True, 'Han træner to gange om ugen.'),
    ('sundhed.tidsplan', True, 'Hun gik til fysioterapi i seks uger i efteråret.'),
    ('sundhed.tidsplan', True, 'Han har været sygemeldt i otte uger.'),
    ('sundhed.tidsplan', False, 'Vi forventer, at han kan starte med 15 timer om ugen fra 1. april 2026.'),
    ('sundhed.tidsplan', False, 'Forløbet varer yderligere seks uger.'),
    ('sundhed.skaanehensyn', False, 'Det vil være en fordel, hvis arbejdsgiveren kan tilbyde et hæve-sænkebord.'),
    ('sundhed.skaanehensyn', False, 'Arbejdsgiveren kan med fordel give ham mulighed for pauser.'),
    ('sundhed.skaanehensyn', False, 'Vi anbefaler, at arbejdspladsen fritager hende for tunge løft.'),
    ('sundhed.skaanehensyn', True, 'Han har svært ved at løfte over 5 kg.'),
    ('sundhed.skaanehensyn', True, 'Hun bør lave sine øvelser derhjemme hver dag.'),
    ('sundhed.skaanehensyn', True, 'Han kan ikke sidde længe ad gangen.'),
    ('sundhed.skaanehensyn', True, 'Han skal også løfte kasser på lageret.'),
    ('sundhed.prognose', False, 'Han kan vende tilbage til arbejde uden tunge løft.'),
    ('sundhed.prognose', False, 'Hun vil kunne klare arbejde med tunge løft igen om tre måneder.'),
    ('sundhed.prognose', False, 'Jeg forventer, at hun kan tage alle sine vagter igen efter påske.'),
    # a question in the letter states nothing (a form's question without its answer)
    ('sundhed.prognose', True, 'Spørgsmål: Kan hun komme tilbage til sit arbejde?'),
    # loose wordings of work after treatment count only with an assessment in the sentence
    ('sundhed.prognose', True, 'Hun bør de næste fire uger arbejde uden tunge løft.'),
    ('sundhed.prognose', True, 'Det anbefales, at hun de første uger efter sin tilbagevenden kun arbejder kort.'),
    ('sundhed.prognose', False, 'Vi forventer en tilbagevenden på fuld tid i løbet af maj.'),
    ('sundhed.prognose', False, 'Jeg vurderer, at han kan klare et job uden tunge løft.'),
    # a pause is an accommodation, not a capacity; a table row of activity and level is one
    ('sundhed.funktionsniveau', True, 'Det er vigtigt, at hun kan holde en kort pause hver time.'),
    ('sundhed.funktionsniveau', False, 'Hun kan holde til at stå en time ad gangen.'),
    ('sundhed.funktionsniveau', False, 'Bære | op til 5 kg tæt ind til kroppen'),
    ('samtykke', False, 'Samtykke: givet mundtligt 1. marts 2026.'),
    ('samtykke', False, 'Samtykke: Ja'),
    ('samtykke', False, 'Samtykke: Nej'),
    ('samtykke', False, 'Ole har ikke givet samtykke til, at vi deler oplysninger.'),
    ('job.efterspurgt-info', True, 'Vi vil gerne have en status.'),
    ('job.efterspurgt-info', False, 'Vi vil gerne vide, hvor meget hun kan løfte, og hvor længe hun kan stå.'),
]

# (terms sprog.jargon must flag, body)
JARGON = [
    ([], 'Han har en diskusprolaps. Det betyder, at en af skiverne mellem ryghvirvlerne buler ud.'),
    ([], 'Hun har spinalstenose. Det er en forsnævring af rygmarvskanalen, som kan give smerter i benene.'),
    (['diskusprolaps'], 'Han har en diskusprolaps. Han træner hver dag.'),
    ([], 'Ole er i et ressourceforløb. Det vil sige et længere forløb i kommunen, hvor han får hjælp.'),
    (['prolaps'], 'Han har prolapssmerter i venstre ben.'),
    (['ischias'], 'Han har ischiassmerter ned i benet.'),
    (['fleksjob'], 'Han søger et fleksjobvisitering hos jer.'),
    (['mr-scanning'], 'MR-scanningssvaret viser en skive, der buler.'),
    ([], 'Der er planlagt en rundbordssamtale, altså et møde med dig, Ole og os.'),
]


@pytest.mark.parametrize(("rule_id", "fires", "body"), CASES,
                         ids=[f"{r}-{'fires' if f else 'quiet'}-{i}" for i, (r, f, _) in enumerate(CASES)])
def test_statement(engine, check_text, rule_id, fires, body):
    profile = engine.rule(rule_id).profiles[0]
    result = check_text(HEAD[profile] + body + TAIL, profile=profile, only={rule_id})
    fired = any(f.rule == rule_id for f in result.findings)
    assert fired == fires, f"{rule_id} should {'' if fires else 'not '}fire on: {body!r}"


@pytest.mark.parametrize(("terms", "body"), JARGON, ids=[f"jargon-{i}" for i in range(len(JARGON))])
def test_jargon_next_sentence_and_compounds(check_text, terms, body):
    result = check_text(HEAD["sundhed-til-job"] + body + TAIL, profile="sundhed-til-job", only={"sprog.jargon"})
    assert sorted(f.term for f in result.findings) == sorted(terms), body


def test_compound_finding_covers_the_whole_word(check_text):
    result = check_text(HEAD["sundhed-til-job"] + "Han har prolapssmerter i venstre ben." + TAIL,
                        profile="sundhed-til-job", only={"sprog.jargon"})
    (f,) = result.findings
    assert (f.term, f.text) == ("prolaps", "prolapssmerter")


def test_explanation_two_sentences_later_does_not_count(check_text):
    body = "Han har en diskusprolaps. Han træner hver dag. Det betyder, at en skive buler ud."
    result = check_text(HEAD["sundhed-til-job"] + body + TAIL, profile="sundhed-til-job", only={"sprog.jargon"})
    assert [f.term for f in result.findings] == ["diskusprolaps"]
