"""A form's head field whose label names its party in parentheses ("Sagsbehandler (afsender): …", "Kontaktperson i
klinikken (modtager): …") is that party's field, like "Fra:" and "Til:": the recipient's contact lines under it are
no sender's details, and the direction follows the two parties (every letter here is our own)."""

from __future__ import annotations

from sender_helpers import sender_emails, sender_phones

FORM = """JOBCENTER LINDEBY
Forespørgsel til fysioterapeut

Borger: Aksel Brun          CPR-nr.: 110385-XXXX

Sagsbehandler (afsender): Nanna Vestergaard
  Direkte tlf.: 45 12 67 89
  E-mail: nave@lindeby.dk
Kontaktperson i Fysioklinikken Åen (modtager): Peter Dahl
  Tlf.: 45 98 10 10 · E-mail: peter.dahl@fysio-aaen.dk

Samtykke: Aksel har givet samtykke den 2. februar 2026.

Vi vil gerne vide:
1) Hvor meget kan Aksel løfte nu?
2) Hvor længe forventer du, at forløbet varer?

Svarfrist: senest den 1. marts 2026.

Formål: Vi skal vurdere, om Aksel kan starte på nedsat tid som flyttemand.

Med venlig hilsen
Nanna Vestergaard
"""


def test_recipients_field_is_no_sender_detail(check_text):
    res = check_text(FORM)
    assert res.profile == "job-til-sundhed"
    assert res.sender["name"] == "Nanna Vestergaard"
    phones = {n.replace(" ", "") for n, _ in sender_phones(res)}
    emails = {a for a, _ in sender_emails(res)}
    assert "45981010" not in phones and "peter.dahl@fysio-aaen.dk" not in emails
    assert "45126789" in phones and "nave@lindeby.dk" in emails


def test_marked_sender_field_after_the_recipients(check_text):
    # the recipient's field first, then the sender's marked field: still two parties
    mine = "Sagsbehandler (afsender): Nanna Vestergaard\n  Direkte tlf.: 45 12 67 89\n  E-mail: nave@lindeby.dk\n"
    theirs = ("Kontaktperson i Fysioklinikken Åen (modtager): Peter Dahl\n"
              "  Tlf.: 45 98 10 10 · E-mail: peter.dahl@fysio-aaen.dk\n")
    text = FORM.replace(mine + theirs, theirs + mine)
    assert text != FORM
    res = check_text(text)
    assert res.profile == "job-til-sundhed"
    assert sender_emails(res) == {("nave@lindeby.dk", True)}
