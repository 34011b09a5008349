"""Where each block stands in the letter: letterhead, recipient, meta (date, subject),
greeting, body, closing, signature, e-mail header, quoted mail.

Rules ask "is this the sender's part?" (contact details) or "is this the body?"
(LIX, required content); answering it once here keeps the rules simple.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.model import Block

GREETING = re.compile(
    r"^(kære|hej|hejsa|goddag|god dag|til rette vedkommende|dear|hello|hi)\b", re.IGNORECASE)
CLOSING = re.compile(
    r"^(med (venlig|venligst|de bedste) hilsen?|venlig(st)? hilsen|de bedste hilsner|bedste hilsner|"
    r"mange hilsner|hilsen|kh|mvh|vh|m\.v\.h\.|kind regards|best regards|på forhånd tak)\b\.?",
    re.IGNORECASE)
HEADER_FIELD = re.compile(r"^(fra|til|cc|bcc|sendt|dato|emne|from|to|sent|date|subject)\s*:", re.I)
SENDER_FIELD = re.compile(r"^(fra|from)\s*:", re.I)
RECIPIENT_START = re.compile(r"^(til|att\.?|attention|modtager|cc)\b\s*:?", re.I)
META = re.compile(
    r"^(vedr\.?|vedrørende|emne|sagsnr\.?|sags?nummer|j\.?\s?nr\.?|cpr|dato|journalnr|deres ref|vores ref|"
    r"ref\.?)\b|^\S+,\s+(den\s+)?\d{1,2}\.|^(den\s+)?\d{1,2}\.\s*\w+\s+\d{4}$|^\d{1,2}\.\d{1,2}\.\d{2,4}$",
    re.I)
QUOTE_START = re.compile(
    r"^(-{2,}\s*(original|oprindelig|videresendt|forwarded)|>|den .* skrev:|.* wrote:)", re.I)
SIGN_OFF = re.compile(r"^(referent|underskrevet|sign\.)\s*:", re.I)

LETTERHEAD, RECIPIENT, META_ZONE, GREETING_ZONE = "letterhead", "recipient", "meta", "greeting"
BODY, CLOSING_ZONE, SIGNATURE, EMAIL_SENDER = "body", "closing", "signature", "email-sender"
EMAIL_OTHER, QUOTED, PAGE_HEADER, PAGE_FOOTER = "email-header", "quoted", "page-header", "page-footer"

SENDER_ZONES = {LETTERHEAD, SIGNATURE, EMAIL_SENDER, PAGE_HEADER, PAGE_FOOTER, CLOSING_ZONE}


@dataclass(slots=True)
class Structure:
    zones: list[str]
    greeting: int | None
    closing: int | None

    def is_sender(self, i: int) -> bool:
        return self.zones[i] in SENDER_ZONES

    def body_blocks(self) -> list[int]:
        """Indices of the body: greeting and running text up to the closing."""
        return [i for i, z in enumerate(self.zones) if z in (GREETING_ZONE, BODY)]


def analyse_structure(blocks: list[Block]) -> Structure:
    n = len(blocks)
    zones = [BODY] * n
    flow = [i for i, b in enumerate(blocks) if b.part not in ("header", "footer")]
    for i, b in enumerate(blocks):
        if b.part == "header":
            zones[i] = PAGE_HEADER
        elif b.part == "footer":
            zones[i] = PAGE_FOOTER

    # quoted mail: everything after the first quote marker
    quote_at = next((i for i in flow if QUOTE_START.match(blocks[i].text.strip())), None)
    if quote_at is not None:
        for i in flow:
            if i >= quote_at:
                zones[i] = QUOTED
        flow = [i for i in flow if i < quote_at]

    # e-mail header at the top
    pos = 0
    while pos < len(flow) and HEADER_FIELD.match(blocks[flow[pos]].text.strip()):
        i = flow[pos]
        zones[i] = EMAIL_SENDER if SENDER_FIELD.match(blocks[i].text.strip()) else EMAIL_OTHER
        pos += 1
    email = pos > 0
    rest = flow[pos:]

    limit = max(1, int(len(rest) * 0.7))
    greeting = next((i for i in rest[:limit] if GREETING.match(blocks[i].text.strip())), None)
    closing = None
    for i in reversed(rest):
        if (greeting is None or i > greeting) and CLOSING.match(blocks[i].text.strip()):
            closing = i
            break

    head = [i for i in rest if greeting is not None and i < greeting]
    if greeting is None:
        # no greeting: the letter head ends at the first long prose line
        head = []
        for i in rest:
            t = blocks[i].text.strip()
            if len(t.split()) > 12 and t[-1:] in ".?!":
                break
            head.append(i)
        if len(head) == len(rest):
            head = []  # no prose line at all (a snippet, a note): nothing is a letterhead
    _zone_head(blocks, head, zones, email)
    if greeting is not None:
        zones[greeting] = GREETING_ZONE
    if closing is not None:
        zones[closing] = CLOSING_ZONE
        for i in rest:
            if i > closing:
                zones[i] = SIGNATURE
    else:
        for i in rest:
            if SIGN_OFF.match(blocks[i].text.strip()):
                zones[i] = SIGNATURE
    return Structure(zones=zones, greeting=greeting, closing=closing)


def _zone_head(blocks: list[Block], head: list[int], zones: list[str], email: bool) -> None:
    groups: list[list[int]] = []
    for i in head:
        if groups and blocks[groups[-1][-1]].group == blocks[i].group:
            groups[-1].append(i)
        else:
            groups.append([i])
    seen_sender = email
    seen_recipient = False
    for g in groups:
        first = blocks[g[0]].text.strip()
        if RECIPIENT_START.match(first) or any(RECIPIENT_START.match(blocks[i].text.strip()) and
                                               blocks[i].text.strip().lower().startswith(("att", "til:"))
                                               for i in g):
            zone = RECIPIENT
            seen_recipient = True
        elif all(META.match(blocks[i].text.strip()) for i in g) or (seen_sender and seen_recipient):
            zone = META_ZONE
        elif not seen_sender:
            zone = LETTERHEAD
            seen_sender = True
        elif not seen_recipient:
            zone = RECIPIENT
            seen_recipient = True
        else:
            zone = META_ZONE
        for i in g:
            t = blocks[i].text.strip()
            zones[i] = META_ZONE if zone != RECIPIENT and META.match(t) and zone != LETTERHEAD else zone
            if zone == LETTERHEAD and META.match(t) and not any(ch.isdigit() for ch in t[:3]):
                zones[i] = META_ZONE
