"""Latent misses of the content rules in the pooled sentence gold.

    python bench/latent.py [CORPUS ...] [--rule RULE] [-v] [--fp-all] [--json OUT]

A letter scores 1.000 at document level as soon as one sentence satisfies each rule; the other gold
sentences may be matched by no concept of their rule at all. Those are the classes the next unseen
letters will bring. For every labelled letter with `satisfied_by:` gold (default corpora: every
tests/blind/*/ set, tests/corpus and ../shared/corpus/dev), checked with its true profile, this lists
per content rule:

- **latent misses**: gold `satisfied_by` texts that no sentence satisfying the rule overlaps (the
  rule's own machinery, `RequireKind.statements`: every concept group, every void), with what the
  rule's concepts did there (`-v`): no match at all, or matches voided (and by which concept);
- **latent false positives**: sentences that satisfy the rule in letters whose gold says it fires
  (the letter's verdict is then wrong too); with `--fp-all` also sentences that satisfy the rule in
  a letter where it does not fire but that overlap no gold text (often fine: gold names one or a few
  sentences; read them as candidates).

Only letter text goes to the terminal (the bench runs on invented letters); nothing is cached.
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
CONTENT = {
    "sundhed.nuvaerende-job": "sundhed-til-job", "sundhed.prognose": "sundhed-til-job",
    "sundhed.skaanehensyn": "sundhed-til-job", "sundhed.funktionsniveau": "sundhed-til-job",
    "sundhed.tidsplan": "sundhed-til-job", "job.frist": "job-til-sundhed",
    "job.efterspurgt-info": "job-til-sundhed", "job.formaal": "job-til-sundhed", "samtykke": "both",
}


def default_corpora() -> list[Path]:
    return [*sorted(p for p in (ROOT / "tests" / "blind").iterdir() if p.is_dir()),
            ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]


def labelled(corpora: list[Path]) -> list[tuple[Path, dict]]:
    out = []
    for corpus in corpora:
        if not corpus.is_dir():
            continue
        for exp in sorted(corpus.glob("*.expected.yaml")):
            stem = exp.name[: -len(".expected.yaml")]
            for suffix in (".txt", ".md", ".docx"):
                doc = exp.with_name(stem + suffix)
                if doc.exists():
                    out.append((doc, yaml.safe_load(exp.read_text(encoding="utf-8"))))
                    break
    return out


def applies(rule: str, profile: str) -> bool:
    want = CONTENT[rule]
    return profile in ("sundhed-til-job", "job-til-sundhed") if want == "both" else profile == want


def find_gold(text: str, sub: str) -> tuple[int, int] | None:
    """The gold text in the analysed text, whitespace-insensitive (hard wraps are joined there)."""
    words = sub.split()
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), text)
    return (m.start(), m.end()) if m else None


def diagnose(a, kind, span: tuple[int, int]) -> str:
    """What the rule's concepts did in the sentences of a gold span: matched and voided (by which concept),
    matched only part of a group, or nothing."""
    from linter.kinds.require import Voids
    from linter.letter.dated import letter_date

    p = kind.p
    today = letter_date(a) if p["dated"] or p["unless_undated"] else None
    by_clause = p["unless_clause"] + (p["unless_undated"] if today is None else [])
    voids = Voids(a, p["unless"], by_clause, p["unless_span"], p["unless_lifted_by"],
                  p.get("unless_lifted_after", []), p.get("unless_not_lifted", []),
                  p.get("unless_lifted_paragraph", []))
    s0, e0 = a.sentence_of(span[0])[0], a.sentence_of(max(span[0], span[1] - 1))[1]
    notes = []
    for name in sorted({n for g in kind.groups for n in g}):
        for m in a.concept_matches(name):
            if s0 <= m.start_char < e0:
                void = voids.of(a, a.sentence_of(m.start_char), m.start_char, m.end_char)
                notes.append(f"{name}[{a.text[m.start_char:m.end_char]!r}]" + (f" voided:{void}" if void else ""))
    return "; ".join(notes) if notes else "no-match"


def run(corpora: list[Path], only: str | None = None, fp_all: bool = False) -> dict:
    from linter.engine.engine import Engine
    from linter.readers import read_document

    engine = Engine()
    stats: dict[str, Counter] = {r: Counter() for r in CONTENT}
    misses: dict[str, list[str]] = {r: [] for r in CONTENT}
    fps: dict[str, list[str]] = {r: [] for r in CONTENT}
    extra: dict[str, list[str]] = {r: [] for r in CONTENT}
    for doc_path, exp in labelled(corpora):
        gold = exp.get("satisfied_by") or {}
        fires = set(exp.get("fires") or [])
        prof = exp.get("profile")
        rules = [r for r in CONTENT if applies(r, prof) and (only is None or r == only)]
        if not rules or not (gold or fires & set(rules)):
            continue
        a = engine.analyse(read_document(str(doc_path)))
        name = f"{doc_path.parent.name}/{doc_path.name}"
        for rule in rules:
            kind = engine.kinds[rule]
            sents = [s for s, _ in kind.statements(a)]
            if rule in fires:
                for s, e in sents:
                    stats[rule]["fp"] += 1
                    fps[rule].append(f"{name}: {_one_line(a.text[s:e])}")
                continue
            subs = gold.get(rule)
            if subs is None:
                continue
            spans = []
            for sub in [subs] if isinstance(subs, str) else subs:
                stats[rule]["gold"] += 1
                span = find_gold(a.text, str(sub))
                if span is None:
                    stats[rule]["not-found"] += 1
                    continue
                spans.append(span)
                if any(s < span[1] and span[0] < e for s, e in sents):
                    stats[rule]["matched"] += 1
                else:
                    stats[rule]["missed"] += 1
                    misses[rule].append(f"{name}: {_one_line(str(sub))}  <- {diagnose(a, kind, span)}")
            if fp_all:
                for s, e in sents:
                    if not any(s < ge and gs < e for gs, ge in spans):
                        extra[rule].append(f"{name}: {_one_line(a.text[s:e])}")
    return {"stats": {r: dict(c) for r, c in stats.items()}, "misses": misses, "fps": fps, "extra": extra}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render(res: dict, verbose: bool, fp_all: bool) -> str:
    lines = [f"{'rule':24} {'gold':>5} {'matched':>8} {'missed':>7} {'notfound':>9} {'latentFP':>9}"]
    tot = Counter()
    for rule, c in res["stats"].items():
        tot.update(c)
        lines.append(f"{rule:24} {c.get('gold', 0):5} {c.get('matched', 0):8} {c.get('missed', 0):7} "
                     f"{c.get('not-found', 0):9} {c.get('fp', 0):9}")
    lines.append(f"{'total':24} {tot['gold']:5} {tot['matched']:8} {tot['missed']:7} {tot['not-found']:9} "
                 f"{tot['fp']:9}")
    if verbose:
        for rule in res["stats"]:
            if res["misses"][rule]:
                lines.append(f"\n== latent misses: {rule} ({len(res['misses'][rule])})")
                lines += ["  " + m for m in res["misses"][rule]]
            if res["fps"][rule]:
                lines.append(f"\n== latent false positives (rule fires by gold): {rule} ({len(res['fps'][rule])})")
                lines += ["  " + m for m in res["fps"][rule]]
            if fp_all and res["extra"][rule]:
                lines.append(f"\n== satisfying sentences outside the gold texts: {rule} ({len(res['extra'][rule])})")
                lines += ["  " + m for m in res["extra"][rule]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--rule", choices=sorted(CONTENT))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--fp-all", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    res = run(args.corpora or default_corpora(), args.rule, args.fp_all)
    try:
        print(render(res, args.verbose, args.fp_all))
    except BrokenPipeError:  # piped into head
        sys.stderr.close()

    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
