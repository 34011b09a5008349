"""A form's author block written as fields at its foot ("Ergoterapeut: Rikke Fogh" / "Telefon: …" /
"E-mail: …"), with no closing or signature: the sender's (issue 12). Another party's role field at the foot
("Arbejdsgiverens kontaktperson: …") is not; a signature below keeps the sender."""

from __future__ import annotations

import pytest

from linter.letter.structure import title_field

HEAD = """Sundhedscenter Vestby
Statusskema til Jobcenter Vestby

Borger: Jonas Holt
Samtykke: Borgeren har givet mundtligt samtykke 4. marts 2026
Nuværende job: Lagerarbejder, 37 timer om ugen.
Funktionsniveau: Jonas kan løfte 10 kg og gå i en time uden pause.
Skånehensyn: Ingen tunge løft over skulderhøjde de næste fire uger.
Tidsplan: Træning to gange om ugen til og med 17. april 2026.
"""
CONTACT = "Telefon (direkte): 61 72 83 94\nE-mail: peol@vestby.dk"
CONTACT_RULES = {"kontakt.navn", "kontakt.telefon", "kontakt.email"}


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings}


@pytest.mark.parametrize("title", ["Ergoterapeut", "Fysioterapeut", "Læge", "Kiropraktor"])
@pytest.mark.parametrize("contact_first", [False, True])
def test_a_title_field_with_contact_fields_at_the_foot_is_the_author(check_text, title, contact_first):
    field = f"{title}: Pernille Olsen"
    foot = f"{CONTACT}\n{field}\n" if contact_first else f"{field}\n{CONTACT}\n"
    res = check_text(HEAD + foot)
    assert res.sender["name"] == "Pernille Olsen"
    assert [p["number"] for p in res.sender["phones"]] == ["61728394"]
    assert [e["address"] for e in res.sender["emails"]] == ["peol@vestby.dk"]
    assert not _rules(res) & CONTACT_RULES


def test_a_caseworker_field_at_the_foot_of_a_job_centres_form(check_text):
    res = check_text("Jobcenter Vestby\nOpfølgningsskema til egen læge\n\nBorger: Jonas Holt\n"
                     "Formål: Vi beder om en vurdering af Jonas' arbejdsevne.\n"
                     "Frist: Svar senest 20. april 2026.\n"
                     "Sagsbehandler: Mette Brandt\nTelefon: 72 10 20 30\nE-mail: mebr@vestby.dk\n")
    assert res.sender["name"] == "Mette Brandt"
    assert [p["number"] for p in res.sender["phones"]] == ["72102030"]
    assert res.profile == "job-til-sundhed"


def test_a_signature_below_the_fields_stays_the_sender(check_text):
    res = check_text(HEAD + "Fysioterapeut: Pernille Olsen\n\nVenlig hilsen\nAnne Holm\nLæge\n"
                     "Tlf. 86 11 22 33\nanne.holm@vestby.dk\n")
    assert res.sender["name"] == "Anne Holm"
    assert [p["number"] for p in res.sender["phones"]] == ["86112233"]


@pytest.mark.parametrize("role", ["Arbejdsgiverens kontaktperson", "Egen læge", "Jobcentrets sagsbehandler",
                                  "Arbejdsgiver"])
def test_another_partys_role_field_at_the_foot_is_not_the_sender(check_text, role):
    res = check_text(HEAD + f"{role}: Bo Jensen\nTlf.: 28 29 30 31\n")
    assert res.sender["name"] != "Bo Jensen"
    assert "28293031" not in [p["number"] for p in res.sender["phones"]]


def test_a_title_field_in_the_head_among_other_parties_fields_is_no_foot_block(check_text):
    res = check_text("Statusskema\n\nLæge: Hans Krogh\nTlf.: 86 11 22 33\nBorger: Jonas Holt\n\n"
                     "Jonas har ondt i lænden og træner to gange om ugen hos os, og han kan løfte 10 kg.\n"
                     "Egen læge: Bo Jensen\nTlf.: 28 29 30 31\n")
    assert "28293031" not in [p["number"] for p in res.sender["phones"]]


@pytest.mark.parametrize("line, expected", [
    ("Ergoterapeut: Rikke Fogh", True), ("Speciallæge: Hans Krogh", True), ("Sagsbehandler: Mette Brandt", True),
    ("Egen læge: Hans Krogh", False), ("Arbejdsgiverens kontaktperson: Bo Jensen", False),
    ("Jobcentrets sagsbehandler: Lone Berg", False), ("Ergoterapeut: ja", False),
    ("Læge: Hans Krogh har set borgeren", False)])
def test_title_field(line, expected):
    assert title_field(line) is expected
