"""Where a warm check spends its CPU, the letter layer split out: zoning, profile, sender, parties.

    python bench/layers.py [CORPUS ...] [--runs N] [--json OUT]

Like bench/stages.py (same letters: tests/corpus and ../shared/corpus/dev), but the letter model's
readers are timed each on its own, exclusive of one another: tokenize (`nlp.make_doc`), lemmas,
sentences, match (lexicon/concept matches, computed lazily), structure (zoning), profile
(`detect_profile`, without the parties or sender it asks for), sender (`SenderReader.verdict`, with the
phone and e-mail search it triggers first), parties (`letter_parties`, without the sender), rest (the
rules, locating, checklist, report-free result). CPU seconds of this process, one warm-up pass, median of
N passes. The wrappers cost a few microseconds per call: compare trees with the same script, interleaved.
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

from linter.engine.engine import Engine  # noqa: E402
from linter.readers import read_document  # noqa: E402

LAYERS = ("tokenize", "lemmas", "sentences", "match", "structure", "profile", "sender", "parties", "rest")


class _Clock:
    """CPU seconds per layer, each exclusive of the wrapped calls it makes."""

    def __init__(self) -> None:
        self.t = dict.fromkeys(LAYERS, 0.0)
        self._stack: list[float] = []

    def wrap(self, layer: str, fn):
        def timed(*args, **kwargs):
            self._stack.append(0.0)
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                dt = time.process_time() - t0
                inner = self._stack.pop()
                self.t[layer] += dt - inner
                if self._stack:
                    self._stack[-1] += dt
        return timed


def instrument(engine: Engine) -> _Clock:
    import linter.analysis.analysis as analysis
    import linter.engine.engine as engine_mod
    import linter.letter.people as people
    import linter.letter.read as letter_read
    import linter.profiles as profiles
    from linter.analysis.matching import LazyMatches
    from linter.letter.sender import SenderReader

    clock = _Clock()
    pipe = engine.pipeline
    pipe.nlp.make_doc = clock.wrap("tokenize", pipe.nlp.make_doc)
    analysis.set_lemmas = clock.wrap("lemmas", analysis.set_lemmas)
    analysis.set_sentences = clock.wrap("sentences", analysis.set_sentences)
    LazyMatches.get = clock.wrap("match", LazyMatches.get)  # type: ignore[method-assign]
    LazyMatches.all = clock.wrap("match", LazyMatches.all)  # type: ignore[method-assign]
    letter_read.analyse_structure = clock.wrap("structure", letter_read.analyse_structure)
    engine_mod.detect_profile = clock.wrap("profile", profiles.detect_profile)
    SenderReader.verdict = clock.wrap("sender", SenderReader.verdict)  # type: ignore[method-assign]
    wrapped = clock.wrap("parties", people.letter_parties)
    for mod in list(sys.modules.values()):  # every module that imported it by name
        if getattr(mod, "letter_parties", None) is people.letter_parties and mod.__name__.startswith("linter"):
            mod.letter_parties = wrapped  # type: ignore[attr-defined]
    return clock


def one_pass(engine: Engine, clock: _Clock, docs) -> dict[str, float]:
    clock.t = dict.fromkeys(LAYERS, 0.0)
    t0 = time.process_time()
    for doc in docs:
        engine.check_document(doc)
    total = time.process_time() - t0
    clock.t["rest"] = total - sum(v for k, v in clock.t.items() if k != "rest")
    return dict(clock.t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    corpora = a.corpus or [ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
    corpora = list(dict.fromkeys(c.resolve() for c in corpora if c.is_dir()))
    files = [p for c in corpora for p in sorted(c.rglob("*")) if p.suffix in (".txt", ".docx")]
    docs = [read_document(str(p)) for p in files]
    engine = Engine()
    clock = instrument(engine)
    one_pass(engine, clock, docs)  # warm-up
    passes = [one_pass(engine, clock, docs) for _ in range(a.runs)]
    med = {k: statistics.median(p[k] for p in passes) for k in LAYERS}
    total = sum(med.values())
    letter = sum(med[k] for k in ("structure", "profile", "sender", "parties"))
    print(f"{len(files)} letters, median of {a.runs} warm passes (CPU ms for all letters)\n")
    print("| layer | ms | share |\n|---|---:|---:|")
    for k in LAYERS:
        print(f"| {k} | {med[k] * 1000:.1f} | {med[k] / total:5.1%} |")
    print(f"| letter layer (structure+profile+sender+parties) | {letter * 1000:.1f} | {letter / total:5.1%} |")
    print(f"| total | {total * 1000:.1f} | 100% |")
    if a.json:
        a.json.write_text(json.dumps({"letters": len(files), "runs": a.runs, "median_seconds": med,
                                      "passes": passes}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
