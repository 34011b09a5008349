"""Stop 27 sender-attribution classes: a unit's number taken for the author's (every letter here is invented):

- a number labelled with a unit's name in the genitive of its definite form ("Afsnittets telefon:", "Teamets tlf.",
  "Sengeafsnittets nummer") is the unit's, also under the signer's name (RULES.md kontakt.telefon: a general number
  does not count); a person named after such a word ("afsnittets sygeplejerske Anne Holm, tlf. …") keeps the number;
- a plain number with opening hours ("Tlf. … (hverdage 9-15)") under a name whose only e-mail addresses are function
  mailboxes (post@…) is the organisation's service line; beside a personal address, or with a direct-line label, it
  stays the signer's (RULES.md: "direkte …, kl. 8-10" counts);
- a line open round the clock ("døgnet rundt") is a unit's, never a person's.
"""

from __future__ import annotations

import pytest

WARD_BODY = ("Orientering ved udskrivelse – Per Lund, cpr. 110472-XXXX\n\n"
             "Per blev opereret i knæet den 2. maj 2026 og udskrives i dag. Per har givet samtykke til, at vi "
             "skriver til jer. Han arbejder som tagdækker. Han kan gå 500 meter og må ikke løfte over 5 kg de "
             "næste fire uger. Genoptræningen varer ca. otte uger. Vi forventer, at han kan vende tilbage til sit "
             "job, når genoptræningen er slut.\n\nMed venlig hilsen\n\n")
WARD_HEAD = ("Vestby Sygehus\nKirurgisk Sengeafsnit K2\nSkolevej 8, 7400 Vestby\n\n"
             "Til: Jobcenter Vestby, Sygedagpenge\n\nVestby, 5. maj 2026\n\n")

AKASSE = ("Fra: A-kassen Sydøst <{mail}>\nTil: sygedagpenge@vestby.dk\nSendt: 5. maj 2026 09:12\n"
          "Emne: Medlem Ida Kjær – syg under ledighed\n\nTil Jobcenter Vestby\n\n"
          "Vores medlem Ida Kjær, cpr-nr. 030381-XXXX, har meldt sig syg den 28. april 2026. Hun er ledig og får "
          "dagpenge fra os. Ida har givet lov til, at vi skriver til jer.\n\nVi vil gerne vide, om hun nu får "
          "sygedagpenge fra kommunen. Vi skal bruge svaret, så vi kan stoppe dagpengene på den rigtige dato.\n\n"
          "Med venlig hilsen\nLars Dyhr\nMedlemsrådgiver\nA-kassen Sydøst\n{phone}\n{mail}\n")


def _phones(res) -> dict[str, bool]:
    return {p["number"]: p["personal"] for p in res.sender["phones"]}


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


# -- a unit's genitive as the number's label -------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Afsnittets telefon:", "Sengeafsnittets nummer", "Teamets tlf.", "Afsnittets:"])
def test_a_number_labelled_with_the_units_genitive_is_the_units(check_text, label):
    text = WARD_HEAD + WARD_BODY + f"Mads Kirk\nSygeplejerske, Kirurgisk Sengeafsnit K2\n{label} 76 20 41 00\n" \
        "E-mail: kirurgi.k2@region-vest.dk\n"
    res = check_text(text)
    assert _phones(res) == {"76204100": False}
    assert {"kontakt.telefon", "kontakt.afdeling"} <= _rules(res)


def test_a_person_named_after_the_units_genitive_keeps_the_number(check_text):
    text = WARD_HEAD + WARD_BODY + "Afsnittets kontaktsygeplejerske Mads Kirk, tlf. 76 20 41 37\n" \
        "E-mail: kirurgi.k2@region-vest.dk\n"
    res = check_text(text)
    assert _phones(res) == {"76204137": True}
    assert "kontakt.telefon" not in _rules(res)


def test_the_signers_mobile_beside_the_units_number_is_the_signers(check_text):
    text = WARD_HEAD + WARD_BODY + "Mads Kirk\nSygeplejerske\nAfsnittets telefon: 76 20 41 00\n" \
        "Mobil: 22 61 48 37\nE-mail: kirurgi.k2@region-vest.dk\n"
    res = check_text(text)
    assert _phones(res) == {"76204100": False, "22614837": True}
    assert not _rules(res) & {"kontakt.telefon", "kontakt.afdeling"}


def test_a_line_open_round_the_clock_is_the_units(check_text):
    text = WARD_HEAD + WARD_BODY + "Mads Kirk\nSygeplejerske\nTlf. 76 20 41 00 (døgnet rundt)\n" \
        "E-mail: mads.kirk@region-vest.dk\n"
    res = check_text(text)
    assert _phones(res) == {"76204100": False}
    assert "kontakt.telefon" in _rules(res)


# -- a number with opening hours beside only a function mailbox ------------------------------------------------------

@pytest.mark.parametrize("phone", ["Tlf. 70 11 22 40 (hverdage 9-15)", "Telefon 70 11 22 40 (man-fre kl. 9-14)"])
def test_a_number_with_hours_beside_only_a_function_mailbox_is_the_organisations(check_text, phone):
    res = check_text(AKASSE.format(mail="post@akasse-sydost.dk", phone=phone))
    assert res.sender["name"] == "Lars Dyhr"
    assert _phones(res) == {"70112240": False}
    assert {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"} <= _rules(res)


def test_a_number_with_hours_beside_a_personal_address_stays_the_signers(check_text):
    text = AKASSE.format(mail="lady@akasse-sydost.dk", phone="Tlf. 70 11 22 47 (hverdage 9-15)")
    res = check_text(text)
    assert _phones(res) == {"70112247": True}
    assert not _rules(res) & {"kontakt.telefon", "kontakt.afdeling"}


def test_a_direct_line_with_hours_beside_a_function_mailbox_stays_the_signers(check_text):
    res = check_text(AKASSE.format(mail="post@akasse-sydost.dk", phone="Direkte tlf. 70 11 22 47 (hverdage 9-15)"))
    assert _phones(res) == {"70112247": True}
    assert "kontakt.telefon" not in _rules(res)
    assert "kontakt.afdeling" not in _rules(res)


def test_a_plain_number_without_hours_under_the_name_stays_the_signers(check_text):
    res = check_text(AKASSE.format(mail="post@akasse-sydost.dk", phone="Tlf. 70 11 22 47"))
    assert _phones(res) == {"70112247": True}
    assert "kontakt.telefon" not in _rules(res)
