"""Stop 28, classes found on the dev set he (hurried short mails and notes, content given in passing); every sentence
and letter here is our own:

- home exercises void only their own clause (`sundhed.skaanehensyn` `unless_clause`): an accommodation at work in the
  same long sentence, joined by ", men ellers …" / ", og …", still counts; pauses in the home programme do not, and
  a sentence framed by the exercises ("Når han laver sine øvelser derhjemme, skal han …") is void as a whole
  (`hjemmeoevelser-ramme`);
- a return to the job started slowly, or at the job named by its own adjective ("kan starte gradvist på sit gamle
  arbejde", "begynde langsomt op i sit vanlige job") is a work outlook (`prognose`); a course started so is none;
- a capacity named only as what a trial is to find out ("finde ud af, hvor mange timer han kan holde til", "vi vil
  afprøve, hvor meget …") states no functional level (`uvished`); a result found still does;
- a weekday right before a day/month makes it a date ("fra mandag 14.12.", "torsdag 8/1"; lexicons/dates.yaml
  `day_month.leads_weekday`), read against the letter's own date like "den 14/12";
- a hyphenated function word in a mailbox's local part is kept whole (`a-kasse.sydjylland@` is the a-kasse's
  mailbox, `anne-mette.holm@` a person's);
- a sender who signs with a shop's, a store's or a trade's manager title ("Butikschef", "Lagerleder",
  "Tømrermester") is an employer: `generel` also when writing to the job centre.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_concepts import statement_test

S, P, F, T = "sundhed.skaanehensyn", "sundhed.prognose", "sundhed.funktionsniveau", "sundhed.tidsplan"

CASES: list[tuple[str, bool, str]] = [
    # home exercises void their own clause only
    (S, True, "Hun skal have lov at sidde ned ved kassen en gang i timen, men ellers går det fint med "
              "hjemmeøvelserne."),
    (S, True, "På lageret bør han slippe for de tunge kasser de første uger, og han fortsætter med øvelserne "
              "derhjemme."),
    (S, False, "Hun bør holde pauser i sit træningsprogram derhjemme."),
    (S, False, "Han fortsætter med sine hjemmeøvelser hver morgen."),
    # … but a sentence framed by the home exercises is advice for them, whatever its main clause says
    (S, False, "Når han laver sine øvelser derhjemme, skal han holde pauser."),
    (S, False, "Hun bør undgå at vride i ryggen, mens hun laver sine hjemmeøvelser."),
    (S, True, "Når hun arbejder hjemme, bør hun have et hæve-sænkebord."),
    # a start at the job, slowly or at the job by its adjective
    (P, True, "Jeg forventer, at han kan starte langsomt op på sit vanlige job efter sommerferien."),
    (P, True, "Hun vil kunne begynde gradvist i sit gamle job fra marts."),
    (P, True, "Jeg regner med, at han kan starte stille og roligt på lageret igen til foråret."),
    (P, False, "Han kan starte stille og roligt på holdtræningen i næste uge."),
    (P, False, "Han startede gradvist på sit gamle arbejde i august."),
    (P, False, "Hun vil gerne starte gradvist på sit gamle arbejde."),
    # a capacity still to be found out
    (F, False, "Under praktikken skal vi finde ud af, hvor mange timer hun kan holde til."),
    (F, False, "Vi vil afprøve, hvor meget han kan løfte fra gulvet."),
    (F, False, "Formålet med forløbet er at undersøge, hvor længe hun kan stå ved båndet."),
    (F, True, "Vi har fundet ud af, at hun kan stå i 30 minutter ad gangen."),
    (F, True, "Hun kan gå 2 km, og vi vil teste, om hun kan gå længere."),
]

test_statement = statement_test(CASES)


# -- a weekday as a day/month's lead -----------------------------------------------------------------------------

def test_a_weekday_before_a_day_and_month_dates_it():
    from linter.analysis.dates import parse_date

    today = dt.date(2026, 12, 3)
    assert parse_date("fra mandag 14.12.", today) == dt.date(2026, 12, 14)
    assert parse_date("torsdag 7/1", today) == dt.date(2027, 1, 7)
    assert parse_date("fredag den 18/12", today) == dt.date(2026, 12, 18)
    assert parse_date("VAS 7/10", today) is None  # still no lead, no date


HEAD = ("Fysioterapien Lindegården\nLindevej 3, 7100 Vejle\n\nTil: Jobcenter Vejle\n\nVejle, {date}\n\n"
        "Kære Rikke Bach\n\n")


@pytest.mark.parametrize(("date", "body", "addressed"), [
    ("3. december 2026", "Opgave: Kan raskmeldes på fuld tid fra mandag 14.12.", True),
    ("3. december 2026", "Holdet slutter torsdag 7/1, derefter status.", True),
    # the same day/month behind the letter's date is history
    ("20. december 2026", "Opgave: Kunne raskmeldes på fuld tid fra mandag 14.12.", False),
    ("3. december 2026", "Han var sidst til træning tirsdag 24.11.", False),
    # a weekday with a fraction after it is no date
    ("3. december 2026", "Han træner mandag 2/3 af tiden på cykel.", False),
])
def test_a_weekday_date_in_a_dated_note(check_text, date, body, addressed):
    res = check_text(HEAD.format(date=date) + body + "\n\nMed venlig hilsen\nTorben Munk\nFysioterapeut\n",
                     profile="sundhed-til-job", only={T})
    assert (res.findings == []) == addressed


# -- a hyphenated function word in a mailbox -------------------------------------------------------------------

@pytest.mark.parametrize(("address", "department"), [
    ("a-kasse.sydjylland@metalfag.dk", True), ("a-kasse-vest@byggefag.dk", True), ("a-kasse@byggefag.dk", True),
    ("anne-mette.holm@byggefag.dk", False), ("lise-lotte@byggefag.dk", False), ("jens.a-hansen@byggefag.dk", False),
])
def test_a_hyphenated_function_word_in_a_local_part(engine, address, department):
    from linter.letter.sender import sender_reader

    assert sender_reader(engine.lexicons).email_is_department(address) is department


def test_an_a_kasse_letter_with_only_its_branch_mailbox_has_no_personal_address(check_text):
    text = ("Byggefagenes A-kasse Sydjylland\nTorvegade 9, 6700 Esbjerg\n\nTil Jobcenter Varde\n\n"
            "Esbjerg, 1. december 2026\n\nVedr. medlem Bent Lauritsen\n\nBent har bedt os skrive til jer om hans "
            "næste samtale. Han har ikke fået nogen indkaldelse.\n\nMed venlig hilsen\n\nSanne Kjær Holt\n"
            "A-kassekonsulent\nTlf. 76 12 40 00 (hovednummer)\na-kasse.sydjylland@byggefag.dk\n")
    res = check_text(text)
    rules = {f.rule for f in res.findings}
    assert {"kontakt.email", "kontakt.afdeling"} <= rules
    assert not [e for e in res.sender["emails"] if e["personal"]]


# -- an employer's manager title --------------------------------------------------------------------------------

EMPLOYER_MAIL = ("Fra: Morten Dahl Friis <mdf@byggemarked-lunde.dk>\nTil: Jobcenter Lunde, Helle Brink "
                 "<helle.brink@lunde.dk>\nEmne: Opstart for Kasper\n\nHej Helle\n\nVi er klar til at tage Kasper ind "
                 "igen fra 4. januar, 4 timer om dagen. Han skal ikke bære trælast, det klarer de andre. Vi tager en "
                 "snak igen efter tre uger.\n\nMvh\nMorten Dahl Friis\n{title}\nMobil 31 42 77 10\n")


@pytest.mark.parametrize("title", ["Butikschef, Byggemarked Lunde", "Lagerleder", "Driftschef i Byggemarked Lunde",
                                   "Tømrermester, Friis & Søn"])
def test_an_employers_manager_title_makes_the_mail_generel(check_text, title):
    res = check_text(EMPLOYER_MAIL.format(title=title), only=set())
    assert res.profile == "generel"


@pytest.mark.parametrize("title", ["Fysioterapeut, Lunde Træningscenter", "Afdelingsleder, Rygklinikken Lunde",
                                   "Teamleder, Sundhedscenter Lunde"])
def test_a_health_leaders_title_keeps_the_mail_the_health_sides(check_text, title):
    res = check_text(EMPLOYER_MAIL.format(title=title), only=set())
    assert res.profile == "sundhed-til-job"
