"""Sender attribution under layout changes of the sender block, measured against the gold labels.

    python bench/sender_variants.py [CORPUS ...] [--family NAME ...] [-v] [--json OUT]

Every labelled .txt letter with a gold `sender:` label (default: every tests/blind/* set, tests/corpus,
../shared/corpus/dev) is changed by the layout families of bench/invariance.py and by the sender-block
families below, and the letter model's sender (name, each phone with personal/department, each e-mail
with personal/department) of each variant is compared with the gold label. Per family: how many variants
keep the sender the original letter got (`same`), and how many equal the gold (`gold`). A family that does
not apply to a letter gives no variant. In-process, one engine; no letter text is written anywhere.

Sender-block families (label-preserving by construction):
- `sig-labels-removed`: the signature's generic phone labels ("Tlf.", "Telefon:", "Tel.") dropped, the number
  alone on its line (direkte/mobil/hovednummer labels kept: they carry the label's meaning);
- `label-telefon`: "Tlf." written "Telefon" (and back), `label-direkte`: the label of a number the gold
  calls personal written "Direkte";
- `number-before-name`: the signature's contact lines moved above the name line;
- `org-above-name`: the signature's organisation lines (after the name and title, no number or address)
  moved above the name.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import invariance as inv  # noqa: E402
import yaml  # noqa: E402
from sender_pool import default_corpora  # noqa: E402

_GENERIC_LABEL = re.compile(r"^(\s*)(?:tlf|tel|telefon)\.?\s*(?:nr\.?)?\s*:?\s*(?=(?:\+45\s?)?\d{2}\s?\d{2})", re.I)
_ANY_PHONE_LABEL = re.compile(
    r"(?<![\wæøå])(tlf\.?|telefon|tel\.)(\s*:?\s*)(?=(?:\+45\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2})", re.I)
_PERSONAL_WORDS = re.compile(r"direkte|mobil|dir\.", re.I)
_DEPT_WORDS = re.compile(r"hovednummer|omstilling|sekretariat|reception|borgerservice|telefontid|afdeling|kl\.|"
                         r"hverdage|man|fælles", re.I)


def _signature(lines: list[str]) -> tuple[int, int] | None:
    """(first, end) lines of the signature after the last closing, before a quote."""
    closing = next((k for k in range(len(lines) - 1, -1, -1) if inv._CLOSING.match(lines[k].strip())), None)
    if closing is None:
        return None
    first = closing + 1
    while first < len(lines) and not lines[first].strip():
        first += 1
    end = first
    while end < len(lines) and lines[end].strip() and not inv._QUOTE_START.match(lines[end]):
        end += 1
    return (first, end) if end - first >= 2 else None


def _digits(s: str) -> str:
    d = re.sub(r"\D", "", s)
    return d[-8:]


def sig_labels_removed(t: str, gold: dict) -> str | None:
    lines = t.split("\n")
    sig = _signature(lines)
    if not sig:
        return None
    changed = False
    for k in range(*sig):
        if _DEPT_WORDS.search(lines[k]) or _PERSONAL_WORDS.search(lines[k]) or "·" in lines[k] or "|" in lines[k]:
            continue
        new = _GENERIC_LABEL.sub(r"\1", lines[k])
        if new != lines[k]:
            lines[k], changed = new, True
    return "\n".join(lines) if changed else None


def _relabel(t: str, gold: dict, want: str, only_personal: bool) -> str | None:
    personal = {_digits(x) for x in ((gold.get("phones") or {}).get("personal") or [])}
    lines = t.split("\n")
    sig = _signature(lines)
    if not sig:
        return None
    changed = False
    for k in range(*sig):
        line = lines[k]
        if _DEPT_WORDS.search(line) or _PERSONAL_WORDS.search(line):
            continue
        m = _ANY_PHONE_LABEL.search(line)
        if not m:
            continue
        num = _digits(line[m.end():m.end() + 16])
        if only_personal and num not in personal:
            continue
        label = want if want != "swap" else ("Telefon" if m.group(1).lower().startswith("tlf") else "Tlf.")
        lines[k] = line[:m.start()] + label + m.group(2) + line[m.end():]
        changed = True
    return "\n".join(lines) if changed else None


def label_telefon(t: str, gold: dict) -> str | None:
    return _relabel(t, gold, "swap", False)


def label_direkte(t: str, gold: dict) -> str | None:
    return _relabel(t, gold, "Direkte", True)


def _contact_line(line: str) -> bool:
    return bool(re.search(r"\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|@", line))


def number_before_name(t: str, gold: dict) -> str | None:
    lines = t.split("\n")
    sig = _signature(lines)
    if not sig:
        return None
    first, end = sig
    block = lines[first:end]
    contact = [x for x in block if _contact_line(x) and not re.search(r"\d{4}\s+[A-ZÆØÅ]", x)]
    if not contact or _contact_line(block[0]) or len(contact) == len(block):
        return None
    rest = [x for x in block if x not in contact]
    return "\n".join([*lines[:first], *contact, *rest, *lines[end:]])


def org_above_name(t: str, gold: dict) -> str | None:
    lines = t.split("\n")
    sig = _signature(lines)
    if not sig:
        return None
    first, end = sig
    block = lines[first:end]
    # name line, optionally a title line; the organisation lines: after them, before any number or address
    k = 1
    if k < len(block) and not _contact_line(block[k]) and len(block[k].split()) <= 2:
        k += 1  # a one- or two-word title ("Fysioterapeut", "Praktiserende læge")
    org = []
    while k < len(block) and not _contact_line(block[k]) and not re.search(r"\d", block[k]):
        org.append(block[k])
        k += 1
    if not org or len(org) > 2:
        return None
    head = [x for x in block if x not in org]
    return "\n".join([*lines[:first], *org, *head, *lines[end:]])


SENDER_FAMILIES = {
    "sig-labels-removed": sig_labels_removed,
    "label-telefon": label_telefon,
    "label-direkte": label_direkte,
    "number-before-name": number_before_name,
    "org-above-name": org_above_name,
}
TEXT_FAMILIES = [f for f in inv.FAMILIES if not f.startswith("docx")]


def labelled(corpora: list[Path]) -> list[tuple[Path, dict]]:
    out = []
    for c in corpora:
        for exp in sorted(c.rglob("*.expected.yaml")):
            doc = exp.with_name(exp.name[: -len(".expected.yaml")] + ".txt")
            if doc.exists():
                gold = (yaml.safe_load(exp.read_text(encoding="utf-8")) or {}).get("sender")
                if isinstance(gold, dict):
                    out.append((doc, gold))
    return out


def _norm_gold(gold: dict) -> tuple:
    name = (gold.get("name") or "").strip().casefold() or None
    phones = frozenset((_digits(v), p) for p, side in ((True, "personal"), (False, "department"))
                       for v in ((gold.get("phones") or {}).get(side) or []) if len(_digits(v)) == 8)
    emails = frozenset((v.lower(), p) for p, side in ((True, "personal"), (False, "department"))
                       for v in ((gold.get("emails") or {}).get(side) or []) if "@" in v)
    return name, phones, emails


class SenderChecker(inv.Checker):
    def sender(self, text: str | bytes, name: str) -> tuple:
        from linter.readers import read_bytes

        if isinstance(text, bytes):
            doc = read_bytes(text, ".docx", name.rsplit(".", 1)[0] + ".docx")
        else:
            doc = read_bytes(text.encode("utf-8"), ".txt", name)
        s = self.engine.check_document(doc).sender or {}
        name_ = (s.get("name") or "").strip().casefold() or None
        phones = frozenset((_digits(p["number"]), bool(p["personal"])) for p in s.get("phones") or []
                           if len(_digits(p["number"])) == 8)
        emails = frozenset((e["address"].lower(), bool(e["personal"])) for e in s.get("emails") or []
                           if "@" in e["address"])
        return name_, phones, emails


def _diff(got: tuple, want: tuple) -> str:
    out = []
    if got[0] != want[0]:
        out.append(f"name {got[0]!r} != {want[0]!r}")
    for k, what in ((1, "phones"), (2, "emails")):
        for v, p in sorted(got[k] - want[k]):
            out.append(f"+{what} {v} {'personal' if p else 'department'}")
        for v, p in sorted(want[k] - got[k]):
            out.append(f"-{what} {v} {'personal' if p else 'department'}")
    return "; ".join(out)


def measure(corpora: list[Path], families: list[str]) -> dict:
    checker = SenderChecker()
    per = {f: {"variants": 0, "same": 0, "gold": 0} for f in families}
    changed: list[str] = []
    items = labelled(corpora)
    for path, gold in items:
        text = path.read_text(encoding="utf-8")
        want = _norm_gold(gold)
        base = checker.sender(text, path.name)
        for fam in families:
            fn = SENDER_FAMILIES.get(fam)
            variant = fn(text, gold) if fn else inv.FAMILIES[fam](text)
            if variant is None or variant == text:
                continue
            got = checker.sender(variant, path.name)
            per[fam]["variants"] += 1
            per[fam]["same"] += got == base
            per[fam]["gold"] += got == want
            if got != base:
                rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                changed.append(f"{fam:20} {rel}: {_diff(got, want)}")
    tv = sum(v["variants"] for v in per.values())
    return {"letters": len(items), "families": per, "variants": tv,
            "same": sum(v["same"] for v in per.values()), "gold": sum(v["gold"] for v in per.values()),
            "changed": changed}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--family", action="append", choices=[*SENDER_FAMILIES, *TEXT_FAMILIES])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    s = measure(a.corpora or default_corpora(), a.family or [*SENDER_FAMILIES, *TEXT_FAMILIES])
    print(f"{s['letters']} letters with gold sender labels, {s['variants']} variants")
    print(f"{'family':22} {'variants':>8} {'same':>6} {'gold':>6}")
    for f, v in s["families"].items():
        print(f"{f:22} {v['variants']:8} {v['same']:6} {v['gold']:6}")
    print(f"{'all':22} {s['variants']:8} {s['same']:6} {s['gold']:6}")
    if a.verbose:
        print("\n".join(s["changed"]))
    if a.json:
        a.json.write_text(json.dumps(s, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
