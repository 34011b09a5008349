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
from linter.model import ProfileEvidence

HEALTH = re.compile(
    r"\b(sundhedscent(?:er|ret|eret|rets|erets)|sundhedshus\w*|fysioterap\w*|fysio\w*|kiropraktor\w*|"
    r"kiropraktisk\w*|ergoterap\w*|læge|lægen|lægerne|lægehus\w*|lægeklinik\w*|lægepraksis\w*|speciallæge\w*|"
    r"overlæge\w*|afdelingslæge\w*|reservelæge\w*|praktiserende|hospital\w*|regionshospital\w*|sygehus\w*|"
    r"rygklinik\w*|rygcent\w*|rygsektion\w*|ambulatori\w*|smertecent\w*|smerteklinik\w*|genoptræning\w*|"
    r"psykolog\w*|sygeplejerske\w*|rygambulatori\w*|rygkirurg\w*|ortopæd\w*|reumatolog\w*|neurolog\w*|"
    r"klinik\w*|speciallægepraksis|terapeut\w*|region\s+\w+|rehabiliteringscent\w*|"
    r"\w+hospital\w*|\w+sygehus\w*|\w+klinik\w*|\w+fysioterap\w*|sundhed og (?:omsorg|forebyggelse|træning)|"
    r"center for sundhed\w*|sundhedsafdeling\w*|træning og rehabilitering|genoptræningscent\w*|"
    r"træningscent\w*|sundhedsfaglig\w*|\w*psykiatri\w*)\b", re.I)
JOB = re.compile(
    r"\b(jobcent\w*|sygedagpenge\w*|beskæftigelses\w*|center for beskæftigelse|job og \w+|ydelsescent\w*|"
    r"ydelsesservice|sagsbehandler\w*|rådgiver|jobkonsulent\w*|virksomhedskonsulent\w*|"
    r"sygedagpengeafsnit\w*|arbejdsmarked\w*|jobafklaring\w*|job\s*&\s*\w+|socialrådgiver\w*|casemanager\w*|"
    r"virksomhedsservice|center for job\w*|jobteam\w*|jobhus\w*)\b", re.I)
OTHER = re.compile(
    r"\b(a-kasse\w*|arbejdsløshedskasse\w*|fagforening\w*|fagforbund\w*|patientforening\w*|\w+foreningen|"
    r"arbejdsgiver\w*|personalechef\w*|personaleafdeling\w*|hr-\w+|direktør|indehaver|værkfører|"
    r"3f|foa|dansk metal|krifa|faglig\w* konsulent\w*|faglig\w* sekretær\w*|tillidsmand\w*|"
    r"a/s|aps|tillidsrepræsentant\w*|arbejdsmiljø\w*)(?!\w)", re.I)
# roles that also work in hospitals and clinics: beside a health institution they are its staff
# ("Vestby Sygehus, Socialrådgiverfunktionen"), not a job centre's
JOB_ROLES_IN_HEALTH = re.compile(r"^(socialrådgiver\w*|rådgiver|casemanager\w*|sagsbehandler\w*)$")
HEALTH_INSTITUTION = re.compile(r"(hospital|sygehus|klinik|lægehus|lægepraksis|sundhedscent|sundhedshus|rygcent|"
                                r"ambulatori|psykiatri)")
# the joint unit itself ("Sundheds- og Beskæftigelsesteamet"), not a division a job centre sits in
JOINT_UNIT = re.compile(r"\b(sekretariat\w*|tovholder\w*|koordinat\w*|tværsektori\w*|"
                        r"sundheds?-? (?:og|&) beskæftigelses?(?:team|enhed)\w*|"
                        r"beskæftigelses?-? (?:og|&) sundheds?(?:team|enhed)\w*)", re.I)
JOINT = re.compile(r"\b(sundheds?-? (?:og|&) beskæftigelse\w*|beskæftigelses?-? (?:og|&) sundhed\w*|tværsektori\w*|"
                   r"koordinerende (enhed|team|funktion)\w*)\b", re.I)
COORDINATOR = re.compile(r"\b(koordinator\w*|tovholder\w*|forløbskoordinator\w*)\b", re.I)
MINUTES = re.compile(r"^(møde)?referat\b|^beslutningsreferat\b|^referat af\b", re.I)

# weak evidence from running text, used only when no zone says anything
BODY_HEALTH_SELF = re.compile(
    r"\b(jeg|vi) (er|arbejder som) (\w+ ){0,2}(fysioterapeut|læge|kiropraktor|ergoterapeut|psykolog|sygeplejerske)\w*|"
    r"\b(sende|sender|skriver) (\w+ ){0,3}til (jobcent|sagsbehandler)\w*", re.I)
BODY_JOB_SELF = re.compile(
    r"\b(jeg|vi) (er|arbejder som) (\w+ ){0,2}(sagsbehandler|rådgiver|jobkonsulent)\w*|\bfra jobcent\w*|"
    r"\b(sende|sender|skriver) (\w+ ){0,3}til (lægen|fysioterapeuten|kiropraktoren|hospitalet)\b", re.I)

SENDER_ZONES = ("letterhead", "signature", "closing", "email-sender", "page-header", "page-footer", "contact")
RECIPIENT_FIELD = re.compile(r"^(til|cc|to)\s*:", re.I)


@dataclass(slots=True)
class ProfileGuess:
    profile: str
    evidence: ProfileEvidence


_STREET = ("vej", "gade", "allé", "plads", "torv", "stræde")


def _strip(text: str) -> str:
    """Drop e-mail addresses (also obfuscated ones), web addresses and street names (their words say nothing about the
    sender's sector). Token by token, so a hostile 1 MB "word" costs linear time, not quadratic."""
    out = []
    for tok in mask_emails(text).split():
        low = tok.lower()
        if "@" in tok or low.startswith("www."):
            continue
        if low.rstrip(".,;:").endswith(_STREET):
            continue
        out.append(tok)
    return " ".join(out)


_DOMAIN_HEALTH = re.compile(r"^(fysio\w*|kiro\w*|laege\w*|læge\w*|sygehus\w*|hospital\w*|rygklinik\w*|"
                            r"rygcent\w*|sundhedscent\w*|ergo\w*|psykolog\w*|rsyd|rm|regionh|rn|regsj|auh|ouh)$")
_DOMAIN_JOB = re.compile(r"^(jobcent\w*|jobnet|star)$")


def _domain_side(sender: list[str]) -> str | None:
    """Weak evidence when the sender part names no sector: the e-mail domain ("@fysio-roskilde.dk")."""
    parts = [p for e in find_emails("\n".join(sender)) for p in re.split(r"[.-]", e.domain)]
    if any(_DOMAIN_HEALTH.match(p) for p in parts):
        return "health"
    if any(_DOMAIN_JOB.match(p) for p in parts):
        return "job"
    return None


def _found(rx: re.Pattern, text: str) -> list[str]:
    return [m.group(0).lower() for m in rx.finditer(text)]


def _shown(words: list[str]) -> tuple[str, ...]:
    """The first four distinct words, as shown in the evidence."""
    return tuple(dict.fromkeys(words))[:4]


# What the letter does, read from the concept lexicons (lexicons/concepts/): a letter that reports
# two of function, accommodations and outlook is a health professional's report; one that names the
# information it wants and asks for an answer by a deadline is the job centre's request.
# Evidence of one side and none of the other decides.
_REPORT_CONCEPTS = ("funktionsniveau", "skaanehensyn", "prognose")
_REQUEST_DEADLINE = "frist-klar"
_REQUEST_WHAT = ("efterspurgt-info", ("info-anmodning", "info-emne"))


def _content_side(a) -> tuple[str, str] | None:
    body = set(a.structure.body_blocks())

    def has(name: str) -> bool:
        return any(a.block_index(m.start_char) in body for m in a.concept_matches(name))

    report = sum(1 for n in _REPORT_CONCEPTS if has(n))
    request = has(_REQUEST_DEADLINE) and any(has(n) if isinstance(n, str) else all(has(x) for x in n)
                                             for n in _REQUEST_WHAT)
    if report >= 2 and not request:
        return "sundhed-til-job", "body-content-health"
    if request and report == 0:
        return "job-til-sundhed", "body-content-job"
    return None


def detect_profile(a) -> ProfileGuess:
    st = a.structure
    sender, recipient, title = [], [], []
    for i, b in enumerate(a.blocks):
        z = st.zones[i]
        t = b.text.strip()
        if z in SENDER_ZONES:
            sender.append(t)
            if z == "signature":
                title.append(t)
        elif z in ("recipient", "greeting") or (z == "email-header" and RECIPIENT_FIELD.match(t)):
            recipient.append(t)
    # addresses and domains are names of places, not of sectors ("Hospitalsvej", "@fysio-x.dk")
    s_text, r_text = _strip("\n".join(sender)), _strip("\n".join(recipient))
    s_h, s_j, s_o = _found(HEALTH, s_text), _found(JOB, s_text), _found(OTHER, s_text)
    if any(HEALTH_INSTITUTION.search(w) for w in s_h):
        s_j = [w for w in s_j if not JOB_ROLES_IN_HEALTH.match(w)]
    r_h, r_j = _found(HEALTH, r_text), _found(JOB, r_text)
    sender_words, recipient_words = _shown(s_h + s_j + s_o), _shown(r_h + r_j)

    def guess(profile: str, reason: str | None = None, kind: str = "detected") -> ProfileGuess:
        return ProfileGuess(profile, ProfileEvidence(kind, sender_words, recipient_words, reason))

    head = [b.text.strip() for i, b in enumerate(a.blocks) if st.zones[i] in ("meta", "letterhead", "recipient")]
    if any(MINUTES.match(t) for t in head[:6]):
        return guess("generel", "minutes")
    # the sender's sector: more words wins; a tie goes to the signature's title
    side = None
    if len(s_h) > len(s_j):
        side = "health"
    elif len(s_j) > len(s_h):
        side = "job"
    elif s_h:
        t_h, t_j = _found(HEALTH, "\n".join(title)), _found(JOB, "\n".join(title))
        side = "health" if len(t_h) > len(t_j) else "job" if len(t_j) > len(t_h) else None
    # a joint unit ("Sekretariatet for Sundhed og Beskæftigelse"); a job centre inside a
    # division of that name is still a job centre
    if JOINT.search(s_text) and (side is None or JOINT_UNIT.search(s_text)):
        return guess("generel", "joint")
    by_domain = None
    if side is None and not s_o:
        side = _domain_side(sender)
        by_domain = "sender-domain" if side else None
    if s_o and side != "health" and len(s_o) >= len(s_j):
        # an a-kasse, employer or association; its "rådgiver" is not the job centre's
        return guess("generel", "neither")
    if COORDINATOR.search(s_text) and (side is None or (r_h and r_j)):
        return guess("generel", "coordinator")
    if side == "health":
        if r_h and not r_j:
            return guess("generel", "health-to-health")
        return guess("sundhed-til-job", by_domain)
    if side == "job":
        if r_j and not r_h:
            return guess("generel", "job-to-job")
        return guess("job-til-sundhed", by_domain)
    # the sender says nothing: the recipient alone may, or the writer's words about themselves
    if not (r_j or r_h):
        body = _strip("\n".join(a.blocks[i].text for i in st.body_blocks()))
        if BODY_HEALTH_SELF.search(body) and not BODY_JOB_SELF.search(body):
            return guess("sundhed-til-job", "body-health")
        if BODY_JOB_SELF.search(body) and not BODY_HEALTH_SELF.search(body):
            return guess("job-til-sundhed", "body-job")
        content = _content_side(a)
        if content:
            return guess(*content)
    if r_j and not r_h:
        return guess("sundhed-til-job", "recipient-job")
    if r_h and not r_j:
        return guess("job-til-sundhed", "recipient-health")
    return guess("generel", "undecidable", kind="undetected")
