"""Stop 27 (s27sh): classes of sender-attribution mistakes, pinned with invented letters.

- a head's field line flattened from a letterhead's columns: the contact-person field and the fields after it are
  the sender's, each number read with its own column's label (not "Sagsnr.:" of an earlier column);
- a line in the text that is only a direct line's field ("Direkte nummer til jer: …") is the author's;
- a mailbox in the text after the sender's unit's shared-mailbox label ("teamets postkasse …") is the department's,
  the reader's ("jeres fælles postkasse") none of the sender's;
- the department's secretary named by title in an offer ("kontakte sekretær Bente Lund på …") gives the department's
  number;
- a role field with where the person works ("Tovholder i Jobcentret: …", "Kontaktperson, jobcenter: …") names
  someone other than the signer: that line is nobody's of the sender;
- a form whose author field stands at its foot ("Udarbejdet af: …"): the head's role field naming that author is the
  sender's block, the other professional's field is not.
"""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine
from linter.readers import read_bytes


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _sender(engine: Engine, text: str):
    res = engine.check_document(read_bytes(text.encode(), ".txt", "brev.txt"))
    phones = {p["number"]: p["personal"] for p in res.sender["phones"]}
    emails = {e["address"]: e["personal"] for e in res.sender["emails"]}
    rules = {f.rule for f in res.findings if f.rule.startswith("kontakt.")}
    return res.sender.get("name"), phones, emails, rules


FLAT_HEAD = """Jobcenter Vejle   Kirketorvet 22   7100 Vejle   Tlf. 7681 5000   jobcenter@vejle.dk
Dato: 2. maj 2026   Sagsnr.: 25/118   Sagsbehandler: Lone Dahl   Direkte tlf.: 7681 5544   E-mail: lodah@vejle.dk

Lægehuset Bakken
Bakkevej 3
7100 Vejle

Vedr.: Ole Berg, CPR-nr. 010170-XXXX

Kære læge

Ole Berg er sygemeldt fra sit arbejde som chauffør. Vil du oplyse, hvor længe han må køre ad gangen?

Med venlig hilsen

Lone Dahl
Sagsbehandler
"""


def test_flattened_head_fields_give_the_caseworker_her_own_line_and_mail(engine):
    name, phones, emails, rules = _sender(engine, FLAT_HEAD)
    assert name == "Lone Dahl"
    assert phones == {"76815000": False, "76815544": True}
    assert emails == {"jobcenter@vejle.dk": False, "lodah@vejle.dk": True}
    assert not rules & {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"}


DIRECT_FIELD = """Lægehuset Åbyen · Åvej 4 · 8230 Åbyhøj · Tlf. 86 15 20 00

Jobcenter Aarhus

Vedr. Søren Lund, 020390-XXXX

Søren er tømrer. Han har ondt i skulderen og kan ikke arbejde over hovedhøjde i de næste 3 uger.

Søren kan selv kontaktes på 31 42 53 64. Hans mester har tlf. 86 11 22 33.

Direkte nummer til jer: 86 15 20 17

Venlig hilsen
Karen Bech, praktiserende læge
"""


def test_a_direct_line_field_alone_in_the_text_is_the_authors(engine):
    _, phones, _, rules = _sender(engine, DIRECT_FIELD)
    assert phones == {"86152000": False, "86152017": True}
    assert "kontakt.telefon" not in rules


def test_the_citizens_number_on_a_line_of_its_own_stays_out(engine):
    text = DIRECT_FIELD.replace("Direkte nummer til jer: 86 15 20 17", "Sørens direkte nummer: 86 15 20 17")
    _, phones, _, _ = _sender(engine, text)
    assert phones.get("86152017") is not True


TEAM_MAILBOX = """Koordinerende sektion, Vejle Kommune

Til deltagerne i mødet om Bo Nør

Bos sag behandles på mødet den 3. juni kl. 9.00 på Vejle Rådhus.

Send nye papirer til afdelingens postkasse koordinering@vejle.dk senest den 27. maj.

Venlig hilsen

Pia Krag
Koordinator
Direkte tlf. 76 81 44 02
pikr@vejle.dk
"""


def test_a_shared_mailbox_label_in_the_text_makes_it_the_departments(engine):
    _, _, emails, _ = _sender(engine, TEAM_MAILBOX)
    assert emails == {"koordinering@vejle.dk": False, "pikr@vejle.dk": True}


def test_the_readers_shared_mailbox_is_none_of_the_senders(engine):
    text = TEAM_MAILBOX.replace("Send nye papirer til afdelingens postkasse koordinering@vejle.dk",
                                "Vi sender papirerne til jeres fælles postkasse modtag@jc-vejle.dk")
    _, _, emails, _ = _sender(engine, text)
    assert "modtag@jc-vejle.dk" not in emails


SECRETARY_OFFER = """Regionshospitalet Viborg · Ortopædkirurgi
Hospitalets omstilling: 78 44 00 00

Jobcenter Viborg

Vedr. Anna Friis, 110482-XXXX

Anna Friis har været til undersøgelse. Hun skal ikke opereres og kan arbejde med lette opgaver. Anna har givet samtykke.

Har I spørgsmål, kan I kontakte sekretær Bente Lund på 78 44 61 20 eller mig direkte på 78 44 61 33.

Med venlig hilsen

Per Skov
Overlæge
"""


def test_the_secretary_named_by_title_and_name_in_an_offer_is_another_person(engine):
    # stop 30: "kontakte sekretær Bente Lund på …" gives her own line, not the department's (RULES.md: other people's
    # numbers are not on the sender's side); "sekretæren på …" with no name stays the department's offer
    _, phones, _, _ = _sender(engine, SECRETARY_OFFER)
    assert phones == {"78440000": False, "78446133": True}


def test_a_colleague_named_without_a_secretarys_title_stays_out(engine):
    text = SECRETARY_OFFER.replace("sekretær Bente Lund", "fysioterapeut Bente Lund")
    _, phones, _, _ = _sender(engine, text)
    assert "78446120" not in phones


TWO_COORDINATORS = """Træningscenter Randers · Sundhed og Omsorg · tlf. 89 15 10 00

Til Jobcenter Randers

Tovholder i Træningscentret: Jonas Hviid, fysioterapeut, mobil 24 55 66 77, johv@randers.dk
Tovholder i Jobcentret: Rikke Aagaard, sagsbehandler, tlf. 89 15 77 01, riaa@randers.dk

Vedr. Lars Mørk, 030381-XXXX

Lars har afsluttet 10 ugers skulderforløb hos os. Han kan nu arbejde 5 timer om dagen uden løft over skulderhøjde.

Venlig hilsen
Jonas Hviid
"""


def test_the_other_sides_coordinator_gives_the_sender_nothing(engine):
    name, phones, emails, _ = _sender(engine, TWO_COORDINATORS)
    assert name == "Jonas Hviid"
    assert phones == {"89151000": False, "24556677": True}
    assert emails == {"johv@randers.dk": True}


FOOT_AUTHOR_FORM = """STATUSNOTAT – Træningsenheden Silkeborg
Hovednummer: 89 70 10 00 | traening@silkeborg.dk

Borger: Eva Holt                      CPR-nr.: 250688-XXXX
Borgers tlf.: 51 62 73 84

Kontaktperson, træningsenheden: Fysioterapeut Tina Vang | tlf. 28 39 40 51 | tiva@silkeborg.dk
Kontaktperson, jobcenter: Rådgiver Kim Lyng | tlf. 89 70 55 10 | kim.lyng@silkeborg.dk

Nuværende job: Kassemedarbejder, 30 timer, meget siddende arbejde.
Funktionsniveau: Kan sidde 30 minutter ad gangen og løfte 5 kg.
Forventet forløb: Træning 2 gange om ugen i 8 uger.

Udarbejdet af: Tina Vang, 4. april 2026
"""


def test_a_form_author_at_the_foot_makes_her_head_field_the_senders(engine):
    name, phones, emails, rules = _sender(engine, FOOT_AUTHOR_FORM)
    assert name == "Tina Vang"
    assert phones == {"89701000": False, "28394051": True}
    assert emails == {"traening@silkeborg.dk": False, "tiva@silkeborg.dk": True}
    assert not rules & {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"}
