"""What an addressee is and is not, for the parties reader (`linter/letter/people.py`).

A mixin of `people._Reader`: a line in the recipient's place may be a heading ("STATUS TIL JOBCENTER"),
a sentence, a label, a role or kind alone ("Til sagsbehandleren", "jobcentret"), a placeholder or the
sender's own address block, and then names no recipient; a heading or greeting may name an organisation
by its own name ("SVAR TIL JOBCENTER KOLDING"); addressees joined by "og" are parted where an addressee
follows. The Danish cue words are data (`lexicons/letter/parties.yaml`: `heading`, `generic-addressee`,
`entry-joiner`, `to-line`).
"""

from __future__ import annotations

import re

from linter.letter.sender import _ORGISH
from linter.letter.zones import Zone

PARTS = re.compile(r"\s*(?:[,|·•;]| - | – )\s*")
DIGIT, ANGLED = re.compile(r"\d"), re.compile(r"<[^>]*>")
_SENDER_SIDE = {Zone.LETTERHEAD, Zone.EMAIL_SENDER, Zone.SIGNATURE, Zone.PAGE_HEADER, Zone.PAGE_FOOTER, Zone.CONTACT}
_WORD = re.compile(r"[\wæøåÆØÅ.-]+")
_SENTENCE_END = re.compile(r"[.?!:]\s*$")


def placeholder_only(text: str) -> bool:
    """A template field standing for a party ("«Modtager_navn»", "{{ modtager.navn }}") names no one yet."""
    rest = placeholders_out(text)
    return rest != text and not rest.strip(" ,.:-")


def placeholders_out(text: str) -> str:
    """The text with its template fields taken out ("Kiropraktor {{modtager_navn}}" -> "Kiropraktor ")."""
    from linter.readers.docx_placeholders import placeholder_spans

    for s, e in sorted(placeholder_spans(text), reverse=True):
        text = text[:s] + text[e:]
    return text


class AddresseeTests:
    """The tests of a line or entry in the recipient's place; needs `a`, `cue`, `reader` and `_own` of the reader."""

    a: object
    cue: dict[str, re.Pattern]
    reader: object
    _own: set[str] | None

    def _generic(self, text: str) -> bool:
        """Text that names an addressee only by role or kind ("sagsbehandleren", "Jobcentret", "min læge",
        "STATUS TIL JOBCENTER"): every word a generic word (`generic-addressee`) or lower-case."""
        gen = self.cue["generic-addressee"]
        words = [w.strip(".,:;()") for w in _WORD.findall(ANGLED.sub("", text))]
        words = [w for w in words if w and not w.isdigit()]
        return not words or all(gen.fullmatch(w) or w.islower() for w in words)

    def _not_an_address(self, line: str) -> bool:
        """A line in the recipient's place that addresses no one: a heading ("STATUS TIL JOBCENTER", "Svar på
        jobcentrets spørgsmål"), a sentence ("Tak for jeres svar."), a role or kind alone ("Til sagsbehandleren"),
        a placeholder alone."""
        text = line.strip()
        lead_to = self.cue["to-line"].match(text)
        rest = text[lead_to.end():] if lead_to else text
        if self.cue["heading"].match(text) or placeholder_only(rest) or self._generic(rest) or text.endswith(":"):
            return True  # a heading, a placeholder, a role or kind alone, a label ("Funktionsniveau ved test:")
        words = text.split()
        lower = sum(1 for w in words if w[:1].islower())
        if DIGIT.search(text):
            return False
        return bool(_SENTENCE_END.search(text)) and len(words) >= 3 and lower * 2 > len(words) or \
            len(words) >= 7 and lower * 3 > len(words) * 2

    def _heading_recipient(self, line: str) -> str | None:
        """The organisation a heading addresses ("STATUSSKEMA – svar til Jobcenter Hjørring"), not a generic one."""
        if not self.cue["heading"].match(line.strip()):
            return None
        for m in self.cue["to-line"].finditer(line):
            if m.start() and line[m.start() - 1].isalnum():
                continue
            org = PARTS.split(line[m.end():].strip(), maxsplit=1)[0].strip(" .:")
            if self._named_org(org):
                return org
        return None

    def _named_org(self, org: str) -> bool:
        """An organisation by its own name: it opens with an organisation word and has a word of its own that is no
        role or kind ("Jobcenter Hjørring", "JOBCENTER KOLDING"; not "Sundhedscenter", "EGEN LÆGE OM …")."""
        words = org.split()
        if not words or len(words) > 5 or DIGIT.search(org) or self._generic(org) or placeholder_only(org):
            return False
        head = words[0].lower()
        gen = self.cue["generic-addressee"]
        return bool(_ORGISH.search(head) or head in self.reader.department_words) and \
            any(not gen.fullmatch(w) and not w.islower() for w in words[1:])

    def _senders_own(self, line: str) -> bool:
        """An address line that repeats the sender's own organisation (a printout's "Afsender: Lægehuset Torvet"
        over the clinic's address block)."""
        first = " ".join(PARTS.split(line.strip(), maxsplit=1)[0].split()).casefold()
        if not _ORGISH.search(first) and not any(w in self.reader.department_words for w in first.split()):
            return False  # not an organisation's name
        if self._own is None:
            self._own = self._sender_side()
        return bool(first) and first in self._own and not self.reader.names_in(line, "recipient")

    def _sender_side(self) -> set[str]:
        """The parts of the sender's own lines (letterhead, Fra:/Afsender: field, signature), lower case: an address
        block that repeats them is the sender's, not a recipient's."""
        a, st = self.a, self.a.structure
        out = set()
        for i, block in enumerate(a.blocks):
            if st.zones[i] in _SENDER_SIDE:
                text = block.text.split(":", 1)[1] if ":" in block.text[:30] else block.text
                out |= {" ".join(p.split()).casefold() for p in PARTS.split(ANGLED.sub("", text)) if p.strip()}
        return out

    def _starts_addressee(self, text: str) -> bool:
        """Text that opens with an addressee: a capitalised organisation word or first name, or a role word
        ("Lægehuset …", "Morten Sehested", "min læge", "praktiserende læger i …")."""
        first = text.split(maxsplit=1)
        tok = first[0].strip(",.") if first else ""
        word = tok.lower()
        if not word:
            return False
        if self.cue["generic-addressee"].fullmatch(word):
            return True
        return tok[:1].isupper() and bool(_ORGISH.search(word) or word in self.reader.department_words or
                                          word in self.reader._first_names)

    def _split_joined(self, text: str) -> list[tuple[int, str]]:
        """The addressees of one entry joined by "og" (`entry-joiner`), as (offset, text): split only where an
        addressee follows and the part before is a name, not a phrase ("Jobcenter Holstebro og min læge, Lise
        Brandt" is two; "Afdeling for Ryg og Led", "Fælles enhed for Sundhedscenter X og Jobcenter X" and
        "Smerte- og Rygcentret" are one). With such a split, the commas before it part addressees too
        ("Jobcenter Lindholm, Sundhedscenter Lindholm og Lægehuset i Vestby")."""
        gen = self.cue["generic-addressee"]
        cuts: list[tuple[int, int]] = []
        start = 0
        for m in self.cue["entry-joiner"].finditer(text):
            left = text[start:m.start()]
            segment = left.rsplit(",", 1)[-1]
            if not segment.strip() or segment.rstrip().endswith("-") or not self._starts_addressee(text[m.end():]):
                continue
            if any(w.islower() and not gen.fullmatch(w) for w in segment.split()[1:]):
                continue  # "enhed for …": the "og" joins words inside one name
            cuts.append((m.start(), m.end()))
            start = m.end()
        if not cuts:
            return [(0, text)]
        for m in re.finditer(r",\s*", text[:cuts[0][0]]):
            if self._starts_addressee(text[m.end():]) and m.start() > 0:
                cuts.append((m.start(), m.end()))
        out, pos = [], 0
        for c0, c1 in sorted(cuts):
            out.append((pos, text[pos:c0]))
            pos = c1
        out.append((pos, text[pos:]))
        return out

    def _without_role(self, text: str) -> str:
        """The organisation after a role before it: "sagsbehandleren i Jobcenter Esbjerg" -> "Jobcenter Esbjerg"."""
        gen = self.cue["generic-addressee"]
        words = text.split()
        k = 0
        while k < len(words) and (gen.fullmatch(words[k]) and not words[k][:1].isupper() or words[k].islower()):
            k += 1  # "sagsbehandler i": the role before the organisation
        return " ".join(words[k:]).strip(" ,!.")
