"""A mail whose greeting's paragraph carries the whole message ("Hej Ib. Må …") and that ends, with no closing
phrase, in a name line and a title/phone line: those last short lines are the signature, and the author's name
and mobile number there count (RULES.md "Sender's contact details"), also when sent from a function mailbox."""

from __future__ import annotations

from kontakt_rules import KONTAKT
from sender_helpers import sender_phones

MAIL = ("Fra: Sygedagpengeteamet – Jobcenter Lindeby <sygedagpenge@lindeby.dk>\nTil: klinik@laegehuset-aaen.dk\n"
        "Emne: Spørgsmål om Ole Bak\n\n"
        "Hej Ib. Ole Bak har sagt ja til, at jeg spørger dig. Kan han stå ved et samlebånd fire timer om dagen nu, "
        "og må han løfte kasser på ti kilo? Jeg skal bruge svaret til en samtale fredag, så skriv gerne inden.\n\n"
        "{sign}\n")


def test_name_and_title_line_after_a_greeting_paragraph_are_the_signature(check_text):
    res = check_text(MAIL.format(sign="Line Sø-Madsen\nSagsbehandler · mobil 31 42 53 64"),
                     profile="job-til-sundhed", only=KONTAKT)
    assert {f.rule for f in res.findings} == {"kontakt.email"}  # the function mailbox is no personal address
    assert res.sender["name"] == "Line Sø-Madsen"
    assert ("31425364", True) in sender_phones(res)


def test_a_bare_greeting_leaves_the_short_lines_the_text(engine):
    """Only "Hej Ib." above the short lines: they are the whole text, not a signature (the guard holds)."""
    from linter.readers import read_bytes

    text = ("Fra: sygedagpenge@lindeby.dk\nTil: klinik@laegehuset-aaen.dk\n\nHej Ib.\n\n"
            "Line Sø-Madsen\nSagsbehandler · mobil 31 42 53 64\n")
    a = engine.analyse(read_bytes(text.encode("utf-8"), ".txt", "brev.txt"))
    assert a.structure.zones[a.block_index(a.text.index("Line"))] == "body"
