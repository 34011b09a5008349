"""Where a block stands in the letter: the zones and the named scopes rules may declare.

`Zone` is a `StrEnum`, so a zone compares equal to its stable name ("signature") as used in
JSON, tests and older code. Scopes are sets of zones defined once; rule YAML names them
(`scope: [body, ~quoted]`), and `in_scope` answers for a zone.
"""

from __future__ import annotations

from enum import StrEnum


class Zone(StrEnum):
    LETTERHEAD = "letterhead"
    RECIPIENT = "recipient"
    META = "meta"  # date, subject, case number, service lines above the letter
    GREETING = "greeting"
    BODY = "body"
    CLOSING = "closing"
    SIGNATURE = "signature"
    EMAIL_SENDER = "email-sender"  # the Fra: line of an e-mail header
    EMAIL_HEADER = "email-header"  # the other fields of an e-mail header
    QUOTED = "quoted"  # an earlier mail below the letter: counts for nothing
    PAGE_HEADER = "page-header"
    PAGE_FOOTER = "page-footer"
    CONTACT = "contact"  # a sender's contact line in the text ("Kontaktperson: …", under "Kontakt")
    PARTICIPANTS = "participants"  # the participant list of minutes


SCOPES: dict[str, frozenset[Zone]] = {
    "sender": frozenset({Zone.LETTERHEAD, Zone.SIGNATURE, Zone.EMAIL_SENDER, Zone.PAGE_HEADER, Zone.PAGE_FOOTER,
                         Zone.CLOSING, Zone.CONTACT}),
    "recipient": frozenset({Zone.RECIPIENT, Zone.EMAIL_HEADER, Zone.GREETING}),
    # where a capitalised word may be (part of) an organisation's name ("Rehabiliteringsteamet, Kolding
    # Kommune"): the sender's blocks without the closing
    "organisation": frozenset({Zone.LETTERHEAD, Zone.SIGNATURE, Zone.CONTACT, Zone.PAGE_HEADER, Zone.PAGE_FOOTER,
                               Zone.EMAIL_SENDER}),
    "head": frozenset({Zone.LETTERHEAD, Zone.RECIPIENT, Zone.META, Zone.EMAIL_SENDER, Zone.EMAIL_HEADER}),
    "body": frozenset({Zone.GREETING, Zone.BODY}),
    "text": frozenset({Zone.GREETING, Zone.BODY, Zone.META, Zone.CLOSING, Zone.PARTICIPANTS, Zone.CONTACT}),
    "all": frozenset(Zone),
    **{z.value: frozenset({z}) for z in Zone},
}


def parse_scope(items: list[str]) -> tuple[frozenset[Zone], frozenset[Zone]]:
    """(included, excluded) zones of a `scope:` list; "~name" excludes. Raises KeyError on an unknown name."""
    inc: set[Zone] = set()
    exc: set[Zone] = set()
    for item in items:
        neg = item.startswith("~")
        (exc if neg else inc).update(SCOPES[item[1:] if neg else item])
    return frozenset(inc or SCOPES["all"]), frozenset(exc)


def in_scope(zone: str, scope: tuple[frozenset[Zone], frozenset[Zone]]) -> bool:
    inc, exc = scope
    return zone in inc and zone not in exc
