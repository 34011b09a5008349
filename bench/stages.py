"""Where a warm check spends its time, stage by stage, over a corpus of letters.

    python bench/stages.py [CORPUS ...] [--runs N] [--json OUT]

Stages (summed over every letter, one warm-up pass, median of N passes), timed inside
`Engine.check_document` itself by wrapping the calls it makes: read (reader to Document),
tokenize (`nlp.make_doc`), lemmatize (`set_lemmas`: lemmas and the token table), sentences
(`set_sentences`), match (the lexicon/concept matches, computed lazily when first asked for),
structure (letter zones), rules (the rest of the check: normalising, profile detection, every
rule, locating findings, the checklist, the sender), report (`render_json`). CPU seconds of
this process. Default corpora: tests/corpus and ../shared/corpus/dev when present. The machine
may be shared: quote medians and say so.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter.analysis.pipeline import set_lemmas, set_sentences  # noqa: E402
from linter.engine.engine import Engine  # noqa: E402
from linter.letter.structure import analyse_structure  # noqa: E402
from linter.readers import read_document  # noqa: E402
from linter.reporters.json_reporter import render_json  # noqa: E402

STAGES = ("read", "tokenize", "lemmatize", "sentences", "match", "structure", "rules", "report")


def letter_files(corpora: list[Path]) -> list[Path]:
    return [p for c in corpora if c.is_dir() for p in sorted(c.rglob("*")) if p.suffix in (".txt", ".docx")
            and not p.name.endswith(".expected.yaml")]


class _Clock:
    """CPU seconds spent inside the wrapped functions, per stage (the stages do not nest)."""

    def __init__(self) -> None:
        self.t = dict.fromkeys(STAGES, 0.0)

    def wrap(self, stage: str, fn):
        def timed(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.t[stage] += time.process_time() - t0
        return timed


def instrument(engine: Engine) -> _Clock:
    """Time the stages inside `Engine.check_document` itself: the very calls a check makes
    (matches are computed lazily, concept by concept, when a rule first asks for them)."""
    import linter.analysis.analysis as analysis
    import linter.letter.read as letter_read

    clock = _Clock()
    pipe = engine.pipeline
    pipe.nlp.make_doc = clock.wrap("tokenize", pipe.nlp.make_doc)
    analysis.set_lemmas = clock.wrap("lemmatize", set_lemmas)
    analysis.set_sentences = clock.wrap("sentences", set_sentences)
    try:
        from linter.analysis.matching import LazyMatches
    except ImportError:  # an older checkout (before lazy matching): every match at once
        pipe.matchers = clock.wrap("match", pipe.matchers)
    else:
        LazyMatches.get = clock.wrap("match", LazyMatches.get)  # type: ignore[method-assign]
        LazyMatches.all = clock.wrap("match", LazyMatches.all)  # type: ignore[method-assign]
    letter_read.analyse_structure = clock.wrap("structure", analyse_structure)
    return clock


def one_pass(engine: Engine, clock: _Clock, files: list[Path]) -> dict[str, float]:
    cpu = time.process_time  # CPU seconds of this process: steadier than wall time on a shared machine
    clock.t = dict.fromkeys(STAGES, 0.0)
    check = 0.0
    for path in files:
        t0 = cpu()
        doc = read_document(str(path))
        t1 = cpu()
        result = engine.check_document(doc)
        t2 = cpu()
        render_json([result])
        t3 = cpu()
        clock.t["read"] += t1 - t0
        clock.t["report"] += t3 - t2
        check += t2 - t1
    inner = sum(clock.t[s] for s in ("tokenize", "lemmatize", "sentences", "match", "structure"))
    clock.t["rules"] = check - inner  # normalising, profile, every rule, locating, checklist, sender
    return dict(clock.t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    corpora = a.corpus or [ROOT / "tests" / "corpus", ROOT.parent.parent / "shared" / "corpus" / "dev",
                           ROOT.parent / "shared" / "corpus" / "dev"]
    # the two default locations of ../shared are the same folder when the checkout is a worktree
    # under /work/wt: count each corpus once
    corpora = list(dict.fromkeys(c.resolve() for c in corpora if c.is_dir()))
    files = letter_files(corpora)
    engine = Engine()
    clock = instrument(engine)
    one_pass(engine, clock, files)  # warm-up: pipeline, lemma memo, caches
    passes = [one_pass(engine, clock, files) for _ in range(a.runs)]
    med = {s: statistics.median(p[s] for p in passes) for s in STAGES}
    total = sum(med.values())
    lines = [f"{len(files)} letters, median of {a.runs} warm passes (seconds for all letters)", "",
             "| stage | seconds | share | x tokenize |", "|---|---:|---:|---:|"]
    for s in STAGES:
        lines.append(f"| {s} | {med[s]:.3f} | {med[s] / total:5.1%} | {med[s] / med['tokenize']:.2f} |")
    lines.append(f"| total | {total:.3f} | 100% | {total / med['tokenize']:.2f} |")
    print("\n".join(lines))
    if a.json:
        a.json.write_text(json.dumps({"letters": len(files), "runs": a.runs, "median_seconds": med,
                                      "passes": passes}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
