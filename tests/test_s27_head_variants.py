"""Stop 27's layout classes from the invariance bench on its dev sets (every letter here is our own):

- an internal note's head in a Word file's page header ("JOURNALNOTAT – Jobcenter …") still makes the note, written to
  no one, `generel` — as the same head in the text does;
- a certificate's issuer field ("Attestudsteder: Læge …", "Erklærende læge: …") names the author like "Udfyldt af:",
  so the contact lines under it are the author's, also when they are joined on one line.
"""

from __future__ import annotations

from docx_factory import build, p
from sender_helpers import sender_emails, sender_phones

from linter.readers import read_bytes

NOTE_HEAD = "JOURNALNOTAT – Jobcenter Aakjær, Sygedagpenge"
NOTE_BODY = ("Borger: Lasse Bro\nDato: 3. februar 2027\nNotat ved: Jesper Holt, sagsbehandler\n"
             "Emne: Telefonsamtale med fysioterapeut\n\nJeg talte i dag med Lasses fysioterapeut. Lasse træner to "
             "gange om ugen og har det bedre.\n\nAftale: Jeg ringer til fysioterapeuten igen i uge 12.\n")


def test_internal_note_head_in_the_page_header(engine):
    body = "".join(p(line) for line in NOTE_BODY.split("\n"))
    data = build(body, headers={"default": p(NOTE_HEAD)})
    res = engine.check_document(read_bytes(data, ".docx", "notat.docx"), only=set())
    assert (res.profile, res.profile_evidence.reason) == ("generel", "internal-note")


def test_internal_note_head_in_the_text(check_text):
    res = check_text(NOTE_HEAD + "\n\n" + NOTE_BODY, only=set())
    assert (res.profile, res.profile_evidence.reason) == ("generel", "internal-note")


CERTIFICATE = """STATUSERKLÆRING TIL JOBCENTRET
Svar på Jobcenter Lindebys spørgsmål af 3. februar 2027

{issuer}: Læge Birgit Moos Lund
Lægehuset Åvej, Åvej 3, 6600 Lindeby
{contact}

Patient: Lasse Bro, cpr. 120480-XXXX

Samtykke
Patienten har givet samtykke til denne erklæring.

1. Nuværende arbejde
Lagerarbejder, 37 timer om ugen, mange løft.

2. Funktionsniveau
Kan løfte 10 kg. Kan sidde i en time ad gangen.

Lindeby, 10. februar 2027

Birgit Moos Lund
Praktiserende læge
"""
LINES = "Direkte tlf.: 61 20 33 44\nE-mail: bml@laegehuset-aavej.dk"


def _details(check_text, issuer: str, contact: str):
    res = check_text(CERTIFICATE.format(issuer=issuer, contact=contact), only=set())
    return sender_phones(res), sender_emails(res)


def test_certificate_issuer_field_names_the_author(check_text):
    for issuer in ("Attestudsteder", "Erklærende læge"):
        for contact in (LINES, LINES.replace("\n", " · ")):
            phones, emails = _details(check_text, issuer, contact)
            assert ("61203344", True) in phones, (issuer, contact, phones)
            assert ("bml@laegehuset-aavej.dk", True) in emails, (issuer, contact, emails)


def test_a_sentence_about_the_patient_ends_the_head(check_text):
    """A short sentence opening with "Patienten"/"Borgeren" is text, not a head's "Patient:" field, and the one-word
    heading right above it ("Samtykke") is the text's first heading, no recipient's address."""
    res = check_text(CERTIFICATE.format(issuer="Attestudsteder", contact=LINES), only={"samtykke"})
    assert not [p for p in res.parties if p["kind"] == "recipient"], res.parties
    # the consent sentence is read as the letter's text
    assert not [f for f in res.findings if f.rule == "samtykke"]
    text = CERTIFICATE.format(issuer="Attestudsteder", contact=LINES).replace(
        "Patienten har givet samtykke til denne erklæring.", "Borgeren har sagt ja til denne erklæring.")
    res = check_text(text, only=set())
    assert not [p for p in res.parties if p["kind"] == "recipient"], res.parties
