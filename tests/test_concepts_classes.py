"""Content classes found from pooled evidence (a sentence bank and the latent misses of every labelled letter,
`bench/concept_bank.py`, `bench/latent.py`), each with invented sentences and their near misses.

sundhed.skaanehensyn: a directive with the citizen named between the modal and the limit and any work verb of
the task; the workplace asked to see to it; a colleague taking a named task; aids by their noun (seats,
trolleys, long-handled tools); lighter routes; a moved working day; a recommendation in the infinitive; a form
label naming the adjustments. Empty form fields ("Skånehensyn: -", "[udfyldes]", "ikke vurderet") answer
nothing, for every rule. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

K, S, J = "sundhed.skaanehensyn", "sundhed-til-job", "job-til-sundhed"
N, P, F = "sundhed.nuvaerende-job", "sundhed.prognose", "sundhed.funktionsniveau"

CASES: list[tuple[str, str, bool, str]] = [
    # a directive naming the citizen, any task verb
    (K, S, True, "De næste otte uger må Bente ikke trække paller på lageret."),
    (K, S, True, "Efter indgrebet bør Jakob ikke knæle ved fliserne i en måned."),
    (K, S, True, "Hun bør i den første måned ikke vende tunge beboere alene."),
    (K, S, True, "Han skal foreløbig ikke deltage i udrykninger."),
    (K, S, False, "Hun må ikke løfte sine børnebørn de næste uger."),
    (K, S, False, "Han kan i dag ikke trække mere end 5 kg."),
    # the workplace sees to it; colleagues take a named task
    (K, S, True, "Værkstedet skal sørge for, at han ikke bærer dæk alene."),
    (K, S, True, "Det må hans mester sørge for i en overgang."),
    (K, S, True, "Kollegerne overtager forflytningerne i de første uger."),
    (K, S, False, "Arbejdsgiveren har været god til at ringe til ham."),
    # aids by their noun
    (K, S, True, "Hun bør have et ergonomisk sæde i trucken."),
    (K, S, True, "Det vil hjælpe ham meget med en ståstol ved samlebåndet."),
    (K, S, True, "Jeg anbefaler, at hun får en lettere rengøringsvogn."),
    (K, S, False, "Hun bruger en rollator, når hun går i byen."),
    # lighter routes and a moved working day
    (K, S, True, "Han bør i en periode køre ture uden trappeopgange."),
    (K, S, True, "Hun bør møde kl. 10 i stedet for kl. 6 den første måned."),
    (K, S, False, "Han kører ruter på Fyn og leverer til butikker."),
    # recommendations in the infinitive, free shifting, form labels
    (K, S, True, "Jeg vil foreslå, at han ikke arbejder over skulderhøjde den første tid."),
    (K, S, True, "Han skal kunne skifte frit mellem at stå og gå."),
    (K, S, True, "Tilpasninger: kortere vagter og ingen gulvvask."),
    (K, S, True, "Hun kan arbejde, hvis hun kun får stillesiddende opgaver."),
    (K, S, False, "Hun sidder stille det meste af dagen og keder sig."),
    (K, S, True, "Skånehensyn: ingen. Han klarer alle sine opgaver."),
    # empty form fields answer nothing
    (K, S, False, "Skånehensyn: -\nHan er glad for at komme her."),
    (K, S, False, "Skånehensyn: [udfyldes]\nHan er glad for at komme her."),
    (K, S, False, "Skånehensyn: ikke vurderet endnu\nHan er glad for at komme her."),
    ("sundhed.tidsplan", S, False, "Tidsplan: (udfyldes af behandler)\nHan er glad for at komme her."),
    ("samtykke", S, False, "Samtykke: xx\nHan er glad for at komme her."),
    ("samtykke", S, True, "Samtykke: ja, mundtligt\nHan er glad for at komme her."),
    ("samtykke", S, True, "Hun sagde ja til at vi måtte skrive til jer, så det er i orden :-)"),
    # job.frist: relative time frames and a list's "when" field; urgency alone is no time
    ("job.frist", J, True, "Kan du sende mig dine svar inden for de kommende 10 dage?"),
    ("job.frist", J, True, "Vi beder om jeres status i løbet af næste uge, gerne med svar på spørgsmålene."),
    ("job.frist", J, True, "Kan jeg få dine kommentarer til fredag?"),
    ("job.frist", J, True, "Hvornår: senest 12. juni\nHvordan: med sikker post"),
    ("job.frist", J, False, "Send venligst svaret snarest muligt."),
    ("job.frist", J, False, "Vi vil gerne have dit svar hurtigst muligt."),
    # job.efterspurgt-info: indirect questions in any word order; direct questions about the course
    ("job.efterspurgt-info", J, True, "Derfor vil vi gerne høre, hvor længe han kan stå ved disken."),
    ("job.efterspurgt-info", J, True, "Jeg har navnlig brug for at vide, hvornår I forventer at afslutte forløbet."),
    ("job.efterspurgt-info", J, True, "Hvornår bliver han udskrevet fra afdelingen?"),
    ("job.efterspurgt-info", J, True,
     "Vi har to spørgsmål til dig:\n- Hvor mange kilo må hun bære?\n- Kan hun arbejde om natten?"),
    ("job.efterspurgt-info", J, False, "Hvis du har spørgsmål til brevet, er du velkommen til at ringe."),
    ("job.efterspurgt-info", J, False, "Vi beder om de oplysninger, I har vedrørende hans ryg."),
    # job.formaal: what the case builds on the answer, the answer as part of the material, the task with others
    ("job.formaal", J, True, "Dine svar bruger vi, når vi laver en plan med værkstedet."),
    ("job.formaal", J, True, "Jeres vurdering er det, vi bygger den nye plan på."),
    ("job.formaal", J, True, "Svaret bliver en del af grundlaget for afgørelsen om sygedagpenge."),
    ("job.formaal", J, True, "Vi skal sammen med ham og hans leder afklare, om han kan få andre opgaver."),
    ("job.formaal", J, False, "Det er vigtigt for sagen, at jeg modtager attesten."),
    # samtykke: the citizen's wish that we talk, agreement in plain words
    ("samtykke", J, True, "Hun ønskede selv, at vi kontakter dig om forløbet."),
    ("samtykke", J, True, "Han er med på, at jeg skriver til dig."),
    ("samtykke", J, False, "Han ønsker selv at få mere træning."),
    ("samtykke", J, False, "Hun er med på holdtræningen to gange om ugen."),
    # sundhed.nuvaerende-job: titles by their heads (-mand, -mor, -vasker), a qualifier before the title, a job told
    # by its activity with its subject; a role outside work and a whole sector are no job
    (N, S, True, "Han er skraldemand i kommunen og tømmer containere hele dagen."),
    (N, S, True, "Hun er dagplejemor og har fem børn hjemme."),
    (N, S, True, "Han er opvasker i et hotelkøkken."),
    (N, S, True, "Hun er social assistent på et plejecenter."),
    (N, S, True, "Han underviser i matematik og fysik på et gymnasium."),
    (N, S, False, "Han er formand for den lokale fodboldklub."),
    (N, S, False, "Hun er ansat inden for sundhedssektoren."),
    (N, S, False, "Han arbejder i transportbranchen og har gjort det længe."),
    (N, S, True, "Hun er ansat inden for detailhandlen som kassemedarbejder."),
    # sundhed.prognose: ready for the work again, resuming the work by its own noun; the citizen's own words are none
    (P, S, True, "Jeg vurderer, at han er klar til at tage sine ruter igen efter påske."),
    (P, S, True, "Han forventes at kunne genoptage kørslen efter sommerferien."),
    (P, S, False, "Hun fortæller selv, at hun gerne vil tilbage til butikken."),
    (P, S, False, "Han er klar til at starte på holdtræningen."),
    # sundhed.funktionsniveau: measured ranges, a longer phrase before the measure, a test's result
    (F, S, True, "Hun kan bære 3-4 kg i hver hånd."),
    (F, S, True, "Han kan stå ved en arbejdsbænk i op til 25 minutter."),
    (F, S, True, "Ved testen gik hun 400 meter uden pause."),
    (F, S, False, "Jobbet kræver, at han kan bære 20-25 kg."),
    # sundhed.skaanehensyn, second round: advice to the workplace, time off a part of the work, hours recommended,
    # what would help with a longer adverbial, none needed with a qualifier; driving one's car and medicine are no
    # work, and the workplace seeing to something else is no adjustment
    (K, S, True, "Det vil være en fordel, hvis hun de første uger kan nøjes med at tage telefonen."),
    (K, S, True, "Jeg vil råde arbejdspladsen til at fordele de tunge opgaver mellem kollegerne."),
    (K, S, True, "Han skal have fri fra nattevagterne i to måneder."),
    (K, S, True, "Ved genoptagelsen anbefales det, at han arbejder fire timer dagligt."),
    (K, S, True, "Han klarer sig uden nogen form for hensyn på arbejdet."),
    (K, S, False, "Hun må ikke køre bil, så længe hun får morfin."),
    (K, S, False, "Hun skal ikke stå op om natten for at tage smertestillende."),
    (K, S, False, "Lederen skal sørge for, at lønsedlen bliver sendt."),
    (K, S, False, "Jeg har rådet ham til at gå en tur hver aften og sove på siden."),
    ("job.frist", J, True, "Tidsfrist for besvarelse: 14 dage."),
    ("job.efterspurgt-info", J, True, "Må han gå på stilladser igen?"),
    # second round: -lægger titles, what a driver carries, a relative's job; a range in words; agreed with the citizen
    (N, S, True, "Han er gulvlægger i et mindre firma."),
    (N, S, True, "Til daglig kører hun skrald for et renovationsfirma."),
    (N, S, False, "Hendes mor var sygeplejerske på sygehuset."),
    ("sundhed.tidsplan", S, True, "Jeg forventer, at forløbet er slut i løbet af fire-seks uger."),
    ("samtykke", S, True, "Notatet sendes efter aftale med borgeren."),
    ("samtykke", S, False, "Notatet sendes efter aftale med jobcentret."),
    # a list item meets a concept group with the lead line it completes; a voided lead lends nothing
    (F, S, True, "Det klarer hun i dag:\n- stå ved disken i 20 minutter\n- løfte 4-5 kg fra bordhøjde"),
    (F, S, False, "Jobbet kræver, at han kan:\n- løfte 25 kg\n- stå 8 timer ad gangen"),
    (F, S, True, "Han kan på nuværende tidspunkt gå cirka 800 meter."),
    (F, S, False, "Han kan på sigt forhåbentlig gå længere."),
    # third round of near misses: a named citizen with a leisure verb, training regardless of pain, logistics with
    # others, a reason to write, the citizen's own deadline; an agreement with the workplace and what is important
    (K, S, False, "Efter indgrebet må Ulla ikke gå i svømmehallen i en måned."),
    (K, S, False, "Derfor skal Bent ikke arbejde, før genoptræningen er afsluttet."),
    (K, S, False, "Han cykler uden nogen form for hensyn til knæet."),
    (K, S, False, "Han bør ikke gå i seng, før han har taget sin medicin."),
    (K, S, True, "Vi har aftalt med hendes leder, at hun de første uger kun tager dagvagter."),
    (K, S, True, "Det er vigtigt, at han ikke løfter de tunge sække alene på lageret."),
    (K, S, False, "Det er vigtigt, at hun ikke stopper med øvelserne."),
    ("job.formaal", J, False, "Vi skal sammen med ham finde en ny dato til mødet."),
    ("job.formaal", J, False, "Derfor skriver jeg til dig igen."),
    ("job.frist", J, False, "Vi beder om, at hun møder op til samtale inden for de næste 14 dage."),
    # fourth round: heavy tasks left to others, moved to other tasks, a lower pace, rest breaks made possible,
    # benefit from working at home; a job by how much or where mostly, a temp agency
    (K, S, True, "Forflytningerne bør overlades til en kollega de første uger."),
    (K, S, True, "Han kan flyttes til lettere opgaver på pakkeriet i en periode."),
    (K, S, True, "Hun bør arbejde i et roligere tempo den første måned."),
    (K, S, True, "Der skal være mulighed for hvilepauser på værkstedet."),
    (K, S, True, "Hun vil have gavn af at arbejde hjemme en dag om ugen."),
    (K, S, False, "Han vil have gavn af at træne to gange om ugen."),
    (N, S, True, "Han arbejder på deltid i et bageri."),
    (N, S, True, "Hun arbejder primært i kommunens køkken."),
    (N, S, True, "Han er tilknyttet et vikarbureau og tager mest lagerjob."),
    (N, S, False, "Han arbejder på at få mere styr på smerterne."),
    (N, S, True, "Hun pakker medicin på et apotek i byen."),
    # a return expected on reduced hours is the outlook, a recommended start on reduced hours an adjustment
    (K, S, False, "Jeg forventer, at han kan vende tilbage til værkstedet på nedsat tid efter sommer."),
    (K, S, True, "Det vil være bedst, hvis han kan starte på nedsat tid de første uger."),
    # fifth round: the capacity named only as unknown; a request's topic by its noun; a deadline's answer by "nå
    # det"; a condition on the answer as the purpose
    (F, S, False, "Det er usikkert, hvor længe hun kan stå ved disken."),
    (F, S, False, "Vi ved endnu ikke, hvor meget han kan løfte."),
    (F, S, True, "Det er uklart, hvorfor det gør ondt, men han kan løfte 10 kg."),
    ("job.efterspurgt-info", J, True, "Vi har brug for din vurdering af hendes skånebehov."),
    ("job.frist", J, True, "Kan du nå det inden weekenden?"),
    ("job.frist", J, True, "Svar gerne i løbet af de kommende 10 dage."),
    ("job.formaal", J, True, "Hvis du vurderer, at hun kan arbejde 15 timer, vil vi tilbyde hende en praktik."),
    ("job.formaal", J, False, "Hvis du har spørgsmål, kan du ringe til mig."),
    # sixth round: content named only as unknown or untested, or as a bare possibility, for every sundhed rule;
    # "eventuelt kan" as a hedge; information said not to be needed
    ("sundhed.tidsplan", S, False, "Jeg kan endnu ikke sige, hvornår genoptræningen er slut."),
    (F, S, False, "Jeg har ikke målt, hvor langt han kan gå."),
    (N, S, False, "Jeg kender ikke hendes arbejdsopgaver i detaljer."),
    (K, S, False, "Det kan ikke udelukkes, at han senere får brug for en ergonomisk stol."),
    (K, S, False, "Eventuelt kan hun få brug for kortere vagter."),
    (K, S, True, "Hun bør have kortere vagter, evt. med en pause midt på dagen."),
    ("job.efterspurgt-info", J, False, "Vi har ikke brug for yderligere oplysninger om hendes diagnose."),
    ("job.efterspurgt-info", J, True, "Vi har ikke brug for journalen, men vil gerne vide, hvor længe hun kan stå."),
    (K, S, True, "Vi foreslår, at hun i første omgang kører de korte ture på landet."),
]


def test_subject_line_naming_the_form_counts(check_text):
    """A subject line that names the form asked for ("Anmodning om statusattest") is a concrete request, as in
    the body; the body then only needs to refer to it."""
    from test_concepts import HEAD, TAIL

    head = HEAD[J].replace("Vedr.: din patient Ole Hansen", "Vedr.: Anmodning om statusattest – Ole Hansen")
    body = "Ole har givet samtykke til, at vi kontakter dig. Du bedes sende attesten med sikker post."
    result = check_text(head + body + TAIL, profile=J, only={"job.efterspurgt-info"})
    assert not [f for f in result.findings if f.rule == "job.efterspurgt-info"]
    vague = check_text(HEAD[J].replace("Vedr.: din patient Ole Hansen", "Vedr.: Status på Ole Hansen") + body + TAIL,
                       profile=J, only={"job.efterspurgt-info"})
    assert [f for f in vague.findings if f.rule == "job.efterspurgt-info"]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_content_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
