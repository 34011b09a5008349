"""The sender party: whose name, phone numbers and e-mail addresses the letter gives as its writer's.

Every attribution carries a reason code ("signature", "from-field", "first-person",
"personal-label", "switchboard-label", …), so a verdict can be traced and shown.
Only the sender's part counts (letterhead, signature, e-mail Fra:, page header and
footer, a "Kontaktperson:" line, and first-person sentences such as "du kan fange mig
på ..."). Numbers and addresses are personal or a department's; see RULES.md
"Sender's contact details". Each number is judged by its own label (the text between
it and the previous number or separator, and a parenthesis after it), not by the line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from linter.analysis.emails import AT_CUE, mask_emails
from linter.errors import ConfigError
from linter.letter.cues import letter_cues
from linter.regex_check import check_regex

_NAME_TOKEN = re.compile(r"^[A-ZÆØÅ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?$")
_INVERTED_SURNAME = re.compile(r"(?:^|:)\s*[\"']?([A-ZÆØÅ][a-zæøåéü]+(?:[- ][A-ZÆØÅ][a-zæøåéü]+)?),\s*$")
_SURNAME_TOKEN = re.compile(r"^(?:[A-ZÆØÅ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?|[A-ZÆØÅ]\.)$")
# what may stand between the words of one name: a space or two, never a comma ("Helle Brandt, Tværfagligt
# Rygteam"), a tab or a column gap (two signers side by side: "Trine Holmgaard      Bo Nygaard Thomsen")
_NAME_GAP = re.compile(r"[ \u00a0]{1,2}|\.?[ \u00a0]?")
# ... but a full stop and a space after a whole word (not an abbreviated first name: "Chr. Holm", "Th. Bak") end a
# sentence, and the name with it ("Dikteret af overlæge Henrik Aagaard Thomsen. Ikke gennemlæst.")
_SENTENCE_END_GAP = re.compile(r"\.[ \u00a0]")
_SEPARATOR = re.compile(r"[·|•;,]| / | – | - ")
# names_in: a word in capitals, the pieces of a name line, an initial ("K.")
_CAPITALS_WORD = re.compile(r"\b[A-ZÆØÅ]{2,}(?:-[A-ZÆØÅ]{2,})?\b")
_NAME_PIECE = re.compile(r"[\wÆØÅæøåéü.-]+")
_INITIAL = re.compile(r"[A-ZÆØÅ]\.")
# a word that may be a name, in the text as written: a capital, then the characters of _NAME_PIECE but the dot
_NAME_START = re.compile(r"[A-ZÆØÅ][\wÆØÅæøåéü-]*")
_STRONG_SEPARATOR = re.compile(r"[·|•;]| / | – | - ")
# a parenthesis right after a number: its own label ("(direkte)", "(Sundhed og Omsorg, hovednummer)")
_PAREN_LABEL = re.compile(r"\s*\(([^()]{1,40})\)")
_WORD_MEMO_LIMIT = 20_000  # words remembered by `_stop_word` (single words, memory only, never written)
# compiled once here, not looked up in re's cache on each call
_LOCAL_PARTS = re.compile(r"[._\-+]")  # the parts of an address's local part ("lone.berg2", "rygteam-vest")
_LOCAL_WORDS = re.compile(r"[._+]")  # … its words, a hyphenated one kept whole ("a-kasse.midtjylland")
_LOCAL_PART = re.compile(r"([\w.+-]+)@")
_SIGNATURE_PARTS = re.compile(r"\s*[,|·(<]\s*")
# the separator of a signature's lines joined on one line ("Anne Holm | Fysioterapeut | Tlf. …")
_JOINED_SIGNATURE = re.compile(r"\s+[|·•]\s+")
_HOUSE_NUMBER_END = re.compile(r"\d+\s*[A-Za-z]?\s*$")  # a street piece's end ("Nørregade 20", "Vej 4B")
_DIGIT_OR_AT = re.compile(r"\d|@")
_ADDRESS_PART = re.compile(r"<[^>]*>|\S+@\S+|\"")
_COLUMN_GAP = re.compile(r"\t+| {3,}")  # the gap between two fields set in columns on one line
_PIECE_GAP = re.compile(r"\t+| {2,}")  # the gap between the pieces of a head flattened from two columns
_LETTER = re.compile(r"[^\W\d_]")
_CLAUSE_CUT = re.compile(r",|[.!?]\s+(?=[A-ZÆØÅ])")
_LABEL_CUT = re.compile(r"[·|•;,]| / | – ")
_INITIALS_LINE = re.compile(r"([A-ZÆØÅ]{2,4})(?:,\s*([^\W\d_]+)[^,]*)?")
_CAPITALISED_WORD = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}")
_ADDRESS = re.compile(r"\S+@\S+")
_ADDRESS_OR_WEB = re.compile(r"\S+@\S+|www\.\S+")
_WORD = re.compile(r"[\wæøåÆØÅ-]+")
_SPACED_NAME_WORD = re.compile(r"\s[A-ZÆØÅ][a-zæøå]+")
_EIGHT_DIGIT_GROUPS = re.compile(r"\d{2}\s?\d{2}\s?\d{2}\s?\d{2}")
_CAPITAL_START = re.compile(r"[A-ZÆØÅ]")


def _sender_cues() -> dict[str, re.Pattern]:
    """The sender reader's cue words (lexicons/letter/sender.yaml), schema- and backtracking-checked like
    every letter lexicon; read once from the shipped lexicons when this module is imported."""
    from linter.data import data_dir
    from linter.letter.cues import compile_cue_file
    from linter.yamlio import load_yaml

    path = data_dir("lexicons") / "letter" / "sender.yaml"
    sets = compile_cue_file(load_yaml(path), str(path))
    return {name.split(".", 1)[1]: cue.pattern for name, cue in sets.items() if cue.pattern is not None}


_CUES = _sender_cues()
# first person before a number: the author's own ("du kan fange mig på …"); a third party between: not
_FIRST_PERSON, _THIRD_PARTY, _DEPT_OFFER = _CUES["first-person"], _CUES["third-party"], _CUES["department-offer"]
_WE = _CUES["first-person-plural"]  # "Ring til os på …": the organisation's number
_READER_POSSESSIVE = _CUES["reader-possessive"]  # "jeres fælles postkasse": the reader's unit, not the sender's
_READER_NUMBER = _CUES["reader-number"]  # "Du har givet mig nummeret …": the recipient's number
_CALL_INVITATION = _CUES["call-invitation"]  # "kan du ringe til Borgerservice på …" (with a department's label)
# the end of a first-person number's own words: the next alternative (cue `alternative-joiner`) or number
_OWN_WORDS_END = re.compile(f"{_CUES['alternative-joiner'].pattern}|\\d", _CUES["alternative-joiner"].flags)
_CONTINUES, _CONTINUES_OTHER = _CUES["continues-previous"], _CUES["continues-other-party"]
# what a template placeholder stands for
_PH_NAME, _PH_PHONE, _PH_EMAIL = _CUES["placeholder-name"], _CUES["placeholder-phone"], _CUES["placeholder-email"]
_PH_DEPT, _PH_DEPT_CONTACT = _CUES["placeholder-department"], _CUES["placeholder-department-contact"]
_LETTERHEAD_NAME_PH = _CUES["letterhead-name-placeholder"]
_ID_LABEL, _RECIPIENT_LABEL = _CUES["identifier-label"], _CUES["recipient-label"]
# "Fax 86 12 55 09": no phone (nobody can call the author on it); "Tlf./fax …" is one (a label shared with a phone word)
_FAX_LABEL, _FAX_SHARED = _CUES["fax-label"], _CUES["fax-shared"]
_CITIZEN_LABEL = _CUES["citizen-label"]
_CPR_BEFORE = _CUES["cpr-before"]  # "Hanne Dalby, CPR 050587-XXXX, tlf. …": the citizen's line
# a form's section heading naming a party ("1. Borger", "Borgerens kontaktoplysninger:", "2. Arbejdsgiver"): the field
# lines under it are that party's
_CITIZEN_SECTION, _OTHER_SECTION = _CUES["citizen-section"], _CUES["other-section"]
# a line that may head a section: short, no digit but a leading number, no address, no field with a value after a colon
_SECTION_SHAPE = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?[^\W\d_][^\d@:]{0,60}:?\s*")
# another person's number after the signature: "Gitte kan selv kontaktes på mobil …", "hendes eget nummer er …"
_REACHABLE, _THEIR_NUMBER = _CUES["reachable"], _CUES["their-number"]
_APPOSITION = _CUES["number-apposition"]
_MOBILE_LETTER = _CUES["mobile-letter"]  # "M: 2081 4457": a mobile's one-letter label
_ASK_FOR = _CUES["ask-for"]  # "Ring på … og spørg efter sygedagpenge": a switchboard that puts calls through
# where a sentence ends inside a block: a full stop before a capital ("kl. 8-9" goes on) or a blank line
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ])|[.!?]\s*$|\n\s*\n")
# street-name endings that are never surnames; organisation words and titles that end or start a name
_STREET, _ORGISH, _TITLE = _CUES["street-suffix"], _CUES["organisation-word"], _CUES["title"]
_SIG_NAME_LINE, _INLINE_CLOSING = _CUES["signature-name-line"], _CUES["inline-closing"]
_INITIALS_SIGN = _CUES["initials-sign"]
_DEFINITE = _CUES["definite-ending"]  # "Rygkoordinationen" / rygkoordination@


def _definite_form(word: str) -> bool:
    """The word ends in a definite ending of two or more letters (`definite-ending`: "afsnittet", "afdelingen")."""
    return any(_DEFINITE.match(word[-k:]) for k in (2, 3, 4) if len(word) > k)

_LEGAL_FORM = _CUES["legal-form"]  # "Nordpack A/S": a line naming a company
_OUTSIDE_SERVICE = _CUES["outside-service"]  # "ring til Lægevagten på …" in a letterhead: no party's own line
_UNIT_LABEL = _CUES["unit-label"]  # "HR: 70 11 22 33": a unit's number, also under a person's name
_ON_BEHALF = _CUES["on-behalf-of"]  # "(datter af Erik Sommer)": the person written for, not the author
_SINGULAR_AUTHOR = _CUES["singular-author"]  # "Jeg har haft …": one author, a second signer beside co-signs
_ASSISTANT = _CUES["assistant-label"]  # "Sekretær: Annette Holm": the one who answers the phone, not the author
_CLIENT_ON_BEHALF = _CUES["client-on-behalf"]  # "Fra: Jobcenter … <…> på vegne af Line Bach <…>": the person writes
# a number the letter itself gives as its unit's: the secretariat's line named apart from anyone's own
_UNIT_NUMBER_REASONS = frozenset({"department-offer", "switchboard-label", "switchboard-hours", "unit-label"})
_BORN_AFTER_NAME = _CUES["born-after-name"]  # "Sara Holm, født 1990": the citizen
_ABOUT_BEFORE_NAME = _CUES["about-before-name"]  # "Statusbrev om Sara Holm": the citizen
_PRIVATE_MAIL_DOMAIN = _CUES["private-mail-domain"]  # gmail, hotmail: a private person's own address
_SIGNED_FOR = _CUES["signed-for"]  # "p.v.a. overlæge …": the one signing under it writes for the professional
_NAMED_ASSISTANT = _CUES["named-assistant"]  # "Sekretær: Gitte Holm, tlf. …": the named secretary's own line
_LOWER_NAME_LINE = re.compile(r"[a-zæøåé]+(?:-[a-zæøåé]+)?(?: [a-zæøåé]+(?:-[a-zæøåé]+)?){1,3}")
_PERSON_FIELD = _CUES["person-role-field"]  # "Jobcentrets kontaktperson: …": a person's line, not a department's
_CALLED_PLACE = _CUES["called-place"]  # "Du kan ringe til lægehuset på …": the place's number
_PRACTICE_OWNER = _CUES["practice-owner"]  # "Klinik … v/ speciallæge Lars Kronborg": the practice's letterhead
_WRITTEN_BY = _CUES["written-by"]  # "Dikteret af overlæge …", "v/ datteren Sara Dahl": the author's own name follows
# a house number after a name ("Karen Blixens Vej 4", "Skovvej 12B"); a masked CPR or other long number is none
_HOUSE_NUMBER = re.compile(r"\d{1,3}[A-Za-z]?(?:-\d{1,3}[A-Za-z]?)?")
# ... and a phone number right after a name is no house number ("Mvh Karen Holm 22 33 44 55")
_PHONE_AFTER = re.compile(r"[ \u00a0]*(?:tlf\.?:?\s*)?(?:\+\s?45\s?)?(?:\d{2}[ \u00a0]?){3}\d{2}(?!\d)", re.I)

_AT_CUE = re.compile(AT_CUE, re.I)  # a line with an address, also an obfuscated one

_NAME_ZONES = {"signature", "closing", "email-sender", "contact", "letterhead", "page-header", "page-footer"}
_PERSONAL_POSITION = {"signature", "closing", "email-sender", "contact"}
_ORGANISATION_ZONES = {"letterhead", "page-header", "page-footer", "signature"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """A phone number or e-mail address the letter gives for its sender."""

    value: str  # digits of the number / the real address in lower case / the placeholder as written
    start: int  # span in the analysed text
    end: int
    personal: bool
    reason: str  # short code: why it is the sender's and why personal or a department's

    @property
    def field(self) -> bool:
        """A template field standing for the detail («Telefon», {{ afsender.email }}), not the detail itself."""
        return self.reason.startswith("placeholder")


@dataclass(slots=True)
class SenderModel:
    names: list[tuple[int, int]]
    name_reasons: list[str] = field(default_factory=list)  # one code per name span
    phones: list[Attribution] = field(default_factory=list)
    emails: list[Attribution] = field(default_factory=list)
    # details in the sender's part that are another party's ("Borger: …, tlf. …" -> citizen-label, "Gitte kan
    # selv kontaktes på …" -> someone-elses): read by the parties model (linter/letter/people.py), never counted
    declined: list[Attribution] = field(default_factory=list)
    # fax numbers of the sender's side ("Fax 86 12 55 09"): no phone, neither the author's nor a department's
    # (kontakt.telefon, kontakt.afdeling); kept here only so a verdict can be traced, never counted or listed
    faxes: list[Attribution] = field(default_factory=list)

    def full_name(self, a) -> tuple[tuple[int, int] | None, str]:
        """The sender's name as RULES.md counts it: the first name span of two or more words (or a
        template field), with its reason code; a first name alone ("Hilsen Mette") is no name when no
        surname is given anywhere in the sender's part -> (None, "first-name-only")."""
        from linter.readers.docx_placeholders import placeholder_spans

        for k, span in enumerate(self.names):
            written = a.text[span[0]:span[1]]
            if len(written.split()) >= 2 or placeholder_spans(written):
                # the same person named in full further on ("Fra: Lone Vang" … signed "Lone Friis Vang"): the
                # fuller form, first and last names the same
                words = written.casefold().split()
                for j in range(k + 1, len(self.names)):
                    later = a.text[self.names[j][0]:self.names[j][1]].casefold().split()
                    if len(later) > len(words) >= 2 and later[0] == words[0] and later[-1] == words[-1]:
                        k, span, words = j, self.names[j], later
                return span, self.name_reasons[k] if k < len(self.name_reasons) else "?"
        return None, "first-name-only" if self.names else "no-sender-name"

    def filled_in(self, a) -> bool:
        """The writer has put their own name in the sender's part (not a template field): a contact field left
        beside it («Direkte_telefon») is a blank the writer forgot, not the template's stand-in for the fact."""
        from linter.readers.docx_placeholders import placeholder_spans

        return any(why != "placeholder" and not placeholder_spans(a.text[s:e])
                   for (s, e), why in zip(self.names, self.name_reasons, strict=False))


_NAME_REASON = {"signature": "signature", "closing": "signature", "email-sender": "from-field",
                "contact": "contact-line", "letterhead": "letterhead", "page-header": "page-header",
                "page-footer": "page-footer"}


_MAIL_LETTERS = (("æ", ("ae", "e")), ("ø", ("oe", "o")), ("å", ("aa", "a")))


def _mail_spellings(word: str) -> set[str]:
    """A word as a mail address may spell it: as written, and with each of æ, ø, å spelt one of its two ways, the
    ways mixed ("Sønderå": soenderaa, sondera, and sonderaa@ as a branch's mailbox spells it)."""
    out = {word}
    for letter, ways in _MAIL_LETTERS:
        if letter in word:
            out = {w.replace(letter, way) for w in out for way in ways} | out
    return out


class SenderReader:
    """Reads the sender party out of an analysed letter; one per lexicon set (the words are data)."""

    def __init__(self, lexicons) -> None:
        self.lexicons = lexicons
        self._stop_words: dict[str, bool] = {}  # word -> `_stop_word` (single words, memory only)
        self.prepare()

    @cached_property
    def _words(self) -> dict[str, set[str]]:
        raw = self.lexicons.raw.get("mailboxes") or {}

        def words(key: str) -> set[str]:
            # the words are data (lexicons/mailboxes.yaml, always loaded from the shipped lexicons)
            return {str(v).lower() for v in raw.get(key) or []}

        return {"mailbox": words("function_mailboxes"), "dept_phone": words("department_phone_labels"),
                "mailbox_ending": words("function_mailbox_endings"), "branch": words("branch_mailboxes"),
                "hours": words("department_hours_labels"),
                "personal_phone": words("personal_phone_labels"), "dept": words("department_words"),
                "direct_line": words("direct_line_labels"),
                "mailbox_label": words("function_mailbox_labels"), "opening": words("opening_hours_labels")}

    def prepare(self) -> None:
        """Validate at load what this reader uses: the letter model's cue lexicons and the mailbox patterns
        (an invalid or backtracking pattern stops the engine with the file and key, never silently dropped)."""
        letter_cues(self.lexicons)
        _ = self._patterns, self._label_rx

    @cached_property
    def _patterns(self) -> list[re.Pattern]:
        raw = self.lexicons.raw.get("mailboxes") or {}
        pats = raw.get("function_mailbox_patterns") or []
        if not isinstance(pats, list):
            raise ConfigError("leksikon 'mailboxes': nøgle 'function_mailbox_patterns': skal være en liste",
                              "lexicon 'mailboxes': key 'function_mailbox_patterns': must be a list",
                              code="bad-lexicon")
        for k, p in enumerate(pats):
            check_regex(p, "lexicon 'mailboxes'", f"function_mailbox_patterns[{k}]", code="bad-lexicon")
        return [re.compile(p) for p in pats]

    @cached_property
    def _long_mailbox_words(self) -> tuple[str, ...]:
        """The function words a compound mailbox part may end in ("rygambulatoriet", "smerteraadgivning")."""
        return tuple(w for w in self._words["mailbox"] if len(w) >= 6)

    @cached_property
    def _mailbox_sorted(self) -> list[str]:
        return sorted(self._words["mailbox"])

    @cached_property
    def _mailbox_5(self) -> tuple[str, ...]:
        """The function words of five letters or more (a long single-word local part may contain one)."""
        return tuple(w for w in self._words["mailbox"] if len(w) >= 5)

    def _abbreviates(self, part: str, more: int = 1) -> bool:
        """A function word starts with `part` and is `more` letters longer or more ("neurokir" of "neurokirurgi"):
        the words starting with it stand together in sorted order, from where `part` would stand."""
        words = self._mailbox_sorted
        k = bisect.bisect_left(words, part)
        while k < len(words) and words[k].startswith(part):
            if len(words[k]) >= len(part) + more:
                return True
            k += 1
        return False

    @cached_property
    def _first_names(self) -> set[str]:
        return {n.lower() for n in self.lexicons.lists.get("first-names", [])}

    @cached_property
    def _ambiguous_names(self) -> set[str]:
        return {n.lower() for n in self.lexicons.lists.get("first-names-ambiguous", [])}

    @property
    def department_words(self) -> set[str]:
        return self._words["dept"]

    # -- classification -----------------------------------------------------
    @cached_property
    def _label_rx(self) -> dict[str, re.Pattern]:
        """Per word set, one pattern of its words: one scan of a text, not one per word."""
        return {key: re.compile("|".join(re.escape(w) for w in sorted(words))) for key, words in self._words.items()
                if words}

    def _has_label(self, text: str, key: str) -> bool:
        """A word of the set `key` stands in the text (as part of a word, too), in any case."""
        rx = self._label_rx.get(key)
        return rx is not None and rx.search(text.lower()) is not None

    def email_is_department(self, value: str) -> bool:
        local, _, domain = value.lower().partition("@")
        org = domain.split(".")[0]
        if _PRIVATE_MAIL_DOMAIN.match(org):
            return False  # per.h.1968@gmail.com: a private person's own address, never a unit's mailbox
        parts = [p for p in _LOCAL_PARTS.split(local) if p]
        parts += [p.rstrip("0123456789") for p in parts if p[-1:].isdigit()]  # team3@, sygedagpenge2@
        if not parts:
            return True
        if local == org or local in self._words["mailbox"] or any(p.search(local) for p in self._patterns):
            return True
        if any(p in self._words["mailbox"] or p == org for p in parts) or local in self._words["branch"]:
            return True  # (a region or compass word is a branch mailbox only as the whole local part: midt@)
        if any("-".join(bits[i:j]) in self._words["mailbox"] for w in _LOCAL_WORDS.split(local) if "-" in w
               for bits in [w.split("-")] for i in range(len(bits)) for j in range(i + 2, len(bits) + 1)):
            return True  # a hyphenated function word kept whole: a-kasse.midtjylland@, a-kasse-vest@
        if any(p not in self._first_names and len(p) > len(w) + 1 and p.endswith(w)
               for p in parts for w in self._words["mailbox_ending"]):
            return True  # a compound ending in a unit word: rygteam@, smerteteam@
        # (beside a first name a word is no abbreviation: lone.hjemme@ is Lone's home address, not hjemmepleje@)
        if not any(p in self._first_names for p in parts) and \
                any(len(p) >= (5 if len(parts) >= 2 else 6) and self._abbreviates(p) for p in parts):
            return True  # an abbreviated function word: neurokir.amb@, rygkir@
        # a part that is a compound of a function word ("rygambulatoriet.viborg@", "smerteraadgivning@")
        if any(p not in self._first_names and p.endswith(self._long_mailbox_words) for p in parts):
            return True
        if len(parts) >= 2:
            # team3@…, jc.2@…: numbered mailboxes; a person's name with a number is the person's (jonas.falk.01@)
            return any(p.isdigit() for p in parts) and not any(p in self._first_names for p in parts)
        if local in self._first_names or local in self._ambiguous_names or len(local) <= 5:
            return False
        # a long single word: a function mailbox if it contains a function word or the organisation (a short
        # organisation word, "rm", "kk", only at its start or end: karmoe@rm.dk is Karen Mølgaard's initials)
        inside = org in local if len(org) >= 4 else bool(org) and (local.startswith(org) or local.endswith(org))
        return inside or any(w in local for w in self._mailbox_5)

    def names_in(self, text: str, zone: str = "signature") -> list[tuple[int, int]]:
        """Spans of person names: a known first name (an ambiguous one only before a
        surname in a signature-like zone) followed by capitalised surnames; street names
        ("Karen Blixens Vej 4") and organisation words end or drop a span."""
        if not self._may_name(text):
            return []  # no word of the text is a first name: no name starts anywhere (most lines asked)
        out = []
        # "MALENE SØRENSEN" in a signature: compare capitalised (same length, spans stay valid)
        text = _CAPITALS_WORD.sub(lambda m: "-".join(x.capitalize() for x in m.group(0).split("-")), text)
        toks = [(m.group(0), m.start()) for m in _NAME_PIECE.finditer(text)]
        toks = [(t.rstrip(".") if not _INITIAL.fullmatch(t) else t, p) for t, p in toks]
        k = 0
        while k < len(toks):
            tok, pos = toks[k]
            low = tok.lower()
            known = low in self._first_names or ("-" in low and low.split("-")[0] in self._first_names)
            # an ambiguous first name ("Hans", "Per") counts in a signature-like zone, and anywhere right before a known
            # first name: a double first name ("Speciallæge Hans Ulrik Brandt" in a letterhead), or right after a
            # professional title ("Læge Per Damsgaard · Læge …" in a practice's letterhead; a surname must follow)
            ambiguous = low in self._ambiguous_names and (zone in _PERSONAL_POSITION or (
                k + 1 < len(toks) and toks[k + 1][0].lower() in self._first_names and
                toks[k + 1][0].lower() not in self._ambiguous_names and _NAME_TOKEN.match(toks[k + 1][0]) is not None
                and text[pos + len(tok):toks[k + 1][1]] == " ") or (
                k > 0 and _TITLE.match(toks[k - 1][0].lower()) is not None
                and text[toks[k - 1][1] + len(toks[k - 1][0]):pos] == " "))
            if not _NAME_TOKEN.match(tok) or not (known or ambiguous) or low in self._words["dept"]:
                k += 1
                continue
            end = pos + len(tok)
            j = k + 1
            while j < len(toks) and _SURNAME_TOKEN.match(toks[j][0]) and not self._stop_word(toks[j][0]) \
                    and _NAME_GAP.fullmatch(text[toks[j - 1][1] + len(toks[j - 1][0]):toks[j][1]]) \
                    and not (len(toks[j - 1][0]) > 3 and _SENTENCE_END_GAP.match(
                        text, toks[j - 1][1] + len(toks[j - 1][0]))):
                end = toks[j][1] + len(toks[j][0])
                j += 1
            nxt = toks[j][0] if j < len(toks) else ""
            span_toks = [t for t, _ in toks[k:j]]
            # (a comma ends the name before an address: "Erik Dahl, Møllevej 3, 6000 Vestby" is a name and a street)
            gap = text[end:toks[j][1]] if j < len(toks) else ""
            street = ("," not in gap and (bool(_HOUSE_NUMBER.fullmatch(nxt)) and not _PHONE_AFTER.match(text, end)
                                          or bool(_STREET.search(nxt)))) or \
                any(_STREET.search(t) for t in span_toks[1:])
            if ambiguous and not known and j == k + 1:
                street = True  # "Per" alone is a word, not a name
            if not street and j > k + 1 and span_toks[-1].endswith("s") and len(span_toks[-1]) > 4 and \
                    nxt[:1].isupper() and self._stop_word(nxt) and gap == " ":
                end -= 1  # a name in the genitive before its business ("Mette Hansens Fysioterapi"): Mette Hansen
            if not street:
                # a mail client's "Surname, Firstname" (Outlook's "Kragh, Mette"): the surname comes first
                # ("Holm, Anne" as a signature's line too, a title never taken for the surname)
                inverted = _INVERTED_SURNAME.search(text[:pos]) if j == k + 1 and (
                    zone == "email-sender" or zone in _NAME_ZONES and
                    _INVERTED_SURNAME.fullmatch(text[:pos].lstrip())) else None
                if inverted is None and zone == "email-sender" and j > k + 1:
                    # "Jensen, Maja Krog <mkj@…>": given names after the comma, when the address spells them so
                    inverted = _INVERTED_SURNAME.search(text[:pos])
                    locals_ = _LOCAL_PART.findall(text)
                    if inverted and not any(_initials_of(loc, [f"{text[pos:end]} {inverted.group(1)}"]) or
                                            inverted.group(1).lower() in _LOCAL_PARTS.split(loc.lower())
                                            for loc in locals_):
                        inverted = None
                if inverted and zone != "email-sender" and (self._stop_word(inverted.group(1)) or any(
                        _TITLE.match(w) or w.lower() in self._first_names for w in inverted.group(1).split())):
                    inverted = None
                out.append((inverted.start(1) if inverted else pos, end))
            k = j
        return out

    def _may_name(self, text: str) -> bool:
        """Whether a word of `text` is a (possibly ambiguous) first name, as `names_in` reads its words: each
        word it can take for a name starts with a capital and is one of `_NAME_START`'s matches, whatever the
        capitalisation (so False means `names_in` finds nothing)."""
        first, ambiguous = self._first_names, self._ambiguous_names
        words = [w.lower() for w in _NAME_START.findall(text)]  # (the words at once, tested as sets: in C)
        if not first.isdisjoint(words) or not ambiguous.isdisjoint(words):
            return True
        return any(low.split("-")[0] in first for low in words if "-" in low)

    def _stop_word(self, tok: str) -> bool:
        """A word that ends or drops a name: a department's or an organisation's word. Remembered per word (single
        words in memory only, cleared when full)."""
        low = tok.lower()
        memo = self._stop_words
        hit = memo.get(low)
        if hit is None:
            # (also a phone label after the name in a flattened line: "Marianne Kold  Dir. 9912 6634")
            hit = low in self._words["dept"] or bool(_ORGISH.search(low)) and low not in self._first_names or \
                low in self._words["personal_phone"] or f"{low}." in self._words["personal_phone"]
            if len(memo) >= _WORD_MEMO_LIMIT:
                memo.clear()
            memo[low] = hit
        return hit

    def _signature_name(self, text: str) -> tuple[int, int] | None:
        """A name not in the list, standing alone on the signature line after the closing
        (a title after a comma or bar may follow: "Annemette Qvist, fysioterapeut")."""
        parts = [x.strip() for x in _SIGNATURE_PARTS.split(text.strip())]
        # leading parts that are titles only ("Overlæge, dr.med. Solvejg Quist"): the name follows them
        while len(parts) > 1 and parts[0] and all(_TITLE.match(x) for x in parts[0].split()):
            parts = parts[1:]
        t = parts[0]
        toks = t.split()
        while len(toks) > 2 and _TITLE.match(toks[0]):  # "Overlæge Solvejg Quist"
            toks = toks[1:]
        t = " ".join(toks)
        if not t:
            return None
        if not _SIG_NAME_LINE.match(t) or any(map(str.isdigit, t)):
            return None
        toks = t.split()
        if any(self._stop_word(x) or x.lower() in self._words["dept"] for x in toks):
            return None
        if _STREET.search(toks[-1]):
            return None
        start = text.index(t)
        return start, start + len(t)

    def _label_window(self, text: str, start: int, end: int, prev_end: int) -> tuple[str, str, int]:
        """The number's own label: the text before it back to the previous number or a strong separator, and
        after it up to the next separator; a parenthesis right after it is its label whole, commas and all
        ("47 78 40 00 (Sundhed og Omsorg, hovednummer)"), and so is a last item of the line that is only a
        phone label ("… 47 78 40 00, hovednummer", "… – direkte"). Also returns where the label ends, so
        the next number's label starts after it."""
        before = text[prev_end:start]
        # a comma does not end a label before the number ("Sekretær Lone Hansen, tlf. …")
        cut = [m.end() for m in _STRONG_SEPARATOR.finditer(before)]
        if cut:
            before = before[cut[-1]:]
        after = text[end:end + 60]
        paren = _PAREN_LABEL.match(after)
        head = paren.group(0) if paren else ""
        m = _SEPARATOR.search(after, len(head))
        if m:
            rest = text[end + m.end():]
            after = after[:m.start()]
            if m.group(0) in (",", " – ", " - ") and self._trailing_label(rest):
                after += " " + rest
                return before, after, len(text)
        return before, after, end + len(head)

    def _trailing_label(self, rest: str) -> bool:
        """The rest of the line after a comma or dash is a phone label only ("hovednummer", "Borgerservice, hverdage
        8-15" is not: a number or an address follows): short, with no digit or address, naming a phone label."""
        return len(rest.split()) <= 4 and not _DIGIT_OR_AT.search(rest) and \
            (self._has_label(rest, "dept_phone") or self._has_label(rest, "personal_phone"))

    def verdict(self, a) -> SenderModel:
        cached = a.memo.get("letter.sender")
        if cached is not None:
            return cached  # type: ignore[return-value]
        st = a.structure
        names: list[tuple[int, int]] = []
        sender_words: set[str] = set()  # the words of the sender names found so far
        name_zones: set[str] = set()
        named_blocks: dict[int, int] = {}  # block -> offset of the first name in it
        phones: list[Attribution] = []
        emails: list[Attribution] = []
        name_reasons: list[str] = []
        declined: list[Attribution] = []
        faxes: list[Attribution] = []
        field_others: set[int] = set()  # lines of a person's field naming someone other than the signer

        def phone(start: int, end: int, value: str, personal: bool, reason: str) -> None:
            phones.append(Attribution(value, start, end, personal, reason))

        def email(start: int, end: int, value: str, personal: bool, reason: str) -> None:
            emails.append(Attribution(value, start, end, personal, reason))
        sig_first = _first_signature_line(st, a.blocks)
        inline = _inline_closing(st, a.blocks)  # block -> where "… Mvh Anne, tlf. …" starts
        inline.update(_flat_sender_field(st, a.blocks))  # or "…   Sagsbehandler: Lone Dahl   Direkte tlf.: …"

        def zone_at(i: int, s: int) -> str:
            return "closing" if i in inline and s >= inline[i] else st.zones[i]

        foreign = self._addressee_on_top(a)  # an address block on top that is the addressee's, not a letterhead

        def sender_at(i: int, s: int) -> bool:
            return st.is_sender(i) and i not in foreign or (i in inline and s >= inline[i])

        for i, block in enumerate(a.blocks):
            zone = zone_at(i, len(block.text))
            text = block.text
            base = a.block_starts[i]
            if not sender_at(i, len(text)) or zone not in _NAME_ZONES or _RECIPIENT_LABEL.match(text):
                continue
            if zone in ("page-header", "page-footer") and _other_field(text):
                continue  # a printout's "Emne: Lone Vestergaard – …" in the page header names the citizen
            offset = 0
            if i in inline:
                offset = inline[i]
            elif zone == "email-sender":
                offset = text.index(":") + 1 if ":" in text else 0
            elif zone == "closing":
                from linter.letter.structure import CLOSING
                m = CLOSING.match(text.strip())
                offset = text.index(text.strip()) + (m.end() if m else 1)
            elif zone == "contact":
                offset = text.index(":") + 1 if ":" in text else 0
            part = text[offset:]
            if sender_words and _someone_elses(part, sender_words):
                continue  # "Gitte kan selv kontaktes på …" after the signature names the citizen
            if self.party_section(a, i):
                continue  # "1. Borger" / "Navn: Kasper Holm", "2. Arbejdsgiver" / "Kontaktperson: …": another party
            found = [] if _CITIZEN_LABEL.search(text[:offset] + part[:12]) else self.names_in(part, zone)
            # "(datter af Erik Sommer)" under the signer's name: the father, not the author
            # ("Sekretær: Annette Holm, tlf. …" under the doctor's name: the secretary, not the author)
            sent_for = _CLIENT_ON_BEHALF.search(part) if zone == "email-sender" else None
            if sent_for:
                # a mailbox sending for a person: the name after "på vegne af" is the author's, the one before the
                # mailbox's display name
                found = [(fs, fe) for fs, fe in found if fs >= sent_for.end()]
            else:
                found = [(fs, fe) for fs, fe in found
                         if not _ON_BEHALF.search(part[:fs]) and not _ASSISTANT.search(part[:fs])]
            # ("Statusbrev om Sara Holm, født 1990" on a head line: the citizen the letter is about)
            found = [(fs, fe) for fs, fe in found if not _BORN_AFTER_NAME.match(part[fe:]) and
                     not (zone in ("letterhead", "page-header") and _ABOUT_BEFORE_NAME.search(part[:fs]))]
            if not found and zone == "email-sender":
                display = _ADDRESS_PART.sub(" ", mask_emails(part)).strip()
                if "," in display:  # Outlook "Efternavn, Fornavn"
                    display = " ".join(x.strip() for x in reversed(display.split(",", 1)))
                sig = self._signature_name(display)
                if sig:
                    first = display.split()[0]
                    found = [(part.find(first), part.find(first) + len(first))]
            if not found and (i in sig_first and zone == "signature" or zone == "closing") and \
                    _LOWER_NAME_LINE.fullmatch(part.strip(" ,.")) and \
                    part.split()[0] in self._first_names | self._ambiguous_names:
                found = self.names_in(part.title(), zone)  # a name typed in lower case ("karen holm")
            if not found and i in sig_first and zone in ("signature", "contact"):
                sig = self._signature_name(part)
                found = [sig] if sig else []
            if not found and zone == "closing" and part.strip():
                sig = self._signature_name(part.strip(" ,./"))
                if sig:
                    found = [(sig[0] + part.index(part.strip(" ,./")), sig[1] + part.index(part.strip(" ,./")))]
            if found and names and zone in ("signature", "closing", "contact") and _PERSON_FIELD.match(text) and \
                    not any(w in sender_words for fs, fe in found for w in part[fs:fe].split()):
                # a person's field under the signer's name naming someone else ("Kontaktperson: sygeplejerske Tina
                # Lau, direkte …" under "Birgitte Nøhr, overlæge"): a colleague's line, its details no sender's
                # (RULES.md Sender's contact details: a colleague's details never count)
                field_others.add(i)
                continue
            written_by = _WRITTEN_BY.search(part)
            if written_by and zone != "email-sender":
                # "Dikteret af overlæge Karen Holst" / "v/ datteren Sara Dahl": the name after it is the author's
                found = [(fs, fe) for fs, fe in found if fs >= written_by.end()]
            if found and written_by and zone != "email-sender":
                spans = [(base + offset + s, base + offset + e) for s, e in found]
                names[:0] = spans  # before the name it stands under: the author, not the signer or the one written for
                name_reasons[:0] = ["written-by"] * len(found)
                sender_words.update(w for s, e in found for w in part[s:e].split())
                name_zones.add(zone)
                named_blocks[i] = offset + found[0][0]
            elif found:
                names += [(base + offset + s, base + offset + e) for s, e in found]
                name_reasons += ["inline-closing" if i in inline else _NAME_REASON.get(zone, zone)] * len(found)
                sender_words.update(w for s, e in found for w in part[s:e].split())
                name_zones.add(zone)
                named_blocks[i] = offset + found[0][0]
            for s, e in a.placeholders(i):
                ph = text[s:e]
                label = text[max(0, s - 14):s]
                if _ID_LABEL.search(label) or _ID_LABEL.search(ph):
                    continue  # "cpr.nr. {{cpr}}", «Sagsnr.»: an identifier, not a contact detail
                if _PH_PHONE.search(ph) or (_PH_PHONE.search(label) and not _PH_EMAIL.search(ph)):
                    if _PH_DEPT_CONTACT.search(ph) or self._has_label(label, "dept_phone"):
                        phone(base + s, base + e, ph, False, "placeholder")
                    else:
                        phone(base + s, base + e, ph, True, "placeholder")
                elif _PH_EMAIL.search(ph) or _PH_EMAIL.search(label):
                    if _PH_DEPT_CONTACT.search(ph):
                        email(base + s, base + e, ph, False, "placeholder")
                    else:
                        email(base + s, base + e, ph, True, "placeholder")
                elif _PH_NAME.search(ph) and not _PH_DEPT.search(ph) and zone != "letterhead" or \
                        zone == "letterhead" and _LETTERHEAD_NAME_PH.search(ph):
                    names.append((base + s, base + e))
                    name_reasons.append("placeholder")
                    name_zones.add(zone)
                    named_blocks.setdefault(i, s)
        others, colleagues, shared_lines = self._listed_colleagues(a, names)
        if others:
            # a practice's letterhead listing its doctors, the letter signed by one of them: the others are
            # colleagues, and their own lines' numbers and addresses no sender's
            keep = [k for k, span in enumerate(names) if span not in others]
            names[:] = [names[k] for k in keep]
            name_reasons[:] = [name_reasons[k] for k in keep if k < len(name_reasons)]
            for i in colleagues:
                named_blocks.pop(i, None)
        # "Du kan ringe til mig på «Telefon»" in the running text of a template
        for i, block in enumerate(a.blocks):
            if st.zones[i] not in ("body", "meta") or i in inline:
                continue
            for s, e in a.placeholders(i):
                ph = block.text[s:e]
                if _PH_DEPT_CONTACT.search(ph) or not self._first_person(a, a.block_starts[i] + s):
                    continue
                if _PH_PHONE.search(ph):
                    phone(a.block_starts[i] + s, a.block_starts[i] + e, ph, True, "placeholder-first-person")
                elif _PH_EMAIL.search(ph):
                    email(a.block_starts[i] + s, a.block_starts[i] + e, ph, True, "placeholder-first-person")
        sig_named = bool(name_zones & _PERSONAL_POSITION)
        initials_signed = False
        # the sender's own name as kontakt.navn reads it: a secretary named beside it is someone else
        own_span = SenderModel(names, name_reasons).full_name(a)[0]
        own_name = a.text[own_span[0]:own_span[1]].casefold() if own_span else ""

        def named_assistant(i: int, s: int, words: str) -> bool:
            """The detail at offset `s` of block `i` is a named secretary's (cue `named-assistant`), on its own
            line ("Sekretær: Gitte Holm, tlf. …") or in her own block under the author's ("Bente Holm" /
            "Lægesekretær, direkte tlf. …"); not when she signs for the professional ("p.v.a. …": she writes)."""
            if self._signed_for_above(a, i):
                return False
            if self._named_assistant(words, own_name):
                return True
            if not self._assistant_block(a, i, s, named_blocks, title_line=True) or \
                    self._has_label(words, "dept_phone") and not _NAMED_ASSISTANT.search(words):
                return False  # (a line of hers labelled as the unit's: "Spørgsmål til sekretariatet: tlf. …")
            heading = self._block_names(a, i, names, named_blocks)
            return bool(heading) and own_name not in heading
        # a note signed with initials only ("/AKJ, fysioterapeut"): no name, but its lines below are the author's
        for i, z in enumerate(st.zones):
            if z in ("closing", "signature") and i not in named_blocks and \
                    self._initials_sign(a.blocks[i].text, i in sig_first):
                named_blocks[i] = len(a.blocks[i].text) - len(a.blocks[i].text.lstrip())
                sig_named = initials_signed = True
        # (a line naming the practice's people, the signer among them, heads no block of the signer's own)
        named_groups = {a.blocks[i].group: i for i in named_blocks if i not in shared_lines}
        other_starts = sorted(s for s, _ in others)
        shared_only = self._first_name_over_mailbox(a, names, initials_signed, sender_at)

        org_words = self._organisation_words(a, sender_words)
        sender_text = " ".join(b.text for k, b in enumerate(a.blocks) if st.is_sender(k)).lower()

        def named_self(offset: int) -> str:
            return self._self_reference(a, offset, sender_words, sender_text)

        mailbox_only = self._only_function_mailboxes(a, sender_at)
        cosigner = self._cosigner_columns(a)  # block -> where a co-signer's column starts on its line
        addressee_pieces = self.addressee_column(a)  # block -> the addressee's pieces of a head flattened by columns

        def self_secretary(i: int) -> bool:
            """Block i stands in the sender's own block, under her own name, with no p.v.a. line above it: a secretary
            who writes in her own name ("Bente Holm" / "Lægesekretær" / "Direkte …" / "beho@…") is the author, so her
            labelled direct line and her own address are the author's (RULES.md kontakt.telefon: a number labelled
            direkte counts; kontakt.email: initials count)."""
            return bool(own_name) and not self._signed_for_above(a, i) and \
                own_name in self._block_names(a, i, names, named_blocks)

        def addressee_piece(i: int, s: int) -> bool:
            return any(ps <= s < pe for ps, pe in addressee_pieces.get(i, ()))
        prev_end: dict[int, int] = {}
        direct_lines = 0  # numbers of the sender's part labelled as a direct line ("Direkte 96 44 09 52")
        for c in a.phones:
            i = a.block_index(c.start)
            text = a.blocks[i].text
            s, e = c.start - a.block_starts[i], c.end - a.block_starts[i]
            zone = zone_at(i, s)
            own_start = prev_end.get(i, 0)
            before, after, prev_end[i] = self._label_window(text, s, e, own_start)
            window = before + " " + after
            # the label right before the number, in its own sentence ("Vi sender referatet … Ring til os på …" has none)
            near = _CLAUSE_CUT.split(before)[-1]
            # (on a line of fields in columns, "Sagsnr.: 25/118   Direkte tlf.: …", the number's own column)
            near = next((p for p in reversed(_COLUMN_GAP.split(near)) if _LETTER.search(p)), near)
            if _ID_LABEL.search(near):
                continue  # CVR, case or account number, not a phone
            # its own label before it, or in a parenthesis right after it ("Tlf. 5953 4471 (direkte)")
            paren = _PAREN_LABEL.match(after)
            if self._fax(text[own_start:s], near, paren) or not text[:s].strip() and self._fax_wrapped(a, i):
                faxes.append(Attribution(c.value, c.start, c.end, False, "fax-label"))
                continue  # "Fax 86 12 55 09": no number to call (a fax neither is the author's nor a department's)
            personal_label = self._has_label(before, "personal_phone") or \
                bool(paren and self._has_label(paren.group(1), "personal_phone")) or bool(_MOBILE_LETTER.search(before))
            dept_label = self._has_label(window, "dept_phone")
            unit_label = not personal_label and bool(
                _UNIT_LABEL.search(near) or paren and _UNIT_LABEL.search(paren.group(1))
                or self._unit_genitive(near))
            told = self._apposition(text, e)
            if told and not personal_label:
                # ", det er klinikkens nummer, vi har telefontid …" / ", det er min mobil" after the number
                personal_label = self._has_label(told, "personal_phone")
            told_dept = bool(told) and not personal_label and self._has_label(told, "dept_phone") or \
                not personal_label and bool(_ASK_FOR.match(a.text[c.end:c.end + 60]))
            dept_label = dept_label or told_dept
            if dept_label and not told_dept and not personal_label and \
                    self._workplace_in_name_line(before, s - len(before), named_blocks.get(i), near + " " + after):
                dept_label = False  # "Fra: Jonas Lykke, fysioterapeut, Rygambulatoriet, Vejle Sygehus, tlf. …"
            if sender_at(i, s) and not _RECIPIENT_LABEL.match(text):
                # "Borger: … tlf." is the citizen's; "Borgerservice:" is the department's switchboard
                section = self.party_section(a, i)  # under "1. Borger", "Borgerens kontaktoplysninger:", …
                citizen = self._citizens(text[:s], near) or section == "citizen"
                # on a line naming the signer beside others, the name right before a number is whose it is
                owner = max((n for n in names if a.block_starts[i] <= n[0] < c.start), default=None) \
                    if i in shared_lines else None
                k = bisect.bisect_left(other_starts, a.block_starts[i])
                other_before = i in shared_lines and k < len(other_starts) and \
                    max((x for x in other_starts[k:] if x < c.start), default=-1) > (owner[0] if owner else -1)
                # (a colleague's line labelled as the department's is the department's; a named secretary's,
                # "Sekretær: Gitte Hald, tlf. …", is hers: `named-assistant` below)
                # ("Jobcentrets kontaktperson: Lene Bach, …": the genitive names whose person, not whose number)
                listed = (i in colleagues or other_before) and (not dept_label or bool(_PERSON_FIELD.match(text))) \
                    or i in field_others
                if citizen or section or _someone_elses(text[:s], sender_words, number=True) or listed or \
                        i in cosigner and s >= cosigner[i] or addressee_piece(i, s) or \
                        _OUTSIDE_SERVICE.search(before) or paren and _OUTSIDE_SERVICE.search(paren.group(1)):
                    declined.append(Attribution(c.value, c.start, c.end, False,
                                                "citizen-label" if citizen else "someone-elses"))
                    continue
                if named_assistant(i, s, before.rsplit("\n", 1)[-1]):
                    # "Sekretær: Gitte Holm, tlf. …", "Bente Holm" / "Lægesekretær, direkte tlf. …" beside the author's
                    # signature: the named secretary's own line, neither the author's nor the department's
                    declined.append(Attribution(c.value, c.start, c.end, False, "named-assistant"))
                    continue
                # (a secretary's own block under the author's with no name of her own: "Lægesekretær" / "Tlf. …" is
                # the secretariat's line; under a p.v.a. signature a plain number stays the secretariat's)
                own_line = self._own_assistant_line(a, i, c.value, phones, names, named_blocks, own_name)
                if personal_label and (own_line or self_secretary(i) or
                                       not self._assistant_block(a, i, s, named_blocks, title_line=True)):
                    phone(c.start, c.end, c.value, True, "personal-label")
                    if self._has_label(before, "direct_line") or \
                            bool(paren and self._has_label(paren.group(1), "direct_line")):
                        direct_lines += 1
                elif dept_label:
                    phone(c.start, c.end, c.value, False, "switchboard-label")
                elif unit_label:
                    phone(c.start, c.end, c.value, False, "unit-label")  # "HR: 70 11 22 33" under a name
                elif own_line:
                    phone(c.start, c.end, c.value, True, "under-name")
                elif personal_label or self._assistant_block(a, i, s, named_blocks):
                    phone(c.start, c.end, c.value, False, "assistant-block")  # "… / Lægesekretær / Tlf. …"
                elif shared_only and zone in _PERSONAL_POSITION:
                    # "Kasper / Medlemsservice / Tlf. … / medlemsservice@…": the organisation writes
                    phone(c.start, c.end, c.value, False, "first-name-shared")
                elif self._has_label(window, "hours") and zone not in _PERSONAL_POSITION and \
                        not self._under_contact_field(a, i, named_blocks):
                    phone(c.start, c.end, c.value, False, "switchboard-hours")  # a letterhead number with hours
                elif self._has_label(window, "hours") and mailbox_only and \
                        not self._under_contact_field(a, i, named_blocks):
                    # "Tlf. 70 20 40 60 (hverdage 9-15)" / "post@…" under a name: the organisation's service line
                    phone(c.start, c.end, c.value, False, "hours-beside-mailbox")
                elif self._under_name(a, i, s, zone, named_blocks, named_groups, sig_named):
                    phone(c.start, c.end, c.value, True, "under-name")  # (also with the signer's own hours)
                elif self._has_label(window, "hours"):
                    phone(c.start, c.end, c.value, False, "switchboard-hours")
                else:
                    phone(c.start, c.end, c.value, False, "organisation-line")
            elif zone in ("body", "meta") and self._named_assistant(self._own_words(a, c.start), own_name, "body"):
                # "Har du spørgsmål, så ring til min sekretær Tina Bro på …", "… via sekretær Lone Dam, tlf. …": the
                # named secretary's own line, not the author's nor the department's (a secretary by title alone,
                # "sekretæren på …", stays the department's offer)
                declined.append(Attribution(c.value, c.start, c.end, False, "named-assistant"))
            elif zone in ("body", "meta") and self._first_person(a, c.start) and \
                    (place := self._called_place(a, c.start, sender_text)):
                # "Du kan ringe til lægehuset på …": the place's number; the sender's own unit's, else no one's here
                if place == "own" and not personal_label:
                    phone(c.start, c.end, c.value, False, "named-own-unit")
                else:
                    declined.append(Attribution(c.value, c.start, c.end, False, "someone-elses"))
            elif zone in ("body", "meta") and self._first_person(a, c.start):
                # (its own label after it, up to the next number or alternative: "ring på … i telefontiden")
                own_after = _OWN_WORDS_END.split(after, maxsplit=1)[0]
                # (a place's opening hours after it: "Ring til bageriet på … (åbent 6-17), hvis I vil tale med mig")
                if (self._has_label(before, "dept_phone") or self._has_label(own_after, "dept_phone") or told_dept
                        or self._has_label(own_after, "opening")) and not personal_label:
                    phone(c.start, c.end, c.value, False, "first-person-switchboard-label")
                else:
                    phone(c.start, c.end, c.value, True, "first-person")
            elif zone in ("body", "meta") and (who := named_self(c.start)):
                # "Mette Kold kan træffes direkte på …" (the author by name), "Rygambulatoriet træffes på …" (the
                # sender's own unit): the author's own number, or the unit's
                own = who == "self" and not (dept_label or self._has_label(after[:40], "hours") and not personal_label)
                phone(c.start, c.end, c.value, own, "named-self" if own else "named-own-unit")
            elif zone in ("body", "meta") and not text[e:].strip(" .") and len(text[:s].split()) <= 6 and \
                    not _goes_on(a, i) and self._label_rx["direct_line"].match(text.lstrip().lower()) and \
                    not self._citizens(text[:s], near) and not _someone_elses(text[:s], sender_words, number=True):
                # a line of its own in the text that is only a direct line's field, led by its label ("Direkte nummer
                # til jer: 86 15 20 17" above the closing): the author's own line, as under the signature (not the
                # wrapped end of a sentence about someone else's line: its sentence decides, below)
                phone(c.start, c.end, c.value, True, "personal-label")
            elif zone in ("body", "meta") and self._department_offer(a, c.start) and not personal_label:
                # "Spørgsmål kan rettes til afdelingens sekretariat på 79 40 50 00"
                phone(c.start, c.end, c.value, False, "department-offer")
        _repeated_letterhead(a, phones)
        if direct_lines and not any(not p.personal for p in phones):
            _general_beside_direct(phones)
        _round_beside_own(phones)
        for c in a.emails:
            i = a.block_index(c.start)
            text = a.blocks[i].text
            if sender_at(i, c.start - a.block_starts[i]) and not _RECIPIENT_LABEL.match(text):
                before = text[:c.start - a.block_starts[i]]
                section = self.party_section(a, i)
                if self._citizens(before, before[-25:]) or section == "citizen":
                    declined.append(Attribution(c.value, c.start, c.end, False, "citizen-label"))
                    continue
                if (i in colleagues or i in field_others) and not self.email_is_department(c.value) or section or \
                        i in cosigner and c.start - a.block_starts[i] >= cosigner[i] or \
                        addressee_piece(i, c.start - a.block_starts[i]):
                    declined.append(Attribution(c.value, c.start, c.end, False, "someone-elses"))
                    continue
                line = before.rsplit("\n", 1)[-1]
                if not self.email_is_department(c.value) and named_assistant(i, c.start - a.block_starts[i], line):
                    # a named secretary's own address on her line or in her block under the author's ("Bente Holm" /
                    # "Lægesekretær, …, bente.holm@…"): hers, neither the author's nor a department's mailbox
                    declined.append(Attribution(c.value, c.start, c.end, False, "named-assistant"))
                    continue
                if not self.email_is_department(c.value) and not self_secretary(i) and \
                        self._assistant_block(a, i, c.start - a.block_starts[i], named_blocks, title_line=True):
                    # a secretary's own address in her block under the author's ("Lægesekretær, …, bente.holm@…"):
                    # a colleague's personal address, neither the author's nor a department's mailbox
                    declined.append(Attribution(c.value, c.start, c.end, False, "someone-elses"))
                    continue
                if not self.email_is_department(c.value) and _someone_elses(line, sender_words, number=True):
                    # "Kontakt evt. min kollega Jens Mørk, tlf. …, jemo@…" beside the signature: the colleague's
                    # address (RULES.md: a colleague's details never count), as the number before it
                    declined.append(Attribution(c.value, c.start, c.end, False, "someone-elses"))
                    continue
            elif st.zones[i] in ("body", "meta") and not self._first_person(a, c.start) and \
                    self._own_mailbox_label(a, c.start):
                # "Send … til afdelingens postkasse koordinering@…": the sender's unit's shared mailbox
                email(c.start, c.end, c.value, False, "mailbox-label-first-person")
                continue
            elif st.zones[i] in ("body", "meta") and not self._first_person(a, c.start) and \
                    self._department_offer(a, c.start):
                if self.email_is_department(c.value) or self._named_after(c.value, org_words):
                    email(c.start, c.end, c.value, False, "department-offer")  # (nordvig@ of "… Nordvig")
                continue
            elif not (st.zones[i] in ("body", "meta") and (self._first_person(a, c.start) or named_self(c.start))):
                continue
            where = "" if sender_at(i, c.start - a.block_starts[i]) and not _RECIPIENT_LABEL.match(text) \
                else "-first-person"
            label = _LABEL_CUT.split(text[:c.start - a.block_starts[i]])[-1]
            if self.email_is_department(c.value):
                email(c.start, c.end, c.value, False, "function-mailbox" + where)
            elif self._has_label(label, "mailbox_label"):
                email(c.start, c.end, c.value, False, "mailbox-label" + where)  # "Fælles postkasse: sdp@…"
            elif self._unit_abbreviation(c.value) and not _initials_of(c.value, [a.text[s:e] for s, e in names]):
                email(c.start, c.end, c.value, False, "unit-abbreviation-mailbox" + where)  # psyk@, kiro@
            elif self._named_after(c.value, org_words):
                email(c.start, c.end, c.value, False, "organisation-name-mailbox" + where)
            else:
                email(c.start, c.end, c.value, True, "personal-address" + where)
        v = SenderModel(names, name_reasons, phones, emails, declined, faxes)
        a.memo["letter.sender"] = v
        return v

    def _addressee_on_top(self, a) -> set[int]:
        """An address block at the top naming one sector ("Lægerne i Gullestrup" / "Gullestrupvej 10" / "Tlf. 97 12 05
        05") in a letter with no other recipient's lines, whose signature names only the other sector ("Sagsbehandler,
        Jobcenter Herning"): the addressee's block, not a letterhead, and its numbers the recipient's (RULES.md Sender's
        contact details: a recipient's details never count). A role a hospital has too ("Socialrådgiver") names no
        sector here."""
        st = a.structure
        if any(z in ("recipient", "email-sender", "email-header") for z in st.zones):
            return set()
        heads = [i for i, z in enumerate(st.zones) if z == "letterhead"]
        signed = [a.blocks[i].text for i, z in enumerate(st.zones) if z == "signature"]
        if not heads or not signed or heads[-1] != len(heads) - 1:
            return set()  # (only a block at the very top)
        cues = letter_cues(self.lexicons)
        rx = {k: cues[f"sectors.{k}"].pattern for k in ("health", "job", "job-roles-in-health", "other")
              if f"sectors.{k}" in cues and cues[f"sectors.{k}"].pattern is not None}
        if len(rx) < 4:
            return set()

        def sides(text: str) -> tuple[bool, bool]:
            if rx["other"].search(text):
                return True, True  # an employer's or an association's words: no one sector
            return (bool(rx["health"].search(text)),
                    any(not rx["job-roles-in-health"].match(m.group(0).lower()) for m in rx["job"].finditer(text)))

        head = sides("\n".join(a.blocks[i].text for i in heads))
        sig = sides("\n".join(signed))
        if head[0] != head[1] and sig[0] != sig[1] and head != sig:
            return set(heads)
        return set()

    @staticmethod
    def _fax_wrapped(a, i: int) -> bool:
        """A number opening its line whose label ended the line above, cut off by a hard wrap ("… · Tlf. 86 13 40 50
        · Fax" / "86 13 40 51 · CVR …"): the last item of the line above is a fax label alone."""
        if i == 0:
            return False
        prev, cur = a.blocks[i - 1], a.blocks[i]
        if prev.group != cur.group or prev.line + 1 != cur.line:
            return False
        last = _SEPARATOR.split(prev.text.rstrip())[-1].strip()
        m = _FAX_LABEL.fullmatch(last.rstrip(":").strip())
        return bool(m) and not _FAX_SHARED.search(last)

    @staticmethod
    def _fax(own: str, near: str, paren: re.Match | None) -> bool:
        """The number's own label is a fax's ("Fax 86 12 55 09", "Telefax: …", "86 12 55 09 (fax)"), not one shared
        with a phone word ("Tlf./fax …", "Telefon og fax: …"): `own` is the line back to the previous number."""
        if _FAX_SHARED.search(own) or paren and _FAX_SHARED.search(paren.group(1)):
            return False
        return bool(_FAX_LABEL.search(near) or paren and _FAX_LABEL.search(paren.group(1)))

    def _workplace_in_name_line(self, before: str, at: int, name_at: int | None, own: str) -> bool:
        """A number on the sender's own name line after the pieces of where they work ("Jonas Lykke, fysioterapeut,
        Rygambulatoriet, Vejle Sygehus, tlf. …"): the unit's name there is the person's address, not the number's
        label, which is only its own piece ("tlf."; `own`). True when the name opens the label's first comma piece,
        the number's own piece names no department, and every department word of the pieces between stands in a
        capitalised word (a unit's proper name: "Rygambulatoriet", "Klinikken for Ryg") of a piece naming no
        secretary or reception ("Sekretariatet, tlf. …" stays the secretariat's line). RULES.md kontakt.telefon:
        a number under (here: beside) the sender's name counts; a general number does not."""
        if name_at is None or self._has_label(own, "dept_phone"):
            return False
        pieces = before.split(",")
        if len(pieces) < 3 or not at <= name_at < at + len(pieces[0]):
            return False
        rx = self._label_rx.get("dept_phone")
        for piece in pieces[1:-1]:
            if _ASSISTANT.search(piece.strip()) or _NAMED_ASSISTANT.search(piece):
                return False
            for m in rx.finditer(piece.lower()) if rx else ():
                start = m.start()
                while start > 0 and (piece[start - 1].isalpha() or piece[start - 1] == "-"):
                    start -= 1  # back to the start of the word the hit is in
                if not piece[start].isupper():
                    return False
        return True

    @staticmethod
    def party_section(a, i: int) -> str | None:
        """Block i stands in a form's section headed by a line naming a party other than the sender ("1. Borger" /
        "Navn: …" / "Telefon: …", "Borgerens kontaktoplysninger:" / "Lise Holm, Bakkevej 12" / "Tlf. …", "2.
        Arbejdsgiver"): "citizen" or "other". The heading is the nearest line above it in its block group that has
        a heading's shape (cue `citizen-section` / `other-section` decides whose); a lone heading line in the group
        right above heads the group too. Any other heading-shaped line (a name, a title, "8. Udfyldt af") ends the
        search: the lines under it are not a named party's."""
        memo = a.memo.setdefault("letter.sender.sections", {})
        if i in memo:
            return memo[i]
        blocks, found, k = a.blocks, None, i - 1
        g = blocks[i].group
        while k >= 0:
            text = blocks[k].text
            if blocks[k].group != g:
                # a heading standing alone in the group right above ("Borger" / blank line / "Navn: …")
                if k == 0 or blocks[k - 1].group != blocks[k].group:
                    found = _section_of(text)
                break
            if _SECTION_SHAPE.fullmatch(text):
                found = _section_of(text)
                break
            k -= 1
        memo[i] = found
        return found

    def _citizens(self, before: str, near: str) -> bool:
        """A contact detail is the citizen's after a citizen label near it ("Borgerens tlf.: …") or on a line that
        is a citizen's field ("Borger: Ole Sand, tlf. …", "Patient: …, ole@…", "Medlem: …"), or after a CPR number
        on its line ("Hanne Dalby, CPR 050587-XXXX, tlf. …"). A department's label that begins with the same word
        ("(Borgerservice) · sygedagpenge@…", "Borgerservice: 70 …") is no citizen's."""
        line = before.rsplit("\n", 1)[-1].lstrip()
        if _CPR_BEFORE.search(line):
            return True
        field = _CITIZEN_LABEL.match(line)
        if field and ":" in line[:field.end() + 12] and not self._has_label(field.group(0), "dept_phone"):
            return True
        return bool(_CITIZEN_LABEL.search(near)) and not self._has_label(near, "dept_phone")

    def _initials_sign(self, text: str, first_line: bool) -> bool:
        """The author's initials as the signature: "/AKJ, fysioterapeut" anywhere in the signature, or on its
        first line without the slash when alone or before a title ("AKJ" / "AKJ, fysioterapeut"); a unit's
        abbreviation ("HR", "IT") is no one's initials."""
        t = text.strip()
        if _INITIALS_SIGN.match(t):
            return True
        m = _INITIALS_LINE.fullmatch(t) if first_line else None
        if not m or m.group(1).lower() in self._words["mailbox"] or m.group(1).lower() in self._words["dept"]:
            return False
        return m.group(2) is None or bool(_TITLE.match(m.group(2)))

    def _cosigner_columns(self, a) -> dict[int, int]:
        """Two signers set side by side in columns ("Camilla Thorsen      Morten Due" / "Ergoterapeut      Teamleder" /
        "Direkte …      Direkte …") under a letter its author writes in the first person singular (cue
        `singular-author`: "Jeg har haft …"): the first column is the author's, the second a co-signer's. Per block of
        that signature, the offset where the second column starts (after the line's last column gap); {} when the
        letter speaks as "vi" only (two signers of a "vi" letter are both its authors) or has no such signature."""
        st = a.structure
        if not any(z == "body" and _SINGULAR_AUTHOR.search(a.blocks[i].text) for i, z in enumerate(st.zones)):
            return {}

        def gaps(t: str) -> list[re.Match]:
            indent = len(t) - len(t.lstrip())
            return [m for m in _COLUMN_GAP.finditer(t) if m.start() > indent and t[m.end():].strip()]

        for i, z in enumerate(st.zones):
            if z != "signature" or not st.is_sender(i):
                continue
            text = a.blocks[i].text
            g = gaps(text)
            if len(g) != 1 or not self.names_in(text[:g[0].start()]) or not self.names_in(text[g[0].end():]):
                continue
            out = {i: g[0].end()}
            k = i + 1
            while k < len(a.blocks) and st.zones[k] == "signature" and a.blocks[k].group == a.blocks[i].group:
                g = gaps(a.blocks[k].text)
                if g:
                    out[k] = g[-1].end()
                k += 1
            return out
        return {}

    def addressee_column(self, a) -> dict[int, list[tuple[int, int]]]:
        """`_addressee_column`, memoised per letter: the sender reader and the profile detection read it alike."""
        got = a.memo.get("letter.addressee-column")
        if got is None:
            got = a.memo["letter.addressee-column"] = self._addressee_column(a)
        return got

    def _addressee_column(self, a) -> dict[int, list[tuple[int, int]]]:
        """A head line flattened from two columns piece by piece, the addressee's column on the left and the sender's
        on the right ("Fysioterapeut Helle Vang  Sagsbehandler: Lars Bech  Fysioklinikken …, tlf. …  Direkte: …"): the
        pieces alternate between the columns, a sender's contact label (layout.yaml `sender-label`) opens a piece of
        the right one, and the greeting names the person of the first piece ("Kære Helle Vang"). Per block, the spans
        of the left column's pieces: the addressee's details, never the sender's (RULES.md: a recipient's details
        never count)."""
        from linter.letter.structure import SENDER_CONTACT_LABEL

        st = a.structure
        if st.greeting is None:
            return {}
        greeting = a.blocks[st.greeting].text
        out: dict[int, list[tuple[int, int]]] = {}
        for i in range(st.greeting):
            if st.zones[i] not in ("letterhead", "meta"):
                continue
            text = a.blocks[i].text
            cuts = [m for m in _PIECE_GAP.finditer(text) if m.start() > len(text) - len(text.lstrip())]
            if len(cuts) < 3:
                continue
            bounds = [len(text) - len(text.lstrip())] + [m.end() for m in cuts]
            ends = [m.start() for m in cuts] + [len(text)]
            pieces = list(zip(bounds, ends, strict=True))
            if not any(SENDER_CONTACT_LABEL.match(text[ps:pe]) for ps, pe in pieces[1::2]) or \
                    any(SENDER_CONTACT_LABEL.match(text[ps:pe]) for ps, pe in pieces[0::2]):
                continue
            first = self.names_in(text[pieces[0][0]:pieces[0][1]], "letterhead")
            if not first or text[pieces[0][0] + first[0][0]:pieces[0][0] + first[0][1]] not in greeting:
                continue
            out[i] = pieces[0::2]
        return out

    def _listed_colleagues(self, a, names: list[tuple[int, int]]) -> tuple[set[tuple[int, int]], set[int], set[int]]:
        """A letterhead or contact block naming several people of the practice or the case ("Læge Henning Moos ·
        direkte … · hemo@…" / "Læge Ida Ravn · direkte … · idra@…", or "Henning Moos · Ida Ravn" on one line), the
        signature or the contact field naming one of them: the others' name spans, the lines that name only them
        (their own numbers and addresses), and the lines naming the signer beside them (a number there is the
        owner's right before it; a line under them is the practice's, not one person's)."""
        st = a.structure
        heads: list[tuple[tuple[int, int], set[str]]] = []
        signer: set[str] = set()
        for ns, ne in names:
            i = a.block_index(ns)
            words = {w.lower() for w in a.text[ns:ne].split()}
            if len(words) < 2:
                continue
            if st.zones[i] in ("letterhead", "contact"):
                # (a contact block naming the case's people: "Sagsbehandler: …" / "Virksomhedskonsulent: …")
                heads.append(((ns, ne), words))
            if st.zones[i] in _PERSONAL_POSITION:
                signer |= words
        if len(heads) < 2 or not signer or sum(1 for _, w in heads if w <= signer or signer <= w) != 1:
            return set(), set(), set()
        others = {span for span, w in heads if not w & signer}
        mine = {a.block_index(span[0]) for span, w in heads if w & signer}
        theirs = {a.block_index(span[0]) for span in others}
        return others, theirs - mine, theirs & mine

    def _unit_abbreviation(self, value: str) -> bool:
        """A local part of four or five letters that is a unit word cut short (psyk@ for psykiatri, kiro@ for
        kiropraktik, also with a branch or number: psyk.nord@, kiro2@): the unit's mailbox, unless it is a first
        name or the signer's initials (mora@). Three letters are initials as often (amb@, ank@): a unit's
        three-letter mailbox is listed in function_mailboxes (fys@, sdp@)."""
        parts = [p.rstrip("0123456789") or p for p in _LOCAL_PARTS.split(value.lower().partition("@")[0]) if p]

        def cut(p: str) -> bool:
            return 4 <= len(p) <= 5 and p.isalpha() and p not in self._first_names and \
                p not in self._ambiguous_names and self._abbreviates(p, more=2)
        # (with a branch or a number after it: fys.nord@, ryg2@ is no one's)
        return any(cut(p) for p in parts) and all(cut(p) or p in self._words["branch"] or p.isdigit() for p in parts)

    def _named_after(self, value: str, org_words: set[str]) -> bool:
        """The local part is a word of the organisation's name, or all its parts are (aarhus.syd@ under
        "Afdeling Aarhus Syd"; a region or compass word counts as such a part), or it is the first part of a word
        of the name that ends in an organisation word (skade@ under "Skadeafdelingen", traening@ under
        "Træningsenheden")."""
        local = value.lower().partition("@")[0]
        parts = [p for p in _LOCAL_PARTS.split(local) if p]
        if local.isalpha() and len(local) >= 4 and local not in self._first_names and \
                local not in self._ambiguous_names and \
                any(w.startswith(local) and (_ORGISH.match(w[len(local):]) or w[len(local)] == "s" and
                                             _ORGISH.match(w[len(local) + 1:]))
                    for w in org_words if len(w) > len(local) + 3):
            return True  # the unit's own word before its organisation word: skade@ under "Skadeafdelingen"
        if local.isalpha() and len(local) >= 6 and local not in self._first_names and \
                any(w.startswith(local) and _DEFINITE.match(w[len(local):]) for w in org_words):
            return True  # the unit's word without its definite ending: rygkoordination@ under "Rygkoordinationen"
        return local in org_words or len(parts) >= 2 and all(p in org_words or p in self._words["branch"]
                                                              for p in parts) and any(p in org_words for p in parts)

    def _organisation_words(self, a, sender_words: set[str]) -> set[str]:
        """The words of the sender's organisation lines (letterhead, page header and footer, signature), spelt as
        a mailbox spells them: a mailbox named after one of them ("Fagforeningen … Sydjylland" / sydjylland@,
        "Afdeling Silkeborg" / silkeborg@) is the branch's, not a person's. The signer's name words and first
        names stay out (holm@ beside "Holm Kiropraktik" may be Jens Holm's own)."""
        st = a.structure
        names = {w.lower() for w in sender_words}
        out: set[str] = set()
        for i, b in enumerate(a.blocks):
            if st.zones[i] not in _ORGANISATION_ZONES or not st.is_sender(i):
                continue
            for w in _CAPITALISED_WORD.findall(_ADDRESS.sub(" ", b.text) if "@" in b.text else b.text):
                low = w.lower()
                if low in names or low in self._first_names or low in self._ambiguous_names:
                    continue
                out.update(_mail_spellings(low))
        return out

    def _under_name(self, a, i: int, s: int, zone: str, named_blocks: dict[int, int],
                    named_groups: dict[int, int], sig_named: bool) -> bool:
        """An unlabelled number counts as personal when it stands under (or after) a person's name;
        on an organisation's own line ("Sundhedscenter Ry · Tlf. 70 20 30 40") it is the organisation's."""
        before = a.blocks[i].text[:s]
        if i in named_blocks and named_blocks[i] < s:
            return True
        # (also a unit's word ending a compound: "Ortopædkirurgisk sengeafsnit, tlf. …" under "Hilsen Michael")
        if any(w.lower() in self._words["dept"] or _ORGISH.search(w.lower()) and len(w) > 6 and not _TITLE.match(w)
               or self._unit_compound(w.lower()) for w in _WORD.findall(before)) or _LEGAL_FORM.search(before):
            return False  # (a company's legal form names the company too: "Nordpack A/S · … · tlf. …")
        if _organisation_address(before):
            return False  # "3F Holstebro · Nørregade 20 · 7500 Holstebro · Tlf. …": the organisation's footer line
        if zone in _PERSONAL_POSITION:
            # under the organisation's address (its postcode line between the name and the number:
            # "Rygkirurgisk Afdeling / Nordvig Allé 1 / 9800 Nordvig / tlf. …") it is the organisation's
            from linter.letter.structure import POSTCODE_LINE

            named = max((k for k in named_blocks if k < i), default=None)
            if named is not None and not all(a.structure.is_sender(k) for k in range(named, i)):
                named = None  # (a name in the letterhead says nothing of the lines of the signature)
            if named is not None and any(POSTCODE_LINE.search(a.blocks[k].text) for k in range(named + 1, i)) \
                    and any(self._names_organisation(a.blocks[k].text) for k in range(named, i)):
                return False  # (a private person's home address under the name leaves the number theirs)
            if named is None and zone == "email-sender":
                # a system's sender fields naming only an organisation ("Afsender: Rygcenter …, Sygehus …" /
                # "Afsender tlf.: …"): the organisation's number, whoever initials the text further down
                k = i
                while k >= 0 and a.structure.zones[k] == "email-sender":
                    if self._names_organisation(a.blocks[k].text[:s] if k == i else a.blocks[k].text):
                        return False
                    k -= 1
            if named is None:
                # no name above it: under the organisation's line and above the signer's name ("Fysioklinikken Nord"
                # / "Tlf. …" / "Anne Holm, fysioterapeut") it is the organisation's
                k = i - 1
                while k >= 0 and a.structure.zones[k] in ("signature", "closing") and k not in named_blocks:
                    if a.structure.zones[k] == "signature" and self._names_organisation(a.blocks[k].text):
                        return False
                    k -= 1
            g = a.blocks[i].group
            head = min(k for k in range(named if named is not None else i, i + 1) if a.blocks[k].group == g)
            if named is not None and a.blocks[named].group != g and head not in named_blocks and head < i and \
                    self._names_organisation(a.blocks[head].text):
                return False  # the organisation's own block below the signer's ("Fysioklinikken Nord" / "Tlf. …")
            return sig_named
        g = a.blocks[i].group
        if g in named_groups and named_groups[g] < i:
            # (a practice's letterhead naming its owner, "Klinik … v/ speciallæge Lars Kronborg": the practice's)
            k = named_groups[g]
            if self._practice_owner(a, k, named_blocks[k]):
                return False
            # (… or its name, then the owner with a title, "RygKlinikken København · Speciallæge i reumatologi Maja
            # Lindberg", over the practice's address line: "Bredgade 20, 1260 København K · +45 33 14 70 70")
            from linter.letter.structure import POSTCODE_LINE

            return not (self._titled_owner(a, k, named_blocks[k]) and POSTCODE_LINE.search(a.blocks[i].text[:s]))
        # a letterhead that opens with the signer's own contact line, the name under it ("Tlf. … · anne.holm@…" /
        # "Anne Holm, fysioterapeut" / "Fysioklinikken Nord"): no organisation's line above the number
        first = min(k for k in range(i + 1) if a.blocks[k].group == g)
        return g in named_groups and not any(self._names_organisation(a.blocks[k].text) for k in range(first, i))

    def _unit_compound(self, word: str) -> bool:
        """A compound ending in a unit's word of six letters or more (`department_words`: "sengeafsnit",
        "dagafsnittet", "smerteambulatoriet"): the word names a unit, not a person."""
        return not _TITLE.match(word) and any(len(d) >= 6 and len(word) > len(d) + 2 and word.endswith(d)
                                              for d in self._words["dept"])

    def _assistant_block(self, a, i: int, s: int, named_blocks: dict[int, int], title_line: bool = False) -> bool:
        """The number at offset `s` of block `i` stands in a secretary's own block: between the line naming a person
        and the number (both in one block group of the sender's part), a title of its own (cue `assistant-label`:
        "Lisbeth Krog" / "Lægesekretær" / "Tlf. …", "Bo Lind, klinikassistent" / "Tlf. …"). The one who answers the
        phone, not the author: the number is the secretariat's (RULES.md kontakt.telefon: a general number, also
        under a p.v.a. signature, "p.v.a. overlæge …"). A title elsewhere in the letter changes nothing. With
        `title_line` only a title opening its line (after the name on the name's line) counts, not a number's label
        in parentheses ("Tlf. … (afdelingens sekretariat)" under the author's own name)."""
        st, g = a.structure, a.blocks[i].group
        k = i
        while k >= 0 and a.blocks[k].group == g and st.is_sender(k):
            text = a.blocks[k].text[:s] if k == i else a.blocks[k].text
            if k in named_blocks:
                text = text[named_blocks[k]:]
            # the line's parts: "Lisbeth Krog, lægesekretær", "Lægesekretær · Ortopædkirurgisk Afdeling"
            parts = _SIGNATURE_PARTS.split(text)[1 if k in named_blocks else 0:]
            if any(_ASSISTANT.fullmatch(p.strip(" .:\t")) for p in (parts[:1] if title_line else parts)):
                # (a secretary signing "p.v.a." for the professional writes the letter: her own labelled direct
                # line and address are the writer's, only a plain number stays the secretariat's)
                return not (title_line and self._signed_for_above(a, k))
            if k in named_blocks:
                return False
            k -= 1
        return False

    def _named_assistant(self, words: str, own: str, zone: str = "signature") -> bool:
        """A detail's own words before it (`words`) name a secretary or receptionist by title and name (cue
        `named-assistant`: "Sekretær: Gitte Holm, tlf. …", "… til min sekretær Tina Bro på …", "Lise Krog,
        lægesekretær, direkte …"), someone other than the author (`own`, the sender's name folded): that person's
        own line (RULES.md Sender's contact details: a colleague's details never count; kontakt.afdeling: numbers
        and addresses of other people are not on the sender's side)."""
        for m in _NAMED_ASSISTANT.finditer(words):
            after, before = words[m.end():], words[:m.start()]
            found = self.names_in(after, zone)
            if found and not after[:found[0][0]].strip(" :,\t"):
                who, tail = after[found[0][0]:found[0][1]], after[found[0][1]:]
            else:
                found = self.names_in(before, zone)
                if not found or before[found[-1][1]:].strip(" ,\t"):
                    continue
                who, tail = before[found[-1][0]:found[-1][1]], after
            # (the number's own label after her name naming the unit keeps it the unit's: "Pia, lægesekretær,
            # sekretariatet tlf. …")
            unit = self._has_label(tail, "dept_phone") and not _NAMED_ASSISTANT.search(tail)
            return who.casefold() != own and not unit
        return False

    def _own_words(self, a, offset: int) -> str:
        """The words of the sentence before a detail at `offset`, from its last alternative on ("ring til mig på …
        eller til sekretær Anne Kirk på …": the second number's words start after "eller")."""
        words = a.text[_sentence_start(a, offset):offset]
        cuts = [m.end() for m in _OWN_WORDS_END.finditer(words)]
        return words[cuts[-1]:] if cuts else words

    def _own_assistant_line(self, a, i: int, value: str, phones: list, names: list[tuple[int, int]],
                            named_blocks: dict[int, int], own_name: str) -> bool:
        """The number `value` in block i stands in the signature block of a secretary who is herself the sender (the
        block's name is the sender's own, with no p.v.a. line: "Lotte Friis" / "Lægesekretær" / "tlf. …"), and the
        letter already gave its unit's number as the department's (a telefontid or switchboard line with another
        number): the number under her own name is hers (RULES.md kontakt.telefon: a number under the sender's name
        counts), not the secretariat's, which the letter named apart."""
        if not own_name or self._signed_for_above(a, i) or \
                own_name not in self._block_names(a, i, names, named_blocks):
            return False
        return any(not p.personal and p.value != value and p.reason in _UNIT_NUMBER_REASONS for p in phones)

    @staticmethod
    def _block_names(a, i: int, names: list[tuple[int, int]], named_blocks: dict[int, int]) -> set[str]:
        """The names (folded) of the named block heading block i's group at or above it."""
        g, k = a.blocks[i].group, i
        while k >= 0 and a.blocks[k].group == g and k not in named_blocks:
            k -= 1
        if k < 0 or a.blocks[k].group != g:
            return set()
        lo, hi = a.block_starts[k], a.block_starts[k] + len(a.blocks[k].text)
        return {a.text[s:e].casefold() for s, e in names if lo <= s < hi}

    def _signed_for_above(self, a, k: int) -> bool:
        """A line of the sender's part at or above block k opens with the `signed-for` cue ("p.v.a. overlæge …"),
        also across the blank line between it and the signer's own block."""
        st = a.structure
        while k >= 0 and (st.is_sender(k) or st.zones[k] == "closing"):
            if any(_SIGNED_FOR.search(line) for line in a.blocks[k].text.splitlines()):
                return True
            k -= 1
        return False

    def _practice_owner(self, a, k: int, at: int) -> bool:
        """The name in letterhead block k (at offset `at`) is a practice's owner after "v/" (cue `practice-owner`),
        after a title or none, on the practice's own line ("Reumatologisk Klinik Aarhus v/ speciallæge Lars
        Kronborg") or under it in the same block group ("ORTOPÆDKIRURGISK SPECIALLÆGEKLINIK" / "v/ speciallæge
        …"): the letterhead is the practice's, not the owner's own block."""
        text = a.blocks[k].text
        m = _PRACTICE_OWNER.search(text[:at])
        if not m:
            return False
        words = text[m.start():at].split()[1:]
        if words and not _TITLE.match(words[0]):
            return False  # "v/ datteren Sara Dahl": a relative writing, not a practice's owner
        if self._names_organisation(text[:m.start()]):
            return True
        g = a.blocks[k].group
        return k > 0 and a.blocks[k - 1].group == g and not text[:m.start()].strip() and \
            self._names_organisation(a.blocks[k - 1].text)

    def _titled_owner(self, a, k: int, at: int) -> bool:
        """The name in letterhead block k (at offset `at`) follows the practice's name and a title on its line, after a
        strong separator ("RygKlinikken København · Speciallæge i reumatologi Maja Lindberg"): the practice's owner
        named in its letterhead (a title word, then lower-case words only, before the name)."""
        head = a.blocks[k].text[:at]
        cuts = list(_STRONG_SEPARATOR.finditer(head))
        if not cuts:
            return False
        lead = head[cuts[-1].end():].split()
        return bool(lead) and bool(_TITLE.match(lead[0].lower())) and all(w.islower() for w in lead[1:]) and \
            self._names_organisation(head[:cuts[-1].start()])

    def _under_contact_field(self, a, i: int, named_blocks: dict[int, int]) -> bool:
        """The number's line stands right under a contact field naming a person ("Kontaktperson: Sagsbehandler
        Maria Juhl" / "Tlf.: … (hverdage kl. 9-12)"), in its block with no organisation's line between: the
        person's own line, also with hours (RULES.md: a number under the sender's name counts, also with hours)."""
        st, g = a.structure, a.blocks[i].group
        k = i - 1
        while k >= 0 and a.blocks[k].group == g and st.is_sender(k):
            if st.zones[k] == "contact":
                return k in named_blocks
            if k in named_blocks or self._names_organisation(a.blocks[k].text):
                return False
            k -= 1
        return False

    def _names_organisation(self, text: str) -> bool:
        """A line naming an organisation or unit: a department word, an organisation word, a legal form."""
        text = _ADDRESS_OR_WEB.sub(" ", text)  # (an address's domain names no organisation on the line)
        return bool(_LEGAL_FORM.search(text)) or any(
            w.lower() in self._words["dept"] or _ORGISH.search(w.lower()) and not _TITLE.match(w)
            for w in _WORD.findall(text) if not w[:1].isdigit())

    def _unit_genitive(self, label: str) -> bool:
        """A number's label names a unit in the genitive of its definite form, as the owner of the phone ("Afsnittets
        telefon:", "Sengeafsnittets nr.", "Teamets tlf."): a department word (`department_words`, also ending a
        compound) with a genitive s, followed by no more than a phone word. The number is the unit's, also under a
        person's name (RULES.md kontakt.telefon: a general number does not count)."""
        words = list(_WORD.finditer(label.lower()))
        for k, m in enumerate(words):
            w = m.group(0)
            if len(w) < 6 or not w.endswith("s") or not _definite_form(w[:-1]):
                continue
            rest = words[k + 1:]
            if len(rest) > 1 or rest and not _PH_PHONE.search(rest[0].group(0)):
                continue  # ("afsnittets sygeplejerske Anne Holm, tlf. …": the person is named after it)
            stem = w[:-1]
            if stem in self._words["dept"] or any(len(d) >= 6 and stem.endswith(d) and _definite_form(d)
                                                    for d in self._words["dept"]):
                return True
        return False

    def _only_function_mailboxes(self, a, sender_at) -> bool:
        """The sender's part gives e-mail addresses and every one is a function mailbox (post@…, medlemsservice@…)."""
        blocks = [(c, a.block_index(c.start)) for c in a.emails]
        mails = [c for c, i in blocks
                 if sender_at(i, c.start - a.block_starts[i]) and a.structure.zones[i] in _NAME_ZONES]
        return bool(mails) and all(self.email_is_department(c.value) for c in mails)

    def _first_name_over_mailbox(self, a, names: list[tuple[int, int]], initials: bool, sender_at) -> bool:
        """The sender's part names a person by a first name only and its only e-mail addresses are function
        mailboxes: an organisation writes ("Kasper / Medlemsservice / Tlf. … / medlemsservice@…"), and an
        unlabelled number there is its shared line, not a person's (RULES.md: a first name alone is no name)."""
        from linter.readers.docx_placeholders import placeholder_spans

        if initials or not names or \
                any(len(a.text[s:e].split()) >= 2 or placeholder_spans(a.text[s:e]) for s, e in names):
            return False
        if any(self._titled(a, e) for _, e in names):
            return False  # "Mette / Sagsbehandler, Jobcenter …": a person writes, with their own role
        blocks = [(c, a.block_index(c.start)) for c in a.emails]
        mails = [c for c, i in blocks
                 if sender_at(i, c.start - a.block_starts[i]) and a.structure.zones[i] in _NAME_ZONES]
        return bool(mails) and all(self.email_is_department(c.value) for c in mails)

    @staticmethod
    def _titled(a, end: int) -> bool:
        """The first name ending at `end` is followed, on its own line or the next one, by a person's title
        (`title`: "Mette, sagsbehandler", "Mette" / "Sagsbehandler, Jobcenter …"): a person signs, not a unit."""
        rest = a.text[end:end + 200]
        same, _, after = rest.partition("\n")
        lines = [same.strip(" ,-–/\t"), after.split("\n", 1)[0].strip()] if same.strip(" ,-–/\t") else \
            [after.split("\n", 1)[0].strip()]
        for line in lines:
            first = line.split(None, 1)[0].strip(",.:;") if line.split() else ""
            if first and _TITLE.match(first.lower()):
                return True
        return False

    @staticmethod
    def _first_person(a, offset: int) -> bool:
        sent_start = _sentence_start(a, offset)
        before = a.text[max(sent_start, offset - 80):offset]
        cues = list(_FIRST_PERSON.finditer(before))
        going_on = a.text[sent_start:offset]
        if not cues and sent_start > 0 and _CONTINUES.match(going_on) and \
                not _THIRD_PARTY.search(going_on) and not _CONTINUES_OTHER.search(going_on):
            prev_start = _sentence_start(a, sent_start - 1)
            if a.block_index(prev_start) == a.block_index(sent_start):  # the same paragraph
                before = a.text[max(prev_start, sent_start - 120):sent_start]
                cues = list(_FIRST_PERSON.finditer(before))
        if not cues:
            return False
        if any(m.end() > cues[-1].start() for m in _READER_NUMBER.finditer(before)):
            return False  # "Du har givet mig nummeret …", "jeg ringer til dig på …": the reader's number
        between = before[cues[-1].end():]
        # "ring til min læge på …", "min sagsbehandler har nummeret …": a possessive before a title is someone
        # of the author's, not the author
        role = re.match(r"\s+([a-zæøå.]+)", between) if cues[-1].group(0).lower() in ("min", "mit", "mine") else None
        if role and _TITLE.match(role.group(1)):
            return False
        # "Ring til os på …": the reader is invited to call the organisation, not the author (department-offer)
        return not _THIRD_PARTY.search(between) and not _SPACED_NAME_WORD.search(between) and \
            not _WE.search(before[cues[-1].start():])

    def _self_reference(self, a, offset: int, sender_words: set[str], sender_text: str) -> str:
        """A sentence of the text giving the sender's own reachability in the third person: "self" when its
        subject is the sender's name ("Mette Kold kan træffes direkte på …", "Tobias kan træffes på … eller
        tono@…"), "unit" when it is a word of the sender's own organisation lines ("Rygambulatoriet træffes på
        …"); "" otherwise (a first-person sentence, another person, the recipient)."""
        sent_start = _sentence_start(a, offset)
        before = a.text[sent_start:offset]
        m = _REACHABLE.search(before)
        if not m or _FIRST_PERSON.search(before) or _THIRD_PARTY.search(before[:m.start()]):
            return ""
        words = [w.strip(",.:;") for w in before[:m.start()].split()]
        if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
            return ""
        if sender_words and all(w in sender_words for w in words):
            return "self"
        if len(words) == 1 and self._names_organisation(words[0]) and \
                re.search(rf"(?<![\wæøå]){re.escape(words[0].lower())}(?![\wæøå])", sender_text):
            return "unit"
        return ""

    def _called_place(self, a, offset: int, sender_text: str) -> str:
        """The reader invited to call a place named right before the number (cue `called-place`: "Du kan ringe til
        lægehuset på …"): "own" when the place's word stands in the sender's own lines, "other" when not, "" when
        no place is named there or the word is a department's phone label, also inflected ("ring til omstillingen
        på …", read as before; a compound, "tandklinikken", is a place of its own)."""
        sent_start = _sentence_start(a, offset)
        m = _CALLED_PLACE.search(a.text[max(sent_start, offset - 80):offset])
        if not m:
            return ""
        word = m.group(1).lower()
        if not self._names_organisation(word) or _TITLE.match(word) or \
                any(word.startswith(w) for w in self._words["dept_phone"]):
            return ""
        return "own" if word in sender_text else "other"

    @staticmethod
    def _apposition(text: str, end: int) -> str:
        """The rest of the sentence after a number when an apposition there says whose number it is
        (", det er klinikkens nummer", "(som er afdelingens hovednummer)"); empty otherwise. The next
        number ends it: an apposition describes only the number right before it."""
        after = text[end:end + 120]
        if not _APPOSITION.match(after):
            return ""
        m = _SENTENCE_END.search(after)
        rest = after[:m.start()] if m else after
        nxt = _EIGHT_DIGIT_GROUPS.search(rest)
        return rest[:nxt.start()] if nxt else rest

    def _own_mailbox_label(self, a, offset: int) -> bool:
        """A mailbox in the text right after a shared mailbox's label of the sender's unit, in its own clause
        ("… til afdelingens postkasse koordinering@…", "teamets mail: …"); not the reader's ("jeres
        fælles postkasse")."""
        before = a.text[_sentence_start(a, offset):offset]
        # (the address as an apposition after its label: "Send svaret til vores sikre postkasse, sikkerpost@…")
        before = before.rstrip()
        before = before[:-1] if before.endswith((",", ":")) else before
        label = _CLAUSE_CUT.split(_LABEL_CUT.split(before)[-1])[-1][-40:]
        return self._has_label(label, "mailbox_label") and not _READER_POSSESSIVE.search(label)

    def _department_offer(self, a, offset: int) -> bool:
        """The running text offers the sender's department as the contact ("kontakt os",
        "spørgsmål kan rettes til sekretariatet"), not the citizen's or a colleague's: a person named
        after the offer ("ringe til afdelingens fysioterapeut Lise Bonde på …") is whose number it is, unless named
        after a secretary's title (a phone number there is declined before this as `named-assistant`; an address
        offered so stays the department's when it is a function mailbox)."""
        sent_start = _sentence_start(a, offset)
        before = a.text[sent_start:offset]
        offers = list(_DEPT_OFFER.finditer(before))
        if not offers:
            # the reader invited to call a department by its phone label ("Hvis du ikke kan komme, kan du ringe
            # til Borgerservice på …")
            invited = list(_CALL_INVITATION.finditer(before))
            if invited and self._has_label(before[invited[-1].end():], "dept_phone"):
                offers = invited
        # (a department's label is no third party: "Borgerservice" is no "borger")
        if not offers or any(not self._has_label(m.group(0), "dept_phone") for m in _THIRD_PARTY.finditer(before)):
            return False
        if any(m.end() > offers[-1].start() for m in _READER_NUMBER.finditer(before)):
            return False  # "Jeg har prøvet jeres hovednummer …": the reader's department, not the sender's
        # (a secretary named by her title answers the department's phone: "kontakte sekretær Bente Lund på …")
        rest = before[offers[-1].end():]
        return not [n for n in self.names_in(rest, "body") if not _ASSISTANT.search(rest[:n[0]])]


def _section_of(text: str) -> str | None:
    """Whose section a heading-shaped line opens: "citizen", "other" or None (cues `citizen-section`,
    `other-section`)."""
    if _CITIZEN_SECTION.match(text):
        return "citizen"
    if _OTHER_SECTION.match(text):
        return "other"
    return None


def _general_beside_direct(phones: list[Attribution]) -> None:
    """The sender's part gives a number labelled as a direct line ("Tlf. 96 44 09 50 · Direkte 96 44 09 52",
    "Direkte …" / "3F Horsens · tlf. …"): a line is called direct only beside the general one, so a number of the
    sender's lines with a plain phone label or none (`under-name`) is the organisation's general number (RULES.md:
    a general number does not count). A mobile beside a plain number sets nothing apart ("Tlf. … · mobil …"), and
    nor does a direct line beside a general number the sender's part already names ("Omstilling …" in the
    letterhead, "Tlf. … (direkte) · SMS …" under the name): the caller runs this only when no number is a
    department's yet."""
    for k, p in enumerate(phones):
        if p.reason == "under-name" and p.personal:
            phones[k] = Attribution(p.value, p.start, p.end, False, "beside-direct")


def _round_beside_own(phones: list[Attribution]) -> None:
    """A Danish number ending in 000 ("72 58 00 00", "70 30 03 00" is none) with no label of its own among the
    sender's lines, beside another number of the sender's own ("M: 51 23 07 66 | T: 72 58 00 00"), is the
    organisation's switchboard: a number series' round first number is the one an organisation gives as its main
    line (RULES.md: a general number does not count). Alone under a name it stays the signer's, and a number with
    the signer's own label ("Mobil …", "Direkte …") is never read by its digits."""
    def round_number(p: Attribution) -> bool:
        return p.value.isdigit() and len(p.value) == 8 and p.value.endswith("000")

    if not any(p.personal and not p.reason.startswith("placeholder") and not round_number(p) for p in phones):
        return
    for k, p in enumerate(phones):
        if p.reason == "under-name" and p.personal and round_number(p):
            phones[k] = Attribution(p.value, p.start, p.end, False, "switchboard-number")


def _other_field(text: str) -> bool:
    """A "Label: value" line whose label is not the sender's ("Emne:", "Dato:", "Vedr.:"): its name is no sender's."""
    from linter.letter.structure import CONTACT_LINE, FIELD_LINE, SENDER_LABEL

    t = text.strip()
    return bool(FIELD_LINE.match(t)) and not SENDER_LABEL.match(t) and not CONTACT_LINE.match(t)


def _initials_of(value: str, names: list[str]) -> bool:
    """The local part is a name's initials: pieces that begin its words in order ("amb" for Anne Marie Bach,
    "mora" for Mogens Rasmussen, "ank" for Anne Nielsen Kjær)."""
    local = value.lower().partition("@")[0]

    def fits(rest: str, words: list[str]) -> bool:
        if not rest:
            return True
        return any(rest[:n] == w[:n] and fits(rest[n:], words[k + 1:])
                   for k, w in enumerate(words) for n in range(1, min(len(w), len(rest)) + 1))

    return any(fits(local, [w.lower().strip(",.") for w in n.split()]) for n in names if n.strip())


def _sentence_start(a, offset: int) -> int:
    """Start of the sentence holding `offset` (sentence starts bisected once per document)."""
    starts = a.memo.get("contact.sentence_starts")
    if starts is None:
        starts = [st for st, _ in a.sentences]
        a.memo["contact.sentence_starts"] = starts
    k = bisect.bisect_right(starts, offset) - 1  # type: ignore[arg-type]
    return starts[k] if k >= 0 else 0  # type: ignore[index]




def _inline_closing(st, blocks) -> dict[int, int]:
    """A one-paragraph note with no closing line: "… Mvh Anne Holm, fysioterapeut, tlf. …" in its last block."""
    if st.closing is not None:
        return {}
    body = [i for i, z in enumerate(st.zones) if z in ("body", "greeting")]
    if not body:
        return {}
    i = body[-1]
    matches = list(_INLINE_CLOSING.finditer(blocks[i].text))
    if not matches:
        return {}
    m = matches[-1]
    rest = blocks[i].text[m.end():]
    if 0 < len(rest) <= 120 and _CAPITAL_START.match(rest):
        return {i: m.end()}
    return {}


def _flat_sender_field(st, blocks) -> dict[int, int]:
    """A head's field line flattened from a letterhead's columns ("Dato: …   Sagsnr.: …   Sagsbehandler: Lone
    Dahl   Direkte tlf.: …   E-mail: …"): from its contact-person field on (layout.yaml `sender-label`), the
    fields are the sender's, as on lines of their own; where the name after that label starts."""
    from linter.letter.structure import SENDER_CONTACT_LABEL
    out: dict[int, int] = {}
    head_end = st.greeting if st.greeting is not None else len(blocks)
    for i, z in enumerate(st.zones[:head_end]):
        if z not in ("meta", "letterhead"):
            continue
        text = blocks[i].text
        gaps = list(_COLUMN_GAP.finditer(text))
        if len(gaps) < 2:
            continue
        for g in gaps:
            m = SENDER_CONTACT_LABEL.match(text[g.end():])
            if m:
                out[i] = g.end() + m.end()
                break
    return out


def _first_signature_line(st, blocks) -> set[int]:
    """Where a signature's name stands: the first line after the closing, or the second
    when the first is a title alone ("Overlæge" / "Solvejg Quist"); and "Kontaktperson:" lines."""
    out = {i for i, z in enumerate(st.zones) if z == "contact"}
    first = None
    if st.closing is not None:
        for i in range(st.closing + 1, len(blocks)):
            if st.zones[i] == "signature":
                first = i
                break
            if st.zones[i] not in ("page-header", "page-footer"):
                break
    else:
        first = next((i for i, z in enumerate(st.zones) if z == "signature"), None)
    if first is not None:
        # the name may follow a title or the organisation ("Jobcenter Syddjurs" / "Solvejg Quist"); a signature
        # joined on one line right under the closing ("Solvejg Quist | Sagsbehandler | Direkte tlf. … | sq@…", a web
        # mail's) has it in its first part, and only that part is read for a number or a mail address
        for i in range(first, min(first + 3, len(blocks))):
            # (only the line right under the closing: an organisation's joined footer line further down, "HK … ·
            # Storegade 4 · Tlf. …", is no name line)
            lead = _JOINED_SIGNATURE.split(blocks[i].text, maxsplit=1)[0] if i == first else blocks[i].text
            if st.zones[i] != "signature" or any(map(str.isdigit, lead)) or _AT_CUE.search(lead):
                break
            out.add(i)
            if lead != blocks[i].text:
                break  # the joined line holds the whole signature: no name line under it
    return out


def _organisation_address(before: str) -> bool:
    """The text before a number on a line of the signature block is an organisation's address line: a name piece
    and a street piece before the postcode's piece ("3F Holstebro · Nørregade 20 · 7500 Holstebro · Tlf. …"),
    the footer of the organisation under the signer, not the signer's own line (a private person's address
    under the name, "Bøgevej 3, 8000 Aarhus", has no piece before the street)."""
    from linter.letter.structure import POSTCODE_LINE

    parts = [p for p in _SIGNATURE_PARTS.split(before) if p.strip()]
    at = next((k for k, p in enumerate(parts) if POSTCODE_LINE.search(p)), None)
    return at is not None and at >= 2 and not _HOUSE_NUMBER_END.search(parts[0])


def _goes_on(a, i: int) -> bool:
    """The line goes on with the sentence of the line above (a hard wrap joined in the analysis' text): it is
    no line of its own ("… kan I kontakte min kollega, læge Sofie Brandt," / "direkte på 86 12 44 71.")."""
    return i > 0 and a.text[a.block_starts[i] - 1] == " "


def _someone_elses(line_before: str, sender_words: set[str], number: bool = False) -> bool:
    """The number ends a sentence about another person's reachability ("Gitte kan selv kontaktes på
    mobil …", "Hun træffes på …", "Hendes eget nummer er …"): not the sender's, even after the signature."""
    cues = list(_FIRST_PERSON.finditer(line_before))
    if cues:
        # before a number: "Kan du ikke fange mig, så ring til min kollega Susanne Vad på …", a colleague (a third
        # party's word) after the author's last word is whose number it is (a name's line, "v/ min datter Sara
        # Dahl", names the author)
        return number and bool(_THIRD_PARTY.search(line_before[cues[-1].end():]))
    if _THEIR_NUMBER.search(line_before):
        return True
    m = _REACHABLE.search(line_before)
    if not m:
        return False
    words = line_before[:m.start()].split()
    if not words:
        return False  # "Kontaktes på …": whose is not said
    who = words[0].strip(",.:;")
    return bool(_THIRD_PARTY.fullmatch(who)) or (who[:1].isupper() and who not in sender_words)


_READERS: dict[int, tuple[object, SenderReader]] = {}


def sender_reader(lexicons) -> SenderReader:
    """One reader per lexicon set (it compiles the lexicons' words once)."""
    hit = _READERS.get(id(lexicons))
    if hit is not None and hit[0] is lexicons:
        return hit[1]
    reader = SenderReader(lexicons)
    _READERS[id(lexicons)] = (lexicons, reader)
    return reader

def _repeated_letterhead(a, phones: list[Attribution]) -> None:
    """The letterhead's lines repeated at the letter's foot (a page footer in a text export: "Speciallæge … Birthe
    Kloster · …" / "Tlf. 75 52 10 10 (kl. 8-9)" again under the signature): a number there is the letterhead's, with its
    verdict, whoever's name stands right above it (reason `repeated-letterhead`)."""
    st = a.structure
    head: dict[tuple[str, str], Attribution] = {}
    for p in phones:
        i = a.block_index(p.start)
        if st.zones[i] == "letterhead":
            head.setdefault((a.blocks[i].text.strip(), p.value), p)
    if not head:
        return
    for k, p in enumerate(phones):
        i = a.block_index(p.start)
        q = head.get((a.blocks[i].text.strip(), p.value)) if st.zones[i] != "letterhead" else None
        if q is not None and q.personal != p.personal:
            phones[k] = Attribution(p.value, p.start, p.end, q.personal, "repeated-letterhead")
