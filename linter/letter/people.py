"""The parties of a letter: the sender, the recipients, the citizen and other named people.

`letter_parties(a, lexicons)` builds them once per letter (memo on the analysis) and every reader
gets the same tuple. The sender is the sender reader's (`linter/letter/sender.py`): its name,
phones and e-mails are taken as they are, and the details that reader declined as another
party's (`SenderModel.declined`: a citizen's field, "Gitte kan selv kontaktes på …") are given to
that party here, so the decision is made once and shown. The other parties are read from
labelled fields and the running text; their cue words are data (`lexicons/letter/parties.yaml`):

- recipient: an e-mail or memo head's `Til:`/`Cc:` field (`to-field`, `cc-field`), a recipient
  address block (`recipient-address`, with an `Att.:` line as its person), the greeting's name or
  named organisation, or a heading's organisation, when nothing else names one (`greeting`,
  `heading`); a heading, a sentence, a role word, a placeholder or the sender's own address block
  is no recipient, and one organisation written twice is one recipient;
- citizen: a `Borger:`/`Patient:` field (`citizen-field`), the subject line (`subject-line`:
  "Vedr.: Kasper Lund, cpr …", also after "SV:"), a line about them (`about`: "Om Kasper Lund"),
  a line with a CPR number (`cpr-line`), a detail the sender reader gave to the citizen
  (`citizen-label`); else from the text (`_infer_citizen`): the author writing about their own case
  (`author-is-citizen`), the author's relative (`relative-of-author`), a name after "status på"
  (`about`) or before a birth date, or the full name mentioned most (`mentioned-most`);
- other: a form's field naming another professional by role (`role-field`: "Jobcentrets
  sagsbehandler: Lone Berg"), an author field that is not the sender's (`filled-in-by`), a
  relative in the text (`relation-in-text`: "hans kone Gitte Lund"), an employer's contact or a
  colleague named after their role (`third-party-in-text`), a full name in the text with no cue
  (`named-in-text`). The text is read only in sentences that hold a detail no party has yet or a
  full name not yet known; a first name alone names only a party already found.

A detail (phone, e-mail) belongs to one party at most; the sender's are never another's. Only the
letter's own names, roles, organisations and contact details are kept, no running text.
"""

from __future__ import annotations

import bisect
import re

from linter.letter.addressees import ANGLED as _ANGLED
from linter.letter.addressees import DIGIT as _DIGIT
from linter.letter.addressees import PARTS as _PARTS
from linter.letter.addressees import AddresseeTests, placeholder_only, placeholders_out
from linter.letter.citizen import CitizenReading, author_citizen_hits, author_text_blocks
from linter.letter.cues import letter_cues
from linter.letter.parties import sender_summary
from linter.letter.party import Detail, Party, PartyKind
from linter.letter.sender import _ID_LABEL, _ORGISH, _TITLE, sender_reader
from linter.letter.structure import BIRTH_DATE, CLOSING, GREETING, HEADER_FIELD, PARTY_FIELD_LINE, POSTCODE_LINE
from linter.letter.zones import Zone

# A first name (or a word in capitals) and a capitalised word after it. Written to start with the capital, its
# word boundary a look-behind after it, so the regex engine jumps from capital to capital instead of trying
# every word boundary: the same matches as r"\b([A-ZÆØÅ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?|[A-ZÆØÅ]{2,})
# [ \u00a0]+([A-ZÆØÅ][\w-]*)" (tests/test_letter_parties.py), ~40 % less time over every block of the text.
_FULL_NAME = re.compile(
    r"([A-ZÆØÅ](?<!\w.)(?:[a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?|[A-ZÆØÅ]+))[ \u00a0]+([A-ZÆØÅ][\w-]*)")
_ANGLED_OR_MAIL = re.compile(r"<[^>]*>|\S+@\S+")
_ENTRIES = re.compile(r"\s*;\s*")  # the entries of a To:/Cc: field; with two addresses or more also at a comma
_ENTRIES_COMMA = re.compile(r"\s*;\s*|\s*,\s*(?=[^,]*@)")
_CUE_NAMES = ("to-field", "to-line", "attention-field", "copy-field", "subject-field", "citizen-field", "cpr",
              "filled-in-by", "role-field", "relation", "third-party-role", "reply-prefix", "about", "about-in-text",
              "author-citizen", "own-relation", "heading", "generic-addressee", "entry-joiner",
              "citizen-after", "works-at", "author-citizen-weak")
_HEAD = {Zone.RECIPIENT, Zone.EMAIL_HEADER, Zone.META, Zone.LETTERHEAD, Zone.PAGE_HEADER}
_ADDRESSEE = {Zone.RECIPIENT, Zone.EMAIL_HEADER, Zone.META}
_TEXT = {Zone.BODY, Zone.META}
_CITIZEN_WORD_ONLY = re.compile(r"\s*[A-ZÆØÅa-zæøå]+\s+")  # one word before the name: its label


def _shipped_cues() -> dict[str, re.Pattern]:
    from linter.data import data_dir
    from linter.letter.cues import compile_cue_file
    from linter.yamlio import load_yaml

    path = data_dir("lexicons") / "letter" / "parties.yaml"
    return {k.split(".", 1)[1]: v.pattern for k, v in compile_cue_file(load_yaml(path), str(path)).items()
            if v.pattern is not None}


_CUES: dict[int, tuple[object, dict[str, re.Pattern]]] = {}


def _cues(lexicons) -> dict[str, re.Pattern]:
    """The parties cues of the engine's lexicon set (`letter-parties`), else the shipped ones; once per set."""
    hit = _CUES.get(id(lexicons))
    if hit is not None and hit[0] is lexicons:
        return hit[1]
    sets = {k.split(".", 1)[1]: v.pattern for k, v in letter_cues(lexicons).items()
            if k.startswith("parties.") and v.pattern is not None}
    if not all(n in sets for n in _CUE_NAMES):
        sets = {**_shipped_cues(), **sets}
    _CUES[id(lexicons)] = (lexicons, sets)  # holds the set, so its id is never reused while cached
    return sets


def letter_parties(a, lexicons) -> tuple[Party, ...]:
    """The letter's parties, sender first; built once per letter and kept on the analysis."""
    cached = a.memo.get("letter.parties")
    if cached is not None:
        return cached  # type: ignore[return-value]
    parties = tuple(_Reader(a, lexicons).read())
    a.memo["letter.parties"] = parties
    return parties


def author_is_citizen(a, lexicons) -> bool:
    """The author writes as the citizen about their own back, sick leave, treatment or case ("min ryg", "min
    sagsbehandler", "operere mig", "jeg er til træning"; `author-citizen` cues, `citizen.author_citizen_hits`),
    whoever the letter names as its citizen or recipient; memoised per letter. The profile reads it
    (linter/profiles.py: the citizen writing is `generel` whatever the recipient)."""
    cached = a.memo.get("letter.author-citizen")
    if cached is None:
        cue = _cues(lexicons)
        text = "\n".join(a.blocks[i].text for i in author_text_blocks(a, cue))
        cached = a.memo["letter.author-citizen"] = author_citizen_hits(text, cue)
    return cached


def parties_summary(a, lexicons) -> list[dict]:
    """`FileResult.parties`: every party as JSON shows it."""
    return [p.as_dict() for p in letter_parties(a, lexicons)]


def _written(name: str, text: str) -> bool:
    """The name stands in the text as whole words (any spacing between them)."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.search(r"(?<![\w-])" + words + r"(?![\w-])", text) is not None


def _same_org(x: str, y: str) -> bool:
    """The same organisation as written twice ("Jobcenter Horsens", "JOBCENTER HORSENS, Sygedagpenge")."""
    xs, ys = " ".join(x.casefold().split()), " ".join(y.casefold().split())
    return xs == ys or xs.startswith(ys) or ys.startswith(xs)


def _same_name(x: str, y: str) -> bool:
    """The same person: the same name, or a first name alone that opens the other's full name."""
    xs, ys = x.lower().split(), y.lower().split()
    if xs and ys and len(xs) == len(ys) and xs[:-1] == ys[:-1] and xs[-1] != ys[-1] and \
            (xs[-1] + "s" == ys[-1] or ys[-1] + "s" == xs[-1]):
        return True  # the genitive: "Dorthe Lassens" is Dorthe Lassen
    return xs == ys or bool(xs and ys) and (len(xs) == 1 or len(ys) == 1) and xs[0] == ys[0]


class _Reader(AddresseeTests, CitizenReading):
    def __init__(self, a, lexicons) -> None:
        self.a = a
        self.reader = sender_reader(lexicons)
        self.cue = _cues(lexicons)
        self.model = self.reader.verdict(a)
        self.parties: list[Party] = []
        self.claimed: set[tuple[int, int]] = set()
        self.heading_orgs: list[str] = []  # organisations a heading addresses ("SVAR TIL JOBCENTER KOLDING")
        self._own: set[str] | None = None

    # -- the pieces of a party ------------------------------------------------
    def _name(self, text: str, zone: str = "meta") -> tuple[int, int] | None:
        """The first person's name in a field value: a known first name with surnames, else a name-shaped
        first part ("Lise Ørnbøl, Jobcenter …")."""
        found = self.reader.names_in(text, zone)
        if found:
            return found[0]
        first = _PARTS.split(text.strip(), maxsplit=1)[0]
        words = first.split()
        while len(words) > 2 and _TITLE.match(words[0]):
            words = words[1:]
        if len(words) < 2 or any(self.reader._stop_word(w) for w in words):
            return None
        span = self.reader._signature_name(" ".join(words))
        if span is None:
            return None
        start = text.find(" ".join(words))
        return (start + span[0], start + span[1]) if start >= 0 else None

    def _role_org(self, text: str, name: tuple[int, int] | None) -> tuple[str | None, str | None]:
        """The title and the organisation in a field value: "Sagsbehandler Lone Berg, Jobcenter Skanderborg"
        -> ("Sagsbehandler", "Jobcenter Skanderborg")."""
        role = org = None
        if name is not None:
            lead = text[:name[0]].strip(" ,:")
            words = lead.split()
            if words and all(_TITLE.match(w) or w.islower() for w in words) and any(_TITLE.match(w) for w in words):
                role = lead
        pos = 0
        for part in _PARTS.split(text):
            at = text.find(part, pos)
            pos = at + len(part) if at >= 0 else pos
            part = _ANGLED.sub("", part).strip()
            if not part or _DIGIT.search(part) or "@" in part or len(part) > 80:
                continue
            if name is not None and at <= name[0] < at + len(part) + 1:
                continue  # the part holding the name
            words = [w.strip(".()") for w in part.split()]
            if role is None and words and all(_TITLE.match(w) or w.islower() for w in words) and \
                    _TITLE.match(words[0]):
                role = part
            elif org is None and any(w.lower() in self.reader.department_words or
                                     (_ORGISH.search(w.lower()) and not _TITLE.match(w)) for w in words):
                org = part
        return role, org

    def _details(self, lo: int, hi: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """The phones and e-mails between two offsets that no party has yet (an identifier is no phone)."""
        a = self.a
        phones = []
        for c in a.phones:
            if lo <= c.start and c.end <= hi and (c.start, c.end) not in self.claimed:
                i = a.block_index(c.start)
                text, s = a.blocks[i].text, c.start - a.block_starts[i]
                if _ID_LABEL.search(text[max(0, s - 14):s]) or \
                        any(m.start() <= s < m.end() for m in BIRTH_DATE.finditer(text)):
                    continue  # an identifier or a birth date ("f. 30.11.1969") is no phone
                phones.append((c.start, c.end, c.value))
        emails = [(c.start, c.end, c.value) for c in a.emails
                  if lo <= c.start and c.end <= hi and (c.start, c.end) not in self.claimed]
        return phones, emails

    def _give(self, party: Party, lo: int, hi: int, reason: str) -> None:
        phones, emails = self._details(lo, hi)
        for s, e, v in phones:
            party.phones.append(Detail(v, s, e, reason))
            self.claimed.add((s, e))
        for s, e, v in emails:
            party.emails.append(Detail(v, s, e, reason))
            self.claimed.add((s, e))

    # -- finding and merging parties --------------------------------------------
    def _by_name(self, name: str) -> Party | None:
        return next((p for p in self.parties if p.name and _same_name(p.name, name)), None)

    def _citizen(self) -> Party | None:
        return next((p for p in self.parties if p.kind == PartyKind.CITIZEN), None)

    def _party(self, kind: PartyKind, reason: str, span: tuple[int, int] | None, role: str | None = None,
               org: str | None = None) -> Party | None:
        """The party named at `span` (global offsets): an existing one of the same name or, for the citizen,
        the citizen already found; None when the name is the sender's (the sender reader decides those)."""
        name = " ".join(self.a.text[span[0]:span[1]].split()) if span else None
        if name and span and name.endswith("s") and len(name.split()) > 1 and _written(name[:-1], self.a.text):
            name, span = name[:-1], (span[0], span[1] - 1)  # "om Pia Nygaards muligheder": Pia Nygaard elsewhere
        if name:
            same = self._by_name(name)
            if same is not None and {kind, same.kind} == {PartyKind.CITIZEN, PartyKind.RECIPIENT} and \
                    len(name.split()) > 1:
                # the citizen is also an addressee ("Til: Borger Annette Wulff, …", "Cc: Michael Storm"): one party
                # of each kind, details with the first
                twin = next((p for p in self.parties if p.kind == kind and p.name and _same_name(p.name, name)), None)
                if twin is not None:
                    return twin
                if kind == PartyKind.CITIZEN and self._citizen() is not None:
                    return None if self._citizen().name else self._citizen()
                p = Party(kind, reason, name, None if kind == PartyKind.CITIZEN else role,
                          None if kind == PartyKind.CITIZEN else org, span)
                self.parties.append(p)
                return p
            if same is not None:
                if same.kind == PartyKind.SENDER:
                    return None
                if same.name and len(name.split()) > len(same.name.split()):
                    same.name, same.name_span = name, span  # "Kasper" then "Kasper Lund"
                same.role, same.organisation = same.role or role, same.organisation or org
                return same
        if kind == PartyKind.RECIPIENT and org:
            same_org = next((p for p in self.parties if p.kind == PartyKind.RECIPIENT and p.organisation and
                             _same_org(p.organisation, org) and (p.name is None or name is None)), None)
            if same_org is not None:  # "Modtager: Jobcenter Horsens" and "Til Jobcenter Horsens": one recipient
                if name and same_org.name is None:
                    same_org.name, same_org.name_span = name, span
                same_org.role = same_org.role or role
                return same_org
        if kind == PartyKind.CITIZEN:
            citizen = self._citizen()
            if citizen is not None:
                if citizen.name is None and name:
                    citizen.name, citizen.name_span = name, span
                elif name and citizen.name:
                    return None  # another name in a citizen's field: not taken as a second citizen
                return citizen
        p = Party(kind, reason, name, role, org, span)
        self.parties.append(p)
        return p


    # -- the reading --------------------------------------------------------------
    def read(self) -> list[Party]:
        self.parties.append(self._sender())
        self._heads()
        self._declined()
        self._text()
        self._greeting()
        if not any(p.kind == PartyKind.RECIPIENT for p in self.parties) and self.heading_orgs:
            self._party(PartyKind.RECIPIENT, "heading", None, None, self.heading_orgs[0])
        self._infer_citizen()
        # a line taken for an address that named no one and held nothing ("Spørgsmål 1: …" in a form's head)
        return [p for p in self.parties if p.kind == PartyKind.SENDER or
                p.name or p.role or p.organisation or p.phones or p.emails]

    def _sender(self) -> Party:
        a, m = self.a, self.model
        summary = sender_summary(a, self.reader.lexicons)
        span, _ = m.full_name(a)
        reason = summary["reason"]
        if span is not None:
            i = a.block_index(span[0])
            if self.cue["filled-in-by"].match(a.blocks[i].text.lstrip()):
                reason = "filled-in-by"  # a form's "Udfyldt af: Læge …" names the author
        p = Party(PartyKind.SENDER, reason, summary["name"], summary["role"], summary["organisation"],
                  span if summary["name"] else None,
                  [Detail(x.value, x.start, x.end, x.reason) for x in m.phones],
                  [Detail(x.value, x.start, x.end, x.reason) for x in m.emails])
        self.claimed.update((d.start, d.end) for d in (*p.phones, *p.emails))
        return p

    def _heads(self) -> None:
        """Labelled fields and recipient address blocks, line by line in the letter's order."""
        a, st, cue = self.a, self.a.structure, self.cue
        current: Party | None = None  # the party the next lines of the same group may go on describing
        current_group = skip_group = None
        for i, block in enumerate(a.blocks):
            zone = st.zones[i]
            if zone == Zone.QUOTED:
                current = None
                continue
            text = block.text
            lead = len(text) - len(text.lstrip())
            base = a.block_starts[i] + lead
            line = text.strip()
            end = base + len(line)
            if zone not in _HEAD and current is None and ":" not in line:
                # running text or the sender's block with no field label: only a short line with a CPR number
                if zone in _TEXT and len(line.split(None, 10)) <= 10 and cue["cpr"].search(line):
                    self._cpr_line(line, base, end, "cpr-line")
                continue
            m = (cue["to-field"].match(line) or cue["copy-field"].match(line)) if zone in _ADDRESSEE else None
            if m:
                reason = "cc-field" if cue["copy-field"].match(line) else "to-field"
                current, current_group = self._recipients(line, base, m.end(), reason), block.group
                continue
            matched, p = self._field(line, base, end, zone)
            if matched:
                current, current_group = p, block.group
                continue
            att = cue["attention-field"].match(line) if zone in _ADDRESSEE else None
            goes_on = current is not None and current_group == block.group and (
                att or PARTY_FIELD_LINE.match(line) or current.kind == PartyKind.RECIPIENT and
                (zone == Zone.RECIPIENT or zone == Zone.EMAIL_HEADER and not HEADER_FIELD.match(line)))
            if goes_on and not att and zone == Zone.RECIPIENT and current is not None and current.name and \
                    any(len(line[s0:e0].split()) > 1 and not _same_name(current.name, line[s0:e0])
                        for s0, e0 in self.reader.names_in(line, "recipient")):
                goes_on = False  # a list of addressees, one a line: the next person is a recipient of their own
            if skip_group is not None and skip_group == block.group and zone == Zone.RECIPIENT:
                continue  # the rest of the sender's own address block
            if goes_on and current is not None:
                value = line[att.end():] if att else line
                vbase = base + (att.end() if att else 0)
                about = self._about_name(value, labelled=False, words_only=True) if att else None
                if about is not None:  # "Att.: sagsbehandler for Flemming Due": the citizen, not the recipient
                    self._party(PartyKind.CITIZEN, "about", (vbase + about[0], vbase + about[1]))
                elif current.kind == PartyKind.RECIPIENT and current.name is None and \
                        not POSTCODE_LINE.search(value):
                    span = self._name(value, "recipient")
                    if span is not None:
                        current.name = " ".join(value[span[0]:span[1]].split())
                        current.name_span = (vbase + span[0], vbase + span[1])
                        current.role = current.role or self._role_org(value, span)[0]
                self._give(current, base, end, current.reason)
                continue
            about = self._about_name(line, labelled=False, words_only=True) if zone == Zone.RECIPIENT and \
                not att and not self.cue["heading"].match(line) else None
            if about is not None:  # "Til sagsbehandleren for Bo Lindqvist": the citizen; the rest may address
                self._party(PartyKind.CITIZEN, "about", (base + about[0], base + about[1]))
                line = line[:about[0]]
                end = base + len(line)
                cut = self.cue["about"].search(line)
                if cut is None or self._generic(line[:cut.start()]) or not line[:cut.start()].strip():
                    current = None
                    continue
                line = line[:cut.start()].rstrip(" ,")
            if zone == Zone.RECIPIENT and not att and (self._not_an_address(line) or self._senders_own(line)):
                heading = self._heading_recipient(line)
                if heading is not None:
                    self.heading_orgs.append(heading)
                if self._senders_own(line):
                    skip_group = block.group
                about = self._about_name(line, labelled=False)
                if about is not None:  # "Anmodning om udtalelse – borger: Gitte Rosenberg Lund, cpr-nr. …"
                    self._party(PartyKind.CITIZEN, "about", (base + about[0], base + about[1]))
                current = None  # a heading, a sentence, a role alone or the sender's own address: no recipient
                continue
            if zone == Zone.RECIPIENT and not att:
                lead_to = self.cue["to-line"].match(line)  # "Til Jobcenter Sundby" over the address
                if len(self._split_joined(line[lead_to.end() if lead_to else 0:])) > 1:
                    # "Til Jobcenter Holstebro og Lægehuset Søndergade": one recipient each
                    current = self._recipients(line, base, lead_to.end() if lead_to else 0, "recipient-address")
                    current_group = block.group
                    continue
                if lead_to:
                    base, line = base + lead_to.end(), line[lead_to.end():]
                span = self._name(line, "recipient")
                role, org = self._role_org(line, span)
                org = None if org is not None and self._generic(org) else org  # "Lotte Friis, jobcentret"
                if span is None and org is None and not _DIGIT.search(line) and "@" not in line:
                    org = _PARTS.split(line, maxsplit=1)[0] or None
                    org = None if org and (placeholder_only(org) or self._generic(org)) else org
                current = self._party(PartyKind.RECIPIENT, "recipient-address",
                                      (base + span[0], base + span[1]) if span else None, role, org)
                current_group = block.group
                if current is not None:
                    self._give(current, base, end, "recipient-address")
                continue
            current = None
            if zone in _HEAD:
                heading = self._heading_recipient(line)
                if heading is not None:
                    self.heading_orgs.append(heading)
            # an unlabelled subject in the head; under the recipient's block a subject may be zoned as a letterhead
            # line, where only a cue word counts ("Om min far, Erik …"; never "Fysio Vest – Anne Holm")
            after_address = zone == Zone.LETTERHEAD and i > 0 and Zone.RECIPIENT in st.zones[:i]
            about = self._about_name(line, labelled=False, words_only=after_address) \
                if (zone == Zone.META or after_address) and len(line.split(None, 14)) <= 14 and \
                not HEADER_FIELD.match(line) else None
            if about is not None:  # an unlabelled subject: "Om Kasper Juul", "Spørgsmål om Tom Sørensen"
                p = self._party(PartyKind.CITIZEN, "about", (base + about[0], base + about[1]))
                if p is not None:
                    self._give(p, base, end, "about")
            elif (zone in _HEAD or zone in _TEXT and len(line.split(None, 10)) <= 10) and cue["cpr"].search(line):
                self._cpr_line(line, base, end, "cpr-line")
            elif zone == Zone.META and BIRTH_DATE.search(line):
                self._cpr_line(line, base, end, "birth-date-line")

    def _recipients(self, line: str, base: int, at: int, reason: str) -> Party | None:
        """One recipient per entry of a To:/Cc: field ("Lone Berg <…>; Per Nielsen <…>")."""
        value = line[at:]
        n_mails = len(self._details(base + at, base + len(line))[1])
        splitter = _ENTRIES_COMMA if n_mails >= 2 else _ENTRIES
        last = None
        pos = 0
        entries = []
        for entry in splitter.split(value):
            off = value.find(entry, pos)
            pos = off + len(entry)
            entries += [(off + o, e) for o, e in self._split_joined(entry)] if n_mails < 2 else [(off, entry)]
        for off, entry in entries:
            if not entry.strip():
                continue
            ebase = base + at + off
            shown = _ANGLED_OR_MAIL.sub("", entry).strip(" ,\"")
            if shown and (placeholder_only(shown) or self._generic(placeholders_out(shown))) and \
                    not self._details(ebase, ebase + len(entry))[1]:
                continue  # "«Lægens navn»", "Kiropraktor {{modtager_navn}}", "min læge": no one to show yet
            about = self._about_name(entry, labelled=False, words_only=True)
            if about is not None:  # "Til: Deltagerne i mødet om Pernille Holm": whom it is about, no recipient
                self._party(PartyKind.CITIZEN, "about", (ebase + about[0], ebase + about[1]))
                if not _CITIZEN_WORD_ONLY.fullmatch(entry[:about[0]]):
                    continue  # "Til: Borger Annette Wulff, …" is the citizen and an addressee
            span = self._name(entry, "email-sender")
            role, org = self._role_org(entry, span)
            if org is not None and self._generic(org):
                org = None
            if span is None and org is None:
                org = shown if shown and not self._generic(placeholders_out(shown)) else None
            p = self._party(PartyKind.RECIPIENT, reason, (ebase + span[0], ebase + span[1]) if span else None,
                            role, org)
            if p is not None:
                self._give(p, ebase, ebase + len(entry), reason)
                last = p
        return last

    def _field(self, line: str, base: int, end: int, zone: str) -> tuple[bool, Party | None]:
        """A field line naming the citizen or another professional (any zone but a quoted mail):
        (whether it was such a field, the party it names)."""
        cue = self.cue
        for key, kind, reason, zones in (("citizen-field", PartyKind.CITIZEN, "citizen-field", None),
                                         ("subject-field", PartyKind.CITIZEN, "subject-line", _HEAD),
                                         ("filled-in-by", PartyKind.OTHER, "filled-in-by", None),
                                         ("role-field", PartyKind.OTHER, "role-field", None)):
            if zones is not None and zone not in zones:
                continue
            m = cue[key].match(line)
            if not m:
                continue
            at = m.end()
            if key == "subject-field":  # "Emne: SV: Bo Rasmussen – …": a reply's prefixes are no part of it
                reply = cue["reply-prefix"].match(line, at)
                at = reply.end() if reply else at
            value = line[at:]
            has_cpr = bool(cue["cpr"].search(value))
            span = self._about_name(value, labelled=True) if key == "subject-field" else None
            if span is None:
                span = self._name(value)
                lead = value[:span[0]].split() if span and key == "subject-field" else []
                if lead and (_TITLE.match(lead[-1]) or self.cue["third-party-role"].fullmatch(lead[-1])):
                    span = None  # "Vedr.: Henvisning fra fysioterapeut Lise Bonde": a professional, not the citizen
            if key == "subject-field" and (span is None or len(value[span[0]:span[1]].split()) < 2 and not has_cpr):
                return True, None  # a subject without a full name or a CPR number names no one for sure
            role, org = self._role_org(value, span)
            if key == "role-field":
                role = line[:m.end()].rstrip(" :")
            vbase = base + at
            citizen = kind == PartyKind.CITIZEN
            p = self._party(kind, reason, (vbase + span[0], vbase + span[1]) if span else None,
                            None if citizen else role, None if citizen else org)
            if p is not None:
                self._give(p, base, end, reason)
            return True, p
        return False, None

    def _cpr_line(self, line: str, base: int, end: int, reason: str) -> None:
        """A line with a CPR number names the citizen ("Kasper Lund, 010203-xxxx"; "CPR: …" alone), and so
        does a head line with a name and a birth date ("Ahmed Karimi, f. 30.06.1979 – spørgsmål …")."""
        span = self._name(line)
        if span is None:  # the full name right before the number ("vurdering af Per Lauritsen, 120371-xxxx")
            mark = (self.cue["cpr"] if reason == "cpr-line" else BIRTH_DATE).search(line)
            before = line[:mark.start()] if mark else ""
            found = [f for f in self.reader.names_in(before, "contact") if len(before[f[0]:f[1]].split()) > 1]
            span = found[-1] if found and not before[found[-1][1]:].strip(" ,(") else None
        if span is None and (self._citizen() is not None or reason != "cpr-line"):
            return
        p = self._party(PartyKind.CITIZEN, reason, (base + span[0], base + span[1]) if span else None)
        if p is not None:
            self._give(p, base, end, reason)

    def _declined(self) -> None:
        """The details the sender reader found in the sender's part but gave to someone else."""
        a = self.a
        for d in self.model.declined:
            if (d.start, d.end) in self.claimed:
                continue
            i = a.block_index(d.start)
            line_start = a.block_starts[i]
            before = a.text[line_start:d.start]
            found = self.reader.names_in(before, "body")
            span = (line_start + found[-1][0], line_start + found[-1][1]) if found else None
            if d.reason == "citizen-label":
                p = self._party(PartyKind.CITIZEN, "citizen-label", span)
                reason = "citizen-label"
            elif d.reason == "named-assistant":
                # a secretary named beside the author's signature ("Sekretær: Gitte Holm, tlf. …"), also on the
                # line above in her own block ("Bente Holm" / "Lægesekretær, direkte tlf. …"): another person
                if span is None and i > 0:
                    found = self.reader.names_in(a.text[a.block_starts[i - 1]:d.start], "signature")
                    span = (a.block_starts[i - 1] + found[-1][0], a.block_starts[i - 1] + found[-1][1]) \
                        if found else None
                p = self._party(PartyKind.OTHER, "named-assistant", span)
                reason = "named-assistant"
            else:
                rel = list(self.cue["relation"].finditer(before))
                kind = PartyKind.OTHER if rel or span else PartyKind.CITIZEN
                p = self._party(kind, "relation-in-text" if rel else "third-party-in-text", span,
                                rel[-1].group(0) if rel and not span else None)
                reason = "third-party-in-text"
            if p is not None:
                self._give(p, d.start, d.end, reason)

    def _text(self) -> None:
        """People the running text names after a relation or a role, and the details that follow them."""
        a, st = self.a, self.a.structure
        first, ambiguous = self.reader._first_names, self.reader._ambiguous_names
        known = {" ".join(p.name.lower().split()[:2]) for p in self.parties if p.name}
        # where something can be found, once per block of the text: a detail no one has yet, or a full name
        # ("formand Bo Jensen"); a sentence with neither is not read ("Kasper har ondt i ryggen.")
        cues = [c.start for c in (*a.phones, *a.emails) if (c.start, c.end) not in self.claimed]
        for i, block in enumerate(a.blocks):
            if st.zones[i] in _TEXT:
                base = a.block_starts[i]
                for m in _FULL_NAME.finditer(block.text):
                    word = m.group(1).lower().split("-")[0]
                    if (word in first or word in ambiguous) and f"{m.group(1)} {m.group(2)}".lower() not in known:
                        cues.append(base + m.start())
        if not cues:
            return
        sentences = a.sentences
        starts = [s for s, _ in sentences]
        visit = sorted({k for k in (bisect.bisect_right(starts, c) - 1 for c in cues) if k >= 0})
        for s0, e0 in (sentences[k] for k in visit):
            i = a.block_index(s0)
            if st.zones[i] not in _TEXT or (st.zones[i] == Zone.META and HEADER_FIELD.match(a.blocks[i].text)):
                continue
            sent = a.text[s0:e0]
            mentions: list[tuple[int, Party | None, str]] = []  # (end offset in sentence, party, reason)
            used: list[tuple[int, int]] = []
            for ns, ne in self.reader.names_in(sent, "body"):
                window = sent[max(0, ns - 40):ns]
                # the cue right before the name, a comma at most between ("hans kone Gitte Lund", "arbejdsgiveren,
                # Bo Jensen"); "fysioterapeut for Ahmad Rahimi" gives the name no role
                rel = [m for m in self.cue["relation"].finditer(window) if not window[m.end():].strip(" ,")]
                role_cue = [m for m in self.cue["third-party-role"].finditer(window)
                            if not window[m.end():].strip(" ,")]
                cue_m = (rel or role_cue or [None])[-1]
                reason = "relation-in-text" if rel else "third-party-in-text" if role_cue else "named-in-text"
                name = " ".join(sent[ns:ne].split())
                if cue_m is None and len(name.split()) < 2:
                    p = self._by_name(name)  # a first name alone: only a party already known
                    mentions.append((ne, p if p is not None and p.kind != PartyKind.SENDER else None, reason))
                    continue
                p = self._party(PartyKind.OTHER, reason, (s0 + ns, s0 + ne),
                                cue_m.group(0) if cue_m is not None else None)
                mentions.append((ne, p, reason))
                if cue_m is not None:
                    used.append((max(0, ns - 40) + cue_m.start(), ns))
            for key, reason in (("relation", "relation-in-text"), ("third-party-role", "third-party-in-text")):
                for m in self.cue[key].finditer(sent):
                    if any(u0 <= m.start() < u1 for u0, u1 in used):
                        continue
                    # right after its cue a name may be one that is also a word ("formand Bo Jensen")
                    after = sent[m.end():m.end() + 40]
                    found = self.reader.names_in(after, "contact")
                    if found and not after[:found[0][0]].strip(" ,") and \
                            not any(u0 <= m.end() + found[0][0] < u1 for u0, u1 in used):
                        ns, ne = m.end() + found[0][0], m.end() + found[0][1]
                        p = self._party(PartyKind.OTHER, reason, (s0 + ns, s0 + ne), m.group(0))
                        mentions.append((ne, p, reason))
                        used.append((m.start(), ne))
                        continue
                    mentions.append((m.end(), None, reason + ":" + m.group(0)))
            mentions.sort(key=lambda x: x[0])
            phones, emails = self._details(s0, e0)
            for s, e, v in sorted(phones + emails):
                before = [x for x in mentions if x[0] <= s - s0]
                if not before:
                    continue
                _, p, reason = before[-1]
                if p is None and ":" in reason:
                    reason, role = reason.split(":", 1)
                    p = self._party(PartyKind.OTHER, reason, None, role)
                    mentions[mentions.index(before[-1])] = (before[-1][0], p, reason)
                if p is None:
                    continue
                reason = reason.split(":", 1)[0]
                (p.phones if (s, e, v) in phones else p.emails).append(Detail(v, s, e, reason))
                self.claimed.add((s, e))

    def _greeting(self) -> None:
        """The greeting's name ("Kære Lone Berg") names the recipient when no field did."""
        a, st = self.a, self.a.structure
        if st.greeting is None:
            return
        line = a.blocks[st.greeting].text
        m = GREETING.match(line.strip())
        if not m or CLOSING.match(line.strip()):
            return
        lead = len(line) - len(line.lstrip())
        found = self.reader.names_in(line[lead + m.end():], "greeting")
        if not found:
            self._greeting_org(line[lead + m.end():])
            return
        base = a.block_starts[st.greeting] + lead + m.end()
        # the names not yet known ("Kære Ulla (sagsbehandler) og Lise": Lise is the doctor the address named)
        spans = [(base + s0, base + e0) for s0, e0 in found]
        unknown = [sp for sp in spans if self._by_name(" ".join(a.text[sp[0]:sp[1]].split())) is None]
        if len(unknown) != 1 or unknown[0] != spans[0] and len(spans) > 2:
            return
        span = unknown[0]
        name = " ".join(a.text[span[0]:span[1]].split())
        recipients = [p for p in self.parties if p.kind == PartyKind.RECIPIENT and
                      (p.name or p.organisation or p.phones or p.emails)]
        unnamed = [p for p in recipients if p.name is None]
        if len(unnamed) == 1:
            unnamed[0].name, unnamed[0].name_span = name, span
        elif not recipients:
            self._party(PartyKind.RECIPIENT, "greeting", span)


    def _greeting_org(self, rest: str) -> None:
        """A greeting to an organisation ("Kære Jobcenter Holbæk", "Kære sagsbehandler i Jobcenter Silkeborg") names
        the recipient when nothing else does; a role or kind alone ("Kære sagsbehandler") names none."""
        if any(p.kind == PartyKind.RECIPIENT and (p.name or p.organisation) for p in self.parties) or \
                placeholder_only(rest.strip(" ,!.:")):
            return
        org = self._without_role(placeholders_out(rest).strip(" ,!.:"))
        if self._named_org(org):
            self._party(PartyKind.RECIPIENT, "greeting", None, None, org)

