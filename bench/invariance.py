"""Layout invariance: the same letter in another layout must get the same verdicts.

    python bench/invariance.py [CORPUS_DIR ...] [--family NAME ...] [--json OUT] [-v]

Applies label-preserving layout changes (families below) to every labelled .txt letter of the
corpora (default: tests/corpus and ../shared/corpus/dev) and reports, per family, the share of
variants whose detected profile and document-level verdicts (which document-level rules fire)
equal the original's. A family that does not apply to a letter (no phone number to rewrite, no
closing to swap) yields no variant for it. Everything runs in-process with one engine; no letter
text is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the shared corpus sits beside the checkout (/work/main) or two levels up (a worktree in /work/wt/)
_SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
               ROOT.parent / "shared")
DEFAULT_CORPORA = [ROOT / "tests" / "corpus", _SHARED / "corpus" / "dev"]

_PHONE = re.compile(r"(?<![\d+])(\d{2}) ?(\d{2}) ?(\d{2}) ?(\d{2})(?!\d)")
_CONTACT = re.compile(r"^\s*(tlf|telefon|mobil|direkte|dir\.|e-?mail|mail)\b.*(\d{2}|@)", re.I)
_CLOSING = re.compile(r"^(med venlig hilsen|venlig hilsen|de bedste hilsner|mvh|vh|kh|mange hilsner|hilsen)[.,]?\s*$",
                      re.I)
_QUOTE_START = re.compile(r"^\s*(?:-{3,}|>|(?:fra|from)\s*:|den .+ skrev\s*:)", re.I)
_JOINED = re.compile(r"\s+(?:·|\||•)\s+")


def _seed(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


# -- the families: text -> variant text, or None when the change does not apply ------------------

_PRINTOUT = ["Digital Post – kopi af sendt meddelelse", "Udskrevet 04-03-2026 08:15", "Kopi af sendt meddelelse",
             "Side 1 af 2", "Udskrift af modtaget korrespondancemeddelelse"]
_SECURE = ["Sikker e-mail – udskrevet 03.03.2026 kl. 10.14 fra postkassen", "Sikker post (krypteret)",
           "Sendt via sikker mail", "e-Boks – Meddelelse"]


def printout_line(t: str) -> str:
    return _PRINTOUT[_seed(t) % len(_PRINTOUT)] + "\n\n" + t


def secure_mail_line(t: str) -> str:
    return _SECURE[_seed(t) % len(_SECURE)] + "\n" + t


def crlf(t: str) -> str:
    return t.replace("\n", "\r\n")


def wrap_at(t: str, width: int) -> str:
    """Lines of ten words or more wider than `width` wrapped at `width` (a plain-text mail client)."""
    out = []
    for line in t.split("\n"):
        if len(line) <= width or len(line.split()) < 10:
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def hard_wrap(t: str) -> str | None:
    wrapped = wrap_at(t, (60, 64, 68, 72, 76)[_seed(t) % 5])
    return wrapped if wrapped != t else None


def other_closing(t: str) -> str | None:
    lines = t.split("\n")
    for k in range(len(lines) - 1, -1, -1):
        m = _CLOSING.match(lines[k].strip())
        if m:
            options = ["Med venlig hilsen", "Venlig hilsen", "De bedste hilsner", "Mvh."]
            alt = [o for o in options if o.lower().rstrip(".") != m.group(1).lower()]
            lines[k] = alt[_seed(t) % len(alt)]
            return "\n".join(lines)
    return None


def _phones(t: str, fmt: Callable[[re.Match], str]) -> str | None:
    new = _PHONE.sub(fmt, t)
    return new if new != t else None


def phone_plus45(t: str) -> str | None:
    return _phones(t, lambda m: "+45 " + " ".join(m.groups()))


def phone_run_together(t: str) -> str | None:
    return _phones(t, lambda m: "".join(m.groups()))


def phone_4plus4(t: str) -> str | None:
    return _phones(t, lambda m: m.group(1) + m.group(2) + " " + m.group(3) + m.group(4))


def _join_contact_lines(t: str, sep: str) -> str | None:
    lines = t.split("\n")
    for k in range(len(lines) - 1):
        if _CONTACT.match(lines[k]) and _CONTACT.match(lines[k + 1]):
            lines[k:k + 2] = [lines[k].rstrip() + sep + lines[k + 1].strip()]
            return "\n".join(lines)
    return None


def contact_join_dot(t: str) -> str | None:
    return _join_contact_lines(t, " · ")


def contact_join_bar(t: str) -> str | None:
    return _join_contact_lines(t, " | ")


def contact_join_comma(t: str) -> str | None:
    return _join_contact_lines(t, ", ")


def contact_split(t: str) -> str | None:
    lines = t.split("\n")
    for k, line in enumerate(lines):
        parts = _JOINED.split(line)
        if len(parts) >= 2 and any(re.search(r"\d{2} ?\d{2} ?\d{2} ?\d{2}|@", p) for p in parts):
            lines[k:k + 1] = [p.strip() for p in parts]
            return "\n".join(lines)
    return None


def extra_blank_lines(t: str) -> str | None:
    new = re.sub(r"\n\n(?=\S)", "\n\n\n", t)
    return new if new != t else None


def missing_blank_line(t: str) -> str | None:
    """No blank line between the closing and the signature."""
    lines = t.split("\n")
    for k in range(len(lines) - 2, -1, -1):
        if _CLOSING.match(lines[k].strip()) and k + 1 < len(lines) and not lines[k + 1].strip():
            del lines[k + 1]
            return "\n".join(lines)
    return None


def contact_to_heading(t: str) -> str | None:
    """The signature's contact lines moved under a "Kontakt" heading right after the signature."""
    lines = t.rstrip("\n").split("\n")
    closing = next((k for k in range(len(lines) - 1, -1, -1) if _CLOSING.match(lines[k].strip())), None)
    if closing is None:
        return None
    # the letter's own signature ends where a quoted or forwarded mail starts: its lines are not moved
    end = next((k for k in range(closing + 1, len(lines)) if _QUOTE_START.match(lines[k])), len(lines))
    contact = [k for k in range(closing + 1, end) if _CONTACT.match(lines[k])]
    if not contact or len(contact) == end - closing - 1:
        return None
    moved = [lines[k].strip() for k in contact]
    kept = [line for k, line in enumerate(lines) if k not in contact]
    at = contact[-1] - len(contact) + 1  # right after the signature, before a quoted mail or a P.S.
    return "\n".join([*kept[:at], "", "Kontakt", *moved, "", *kept[at:]]).rstrip("\n") + "\n"


def reply_above_quote(t: str) -> str:
    quoted = ("\n\n-----Oprindelig meddelelse-----\nFra: Postkassen <postkasse@eksempel.dk>\n"
              "Sendt: 2. marts 2026 09:12\nTil: Modtager\nEmne: Forespørgsel\n\n"
              "Hej\n\nVi vil gerne have en opdatering.\n\nMvh.\nPostkassen\n")
    return t.rstrip("\n") + quoted


def leading_zero_width(t: str) -> str:
    return "\ufeff\u200b" + t


def soft_hyphens(t: str) -> str | None:
    """Soft hyphens in long words of the running text (Word's optional hyphens); not in addresses."""
    lines = [line if "@" in line or "www" in line else
             re.sub(r"\b([a-zæøå]{6})([a-zæøå]{6,})", "\\1\u00ad\\2", line) for line in t.split("\n")]
    new = "\n".join(lines)
    return new if new != t else None


def nbsp_in_numbers(t: str) -> str | None:
    new = re.sub(r"(?<=\d) (?=\d)", "\u00a0", t)
    return new if new != t else None


def word_vertical_tabs(t: str) -> str | None:
    """The signature as one Word paragraph with manual line breaks (vertical tabs in copied text)."""
    lines = t.rstrip("\n").split("\n")
    closing = next((k for k in range(len(lines) - 1, -1, -1) if _CLOSING.match(lines[k].strip())), None)
    if closing is None:
        return None
    start = closing + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    tail = [line for line in lines[start:] if line.strip()]
    if len(tail) < 2 or len(tail) != len(lines) - start:
        return None
    return "\n".join([*lines[:start], "\x0b".join(tail)]) + "\n"


def _own_signature(t: str) -> tuple[list[str], int, int] | None:
    """The letter's lines, and the first and end line of its signature: the non-blank lines under the last closing,
    up to a blank line, a quoted mail or the end."""
    lines = t.rstrip("\n").split("\n")
    closing = next((k for k in range(len(lines) - 1, -1, -1) if _CLOSING.match(lines[k].strip())), None)
    if closing is None:
        return None
    start = closing + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and lines[end].strip() and not _QUOTE_START.match(lines[end]):
        end += 1
    return (lines, start, end) if end > start else None


def signature_joined_bar(t: str) -> str | None:
    """The whole signature on one line, its lines joined with " | " (a web-mail or CRM signature)."""
    found = _own_signature(t)
    if not found:
        return None
    lines, start, end = found
    if end - start < 2:
        return None
    return "\n".join([*lines[:start], " | ".join(x.strip() for x in lines[start:end]), *lines[end:]]) + "\n"


_MOBILE = ["Sendt fra min iPhone", "Sendt fra Outlook til iOS", "Hent Outlook til Android", "Sendt fra min iPad",
           "Sendt fra Mail til Windows"]


def sent_from_mobile(t: str) -> str | None:
    """A mail client's "Sendt fra min iPhone" line under the signature (above a quoted mail, if any)."""
    found = _own_signature(t)
    if not found:
        return None
    lines, _start, end = found
    return "\n".join([*lines[:end], "", _MOBILE[_seed(t) % len(_MOBILE)], *lines[end:]]) + "\n"


_FIELD = re.compile(r"^([A-ZÆØÅ][\wæøå./ ()-]{1,28}):[ \t]+(\S.*)$")
_MAIL_FIELD = re.compile(r"^(fra|til|sendt|emne|cc|bcc|from|to|sent|subject|date|dato)\s*:", re.I)


def table_tab_separated(t: str) -> str | None:
    """A two-column Word table (label | value) pasted as text: each row one line, its cells split by a tab. The
    first run of two or more "Label: value" lines that is no mail header."""
    lines = t.split("\n")
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and _FIELD.match(lines[j]):
            j += 1
        if j - k >= 2 and not any(_MAIL_FIELD.match(lines[x]) for x in range(k, j)):
            for x in range(k, j):
                m = _FIELD.match(lines[x])
                lines[x] = m.group(1) + "\t" + m.group(2)
            return "\n".join(lines)
        k = j + 1
    return None


# -- .docx twins: the same text as Word paragraphs, the contact block in a table cell, a text box,
# or the letterhead in the page header (built with tests/docx_factory.py, no binaries) --------------

def _factory():
    sys.path.insert(0, str(ROOT / "tests"))
    import docx_factory

    return docx_factory


def _paras(lines: list[str]) -> str:
    f = _factory()
    return "".join(f.p(f.r(line)) if line.strip() else "<w:p/>" for line in lines)


def docx_twin(t: str) -> bytes:
    return _factory().build(_paras(t.rstrip("\n").split("\n")))


def _signature_contact(t: str) -> tuple[list[str], list[int]] | None:
    lines = t.rstrip("\n").split("\n")
    closing = next((k for k in range(len(lines) - 1, -1, -1) if _CLOSING.match(lines[k].strip())), None)
    if closing is None:
        return None
    contact = [k for k in range(closing + 1, len(lines)) if _CONTACT.match(lines[k])]
    if not contact or contact != list(range(contact[0], contact[-1] + 1)):
        return None
    return lines, contact


def docx_contact_in_table(t: str) -> bytes | None:
    found = _signature_contact(t)
    if not found:
        return None
    lines, contact = found
    f = _factory()
    cell = _paras([lines[k] for k in contact])
    body = _paras(lines[:contact[0]]) + f.tbl([cell]) + _paras(lines[contact[-1] + 1:])
    return f.build(body)


def docx_contact_in_textbox(t: str) -> bytes | None:
    found = _signature_contact(t)
    if not found:
        return None
    lines, contact = found
    f = _factory()
    box = f.textbox(_paras([lines[k] for k in contact]))
    body = _paras(lines[:contact[0]]) + f"<w:p>{box}</w:p>" + _paras(lines[contact[-1] + 1:])
    return f.build(body)


def docx_letterhead_in_header(t: str) -> bytes | None:
    """The letterhead (the first group of lines, when it names no recipient and is no e-mail header)
    in the page header."""
    lines = t.rstrip("\n").split("\n")
    end = next((k for k, line in enumerate(lines) if not line.strip()), None)
    if not end or end > 6 or any(re.match(r"^(til|att|fra|from|to|kære|hej)\b", x.strip(), re.I) for x in lines[:end]):
        return None
    f = _factory()
    return f.build(_paras(lines[end + 1:]), headers={"default": _paras(lines[:end])})


FAMILIES: dict[str, Callable[[str], str | bytes | None]] = {
    "printout-line": printout_line,
    "secure-mail-line": secure_mail_line,
    "crlf": crlf,
    "hard-wrap-60-76": hard_wrap,
    "other-closing": other_closing,
    "phone-+45": phone_plus45,
    "phone-run-together": phone_run_together,
    "phone-4+4": phone_4plus4,
    "contact-joined-dot": contact_join_dot,
    "contact-joined-bar": contact_join_bar,
    "contact-joined-comma": contact_join_comma,
    "contact-split": contact_split,
    "extra-blank-lines": extra_blank_lines,
    "missing-blank-line": missing_blank_line,
    "contact-under-heading": contact_to_heading,
    "reply-above-quote": reply_above_quote,
    "leading-zero-width": leading_zero_width,
    "soft-hyphens": soft_hyphens,
    "nbsp-in-numbers": nbsp_in_numbers,
    "word-vertical-tab": word_vertical_tabs,
    "signature-joined-bar": signature_joined_bar,
    "sent-from-mobile": sent_from_mobile,
    "table-tab-separated": table_tab_separated,
    "docx-twin": docx_twin,
    "docx-contact-table-cell": docx_contact_in_table,
    "docx-contact-text-box": docx_contact_in_textbox,
    "docx-letterhead-page-header": docx_letterhead_in_header,
}


def labelled_texts(corpora: list[Path]) -> list[Path]:
    out = []
    for c in corpora:
        if not c.is_dir():
            continue
        for exp in sorted(c.rglob("*.expected.yaml")):
            doc = exp.with_name(exp.name[: -len(".expected.yaml")] + ".txt")
            if doc.exists():
                out.append(doc)
    return out


class Checker:
    """Document-level verdicts of one text, from one in-process engine."""

    def __init__(self) -> None:
        from linter.engine.engine import Engine

        self.engine = Engine()

    def verdict(self, text: str | bytes, name: str) -> tuple[str | None, frozenset[str]]:
        from linter.readers import read_bytes

        if isinstance(text, bytes):
            doc = read_bytes(text, ".docx", name.rsplit(".", 1)[0] + ".docx")
        else:
            doc = read_bytes(text.encode("utf-8"), ".txt", name)
        res = self.engine.check_document(doc)
        return res.profile, frozenset(f.rule for f in res.findings if f.start < 0)


def measure(corpora: list[Path], families: list[str], verbose: bool = False) -> dict:
    checker = Checker()
    per: dict[str, dict[str, int]] = {f: {"variants": 0, "same": 0} for f in families}
    changed: list[str] = []
    files = labelled_texts(corpora)
    for path in files:
        text = path.read_text(encoding="utf-8")
        base = checker.verdict(text, path.name)
        for fam in families:
            variant = FAMILIES[fam](text)
            if variant is None or variant == text:
                continue
            got = checker.verdict(variant, path.name)
            per[fam]["variants"] += 1
            if got == base:
                per[fam]["same"] += 1
            else:
                what = []
                if got[0] != base[0]:
                    what.append(f"profile {base[0]} -> {got[0]}")
                if got[1] - base[1]:
                    what.append("+" + ",".join(sorted(got[1] - base[1])))
                if base[1] - got[1]:
                    what.append("-" + ",".join(sorted(base[1] - got[1])))
                changed.append(f"{fam:22} {path.parent.name}/{path.name}: {'; '.join(what)}")
    total_v = sum(v["variants"] for v in per.values())
    total_s = sum(v["same"] for v in per.values())
    return {
        "letters": len(files),
        "families": {f: {**v, "share": v["same"] / v["variants"] if v["variants"] else 1.0} for f, v in per.items()},
        "variants": total_v, "same": total_s, "share": total_s / total_v if total_v else 1.0,
        "changed": changed,
    }


def render(s: dict) -> str:
    lines = [f"{s['letters']} labelled letters, {s['variants']} variants",
             f"{'family':24} {'variants':>8} {'same':>6} {'share':>7}"]
    for fam, v in s["families"].items():
        lines.append(f"{fam:24} {v['variants']:8} {v['same']:6} {v['share']:7.3f}")
    lines.append(f"{'all':24} {s['variants']:8} {s['same']:6} {s['share']:7.3f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only these families")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every changed verdict (names of files only)")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    s = measure(a.corpora or DEFAULT_CORPORA, a.family or list(FAMILIES), a.verbose)
    print(render(s))
    if a.verbose:
        print("\n".join(s["changed"]))
    if a.json:
        a.json.write_text(json.dumps(s, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
