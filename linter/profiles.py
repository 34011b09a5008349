"""Detect who writes to whom from letterhead, sender, recipient, greeting and subject.

The sender side (letterhead, signature and its title, e-mail `Fra:`, page header and
footer, a "Kontaktperson:" line) and the recipient side (address block, `Til:`/`Att.`,
e-mail `Til:`/`Cc:`, the greeting "Kære læge …") are scored separately for health-sector,
job-centre and other (employer, a-kasse, association) words. The words that decided and
a reason code become a language-neutral `ProfileEvidence`, shown per language as
`profile_source` (linter/i18n.py), e.g. "detected (afsender: sundhedscenter, fysioterapeut;
modtager: jobcenter)" or "detected (sender: …; recipient: jobcenter)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.analysis.emails import find_emails, mask_emails
from linter.letter.cues import letter_cues
from linter.letter.structure import FIELD_GAP, ROLE_FIELD, inline_fields
from linter.letter.zones import SCOPES
from linter.model import ProfileEvidence
from linter.regex_fold import FoldedPattern

SENDER_ZONES = SCOPES["sender"]  # the zones that speak for the sender: one owner (letter/zones.py)
_FIELD_ZONES = ("meta", "letterhead", "body")  # where a form's "Felt: værdi" head lines are read
_FIELD_MAX = 120  # a field line is short; a sentence that starts "Til: …" is not one
_HEADER_ZONES = ("email-header", "page-header", "page-footer")  # where a "Til:"/"Modtager:" field names the recipient
_SETS = ("health", "job", "other", "job-roles-in-health", "health-institution", "joint-unit", "joint", "coordinator",
         "minutes", "referent-field", "referent-mark",
         "body-health-self", "body-job-self", "recipient-field", "domain-health", "domain-job",
         "citizen-self", "sender-field", "document-words", "citizen-addressed",
         "body-role-in-health", "copy-field", "document-title",
         "domain-private", "domain-employer", "employer-addressed", "health-addressed", "workplace-named",
         "internal-note", "internal-use", "joint-topic", "outside-org", "person-roles", "writer-at-reader",
         "reader-said", "other-roles-in-job", "job-institution",
         "internal-head", "internal-addressee", "body-other-self", "regional-unit", "case-holder")
_NEVER = re.compile(r"(?!)")
# a greeting that runs on into the text on its own line ("Hej Bent. Rasmus møder mandag …"): the sentence after the
# first full stop (of at least four words) is the body's, not the addressee's
_GREETING_RUN_ON = re.compile(r"(?<=[^\W\d_]{3})[.!]\s+(?=[^\W\d_]+(?:\s+\S+){3})")


def _greeting_only(text: str) -> str:
    """The greeting of a greeting block, without the body text that runs on after it on the same line."""
    m = _GREETING_RUN_ON.search(text)
    return text[:m.start()] if m else text
_DOMAIN_PARTS = re.compile(r"[.-]")
# the word sets scanned over whole sides of the letter (linter/regex_fold.py)
_FOLDED = ("health", "job", "other", "outside-org")


@dataclass(frozen=True, slots=True)
class SectorCues:
    """The sector words of lexicons/letter/sectors.yaml, one compiled pattern per set."""

    rx: dict[str, re.Pattern]
    street_suffixes: tuple[str, ...]
    fold: dict[str, FoldedPattern]  # the sets of `_FOLDED`, matched over lower-cased text where that is exact


_SECTOR_CUES: dict[int, tuple[object, SectorCues]] = {}


def sector_cues(lexicons) -> SectorCues:
    """The sector cues of a lexicon set, gathered once per set (not per letter)."""
    hit = _SECTOR_CUES.get(id(lexicons))
    if hit is not None and hit[0] is lexicons:
        return hit[1]
    cues = letter_cues(lexicons)
    rx = {k: (cues[f"sectors.{k}"].pattern if f"sectors.{k}" in cues else None) or _NEVER for k in _SETS}
    street = cues.get("sectors.street-suffixes")
    out = SectorCues(rx, tuple(sorted(street.words)) if street else (), {k: FoldedPattern(rx[k]) for k in _FOLDED})
    _SECTOR_CUES[id(lexicons)] = (lexicons, out)  # holds the set, so its id is never reused while cached
    return out


@dataclass(slots=True)
class ProfileGuess:
    profile: str
    evidence: ProfileEvidence
    margin: int | None = None  # sender words of the winning sector minus the other's, when they decided (bench)


def _strip(text: str, street: tuple[str, ...]) -> str:
    """Drop e-mail addresses (also obfuscated ones), web addresses and street names (their words say nothing about the
    sender's sector). Token by token, so a hostile 1 MB "word" costs linear time, not quadratic."""
    masked = mask_emails(text)
    # (lower-casing keeps every whitespace character and adds none: the two splits pair token by token)
    return " ".join([tok for tok, low in zip(masked.split(), masked.lower().split(), strict=True)
                     if "@" not in tok and not low.startswith("www.")
                     and not (street and low.rstrip(".,;:").endswith(street))])


def _strip_lines(a, lines: list[str], street: tuple[str, ...]) -> str:
    """`_strip("\n".join(lines), street)`, each line stripped once per letter: an address never runs over a line
    break (linter/analysis/emails.py) and the tokens are joined by one space either way, while the sender's, the
    signer's and the recipient's lines overlap."""
    memo = a.memo.get("profiles.stripped")
    if memo is None:
        memo = a.memo["profiles.stripped"] = {}
    out = []
    for line in lines:
        got = memo.get(line)
        if got is None:
            got = memo[line] = _strip(line, street)
        if got:
            out.append(got)
    return " ".join(out)


def _domain_side(lines: list[str], c: SectorCues) -> str | None:
    """Weak evidence when a side names no sector: its e-mail domain ("@fysio-roskilde.dk", "@nordby-jc.dk")."""
    parts = [p for e in find_emails("\n".join(lines)) for p in _DOMAIN_PARTS.split(e.domain)]
    if any(c.rx["domain-health"].match(p) for p in parts):
        return "health"
    if any(c.rx["domain-job"].match(p) for p in parts):
        return "job"
    return None


def _private_mail(lines: list[str], c: SectorCues) -> bool:
    """The only e-mail addresses of a side's lines are at a private mail service ("Til: Jonas Kjeldsen
    <jonas1974@gmail.com>", "Fra: Kim Holt <kimh77@hotmail.com>"): the citizen or a relative, not a professional."""
    domains = [e.domain for e in find_emails("\n".join(lines))]
    return bool(domains) and all(any(c.rx["domain-private"].match(p) for p in _DOMAIN_PARTS.split(d.lower()))
                                 for d in domains)


def _business_mail(lines: list[str], c: SectorCues) -> bool:
    """A side's lines give an e-mail address at a business's mail domain ("bo@hotelskovly.dk", `domain-employer`)."""
    return any(c.rx["domain-employer"].match(p) for e in find_emails("\n".join(lines))
               for p in _DOMAIN_PARTS.split(e.domain.lower()))


def _to_employer(recipient: list[str], body: str, c: SectorCues, sender: list[str] = ()) -> bool:
    """The letter goes to the citizen's employer although the recipient's lines name no sector word: the recipient's
    e-mail domain is a business's ("susanne@hotelskovly.dk", "mj@juhl-transport.dk", `domain-employer`), or the text
    speaks to the reader as the employer ("jeres medarbejder Kim", "I som arbejdsgiver", `employer-addressed`) and
    never as the health side ("din patient", "jeres behandling", `health-addressed`)."""
    domains = {e.domain.lower() for e in find_emails("\n".join(recipient))}
    parts = [p for d in domains for p in _DOMAIN_PARTS.split(d)]
    if any(c.rx["domain-employer"].match(p) for p in parts):
        return True
    if c.rx["health-addressed"].search(body):
        return False
    # the writer's own work at the reader's place ("en af os fra jobcentret arbejder hos jer") is no citizen's work
    said = c.rx["writer-at-reader"].sub(" ", body)
    # a recipient at the writer's own mail domain (a colleague in the same municipality: "jhla@kildeby.dk" to
    # "pekr@kildeby.dk") is not named by a workplace that shares the town's name ("praktik hos Kildeby Købmand")
    own = {e.domain.lower() for e in find_emails("\n".join(sender))}
    named = [p for d in domains - own for p in _DOMAIN_PARTS.split(d)]
    return bool(c.rx["employer-addressed"].search(said)) or _workplace_is_recipient(named, said, c)


_FOLD_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "ue", "ö": "oe", "ä": "ae"})


def _workplace_is_recipient(parts: list[str], body: str, c: SectorCues) -> bool:
    """The text places the citizen's work at a business whose name, spelled together, is a part of the recipient's
    mail domain ("opstart hos Kærby Busser" to jan@kaerbybusser.dk, `workplace-named`): the reader is the employer."""
    names = {p for p in parts if len(p) >= 4}
    if not names:
        return False
    for m in c.rx["workplace-named"].finditer(body):
        words = (m.group("org") or "").lower().split()
        for k in range(1, len(words) + 1):
            joined = "".join(words[:k]).translate(_FOLD_LETTERS)
            if joined in names or joined.replace("-", "") in names:
                return True
    return False


def _own_unit_copies(copies: list[str], addressees: list[str], signed: list[str], sectors, c: SectorCues) -> list[str]:
    """The copy fields whose every address is at the signer's own mail domain (and none at the addressee's) and
    that name the one sector the "Til:" field does not: the sender's own unit in copy, not a second addressee."""
    own = {e.domain.lower() for e in find_emails("\n".join(signed))}
    theirs = {e.domain.lower() for e in find_emails("\n".join(addressees))}
    if not own or not addressees:
        return []
    a_h, a_j = sectors(addressees)
    dom = _domain_side(addressees, c)
    a_h, a_j = a_h or dom == "health", a_j or dom == "job"
    if a_h == a_j:
        return []
    out = []
    for t in copies:
        domains = {e.domain.lower() for e in find_emails(t)}
        if domains and domains <= own and not domains & theirs and sectors([t]) == (a_j, a_h):
            out.append(t)
    return out


def _counterpart_fields(a, found, c: SectorCues) -> set[int]:
    """The head lines that are a form's role field naming another professional than the sender's own contact field
    ("Læge: Peter Aagaard, Lægehuset Vestergade, tlf. …" beside "Sagsbehandler: Helle Brink, …" under "JOBCENTER
    THISTED"), by one sector the sender's other lines do not name: the counterpart's field."""
    st = a.structure
    texts = [b.text.strip() for b in a.blocks]
    people = set()
    for i, t in enumerate(texts):
        m = ROLE_FIELD.match(t) if st.zones[i] == "contact" else None
        if m:
            people |= set(_CAPITALISED.findall(t[m.end():]))
    if not people:
        return set()
    fields = set()
    for i, t in enumerate(texts):
        m = ROLE_FIELD.match(t) if st.zones[i] in ("letterhead", "meta") and len(t) <= _FIELD_MAX else None
        if m and not people & set(_CAPITALISED.findall(t[m.end():])):
            fields.add(i)
    if not fields:
        return set()
    own = _strip("\n".join(t for i, t in enumerate(texts) if st.zones[i] in SENDER_ZONES and i not in fields),
                 c.street_suffixes)
    own_side = (bool(found(c.fold["health"], own)), bool(found(c.fold["job"], own)))
    if own_side[0] == own_side[1]:
        return set()

    def side(t: str) -> tuple[bool, bool]:
        t = _strip(t, c.street_suffixes)
        return bool(found(c.fold["health"], t)), bool(found(c.fold["job"], t))

    return {i for i in fields if side(texts[i]) == (own_side[1], own_side[0])}




def _inner_recipient(text: str, to_field: re.Pattern, copy_field: re.Pattern) -> int | None:
    """Where a recipient's field starts inside a sender's head line ("Afsender: Jørgen Lyng · Modtager: Jobcenter
    Vordingborg", "Fra: Kim Holt | Til: Jobcenter Ikast"), after a field gap; None when the line holds none."""
    if len(text) > _FIELD_MAX:
        return None
    for m in FIELD_GAP.finditer(text):
        rest = text[m.end():]
        if m.start() > 0 and to_field.match(rest) and not copy_field.match(rest) and to_field.sub("", rest, 1).strip():
            return m.end()
    return None


_QUOTE_MARK = re.compile(r"^(?:\s*>)+\s?")


def _own_quoted_side(a, c: SectorCues, found) -> str | None:
    """The direction of the writer's own quoted earlier mail: its attribution line ("Den 2. november 2026 skrev Jens
    Holm <…>:") names the top message's signer by two words, the quoted signature (the lines under its closing) names
    one sector, and its head lines (short lines above the text) name none or the other."""
    from linter.letter.structure import CLOSING

    st = a.structure
    quoted = [i for i, z in enumerate(st.zones) if z == "quoted"]
    if not quoted:
        return None
    top = quoted[0]
    signer = {w for i, z in enumerate(st.zones[:top]) if z in ("closing", "signature")
              for w in _CAPITALISED.findall(mask_emails(a.blocks[i].text))}
    said = set(_CAPITALISED.findall(mask_emails(a.blocks[top].text)))
    if len(signer & said) < 2:
        return None
    lines = [_QUOTE_MARK.sub("", a.blocks[i].text).strip() for i in quoted[1:]]
    close = next((k for k, t in enumerate(lines) if CLOSING.match(t)), None)
    if close is None:
        return None
    head = [t for t in lines[:close] if 0 < len(t.split()) <= 6 and not t.endswith((".", "?", "!"))]
    sig = _strip("\n".join(lines[close + 1:]), c.street_suffixes)
    head_text = _strip("\n".join(head), c.street_suffixes)
    s_h, s_j = bool(found(c.fold["health"], sig)), bool(found(c.fold["job"], sig))
    r_h, r_j = bool(found(c.fold["health"], head_text)), bool(found(c.fold["job"], head_text))
    if s_h and not s_j and not r_h:
        return "sundhed-til-job"
    if s_j and not s_h and not r_j:
        return "job-til-sundhed"
    return None


def _found(rx: FoldedPattern, text: str, doc: re.Pattern = _NEVER) -> list[str]:
    """The sector words of a text, lower-cased; a word naming a document ("speciallægeerklæring", "lægeattest")
    names no sender or recipient (sectors.yaml `document-words`, passed as `doc`)."""
    return [w for w in rx.lower_matches(text) if not doc.match(w)]


_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][\wæøåÆØÅ-]+")  # the capitalised words of a field's value (names, places)
_NAME_LINE = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+){1,3}$")  # "Eva Krog", "Anne Marie Holm-Berg"


def _referent_side(a, c: SectorCues, found) -> str | None:
    """The side of the minutes' writer: the name of a "Referent: <name>" field or of the signature read against the
    participants' lines naming that person (their role and workplace; a field's own words count too), or a
    participants line marked "(referent)"; None when those lines name both sectors or neither (a coordinator)."""
    st = a.structure
    lines = [b.text.strip() for b in a.blocks]
    listed = [t for i, t in enumerate(lines) if st.zones[i] == "participants"]
    own = [t for t in listed if c.rx["referent-mark"].search(t)]
    names = []
    for i, t in enumerate(lines):
        m = c.rx["referent-field"].match(t)
        if m:
            own.append(t)
            names.append(m.group("name").lower())
        elif st.zones[i] == "signature" and _NAME_LINE.match(t):
            names.append(t.lower())  # the signer's name under "Referent:" / a closing
    own += [x for x in listed if any(n in x.lower() for n in names)]
    if not own:
        return None
    text = _strip("\n".join(own), c.street_suffixes)
    h, j = found(c.fold["health"], text), found(c.fold["job"], text)
    if any(c.rx["health-institution"].search(w) for w in h):
        j = [w for w in j if not c.rx["job-roles-in-health"].match(w)]
    return "health" if h and not j else "job" if j and not h else None


def _shown(words: list[str]) -> tuple[str, ...]:
    """The first four distinct words, as shown in the evidence."""
    return tuple(dict.fromkeys(words))[:4]


# What the letter does, read from the concept lexicons (lexicons/concepts/): a letter that reports
# two of function, accommodations and outlook is a health professional's report; one that names the
# information it wants and asks for an answer by a deadline is the job centre's request.
# Evidence of one side and none of the other decides.
_REPORT_CONCEPTS = ("funktionsniveau", "skaanehensyn", "prognose")
_REQUEST_DEADLINE = "frist-klar"
_REQUEST_PURPOSE = "formaal"
_REQUEST_WHAT = ("efterspurgt-info", ("info-anmodning", "info-emne"))


_REQUEST_VAGUE = ("info-vag", "info-anmodning")  # "har I noget nyt på …?", "hvordan går det med …?"


def _content_side(a, vague: bool = False) -> tuple[str, str] | None:
    """What the letter's body does: reports (two of function, accommodation, outlook, none of them asked about)
    or requests (a deadline and what is asked for). With `vague`, only whether it asks by a deadline, also
    vaguely, and reports nothing."""
    body = set(a.structure.body_blocks())

    def has(name: str) -> bool:
        return any(a.block_index(m.start_char) in body for m in a.concept_matches(name))

    # a report's words inside a question or a stated purpose are what the writer asks about
    # ("Må han løfte mere end 10 kg?", "til at vurdere, om han kan starte på nedsat tid"), not a report
    asking = [(s, e) for s, e in a.sentences if a.text[s:e].rstrip().endswith("?")] + \
        [(s, e) for m in a.concept_matches(_REQUEST_PURPOSE) for s, e in a.sentences if s <= m.start_char < e]
    # ... and so are the reader's own words the writer tells back ("Du skriver, at hun ikke bør stå …")
    said = sector_cues(a.pipeline.lexicons).rx["reader-said"]
    asking += [(s, e) for s, e in a.sentences if said.search(a.text[s:e])]

    def reports(name: str) -> bool:
        return any(a.block_index(m.start_char) in body and not any(s <= m.start_char < e for s, e in asking)
                   for m in a.concept_matches(name))

    report = sum(1 for n in _REPORT_CONCEPTS if reports(n))
    if vague:
        # only asking, also vaguely ("har I noget nyt på Jonas? … gerne inden fredag"): a request by a deadline
        return ("job-til-sundhed", "body-content-job") if report == 0 and has(_REQUEST_DEADLINE) and \
            any(has(n) for n in (*_REQUEST_VAGUE, _REQUEST_WHAT[0])) else None
    request = has(_REQUEST_DEADLINE) and any(has(n) if isinstance(n, str) else all(has(x) for x in n)
                                             for n in _REQUEST_WHAT)
    if report >= 2 and not request:
        return "sundhed-til-job", "body-content-health"
    if request and report == 0:
        return "job-til-sundhed", "body-content-job"
    return None


_NAME = re.compile(r"\w+")


def _signer_of_a_sector(signed: list[str], c: SectorCues) -> bool:
    """The signer's lines name the health side or the job centre (beyond the roles an a-kasse or a union has too:
    "rådgiver", "sagsbehandler"), and no employer, a-kasse or union word."""
    joined = "\n".join(signed)
    if not joined or c.rx["other"].search(joined):
        return False
    return bool(c.rx["health"].search(joined)) or any(not c.rx["job-roles-in-health"].match(m.group(0).lower())
                                                      for m in c.rx["job"].finditer(joined))


def _addressee_on_top(a, signed: list[str], c: SectorCues) -> bool:
    """An address block at the top is the addressee's, not a letterhead, when nobody signs with a sector
    (initials, a first name) and the greeting names a word of it ("Læge Hanne Skov" … "Kære Hanne Skov",
    "Jobcenter Silkeborg" … "Kære jobcenter")."""
    st = a.structure
    if "email-sender" in st.zones:
        return False
    heads = [a.blocks[i].text for i in range(len(a.blocks)) if st.zones[i] == "letterhead"]
    greeting = next((a.blocks[i].text for i in range(len(a.blocks)) if st.zones[i] == "greeting"), "")
    if not heads:
        return False
    joined = "\n".join(heads)
    health, job = c.fold["health"].search, c.fold["job"].search
    h, j = health(joined), job(joined)
    named = {w.lower() for w in _NAME.findall(greeting)[1:] if len(w) > 2}  # the words after "Kære"/"Hej"
    if named & {w.lower() for t in heads for w in _NAME.findall(t)}:
        # ... also under a signer of a sector when the block names none (a private person's address:
        # "Lene Pagh" / "Kirkevænget 12" … "Kære Lene", signed "Kiropraktor")
        return not (h or j) or not any(health(t) or job(t) for t in signed)
    # every test below needs a block naming one sector (read first: the signer's lines are longer to scan) ...
    if h == j:
        # ... but one: a block naming only an employer, an a-kasse or a union ("Hotel Skovly" / "Strandvejen 4"),
        # over a note whose signer names a sector and no such word, is whom the note is to (RULES.md: generel)
        # (the signer's lines: the signature's, and a closing line that signs: "/Birgit Skou, praktiserende læge")
        closing = [a.blocks[i].text for i in range(len(a.blocks)) if st.zones[i] == "closing"]
        return not h and bool(c.rx["other"].search(joined)) and _signer_of_a_sector([*signed, *closing], c)
    if any(health(t) or job(t) for t in signed):
        return False
    # ... or the greeting names the block's one sector ("Lægerne i Torvet" … "Kære læge")
    g_h, g_j = health(greeting), job(greeting)
    if g_h != g_j and (h, j) == (g_h, g_j):
        return True
    # ... or the block names one sector and what the letter does is the other's (a report under a job
    # centre's address, a request under a clinic's)
    content = _content_side(a)
    return content is not None and content[0] == ("job-til-sundhed" if h else "sundhed-til-job")


def _job_request(a, body: str, c: SectorCues) -> bool:
    """The text is the job centre's request to the health side: its words of asking ("Vi beder om den del af
    lægeattesten …", `body-job-self`) and none of a clinician about their own work, or what it does (a request
    with a deadline and no report, `_content_side`)."""
    stripped = _strip(body, c.street_suffixes)
    if c.rx["body-health-self"].search(stripped):
        return False
    if c.rx["body-job-self"].search(stripped):
        return True
    content = _content_side(a)
    return content is not None and content[0] == "job-til-sundhed"


def _to_citizen(a, on_top: tuple[str, ...] = ()) -> bool:
    """The letter is addressed to the citizen it is about: a recipient (linter/letter/people.py), or the first
    line of an address block at the top read as the addressee's (`on_top`), whose first name and surname are
    the citizen's, or stand on the subject line the letter is about."""
    from linter.letter.people import letter_parties

    parties = letter_parties(a, a.pipeline.lexicons)

    def key(name: str | None) -> tuple[str, str] | None:
        words = _NAME.findall(name or "")
        return (words[0].lower(), words[-1].lower()) if len(words) >= 2 else None

    citizens = {key(p.name) for p in parties if p.kind == "citizen"} - {None}
    # ... or the citizen is named on the subject line ("Vedr.: Lars Toft Hansen", "Emne: Status Ahmad Karimi")
    cues = sector_cues(a.pipeline.lexicons)
    st, to_field = a.structure, cues.rx["recipient-field"]
    subject = [a.blocks[i].text for i in range(len(a.blocks)) if st.zones[i] in ("meta", "email-header")
               and not to_field.match(a.blocks[i].text.strip())]

    def copied(p) -> bool:
        """The party is named on a copy's field line ("Kopi: Ali Hassan (borger)")."""
        if not p.name_span:
            return False
        start = a.text.rfind("\n", 0, p.name_span[0]) + 1
        return bool(cues.rx["copy-field"].match(a.text[start:p.name_span[0] + 1].strip()))

    names = [p.name for p in parties if p.kind == "recipient" and not copied(p)]
    # a block's first line that is only a name ("Lene Pagh" above "Kirkevænget 12")
    names += [t.split("\n")[0] for t in on_top if 2 <= len(_NAME.findall(t.split("\n")[0])) <= 4
              and all(w[0].isupper() and w.isalpha() for w in _NAME.findall(t.split("\n")[0]))]
    for name in names:
        k = key(name)
        if k and (k in citizens or any({*k} <= {w.lower() for w in _NAME.findall(t)} for t in subject)):
            return True
    return False


def _author_is_citizen(a) -> bool:
    """The letter model reads the author as the citizen writing about their own case (linter/letter/people.py)."""
    from linter.letter.people import author_is_citizen

    return author_is_citizen(a, a.pipeline.lexicons)


def detect_profile(a) -> ProfileGuess:
    c = sector_cues(a.pipeline.lexicons)
    health, job, other = c.fold["health"], c.fold["job"], c.fold["other"]

    def found(rx: FoldedPattern, text: str) -> list[str]:
        return _found(rx, text, c.rx["document-words"])

    st = a.structure
    sender, recipient, title, signed = [], [], [], []
    to_fields: list[str] = []  # a header's "Til:"/"Modtager:" fields
    to_blocks: list[str] = []  # the address blocks read as the recipient's
    memo = False  # inside a head block under a document's name ("NOTAT" / "Aabenraa Kommune, Sundhed og Træning")
    copy_field, to_field = c.rx["copy-field"], c.rx["recipient-field"]
    # a copy's field when a "Til:" field names whom the letter is to ("Til: Søren Overgaard <…>" / "Cc: Sundhedscentret
    # <sundhedscenter@…>"): read below against the sender's own sector
    copies: list[str] = []
    to_named = any(z in (*_HEADER_ZONES, *_FIELD_ZONES, "recipient") and len(t) <= _FIELD_MAX and to_field.match(t)
                   and not copy_field.match(t) and to_field.sub("", t, count=1).strip()
                   for z, t in zip(st.zones, (b.text.strip() for b in a.blocks), strict=True))
    # the people of the sender's own contact fields ("Sagsbehandler: Helle Brink, tlf. …"): a form's other role field
    # in its head naming someone else by a sector's profession ("Læge: Peter Aagaard, Lægehuset …") is the
    # counterpart's, not the sender's letterhead, when it names the one sector the sender's other lines do not (a
    # colleague's field, "Tilknyttet læge: …" on a health centre's form, stays the sender's side)
    counterpart = _counterpart_fields(a, found, c)
    # a head line flattened from two columns piece by piece, the addressee's on the left ("Fysioterapeut Helle Vang
    # Sagsbehandler: Lars Bech  Fysioklinikken …"; the sender reader's reading, linter/letter/sender.py): the left
    # pieces are the recipient's, the others the sender's
    from linter.letter.sender import sender_reader

    columns = sender_reader(a.pipeline.lexicons).addressee_column(a)
    for i, b in enumerate(a.blocks):
        z = st.zones[i]
        t = b.text.strip()
        if i in counterpart:
            recipient.append(t)
            continue
        if i in columns:
            left = columns[i]
            recipient.append("  ".join(b.text[s:e] for s, e in left))
            to_blocks.append(recipient[-1])
            ends = [e for _, e in left]
            starts = [s for s, _ in left[1:]] + [len(b.text)]
            right = (b.text[e:s].strip() for e, s in zip(ends, starts, strict=True))
            sender.append("  ".join(p for p in right if p))
            continue
        # a printout's head line naming both parties ("Afsender: Jørgen Lyng · Modtager: Jobcenter …"): the part from
        # the "Modtager:" / "Til:" field on is the recipient's
        inner = _inner_recipient(t, to_field, copy_field) if z in SENDER_ZONES else None
        if inner is not None:
            t, theirs = t[:inner].strip(), t[inner:].strip()
            recipient.append(theirs)
            to_fields.append(theirs)
        if c.rx["document-title"].match(t) and z in ("letterhead", "recipient", "meta", "page-header"):
            # "Psykologfaglig udtalelse vedrørende …" names the document, not who sends or gets it (also as a Word
            # file's page header)
            continue
        if z == "recipient" and (memo or (i == 0 or st.zones[i - 1] != "recipient")
                                 and c.rx["document-words"].match(t.lower())):
            # a memo's head: its name, then the unit that writes it; no addressee
            memo = True
            sender.append(t)
            continue
        memo = False
        # a "Modtager:" / "Til:" field of a printout head in the page header names the recipient
        field_to = z in _HEADER_ZONES and to_field.match(t)
        # a form's or a note's head fields ("Udfyldt af: Læge …", "Jobcentrets sagsbehandler: …", "Sendes til: …")
        field = z in _FIELD_ZONES and len(t) <= _FIELD_MAX
        if z in SENDER_ZONES and not field_to and c.rx["sender-field"].match(t) and len(t) <= _FIELD_MAX and \
                len(fields := inline_fields(t)) > 1 and any(to_field.match(f) for f in fields[1:]):
            # a printout's head as one line ("Fra: A-kassen Fremad · Til: Jobcenter Fredericia · Sendt: …"): its
            # "Til:" field names the recipient, as on a line of its own
            to = [f for f in fields if to_field.match(f) and not copy_field.match(f)]
            sender.append(" · ".join(f for f in fields if not to_field.match(f)))
            signed.append(sender[-1])
            recipient.extend(to)
            to_fields.extend(to)
            continue
        if z in SENDER_ZONES and not field_to:
            sender.append(t)
            if z == "signature":
                title.append(t)
            if z in ("signature", "email-sender") or (len(t) <= _FIELD_MAX and c.rx["sender-field"].match(t)):
                signed.append(t)
        elif z in ("recipient", "greeting") or field_to or (field and c.rx["recipient-field"].match(t)):
            recipient.append(_greeting_only(t) if z == "greeting" else t)
            (to_fields if field_to else to_blocks if z == "recipient" else []).append(t)
            if to_named and copy_field.match(t):
                copies.append(t)
        elif field and c.rx["sender-field"].match(t):
            sender.append(t)
            signed.append(t)

    def sectors(lines: list[str]) -> tuple[bool, bool]:
        if not lines:
            return False, False
        joined = _strip_lines(a, lines, c.street_suffixes)
        doc = c.rx["document-words"]
        # whether any word is found, so the first one that is no document's name ends the scan
        return (any(not doc.match(w) for w in health.lower_matches(joined)),
                any(not doc.match(w) for w in job.lower_matches(joined)))

    if copies:
        # a copy to the sender's own sector (its own unit's mailbox) or to no sector names no addressee: the "Til:"
        # field and what the letter says decide; a copy to the other sector is a reader of the letter (a status to
        # the citizen with the job centre in copy goes to the job centre too)
        own_h, own_j = sectors(sender)
        if own_h == own_j:
            # a copy at the sender's own mail domain naming the other sector than the "Til:" field's ("Fra: Sara Holm
            # Ibsen <sahi@vejle.dk>" / "Til: Fysio Vejle Nord <klinik@…>" / "Cc: Team Sygedagpenge
            # <sygedagpenge@vejle.dk>"): the sender's own unit, whose sector is the sender's
            mine = _own_unit_copies(copies, [t for t in to_fields if t not in copies], signed, sectors, c)
            if mine:
                copies = [t for t in copies if t not in mine]
                recipient = [x for x in recipient if x not in mine]
                to_fields = [x for x in to_fields if x not in mine]
                sender.extend(mine)
                own_h, own_j = sectors(sender)
        if own_h == own_j:
            # a sender naming no sector (initials, a first name): what the letter does says whose it is (a report of
            # function and accommodations is the health side's, a request with a deadline the job centre's)
            content = _content_side(a)
            own_h, own_j = (content[0] == "sundhed-til-job", content[0] == "job-til-sundhed") if content else (0, 0)
        # the "Til:" field naming a party on neither side (an employer: "Til: Brian Toft, Toft Byg ApS"): the letter is
        # to that party, and a copy to either sector is a reader, no addressee (RULES.md: a job centre writing to an
        # employer is `generel`)
        addressees = [t for t in to_fields if t not in copies]
        to_other = bool(addressees) and sectors(addressees) == (False, False) and \
            bool(found(other, _strip_lines(a, addressees, c.street_suffixes)))
        for t in copies:
            h, j = sectors([t])
            dom = _domain_side([t], c)
            h, j = h or dom == "health", j or dom == "job"
            if to_other or not ((j and not h) if (own_h and not own_j) else (h and not j) if (own_j and not own_h)
                                else (h or j)):
                recipient = [x for x in recipient if x != t]
                to_fields = [x for x in to_fields if x != t]
                to_blocks = [x for x in to_blocks if x != t]
    addressed = bool(recipient)  # the letter names an addressee: a "Til:" field, an address block, a greeting
    # a header's field names the addressee ("Modtager: Jobcenter …"); an address block under it naming only the
    # other sector ("Lægehuset Torvet" / "Torvet 6") is the sender's own letterhead

    f_h, f_j = sectors(to_fields)
    b_h, b_j = sectors(to_blocks)
    if f_h != f_j and b_h != b_j and (f_h, f_j) != (b_h, b_j):
        recipient = [t for t in recipient if t not in to_blocks]
        sender.extend(to_blocks)
    # a block read as the recipient's that the sender's own lines repeat ("Afsender: Psykologerne i Vejle, …"
    # above "Psykologerne i Vejle") is the sender's letterhead
    own = "\n".join(sender).lower()
    recipient = [t for t in recipient if len(t.split()) < 2 or t.lower() not in own]
    # one space between words, so a cue also matches across a hard-wrapped line ("din\nryg")
    body = " ".join("\n".join(a.blocks[i].text for i in st.body_blocks()).split())
    # an internal note: its head names a note kept in the case, or it says so, and nobody is addressed (its head is
    # the writer's own, never an addressee's on top)
    # (a Word file may carry the note's head in its page header: "JOURNALNOTAT – Jobcenter …" above the text)
    note_head = [b.text.strip() for i, b in enumerate(a.blocks)
                 if st.zones[i] in ("page-header", "meta", "letterhead", "recipient")]
    internal = not addressed and (any(c.rx["internal-note"].match(t) for t in note_head[:6])
                                  or bool(c.rx["internal-use"].search(body)))
    if not internal and any(c.rx["internal-head"].search(t) for t in note_head[:6]):
        # a head saying the text is an internal message ("… – INTERN BESKED"), its "Til:" naming a colleague only
        # (initials, a name: no sector, no other party, no mail address): a note kept in the case, to no one outside
        internal = not addressed or not any(
            "@" in t or found(health, t) or found(job, t) or found(other, t) or found(c.fold["outside-org"], t)
            for t in (_strip_lines(a, [x], c.street_suffixes) if "@" not in x else x for x in recipient))
    if not internal and recipient and any(c.rx["internal-note"].match(t) or c.rx["internal-head"].search(t)
                                          for t in note_head[:6]):
        # a note kept in the case ("JOURNALNOTAT – intern") whose every addressee line is a "Til:" field naming a
        # colleague of the writer's own organisation by an internal role or team ("Til: Teamleder, Team
        # Jobafklaring"; no mail address, no other party): a note to the writer's own superior, no letter out
        internal = all("@" not in t and c.rx["internal-addressee"].match(t) and not found(other, t)
                       and not found(c.fold["outside-org"], t) for t in recipient)
    # a note on the collaboration of both sectors ("NOTAT – koordinering mellem Jobcenter og Sundhedscenter"), its head
    # line naming the collaboration with words of both sides, addressed to no one: a joint coordinating document
    joint_note = not addressed and any(c.rx["joint-topic"].search(t) and found(health, t) and found(job, t)
                                       for t in note_head[:6])
    on_top: tuple[str, ...] = ()
    if not internal and _addressee_on_top(a, signed, c):
        heads = {a.blocks[i].text.strip() for i in range(len(a.blocks)) if st.zones[i] == "letterhead"}
        sender = [t for t in sender if t not in heads]
        recipient = [*heads, *recipient]
        on_top = tuple(a.blocks[i].text.strip() for i in range(len(a.blocks)) if st.zones[i] == "letterhead")
    # addresses and domains are names of places, not of sectors ("Hospitalsvej", "@fysio-x.dk")
    s_text, r_text = _strip_lines(a, sender, c.street_suffixes), _strip_lines(a, recipient, c.street_suffixes)
    s_h, s_j, s_o = found(health, s_text), found(job, s_text), found(other, s_text)
    s_out = found(c.fold["outside-org"], s_text)
    if s_out:
        # an insurer, a pension fund or the work-injury authority writes (RULES.md: a sender on neither side): the
        # titles of its staff ("Case manager, sygeplejerske", "Skadebehandler, læge") are its own, not a sector's
        roles = c.rx["person-roles"]
        s_h, s_j, s_o = [w for w in s_h if not roles.match(w)], [w for w in s_j if not roles.match(w)], s_o + s_out
    if s_o and s_h and all(c.rx["regional-unit"].match(w) for w in s_h):
        # an a-kasse's or a union's regional branch ("Fagenes A-kasse" / "Medlemsservice, Region Nord"): the region
        # names where the organisation works, no health institution (RULES.md: a sender on neither side)
        s_h = []
    in_health = any(c.rx["health-institution"].search(w) for w in s_h)
    if not in_health and any(c.rx["job-institution"].search(w) for w in s_j):
        # a mentor signing for a job centre ("Mentor, Jobcenter …") is the job centre's staff, no workplace's
        s_o = [w for w in s_o if not c.rx["other-roles-in-job"].match(w)]
    if in_health:
        s_j = [w for w in s_j if not c.rx["job-roles-in-health"].match(w)]
    # the person who signs (signature, `Fra:`, a form's "Udfyldt af:"): their sector alone, for a conflict with
    # a letterhead (an address block at the top may be the recipient's)
    g_text = _strip_lines(a, signed, c.street_suffixes)
    g_h, g_j = found(health, g_text), found(job, g_text)
    if s_out:
        g_h, g_j = [w for w in g_h if not roles.match(w)], [w for w in g_j if not roles.match(w)]
    if in_health:
        g_j = [w for w in g_j if not c.rx["job-roles-in-health"].match(w)]
    r_h, r_j = found(health, r_text), found(job, r_text)
    r_o = found(other, r_text) + found(c.fold["outside-org"], r_text)
    r_domain = _domain_side(recipient, c)
    if r_domain == "health" or any(c.rx["health-institution"].search(w) for w in r_h):
        # a social worker at a hospital ("Kære socialrådgiver", socialraadgiver@sygehus-x.dk) is the health side's
        r_j = [w for w in r_j if not c.rx["job-roles-in-health"].match(w)]
    sender_words, recipient_words = _shown(s_h + s_j + s_o), _shown(r_h + r_j + r_o)

    def guess(profile: str, reason: str | None = None, kind: str = "detected") -> ProfileGuess:
        margin = abs(len(s_h) - len(s_j)) if reason is None else None
        return ProfileGuess(profile, ProfileEvidence(kind, sender_words, recipient_words, reason), margin)

    titles: list[list[str]] = []

    def title_words() -> list[list[str]]:
        """The signature title's health and job words, read once."""
        if not titles:
            joined = "\n".join(title)
            titles.extend((found(health, joined), found(job, joined)))
        return titles

    # (a Word file may carry the minutes' title in its page header, as a note's: "Referat – koordinerende møde …")
    minutes = any(c.rx["minutes"].match(t) for t in note_head[:6])
    # the sender's sector: more words wins; a tie goes to the signature's title
    side = None
    if len(s_h) > len(s_j):
        side = "health"
    elif len(s_j) > len(s_h):
        side = "job"
    elif s_h:
        t_h, t_j = title_words()
        side = "health" if len(t_h) > len(t_j) else "job" if len(t_j) > len(t_h) else None
    roles, by_role = c.rx["job-roles-in-health"], None
    if (side == "job" and all(roles.match(w) for w in s_j)
            and c.rx["body-role-in-health"].search(body)):
        # the sender's only job words are roles a hospital has too ("Socialrådgiver"), and the writer says
        # where they work: "Jeg er socialrådgiver på Rygkirurgisk Afdeling"
        side, s_j, g_j, by_role = "health", [], [w for w in g_j if not roles.match(w)], "role-in-health"
    signer = "health" if g_h and not g_j else "job" if g_j and not g_h else None
    by_signer = None
    if signer and side and signer != side:
        # the letterhead's sector against the signer's: the one who signs wrote the letter
        side, by_signer = signer, "signer"
    # a joint unit ("Sekretariatet for Sundhed og Beskæftigelse"); a job centre inside a
    # division of that name is still a job centre
    if c.rx["joint"].search(s_text) and (side is None or c.rx["joint-unit"].search(s_text)):
        return guess("generel", "joint")
    if minutes:
        # minutes of a meeting are neither side's letter (RULES.md: a joint coordinating unit), unless one side's
        # professional writes them (the signer, else the referent as the participants' list names them: "Referent:
        # Eva Krog" over "– Eva Krog, fysioterapeut, …") under no other side's name and to no head naming both
        # sectors: then they are that side's letter to the others
        writer = signer or _referent_side(a, c, found)
        if side is None and not (s_h or s_j or s_o) and writer:
            side, by_signer = writer, "referent"
        if not (side and writer == side and not (s_h and s_j) and not s_o and not (r_h and r_j)):
            return guess("generel", "minutes")
    if internal:
        # a note kept in the writer's own case ("TELEFONNOTAT", "JOURNALNOTAT – Jobcenter …", "Notatet er kun til
        # intern brug"), written to no one: neither direction (RULES.md: generel); whom it records a talk with
        # ("Samtale med: …", "Jeg ringede til Eriks læge") is no addressee
        return guess("generel", "internal-note")
    if joint_note:
        # RULES.md: a joint coordinating unit's document is neither side's letter to the other (generel), also when
        # its writer works on one side ("Skrevet af: …, tovholder, Sundhedscentret")
        return guess("generel", "joint-note")
    by_domain = None
    if side is None and not s_o:
        side = _domain_side(sender, c)
        by_domain = "sender-domain" if side else None
    if s_o and side != "health" and len(s_o) >= len(s_j):
        # an a-kasse, employer or association; its "rådgiver" is not the job centre's
        return guess("generel", "neither")
    by_case = None
    if (side is None and not (r_h and r_j) and c.rx["coordinator"].search(s_text)
            and c.rx["case-holder"].search(_strip(body, c.street_suffixes))
            and not c.rx["body-health-self"].search(_strip(body, c.street_suffixes))):
        # a coordinator on no side's letterhead who holds the citizen's benefit case ("Jeg er koordinator for
        # Yasmin og har hendes sygedagpengesag"): the case is the municipality's, so the writer is the job
        # centre's, no joint unit; the recipient's words decide the rest as for any job-centre sender
        side, by_case = "job", "case-holder"
    if c.rx["coordinator"].search(s_text) and (side is None or (r_h and r_j)):
        if side is None and r_h and not r_j and not r_o and _job_request(a, body, c):
            # a coordinator on no side's letterhead ("Rehabiliteringsteamet" / "Anette Mørch, koordinator") asking the
            # health side alone for a certificate or a statement: the job centre's request (RULES.md: job-til-sundhed);
            # a unit naming itself joint was read above, and a letter to both sides or to the citizen stays generel
            return guess("job-til-sundhed", "coordinator-request")
        return guess("generel", "coordinator")
    if r_h and r_j and all(title_words()):
        # signers of both sectors writing to both (a joint forum's minutes or letter): neither direction
        return guess("generel", "joint-signers")
    if side in ("health", "job") and not (r_h or r_j or r_o):
        if _to_citizen(a, on_top):
            return guess("generel", "to-citizen")  # RULES.md: neither direction; a letter to the citizen
        if _private_mail(recipient, c):
            return guess("generel", "to-private")  # the citizen's or a relative's own mail address
        if c.rx["citizen-addressed"].search(body):
            # no recipient named, and the text speaks to the citizen ("Du har været sygemeldt", "din arbejdsgiver")
            return guess("generel", "citizen-addressed")
    # an employer named by the recipient's words (r_o), else by its mail domain or by how the text speaks to the reader
    # ("jeres medarbejder"): read only when the recipient's lines name neither side by words, nor the health side by
    # domain (a copy to the job centre's own mailbox, "Cc: virksomhedsservice@…-jobcenter.dk", names no addressee)
    employers: list[bool] = []

    def to_employer() -> bool:
        if not employers:
            employers.append(bool(r_o) or not (r_h or r_j) and r_domain != "health"
                             and _to_employer(recipient, body, c, signed))
        return employers[0]

    if side == "health":
        if r_h and not r_j:
            return guess("generel", "health-to-health")
        if not r_j and to_employer():
            return guess("generel", "health-to-other")  # RULES.md: a health professional writing to an employer
        return guess("sundhed-til-job", by_domain or by_signer or by_role)
    if side == "job":
        if r_j and not r_h:
            return guess("generel", "job-to-job")
        if not r_h and to_employer():
            return guess("generel", "job-to-employer")  # RULES.md: a job centre writing to an employer
        return guess("job-til-sundhed", by_domain or by_signer or by_case)
    if c.rx["body-other-self"].search(body.lower()):
        # a sender naming no sector who speaks for a union, an a-kasse or the workplace ("på vegne af vores medlem",
        # "Jeg er tillidsrepræsentant på …"): neither side, whatever the recipient (RULES.md: generel)
        return guess("generel", "other-self")
    # RULES.md: the citizen (or a relative) writing is `generel`; they write about their own back, and what
    # they write of their own work and limits is no health professional's report ("min fysioterapeut", "min chef");
    # read before the writer's other words about themselves ("Jeg er Oles datter … vi beder jer …"), and before the
    # recipient's words: the citizen writing to the job centre is no health professional ("operere mig", "min sag")
    # (also on the subject line: "Om min kone Inger Ibsen", "Vedr. min far")
    subject = " ".join(a.blocks[i].text for i in range(len(a.blocks)) if st.zones[i] == "meta")
    if c.rx["citizen-self"].search(body.lower()) or c.rx["citizen-self"].search(subject.lower()) \
            or _author_is_citizen(a):
        return guess("generel", "citizen")
    if _private_mail(signed, c):
        # ... and a sender naming no sector who writes from a private mail service ("Fra: Kim Holt
        # <kimh77@hotmail.com>" … "Hilsen Kim"): the citizen or a relative, whatever the recipient
        return guess("generel", "from-private")
    # the sender says nothing: the recipient alone may, or the writer's words about themselves
    if not (r_j or r_h):
        stripped = _strip(body, c.street_suffixes)
        # the writer's role at a health place ("Jeg er socialrådgiver på Rygkirurgisk Afsnit") is the health side's
        h_self = c.rx["body-health-self"].search(stripped) or c.rx["body-role-in-health"].search(stripped)
        j_self = c.rx["body-job-self"].search(stripped)
        found_side = ("sundhed-til-job", "body-health") if h_self and not j_self else \
            ("job-til-sundhed", "body-job") if j_self and not h_self else _content_side(a)
        if found_side:
            # the writer's sector read from the text; the letter still goes to whom its head says: an employer,
            # an a-kasse or a union, or the citizen (RULES.md: neither direction)
            if to_employer():
                return guess("generel", "health-to-other" if found_side[0] == "sundhed-til-job" else "job-to-employer")
            if _to_citizen(a, on_top) or c.rx["citizen-addressed"].search(body):
                return guess("generel", "to-citizen" if _to_citizen(a, on_top) else "citizen-addressed")
            return guess(*found_side)
    if r_j and not r_h:
        return guess("sundhed-til-job", "recipient-job")
    if r_h and not r_j:
        return guess("job-til-sundhed", "recipient-health")
    if not (r_j or r_h or r_o) and r_domain and ("email-sender" not in st.zones or r_domain == "health" and
                                                  not _business_mail(signed, c) and _content_side(a, vague=True)):
        # the recipient's e-mail domain alone ("Til: jakob@fysio-aadalsyd.dk"), when no `Fra:` line names a
        # sender of no sector (an employer's or a relative's own mail); under such a line a health domain decides
        # only for a writer who asks it for news by a deadline and reports nothing ("Fra: Mikkel … <…@kildeby.dk>"
        # … "har I noget nyt på Jonas? … gerne inden fredag"): the one who asks the health side is the job centre
        return guess("job-til-sundhed" if r_domain == "health" else "sundhed-til-job", "recipient-domain")
    own_quote = _own_quoted_side(a, c, found)
    if own_quote:
        # a short follow-up above the writer's own quoted earlier mail ("Ja, det gælder stadig … Hilsen Jens Holm" over
        # "Den … skrev Jens Holm <…>:" / "> Til Jobcenter …" / "> Jens Holm, praktiserende læge"): the same writer to
        # the same reader, so the quoted mail's direction is the reply's (its details still count for nothing)
        return guess(own_quote, "own-quoted")
    return guess("generel", "undecidable", kind="undetected")
