"""Score the content rules on a sentence bank.

    python bench/concept_bank.py BANK.yaml [-v] [--rule RULE] [--date "2. marts 2026"] [--json OUT]

A bank is a YAML list of items `{rule, profile, text, satisfies, span, note}`: `text` a sentence (or a few
lines) a letter of `profile` could hold, `satisfies` whether it meets `rule`'s requirement on its own,
`span` the part that does (optional), `note` the writer's reason (optional). Each item's text becomes
the body of a minimal letter of its profile (letterhead, recipient, subject, greeting / closing and a
signature that address none of the content rules) and the real engine checks it with that profile and
that rule only; the item counts as satisfied when the rule's checklist entry is `ok`. That is the whole
machinery a real letter meets (zoning, headings and form fields, questions, clause voids, dates).

The letter has no date of its own unless `--date` gives one: a bank sentence is judged on its own words
(a date told in the past tense is history; dates are not compared with a letter date the writer never
saw). Prints per-rule TP/FP/FN/TN, precision, recall and F1; `-v` lists the misses with the writer's note
and the rule's evidence (the concepts that met, or why nothing counted), and items whose checklist
sentence does not overlap the item's `span` ("wrong sentence").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's brevlint, not another one installed in the environment

HEAD = {
    "sundhed-til-job": "Sundhedscenter Lindeby\nParkvej 2, 6600 Lindeby\n\nTil: Jobcenter Lindeby\n"
                       "Att.: Sagsbehandler Sofie Berg\n\n{date}Vedr.: borger Ole Hansen\n\nKære Sofie Berg\n\n",
    "job-til-sundhed": "Jobcenter Lindeby\nTorvet 1, 6600 Lindeby\n\nTil: Lægerne i Lindeby\nAtt.: Læge Peter Holm\n\n"
                       "{date}Vedr.: din patient Ole Hansen\n\nKære Peter Holm\n\n",
}
TAIL = {
    "sundhed-til-job": "\n\nMed venlig hilsen\n\nMarie Jensen\nFysioterapeut\nDirekte tlf. 40 27 15 93\n"
                       "marie.jensen@lindeby.dk\n",
    "job-til-sundhed": "\n\nMed venlig hilsen\n\nSofie Berg\nSagsbehandler, Jobcenter Lindeby\n"
                       "Direkte tlf. 99 15 83 20\nsofie.berg@lindeby.dk\n",
}


def load_bank(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):  # a bank wrapped in a mapping ({items: [...]}) is read the same way
        data = data.get("items") or next((v for v in data.values() if isinstance(v, list)), [])
    items = [d for d in data or [] if isinstance(d, dict) and d.get("rule") and d.get("text") is not None]
    if not items:
        sys.exit(f"no bank items in {path}")
    return items


def letter(item: dict, date: str | None) -> tuple[str, str]:
    """The minimal letter around an item's text, and its profile."""
    profile = item.get("profile") or ("job-til-sundhed" if str(item["rule"]).startswith("job.")
                                      else "sundhed-til-job")
    head = HEAD.get(profile, HEAD["sundhed-til-job"]).format(date=f"Lindeby, {date}\n\n" if date else "")
    return head + str(item["text"]).strip("\n") + TAIL.get(profile, TAIL["sundhed-til-job"]), profile


def _find(text: str, sub: str, after: int) -> tuple[int, int] | None:
    words = str(sub).split()
    if not words:
        return None
    m = re.compile(r"\s+".join(map(re.escape, words))).search(text, after)
    return (m.start(), m.end()) if m else None


def _truth(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "ja", "1")
    return bool(value)


def score(bank: Path, only: str | None = None, date: str | None = None) -> dict:
    from linter.engine.engine import Engine
    from linter.kinds.base import Context
    from linter.readers import read_bytes

    engine = Engine()
    counts: dict[str, Counter] = {}
    misses: list[dict] = []
    wrong_sentence: list[dict] = []
    for n, item in enumerate(load_bank(bank), 1):
        rule = str(item["rule"])
        if only and rule != only:
            continue
        if rule not in engine.kinds:
            sys.exit(f"item {n}: unknown rule {rule!r}")
        text, profile = letter(item, date)
        doc = read_bytes(text.encode("utf-8"), ".txt", "bank.txt")
        a = engine.analyse(doc)
        ctx = Context(profile=profile, lang="da", template=False, lexicons=engine.lexicons, thresholds={})
        check = engine.kinds[rule].requirement(a, ctx)
        got, want = check.status == "ok", _truth(item.get("satisfies"))
        key = ("tp" if want else "fp") if got else ("fn" if want else "tn")
        counts.setdefault(rule, Counter())[key] += 1
        body = a.text.find(str(item["text"]).strip().split()[0]) if str(item["text"]).strip() else 0
        row = {"n": n, "rule": rule, "profile": profile, "text": " ".join(str(item["text"]).split()),
               "want": want, "got": got, "note": item.get("note") or "",
               "evidence": list(check.evidence),
               "sentence": " ".join(a.text[check.start:check.end].split()) if got else ""}
        if key in ("fp", "fn"):
            misses.append(row)
        elif key == "tp" and item.get("span"):
            span = _find(a.text, str(item["span"]), max(0, body))
            if span is not None and not (check.start < span[1] and span[0] < check.end):
                wrong_sentence.append(row)
    rules = {}
    for rule, c in sorted(counts.items()):
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        rules[rule] = {"tp": tp, "fp": fp, "fn": fn, "tn": c["tn"], "precision": p, "recall": r,
                       "f1": 2 * p * r / (p + r) if p + r else 0.0}
    tot = Counter()
    for c in counts.values():
        tot.update(c)
    n_items = sum(tot.values())
    return {"bank": str(bank), "items": n_items, "rules": rules,
            "accuracy": (tot["tp"] + tot["tn"]) / n_items if n_items else 0.0,
            "macro_f1": sum(v["f1"] for v in rules.values()) / len(rules) if rules else 0.0,
            "misses": misses, "wrong_sentence": wrong_sentence}


def render(res: dict, verbose: bool) -> str:
    lines = [f"{res['bank']}: {res['items']} items, accuracy {res['accuracy']:.3f}, macro F1 {res['macro_f1']:.3f}",
             f"{'rule':24} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for rule, v in res["rules"].items():
        lines.append(f"{rule:24} {v['tp']:4} {v['fp']:4} {v['fn']:4} {v['tn']:4} "
                     f"{v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}")
    if verbose:
        for row in sorted(res["misses"], key=lambda r: (r["rule"], r["want"], r["n"])):
            kind = "FN" if row["want"] else "FP"
            lines.append(f"\n{kind} {row['rule']} #{row['n']}: {row['text']}")
            if row["note"]:
                lines.append(f"   note: {' '.join(str(row['note']).split())}")
            where = f" <- {row['sentence']}" if row["got"] else ""
            lines.append(f"   brevlint: {', '.join(row['evidence'])}{where}")
        for row in res["wrong_sentence"]:
            lines.append(f"\nwrong sentence {row['rule']} #{row['n']}: {row['text']}\n   brevlint: "
                         f"{', '.join(row['evidence'])} <- {row['sentence']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bank", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--rule")
    ap.add_argument("--date", help="give the letter this date line (default: no date of its own)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    res = score(args.bank, args.rule, args.date)
    try:
        print(render(res, args.verbose))
    except BrokenPipeError:  # piped into head
        sys.stderr.close()

    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
