"""A template placeholder in the signature: a field for the sender's name («Sagsbehandler_navn»,
{{underskrift}}) stands for a name and satisfies kontakt.navn; a role alone («Sagsbehandler»,
{{sagsbehandler}}) is no name (RULES.md kontakt.navn), so kontakt.navn fires."""

from __future__ import annotations

import pytest

TEMPLATE = ("Jobcenter Sønderby\nTorvet 2, 6100 Sønderby\n\nTil: Lægehuset Bakken\n\nKære læge\n\n"
            "Hvor længe kan borgeren sidde ad gangen?\n\nMed venlig hilsen\n\n{sign}\n"
            "Sygedagpengeteamet\nJobcenter Sønderby · tlf. 70 20 30 40 · jobcenter@soenderby.dk\n")


def _fired(check_text, sign: str) -> set[str]:
    res = check_text(TEMPLATE.format(sign=sign), profile="job-til-sundhed")
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


@pytest.mark.parametrize("sign", ["«Sagsbehandler»", "{{sagsbehandler}}", "[Sagsbehandler]"])
def test_role_placeholder_is_no_name(check_text, sign):
    assert "kontakt.navn" in _fired(check_text, sign)


@pytest.mark.parametrize("sign", ["«Sagsbehandler_navn»", "{{sagsbehandler_navn}}", "[INDSÆT NAVN]"])
def test_name_field_placeholder_counts(check_text, sign):
    assert "kontakt.navn" not in _fired(check_text, sign)


LETTER = ("Jobcenter Sønderby\nTorvet 2, 6100 Sønderby\n\nTil: Lægehuset Bakken\n\nKære læge\n\n"
          "Hvor længe kan borgeren sidde ad gangen?\n\nMed venlig hilsen\n\n{sign}\nSagsbehandler\n{details}\n")


@pytest.mark.parametrize("details", ["Direkte tlf. 70 20 31 77", "mobil 21 43 65 87\nbiha@soenderby.dk"])
def test_name_field_beside_own_filled_in_details_is_a_blank(check_text, details):
    """A letter: the writer filled in their own number or address but left the name field: no name."""
    text = LETTER.format(sign="«Sagsbehandler_navn»", details=details)
    res = check_text(text, profile="job-til-sundhed")
    assert "kontakt.navn" in {f.rule for f in res.findings}
    as_template = check_text(text, profile="job-til-sundhed", template=True)
    assert "kontakt.navn" not in {f.rule for f in as_template.findings}


def test_name_field_beside_fields_or_department_details_still_counts(check_text):
    text = LETTER.format(sign="{{sagsbehandler_navn}}", details="Direkte tlf. «Telefon»\nE-mail: «Email»")
    assert "kontakt.navn" not in {f.rule for f in check_text(text, profile="job-til-sundhed").findings}
