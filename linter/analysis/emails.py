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
    for m in _address_matches(text):
        whole = m.group(0)
        obfuscated = "(" in whole or "[" in whole or "{" in whole  # brackets are never part of an address
        local = m.group("local")
        domain = _DOT_ANY.sub(".", m.group("domain"))
        value = f"{local}@{domain}".lower()
        if obfuscated and not _TLD.fullmatch(domain.rsplit(".", 1)[-1]):
            continue  # "(at) 3.2": no top-level domain, not an address
        if _valid(value):
            out.append(EmailMatch(value, m.start(), m.end(), obfuscated))
    return out


_MANY_MARKERS = 200


def _local_start(text: str, at: int) -> int:
    """Start of the run of local-part characters (`[\\w.+-]`, as the pattern's look-behind counts them) that
    ends at `at`; `at` itself when none does."""
    p = at
    while p > 0 and (text[p - 1].isalnum() or text[p - 1] in "_.+-"):  # str.isalnum() is re's \w, less "_"
        p -= 1
    return p


def _address_matches(text: str):
    """`_ADDRESS.finditer(text)`, tried only where a match can start. A match starts where its local part
    does, right after a character the look-behind refuses, and the local part (no space, no "@", no
    bracket) runs up to the "@" or the spaces before a bracketed at-word: so every match starts at the
    start of the run of local-part characters before an at-marker. Those starts, in order, each tried
    with `match` unless an earlier match covers it, give finditer's matches; the full pattern no longer
    walks every word of the letter. A text with hundreds of markers (no letter has them) takes the plain
    scan, whose cost does not grow with the number of markers."""
    brackets = list(_AT_ANY.finditer(text))
    if text.count("@") + len(brackets) > _MANY_MARKERS:
        yield from _ADDRESS.finditer(text)
        return
    starts = set()
    at = text.find("@")
    while at >= 0:
        starts.add(_local_start(text, at))
        at = text.find("@", at + 1)
    for m in brackets:
        q = m.start()
        while q > 0 and text[q - 1] != "\n" and text[q - 1].isspace():  # the _SP before the marker
            q -= 1
        starts.add(_local_start(text, q))
    end = 0
    for p in sorted(starts):
        if p < end:
            continue  # inside the previous address
        m = _ADDRESS.match(text, p)
        if m is not None:
            end = m.end()
            yield m


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


# A plain lower-case ASCII address (dot-atom local part of letters, digits, "_", "+", "-"; host labels of letters,
# digits and inner hyphens; a top-level domain of letters) that email_validator accepts whenever the checks of
# `_plain_valid` hold too; everything else asks the library (tests/test_emails.py holds the two to each other).
_PLAIN = re.compile(r"[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


def _plain_valid(value: str) -> bool:
    """True only for an address email_validator (check_deliverability=False) accepts: the pattern above, within
    the length limits (local part 64, domain 253, address 254), no "--" in the domain (the library's Punycode
    and hyphen rules) and not under a special-use domain (.local, .test, …). False means "ask the library"."""
    if _PLAIN.fullmatch(value) is None:
        return False
    local, _, domain = value.partition("@")
    if len(local) > 64 or len(domain) > 253 or len(value) > 254 or "--" in domain:
        return False
    from email_validator import SPECIAL_USE_DOMAIN_NAMES

    return not any(domain == d or domain.endswith("." + d) for d in SPECIAL_USE_DOMAIN_NAMES)


@lru_cache(maxsize=64)  # a letter names its addresses several times (text, blocks, sender lines)
def _valid(value: str) -> bool:
    if _plain_valid(value):
        return True  # the library's checks, for the common case, without its Unicode and IDNA machinery
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True
