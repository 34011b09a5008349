"""The job centre's required content (job.frist, job.formaal, samtykke …) on invented statements:
a deadline is tied to what is asked for, not to any date or number in the sentence; history and
treatment plans are not deadlines; a purpose is what the answer is used for, not when it is needed.

Each body is put into a neutral letter of the rule's profile and only that rule is run.
"""

from __future__ import annotations

import pytest
from test_concepts import HEAD

TAIL = "\n\nMed venlig hilsen\n\nSofie Berg\nSagsbehandler\nDirekte tlf. 99 15 83 20\nsofie.berg@lindeby.dk\n"

# (rule, addressed?, body)
CASES = [
    # a named step of the case's course is a deadline for the answer, dated or not
    ("job.frist", True, "Jeg skal bruge svarene inden næste opfølgningssamtale."),
    ("job.frist", True, "Vi vil gerne have din udtalelse før det planlagte rehabiliteringsmøde."),
    # … a meeting named only "samtale"/"møde" only where the letter dates it (s30hr; blind set hr's label: "inden hans
    # næste samtale" with no date is no deadline, RULES.md: a date, week or time frame)
    ("job.frist", False, "Send gerne attesten til vores næste samtale med Ole."),
    ("job.frist", True, "Send gerne attesten til vores næste samtale med Ole den 20. marts."),
    # the answer referred to by a pronoun: "Det skal vi have inden …"
    ("job.frist", True, "Kan du sende en kort beskrivelse? Det skal vi have inden mødet den 20. marts."),
    # a treatment that is no treatment: a return to work is what the answer decides
    ("job.frist", True, "Erklæringen bedes sendt senest den 20. marts, så vi kan vurdere, om han kan påbegynde "
                        "en gradvis tilbagevenden til arbejdet."),
    # history in the same sentence does not void the deadline
    ("job.frist", True, "Han har været sygemeldt siden 5. januar, og vi skal bruge dit svar senest 1. april."),
    # an article is no number: "i en praktik" is no deadline
    ("job.frist", False, "Vi bruger svarene til at se, om han kan starte i en virksomhedspraktik."),
    ("job.frist", False, "Vi sender svaret videre til en kollega i et andet team."),
    ("job.frist", False, "Vi forventer, at han påbegynder fysioterapi senest 1. april, og vi skal bruge svaret."),
    ("job.frist", False, "Hans rygforløb skal efter planen være færdigt inden sommerferien."),
    # a deadline for the citizen by name, or a week in the past
    ("job.frist", False, "Ole skal aflevere sin dagbog til os senest den 20. marts."),
    ("job.frist", True, "Lægen skal sende attesten senest den 20. marts."),
    ("job.frist", False, "Hun skal inden 1. april sende os sin jobbeskrivelse."),
    ("job.frist", True, "Attesten skal senest den 20. marts sendes til os."),
    ("job.frist", False, "Tak for svaret, som vi modtog i uge 8."),
    ("job.frist", True, "Vi skal have svar i uge 13."),
    ("job.frist", False, "Vi ringede til dig i uge 7 om hans svar."),
    # "as soon as possible" names no time (RULES.md: a date or a time frame); the labelled letters agree
    ("job.frist", False, "Vil du sende os en beskrivelse af hans funktionsevne hurtigst muligt?"),
    ("job.frist", False, "Vi har brug for lægeerklæringen snarest, så sagen kan komme videre."),
    ("job.frist", False, "Send gerne dit svar straks, når du har set ham."),
    ("job.frist", True, "Send gerne dit svar snarest og senest den 12. maj."),
    ("job.frist", False, "Ole har været til samtale den 20. februar, og vi vil gerne have din vurdering."),
    ("job.frist", True, "Vi har møde med Ole den 24. marts og håber at have dit svar til den tid."),
    # a date in a question about the citizen is what is asked about, not when the answer is due
    ("job.frist", False, "Kan du svare på, om Ole kan starte på nedsat tid 1. april?"),
    ("job.frist", False, "Vi vil gerne vide, om hun kan vende tilbage til sit job den 15. april."),
    ("job.frist", True, "Vi vil gerne vide, om du kan sende svaret inden 1. april."),
    ("job.frist", True, "Kan du svare på, om han kan starte på nedsat tid, senest den 20. marts?"),
    # how long a consent or a sick note is valid is the document's date, not the answer's
    ("job.frist", False, "Hendes samtykke er gyldigt indtil 1. juni 2027, og vi vil gerne have din vurdering."),
    ("job.frist", False, "Vi vil gerne have dit svar. Fuldmagten gælder frem til 1. maj."),
    ("job.frist", True, "Samtykkeerklæringen udløber 1. juni 2027. Vi vil gerne have dit svar senest 20. marts."),
    ("job.frist", True, "Hans sygemelding løber til 1. april, og vi skal bruge svaret senest 20. marts."),
    # a status naming its topic is concrete; "en status" alone is not
    ("job.efterspurgt-info", True, "Vi vil gerne have en status på, hvor mange timer han kan arbejde."),
    ("job.efterspurgt-info", True, "Vi vil gerne have en status med svar på, hvad han kan løfte."),
    ("job.efterspurgt-info", False, "Vi vil gerne have en status på hans forløb."),
    ("job.efterspurgt-info", False, "Send os en status, når du har tid."),
    # a concrete question joined to a vague request still asks for something; a joined vague one does not
    ("job.efterspurgt-info", True, "Vi beder om en udtalelse om hendes helbred og om hun kan arbejde 20 timer."),
    ("job.efterspurgt-info", True, "Send os relevante oplysninger samt en vurdering af, hvor meget han kan løfte."),
    ("job.efterspurgt-info", False, "Vi beder om en udtalelse om hendes helbred og om, hvordan det går."),
    ("job.efterspurgt-info", False, "Send os relevante oplysninger og hvad du ellers har."),
    # purpose: what the answer is used for, also with the answer first
    ("job.formaal", True, "Dine svar bruger vi til at sætte timetallet i planen."),
    ("job.formaal", True, "Svarene bruges i vores vurdering af, om han kan arbejde på nedsat tid."),
    ("job.formaal", True, "Jeres svar kommer med i de papirer, teamet får, så de kan give et godt råd."),
    ("job.formaal", True, "Vi skal bruge oplysningerne i sagen om forlængelse."),
    ("job.formaal", True, "Dit svar har betydning for, om Ole kan få forlænget sine sygedagpenge."),
    ("job.formaal", True, "Med dit svar kan vi vurdere, om han kan starte på nedsat tid."),
    ("job.formaal", True, "Vi holder opfølgningssamtale i uge 14. Der skal vi lægge en plan for hans tilbagevenden."),
    ("job.formaal", True, "Vi vil gerne kunne lægge en realistisk plan med arbejdsgiveren."),
    ("job.formaal", True, "Din vurdering er vigtig for, om han kan fortsætte i sit job."),
    # when the answer is needed is no purpose
    ("job.formaal", False, "Jeg skal bruge svarene senest fredag."),
    ("job.formaal", False, "Vi skal bruge din vurdering af, hvad han kan løfte."),
    ("job.formaal", False, "Vi skal bruge svaret inden den 20. marts."),
    ("job.formaal", False, "Jeg skal bruge den inden opfølgningssamtalen i uge 14."),
    ("job.formaal", False, "Vi har brug for, at hun starter genoptræning senest 1. april, så hun kan komme "
                           "tilbage før sommer."),
    # an empty purpose noun says where the answer goes, not what it is for
    ("job.formaal", False, "Jeg skal bruge svarene til sagen."),
    ("job.formaal", False, "Vi skal bruge det til sagen, så send det gerne hurtigst muligt."),
    ("job.formaal", False, "Oplysningerne skal bruges til journalen."),
    ("job.formaal", True, "Jeg skal bruge svarene til sagen om forlængelse af hans sygedagpenge."),
    ("job.formaal", True, "Vi skal bruge det til sagen, hvor vi skal vurdere, om han kan arbejde på nedsat tid."),
    ("job.formaal", False, "Vi beder om oplysningerne til brug for sagen."),
    ("job.formaal", False, "Oplysningerne skal bruges i forbindelse med hans sag."),
    ("job.formaal", False, "Vi skal bruge svarene i Oles sag."),
    ("job.formaal", True, "Vi skal bruge svarene i Oles sag, hvor vi skal vurdere hans arbejdsevne."),
    # what is done with the answer, in other wordings
    ("job.formaal", True, "Dine svar skal ligge til grund for vores beslutning om hans fremtid."),
    ("job.formaal", True, "Dit svar indgår, når teamet skal se på hans muligheder."),
    ("job.formaal", True, "Oplysningerne bruges af udvalget, når de skal give deres råd."),
    ("job.formaal", True, "På baggrund af dine svar vil vi se på, om han kan få forlænget sygedagpengene."),
    ("job.formaal", False, "Ud fra dit svar i januar ved vi, at han har ondt."),
    ("job.formaal", False, "Svarene bruges, når vi har dem."),
    ("job.formaal", True, "Det vil gøre det lettere for os at planlægge hans tilbagevenden."),
    ("job.formaal", True, "Hensigten er at finde ud af, om han kan arbejde."),
    ("job.formaal", True, "Vi skal planlægge hans tilbagevenden, og der har vi brug for din hjælp."),
    ("job.formaal", True, "Vi skal snart vurdere, om han fortsat kan få sygedagpenge."),
    ("job.formaal", True, "Oplysningerne skal vi bruge i den videre planlægning."),
    ("job.formaal", True, "Hvis vi ved, hvad han kan, kan vi bedre hjælpe ham tilbage til arbejdet."),
    ("job.formaal", False, "Ring gerne, så kan vi tale om det."),
    ("job.formaal", False, "Svarene skal vi bruge i næste uge."),
    # the purpose in a when-clause, or the answer deciding what happens next
    ("job.formaal", True, "Kommunen bruger din attest, når vi skal beslutte, hvilken støtte Ole skal have."),
    ("job.formaal", True, "Udvalget bruger din beskrivelse, når det skal give en anbefaling om hans fremtid."),
    ("job.formaal", True, "Din vurdering afgør, om vi fortsætter med den nuværende plan."),
    ("job.formaal", True, "Svaret er med til at afgøre, hvilken slags arbejde vi leder efter."),
    # consent without the word
    ("samtykke", True, "Efter aftale med borgeren sendes notatet til jobcentret."),
    ("samtykke", True, "Jeg skriver efter aftale med patienten."),
    ("samtykke", True, "Morten har givet mig lov til, at jeg skriver til jer."),
    ("samtykke", True, "Jeg har fået lov af hende til at kontakte dig."),
    ("samtykke", True, "Ole har sagt ja til, at vi må kontakte dig."),
    ("samtykke", False, "Ole har sagt ja til et praktikforløb."),
    # the citizen knows of the exchange and agrees (the agreement after it); knowing alone is no consent
    ("samtykke", True, "Ole ved, at jeg kontakter dig, og han er indforstået med det."),
    ("samtykke", True, "Hun ved godt, at vi skriver til dig, og er med på det."),
    ("samtykke", False, "Ole ved, at vi skriver til dig."),
    ("samtykke", False, "Hun ved, at hun skal starte i praktik, og er enig i planen."),
    ("samtykke", True, "Hun ved, at jeg skriver, og synes, det er en god idé."),
    ("samtykke", True, "Hun ved, at jeg skriver til dig, og det er i orden."),
    ("samtykke", False, "Hun ved, at jeg skriver til dig, og hun har det fint med træningen."),
    # told is not asked; an objection or a promise in other words is a mention of consent
    ("samtykke", False, "Han er gjort bekendt med, at vi kontakter dig."),
    ("samtykke", False, "Ole har fået besked om, at jeg skriver til dig."),
    ("samtykke", True, "Han har ikke noget imod, at vi kontakter dig."),
    ("samtykke", True, "Han har givet sit mundtlige tilsagn til, at vi kontakter dig."),
    ("samtykke", True, "Vi har Oles ok til at kontakte dig."),
    ("samtykke", True, "Ole ønsker ikke, at vi kontakter dig."),
    ("samtykke", True, "Ole vil gerne, at vi kontakter dig."),
    ("samtykke", True, "Ole er med på, at vi skriver til dig."),
    ("samtykke", False, "Ole er med på, at han skal starte i praktik."),
    ("samtykke", False, "Vi har jobcentrets ok til at kontakte dig."),
    ("samtykke", False, "Jobcentret vil gerne, at du skriver."),
    # the citizen asked for the exchange
    ("samtykke", True, "Ole har bedt mig skrive til dig."),
    ("samtykke", True, "Hun ønsker, at jeg orienterer jobcentret."),
    ("samtykke", True, "Brevet sendes efter ønske fra patienten."),
    ("samtykke", True, "På Oles opfordring skriver jeg til dig."),
    ("samtykke", False, "Jobcentret har bedt mig skrive en status."),
    ("samtykke", False, "Efter hans ønske om at træne mere har vi øget mængden."),
    ("samtykke", False, "Ole ønsker at komme tilbage på fuld tid."),
    ("samtykke", False, "Efter aftale med arbejdsgiveren starter han på nedsat tid."),
    ("samtykke", False, "Han har fået lov til at holde flere pauser på arbejdet."),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_job_concept_statement(engine, check_text, rule_id, addressed, body):
    profile = engine.rule(rule_id).profiles[0]
    result = check_text(HEAD[profile] + body + TAIL, profile=profile, only={rule_id})
    fired = any(f.rule == rule_id for f in result.findings)
    assert fired != addressed, f"{rule_id} should {'' if addressed else 'not '}count as addressed by: {body!r}"


@pytest.mark.parametrize(("deadline", "body"), [
    # a month named alone or a part of it is its nearest occurrence: ahead is a deadline, just gone is history
    (True, "Vi skal have svaret i starten af januar."),
    (True, "Vi vil gerne have din vurdering midt i januar."),
    (True, "Vi skal have svaret før årsskiftet."),
    (False, "Han blev sygemeldt i november, og vi vil gerne have dit svar."),
    (False, "Vi modtog svaret i november."),
])
def test_a_month_named_alone_in_a_december_letter(check_text, deadline, body):
    december = HEAD["job-til-sundhed"].replace("2. marts 2026", "2. december 2026")
    res = check_text(december + body + TAIL, profile="job-til-sundhed", only={"job.frist"})
    assert (not res.findings) == deadline, body


def test_a_yearless_deadline_in_a_december_letter_is_next_year(check_text):
    # "den 9. februar" written in December is the coming February, not last February (history)
    body = "Hvor meget kan Ole løfte?\n\nVi skal bruge svaret inden den 9. februar."
    december = HEAD["job-til-sundhed"].replace("2. marts 2026", "2. december 2026")
    assert not check_text(december + body + TAIL, profile="job-til-sundhed", only={"job.frist"}).findings
    # a date of last month with no year is history: no deadline
    body = "Hvor meget kan Ole løfte?\n\nVi modtog dit svar den 20. november."
    assert check_text(december + body + TAIL, profile="job-til-sundhed", only={"job.frist"}).findings


UNDATED_HEAD = ("Jobcenter Lindeby\nTorvet 1, 6600 Lindeby\n\nTil: Lægerne i Lindeby\nAtt.: Læge Peter Holm\n\n"
                "Vedr.: din patient Ole Hansen\n\nKære Peter Holm\n\n")


@pytest.mark.parametrize(("deadline", "body"), [
    # a treatment plan or a citizen's deadline voids its own clause, not the answer's deadline beside it
    (True, "Operationen er planlagt til 1. april 2026, og vi skal bruge dit svar inden da."),
    (False, "Vi forventer, at han bliver opereret inden 1. april 2026, og vi vil gerne have dit svar."),
    (True, "Han har været sygemeldt siden 5. januar 2026, og vi skal bruge dit svar senest 1. april 2026."),
    (False, "Han skal senest den 20. marts 2026 sende os sin beskrivelse."),
    # with no letter date to compare with, a date told as history is no deadline
    (False, "Ole underskrev samtykke den 1. marts 2026, og vi sender dig derfor skemaet."),
    (False, "Ole har været sygemeldt siden den 5. januar 2026, og vi vil gerne have din vurdering."),
    (False, "Vi modtog din attest 12. februar 2026 og har nu nogle spørgsmål til den."),
    (False, "Ole fortalte den 3. marts 2026, at han har fået det bedre, og vi vil gerne have din vurdering."),
    (True, "Vi vil gerne have dit svar senest 20. marts 2026."),
])
def test_deadline_in_a_letter_without_its_own_date(check_text, deadline, body):
    res = check_text(UNDATED_HEAD + body + TAIL, profile="job-til-sundhed", only={"job.frist"})
    assert (not res.findings) == deadline, body


def test_consent_in_a_form_field_under_a_memo_head_counts(check_text):
    memo = ("STATUSNOTAT FRA ERGOTERAPIEN\n\nDato: 3. marts 2026\nTil: Jobcenter Lindeby\n"
            "Fra: Ergoterapeut Ole Dam\nBorger: Jens Holm\n"
            "Samtykke: Efter aftale med borgeren sendes notatet til jobcentret.\n\n"
            "Jens arbejder som lagermand.\n\nMvh\nOle Dam\nErgoterapeut\nDirekte tlf. 40 27 15 93\n")
    assert not check_text(memo, profile="sundhed-til-job", only={"samtykke"}).findings


# job.dikterer-behandling: (the job centre orders a treatment?, body)
DICTATES = [
    (True, "Vi forventer, at behandlingen hos jer er afsluttet inden 15. maj."),
    (True, "Jobcentret forventer endvidere, at den kiropraktiske behandling er afsluttet senest den 1. juni."),
    (True, "Vi ønsker, at der iværksættes et træningsforløb to gange om ugen fra uge 10."),
    (True, "Vi har brug for, at han starter til fysioterapi senest 1. april."),
    (True, "Hun skal i gang med træning hos jer."),
    (True, "Vi forventer, at han starter til fysioterapi inden 1. marts."),
    (True, "Ole skal starte hos en fysioterapeut i næste uge."),
    (False, "Lægen skal tage stilling til behandlingen."),
    (True, "Ole skal i gang med fysioterapi hurtigst muligt."),
    (False, "Ole har fortalt, at han skal starte på genoptræning i næste uge."),
    (False, "Vi forventer, at Ole kan starte i praktik til maj."),
    (False, "Borgeren skal deltage i et møde på jobcentret."),
    # carrying a treatment through or on is an order too; carrying on at work is not
    (True, "Vi forventer, at han gennemfører 8 behandlinger hos fysioterapeuten før jul."),
    (True, "Hun skal fortsætte sin træning to gange om ugen."),
    (False, "Vi vil gerne vide, om hun fortsætter sin træning."),
    (False, "Hun skal fortsætte med at arbejde 20 timer om ugen."),
    # asking what is planned is no order
    (False, "Forventer du, at behandlingen er afsluttet inden maj?"),
    (False, "Vi vil gerne vide, hvornår I forventer, at træningen er afsluttet."),
    (False, "Vi har brug for at vide, om hun starter til fysioterapi."),
    (False, "Hun skal i gang med en virksomhedspraktik i maj."),
    (False, "Vi ønsker, at der holdes et møde med arbejdsgiveren."),
]


@pytest.mark.parametrize(("orders", "body"), DICTATES,
                         ids=[f"dikterer-{'yes' if o else 'no'}-{i}" for i, (o, _) in enumerate(DICTATES)])
def test_job_centre_ordering_a_treatment(check_text, orders, body):
    res = check_text(HEAD["job-til-sundhed"] + body + TAIL, profile="job-til-sundhed",
                     only={"job.dikterer-behandling"})
    assert any(f.rule == "job.dikterer-behandling" for f in res.findings) == orders, body


# sprog.jargon: explanations that come a few words later, in the next sentence, or a term in an
# organisation's name (RULES.md »Jargon«)
J_HEAD = "Rygklinikken Vestby\nÅvej 4, 7100 Vejle\n\nTil: Jobcenter Vejle\n\nVejle, 9. april 2026\n\n"
J_TAIL = "\n\nMed venlig hilsen\n\nPernille Holt\n"


def _jargon(check_text, text: str) -> list[str]:
    res = check_text(text, profile="generel", only={"sprog.jargon"})
    return [f.term for f in res.findings if f.rule == "sprog.jargon"]


@pytest.mark.parametrize(("body", "flagged"), [
    # a marker a few words after the term, in the same clause
    ("Hvis hun kun kan arbejde få timer, kan et fleksjob blive aktuelt, dvs. et job på nedsat tid med tilskud.", []),
    ("Vi holder en rundbordssamtale den 15. oktober, altså et møde, hvor alle sidder sammen.", []),
    ("Karin har en diskusprolaps i lænden, dvs. at en skive mellem ryghvirvlerne buler ud.", []),
    ("Jeg har fremskudt sagsbehandling hos jer – det vil sige, at jeg sidder i sundhedscentret.", []),
    # a clause or another term between them: the marker explains something else
    ("Karin har en diskusprolaps og hun går til træning, altså to gange om ugen.", ["diskusprolaps"]),
    ("Karin har ischias og lumbago, dvs. pludselige smerter i lænden.", ["ischias"]),
    # an apposition a few words later, not one that describes a name or a day
    ("Vi holder en rundbordssamtale den 15. oktober, et møde, hvor alle sidder sammen.", []),
    ("Karin skal i virksomhedspraktik i to måneder, et forløb uden løn på en arbejdsplads.", []),
    ("Hun er i fleksjob hos Netto, en butik i byen.", ["fleksjob"]),
    ("Hun har lumbago i dag, en mandag.", ["lumbago"]),
    # the next sentence names and defines the term
    ("Anders har ischias. Ischias betyder, at en nerve til benet er i klemme.", []),
    ("Vi inviterer til en rundbordssamtale. En rundbordssamtale er et møde, hvor alle sidder sammen.", []),
    ("Anders har ischias. Han træner to gange om ugen.", ["ischias"]),
    ("Vi har lavet en § 56-aftale med arbejdsgiveren. Aftalen betyder, at kommunen betaler fra første dag.", []),
    ("Karin har en prolaps. Prolapsen er blevet mindre.", ["prolaps"]),
    # "eller" before an indefinite pronoun leaves the choice open: no other name for the term
    ("Sig til, hvis der skal laves en § 56-aftale eller andet.", ["§ 56-aftale"]),
    ("Han har ischias eller lignende smerter i benet.", ["ischias"]),
    ("Han har lumbago eller hekseskud, som mange kalder det.", []),
    ("Vi venter på en afgørelse om varighedsbegrænsning eller forlængelse af sygedagpengene.",
     ["varighedsbegrænsning"]),
    ("Karin har fået en MR-scanning. Scanningen er normal.", ["mr-scanning"]),
    # a term as the last part of a compound, written as one word or with a hyphen
    ("Karin har en rygprolaps og går til træning.", ["prolaps"]),
    ("Karin har en lænde-prolaps og går til træning.", ["prolaps"]),
    ("Karin har en rygprolaps (en skive i ryggen, der buler ud).", []),
    # a lower-case apposition only: ", del B" names a part of the form
    ("Vi beder dig udfylde mulighedserklæringen, del B, så hurtigt som muligt.", ["mulighedserklæring"]),
])
def test_jargon_explained_near_or_next(check_text, body, flagged):
    assert _jargon(check_text, J_HEAD + "Vedr.: Karin Lund\n\nKære Jonas\n\n" + body + J_TAIL) == flagged


def test_jargon_heading_explained_in_the_next_sentence(check_text):
    text = (J_HEAD + "Invitation til rundbordssamtale om Karin Lund\n\n"
            "Vi inviterer til en rundbordssamtale, dvs. et møde, hvor alle sidder sammen.\n" + J_TAIL)
    assert _jargon(check_text, text) == []
    text = (J_HEAD + "Invitation til rundbordssamtale om Karin Lund\n\nKære Jonas\n\nVi ses snart.\n\n"
            "Vi inviterer til en rundbordssamtale, dvs. et møde, hvor alle sidder sammen.\n" + J_TAIL)
    assert _jargon(check_text, text) == ["rundbordssamtale"]  # explained only later


def test_jargon_in_an_organisation_name_is_no_use(check_text):
    text = ("Ressourceforløb og Rehabilitering\nGothersgade 20, 7000 Fredericia\n\nTil: Lægehuset\n\n"
            "Fredericia, 9. april 2026\n\nKære læge\n\nVi overvejer et ressourceforløb (et længere forløb med "
            "hjælp fra flere fagfolk).\n" + J_TAIL)
    assert _jargon(check_text, text) == []
    assert _jargon(check_text, text.replace(" (et længere forløb med hjælp fra flere fagfolk)", "")) \
        == ["ressourceforløb"]
