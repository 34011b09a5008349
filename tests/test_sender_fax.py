"""Stop 26: a fax number is no phone (the lead's reading where RULES.md is silent: kontakt.telefon asks for "a number
for the sender" to call, and nobody can call the responsible professional on a fax). A number whose own label is a
fax's ("Fax 86 12 55 09", "Telefax:", "… (fax)"; cue `fax-label` in lexicons/letter/sender.yaml) neither satisfies
kontakt.telefon nor counts as a department's number for kontakt.afdeling, and the JSON sender does not list it; a
label a phone word shares with it ("Tlf./fax …", cue `fax-shared`) keeps it a phone. Every letter here is invented."""

from __future__ import annotations

import pytest

from tests.sender_helpers import sender_phones

BODY = ("Jobcenter Rødby\n\nVedr.: Søren Mikkelsen\n\nSøren har givet samtykke. Han kan arbejde fire timer om dagen "
        "med lette opgaver og må ikke løfte over 5 kg de næste fire uger. Vi ser ham igen om en måned.\n\n"
        "Med venlig hilsen\nKaren Bisgaard\nFysioterapeut\n")


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


def _listed(res) -> set[str]:
    return {p["number"] for p in res.sender["phones"]}


@pytest.mark.parametrize("line", ["Fax 54 60 11 29", "Fax: 54 60 11 29", "Telefax 54601129", "Faxnr. 54 60 11 29",
                                  "54 60 11 29 (fax)"])
def test_a_fax_alone_under_the_name_is_no_phone_and_kontakt_telefon_fires(check_text, line):
    res = check_text(BODY + line + "\nkbi@roedbyfys.dk\n", profile="sundhed-til-job")
    assert sender_phones(res) == set()
    assert "kontakt.telefon" in _rules(res)


@pytest.mark.parametrize("line", ["Direkte 54 60 11 22 · Fax 54 60 11 29", "Fax 54 60 11 29 · Direkte 54 60 11 22",
                                  "Tlf. 54 60 11 22, fax 54 60 11 29"])
def test_a_fax_beside_a_direct_line_leaves_the_personal_phone_only(check_text, line):
    res = check_text(BODY + line + "\n", profile="sundhed-til-job")
    assert sender_phones(res) == {("54601122", True)}
    assert "kontakt.telefon" not in _rules(res)


@pytest.mark.parametrize("label", ["Tlf./fax", "Tlf./fax:", "Telefon og fax:", "Fax/tlf."])
def test_a_label_shared_with_a_phone_word_keeps_the_number_a_phone(check_text, label):
    res = check_text(BODY + f"{label} 54 60 11 22\n", profile="sundhed-til-job")
    assert sender_phones(res) == {("54601122", True)}
    assert "kontakt.telefon" not in _rules(res)


def test_a_letterhead_fax_beside_the_switchboard_is_not_listed_the_switchboard_is_the_department(check_text):
    head = "Træningscenter Lolland\nStrandvej 4, 4970 Rødby\nOmstilling 54 60 10 00 · Fax 54 60 10 09\n\n"
    res = check_text(head + BODY, profile="sundhed-til-job")
    assert sender_phones(res) == {("54601000", False)}
    assert {"kontakt.telefon", "kontakt.afdeling"} <= _rules(res)


def test_a_fax_is_no_department_number_for_kontakt_afdeling(check_text):
    # a letterhead with a fax and nothing else to call: no department's detail is given, so the letter does not give
    # "only department details" (kontakt.afdeling), while kontakt.telefon still misses a number
    head = "Træningscenter Lolland\nStrandvej 4, 4970 Rødby\nFax 54 60 10 09\n\n"
    res = check_text(head + BODY, profile="sundhed-til-job")
    assert sender_phones(res) == set()
    assert "kontakt.telefon" in _rules(res)
    assert "kontakt.afdeling" not in _rules(res)


def test_a_town_named_faxe_is_no_fax_label(check_text):
    text = BODY.replace("Fysioterapeut\n", "Fysioterapeut, Jobcenter Faxe 56 20 30 41\n")
    res = check_text(text, profile="sundhed-til-job")
    assert "56203041" in _listed(res)


# -- a hard-wrapped letterhead: the address line stays the letterhead's, a fax label cut off at the line end stays
# the number's label

WRAPPED_HEAD = ("Ryg- og Ledklinikken Nørreby v/ speciallæge Hans Toft Kjær\n"
                "Skovbrynet 12, 7100 Nørreby · Tlf. 75 80 11 20 · {label}\n"
                "75 80 11 29 · CVR 31425364\n\nTil: Jobcenter Nørreby, Sygedagpenge\n\nNørreby, 3. marts 2026\n\n"
                "Vedr.: Søren Mikkelsen\n\nSøren Mikkelsen har givet samtykke. Han kan arbejde fire timer om\n"
                "dagen med lette opgaver og må ikke løfte over 5 kg de næste\nfire uger. Han bør have en pause hver "
                "time, og vi ser ham\nigen om en måned til en ny vurdering af hans arbejdsevne.\n\n"
                "Med venlig hilsen\n\nHans Toft Kjær\nSpeciallæge i reumatologi\nDirekte: 40 21 33 55\n")


def test_a_fax_label_wrapped_to_the_line_end_is_still_the_numbers(check_text):
    res = check_text(WRAPPED_HEAD.format(label="Fax"), profile="sundhed-til-job")
    assert sender_phones(res) == {("75801120", False), ("40213355", True)}


def test_a_phone_label_wrapped_to_the_line_end_keeps_the_number_a_phone(check_text):
    """Near miss: the label cut off at the line end is a phone's, so the number under it is one."""
    res = check_text(WRAPPED_HEAD.format(label="Tlf./fax"), profile="sundhed-til-job")
    assert ("75801129", False) in sender_phones(res)
