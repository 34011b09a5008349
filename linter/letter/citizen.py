"""The citizen when no field names them, and the citizen's name after the words that say whom a text is about.

A mixin of `people._Reader` (`linter/letter/people.py`): `_about_name` reads "Om Kasper Juul", "SV: Bo
Rasmussen – status", "vores medarbejder …", "status på …"; `_infer_citizen` reads the text when no field,
subject or about-line named the citizen: the author writing about their own back or case, the relative
an author writes about, a name after a strong cue or before a birth date, CPR number or citizen word,
else the full name the text mentions most. Precision first: a wrong name shown is worse than none. The
Danish cue words are data (`lexicons/letter/parties.yaml`: `about`, `about-in-text`, `author-citizen`,
`author-citizen-weak`, `own-relation`, `citizen-after`, `works-at`).
"""

from __future__ import annotations

import re

from linter.letter.party import Party, PartyKind
from linter.letter.sender import _ORGISH, _TITLE
from linter.letter.structure import BIRTH_DATE
from linter.letter.zones import Zone

_NAME_START = re.compile(r"(?<![\w-])(?=[A-ZÆØÅ][\w-]*[ \u00a0]+[A-ZÆØÅ])")
_NAME_CHUNK = re.compile(r"[,;(]|\d")
_NAME_END = re.compile(r"[.,;:]\s")


def author_text_blocks(a, cue: dict[str, re.Pattern]) -> list[int]:
    """The author's text and head lines, and an e-mail head's subject line ("Emne: Kasper - kan han …")."""
    st = a.structure
    return [i for i in range(len(a.blocks)) if st.zones[i] in (Zone.BODY, Zone.META, Zone.GREETING) or
            st.zones[i] == Zone.EMAIL_HEADER and cue["subject-field"].match(a.blocks[i].text.lstrip())]


def author_citizen_hits(text: str, cue: dict[str, re.Pattern]) -> bool:
    """The author writes about their own back, sick leave, treatment or case: one `author-citizen` cue and one
    more different one (another of them or an `author-citizen-weak` one: "min ryg" and "min læge", "operere
    mig" and "jeg er til træning"); two weak ones alone never ("min kollega", "mit arbejde": a professional's
    words too). A relative writes "min far har ondt", which is none of these."""
    hits = {" ".join(m.group(0).lower().split()) for m in cue["author-citizen"].finditer(text)}
    if not hits:
        return False
    weak = {" ".join(m.group(0).lower().split()) for m in cue["author-citizen-weak"].finditer(text)}
    return len(hits | weak) >= 2


class CitizenReading:
    """Needs `a`, `cue`, `reader`, `model`, `parties` and the party methods of the reader."""

    a: object
    cue: dict[str, re.Pattern]
    reader: object
    model: object
    parties: list[Party]

    def _about_name(self, value: str, labelled: bool, strong: bool = False,
                    words_only: bool = False) -> tuple[int, int] | None:
        """The citizen's full name in a subject ("SV: Bo Rasmussen – status", "Om Kasper Juul", "vores medarbejder
        Flemming Due"): a name right after the words that say whom the text is about (`about`; `about-in-text` in
        running text), or first in a labelled subject; never a name after a professional's role."""
        cue = self.cue["about-in-text" if strong else "about"]
        # where two capitalised words begin, the cue before is tried first and the name read only after it
        for start in _NAME_START.finditer(value):
            ns = start.start()
            before = value[max(0, ns - 60):ns] if strong else value[:ns]
            if not before.strip() and not labelled:
                continue
            m = cue.search(before)
            if not m or words_only and not m.group(0).strip(" ,–-:"):  # in an address a comma says nothing
                continue
            # up to a comma, bracket or digit: a CPR number after "Susanne Krogh, 120476-…" is no house number
            found = self.reader.names_in(_NAME_CHUNK.split(value[ns:ns + 80], maxsplit=1)[0], "contact")
            if not found or found[0][0] != 0:
                continue
            ne = ns + found[0][1]
            stop = _NAME_END.search(value, ns, ne)
            ne = stop.start() if stop else ne  # "Bo Mikkelsen. Bo har …": the name ends with its sentence
            if len(value[ns:ne].split()) >= 2:
                return ns, ne
        return None

    def _text_blocks(self) -> list[int]:
        return author_text_blocks(self.a, self.cue)

    def _make_citizen(self, party: Party, reason: str) -> None:
        citizen = self._citizen()
        if citizen is not None and citizen is not party:  # "CPR: …" gave the citizen without a name
            citizen.name, citizen.name_span = party.name, party.name_span
            citizen.phones += party.phones
            citizen.emails += party.emails
            self.parties.remove(party)
            return
        party.kind, party.reason, party.role = PartyKind.CITIZEN, reason, None

    def _infer_citizen(self) -> None:
        """The citizen when no field or subject named them: the author writing about their own back or case
        (`author-citizen`, two different cues), the relative an author writes about ("min far, Poul Erik Winther",
        `own-relation`), the name right after "status på"/"din patient" in the text (`about-in-text`), else the one
        full name the text mentions most (full name or first name alone, at least twice, more than anyone else)."""
        a = self.a
        citizen = self._citizen()
        if citizen is not None and citizen.name:
            return
        blocks = self._text_blocks()
        text = "\n".join(a.blocks[i].text for i in blocks)
        sender = self.parties[0]
        own = self.cue["own-relation"]
        relatives = [p for p in self.parties if p.kind == PartyKind.OTHER and p.reason == "relation-in-text" and
                     p.name and p.role and own.fullmatch(" ".join(p.role.split()))]
        if author_citizen_hits(text, self.cue):  # a relative writes "min far har ondt", not "min ryg"
            span = sender.name_span or (self.model.names[0] if self.model.names else None)
            if span is not None:
                name = " ".join(a.text[span[0]:span[1]].split())
                if citizen is not None:
                    citizen.name, citizen.name_span = name, span
                else:
                    self.parties.append(Party(PartyKind.CITIZEN, "author-is-citizen", name, None, None, span))
                return
        if len(relatives) == 1:
            self._make_citizen(relatives[0], "relative-of-author")
            return
        for i in blocks:  # "Kort status på Bo Mikkelsen.", "din patient Ole Sand"
            line = a.blocks[i].text
            about = self._about_name(line, labelled=False, strong=True)
            if about is not None:
                span = (a.block_starts[i] + about[0], a.block_starts[i] + about[1])
                name = " ".join(a.text[span[0]:span[1]].split())
                same = self._by_name(name)
                if same is None:
                    self._party(PartyKind.CITIZEN, "about", span)
                    return
                if same.kind == PartyKind.OTHER and same.reason == "named-in-text":
                    self._make_citizen(same, "about")
                    return
        candidates = [p for p in self.parties if p.kind == PartyKind.OTHER and p.reason == "named-in-text" and
                      p.name and len(p.name.split()) >= 2]
        if not candidates:
            return
        for p in candidates:  # "Jonas Kjeldsen (f. 12.12.1979) har været sygemeldt …"
            after = a.text[p.name_span[1]:p.name_span[1] + 30] if p.name_span else ""
            lead = len(after) - len(after.lstrip(" ,("))
            birth = BIRTH_DATE.search(after)
            cpr = self.cue["cpr"].search(after)
            if birth and birth.start() <= lead or cpr and cpr.start() <= lead:
                self._make_citizen(p, "birth-date-line")
                return
            if self.cue["citizen-after"].match(after):  # "Brian Skovgaard (medlem hos os)", "Ole Sand, borger,"
                self._make_citizen(p, "about")
                return
        taken = {p.name.split()[0].lower() for p in self.parties if p.name and p not in candidates}
        firsts = [p.name.split()[0].lower() for p in candidates]

        def mentions(p: Party) -> int:
            first = p.name.split()[0]
            alone = first.lower() not in taken and firsts.count(first.lower()) == 1
            word = re.escape(first) if alone else re.escape(p.name).replace(r"\ ", r"\s+")
            return len(re.findall(rf"(?<![\wæøåÆØÅ-]){word}(?:s)?(?![\wæøåÆØÅ-])", text))

        def professional(p: Party) -> bool:
            """A name the text gives a title or a workplace right after ("Lise Bonde, fysioterapeut", "Lise Bonde
            fra jobcentret", "Lise Bonde (sagsbehandler)"): a professional, never the citizen."""
            for m in re.finditer(re.escape(p.name).replace(r"\ ", r"\s+"), text):
                after = self.cue["works-at"].match(text, m.end())
                nxt = text[after.end():after.end() + 40].split(maxsplit=1) if after else []
                word = nxt[0].strip(".,;:()").lower() if nxt else ""
                if word and (_TITLE.match(word) or _ORGISH.search(word) or word in self.reader.department_words):
                    return True
            return False

        ranked = sorted(((mentions(p), p) for p in candidates if not professional(p)), key=lambda x: -x[0])
        if not ranked:
            return
        best, party = ranked[0]
        if best >= 2 and (len(ranked) == 1 or ranked[1][0] < best):
            self._make_citizen(party, "mentioned-most")
