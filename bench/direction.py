"""Profile detection: pooled evidence over every labelled letter, and counterfactual families.

    python bench/direction.py [CORPUS_DIR ...] [--family NAME ...] [--pooled-only] [--json OUT] [-v]

Pooled: every labelled letter of the corpora (default: tests/blind/*, tests/corpus and
../shared/corpus/dev) is read once and its profile detected (linter/profiles.py, no rules run); the
report gives the confusion matrix, how many letters each reason decided (ProfileEvidence.reason,
none = the sender's sector words), and the letters decided by a thin margin (the sender's sector
words differ by one) or by a fallback reason: the classes the next unseen letters will break.

Counterfactual: a labelled directional letter with one fact changed, line by line from the letter
model's zones, has a profile the change implies (RULES.md "Profiles"): the recipient becomes an
employer's HR, an a-kasse, a union or the citizen => `generel`; the recipient becomes a person at a
business named only by its trade or mail domain ("Hotel Skovly", `susanne@hotelskovly.dk`, `to-employer-trade`),
or a plain name the text speaks to as the citizen's employer ("jeres medarbejder", `to-employer-in-text`) =>
`generel`; the author becomes a relative, or the citizen writing of their own sick leave and treatment
("Lægen har sygemeldt mig …, og de vil operere mig …", `author-citizen`; the recipient kept) => `generel`;
a job centre's request keeps `job-til-sundhed` with a signature of initials only, with no recipient lines,
or as a "Felt: værdi" form; a health professional's report keeps
`sundhed-til-job` when the sender is only a clinic line, only initials, or a Digital Post printout;
either keeps its direction with one sector word of its sender's own sector gone (`one-sector-word-less`) or
its organisation's head lines replaced by a municipality's name (`neutral-organisation`); a job centre's
request rewritten to the citizen, with no recipient and the citizen as "du" (`citizen-du`) => `generel`.
Per family: the share of variants whose detected profile is the implied one. No letter text is
written anywhere; -v lists file names and the profile found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
_SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
               ROOT.parent / "shared")
PROFILES = ("sundhed-til-job", "job-til-sundhed", "generel")
FALLBACKS = {"sender-domain", "body-health", "body-job", "body-content-health", "body-content-job",
             "recipient-job", "recipient-health", "undecidable"}


def default_corpora() -> list[Path]:
    return [*sorted(p for p in (ROOT / "tests" / "blind").iterdir() if p.is_dir()), ROOT / "tests" / "corpus",
            _SHARED / "corpus" / "dev"]


def labelled(corpora: list[Path]) -> list[tuple[Path, str]]:
    out = []
    for c in corpora:
        for exp in sorted(c.glob("*.expected.yaml")):
            doc = exp.with_name(exp.name[: -len(".expected.yaml")] + ".txt")
            if doc.exists():
                out.append((doc, yaml.safe_load(exp.read_text(encoding="utf-8"))["profile"]))
    return out


@dataclass
class Read:
    lines: list[str]
    zones: list[tuple[int, str]]  # (0-based line, zone) of each block
    profile: str
    reason: str | None
    margin: int | None
    kind: str
    citizen: str | None  # the citizen's name as the letter model reads it


class Detector:
    def __init__(self) -> None:
        from linter.engine.engine import Engine

        self.engine = Engine()

    def read(self, text: str, name: str) -> Read:
        from linter.letter.people import letter_parties
        from linter.profiles import detect_profile
        from linter.readers import read_bytes

        a = self.engine.analyse(read_bytes(text.encode("utf-8"), ".txt", name))
        g = detect_profile(a)
        zones = [(b.line - 1, a.structure.zones[i]) for i, b in enumerate(a.blocks) if b.line]
        parties = letter_parties(a, self.engine.lexicons)
        citizen = next((p.name for p in parties if p.kind == "citizen" and p.name), None)
        return Read(text.split("\n"), zones, g.profile, g.evidence.reason, getattr(g, "margin", None), g.evidence.kind,
                    citizen)


# -- counterfactual families: (Read, expected profile) -> (variant text, implied profile) or None --

def _lines_of(r: Read, *zones: str) -> list[int]:
    return [k for k, z in r.zones if z in zones]


def _replace(r: Read, drop: list[int], at: int | None, new: list[str]) -> str:
    out = []
    for k, line in enumerate(r.lines):
        if k == at:
            out.extend(new)
        if k in drop:
            continue
        out.append(line)
    return "\n".join(out)


def _recipient_lines(r: Read) -> list[int]:
    """The recipient block and the e-mail `Til:`/`Cc:` lines."""
    to = [k for k, z in r.zones if z == "recipient"]
    to += [k for k, z in r.zones if z in ("email-header", "email-sender", "meta", "letterhead", "page-header")
           and _TO.match(r.lines[k])]
    return sorted(set(to))


_TO = re.compile(r"\s*(til|cc|to|modtager|sendt til|sendes til)\s*:", re.I)


def _new_recipient(r: Read, block: list[str], to_field: str, greeting: str) -> str | None:
    to = _recipient_lines(r)
    greet = _lines_of(r, "greeting")
    if not to:
        return None
    email = [k for k in to if _TO.match(r.lines[k])]
    new = [to_field] if email else block
    drop = to + greet
    text = _replace(r, drop, to[0], new)
    if greet:
        lines = text.split("\n")
        # the greeting's line moved by the difference of lines before it
        shift = len(new) - len([k for k in to if k < greet[0]])
        lines.insert(greet[0] + shift, greeting)
        text = "\n".join(lines)
    return text


def to_employer(r: Read, label: str):
    return _new_recipient(r, ["Nordvest Logistik A/S", "Att.: HR-afdelingen, personalechef Susanne Holm",
                              "Industrivej 4, 7430 Ikast"],
                          "Til: HR-afdelingen, Nordvest Logistik A/S <hr@nordvest-logistik.dk>",
                          "Kære Susanne Holm"), "generel"


def to_akasse(r: Read, label: str):
    return _new_recipient(r, ["Metalarbejdernes A-kasse", "Att.: Jens Bro", "Nørregade 8, 8000 Aarhus C"],
                          "Til: Jens Bro, Metalarbejdernes A-kasse <jb@metal-akasse.dk>", "Kære Jens Bro"), "generel"


def to_union(r: Read, label: str):
    return _new_recipient(r, ["FOA Midt", "Att.: faglig konsulent Lone Friis", "Vestergade 3, 7400 Herning"],
                          "Til: Lone Friis, FOA <lfr@foa.dk>", "Kære Lone"), "generel"


def to_citizen(r: Read, label: str):
    """The letter addressed to its own citizen (the name the letter model reads as the citizen's)."""
    if not r.citizen or len(r.citizen.split()) < 2:
        return None
    first = r.citizen.split()[0]
    return _new_recipient(r, [r.citizen, "Kirkevænget 12", "7430 Ikast"],
                          f"Til: {r.citizen} <{first.lower()}1974@gmail.com>", f"Kære {first}"), "generel"


def to_employer_trade(r: Read, label: str):
    """The recipient becomes a person at a business named by its trade only ("Hotel Skovly"; in an e-mail head by
    its mail domain alone: "Til: Susanne Vind <susanne@hotelskovly.dk>"), with no company form and no HR."""
    return _new_recipient(r, ["Susanne Vind", "Hotel Skovly", "Strandvejen 4, 7430 Ikast"],
                          "Til: Susanne Vind <susanne@hotelskovly.dk>", "Kære Susanne"), "generel"


def to_employer_in_text(r: Read, label: str):
    """The recipient becomes a person with no sector, company or trade word (a plain name and mail domain), and the
    text speaks to them as the citizen's employer ("jeres medarbejder")."""
    body = _lines_of(r, "body")
    if not body:
        return None
    text = _new_recipient(r, ["Michael Juhl", "Vestergade 12, 7430 Ikast"], "Til: Michael Juhl <mj@juhl.dk>",
                          "Kære Michael Juhl")
    if text is None:
        return None
    lines = text.split("\n")
    # the sentence opens the body: after the greeting, else before the body's first line (as read in the variant)
    rr = Detector.shared.read(text, "x.txt")
    greet = [k for k, z in rr.zones if z == "greeting"]
    first = greet[0] + 1 if greet else next((k for k, z in rr.zones if z == "body"), None)
    if first is None:
        return None
    lines[first:first] = ["", "Tak for en god snak i går om jeres medarbejder, som vi aftalte."]
    return "\n".join(lines), "generel"


def _written_by_private_person(r: Read, label: str, intro: str, signer: str):
    """The letter rewritten as a private person's: the professional's own lines go (letterhead, signature, a head's
    contact line such as "Kontaktperson: Sagsbehandler …", and the professional's letterhead where the letter model
    read it as an address block, a printout's "Lægehuset Nørrebro" under its "Modtager: Jobcenter …" field), the
    `intro` sentence opens the body and `signer` signs with a phone number; the recipient's lines stay."""
    body = _lines_of(r, "body")
    sig = _lines_of(r, "signature", "email-sender", "letterhead", "page-header", "page-footer", "contact")
    if not body or not _lines_of(r, "signature"):
        return None
    own = _sector_rx()["health" if label == "sundhed-til-job" else "job"]
    sig = sorted({*sig, *(k for k in _lines_of(r, "recipient") if own.search(r.lines[k]))})
    lines = _replace(r, sig, None, []).split("\n")
    first = body[0] - len([k for k in sig if k < body[0]])
    lines[first:first] = [intro, ""]
    return "\n".join(lines).rstrip("\n") + f"\n\n{signer}\nTlf. 22 33 44 55\n", "generel"


def author_citizen(r: Read, label: str):
    """The letter written by the citizen: their own sentence about their sick leave and back, their name under the
    closing (the citizen writing is `generel` to anyone)."""
    return _written_by_private_person(
        r, label, "Lægen har sygemeldt mig i fire uger mere, og de vil operere mig i maj, så jeg skriver selv.",
        "Kim Lund")


def author_relative(r: Read, label: str):
    """The letter written by the citizen's daughter: one sentence saying who she is, her name under the closing."""
    return _written_by_private_person(
        r, label, "Jeg er Kims datter og skriver på hans vegne, fordi han selv har svært ved at sidde ved computeren.",
        "Mette Lund")


def _only_signature(r: Read, new: list[str], drop_head: bool) -> str | None:
    sig = _lines_of(r, "signature")
    if not sig:
        return None
    drop = sig + (_lines_of(r, "letterhead", "page-header", "page-footer", "email-sender") if drop_head else [])
    return _replace(r, drop, sig[0], new)


def signature_initials(r: Read, label: str):
    """No letterhead and no sender header; the note signed with initials only."""
    return _only_signature(r, ["/KL"], True), label


def no_recipient(r: Read, label: str):
    to = _recipient_lines(r)
    if not to:
        return None
    return _replace(r, to, None, []), label


def initials_no_recipient(r: Read, label: str):
    text = signature_initials(r, label)[0]
    if text is None:
        return None
    rr = Detector.shared.read(text, "x.txt")
    return no_recipient(rr, label)


def sender_clinic_only(r: Read, label: str):
    """A health report whose sender part is the clinic's name only (no person, no title)."""
    if label != "sundhed-til-job":
        return None
    return _only_signature(r, ["Fysioterapien Østergade"], True), label


def digital_post(r: Read, label: str):
    """The report as a Digital Post printout: a service line, a `Fra:`/`Til:` head and the body; the
    signature is the person's name alone."""
    body = _lines_of(r, "body")
    if not body:
        return None
    to = "Jobcenter Ikast-Brande, Sygedagpengeteamet" if label == "sundhed-til-job" else "Lægerne i Bakkehuset"
    frm = "Fysioterapien Østergade" if label == "sundhed-til-job" else "Jobcenter Ikast-Brande"
    head = ["Digital Post – kopi af sendt meddelelse", f"Fra: {frm}", f"Til: {to}", "Dato: 03-03-2026 10:14",
            "Emne: Vedr. borger", ""]
    text = "\n".join([*head, *(r.lines[k] for k in body), "", "Med venlig hilsen", "", "Anne Bro"])
    return text, label


def form_sheet(r: Read, label: str):
    """The letter as a "Felt: værdi" form: who filled it in, then the body."""
    body = _lines_of(r, "body")
    if not body:
        return None
    if label == "job-til-sundhed":
        head = ["ANMODNING OM OPLYSNINGER", "", "Jobcentrets sagsbehandler: Karin Lund",
                "Sendes til: Lægerne i Bakkehuset", "Borger: Kim Lund", ""]  # the caseworker field names no side
    else:
        head = ["STATUSNOTAT", "", "Udfyldt af: Fysioterapeut Anne Bro", "Modtager: Jobcenter Ikast-Brande",
                "Borger: Kim Lund", ""]
    return "\n".join([*head, *(r.lines[k] for k in body)]) + "\n", label


_SENDER = ("letterhead", "signature", "email-sender", "page-header", "page-footer", "contact")


def _sector_rx() -> dict[str, re.Pattern]:
    from linter.profiles import sector_cues

    return sector_cues(Detector.shared.engine.lexicons).rx


def one_sector_word_less(r: Read, label: str):
    """The sender's part with one sector word of its own sector gone (the first: "Jobcenter Randers" ->
    "Randers", "Fysioterapeut, Klinik Nord" -> ", Klinik Nord"): the letter's other signs still say who writes."""
    rx = _sector_rx()["health" if label == "sundhed-til-job" else "job"]
    for k in _lines_of(r, *_SENDER):
        if m := rx.search(r.lines[k]):
            lines = list(r.lines)
            # a trailing comma stays: it says the value goes on on the next line
            lines[k] = (lines[k][: m.start()] + lines[k][m.end():]).lstrip(" ,").rstrip(" ")
            return "\n".join(lines), label
    return None


def neutral_organisation(r: Read, label: str):
    """The organisation's lines of the letterhead, page header and footer naming a sector replaced by the
    municipality's name ("Ikast-Brande Kommune"); the signature is kept."""
    rx = _sector_rx()
    head = [k for k in _lines_of(r, "letterhead", "page-header", "page-footer")
            if rx["health"].search(r.lines[k]) or rx["job"].search(r.lines[k])]
    if not head:
        return None
    lines = list(r.lines)
    for k in head:
        lines[k] = "Ikast-Brande Kommune"
    return "\n".join(lines), label


_DU = {"han": "du", "hun": "du", "ham": "dig", "hende": "dig", "hans": "din", "hendes": "din", "sin": "din",
       "sit": "dit", "sine": "dine", "borgeren": "du", "borgerens": "din", "patienten": "du", "patientens": "din"}


def _du(m: re.Match) -> str:
    w = m.group(0)
    new = _DU.get(w.lower())
    if new is None or not (w.islower() or w.istitle()):
        return w
    return new.capitalize() if w.istitle() else new


def citizen_du(r: Read, label: str):
    """A job centre's letter to the citizen that only says "du": no recipient lines, no greeting, no
    subject naming the citizen; the citizen's name and the third person become "du"/"dig"/"din"."""
    if not r.citizen or not _lines_of(r, "body"):
        return None
    names = sorted({r.citizen, *r.citizen.split()}, key=len, reverse=True)
    name_rx = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")s\b")
    name_rx2 = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    drop = set(_recipient_lines(r)) | set(_lines_of(r, "greeting", "recipient")) | \
        {k for k in _lines_of(r, "meta", "email-header") if name_rx2.search(r.lines[k])}
    body = _lines_of(r, "body")
    end = min([k for k in _lines_of(r, "closing", "signature") if k > body[0]], default=len(r.lines))
    out = []
    for k, line in enumerate(r.lines):
        if k in drop:
            continue
        if body[0] <= k < end:  # a block's lines after its first have no zone of their own
            line = name_rx.sub("hendes", line)
            line = name_rx2.sub("hun", line)
            line = re.sub(r"\b\w+\b", _du, line)
            line = re.sub(r"(^|[.!?]\s+)(du|dig|din)\b", lambda m: m.group(1) + m.group(2).capitalize(), line)
        out.append(line)
    return "\n".join(out), "generel"


FAMILIES: dict[str, tuple[tuple[str, ...], Callable]] = {
    # family: (labels it applies to, change)
    "to-employer": (("sundhed-til-job", "job-til-sundhed"), to_employer),
    "to-akasse": (("sundhed-til-job", "job-til-sundhed"), to_akasse),
    "to-union": (("sundhed-til-job", "job-til-sundhed"), to_union),
    "to-employer-trade": (("sundhed-til-job", "job-til-sundhed"), to_employer_trade),
    "to-employer-in-text": (("sundhed-til-job", "job-til-sundhed"), to_employer_in_text),
    "to-citizen": (("sundhed-til-job", "job-til-sundhed"), to_citizen),
    "author-relative": (("sundhed-til-job", "job-til-sundhed"), author_relative),
    "author-citizen": (("sundhed-til-job", "job-til-sundhed"), author_citizen),
    "signature-initials": (("sundhed-til-job", "job-til-sundhed"), signature_initials),
    "no-recipient": (("sundhed-til-job", "job-til-sundhed"), no_recipient),
    "initials-no-recipient": (("sundhed-til-job", "job-til-sundhed"), initials_no_recipient),
    "sender-clinic-only": (("sundhed-til-job",), sender_clinic_only),
    "digital-post": (("sundhed-til-job", "job-til-sundhed"), digital_post),
    "form-sheet": (("sundhed-til-job", "job-til-sundhed"), form_sheet),
    "one-sector-word-less": (("sundhed-til-job", "job-til-sundhed"), one_sector_word_less),
    "neutral-organisation": (("sundhed-til-job", "job-til-sundhed"), neutral_organisation),
    "citizen-du": (("job-til-sundhed",), citizen_du),
}


def pooled(det: Detector, items: list[tuple[Path, str]]) -> dict:
    conf: Counter = Counter()
    reasons: Counter = Counter()
    thin, wrong = [], []
    reads = {}
    for path, label in items:
        r = det.read(path.read_text(encoding="utf-8"), path.name)
        reads[path] = r
        conf[(label, r.profile)] += 1
        reasons[(r.reason or "sender-words", r.profile == label)] += 1
        name = f"{path.parent.name}/{path.name}"
        if r.profile != label:
            wrong.append(f"{name}: {label} -> {r.profile} ({r.reason or 'sender-words'})")
        elif r.reason in FALLBACKS or (r.margin is not None and r.margin <= 1):
            thin.append(f"{name}: {label} by {r.reason or f'sender-words margin {r.margin}'}")
    right = sum(v for (g, p), v in conf.items() if g == p)
    return {"letters": len(items), "accuracy": right / len(items) if items else 1.0,
            "confusion": {f"{g} -> {p}": v for (g, p), v in sorted(conf.items())},
            "reasons": {f"{k} {'right' if ok else 'wrong'}": v for (k, ok), v in sorted(reasons.items())},
            "wrong": wrong, "thin": thin, "_reads": reads}


def counterfactual(det: Detector, items: list[tuple[Path, str]], reads: dict, families: list[str]) -> dict:
    per = {f: {"variants": 0, "agree": 0} for f in families}
    misses = []
    for path, label in items:
        if label == "generel" or reads[path].profile != label:
            continue  # only letters whose profile is read right: the change is the only difference
        for fam in families:
            labels, change = FAMILIES[fam]
            if label not in labels:
                continue
            out = change(reads[path], label)
            if out is None or out[0] is None:
                continue
            text, implied = out
            got = det.read(text, path.name)
            per[fam]["variants"] += 1
            if got.profile == implied:
                per[fam]["agree"] += 1
            else:
                misses.append(f"{fam:22} {path.parent.name}/{path.name}: {implied} -> {got.profile} "
                              f"({got.reason or 'sender-words'})")
    return {"families": {f: {**v, "share": v["agree"] / v["variants"] if v["variants"] else 1.0}
                         for f, v in per.items()}, "misses": misses}


def render(p: dict, c: dict | None) -> str:
    out = [f"{p['letters']} labelled letters, profile accuracy {p['accuracy']:.3f}", "confusion (gold -> detected):"]
    out += [f"  {k:40} {v:4}" for k, v in p["confusion"].items()]
    out.append("decided by (reason, right/wrong):")
    out += [f"  {k:40} {v:4}" for k, v in p["reasons"].items()]
    out.append(f"thin margin or fallback (right): {len(p['thin'])}")
    if c:
        out.append(f"{'family':24} {'variants':>8} {'agree':>6} {'share':>7}")
        tv = ta = 0
        for f, v in c["families"].items():
            out.append(f"{f:24} {v['variants']:8} {v['agree']:6} {v['share']:7.3f}")
            tv, ta = tv + v["variants"], ta + v["agree"]
        out.append(f"{'all':24} {tv:8} {ta:6} {ta / tv if tv else 1.0:7.3f}")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--family", action="append", choices=sorted(FAMILIES))
    ap.add_argument("--pooled-only", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list wrong, thin and missed letters (file names)")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    det = Detector()
    Detector.shared = det  # type: ignore[attr-defined]
    items = labelled(a.corpora or default_corpora())
    p = pooled(det, items)
    c = None if a.pooled_only else counterfactual(det, items, p.pop("_reads"), a.family or list(FAMILIES))
    p.pop("_reads", None)
    print(render(p, c))
    if a.verbose:
        print("\n-- wrong\n" + "\n".join(p["wrong"]))
        print("\n-- thin or fallback\n" + "\n".join(p["thin"]))
        if c:
            print("\n-- counterfactual misses\n" + "\n".join(c["misses"]))
    if a.json:
        a.json.write_text(json.dumps({"pooled": p, "counterfactual": c}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
