"""Classes of letters the sender model must read right (issue 12). Each test is an invented letter
of one class: the sender summary (`FileResult.sender`) and the kontakt.* verdicts must agree."""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine
from linter.readers import read_bytes


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine()


def check(eng: Engine, text: str, profile: str | None = None):
    return eng.check_document(read_bytes(text.encode(), ".txt", "brev.txt"), profile=profile)


def fired(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


# -- a first name alone is no name (RULES.md, kontakt.navn) ------------------------------------

FIRST_NAME_ONLY = """Til: Jobcenter Nordby

Kære Sofie

Ole har været til tre behandlinger, og han kan nu løfte 10 kg.

Hilsen
Mette
Tlf. 21 43 65 87
"""


def test_a_first_name_alone_is_no_sender_name_in_the_summary_either(eng):
    res = check(eng, FIRST_NAME_ONLY)
    assert res.sender["name"] is None
    assert res.sender["reason"] == "first-name-only"
    assert "kontakt.navn" in fired(res)


def test_a_full_name_in_the_from_header_names_a_first_name_signature(eng):
    text = "Fra: Mette Kragh <mk@fysionord.dk>\nTil: Jobcenter Nordby\nEmne: Ole\n\n" + \
        FIRST_NAME_ONLY.split("\n", 2)[2]
    res = check(eng, text)
    assert res.sender["name"] == "Mette Kragh"
    assert "kontakt.navn" not in fired(res)


# -- a name ends at a comma or a column gap ----------------------------------------------------

@pytest.mark.parametrize(("signature", "name"), [
    ("Fra: Koordinator Lise Kragh, Tværfagligt Team, Nordby Kommune", "Lise Kragh"),
    ("Med venlig hilsen\n\nLise Kragh                Bo Nygaard Thomsen\nKoordinator               Jobkonsulent",
     "Lise Kragh"),
    ("Med venlig hilsen\nLise K. Kragh", "Lise K. Kragh")])
def test_a_name_ends_at_a_comma_or_a_column_gap(eng, signature, name):
    if signature.startswith("Fra:"):
        text = f"{signature}\nTil: Jobcenter Nordby\nEmne: Ole\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\nHilsen Lise\n"
    else:
        text = f"Til: Jobcenter Nordby\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\n{signature}\n"
    assert check(eng, text).sender["name"] == name


# -- function-mailbox grammar (lexicons/mailboxes.yaml keys) -----------------------------------

@pytest.mark.parametrize(("address", "department"), [
    ("rygteam@nordby.dk", True), ("smerteteamet@nordby.dk", True), ("team@nordby.dk", True),
    ("neurokir.amb@region.dk", True), ("ortopaed.sekr@region.dk", True),
    ("midt@fagforbund.dk", True), ("nord@akasse.dk", True),
    # personal: initials, a surname that is a compass word, a name
    ("amb@nordby.dk", False), ("anne.vest@nordby.dk", False), ("lise.nordahl@nordby.dk", False),
    ("steen@nordby.dk", False), ("mette.kragh@nordby.dk", False)])
def test_function_mailbox_grammar(eng, address, department):
    from linter.letter.sender import sender_reader

    assert sender_reader(eng.lexicons).email_is_department(address) is department


def test_a_unit_mailbox_in_the_signature_is_a_departments(eng):
    text = "Til: Jobcenter Nordby\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\nMed venlig hilsen\nLise Kragh\n" \
        "Tværfagligt Rygteam\nrygteam@nordby.dk\n"
    res = check(eng, text)
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [("rygteam@nordby.dk", False)]
    assert {"kontakt.email", "kontakt.afdeling"} <= fired(res)


# -- the author's own number or address in a sentence that goes on from a first-person one -----

CITIZEN = ("Til: Jobcenter Nordby\n\nHej Lotte\n\nJeg kan stadig ikke sidde ret længe.\n\n{line}\n\n"
           "Hilsen\nSanne Juul Madsen\n")


@pytest.mark.parametrize(("line", "phones", "emails"), [
    ("Jeg har fået en ny mobil. Nummeret er 31 42 53 64.", [("31425364", True)], []),
    ("Du må gerne ringe til mig på 31 42 53 64. Eller skriv til sanne.juul@postkassen.dk.",
     [("31425364", True)], [("sanne.juul@postkassen.dk", True)]),
    # a third party in the going-on sentence: not the author's
    ("Jeg har talt med min mand. Og hans nummer er 31 42 53 64.", [], []),
    # no going-on word: the number stands alone in its sentence
    ("Jeg har fået en ny mobil. Lægen har 31 42 53 64.", [], [])])
def test_a_going_on_sentence_keeps_the_first_person(eng, line, phones, emails):
    res = check(eng, CITIZEN.format(line=line))
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == phones
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == emails
