"""Where a warm check spends its time, stage by stage, over a corpus of letters.

    python bench/stages.py [CORPUS ...] [--runs N] [--json OUT]

Stages (summed over every letter, one warm-up pass, median of N passes): read (reader to
Document), tokenize (`nlp.make_doc` on the joined text), lemmatize (`set_lemmas`), sentences
(`set_sentences`), match (the combined lexicon/concept matcher), structure (letter zones),
rules (profile detection, every rule, locating findings, the checklist: the rest of
`Engine.check_document`), report (`render_json`). CPU seconds of this process. Default corpora: tests/corpus and
../shared/corpus/dev when present. The machine may be shared: quote medians and say so.
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

from linter.analysis.analysis import _first_item_of_label  # noqa: E402
from linter.analysis.pipeline import set_lemmas, set_sentences  # noqa: E402
from linter.engine.engine import Engine  # noqa: E402
from linter.letter.structure import analyse_structure  # noqa: E402
from linter.readers import read_document  # noqa: E402
from linter.reporters.json_reporter import render_json  # noqa: E402

STAGES = ("read", "tokenize", "lemmatize", "sentences", "match", "structure", "rules", "report")


def letter_files(corpora: list[Path]) -> list[Path]:
    return [p for c in corpora if c.is_dir() for p in sorted(c.rglob("*")) if p.suffix in (".txt", ".docx")
            and not p.name.endswith(".expected.yaml")]


def _joins(doc) -> list[bool]:
    """The same line joins as linter.analysis.analysis.analyse (wrapped text lines)."""
    from linter.analysis.analysis import _WRAP_END, _WRAP_START

    texts = [b.text for b in doc.blocks]
    out = []
    for i, t in enumerate(texts):
        if i == 0:
            out.append(False)
        elif _first_item_of_label(doc.blocks, texts, i):
            out.append(True)
        elif doc.kind == "docx":
            out.append(False)
        else:
            prev = doc.blocks[i - 1]
            out.append(prev.line + 1 == doc.blocks[i].line and bool(_WRAP_END.search(texts[i - 1]))
                       and bool(_WRAP_START.match(t)) and not doc.blocks[i].style)
    return out


def one_pass(engine: Engine, files: list[Path]) -> dict[str, float]:
    pipe = engine.pipeline
    t = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time  # CPU seconds of this process: steadier than wall time on a shared machine
    for path in files:
        t0 = clock()
        doc = read_document(str(path))
        t1 = clock()
        starts, pos = [], 0
        for b in doc.blocks:
            starts.append(pos)
            pos += len(b.text) + 1
        text = "\n".join(b.text for b in doc.blocks)
        joins = _joins(doc)
        t2 = clock()
        sdoc = pipe.nlp.make_doc(text)
        t3 = clock()
        tokens = set_lemmas(sdoc, pipe.lemmatizer)
        t4 = clock()
        set_sentences(sdoc, starts, joins, pipe.internal_abbreviations, tokens)  # type: ignore[attr-defined]
        t5 = clock()
        pipe.matchers(sdoc, tokens)
        t6 = clock()
        analyse_structure(doc.blocks)
        t7 = clock()
        result = engine.check_document(doc)  # everything again; the rules' share is the rest
        t8 = clock()
        render_json([result])
        t9 = clock()
        t["read"] += t1 - t0
        t["tokenize"] += t3 - t2
        t["lemmatize"] += t4 - t3
        t["sentences"] += t5 - t4
        t["match"] += t6 - t5
        t["structure"] += t7 - t6
        t["rules"] += (t8 - t7) - (t7 - t2)  # check_document minus the analysis stages timed above
        t["report"] += t9 - t8
    return t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    corpora = a.corpus or [ROOT / "tests" / "corpus", ROOT.parent.parent / "shared" / "corpus" / "dev",
                           ROOT.parent / "shared" / "corpus" / "dev"]
    files = letter_files(corpora)
    engine = Engine()
    one_pass(engine, files)  # warm-up: pipeline, lemma memo, caches
    passes = [one_pass(engine, files) for _ in range(a.runs)]
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
