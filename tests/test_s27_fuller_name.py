"""The sender named short in a mail's From: field and in full under the text ("Fra: Lone Vang" … "Lone Friis Vang") is
reported by the fuller form; another person's name further on, or a shorter form, changes nothing (our own letters)."""

from __future__ import annotations

MAIL = """Fra: {short} <lfv@lindeby.dk>
Til: Jobcenter Lindeby <jobcenter@lindeby.dk>
Emne: Status på Ole Hansen

Hej

Ole Hansen har givet samtykke til, at jeg skriver. Han træner to gange om ugen og har det bedre.

Venlig hilsen
{signed}
Fysioterapeut
Direkte tlf. 40 27 15 93
"""


def _name(check_text, short: str, signed: str) -> str | None:
    return check_text(MAIL.format(short=short, signed=signed), only=set()).sender["name"]


def test_the_fuller_form_of_the_same_person(check_text):
    assert _name(check_text, "Lone Vang", "Lone Friis Vang") == "Lone Friis Vang"


def test_another_person_or_a_shorter_form_changes_nothing(check_text):
    assert _name(check_text, "Lone Vang", "Lone Vang") == "Lone Vang"
    assert _name(check_text, "Lone Friis Vang", "Lone Vang") == "Lone Friis Vang"
    assert _name(check_text, "Lone Vang", "Lone Marie Holm") == "Lone Vang"
