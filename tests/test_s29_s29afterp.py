"""Stop 29, after the figure (s29afterp): profile and sender classes from the held-out sets. Every letter is our own.

- A job centre writing to the citizen's employer is `generel` (RULES.md Profiles) also when the recipient's lines
  name no sector word: the employer is a school ("Til: Nordby Gymnasium" / "Att.: Servicechef …"), a trade named by
  its mail domain (…@holmtommer.dk, …@vestmoebler.dk), or the text speaks of the reader's own HR department or
  shop steward ("jeres HR-afdeling", "jeres tillidsrepræsentant").
- An internal note ("JOURNALNOTAT – intern") to the writer's own team leader or team ("Til: Teamleder, Team …") is
  `generel`: no letter to the other sector.
- A name never runs over a sentence end ("Dikteret af overlæge Ib Holm Vest. Ikke gennemlæst.").
- A branch's mailbox spelling its place name with mixed æ/ø/å folding ("Afdeling Sønderå" / sonderaa@: ø as o, å as
  aa) is the branch's, not a person's.
- A booking system's head line over an internal message ("TerapiPlan · Intern besked · …") is a service line: the
  message's own "Fra:" field names its author.
"""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine
from linter.readers import read_bytes

G, J = "generel", "job-til-sundhed"


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine()


def _check(eng, text: str):
    return eng.check_document(read_bytes(text.encode(), ".txt", "brev.txt"))


TO_SCHOOL = (
    "Jobcenter Nordby\nTeam Sygedagpenge\nHavnegade 4, 7700 Nordby\n\n"
    "Til: Nordby Gymnasium\nAtt.: Servicechef Kim Lauritsen\n\n"
    "Nordby, 3. marts 2027\n\nPlan for Lise Bangs opstart\n\n"
    "Kære Kim Lauritsen\n\n"
    "Tak for mødet i tirsdags. Lise starter med 10 timer om ugen fra den 1. april og øger til 18 timer i maj.\n\n"
    "Hun tørrer borde af og tømmer skraldespande, men hun bærer ikke stole. Vi ses igen den 2. maj kl. 9.\n\n"
    "Med venlig hilsen\n\nTove Lind Mark\nSagsbehandler, Jobcenter Nordby\nMobil 21 43 65 87\n"
    "tove.lind.mark@nordby.dk\n")

TO_TRADE_DOMAIN = (
    "Fra: Ulrik Sand <ulsa@vestby.dk>\nTil: Niels Bro <niels.bro@holmtommer.dk>\n"
    "Dato: 2. marts 2027 10:02\nEmne: Møde om Peter Dals start\n\n"
    "Hej Niels\n\n"
    "Jeg foreslår et møde om Peters start tirsdag den 9. marts kl. 13. Vi taler om hans opgaver og timer.\n\n"
    "Hans fysioterapeut har anbefalet 15 timer om ugen de første fire uger.\n\n"
    "Venlig hilsen\nUlrik Sand\nJobkonsulent, Jobcenter Vestby\nMobil 31 52 74 96\n")

TO_HR = (
    "Fra: Jobcenter Østby <jobcenter@ostby.dk>\nTil: Mona Friis <mfr@ostby-produkter.dk>\n"
    "Dato: 4. marts 2027 14:40\nEmne: Aksel Winther\n\n"
    "Hej Mona\n\n"
    "Planen for Aksel ser god ud. Jeg sender ansøgningen til jeres HR-afdeling på fredag, og jeres "
    "tillidsrepræsentant er velkommen til mødet den 20. marts.\n\n"
    "Mvh\nSune Krag\nJobkonsulent, Jobcenter Østby\nMobil 22 33 44 55\n")

NOTE_TO_LEADER = (
    "JOURNALNOTAT – intern\n\nSag: Ole Bech, f. 010170-XXXX\nDato: 5. marts 2027\n"
    "Til: Teamleder, Team Jobafklaring\n\nNotat inden teammødet\n\n"
    "Ole har været sygemeldt i 11 måneder. Hans fysioterapeut skriver, at han kan gå 30 minutter og løfte 8 kg.\n\n"
    "Jeg beder om din godkendelse af, at sagen kommer på mødet i april.\n\n/KLM\n")

DICTATED = (
    "Nordby Sygehus\nOrtopædkirurgisk Ambulatorium\nSygehusvej 2, 7700 Nordby\n\n"
    "Jobcenter Nordby\nAtt.: Bent Rask\n\n1. marts 2027\n\n"
    "Dikteret af overlæge Ib Holm Vestergaard. Ikke gennemlæst.\n\n"
    "Kære Bent Rask\n\nHans Lund kan løfte 10 kg og stå i en time ad gangen. Han bør undgå at arbejde på knæ "
    "de næste tre måneder. Vi forventer, at han kan vende tilbage til sit job som murer til sommer.\n\n"
    "Med venlig hilsen\n\nIb Holm Vestergaard\nOverlæge\nDirekte tlf. 71 20 30 40\nihv@nordby-sygehus.dk\n")

BRANCH_MAILBOX = (
    "Fagforbundet for Lager og Transport, Afdeling Sønderå\nHavnevej 9, 6740 Sønderå\n\n"
    "Jobcenter Sønderå\nTorvegade 3, 6740 Sønderå\n\n2. marts 2027\n\n"
    "Til jobcentret\n\nVores medlem Lars Bang har bedt os om et møde om hans plan for at komme tilbage på lageret.\n\n"
    "Med venlig hilsen\n\nGert Holm\nFaglig sekretær\nTlf. 70 11 22 33 (hovednummer)\nsonderaa@fltl-forbund.dk\n")

BOOKED_NOTE = (
    "TerapiPlan · Intern besked · Fysioterapi & Bevægelse Nordby\nFra: Birthe Lunde (BL)\nTil: Ole Kamp (OK)\n"
    "Oprettet: 02.03.2027 10:12\nPatient: Sara Holm\nVist for patient: Nej\n" + "-" * 30 + "\n\n"
    "Hej Ole\n\nJobcentret har ringet om Sara Holm. Kan du skrive en kort status "
    "til dem inden fredag? Hun har givet samtykke.\n\n/Birthe\n" + "-" * 30 + "\n")


@pytest.mark.parametrize("text", [TO_SCHOOL, TO_TRADE_DOMAIN, TO_HR], ids=["school", "trade-domain", "hr"])
def test_a_job_centre_writing_to_an_employer_is_generel(eng, text):
    assert _check(eng, text).profile == G


def test_a_job_centre_writing_to_a_clinic_stays_job_til_sundhed(eng):
    text = TO_TRADE_DOMAIN.replace("niels.bro@holmtommer.dk", "niels.bro@fysio-vestby.dk")
    assert _check(eng, text).profile == J


def test_an_internal_note_to_the_team_leader_is_generel(eng):
    assert _check(eng, NOTE_TO_LEADER).profile == G


def test_a_name_never_runs_over_a_sentence_end(eng):
    assert _check(eng, DICTATED).sender["name"] == "Ib Holm Vestergaard"


def test_an_abbreviated_first_name_keeps_its_surname(eng):
    from linter.letter.sender import sender_reader

    r = sender_reader(eng.lexicons)
    text = "Chr. Holm Vestergaard"
    assert [text[s:e] for s, e in r.names_in(text)] in ([text], [])  # never cut after "Chr."


def test_a_branch_mailbox_with_mixed_folding_is_the_branch_s(eng):
    res = _check(eng, BRANCH_MAILBOX)
    assert [(e["address"] if "address" in e else e.get("value"), e["personal"]) for e in res.sender["emails"]] \
        == [("sonderaa@fltl-forbund.dk", False)]


def test_a_booking_system_head_leaves_the_message_s_author(eng):
    res = _check(eng, BOOKED_NOTE)
    assert res.sender["name"] == "Birthe Lunde"
    assert "kontakt.navn" not in {f.rule for f in res.findings}
