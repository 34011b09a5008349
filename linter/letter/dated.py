"""The letter's own date: the first date in its head (date line, e-mail "Sendt:"), memoised per letter; with
none there, a date field of its own elsewhere ("Dato: 8.12.2026" at a form's foot, above the signature).

A service line a secure-mail system or printer put above the letter ("Sikker e-mail – udskrevet
03.03.2026", lexicons/letter/service-lines.yaml) dates the printout, not the letter: its date counts
only when the head has no other.

A letter-model notion (it reads the zones); the cues that keep a subject line's or a head field's
birth date from counting are data (lexicons/letter/layout.yaml: `subject-line`, `birth-date`).
"""

from __future__ import annotations

import datetime as dt

from linter.analysis.dates import parse_date
from linter.letter.cues import letter_cues
from linter.letter.structure import BIRTH_DATE, OWN_DATE_FIELD, SUBJECT_LINE, unframed
from linter.letter.zones import SCOPES, Zone

_HEAD = SCOPES["head"] | {Zone.GREETING}  # where a letter states its own date


def letter_date(a) -> dt.date | None:
    memo = a.memo.get("letter_date", False)
    if memo is not False:
        return memo  # type: ignore[return-value]
    found = printed = None
    zones = a.structure.zones
    service = letter_cues(a.pipeline.lexicons).get("service-lines")
    for i, b in enumerate(a.blocks):
        if zones[i] not in _HEAD:
            continue
        t = b.text.strip()
        if SUBJECT_LINE.match(t):
            continue
        found = parse_date(BIRTH_DATE.sub(" ", t))
        if found and service is not None and service.matches_start(unframed(t)):
            printed, found = printed or found, None
            continue
        if found:
            break
    found = found or printed
    if found is None:
        # no date in the head: the letter's own date field elsewhere ("Dato: 8.12.2026" above a form's signature)
        for i, b in enumerate(a.blocks):
            t = b.text.strip()
            if zones[i] != Zone.QUOTED and OWN_DATE_FIELD.match(t) and len(t.split()) <= 4:
                found = parse_date(t)
                if found:
                    break
    a.memo["letter_date"] = found
    return found
