"""Stop 30 sender class: a named secretary's or colleague's contact line beside the sender's signature (every letter
here is invented).

RULES.md Sender's contact details: only the author's own details count; a colleague named in the text never counts,
and for kontakt.afdeling "numbers and addresses of other people are not on the sender's side". So a secretary named
by title and name beside the doctor's signature ("Sekretær: <navn>, tlf. …", "Henvendelse til sekretær <navn>, tlf.
…", "ring til min sekretær <navn> på …", her own block "<navn>" / "Lægesekretær, direkte tlf. …") gives that person's
line: neither the doctor's own number (kontakt.telefon) nor the department's (kontakt.afdeling). The sender reader
declines it with reason `named-assistant` (cue `named-assistant`, lexicons/letter/sender.yaml), and the kontakt
findings say so in their evidence (`other-person-phone:named-assistant`). A secretary by title alone ("Sekretær: …",
"Tlf. … (sekretær, kl. 9-12)", "sekretæren på …") stays the secretariat's general number (a department's), and a
secretary who signs for the doctor ("p.v.a. overlæge …") writes the letter: her own labelled direct line counts.
A colleague's line beside the signature ("Kontakt evt. min kollega …, tlf. …, <mail>") gives neither his number nor
his address to the sender."""

from __future__ import annotations

import pytest


def _phones(res) -> dict[str, bool]:
    return {p["number"]: p["personal"] for p in res.sender["phones"]}


def _emails(res) -> dict[str, bool]:
    return {e["address"]: e["personal"] for e in res.sender["emails"]}


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


def _evidence(res, rule: str) -> list[str]:
    return next(list(f.evidence) for f in res.findings if f.rule == rule)


def _others(res) -> dict[str | None, tuple[str, list[str], list[str]]]:
    return {p.get("name"): (p["reason"], [x["number"] for x in p.get("phones") or []],
                            [x["address"] for x in p.get("emails") or []])
            for p in res.parties or [] if p.get("kind") == "other"}


HEAD = ("Til Jobcenter Egeby\n\nVedr. Simon Krag\n\n"
        "Simon Krag har ondt i lænden og er sygemeldt fra sit job som pakkeriarbejder. Han kan løfte 6 kg og stå\n"
        "en halv time ad gangen. Vi regner med, at han kan arbejde 20 timer om ugen fra 1. april og fuld tid fra maj.\n"
        "Simon har givet samtykke til, at jeg skriver.\n")


def test_secretary_line_beside_a_doctor_with_his_own_number(check_text):
    res = check_text(HEAD + "\nMed venlig hilsen\nJakob Brandt\nOverlæge\nDirekte 97 31 60 12\n"
                     "jakob.brandt@egeby-sygehus.dk\n\nSekretær: Tove Lindqvist, tlf. 97 31 60 40\n")
    assert _phones(res) == {"97316012": True}
    assert not _rules(res)
    assert _others(res)["Tove Lindqvist"] == ("named-assistant", ["97316040"], [])


def test_secretary_line_beside_a_doctor_without_his_own_number(check_text):
    res = check_text(HEAD + "\nMed venlig hilsen\nJakob Brandt\nOverlæge\njakob.brandt@egeby-sygehus.dk\n\n"
                     "Sekretær: Tove Lindqvist, tlf. 97 31 60 40\n")
    assert _phones(res) == {}
    # her number is neither his (kontakt.telefon) nor the department's (kontakt.afdeling)
    assert _rules(res) == {"kontakt.telefon"}
    assert "other-person-phone:named-assistant" in _evidence(res, "kontakt.telefon")


def test_dictated_letter_with_only_the_secretarys_line(check_text):
    res = check_text(HEAD + "\nMed venlig hilsen\nJakob Brandt\nspeciallæge\n\nDiktat: JB/tl\n"
                     "Henvendelse til sekretær Tove Lindqvist, tlf. 97 31 60 40, hverdage kl. 8-11\n")
    assert _phones(res) == {}
    # no contact detail on the sender's side at all: the three other kontakt rules, not kontakt.afdeling
    assert _rules(res) == {"kontakt.telefon", "kontakt.email"}


def test_dictated_letter_secretarys_direct_line_is_hers(check_text):
    res = check_text(HEAD + "\nMed venlig hilsen\nJakob Brandt\nspeciallæge\njakob.brandt@egeby-sygehus.dk\n\n"
                     "Sekretær Tove Lindqvist, direkte 97 31 60 41\n")
    assert _phones(res) == {}
    assert _rules(res) == {"kontakt.telefon"}


def test_secretarys_own_block_under_the_doctors(check_text):
    res = check_text(HEAD + "\nMed venlig hilsen\n\nJakob Brandt\nOverlæge\n\nTove Lindqvist\n"
                     "Lægesekretær, direkte tlf. 97 31 60 41, tove.lindqvist@egeby-sygehus.dk\n")
    assert _phones(res) == {} and _emails(res) == {}
    assert _others(res)["Tove Lindqvist"] == ("named-assistant", ["97316041"], ["tove.lindqvist@egeby-sygehus.dk"])
    assert "kontakt.afdeling" not in _rules(res)


def test_secretary_named_in_the_text(check_text):
    text = HEAD.replace("jeg skriver.\n", "jeg skriver. Har I spørgsmål, så ring til min sekretær Tove Lindqvist på "
                        "97 31 60 40.\n")
    res = check_text(text + "\nMed venlig hilsen\nJakob Brandt\nOverlæge\njakob.brandt@egeby-sygehus.dk\n")
    assert _phones(res) == {}
    assert _rules(res) == {"kontakt.telefon"}


def test_own_number_or_the_named_secretarys_in_one_sentence(check_text):
    text = HEAD.replace("jeg skriver.\n", "jeg skriver. I kan ringe til mig på 97 31 60 12 eller til sekretær Tove "
                        "Lindqvist på 97 31 60 40.\n")
    res = check_text(text + "\nMed venlig hilsen\nJakob Brandt\nOverlæge\n")
    assert _phones(res) == {"97316012": True}


def test_secretary_signing_for_the_doctor_writes_the_letter(check_text):
    res = check_text(HEAD + "\nMed venlig hilsen\n\np.v.a. overlæge Jakob Brandt\n\nTove Lindqvist\nLægesekretær\n"
                     "Direkte: 97 31 60 41\ntove.lindqvist@egeby-sygehus.dk\n")
    assert _phones(res) == {"97316041": True}
    assert _emails(res) == {"tove.lindqvist@egeby-sygehus.dk": True}
    assert not _rules(res) & {"kontakt.telefon", "kontakt.email"}


def test_holiday_cover_colleague_line_beside_the_signature(check_text):
    res = check_text(HEAD + "\nMed venlig hilsen\nJakob Brandt\nFysioterapeut\njabr@egeby.dk\nMobil 22 61 47 30\n\n"
                     "Kontakt evt. min kollega Niels Ravn, tlf. 22 61 47 85, nira@egeby.dk, mens jeg har ferie.\n")
    assert _phones(res) == {"22614730": True}
    assert _emails(res) == {"jabr@egeby.dk": True}


def test_colleague_named_in_the_text_with_a_number(check_text):
    text = HEAD.replace("jeg skriver.\n", "jeg skriver. Er jeg på kursus, kan I ringe til min kollega Niels Ravn på "
                        "22 61 47 85.\n")
    res = check_text(text + "\nMed venlig hilsen\nJakob Brandt\nFysioterapeut\njabr@egeby.dk\n")
    assert _phones(res) == {}
    assert "kontakt.telefon" in _rules(res)


# near misses: a secretary by title alone is the secretariat's general number (a department's)

@pytest.mark.parametrize("line", ["Sekretær: 97 31 60 40", "Tlf. 97 31 60 40 (sekretær, kl. 8-11)",
                                  "Sekretær Tove Lindqvist, sekretariatet tlf. 97 31 60 40"])
def test_secretary_by_title_alone_or_the_units_label_stays_the_departments(check_text, line):
    res = check_text(HEAD + "\nMed venlig hilsen\nJakob Brandt\nOverlæge\njakob.brandt@egeby-sygehus.dk\n\n"
                     + line + "\n")
    assert _phones(res) == {"97316040": False}


def test_the_secretary_by_title_in_the_text_is_the_departments_offer(check_text):
    text = HEAD.replace("jeg skriver.\n", "jeg skriver. I kan ringe til mig på 97 31 60 12 eller til sekretæren på "
                        "97 31 60 00.\n")
    res = check_text(text + "\nMed venlig hilsen\nJakob Brandt\nOverlæge\n")
    assert _phones(res) == {"97316012": True, "97316000": False}


def test_plain_number_under_a_secretary_signing_for_stays_the_secretariats(check_text):
    res = check_text(HEAD + "\nMed venlig hilsen\n\np.v.a. overlæge Jakob Brandt\n\nTove Lindqvist\nLægesekretær\n"
                     "Tlf. 97 31 60 00\n")
    assert _phones(res) == {"97316000": False}


def test_a_secretary_who_is_the_sender_is_not_someone_else(check_text):
    res = check_text(HEAD + "\nMed venlig hilsen\nTove Lindqvist, lægesekretær, direkte 97 31 60 41\n")
    assert "97316041" in _phones(res)
    assert "Tove Lindqvist" not in _others(res)
