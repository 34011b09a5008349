"""A form's memo head naming the sender's contact person under its "Fra:" field ("Sagsbehandler: …",
"Kontaktperson: …"): the contact lines under that person are still the sender's, not the form's content.
Invented letters only."""

from __future__ import annotations

import pytest

BODY = ("Borger: Jonas Vestergaard\nSygemeldt siden: 4. februar 2026\n\n"
        "Vi beder om en vurdering af, hvad Jonas kan klare i dag, og hvilke hensyn han har brug for.\n"
        "Vi bruger svaret til at planlægge en gradvis tilbagevenden til hans arbejde som lagerarbejder.\n\n"
        "Svar venligst senest den 20. marts 2026.\n\nVenlig hilsen\nPernille Thorsen\n")


def _phones(res) -> list[tuple[str, bool]]:
    return [(p["number"], p["personal"]) for p in res.sender["phones"]]


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


@pytest.mark.parametrize("label", ["Sagsbehandler:", "Kontaktperson:", "Din sagsbehandler:"])
def test_a_contact_person_under_the_from_field_keeps_the_contact_lines_the_senders(check_text, label):
    res = check_text("ANMODNING OM LÆGEATTEST\n\nTil: Lægerne i Torvegade\nFra: Jobcenter Vesthavn, Sygedagpenge\n"
                     f"{label} Pernille Thorsen\nTelefon (direkte): 72 14 55 90\nOmstilling: 72 14 50 00\n"
                     f"E-mail: peth@vesthavn.dk\n\n{BODY}")
    assert res.sender["name"] == "Pernille Thorsen"
    assert _phones(res) == [("72145590", True), ("72145000", False)]
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [("peth@vesthavn.dk", True)]
    assert not {"kontakt.telefon", "kontakt.email"} & _rules(res)


def test_the_forms_content_fields_under_the_contact_person_are_no_senders_details(check_text):
    res = check_text("Til: Lægerne i Torvegade\nFra: Jobcenter Vesthavn\nSagsbehandler: Pernille Thorsen\n"
                     "Tlf.: 72 14 55 90\nBorger: Jonas Vestergaard, tlf. 28 41 63 07\n\n" + BODY)
    assert _phones(res) == [("72145590", True)]


def test_a_caseworker_under_the_to_field_is_the_recipients(check_text):
    res = check_text("Til: Jobcenter Vesthavn\nSagsbehandler: Ole Brink\nFra: Lægerne i Torvegade\n\n"
                     "Kære Ole Brink\n\nJonas Vestergaard kan arbejde fire timer om dagen uden tunge løft.\n\n"
                     "Venlig hilsen\nLæge Sofie Krag\nTlf. 86 12 34 56\n")
    assert res.sender["name"] == "Sofie Krag"
    assert "Ole Brink" not in (res.sender["name"] or "")
