"""The letter's own date: the first date in its head (date line, e-mail "Sendt:"), memoised per letter.

A letter-model notion (it reads the zones); the cues that keep a subject line's or a head field's
birth date from counting are data (lexicons/letter/layout.yaml: `subject-line`, `birth-date`).
"""

from __future__ import annotations

import datetime as dt

from linter.analysis.dates import parse_date
from linter.letter.structure import BIRTH_DATE, SUBJECT_LINE
from linter.letter.zones import SCOPES, Zone

_HEAD = SCOPES["head"] | {Zone.GREETING}  # where a letter states its own date


def letter_date(a) -> dt.date | None:
    memo = a.memo.get("letter_date", False)
    if memo is not False:
        return memo  # type: ignore[return-value]
    found = None
    zones = a.structure.zones
    for i, b in enumerate(a.blocks):
        if zones[i] not in _HEAD:
            continue
        t = b.text.strip()
        if SUBJECT_LINE.match(t):
            continue
        found = parse_date(BIRTH_DATE.sub(" ", t))
        if found:
            break
    a.memo["letter_date"] = found
    return found
