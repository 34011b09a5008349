"""Parties accuracy: the letter model's recipients and citizen against gold `.parties.yaml` labels.

    python bench/parties_accuracy.py [CORPUS_DIR ...] [-v]

Gold files sit beside their letters (`<stem>.parties.yaml`, written by a labeller who had not seen
the code; format in tests/blind/README.md): `recipients: [{name, organisation}]` and
`citizen: {name}` (or null). Scores, in-process with the CLI's JSON result:

- citizen: right when the found citizen's name equals the gold name (case and spacing aside), or
  when neither names one; a wrong name counts as one FP and one FN;
- recipients: a found recipient matches a gold one by the person's name when gold gives one, else
  by the organisation (one containing the other, case aside; a recipient known only by its mailbox
  by that address); unmatched found ones are FP, unmatched
  gold ones FN.

`-v` lists each disagreement by file name and the names involved (names of invented people only:
the labelled letters are invented).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.accuracy import run_inprocess  # noqa: E402


def _norm(value: str | None) -> str | None:
    text = " ".join((value or "").split()).casefold().strip(" ,.")
    return text or None


def gold_letters(corpora: list[Path]) -> list[tuple[Path, dict]]:
    out = []
    for corpus in corpora:
        for gold in sorted(corpus.rglob("*.parties.yaml")):
            letter = gold.with_name(gold.name[: -len(".parties.yaml")] + ".txt")
            if letter.exists():
                out.append((letter, yaml.safe_load(gold.read_text(encoding="utf-8")) or {}))
    return out


def _same_recipient(gold: dict, found: dict) -> bool:
    g_name, f_name = _norm(gold.get("name")), _norm(found.get("name"))
    if g_name:
        return g_name == f_name
    g_org, f_org = _norm(gold.get("organisation")), _norm(found.get("organisation"))
    if g_org and "@" in g_org:  # known only by its mailbox: the gold gives the address as the organisation
        return g_org in {_norm(e.get("address")) for e in found.get("emails") or []} and not f_name
    return bool(g_org and f_org and (g_org in f_org or f_org in g_org)) and not f_name


def score(items: list[tuple[Path, dict]], results: dict[str, dict], mistakes: list[str]) -> dict:
    c = {"citizen": {"tp": 0, "fp": 0, "fn": 0, "tn": 0}, "recipients": {"tp": 0, "fp": 0, "fn": 0}}
    for letter, gold in items:
        parties = results[str(letter)].get("parties") or []
        citizens = [p for p in parties if p.get("kind") == "citizen"]
        g_cit = _norm((gold.get("citizen") or {}).get("name"))
        f_cit = _norm(citizens[0].get("name")) if citizens else None
        if g_cit is None and f_cit is None:
            c["citizen"]["tn"] += 1
        elif g_cit == f_cit:
            c["citizen"]["tp"] += 1
        else:
            c["citizen"]["fp"] += f_cit is not None
            c["citizen"]["fn"] += g_cit is not None
            mistakes.append(f"CITIZEN {letter.name}: {f_cit!r} != gold {g_cit!r}")
        found = [p for p in parties if p.get("kind") == "recipient"]
        left = list(found)
        for g in gold.get("recipients") or []:
            hit = next((f for f in left if _same_recipient(g, f)), None)
            if hit is None:
                c["recipients"]["fn"] += 1
                mistakes.append(f"RECIPIENT FN {letter.name}: {g.get('name')!r} / {g.get('organisation')!r}")
            else:
                c["recipients"]["tp"] += 1
                left.remove(hit)
        for f in left:
            c["recipients"]["fp"] += 1
            mistakes.append(f"RECIPIENT FP {letter.name}: {f.get('name')!r} / {f.get('organisation')!r} "
                            f"({f.get('reason')})")
    out: dict = {"letters": len(items)}
    for key, v in c.items():
        tp, fp, fn = v["tp"], v["fp"], v["fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[key] = {**v, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list each disagreement")
    args = ap.parse_args()
    corpora = args.corpora or sorted(p for p in (ROOT / "tests" / "blind").glob("*") if p.is_dir())
    items = gold_letters(corpora)
    if not items:
        sys.exit("no .parties.yaml gold beside any letter")
    results = run_inprocess([letter for letter, _ in items], None)
    mistakes: list[str] = []
    s = score(items, results, mistakes)
    print(f"{s['letters']} letters with parties gold")
    for key in ("citizen", "recipients"):
        v = s[key]
        print(f"{key:11} TP {v['tp']:4} FP {v['fp']:4} FN {v['fn']:4}  P {v['precision']:.3f} "
              f"R {v['recall']:.3f} F1 {v['f1']:.3f}")
    if args.verbose:
        print("\n".join(mistakes))


if __name__ == "__main__":
    main()
