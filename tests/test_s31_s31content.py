"""Stop 31, content classes (s31content): the meaning classes behind the content-rule misses of bank v, bank u and
blind sets ho/hp. Every sentence and letter here is invented; each class has its near misses beside it.

- a job told only by its owner, its place and what it consists of ("hans job på havnen går mest ud på …"), and a note's
  title with its workplace by name ("Lagerarbejder, Salling.") state the job (nuvaerende-job);
- an education or a trainee place ahead ("overvejer at søge ind på en uddannelse som …") is no job (job-udsigt);
- a pointer to the reader's own records ("Se jobcentrets egne oplysninger.") answers nothing (henvisning-andetsteds);
- the job's own activity again once the course ends ("står bag disken igen, når forløbet slutter") is the outlook
  (prognose-igen with nuvaerende-job); a return to the clinic is none (tilbage-ikke-arbejde);
- the assessment left to others ("det er jer og lægen, der må vurdere …") and a possible adjustment only named as the
  topic of a talk ahead ("vil drøfte mulige skånehensyn på et møde") state nothing (vurdering-udestaar);
- a task swapped for another at work ("bør køre truck frem for at plukke") is an adjustment; the citizen's own
  instruction in technique ("instrueret i løfteteknik") and a sparing job in the past ("var i skånejob") are none;
- someone's request for the assessment with its indirect questions ("Jobcentret beder om en vurdering af, hvor meget
  …") states no function (uvished); a range of hours in one token ("3-4 timers") is hours of work (funktion-timer);
- "Sygemeldt" opening a note is history unless the time ahead follows ("Sygemeldt forventeligt 3-5 uger endnu");
  a discharge told as now ("afsluttes hermed") is no time frame;
- a talk arranged ("…, så vi kan tage en snak der.") is no use of the answer (formaal-tom); information left to the
  reader's judgement ("de oplysninger, som du finder relevante") is not concrete (info-vag); a need narrowed after a
  negated one ("ikke brug for …, kun for at vide, om …") asks (info-anmodning);
- layout (require kind): a field's value ends with its sentence ("Stilling: ikke oplyst. Arbejdsgiver: ikke
  oplyst."); a heading or field label over a sentence of its own on another matter answers nothing ("Samtykke:" /
  "Borgeren er stadig sygemeldt …"); a heading over a lead sentence into a list is answered by the list; a head line
  whose first sentence names the citizen and goes on with the note's text counts from its second sentence; a value
  that only defers to a later point ("Vurderes ved afslutningen af forløbet.") leaves its field empty (felt-tom).
"""

from __future__ import annotations

from test_concepts import statement_test

S, J = "sundhed-til-job", "job-til-sundhed"
N, P, K = "sundhed.nuvaerende-job", "sundhed.prognose", "sundhed.skaanehensyn"
FN, T = "sundhed.funktionsniveau", "sundhed.tidsplan"
FR, E, FO, C = "job.frist", "job.efterspurgt-info", "job.formaal", "samtykke"

HEALTH: list[tuple[str, bool, str]] = [
    # the owner's job, its place and what it consists of
    (N, True, "Hun siger, at hendes job på plejecentret mest går ud på forflytninger og sengebad."),
    (N, True, "Hans arbejde i kantinen består for det meste af opvask og tunge gryder."),
    (N, False, "Hun håber at kunne vende tilbage til sit arbejde på plejecentret."),
    # a note's title with the workplace by name
    (N, True, "Lagerarbejder, Salling.\nSet i dag for lændesmerter."),
    (N, False, "Fysioterapeut Anne Holm, Lindeby, har set ham."),
    # an education ahead
    (N, False, "Hun overvejer at søge ind på en uddannelse som tandklinikassistent, når ryggen er bedre."),
    (N, False, "Han drømmer om en læreplads som elektriker."),
    (N, True, "Hun er ansat som rengøringsassistent og overvejer at søge ind på en uddannelse som laborant."),
    # a pointer to the reader's own records
    (N, False, "Hvilken funktion har hun i sit nuværende job? Se jobcentrets egne oplysninger."),
    (N, False, "Nuværende job: se arbejdsgiverens beskrivelse."),
    (N, True, "Hvilken funktion har hun i sit nuværende job? Hun er dagplejer og løfter børn hele dagen."),
    # the job's activity again after the course
    (P, True, "Jeg er sikker på, at Bent kører bus igen, når forløbet er slut."),
    (P, True, "Hun står bag disken i bageriet igen efter genoptræningen."),
    (P, False, "Hun er kassedame, og jeg ser hende igen, når forløbet slutter."),
    (P, False, "Han kan gå lange ture igen, når forløbet er slut."),
    # a return to the clinic
    (P, False, "Han kan altid vende tilbage til klinikken, hvis ryggen driller igen."),
    (P, False, "Hun er velkommen til at komme tilbage til os ved behov."),
    (P, True, "Han kan vende tilbage til sit job som smed om to måneder."),
    (P, True, "Jeg regner med, at hun er tilbage på sin afdeling i løbet af foråret."),
    # the assessment left to others
    (P, False, "Jeg mener, at det er jobcentret og egen læge, der må vurdere det med jobbet."),
    (P, False, "Om hun kan arbejde igen, må lægen vurdere."),
    (P, True, "Jeg vurderer, at hun kan vende tilbage til sit arbejde som frisør."),
    # a possible adjustment as the topic of a talk ahead
    (K, False, "Arbejdsgiveren og jobcentret vil på mødet drøfte eventuelle tilpasninger."),
    (K, False, "Vi skal tale om mulige skånehensyn, når vi mødes i næste uge."),
    (K, True, "Vi har aftalt med arbejdsgiveren, at han skal have lettere opgaver de første fire uger."),
    # a task swapped at work
    (K, True, "Hun kan passe sit job, men bør de første uger sidde ved kassen frem for at fylde varer op."),
    (K, True, "Han skal bruge en løftevogn i stedet for at bære kasserne."),
    (K, False, "Hun bør gå en tur i stedet for at ligge i sofaen."),
    (K, False, "Jobcentret bør overveje et ressourceforløb frem for flere afklarende tiltag."),
    # the citizen's own instruction and a sparing job in the past
    (K, False, "Hun er vejledt i god løfteteknik og ergonomi, som hun kan bruge derhjemme."),
    (K, False, "Han har lært at løfte med bøjede knæ."),
    (K, False, "Efter ulykken i 2019 var hun et halvt år i skånejob som kantinemedhjælper."),
    (K, True, "Hun bør have et skånejob uden tunge løft de næste tre måneder."),
    # someone's request for the assessment
    (FN, False, "Arbejdsgiveren har bedt om en vurdering af, hvor længe han kan stå, og hvor meget han kan bære."),
    (FN, False, "Jobcentret ønsker en udtalelse om, hvorvidt hun kan sidde en hel arbejdsdag."),
    (FN, True, "Arbejdsgiveren har bedt om en vurdering af hans løft. Han kan løfte 12 kg fra bordhøjde."),
    # hours of work as a range in one token
    (FN, True, "Hun kan klare 4-5 timers kontorarbejde om dagen."),
    (FN, False, "Hun har haft ondt i 4-5 timer efter træningen."),
    # "Sygemeldt" with the time ahead
    (T, True, "Sygemeldt forventeligt 3-5 uger endnu."),
    (T, True, "Sygemeldt foreløbig til 15. april 2026."),
    (T, False, "Sygemeldt 12/1 efter et fald på arbejdet."),
    # a discharge told as now
    (T, False, "Han afsluttes hermed fra rygklinikken."),
    (T, False, "Forløbet afsluttes nu, og den videre kontrol sker hos egen læge."),
    (T, True, "Forløbet afsluttes i uge 20."),
]

test_health = statement_test(HEALTH, profile=S)

JOB: list[tuple[str, bool, str]] = [
    # a talk arranged, no use of the answer
    (FO, False, "Jeg er i sundhedshuset hver tirsdag, så vi kan også tage en snak der."),
    (FO, False, "Ring endelig, så vi kan mødes og tale sammen."),
    (FO, True, "Jeg sender spørgsmålene, så vi kan tale om, hvordan han kan komme tilbage i arbejde."),
    # information left to the reader's judgement
    (E, False, "Vi beder om de oplysninger, som du finder relevante for sagen."),
    (E, False, "Send gerne de oplysninger, du mener er vigtige."),
    (E, True, "Vi beder om oplysninger om, hvor længe hun kan sidde ved en skærm."),
    # a need narrowed after a negated one
    (E, True, "Vi har ikke brug for journalen, kun for at vide, om hun kan løfte 10 kg."),
    (E, False, "Vi har ikke brug for flere oplysninger om hans helbred."),
]

test_job = statement_test(JOB, profile=J)

LAYOUT_HEALTH: list[tuple[str, bool, str]] = [
    # a field's value ends with its sentence
    (N, False, "Stilling: ikke oplyst. Arbejdsgiver: ikke oplyst."),
    (N, True, "Stilling: ikke oplyst. Arbejdsgiver: Lindeby Vognmandsforretning, chauffør."),
    # a heading over a sentence of its own on another matter
    (K, True, "Skånehensyn:\nHun bør ikke løfte mere end 10 kg de første fire uger."),
    (K, True, "Skånehensyn:\nIngen."),
    # a heading over a lead sentence into a list
    (K, True, "Skånehensyn\nJeg foreslår, at Lise de første 4 uger:\n- kun tager kasseopgaver\n- sidder ved "
              "skranken på en høj stol"),
    (K, False, "Skånehensyn\nJeg foreslår, at Lise de første 4 uger:\nSe punkt 3."),
    # a value that only defers to a later point
    (P, False, "Forventning til arbejde\nVurderes ved afslutningen af forløbet."),
    (P, False, "Arbejdsprognose: afklares senere med egen læge."),
    (P, True, "Forventning til arbejde\nHun kan vende tilbage til sit job som kok på fuld tid."),
]

test_layout_health = statement_test(LAYOUT_HEALTH, profile=S)

LAYOUT_JOB: list[tuple[str, bool, str]] = [
    (C, False, "Samtykke:\nBorgeren er stadig sygemeldt efter operationen."),
    (C, False, "Samtykke: Borgeren er stadig sygemeldt efter operationen."),
    (C, True, "Samtykke:\nJa, mundtligt på mødet."),
    (C, True, "Samtykke:\nBorgeren har givet samtykke på mødet den 4. februar."),
    (C, True, "Jf. vedlagte samtykkeerklæring skriver jeg til dig om følgende: hun træner to gange om ugen."),
    (FR, False, "Svarfrist:\nVi beder om en kort statusattest."),
    # a free-prose answer keeps a label's hit where the rule has no closed answer (job.formaal)
    (FO, True, "Baggrund for henvendelsen: Vi overvejer en praktik på et lager og vil vide, om det er forsvarligt."),
    (FR, True, "Svarfrist:\nVi skal have svaret senest den 20. marts 2026."),
]

test_layout_job = statement_test(LAYOUT_JOB, profile=J)


def _fired(check_text, text: str, rule: str, profile: str = S) -> bool:
    res = check_text(text, profile=profile, only={rule})
    return any(f.rule == rule for f in res.findings)


NOTE_HEAD = "Lægehuset Vestergade\nVestergade 4, 6600 Lindeby\n\nTil Jobcenter Lindeby\n\n02.03.26\n\n"
NOTE_TAIL = ("\nSet i dag. Ryggen er bedre.\nKan ikke sidde over 15 min. ad gangen.\n\n"
             "Per Holm, læge\nDirekte 40 27 15 94\n")


def test_head_line_goes_on_with_the_note(check_text):
    """A head line whose first sentence names the citizen goes on with the note's own text: its second sentence
    counts; the citizen's line alone, and a subject line's second sentence, do not."""
    job = NOTE_HEAD + "Ole Hansen, 010180-XXXX. Lagermedarbejder, Bilka.\n" + NOTE_TAIL
    assert not _fired(check_text, job, N)
    alone = NOTE_HEAD + "Ole Hansen, 010180-XXXX.\n" + NOTE_TAIL
    assert _fired(check_text, alone, N)
    subject = NOTE_HEAD + "Vedr.: Ole Hansen, 010180-XXXX. Lagermedarbejder, Bilka.\n" + NOTE_TAIL
    assert _fired(check_text, subject, N)
