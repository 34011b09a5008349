"""Where each block stands in the letter: letterhead, recipient, meta (date, subject),
greeting, body, closing, signature, e-mail header, quoted mail, page header/footer,
a sender's contact line ("Kontaktperson: …") and a participant list (meeting minutes).

Rules ask "is this the sender's part?" (contact details) or "is this the body?"
(LIX, required content); answering it once here keeps the rules simple.

The zoning works on cues a reader uses, not on one layout: explicit field labels
("Til:", "Att.", "Fra:", "Kontaktperson:"), the greeting and the closing, quote
markers of e-mail clients, the blank lines (text) or table cells (docx) that separate
address blocks, and, where the order says nothing (two cells side by side, a block
pushed to the right), which block carries contact details.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from linter.analysis.emails import AT_CUE
from linter.analysis.wrapping import FIELD_SHAPE, continues_line, hard_wrapped, wrap_width
from linter.letter.zones import SCOPES, Zone
from linter.model import Block
from linter.regex_literals import gated


def _layout_cues(what: str = "layout") -> dict[str, re.Pattern]:
    """The layout cue words (lexicons/letter/layout.yaml; the parties' field labels from parties.yaml),
    schema- and backtracking-checked like every letter lexicon; read once from the shipped lexicons when
    this module is imported."""
    from linter.data import data_dir
    from linter.letter.cues import compile_cue_file
    from linter.yamlio import load_yaml

    path = data_dir("lexicons") / "letter" / f"{what}.yaml"
    sets = compile_cue_file(load_yaml(path), str(path))
    return {name.split(".", 1)[1]: cue.pattern for name, cue in sets.items() if cue.pattern is not None}


_CUES = _layout_cues()
GREETING, CLOSING, META = _CUES["greeting"], _CUES["closing"], _CUES["meta"]
SUBJECT_LINE, BIRTH_DATE = _CUES["subject-line"], _CUES["birth-date"]  # read by linter/letter/dated.py
OWN_DATE_FIELD = _CUES["own-date-field"]  # "Dato: 8.12.2026" at a form's foot (linter/letter/dated.py)
# "Spørgsmål om …", "Pia Holms sygemelding", "Pia Holm – spørgsmål om …" under the date: the subject, no letterhead
TOPIC_LINE, TOPIC_NAME_LINE = _CUES["topic-line"], _CUES["topic-name-line"]
TOPIC_NAME_CONTACT = _CUES["topic-name-contact"]  # "Status på behandling – Pia Holm (tlf. …)": the subject
# a form's tick boxes, empty and ticked ("[ ] Ja [x] Nej"), read by linter/letter/ticks.py
EMPTY_BOX, TICKED_BOX = _CUES["checkbox-empty"], _CUES["checkbox-ticked"]
# a form's section marker before its heading ("Afsnit 5 – Formål …", "Punkt 3. Skånehensyn"), read by the require kind
SECTION_MARKER = _CUES["section-marker"]
DATE_FIELD = _CUES["date-field"]  # a template field for a date ("[INDSÆT DATO]"), read by the require kind
SLASH_SIGN = re.compile(r"^/\s*[A-ZÆØÅ][\wæøå-]+|^--\s*$")  # "/Michael"; the "-- " e-mail signature separator
HEADER_FIELD, MAIL_ONLY_FIELD, SENDER_FIELD = _CUES["header-field"], _CUES["mail-only-field"], _CUES["sender-field"]
ADDRESSEE_FIELD, PARTY_FIELD_LINE = _CUES["addressee-field"], _CUES["party-field-line"]
CONSENT_FIELD = _CUES["consent-field"]  # "Samtykke til at dele oplysninger …: Ja" in the head: a field
RECIPIENT_START, RECIPIENT_LINE = _CUES["recipient-start"], _CUES["recipient-line"]
ATTENTION = _CUES["attention-label"]  # "Att.:" within an address block: whose it is depends on the block
QUOTE_START, SIGN_OFF = _CUES["quote-start"], _CUES["sign-off"]
CLOSING_WISH = _CUES["closing-wish"]  # "God weekend!" above the name alone
BYLINE = _CUES["byline"]  # "Notat skrevet af" above the author's name
BYLINE_HEADING = _CUES["byline-heading"]  # "3. Udfyldt af" over a form's "Navn: …" field
NAME_FIELD = _CUES["name-field"]  # "Navn: …" under a form's byline heading ("Udfyldt af")
# "Til: Jobcenter …" / "Sagsbehandler: …": the addressee's caseworker
JOB_ADDRESSEE_FIELD, ADDRESSEE_CASEWORKER = _CUES["job-addressee-field"], _CUES["addressee-caseworker-field"]
RULE_LINE = _CUES["rule-line"]  # "_____": a client's separator only above a header field
LINE_FRAME = _CUES["line-frame"]  # "*** Udskrevet … ***": a system's ornament around its service line
# who wrote or filled in the letter ("Skrevet af:", "Udfyldt af:", "Notat ved:"): the author's field wherever it stands
AUTHOR_LABEL = _CUES["author-label"]
# a line naming the sender's contact or author ("Kontaktperson:", "Sagsbehandler:", any author label)
SENDER_LABEL = re.compile(f"(?:{_CUES['sender-label'].pattern})|(?:{AUTHOR_LABEL.pattern})", re.I)
SENDER_CONTACT_LABEL = _CUES["sender-label"]  # under a memo head's "Fra:" the sender's contact ("Sagsbehandler: …")
# a form's field naming a professional by role ("Jobcentrets sagsbehandler: Lone Berg", "Egen læge: …"; parties.yaml)
_PARTY_CUES = _layout_cues("parties")
ROLE_FIELD, FILLED_IN_BY = _PARTY_CUES["role-field"], _PARTY_CUES["filled-in-by"]
OTHER_PARTY_FIELD = _PARTY_CUES["other-party-field"]  # "Henvisende læge: …": the citizen's professional
# the sender's own title words ("Ergoterapeut", "Læge") and a full name's line ("Rikke Fogh"; sender.yaml)
_SENDER_CUES = _layout_cues("sender")
TITLE_WORD, FULL_NAME = _SENDER_CUES["title"], _SENDER_CUES["signature-name-line"]
ORGANISATION_WORD = _SENDER_CUES["organisation-word"]  # a word of an organisation's name ("Jobcenter", "…klinik")
# a heading over the sender's contact block in the body ("KONTAKT", "Kontaktoplysninger:")
CONTACT_HEADING, PARTICIPANTS_START = _CUES["contact-heading"], _CUES["participants-start"]
AFTER_SIGNATURE = _CUES["after-signature"]
# an address counts also when obfuscated ("anne (at) klinik.dk"): AT_CUE, from the e-mail module
CONTACT_LINE = re.compile(f"(?:{_CUES['contact-line'].pattern})|{AT_CUE}", re.I)
DATE_LINE = _CUES["date-line"]
POSTCODE_LINE = re.compile(r"\b\d{4}\s+[A-ZÆØÅ][\wæøå]+")
_LIST_ITEM = re.compile(r"^(?:[-–—•*·▪◦]\s|\d{1,2}[.)]\s)")  # a list item's marker ("– Lene Friis, …", "2. …")

LETTERHEAD, RECIPIENT, META_ZONE, GREETING_ZONE = Zone.LETTERHEAD, Zone.RECIPIENT, Zone.META, Zone.GREETING
BODY, CLOSING_ZONE, SIGNATURE, EMAIL_SENDER = Zone.BODY, Zone.CLOSING, Zone.SIGNATURE, Zone.EMAIL_SENDER
EMAIL_OTHER, QUOTED, PAGE_HEADER, PAGE_FOOTER = Zone.EMAIL_HEADER, Zone.QUOTED, Zone.PAGE_HEADER, Zone.PAGE_FOOTER
CONTACT, PARTICIPANTS = Zone.CONTACT, Zone.PARTICIPANTS

SENDER_ZONES = SCOPES["sender"]
RECIPIENT_ZONES = SCOPES["recipient"]


@dataclass(slots=True)
class Structure:
    zones: list[str]
    greeting: int | None
    closing: int | None

    def is_sender(self, i: int) -> bool:
        return self.zones[i] in SENDER_ZONES

    def is_recipient(self, i: int) -> bool:
        return self.zones[i] in RECIPIENT_ZONES

    def body_blocks(self) -> list[int]:
        """Indices of the body: greeting and running text up to the closing."""
        return [i for i, z in enumerate(self.zones) if z in (GREETING_ZONE, BODY)]

    def sender_blocks(self) -> list[int]:
        return [i for i, z in enumerate(self.zones) if z in SENDER_ZONES]

    def recipient_blocks(self) -> list[int]:
        return [i for i, z in enumerate(self.zones) if z in RECIPIENT_ZONES]


def _words(text: str) -> list[str]:
    """The words of a line, without number groups and separators: "+45 97 64 10 00" or " · " are
    not words, so the way a phone number is written never makes a contact line long."""
    # (most words: the first test; an ASCII word with no letter needs no look at each character)
    return [w for w in text.split() if w.isalpha() or (_ASCII_LETTER.search(w) is not None if w.isascii()
                                                       else any(map(str.isalpha, w)))]


_ASCII_LETTER = re.compile(r"[A-Za-z]")  # str.isalpha() of an ASCII character
# compiled once here, not looked up in re's cache on each call
_CAPITALISED_WORD = re.compile(r"\b[A-ZÆØÅ][\wæøåÆØÅ-]+")
# (also a one-letter capital joined by a hyphen: "A-kassen Vestby" beside "Jobcenter Vestby")
_NAME_LIKE_WORD = re.compile(r"[A-ZÆØÅ](?:[a-zæøåé]{2,}|-[a-zæøå]{3,})")
_LOCAL_PART = re.compile(r"([\w.+-]+)@")
_LOCAL_PARTS = re.compile(r"[._+-]")
_NAME_ONLY_LINE = re.compile(r"[A-ZÆØÅ][\w.-]+(?: [A-ZÆØÅ][\w.-]+){1,3}")
_WORDS_COLON = re.compile(r"^[\w ]+:")
_TOPIC_WORD = re.compile(r"[\wæøåÆØÅé-]+")


def _field_names(t: str) -> tuple[bool, set[str]] | None:
    """A person field's kind and the capitalised words of its value ("Udfyldt af: Læge Hans Krogh, Lægehuset
    Bakken" -> (True, {Læge, Hans, Krogh, Lægehuset, Bakken})): True for an author's label, False for a role
    field ("Jobcentrets sagsbehandler: …"); None when the line is neither."""
    m = AUTHOR_LABEL.match(t)
    author = bool(m)
    m = m or ROLE_FIELD.match(t)
    if not m:
        return None
    return author, set(_CAPITALISED_WORD.findall(t[m.end():]))


def names_another(t: str, field: str) -> bool:
    """`t` and `field` are person fields of two professionals ("Udfyldt af: Læge Hans Krogh" and "Jobcentrets
    sagsbehandler: Lone Berg", "Behandlende fysioterapeut: …", "Egen læge: …"): one an author's label, the
    other a role or author label, their values sharing no capitalised word. The other's field ends the
    author's field group, blank line or not: its details are never the author's (RULES.md, Sender's contact
    details)."""
    mine = _field_names(field)
    if mine is None or not mine[1]:
        return False  # (the author's field is the same on every call of a letter: `t` is not read then)
    theirs = _field_names(t)
    return theirs is not None and (mine[0] or theirs[0]) and bool(theirs[1]) and not mine[1] & theirs[1]


def names_author(t: str, field: str) -> bool:
    """`t` is a role field naming the author of the author's own `field` ("Kontaktperson, træningsenheden:
    Fysioterapeut Tina Vang" beside "Udarbejdet af: Tina Vang"): their values share a capitalised word."""
    mine = _field_names(field)
    if mine is None or not mine[0] or not mine[1]:
        return False
    theirs = _field_names(t)
    return theirs is not None and not theirs[0] and bool(mine[1] & theirs[1])


def author_field(blocks: list[Block], idx: list[int]) -> str:
    """The author's own field among the lines `idx`: the first "Udfyldt af:"/"Skrevet af:" line (a form's
    filled-in-by field), else the first author label ("Behandlende fysioterapeut: …"); "" when none."""
    texts = [blocks[i].text.strip() for i in idx]
    return next((t for t in texts if FILLED_IN_BY.match(t)), None) or \
        next((t for t in texts if AUTHOR_LABEL.match(t)), "")


def _is_prose(text: str) -> bool:
    """A running-text line: a sentence, not an address, a label or a heading."""
    words = _words(text)
    # (a head's field, "Borger: …", "Patient Lasse Bro, cpr. …"; not a sentence about the citizen, "Patienten har
    # givet samtykke til denne erklæring.")
    if (META.match(text) and len(words) <= 8 and not (text[-1:] in ".?!" and ":" not in text)) \
            or HEADER_FIELD.match(text):
        return False
    if len(words) > 12:
        return True
    return len(words) >= 6 and text[-1:] in ".?!" and not POSTCODE_LINE.search(text)


# "Label: value" with a short label ("Tlf.:", "E-mail:", "Udfyldt af:"): a field of a head, not prose (the shape is
# wrapping.py's; a line without a colon is not scanned: regex_literals.py)
FIELD_LINE = gated(FIELD_SHAPE)


def _is_author_text(text: str) -> bool:
    """Text the author wrote before a client header (a sentence, a greeting, a closing), not a title,
    a field or a contact line: a header under a title only is the letter's own head."""
    t = text.strip()
    words = _words(t)
    if not words or FIELD_LINE.match(t) or all(w.isupper() for w in words):
        return False
    return bool(_is_prose(t) or GREETING.match(t) or CLOSING.match(t) or t[-1] in ".!?" or len(words) >= 6)


def _is_mail_header_at(blocks: list[Block], flow: list[int], k: int) -> bool:
    """A quoted client header: "Fra:" followed by Sendt/Til/Emne/Dato within three lines."""
    if not SENDER_FIELD.match(blocks[flow[k]].text.strip()):
        return False
    nxt = [blocks[i].text.strip() for i in flow[k + 1:k + 4]]
    return any(HEADER_FIELD.match(t) and not SENDER_FIELD.match(t) for t in nxt)


def _name_words(text: str) -> set[str]:
    """Capitalised words of a field's value, spelt as a mailbox spells them (æ -> ae, ø -> oe, å -> aa)."""
    out = set()
    for w in _NAME_LIKE_WORD.findall(text):
        low = w.lower()
        out |= {low, low.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
                low.replace("æ", "e").replace("ø", "o").replace("å", "a")}
    return out


def _senders_lines_under(blocks: list[Block], head: list[int], k: int) -> bool:
    """The field lines under the recipient's field (or a later head field, "Dato:") at k are the sender's when
    the sender's field came first and no e-mail address among them is named after the recipient ("Fra: Ida Bech" /
    "Til: Jobcenter Vestby" / "Tlf.: …" / "E-mail: ida.bech@…"): a memo head written sender first, contact
    lines last."""
    field = blocks[head[k]].text.strip()
    if SENDER_FIELD.match(field) or not HEADER_FIELD.match(field):
        return False
    first_sender = next((j for j in range(k) if SENDER_FIELD.match(blocks[head[j]].text.strip())), None)
    addressee = next((j for j in range(k, -1, -1) if ADDRESSEE_FIELD.match(blocks[head[j]].text.strip())), None)
    if first_sender is None or addressee is not None and addressee < first_sender:
        return False  # (a head written recipient first keeps its lines as they were)
    sender = blocks[head[first_sender]].text
    recipient = _name_words(blocks[head[addressee]].text) if addressee is not None else set()
    if addressee != k and not any(CONTACT_LINE.search(blocks[i].text) for i in head[k + 1:k + 3]):
        return False  # (under "Dato:" only a phone or mail line of the sender's goes on)
    words = _name_words(sender.split(":", 1)[-1]) - recipient
    lines = 0
    for i in head[k + 1:]:
        t = blocks[i].text.strip()
        if HEADER_FIELD.match(t) or not PARTY_FIELD_LINE.match(t):
            break
        lines += 1
        for local in _LOCAL_PART.findall(t):
            parts = _LOCAL_PARTS.split(local.lower())
            if any(p in words for p in parts):
                return True
            if any(p in recipient for p in parts):
                return False  # the recipient's own address ("Til: Per Lund" / "E-mail: per.lund@…")
    # no address names either party: the contact lines of a head written sender first are the writer's
    # ("Fra: Anne Holm" / "Til: Jobcenter Vestby" / "Tlf.: …"), as a recipient's number is seldom given
    return lines > 0 and not (ADDRESSEE_FIELD.match(field) and ("@" in field or CONTACT_LINE.search(
        field.split(":", 1)[-1])))


def _names_from_field(blocks: list[Block], head: list[int], t: str) -> bool:
    """The contact field `t` of a memo head names a person of the head's "Fra:" field (a word of its value that the
    "Til:" field does not hold: "Fra: Jobcenter Silkeborg v/ Rasmus Kjær" / "Til: … Silkeborg" / "Sagsbehandler:
    Rasmus Kjær"); a person the recipient's field names, or one the sender's field does not, is not the sender."""
    texts = [blocks[i].text.strip() for i in head]
    sender = next((x for x in texts if SENDER_FIELD.match(x)), None)
    if sender is None:
        return False
    recipient: set[str] = set()
    for x in texts:
        if ADDRESSEE_FIELD.match(x):
            recipient |= _name_words(x.split(":", 1)[-1])
    words = _name_words(sender.split(":", 1)[-1]) - recipient
    value = _name_words(t.split(":", 1)[-1]) - recipient
    return bool(words & value)


def _in_head_fields(blocks: list[Block], flow: list[int], k: int, width: int | None = None) -> bool:
    """The "Fra:" line at k stands right under another header field of its paragraph group ("Dato: …" /
    "Til: …" / "Fra: …" in a memo head), also under the lines that field's value goes on on ("Til: …, Mia Sandberg," /
    "Lasse Enevoldsen (borger)" / "Fra: …", `_continues_field`): the letter's own head goes on, no quoted mail
    starts there."""
    if k == 0:
        return False
    j = k - 1
    while j > 0 and _continues_field(blocks, flow[j - 1], flow[j], width):
        j -= 1
    prev, cur = blocks[flow[j]], blocks[flow[k]]
    return prev.group == cur.group and bool(HEADER_FIELD.match(prev.text.strip()))


def _quote_starts(blocks: list[Block], flow: list[int], k: int) -> bool:
    """A quote marker at line k, also a client's attribution wrapped over two lines
    ("Den 3. maj 2025 kl. 10:12 skrev Anne Holm" / "<anne.holm@klinik.dk>:")."""
    t = blocks[flow[k]].text.strip()
    if QUOTE_START.match(t):
        return True
    if k + 1 >= len(flow):
        return False
    nxt = blocks[flow[k + 1]].text.strip()
    if RULE_LINE.match(t):
        return bool(HEADER_FIELD.match(nxt))  # "____" / "Fra: …": a quoted message; over a footer line: a rule
    return nxt.endswith(":") and len(nxt) <= 80 and bool(QUOTE_START.match(f"{t} {nxt}"))


# two fields on one line: a run of 3+ spaces or a tab between them (a two-column letterhead typed as text)
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t[ \t]*)(?=\S)")
_MIN_RIGHT = 20  # the right column starts this far into the line at least


def _right_column(text: str) -> int | None:
    """Where the right field of a two-column line starts ("Esbjerg Kommune      Sagsbehandler: Henrik Lund"
    -> the offset of "Sagsbehandler"), or None for a line of one field."""
    if "   " not in text and "\t" not in text:
        return None  # (every gap holds three spaces or a tab: most lines have neither, and are not scanned)
    gaps = list(_COLUMN_GAP.finditer(text))
    m = gaps[-1] if gaps else None
    # (a form's label and its value set apart, "Telefon:        59 43 22 10", are one field)
    if m is None or m.end() < _MIN_RIGHT or not text[:m.start() + 1].strip() or text[m.start()] == ":":
        return None
    return m.end()


def _inside_run(blocks: list[Block], cols: list[int | None], first: int, k: int) -> bool:
    """Line k, between a run of two-column lines from `first` and an aligned line under it, is one of the run: a
    left field alone on its line ("Tlf. 32 50 14 14": the right column has nothing there), or a line whose right
    field is pushed a few columns off by a longer left field ("Direkte +45 65 41 28 73" with the gap as it was)."""
    c, ck = cols[first], cols[k] if k < len(cols) else None
    if c is None or k >= len(cols) or blocks[k].group != blocks[first].group:
        return False
    if ck is None:
        return 0 < len(blocks[k].text.rstrip()) < c
    return abs(ck - c) <= 6


def split_columns(blocks: list[Block]) -> list[tuple[int, Block]] | None:
    """A letter head typed in two columns (the organisation on the left, a reference block "Sagsbehandler: … /
    Dato: … / Direkte: …" on the right, on the same text lines) read as two blocks: the left fields of a run of
    such lines, then its right fields as a block of their own (and the lines under the run, which no longer
    stand beside it, as another). Only in the head (before the greeting or the first prose line) and only a run
    of 2+ lines whose right fields start in the same column (within 2), so a table in the body stays one; a
    line between two lines of the run belongs to it when it holds the left field alone or its right field starts
    a few columns off (`_inside_run`).
    Each field keeps its line, and its column in the line: the right field's text keeps the left field's place
    as spaces, so offsets, columns and paragraph offsets stay those of the line as written, and the right block
    reads as pushed to the right. Each new block with the position of the line it came from; None when no line
    is split (most letters)."""
    head_end = 0
    for b in blocks:
        t = b.text.strip()
        if GREETING.match(t) or _is_prose(t) or b.part in ("table", "footer"):
            break
        head_end += 1
    cols = [_right_column(b.text) for b in blocks[:head_end]]
    runs: list[tuple[int, int]] = []

    def aligned(k: int, first: int) -> bool:
        """Line k's right field starts where the run's first line's does, in the same group."""
        c = cols[first]
        return k < head_end and blocks[k].group == blocks[first].group and cols[k] is not None and \
            c is not None and abs(cols[k] - c) <= 2

    i = 0
    while i < head_end:
        j = i
        while cols[i] is not None and (aligned(j + 1, i) or _inside_run(blocks, cols, i, j + 1) and aligned(j + 2, i)):
            j += 1
        if cols[i] is not None and j > i:
            runs.append((i, j + 1))
        i = j + 1
    if not runs:
        return None
    out: list[tuple[int, Block]] = []  # (position in `blocks`, block)
    shift = 0  # new groups so far: every later group moves up by as many
    k = 0
    for start, end in runs:
        if start < k:
            continue  # (a second run in the group read already: its lines stay as they are)
        out += [(x, replace(blocks[x], group=blocks[x].group + shift)) for x in range(k, start)]
        g = blocks[start].group
        out += [(x, replace(blocks[x], text=blocks[x].text[:cols[x]].rstrip() if cols[x] is not None
                            else blocks[x].text.rstrip(), group=g + shift))
                for x in range(start, end)]
        out += [(x, replace(blocks[x], text=" " * c + blocks[x].text[c:], group=g + shift + 1))
                for x in range(start, end) if (c := cols[x]) is not None]
        shift += 1
        rest = end
        while rest < len(blocks) and blocks[rest].group == g:
            rest += 1
        if rest > end:
            shift += 1
            out += [(x, replace(blocks[x], group=g + shift)) for x in range(end, rest)]
        k = rest
    out += [(x, replace(blocks[x], group=blocks[x].group + shift)) for x in range(k, len(blocks))]
    return out


def unframed(text: str) -> str:
    """The line without the ornament a system frames its own line with ("*** Udskrevet fra … ***" reads as
    "Udskrevet fra … ***"), for the service-line test (the layout cue `line-frame`)."""
    m = LINE_FRAME.match(text)
    return text[m.end():] if m else text


def analyse_structure(blocks: list[Block], service_line: Callable[[str], bool] | None = None) -> Structure:
    """`service_line` tells a printout or service line ("Digital Post – kopi af sendt meddelelse")
    from the letter's own first line; the cue words are data (lexicons/letter/service-lines.yaml)."""
    n = len(blocks)
    zones = [BODY] * n
    flow = [i for i, b in enumerate(blocks) if b.part not in ("header", "footer")]
    for i, b in enumerate(blocks):
        if b.part == "header":
            zones[i] = PAGE_HEADER
        elif b.part == "footer":
            zones[i] = PAGE_FOOTER
    # lines a mail client, Digital Post or a printer put above the letter belong to no party
    skipped = 0
    while service_line and flow and skipped < 3 and service_line(unframed(blocks[flow[0]].text.strip())):
        zones[flow[0]] = META_ZONE
        flow = flow[1:]
        skipped += 1
    # the column a plain-text letter was hard-wrapped at (none in a table's cells): a line wrapped there goes on on
    # the next line, also a header field's value ("Fra: Jobcenter … på vegne" / "af Line Bach <…>")
    width = wrap_width([blocks[i] for i in flow]) if all(b.part != "table" for b in blocks) else None

    # e-mail or memo header at the top (a lone "Til:" over an address block is not one), also under
    # a title line or two ("NOTAT – STATUS FRA GENOPTRÆNING"): a title is not the author's text
    title = 0
    while title < min(2, len(flow)) and not HEADER_FIELD.match(blocks[flow[title]].text.strip()) \
            and not _is_author_text(blocks[flow[title]].text):
        title += 1
    if title == len(flow) or not HEADER_FIELD.match(blocks[flow[title]].text.strip()):
        title = 0
    pos = title
    # a memo head also has field lines between the header fields ("Tlf.: … · E-mail: …")
    # (also without a colon: "Tlf. 61 72 83 94" under "Fra: …" is the party's contact line)
    while pos < len(flow) and (HEADER_FIELD.match(blocks[flow[pos]].text.strip())
                               or (pos > title and FIELD_LINE.match(blocks[flow[pos]].text.strip()))
                               or (pos > title and PARTY_FIELD_LINE.match(blocks[flow[pos]].text.strip())
                                   and CONTACT_LINE.search(blocks[flow[pos]].text))
                               or (pos > title and _continues_field(blocks, flow[pos - 1], flow[pos], width))):
        pos += 1
    fields = [blocks[i].text.strip().lower() for i in flow[title:pos]]
    if sum(1 for t in fields if HEADER_FIELD.match(t)) < 2 or not any(MAIL_ONLY_FIELD.match(t) for t in fields):
        pos = title = 0
    author = ""  # the author field whose lines are being read
    for i in flow[:title]:
        # the memo's title; an author field above the header fields ("Skrevet af: …" / "Til: …") is the author's,
        # and so is a phone or mail line under it (not another professional's field and the lines under that)
        t = blocks[i].text.strip()
        if AUTHOR_LABEL.match(t) and not (author and names_another(t, author)):
            author = t
        elif not (author and bool(PARTY_FIELD_LINE.match(t) or CONTACT_LINE.search(t))) or names_another(t, author):
            author = ""
        zones[i] = CONTACT if author else META_ZONE
    owner = EMAIL_OTHER
    author = ""
    for k in range(title, pos):
        i = flow[k]
        t = blocks[i].text.strip()
        if k > title and _continues_field(blocks, flow[k - 1], i, width) and not HEADER_FIELD.match(t):
            zones[i] = zones[flow[k - 1]]  # the field's value goes on ("Fra: …, Ortopædisk Afdeling," / "Aalborg …")
            continue
        if HEADER_FIELD.match(t):
            owner = EMAIL_SENDER if SENDER_FIELD.match(t) else EMAIL_OTHER
            zones[i] = owner
            author = ""
            if owner == EMAIL_OTHER and _senders_lines_under(blocks, flow[title:pos], k - title):
                owner = EMAIL_SENDER  # "Fra: Ida Bech" / "Til: Jobcenter …" / "Tlf.: …" / "E-mail: ida.bech@…"
                continue
            if not (SENDER_FIELD.match(t) or ADDRESSEE_FIELD.match(t)):
                owner = BODY  # after Dato:/Emne: a field is the letter's content ("Samtykke: Foreligger")
            continue
        if owner == CONTACT and names_another(t, author):
            owner = zones[i] = BODY  # another professional's field under the author's ("Egen læge: …")
            continue
        if AUTHOR_LABEL.match(t):
            # "Skrevet af: …, fysioterapeut" among the memo's fields (also after Dato:): the author's line,
            # and its Tlf.:/E-mail: lines under it are the author's
            owner = zones[i] = CONTACT
            author = t
            continue
        if owner == EMAIL_SENDER and SENDER_CONTACT_LABEL.match(t):
            zones[i] = owner  # "Fra: Jobcenter …" / "Sagsbehandler: Nanna Holm" / "Telefon (direkte): …": the
            continue  # sender's contact person, and the contact lines under it still the sender's
        if owner == BODY and SENDER_CONTACT_LABEL.match(t) and _names_from_field(blocks, flow[title:k], t):
            # "Fra: Jobcenter …, v/ Rasmus Kjær" / "Dato: …" / "Sagsbehandler: Rasmus Kjær, tlf. …": a contact field
            # after Dato: naming the person of the Fra: field is the sender's, and so are the lines under it
            owner = zones[i] = EMAIL_SENDER
            continue
        if owner != BODY and not (PARTY_FIELD_LINE.match(t) or CONTACT_LINE.search(t)):
            owner = BODY  # "Borger:", "Samtykke:" under Fra: are the form's content, not the sender's details
        zones[i] = owner  # a field line belongs to the party field above it (the sender's Tlf. under Fra:)
    email = pos > 0

    # quoted mail: everything from the first quote marker (or a later client header after text
    # the author wrote: a header under a title only is the letter's own head) on
    quote_at = None
    written = False
    for k in range(pos, len(flow)):
        t = blocks[flow[k]].text.strip()
        if _quote_starts(blocks, flow, k) or (k > pos and written and _is_mail_header_at(blocks, flow, k)
                                             and not _in_head_fields(blocks, flow, k, width)):
            quote_at = k
            break
        written = written or _is_author_text(t)
    if quote_at is not None:
        for i in flow[quote_at:]:
            zones[i] = QUOTED
        flow = flow[:quote_at]
    rest = flow[pos:]

    # (a head split into two columns counts its lines once: the right column's blocks are no more of the letter)
    seen: set[int] = set()
    twins = 0
    for i in rest:
        twins += blocks[i].index in seen
        seen.add(blocks[i].index)
    limit = max(1, int((len(rest) - twins) * 0.7)) + twins
    greeting = next((i for i in rest[:limit] if GREETING.match(blocks[i].text.strip())), None)
    closing = None
    for k in range(len(rest) - 1, -1, -1):
        i = rest[k]
        t = blocks[i].text.strip()
        if (greeting is None or i > greeting) and (CLOSING.match(t) or (SLASH_SIGN.match(t) and len(t) < 100)):
            closing = i
            break
        if (greeting is None or i > greeting) and k + 1 < len(rest) and CLOSING_WISH.match(t) and \
                _NAME_ONLY_LINE.fullmatch(blocks[rest[k + 1]].text.strip()):
            closing = i  # "God weekend!" / "Mads Okholm": the wish closes the mail, the name signs it
            break
        if (greeting is None or i > greeting) and k + 1 < len(rest) and BYLINE.match(t) and \
                _NAME_ONLY_LINE.match(blocks[rest[k + 1]].text.strip()):
            closing = i  # "Notat skrevet af" / "Line Bak, sagsbehandler": the byline closes the note, the name signs it
            break
    signed_above: list[int] = []  # contact lines right above a slash signature with no closing phrase
    if closing is not None and SLASH_SIGN.match(blocks[closing].text.strip()):
        # a closing phrase a few short lines above a slash signature ("Venlig hilsen" / "Direkte tlf. …" /
        # "kbj@…" / "/KBJ"): the closing is the phrase, the lines under it the signature
        above = [i for i in rest if i < closing and (greeting is None or i > greeting)][-4:]
        phrase = next((i for i in reversed(above) if CLOSING.match(blocks[i].text.strip())), None)
        if phrase is not None and all(len(blocks[i].text) <= 60 and not _is_prose(blocks[i].text)
                                      for i in rest if phrase < i < closing):
            closing = phrase
        elif phrase is None and blocks[closing].text.strip() != "--":
            signed_above = _contact_lines_above(blocks, above)

    if greeting is not None:
        head = [i for i in rest if i < greeting]
    else:
        # no greeting: the letter head ends at the first prose line
        head = []
        for i in rest:
            if _is_prose(_wrapped_run(blocks, i, width)) or (closing is not None and i >= closing):
                break
            head.append(i)
        # a one-word line of its own right above the first prose line is the text's first heading ("Samtykke" /
        # "Patienten har givet samtykke …" under a form's fields), never an address block
        while len(head) < len(rest) and head and _section_heading(blocks, head[-1], rest[len(head)]):
            head.pop()
        if len(head) == len(rest):
            # no prose line at all (a snippet, a note): nothing is a letterhead, but a form's first block
            head = _form_head(blocks, rest)
    # a letterhead in the page header (organisation with address or contact lines) is the sender's
    # block: the first address block of the body is then the recipient's, as under an e-mail header
    header_sender = any(b.part == "header" and (POSTCODE_LINE.search(b.text) or CONTACT_LINE.search(b.text))
                        for b in blocks) or _named_header_over_address(blocks, head)
    foot_author = next((blocks[i].text.strip() for i in rest if i not in head
                        and FILLED_IN_BY.match(blocks[i].text.strip())), "")
    # the lines under the closing (the signature as it will be zoned): whom a two-column head's columns name
    signed = "\n".join(blocks[i].text for i in rest if closing is not None and i > closing)
    _zone_head(blocks, head, zones, email or header_sender, _header_parties(blocks, flow[title:pos]), foot_author,
               signed)
    if greeting is not None:
        zones[greeting] = GREETING_ZONE
    if closing is not None:
        zones[closing] = CLOSING_ZONE
        after = False
        for i in rest:
            if i > closing:
                t = blocks[i].text.strip()
                after = after or bool(AFTER_SIGNATURE.match(t) or _is_prose(t) and len(_words(t)) > 15)
                zones[i] = META_ZONE if after else SIGNATURE
        for i in signed_above:
            zones[i] = SIGNATURE
    else:
        for i in rest:
            if SIGN_OFF.match(blocks[i].text.strip()):
                zones[i] = SIGNATURE
        _trailing_signature(blocks, rest, head, zones)
        _foot_author(blocks, rest, head, zones)
    _zone_lines(blocks, rest, zones, width)
    _zone_wrapped_fields(blocks, rest, zones)
    _zone_floating(blocks, zones)
    return Structure(zones=zones, greeting=greeting, closing=closing)


def _named_header_over_address(blocks: list[Block], head: list[int]) -> bool:
    """A page header naming an organisation by name lines only ("Regionshospitalet …" / "Rygkirurgisk Afsnit"), over
    a body that opens with an address block giving no phone or mail ("Jobcenter …" / "Havnevej 12" / "7790 …"): the
    page header is the sender's letterhead and that block the recipient's window address. A header of a page number or
    a date alone names no one."""
    named = [b for b in blocks if b.part == "header" and len(_words(b.text)) >= 2
             and not re.search(r"\d", b.text) and not FIELD_LINE.match(b.text.strip())]
    if not named or not head:
        return False
    first = [i for i in head if blocks[i].group == blocks[head[0]].group]
    return any(POSTCODE_LINE.search(blocks[i].text) for i in first) and \
        not any(CONTACT_LINE.search(blocks[i].text) for i in first)


def _section_heading(blocks: list[Block], i: int, nxt: int) -> bool:
    """Block `i` is one capitalised word that opens its paragraph group, right above the prose line `nxt`."""
    t = blocks[i].text.strip()
    return (nxt == i + 1 and t.isalpha() and t[:1].isupper() and t[1:].islower()
            and (i == 0 or blocks[i - 1].group != blocks[i].group))


def _contact_lines_above(blocks: list[Block], above: list[int]) -> list[int]:
    """The lines right above a slash signature with no closing phrase that hold only contact details, up to the
    text ("… i uge 9." / "Direkte +45 76 29 41 07 · mora@horsens.dk" / "/MORA"): the signature's own lines,
    written above the initials (RULES.md: the signature's details are the author's)."""
    out: list[int] = []
    for i in reversed(above):
        t = blocks[i].text.strip()
        if not t or not CONTACT_LINE.search(t) or _is_prose(t) or len(_words(t)) > 6 or t[-1:] in ".?!" or \
                len(out) == 3:
            break
        out.insert(0, i)
    return out


def _zone_wrapped_fields(blocks: list[Block], rest: list[int], zones: list[str]) -> None:
    """A contact line that goes on with another party's field on the line above, hard-wrapped after a comma
    ("Jobcentrets kontaktperson: Lene Bach, Jobcenter Horsens," / "tlf. 76 29 31 12"), is that field's: it takes
    the field's zone (meta or recipient), not the sender's."""
    for prev, i in zip(rest, rest[1:], strict=False):
        if zones[prev] in (META_ZONE, RECIPIENT) and zones[i] in (LETTERHEAD, CONTACT) and \
                FIELD_LINE.match(blocks[prev].text.strip()) and _continues_field(blocks, prev, i) and \
                CONTACT_LINE.search(blocks[i].text):
            zones[i] = zones[prev]


def _form_head(blocks: list[Block], rest: list[int]) -> list[int]:
    """A form with no prose line: its first paragraph group, when that names an organisation with its address and
    number ("STATUSSKEMA – RYGFORLØB" / "Sundhedscenter Herning · Fredensgade 12 · 7400 Herning · tlf. …") and the
    next group opens with the form's fields ("Modtager: …", "Borger: …"), is the sender's letterhead; else none."""
    if not rest:
        return []
    first = [i for i in rest if blocks[i].group == blocks[rest[0]].group]
    after = [i for i in rest if i not in first]
    texts = [blocks[i].text.strip() for i in first]
    if not after or len(first) > 6 or not FIELD_LINE.match(blocks[after[0]].text.strip()) or \
            any(FIELD_LINE.match(t) or RECIPIENT_LINE.match(t) for t in texts):
        return []
    address = any(POSTCODE_LINE.search(t) for t in texts) and any(CONTACT_LINE.search(t) for t in texts)
    return first if address else []


def _continues_field(blocks: list[Block], prev: int, i: int, width: int | None = None) -> bool:
    """Line i goes on with the header field value of line `prev`: the next source line in the same group, not a field
    itself, and the value above ends with a comma ("Fra: Socialrådgiver …, Ortopædkirurgisk Afdeling," /
    "          Aalborg Universitetshospital") or was hard-wrapped at the text's `width` ("Fra: Jobcenter … på vegne" /
    "af Line Bach <…>")."""
    a, b = blocks[prev], blocks[i]
    t = b.text.strip()
    return b.group == a.group and b.line == a.line + 1 and bool(t) and not FIELD_LINE.match(t) and (
        a.text.rstrip().endswith(",") or (prev == i - 1 and hard_wrapped(blocks, i, width)))


def _wrapped_run(blocks: list[Block], i: int, width: int | None) -> str:
    """Block i with the lines a hard wrap continued it on: a wrapped sentence is prose, not a label. Also
    when no wrap width was measured (a short letter has too few full lines after its head): a line that
    stops mid-sentence above a line in lower case goes on there ("… min far, Erik Sommer, som er" / "syg").
    A line giving an address and a contact detail ("Jægergårdsgade 48, 8000 Aarhus C · Tlf. …") is a letterhead's
    line of its own, not a sentence's continuation, however long the line above it."""
    parts = [blocks[i].text.strip()]
    k = i + 1
    while k < len(blocks) and continues_line(blocks, k, width) and len(parts) < 12 \
            and not (POSTCODE_LINE.search(blocks[k].text) and CONTACT_LINE.search(blocks[k].text)):
        parts.append(blocks[k].text.strip())
        k += 1
    return " ".join(parts)


def _zone_floating(blocks: list[Block], zones: list[str]) -> None:
    """Text boxes float beside the letter (often the sender block or the window-envelope
    address): judged by content, not by where the reader put them. Review comments are
    not part of the letter."""
    by_group: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.part == "comment":
            zones[i] = META_ZONE
        elif b.part == "textbox" and zones[i] in (BODY, META_ZONE):
            by_group.setdefault(b.group, []).append(i)
    for g in by_group.values():
        texts = [blocks[i].text.strip() for i in g]
        if any(RECIPIENT_LINE.match(t) for t in texts):
            zone = RECIPIENT
        elif any(SENDER_LABEL.match(t) or CONTACT_LINE.search(t) for t in texts) and \
                not any(_is_prose(t) for t in texts):
            zone = LETTERHEAD
        else:
            continue
        for i in g:
            zones[i] = zone


def _trailing_signature(blocks: list[Block], rest: list[int], head: list[int], zones: list[str]) -> None:
    """No closing: a last group of short lines (name, title, phone) is a signature."""
    if not rest:
        return
    last = blocks[rest[-1]].group
    tail = [i for i in rest if blocks[i].group == last and i not in head and zones[i] == BODY]
    if not tail or len(tail) > 8:
        return
    if len(tail) == len([i for i in rest if zones[i] == BODY]) and not any(
            zones[i] == GREETING_ZONE and _is_prose(t := blocks[i].text.strip()) and len(_words(t)) > 15
            for i in rest if i < tail[0]):
        return  # the short lines are the whole text, unless the greeting's paragraph carries it ("Hej Ib. Må …")
    texts = [blocks[i].text.strip() for i in tail]
    short = all((len(_words(t)) <= 6 or _name_led_line(t)) and t[-1:] not in "?!"
                and (t[-1:] != "." or len(_words(t)) <= 2) for t in texts)
    signed = any(CONTACT_LINE.search(t) or _NAME_ONLY_LINE.fullmatch(t) for t in texts)
    if short and signed:
        for i in tail:
            zones[i] = SIGNATURE


def _name_led_line(text: str) -> bool:
    """A signature's one line of name, title and workplace ("Ida Holm, praktiserende læge, Lægehuset Nordby"):
    a full name before the first comma and short comma-separated parts after it, no sentence; longer than
    the six words a signature line may otherwise have."""
    parts = [p.strip() for p in text.split(",")]
    return 2 <= len(parts) <= 4 and bool(FULL_NAME.match(parts[0])) and \
        all(0 < len(_words(p)) <= 4 for p in parts[1:]) and len(_words(text)) <= 12


def title_field(text: str) -> bool:
    """A field whose label is only the sender's own title words and whose value is a full name
    ("Ergoterapeut: Rikke Fogh", "Læge: Hans Krogh"); not a role naming another party by its relation
    ("Egen læge:", "Jobcentrets sagsbehandler:", "Arbejdsgiverens kontaktperson:")."""
    label, sep, value = text.partition(":")
    words = label.split()
    return bool(sep) and 0 < len(words) <= 2 and all(TITLE_WORD.match(w) for w in words) and \
        bool(FULL_NAME.match(value.strip()))


def _foot_author(blocks: list[Block], rest: list[int], head: list[int], zones: list[str]) -> None:
    """No closing: a form's last lines that are one title field naming a person and contact fields, in
    either order ("Ergoterapeut: Rikke Fogh" / "Telefon (direkte): …" / "E-mail: …"), are the author's
    block written as fields, the form's signature. The run starts after a field line of the form (a form,
    not a note's one-line head), and only a run of such lines counts: another party's field ends it."""
    tail: list[int] = []
    for i in reversed(rest):
        t = blocks[i].text.strip()
        contact = bool(CONTACT_LINE.search(t)) and len(_words(t)) <= 6
        if i in head or zones[i] not in (BODY, META_ZONE) or not (title_field(t) or contact):
            break
        tail.insert(0, i)
    texts = [blocks[i].text.strip() for i in tail]
    titled = sum(1 for t in texts if title_field(t))
    before = [i for i in rest if i not in tail and zones[i] in (BODY, META_ZONE)]
    if titled != 1 or len(tail) < 2 or len(tail) > 6 or \
            not any(FIELD_LINE.match(blocks[i].text.strip()) for i in before):
        return
    for i in tail:
        zones[i] = SIGNATURE


def _under_job_addressee(blocks: list[Block], rest: list[int], i: int, zones: list[str]) -> bool:
    """The line right above block i (no blank line between) is an addressee's field naming a job centre."""
    k = rest.index(i)
    if k == 0:
        return False
    j = rest[k - 1]
    return zones[j] == RECIPIENT and blocks[j].group == blocks[i].group and \
        JOB_ADDRESSEE_FIELD.match(blocks[j].text.strip()) is not None


def _zone_lines(blocks: list[Block], rest: list[int], zones: list[str], width: int | None = None) -> None:
    """Line-level cues that override the block's place: a sender's contact line, a participant list. `width` is the
    column the text was hard-wrapped at, if any: a list item wrapped there goes on on the next line."""
    in_list: int | None = None  # group of the participant list being read
    list_marked = False  # an item of that list began with a dash or bullet
    contact_group: int | None = None  # group under a "KONTAKT" heading
    label_alone = name_next = False  # that heading is a sender label with no value on its line ("Kontaktperson:")
    form_fields = False  # that heading is a form's byline ("Udfyldt af"): its field lines ("Stilling: …") go on
    # the author's own field ("Udfyldt af: Læge …"): another professional's field ("Jobcentrets sagsbehandler:
    # …", "Behandlende fysioterapeut: …") is not the sender's and ends the author's field group
    author = author_field(blocks, [i for i in rest if zones[i] in (BODY, META_ZONE, LETTERHEAD, CONTACT)])
    for i in rest:
        t = blocks[i].text.strip()
        if zones[i] in (QUOTED, EMAIL_OTHER, EMAIL_SENDER):
            in_list = contact_group = None
            continue
        if CONTACT_HEADING.match(t) and zones[i] in (BODY, META_ZONE):
            contact_group = blocks[i].group
            # (its first short line names the contact: "Jonas Birk, sagsbehandler")
            label_alone, name_next, form_fields = False, True, False
            continue
        if BYLINE_HEADING.match(t) and zones[i] in (BODY, META_ZONE, LETTERHEAD) and i + 1 < len(blocks) and \
                blocks[i + 1].group == blocks[i].group and NAME_FIELD.match(blocks[i + 1].text.strip()):
            # a form's section the author fills in ("3. Udfyldt af" / "Navn: …" / "Stilling: …" / "Direkte tlf.:
            # …"), wherever it stands among the form's sections: its field lines are the author's
            contact_group = blocks[i].group
            label_alone, name_next, form_fields = True, True, True  # (also in a form's head: "1. Borger" / …)
            continue
        if in_list is None and names_another(t, author):
            contact_group = None
            if zones[i] in (LETTERHEAD, CONTACT):
                # a form's head naming two professionals ("Behandlende fysioterapeut: …" / "Tilknyttet læge: …" /
                # "Udfyldt af: …"): the other's field is the form's content, no line of the sender's block
                zones[i] = META_ZONE
            continue
        if contact_group is not None:
            # (under a label alone, the block is its value: its first line the name, also in the letterhead)
            # (the author field's value wrapped onto an indented line or after a comma, "Besvaret af: Ole Holm,
            # fysioterapeut," / "      Rygklinikken, …", goes on: the contact lines under it are still the author's)
            wrapped = i > 0 and zones[i - 1] == CONTACT and not _is_prose(t) and len(_words(t)) <= 8 and \
                (blocks[i].text[:1].isspace() or blocks[i - 1].text.rstrip().endswith(","))
            if blocks[i].group == contact_group and zones[i] in ((BODY, META_ZONE, LETTERHEAD) if label_alone
                                                                 else (BODY, META_ZONE)) and (
                    CONTACT_LINE.search(t) or wrapped or (name_next and not _is_prose(t) and len(_words(t)) <= 6)
                    or (form_fields and PARTY_FIELD_LINE.match(t) is not None and not _is_prose(t))):
                zones[i] = CONTACT
                name_next = False
                continue
            contact_group = None
        if PARTICIPANTS_START.match(t):
            zones[i] = PARTICIPANTS
            in_list = blocks[i].group if t.rstrip().endswith(":") or len(t) < 30 else None
            list_marked = False
            continue
        if in_list is not None:
            # (a list written with dashes or bullets ends at the first line without one: "Meld afbud til mig på …")
            marked = _LIST_ITEM.match(t) is not None
            # (an item's wrapped line goes on: indented, after a line ending in a comma, or wrapped at the text's
            # width wherever the wrap fell: "… tlf. 72 14 50" / "62, …")
            goes_on = blocks[i].text[:1].isspace() or blocks[i - 1].text.rstrip().endswith((",", "-", "–")) or \
                continues_line(blocks, i, width)
            if (blocks[i].group == in_list and (marked or not list_marked or goes_on)) or \
                    (blocks[i].style or "").lower().startswith("list"):
                zones[i] = PARTICIPANTS
                list_marked = list_marked or marked
                continue
            in_list = None
        if zones[i] == RECIPIENT:
            continue
        if ADDRESSEE_CASEWORKER.match(t) and zones[i] in (BODY, META_ZONE, LETTERHEAD, CONTACT) and \
                _under_job_addressee(blocks, rest, i, zones):
            # "Til: Jobcenter …" / "Sagsbehandler: Hanne Bro": the addressee's caseworker, no sender's contact
            zones[i] = RECIPIENT
            continue
        if SENDER_LABEL.match(t) and zones[i] in (BODY, META_ZONE, LETTERHEAD):
            zones[i] = CONTACT
            # a label alone on its line ("Kontaktperson:") has its value on the next line: the person's name line
            # ("Jonas Birk, sagsbehandler") is the contact's too, and the phone and mail lines under it
            label_alone = name_next = t.endswith(":")
            form_fields = False
            # its phone and mail may stand on the lines under it ("Kontakt: Rasmus Holm, jobkonsulent" /
            # "mobil …" / "…@…"), as under a "Kontakt" heading
            contact_group = blocks[i].group


def _split_groups(blocks: list[Block], head: list[int], right: list[bool]) -> list[list[int]]:
    """Address blocks of the head: blank lines / table cells, and inside one paragraph
    group a recipient label or the end of an address (postcode line) starts a new block."""
    groups: list[list[int]] = []
    prev_postcode = False
    for i in head:
        t = blocks[i].text.strip()
        new = not groups or blocks[groups[-1][-1]].group != blocks[i].group
        if not new and right[i] != right[groups[-1][-1]]:
            new = True  # a block pushed to the right beside (or below) a left-aligned one
        if not new:
            first = blocks[groups[-1][0]].text.strip()
            if RECIPIENT_LINE.match(t) and not RECIPIENT_LINE.match(first) and not ATTENTION.match(t):
                new = True
            elif (SENDER_LABEL.match(t) or SENDER_FIELD.match(t)) and _recipientish(blocks, groups[-1]):
                new = True  # a form's head: "Modtager: …" then "Afsender: …" / "Sagsbehandler: …" / "Fra: …"
            elif RECIPIENT_LINE.match(t) and ATTENTION.match(t) and not _recipientish(blocks, groups[-1]):
                new = len(groups[-1]) > 2 and POSTCODE_LINE.search(blocks[groups[-1][-1]].text) is not None
            elif prev_postcode and not CONTACT_LINE.search(t) and not META.match(t) and \
                    not _WORDS_COLON.match(t) and \
                    (_recipientish(blocks, groups[-1]) or not _own_contact_lines(blocks, head, i)):
                new = True
            elif any(names_another(t, blocks[k].text.strip()) for k in groups[-1]):
                new = True  # a form's field naming another professional under the author's ("Udfyldt af: …")
        if new:
            groups.append([i])
            prev_postcode = False
        else:
            groups[-1].append(i)
        # the address ended at its postcode line; contact lines may still follow it
        # (or a date line under it: "Dato: 3. marts 2026" then the sender's own lines, once an indent is lost)
        prev_postcode = bool(POSTCODE_LINE.search(t)) or \
            (prev_postcode and bool(CONTACT_LINE.search(t) or META.match(t)))
    return groups


def _own_contact_lines(blocks: list[Block], head: list[int], i: int) -> bool:
    """Line i, after the organisation's address and number in one paragraph group, heads only contact lines
    to the end of the group ("Fysioterapeut Maja Lund Friis" / "maja.friis@…"): the signer's own lines in
    the letterhead, not a recipient's address (which ends at a postcode line of its own)."""
    rest = [k for k in head if k > i and blocks[k].group == blocks[i].group]
    return bool(rest) and all(CONTACT_LINE.search(blocks[k].text) and not POSTCODE_LINE.search(blocks[k].text)
                              and not RECIPIENT_LINE.match(blocks[k].text.strip()) for k in rest)


def _recipientish(blocks: list[Block], g: list[int]) -> bool:
    return any(RECIPIENT_LINE.match(blocks[i].text.strip()) for i in g)


def _header_parties(blocks: list[Block], fields: list[int]) -> tuple[set[str], set[str]]:
    """The name words of a mail or printout header's sender field ("Afsender: Lægerne Søndergade, Brædstrup") that
    its addressee fields ("Modtager: Jobcenter Horsens") do not share, and the addressee's words not the sender's."""
    return _field_parties([blocks[i].text.strip() for i in fields])


def _field_parties(texts: list[str]) -> tuple[set[str], set[str]]:
    """`_header_parties` of the head's field texts."""
    sender: set[str] = set()
    addressee: set[str] = set()
    for t in texts:
        if SENDER_FIELD.match(t):
            sender |= _name_words(re.sub(r"<[^>]*>|\S+@\S+", " ", t.split(":", 1)[1]))
        elif ADDRESSEE_FIELD.match(t):
            addressee |= _name_words(re.sub(r"<[^>]*>|\S+@\S+", " ", t.split(":", 1)[1]))
    return sender - addressee, addressee - sender


# the gap between two fields set side by side on one head line: a middle dot, a bar or a bullet between spaces, a
# tab, or 3+ spaces (the one owner: profiles.py finds a recipient's field inside a sender's line by it too)
FIELD_GAP = re.compile(r"\s+[·|•]\s+|\t+| {3,}")


def _inline_parties(blocks: list[Block], g: list[int]) -> tuple[set[str], set[str]]:
    """A printout's or mail's head written as one line of fields ("Fra: A-kassen Fremad · Til: Jobcenter Fredericia ·
    Sendt: …"): the sender field's name words that the addressee field does not share, and the addressee's not the
    sender's, as `_header_parties` reads a head of one field a line; empty unless the line has both fields."""
    if len(g) != 1 or not SENDER_FIELD.match(blocks[g[0]].text.strip()):
        return set(), set()
    pieces = inline_fields(blocks[g[0]].text)
    if not any(ADDRESSEE_FIELD.match(p) for p in pieces):
        return set(), set()
    return _field_parties(pieces)


def inline_fields(text: str) -> list[str]:
    """The fields of a head line that sets several side by side ("Fra: A-kassen Fremad · Til: Jobcenter Fredericia
    · Sendt: …" -> three), each stripped; a line of one field is itself."""
    return [p.strip() for p in FIELD_GAP.split(text.strip()) if p.strip()]


def _names_header_sender(blocks: list[Block], g: list[int], parties: tuple[set[str], set[str]]) -> bool:
    """An address block under a mail or printout header whose first item names the header's sender and not its
    addressee ("Afsender: Lægerne Søndergade, …" / … / "Lægerne Søndergade · Søndergade 4 · 8740 Brædstrup"): the
    sender's letterhead printed under the header, not the recipient's address; also in capitals."""
    sender, addressee = parties
    if not sender:
        return False
    first = re.split(r"[·|•;,]| / | – | - ", blocks[g[0]].text.strip())[0]
    # (a letterhead in capitals, "LÆGERNE MØLHOLT TORV", names the sender as well)
    words = _name_words(first.title() if first.isupper() else first)
    return bool(words & sender) and not words & addressee


def _zone_head(blocks: list[Block], head: list[int], zones: list[str], email: bool,
               header_parties: tuple[set[str], set[str]] = (set(), set()), foot_author: str = "",
               signed: str = "") -> None:
    """The head's groups as letterhead, recipient or meta. `foot_author`: a form's filled-in-by field below its
    head ("Udarbejdet af: Tina Vang" at its foot), read as the author's field when the head has none: a role
    field of the head naming that author ("Kontaktperson, træningsenheden: Tina Vang | tlf. …") is then the
    sender's block, another professional's field is meta. `signed`: the lines under the closing, which name the
    sender's own organisation (`_addressee_beside`)."""
    right = _right_aligned(blocks)
    groups = _split_groups(blocks, head, right)
    kinds: list[str | None] = []
    for g in groups:
        texts = [blocks[i].text.strip() for i in g]
        if any(RECIPIENT_LINE.match(t) for t in texts) or RECIPIENT_START.match(texts[0]):
            kinds.append(RECIPIENT)
        elif any(SENDER_LABEL.match(t) for t in texts) or SENDER_FIELD.match(texts[0]):
            kinds.append(LETTERHEAD)  # (a memo head's "Fra: Sagsbehandler …" with its Direkte telefon:/E-mail: lines)
        elif all(META.match(t) or _topic_line(t) for t in texts) or all(
                (FIELD_LINE.match(t) or CONSENT_FIELD.match(t)) and not CONTACT_LINE.search(t)
                and not POSTCODE_LINE.search(t) for t in texts):
            kinds.append(META_ZONE)  # (a printout's or form's field head: "Sendt fra: …" / "Dato: …" is no address)
        else:
            kinds.append(None)  # an address block: decided below
    for k in _addressee_beside(blocks, groups, kinds, right, signed):
        kinds[k] = RECIPIENT
    open_ = [k for k, kind in enumerate(kinds) if kind is None]
    decided = False
    # side by side (table cells) or pushed right: the order says nothing, contact details do
    # the same when only a later block carries a contact block (two lines or more: phone and mail) and
    # the first none: the indentation that pushed it right may be lost (a .docx twin, a pasted text);
    # a recipient's address with its switchboard on one line does not outweigh the order
    # (counted only where two address blocks are open: a contact-line search of a long line is the dearest cue)
    contacts = [sum(1 for i in groups[k] if CONTACT_LINE.search(blocks[i].text)) for k in open_] \
        if len(open_) >= 2 else []
    later_contact = len(open_) >= 2 and contacts[0] == 0 and sum(1 for n in contacts if n >= 2) == 1 and \
        sum(1 for n in contacts if n) == 1
    if len(open_) >= 2 and not email and LETTERHEAD not in kinds and RECIPIENT not in kinds and \
            (later_contact or any(_unordered(blocks, groups[k], right) for k in open_)):
        scores = [_contact_score(blocks, groups[k], right) for k in open_]
        if scores.count(max(scores)) == 1:
            kinds[open_[scores.index(max(scores))]] = LETTERHEAD
            decided = True
    # otherwise in reading order: the first address block is the sender's, the next the recipient's
    # a group led by another professional's field ("Jobcentrets sagsbehandler: Lone Berg", "Behandlende
    # fysioterapeut: …" beside the author's "Udfyldt af: …") is never the sender's block, by label or place
    author = author_field(blocks, head) or foot_author
    others = {k for k, g in enumerate(groups) if names_another(blocks[g[0]].text.strip(), author)}
    for k in others:
        kinds[k] = None
    for k, g in enumerate(groups):
        if kinds[k] is None and k not in others and names_author(blocks[g[0]].text.strip(), author):
            kinds[k] = LETTERHEAD  # the author's own role field ("Kontaktperson, …: Tina Vang | tlf. …")
    marked = list(kinds)  # what the labels alone said
    seen_sender = email or decided
    seen_recipient = False
    for k, kind in enumerate(kinds):
        seen_recipient = seen_recipient or kind == RECIPIENT
        seen_sender = seen_sender or kind == LETTERHEAD
        if kind is not None:
            continue
        if k in others:
            kinds[k] = META_ZONE  # (nor the recipient's: a form names the professionals around the citizen)
        elif k and kinds[k - 1] == LETTERHEAD and _continues(blocks, groups[k - 1], groups[k], right):
            kinds[k] = LETTERHEAD  # the letterhead's own phone/web lines after a blank line
        elif k and marked[k - 1] == LETTERHEAD and not seen_recipient and RECIPIENT in marked[k:]:
            kinds[k] = LETTERHEAD  # "Sagsbehandler: …" block, then its organisation, then "Til …"
        elif k and marked[k - 1] == LETTERHEAD and not seen_recipient and \
                _names_header_sender(blocks, groups[k], _inline_parties(blocks, groups[k - 1])):
            kinds[k] = LETTERHEAD  # a printout's one-line head "Fra: A-kassen … · Til: Jobcenter …", then the sender's
            # own letterhead under it ("A-kassen …" / "Rådgiver …" / "Direkte …"): no address block of the addressee
        elif not seen_sender:
            kinds[k] = LETTERHEAD
            seen_sender = True
        elif email and not seen_recipient and LETTERHEAD not in kinds[:k] and \
                _names_header_sender(blocks, groups[k], header_parties):
            kinds[k] = LETTERHEAD  # the sender's letterhead under a printout's "Afsender:" / "Modtager:" head
        elif not seen_recipient and all(right[i] for i in groups[k]) and \
                sum(1 for i in groups[k] if CONTACT_LINE.search(blocks[i].text)) >= 2 and k + 1 < len(kinds):
            kinds[k] = LETTERHEAD  # a right-aligned contact block (phone and mail) under a letterhead in the
            # page header is the sender's; the window address is the next block
        elif not seen_recipient:
            kinds[k] = RECIPIENT
            seen_recipient = True
        elif any(CONTACT_LINE.search(blocks[i].text) for i in groups[k]):
            kinds[k] = LETTERHEAD  # the sender's contact block after the address block
        else:
            kinds[k] = META_ZONE
    for g, zone in zip(groups, kinds, strict=True):
        for i in g:
            t = blocks[i].text.strip()
            zones[i] = zone  # type: ignore[assignment]
            if zone == LETTERHEAD and (META.match(t) or _topic_line(t)) \
                    and not any(map(str.isdigit, t[:3])) and not SENDER_LABEL.match(t):
                zones[i] = META_ZONE
            elif zone == RECIPIENT and META.match(t) and not RECIPIENT_LINE.match(t):
                zones[i] = META_ZONE  # date, subject or case number run on below the address
            elif zone == LETTERHEAD and OTHER_PARTY_FIELD.match(t) and g is not groups[0]:
                zones[i] = META_ZONE  # a field naming the citizen's own professional below the sender's block
                # ("Henvisende læge: …, tlf. …" under the subject): that doctor's line, not the sender's contact
            elif zone == LETTERHEAD and DATE_LINE.match(t):
                zones[i] = META_ZONE  # "Herning, 20. januar 2026"
            elif zone in (LETTERHEAD, RECIPIENT) and (FIELD_LINE.match(t) or CONSENT_FIELD.match(t)) \
                    and not CONTACT_LINE.search(t) \
                    and not SENDER_LABEL.match(t) and not RECIPIENT_LINE.match(t) and not SENDER_FIELD.match(t):
                zones[i] = META_ZONE  # a form's field in the head ("Samtykke: Ja, indhentet 3/2")


def _continues(blocks: list[Block], prev: list[int], g: list[int], right: list[bool]) -> bool:
    """A block that only carries contact lines, or is indented like the letterhead, continues it."""
    if all(CONTACT_LINE.search(blocks[i].text) and not RECIPIENT_LINE.match(blocks[i].text.strip()) for i in g):
        return True
    indented = [right[i] for i in prev + g]
    return all(indented)


def _topic_line(t: str) -> bool:
    """A subject written as a phrase ("Spørgsmål om …") or about someone by name ("Pia Holms sygemelding", "Pia Holm
    – spørgsmål om …"); an organisation's or a person's title line ("Jobcenter Nordvigs sygedagpengeafdeling",
    "Mette Hansen - fysioterapeut") is none."""
    if CONTACT_LINE.search(t):
        return TOPIC_NAME_CONTACT.match(t) is not None  # (the citizen's number after the name in the subject)
    if TOPIC_LINE.match(t):
        return True
    m = TOPIC_NAME_LINE.match(t)
    if not m:
        return False
    words = _TOPIC_WORD.findall(t)
    return not any(ORGANISATION_WORD.fullmatch(w.lower().rstrip("s")) or ORGANISATION_WORD.fullmatch(w.lower())
                   or TITLE_WORD.match(w.lower()) for w in words[:6])


def _right_aligned(blocks: list[Block]) -> list[bool]:
    """Pushed to the right of the page: 20+ columns beyond the letter's own left margin (spaces typed
    before a .docx paragraph's text count as a text line's indent: a plain-text letter pasted into Word)."""
    cols = [b.column0 + len(b.text) - len(b.text.lstrip()) for b in blocks]
    margin = min((c for c, b in zip(cols, blocks, strict=True) if b.part not in ("header", "footer")), default=0)
    return [c - margin >= 20 for c in cols]


def _addressee_beside(blocks: list[Block], groups: list[list[int]], kinds: list[str | None], right: list[bool],
                      signed: str) -> list[int]:
    """A head typed in two columns, read as two blocks side by side (`split_columns`: the same text lines): the
    right one the sender's by its labels ("Sagsbehandler: …", "Kontaktperson: …") under an organisation's own line
    ("Kontorforbundet" / "Sagsbehandler: Emil Thorsen" / "Direkte tlf. …") that the signature names, the left one an
    open address block whose first line the signature does not name ("Jobcenter København" / "Sygedagpengeenheden" /
    … / "Tlf. …"): the left column is the addressee's, whose details never count for the sender (RULES.md). A left
    column naming the signer's organisation ("Esbjerg Kommune" beside "Sagsbehandler: Henrik Lund" signed
    "Jobcenter Esbjerg") stays the sender's letterhead, and so does one beside a right column opening with its label."""
    signer = _name_words(signed)
    if not signer:
        return []
    out = []
    for k in range(1, len(groups)):
        left, side = groups[k - 1], groups[k]
        if kinds[k] != LETTERHEAD or kinds[k - 1] is not None or not all(right[i] for i in side) or \
                any(right[i] for i in left) or not {blocks[i].index for i in left} & {blocks[i].index for i in side}:
            continue
        first, left_first = blocks[side[0]].text.strip(), blocks[left[0]].text.strip()
        if SENDER_LABEL.match(first) or SENDER_FIELD.match(first) or FIELD_LINE.match(first) or \
                CONTACT_LINE.search(first) or META.match(first):
            continue
        if _name_words(first) & signer and not _name_words(left_first) & signer:
            out.append(k - 1)
    return out


def _unordered(blocks: list[Block], g: list[int], right: list[bool]) -> bool:
    return all(blocks[i].part == "table" or right[i] for i in g)


def _contact_score(blocks: list[Block], g: list[int], right: list[bool]) -> int:
    """The sender's block carries the contact lines; being pushed right only breaks a tie (the
    recipient's window address may stand right as well as the sender's block)."""
    score = 2 * sum(1 for i in g if CONTACT_LINE.search(blocks[i].text))
    return score + (1 if all(right[i] for i in g) else 0)
