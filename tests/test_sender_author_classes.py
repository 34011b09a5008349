"""Sender attribution classes seen in probes of unseen letters (issue 12): who wrote the letter when someone else
signs or is written for (a dictating doctor, a relative writing under a parent's name), a surname-first signature,
a masked CPR after a name, a memo head's contact lines under Til:, a subject phrase under the date with no
letterhead, and a unit's abbreviated mailbox. Invented letters only."""

from __future__ import annotations

import pytest

BODY = ("Vi har undersøgt Ole Berg for smerter i skulderen. Han kan ikke løfte over skulderhøjde de næste "
        "seks uger, men kan arbejde med lettere opgaver.\n")
OWN = "Jeg skriver om min sygemelding. Jeg har ondt i ryggen og kan ikke stå længe ad gangen.\n"


def _phones(res) -> list[tuple[str, bool]]:
    return [(p["number"], p["personal"]) for p in res.sender["phones"]]


def _emails(res) -> list[tuple[str, bool, str]]:
    return [(e["address"], e["personal"], e["reason"]) for e in res.sender["emails"]]


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


@pytest.mark.parametrize("line", ["Dikteret af overlæge Bodil Friis", "Dikteret af: overlæge Bodil Friis",
                                  "Indtalt af afdelingslæge Bodil Friis", "dikteret af Bodil Friis"])
def test_the_dictating_doctor_under_the_secretarys_name_is_the_sender(check_text, line):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\n\nMaja Lind\nLægesekretær\n{line}\n"
                     "Tlf. 79 12 34 56\n")
    assert res.sender["name"] == "Bodil Friis"
    assert _phones(res) == [("79123456", True)]


def test_the_dictating_doctor_above_the_closing_is_the_sender(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nDikteret af overlæge Bodil Friis, Skulderklinikken\n\n"
                     "Med venlig hilsen\nMaja Lind, lægesekretær\nTlf. 79 12 34 56\n")
    assert res.sender["name"] == "Bodil Friis"
    assert res.sender["reason"] == "written-by"


@pytest.mark.parametrize("line", ["v/ datteren Sara Dahl", "v/datter Sara Dahl", "v/ min datter Sara Dahl"])
def test_a_relative_writing_under_the_parents_name_is_the_sender(check_text, line):
    res = check_text(f"Til Jobcenter Nordvig\n\n{OWN}\nMed venlig hilsen\nErik Dahl\n{line}\nTlf. 22 33 44 55\n")
    assert res.sender["name"] == "Sara Dahl"
    assert _phones(res) == [("22334455", True)]
    assert "kontakt.navn" not in _rules(res)


def test_v_slash_before_an_owners_name_is_no_relative(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\nTom Vinge\nKlinik for Fysioterapi\n"
                     "v/ Lene Vinge\nTlf. 22 33 44 55\n")
    assert res.sender["name"] == "Tom Vinge"


@pytest.mark.parametrize("sign", ["Friis, Bodil", "Friis, Bodil, overlæge", "FRIIS, BODIL"])
def test_a_surname_first_signature_gives_the_name(check_text, sign):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\n{sign}\nTlf. 79 12 34 56\n")
    assert (res.sender["name"] or "").lower() == "bodil friis"
    assert "kontakt.navn" not in _rules(res)


def test_a_title_before_a_comma_is_no_surname(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\nFysioterapeut, Bodil\nTlf. 79 12 34 56\n")
    assert res.sender["name"] is None
    assert "kontakt.navn" in _rules(res)


@pytest.mark.parametrize("sign", ["Susse Lund 030581-XXXX", "Susse Lund (030581-XXXX)", "Susse Lund, 030581-XXXX",
                                  "Susse Lund 030581-1234"])
def test_a_masked_cpr_after_a_name_is_no_house_number(check_text, sign):
    res = check_text(f"Til Jobcenter Nordvig\n\n{OWN}\nVenlig hilsen\n{sign}\nTlf. 22 33 44 55\n")
    assert res.sender["name"] == "Susse Lund"
    assert _phones(res) == [("22334455", True)]


def test_a_house_number_after_a_street_still_ends_the_name(check_text):
    res = check_text(f"Til Jobcenter Nordvig\n\n{OWN}\nVenlig hilsen\nSusse Lund\nSkovbrynet 12B\n"
                     "Tlf. 22 33 44 55\n")
    assert res.sender["name"] == "Susse Lund"


@pytest.mark.parametrize("contact", ["Tlf.: 79 12 34 56", "Telefon: 79 12 34 56\nAfdeling: Skulderklinikken"])
def test_contact_lines_under_til_in_a_head_written_sender_first_are_the_senders(check_text, contact):
    res = check_text(f"Fra: Bodil Friis, overlæge\nTil: Jobcenter Nordvig, sagsbehandler Ib Holt\n{contact}\n\n"
                     f"{BODY}\nVenlig hilsen\nBodil Friis\n")
    assert res.sender["name"] == "Bodil Friis"
    assert _phones(res) == [("79123456", True)]
    assert "kontakt.telefon" not in _rules(res)


def test_an_address_under_til_naming_the_recipient_keeps_the_lines_the_recipients(check_text):
    res = check_text(f"Fra: Bodil Friis, overlæge\nTil: Ib Holt, Jobcenter Nordvig\nTlf.: 79 12 34 56\n"
                     f"E-mail: ib.holt@nordvig.dk\n\n{BODY}\nVenlig hilsen\nBodil Friis\n")
    assert _phones(res) == [] and _emails(res) == []
    assert {"kontakt.telefon", "kontakt.email"} <= _rules(res)


@pytest.mark.parametrize("subject", ["Spørgsmål om Ida Krags muligheder for arbejde",
                                     "Anmodning om status for Ida Krag",
                                     "Henvendelse vedrørende Ida Krags sygemelding"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_subject_phrase_under_the_date_is_no_letterhead(check_text, subject, gap):
    res = check_text(f"Nordvig, 4. februar 2026{gap}{subject}\n\nKære Jobcenter\n\n{OWN}\nVenlig hilsen\n"
                     "Ida Krag\nTlf. 22 33 44 55\n")
    assert res.sender["name"] == "Ida Krag"
    assert res.sender["reason"] == "signature"


@pytest.mark.parametrize("mailbox", ["fys@nordvig.dk", "ryg@nordvig-sygehus.dk", "ergo@nordvig.dk",
                                     "psyk@nordvig.dk"])
def test_a_units_abbreviated_mailbox_is_the_units(check_text, mailbox):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\nBodil Friis\nFysioterapeut\n"
                     f"Tlf. 79 12 34 56\n{mailbox}\n")
    assert [(a, p) for a, p, _ in _emails(res)] == [(mailbox, False)]
    assert "kontakt.email" in _rules(res) and "kontakt.afdeling" not in _rules(res)


@pytest.mark.parametrize("sign, mailbox", [("Anne Marie Bach", "amb@nordvig.dk"), ("Rikke Yde Gram", "ryg@nordvig.dk"),
                                           ("Anne Nørgaard Kjær", "ank@nordvig.dk"),
                                           ("Mogens Rasmussen", "mora@nordvig.dk")])
def test_the_signers_initials_stay_personal_though_they_begin_a_unit_word(check_text, sign, mailbox):
    res = check_text(f"Til Jobcenter Nordvig\n\n{BODY}\nMed venlig hilsen\n{sign}\nFysioterapeut\n"
                     f"Tlf. 79 12 34 56\n{mailbox}\n")
    assert [(a, p) for a, p, _ in _emails(res)] == [(mailbox, True)]
    assert "kontakt.email" not in _rules(res)
