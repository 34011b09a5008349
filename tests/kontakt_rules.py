"""The kontakt.* rules, shared by the contact tests (tests/test_contact.py, tests/test_emails.py)."""

KONTAKT = {"kontakt.navn", "kontakt.telefon", "kontakt.email", "kontakt.afdeling"}
