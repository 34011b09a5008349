"""`contact`: the sender's name, phone and personal e-mail must be present.

A short reader of the letter model's sender party (linter/letter/sender.py): who the sender
is, and which numbers and addresses are theirs, personal or a department's, each with a reason
code. See RULES.md "Sender's contact details". A finding carries the reason codes as evidence and
is placed where the fix belongs (the sender's signature or block; `kontakt.afdeling` on the first
department number or mailbox); `requirement` gives the checklist entry with the span that
satisfied the rule. A template field for a contact fact («Telefon», {{ afsender.email }}) stands in the place of
the fact in a template and in a sender block of fields; in a letter whose writer has filled in their own name it is
a blank left behind, and gives no number or address (`skabelon.pladsholder` reports it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from linter.kinds.base import Context, Kind, Param
from linter.letter.parties import sender_block_span
from linter.letter.sender import SenderModel, sender_reader
from linter.model import CheckItem


class ContactKind(Kind):
    name = "contact"
    document_level = True
    params = {"require": Param(str, required=True, choices=("name", "phone", "email", "personal"))}

    def prepare(self) -> None:
        """Validate at load what the sender reader uses (cue lexicons, mailbox patterns)."""
        self._reader = sender_reader(self.lexicons)

    def email_is_department(self, value: str) -> bool:
        return self._reader.email_is_department(value)

    def verdict(self, a) -> SenderModel:
        return self._reader.verdict(a)

    def _satisfied(self, v: SenderModel, a, template: bool = False) -> tuple[bool, tuple[int, int] | None, list[str]]:
        """(missing, span that satisfied the rule, reason codes)."""
        need = self.p["require"]
        if need == "name":
            # RULES.md: a first name alone ("Hilsen Mette") is no name unless a surname is given
            # somewhere in the sender's part (a full name in the Fra: header counts)
            span, why = v.full_name(a)
            if span is not None and why == "placeholder" and not template and (_details_filled_in(v) or _sent_mail(a)):
                # a letter whose writer has filled in their own number or address under a name field
                # («Sagsbehandler_navn» / Direkte tlf. 72 14 62 19), or a mail sent from a real address ("Fra: Team
                # Sygedagpenge <sygedagpenge@…>" over «Sagsbehandler_navn»): the field is a blank left behind, no name
                return True, None, ["name-field-left-blank"]
            if span is not None:
                return False, span, [f"name:{why}"]
            return True, None, [why]
        if not template:
            v = _filled_in_model(v, a)
        if need in ("phone", "email"):
            found = v.phones if need == "phone" else v.emails
            own = [x for x in found if x.personal]
            if own:
                return False, (own[0].start, own[0].end), [f"personal-{need}:{own[0].reason}"]
            dept = [f"department-{need}:{x.reason}" for x in found]
            # a named secretary's own line beside the signature ("Sekretær: Gitte Holm, tlf. …") was read and left
            # out as another person's: said, so the finding shows why that number or address did not count
            other = [f"other-person-{need}:{x.reason}" for x in v.declined
                     if x.reason == "named-assistant" and ("@" in x.value) == (need == "email")]
            return True, None, [f"no-personal-{need}", *dict.fromkeys(dept), *dict.fromkeys(other)]
        # "personal": only department details given
        dept = [*v.phones, *v.emails]
        own = [x for x in dept if x.personal]
        if own or not dept:
            span = (own[0].start, own[0].end) if own else None
            other = [f"other-person:{x.reason}" for x in v.declined if x.reason == "named-assistant"]
            return False, span, ["personal-detail" if own else "no-contact-details", *dict.fromkeys(other)]
        first = min(dept, key=lambda x: x.start)
        return True, (first.start, first.end), ["only-department-details",
                                                *dict.fromkeys(f"department:{x.reason}" for x in dept)]

    def check(self, a, ctx: Context) -> Iterable:
        missing, span, evidence = self._satisfied(self.verdict(a), a, ctx.template)
        if missing:
            yield self.finding(ctx, evidence=evidence, anchor=span or sender_block_span(a))

    def requirement(self, a, ctx: Context) -> CheckItem | None:
        missing, span, evidence = self._satisfied(self.verdict(a), a, bool(ctx and ctx.template))
        if missing and span is None:
            span = sender_block_span(a)  # where the fix belongs
        start, end = span if span else (-1, -1)
        return CheckItem(rule=self.rule.id, status="missing" if missing else "ok", start=start, end=end,
                         evidence=evidence)


def _sent_mail(a) -> bool:
    """The letter is a mail already sent: its `Fra:` header gives a written-out address, no template field."""
    return any(z == "email-sender" and "@" in a.blocks[i].text and not a.placeholders(i)
               for i, z in enumerate(a.structure.zones))


def _details_filled_in(v: SenderModel) -> bool:
    """The writer has given a personal number or address of their own (written out, not a template field)."""
    return any(x.personal and not x.field for x in (*v.phones, *v.emails))


def _filled_in_model(v: SenderModel, a) -> SenderModel:
    """The sender model as a letter's contact rules read it: where the writer has filled in their own name, a field
    left beside it («Direkte_telefon») is no contact detail. Once per letter and model (the four contact rules ask
    twice each: their finding and their checklist entry)."""
    got = a.memo.get("contact.filled_in")
    if got is not None and got[0] is v:
        return got[1]  # type: ignore[no-any-return]
    w = replace(v, phones=[x for x in v.phones if not x.field],
                emails=[x for x in v.emails if not x.field]) if v.filled_in(a) else v
    a.memo["contact.filled_in"] = (v, w)
    return w
