"""E-mail addresses in letter text, the one place that knows what an address looks like.

Besides real addresses (``anne.holm@randers.dk``) letters write them obfuscated against
spam harvesters: ``jesper.lind (at) klinik.dk``, ``post[snabel-a]klinik[dot]dk`` (an
obfuscated dot is read in the domain, where it is used; the local part keeps real dots). Those are
normalised to the real address, so the contact rules classify them the same way
(personal vs. function mailbox), while the span still covers the characters as written.
The marker must be bracketed: a bare " at " is the common Danish word, never an "@".

Used by the analysis (``Analysis.emails``), the letter structure (contact lines) and the
profile detection (sender domains, and addresses left out of the sector words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# spaces inside one line only: an address never runs over a line break
_SP = r"[^\S\n]*"
_AT_WORD = r"(?:at|snabel[- ]?a)"
_DOT_WORD = r"(?:dot|punktum|prik)"


def _bracketed(word: str) -> str:
    return rf"(?:\({_SP}{word}{_SP}\)|\[{_SP}{word}{_SP}\]|\{{{_SP}{word}{_SP}\}})"


# an obfuscated "@" or "." with the spaces around it
OBFUSCATED_AT = rf"{_SP}{_bracketed(_AT_WORD)}{_SP}"
_DOT = rf"(?:\.|{_SP}{_bracketed(_DOT_WORD)}{_SP})"
# regex text for other patterns that only need to know "an address is here" (CONTACT_LINE)
AT_CUE = rf"@|{_bracketed(_AT_WORD)}"

# Linear time on hostile input: the local part has only real dots, so the look-behind
# lets a match start only at the beginning of a local part (a spaced "(dot)" in it would
# let every word of "a (dot) a (dot) …" start a scan to the end: quadratic); after the
# "@" a separator is needed between label runs, so nothing backtracks far.
_ADDRESS = re.compile(
    rf"(?<![\w.+-])(?P<local>[\w+-]+(?:\.[\w+-]+)*)(?P<at>@|{OBFUSCATED_AT})"
    rf"(?P<domain>[\w-]+(?:{_DOT}[\w-]+)+)(?![\w-])", re.I)
_DOT_ANY = re.compile(_DOT, re.I)
_AT_ANY = re.compile(_bracketed(_AT_WORD), re.I)
_TLD = re.compile(r"[a-z]{2,}", re.I)


@dataclass(slots=True, frozen=True)
class EmailMatch:
    value: str  # the real address, lower case ("jesper.lind@klinik.dk")
    start: int  # span of the address as written in the text
    end: int
    obfuscated: bool

    @property
    def domain(self) -> str:
        return self.value.partition("@")[2]


def find_emails(text: str) -> list[EmailMatch]:
    """Valid e-mail addresses in `text`, real or obfuscated, with their spans as written."""
    out: list[EmailMatch] = []
    if "@" not in text and not _AT_ANY.search(text):
        return out  # no "@", real or written out: no address (a cheap scan before the full pattern)
    for m in _ADDRESS.finditer(text):
        obfuscated = any(c in "([{" for c in m.group(0))  # brackets are never part of an address
        local = m.group("local")
        domain = _DOT_ANY.sub(".", m.group("domain"))
        value = f"{local}@{domain}".lower()
        if obfuscated and not _TLD.fullmatch(domain.rsplit(".", 1)[-1]):
            continue  # "(at) 3.2": no top-level domain, not an address
        if _valid(value):
            out.append(EmailMatch(value, m.start(), m.end(), obfuscated))
    return out


def mask_emails(text: str) -> str:
    """`text` with every address replaced by spaces of the same length (offsets stay valid)."""
    found = find_emails(text)
    if not found:
        return text
    parts, pos = [], 0
    for e in found:
        parts += [text[pos:e.start], " " * (e.end - e.start)]
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


@lru_cache(maxsize=64)  # a letter names its addresses several times (text, blocks, sender lines)
def _valid(value: str) -> bool:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True
