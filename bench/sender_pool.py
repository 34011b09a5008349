"""Pooled sender attribution: the letter model's sender against every gold `sender:` label.

    python bench/sender_pool.py [CORPUS ...] [-v] [--json OUT]

Default corpora: every tests/blind/* set, tests/corpus and ../shared/corpus/dev. Prints P/R of the
sender name, phones (number + personal/department) and e-mails pooled over all of them, per corpus
with -v, and every disagreement (also in letters whose document verdicts are right), so a class of
sender mistakes is seen across sets instead of letter by letter.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import letters, run_inprocess, score_sender  # noqa: E402


def default_corpora() -> list[Path]:
    out = sorted(p for p in (ROOT / "tests" / "blind").iterdir() if p.is_dir())
    out += [ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
    return [p for p in out if p.exists()]


def pooled(corpora: list[Path]) -> tuple[dict, dict[str, dict], list[str]]:
    items = [it for c in corpora for it in letters(c) if isinstance(it[1].get("sender"), dict)]
    results = run_inprocess([d for d, _ in items], None)
    per: dict[str, dict] = {}
    for c in corpora:
        sub = [it for it in items if it[0].is_relative_to(c)]
        per[c.name] = score_sender(sub, results, [])
    mistakes: list[str] = []
    total = score_sender(items, results, mistakes)
    rel = [m.replace(str(ROOT) + "/", "") for m in mistakes]
    return total, per, rel


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    total, per, mistakes = pooled(a.corpora or default_corpora())
    print(f"pooled sender attribution over {total['letters']} letters")
    for k in ("name", "phones", "emails"):
        v = total[k]
        print(f"  {k:7} TP {v['tp']:4} FP {v['fp']:3} FN {v['fn']:3}  P {v['precision']:.3f}  R {v['recall']:.3f}")
    if a.verbose:
        for name, s in per.items():
            print(f"{name:8} " + "  ".join(f"{k} {s[k]['fp']}/{s[k]['fn']}" for k in ("name", "phones", "emails")))
        print("\n".join(mistakes))
    if a.json:
        a.json.write_text(json.dumps({"total": total, "per": per, "mistakes": mistakes}, indent=2,
                                     ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
