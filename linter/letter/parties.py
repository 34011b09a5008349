"""The parties of a letter as users see them: whom brevlint took as the sender, and why.

`sender_summary` gives the shape of `FileResult.sender` (linter/model.py): name, organisation,
role, the phones and e-mails with `personal` and a reason code, and the reason for the name.
Only codes and the letter's own contact facts of the sender are kept, never running text.
"""

from __future__ import annotations

import re

from linter.letter.sender import _TITLE, sender_reader
from linter.letter.zones import Zone

_PARTS = re.compile(r"\s*[,|·]\s*")  # the comma parts of a line


def _parts(t: str) -> list[str]:
    """`_PARTS.split(t)`; a line without a separator (most) is its one part, not scanned."""
    return _PARTS.split(t) if "," in t or "|" in t or "·" in t else [t]


_TIL = re.compile(r"\btil\b", re.I)


def _by_zone(zones: list[str]) -> dict[str, list[int]]:
    """The blocks of each zone, in letter order."""
    out: dict[str, list[int]] = {}
    for i, z in enumerate(zones):
        out.setdefault(z, []).append(i)
    return out


def _role(a, name_blocks: set[int]) -> str | None:
    """The title on the sender's side (signature first): the comma part of a line that holds a title
    word ("Praktiserende læge, Lægerne Bakkegården" -> "Praktiserende læge")."""
    blocks = _by_zone(a.structure.zones)
    for zone in (Zone.SIGNATURE, Zone.CLOSING, Zone.CONTACT, Zone.EMAIL_SENDER, Zone.LETTERHEAD):
        for i in blocks.get(zone.value, ()):
            for part in _parts(a.blocks[i].text.strip()):
                if any(map(str.isdigit, part)) or "@" in part or ":" in part or len(part) > 60:
                    continue
                words = part.split()
                if words and any(_TITLE.match(x) and len(x) > 3 for x in words) and \
                        (i not in name_blocks or len(words) <= 3):
                    return part
    return None


def _organisation(a, reader, name_blocks: set[int]) -> str | None:
    """The first line of the letterhead (or page header) that is no person, number or address."""
    blocks = _by_zone(a.structure.zones)
    for zone in (Zone.LETTERHEAD, Zone.PAGE_HEADER, Zone.SIGNATURE, Zone.PAGE_FOOTER):
        for i in blocks.get(zone.value, ()):
            if i in name_blocks:
                continue
            for t in _parts(a.blocks[i].text.strip()):
                if any(map(str.isdigit, t)) or "@" in t or ":" in t or len(t) > 80 or _TIL.search(t):
                    continue  # ("Statuserklæring til Jobcenter Vestby" is the letter's title, naming the recipient)
                if any(w.strip(".,") in reader.department_words for w in t.lower().split()):
                    return t
    return None


def sender_summary(a, lexicons) -> dict:
    """The sender as JSON shows it; once per letter (the parties model reads the same one)."""
    cached = a.memo.get("letter.sender_summary")
    if cached is not None:
        return cached  # type: ignore[return-value]
    summary = _summary(a, lexicons)
    a.memo["letter.sender_summary"] = summary
    return summary


def _summary(a, lexicons) -> dict:
    reader = sender_reader(lexicons)
    model = reader.verdict(a)
    span, reason = model.full_name(a)  # the name kontakt.navn counts (a first name alone is none)
    name = a.text[span[0]:span[1]] if span is not None and reason != "placeholder" else None
    if name and "," in name:  # a mail client's "Kragh, Mette" is Mette Kragh
        surname, _, first = name.partition(",")
        name = f"{first.strip()} {surname.strip()}"
    name_blocks = {a.block_index(s) for s, _ in model.names}
    return {
        "name": name,
        "organisation": _organisation(a, reader, name_blocks),
        "role": _role(a, name_blocks),
        "phones": [{"number": p.value, "personal": p.personal, "reason": p.reason} for p in model.phones],
        "emails": [{"address": e.value, "personal": e.personal, "reason": e.reason} for e in model.emails],
        "reason": reason,
    }


def sender_block_span(a) -> tuple[int, int] | None:
    """Where the sender's own details belong: the first line of the signature, else the closing line,
    the e-mail Fra: line, the first letterhead line or the page header; None when the letter has none."""
    blocks = _by_zone(a.structure.zones)
    for zone in (Zone.SIGNATURE, Zone.CLOSING, Zone.EMAIL_SENDER, Zone.CONTACT, Zone.LETTERHEAD, Zone.PAGE_HEADER):
        for i in blocks.get(zone.value, ()):
            if a.blocks[i].text.strip():
                return a.block_span(i)
    return None
