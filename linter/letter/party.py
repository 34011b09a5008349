"""The parties of a letter as plain typed data: who they are and which contact details are theirs.

Built once per letter by `linter/letter/people.py` (`letter_parties`) and read by the engine for
`FileResult.parties`; every attribution carries a short reason code (see lexicons/README.md,
"letter/parties.yaml", and docs/architecture.md for the list).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PartyKind(StrEnum):
    SENDER = "sender"
    RECIPIENT = "recipient"
    CITIZEN = "citizen"
    OTHER = "other"  # a relative, an employer's contact, another professional named in the letter


@dataclass(frozen=True, slots=True)
class Detail:
    """A phone number or e-mail address that belongs to a party, and why."""

    value: str  # digits of the number / the address in lower case / a placeholder as written
    start: int  # span in the analysed text
    end: int
    reason: str


@dataclass(slots=True)
class Party:
    kind: PartyKind
    reason: str  # why this party is in the letter (the cue that named it)
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    name_span: tuple[int, int] | None = None
    phones: list[Detail] = field(default_factory=list)
    emails: list[Detail] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The shape of one entry of `FileResult.parties` (JSON `parties`)."""
        return {"kind": self.kind.value, "name": self.name, "role": self.role, "organisation": self.organisation,
                "phones": [{"number": d.value, "reason": d.reason} for d in self.phones],
                "emails": [{"address": d.value, "reason": d.reason} for d in self.emails],
                "reason": self.reason}
