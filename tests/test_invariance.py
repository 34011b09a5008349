"""Layout invariance (bench/invariance.py): the same letter in another layout keeps its profile and
document-level verdicts in >= 99 % of the variants, over the project's labelled letters."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("bench_invariance", ROOT / "bench" / "invariance.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_at_least_twelve_families_and_each_changes_the_text():
    bench = _bench()
    assert len(bench.FAMILIES) >= 12
    sample = (ROOT / "tests" / "corpus" / "b-01-kiropraktor-punktnotat.txt").read_text(encoding="utf-8")
    changed = [name for name, fam in bench.FAMILIES.items() if (fam(sample) or sample) != sample]
    assert len(changed) >= 12, changed


def test_layout_variants_keep_the_verdicts():
    bench = _bench()
    s = bench.measure(bench.DEFAULT_CORPORA, list(bench.FAMILIES))
    assert s["letters"] >= 140 and s["variants"] >= 2000
    assert s["share"] >= 0.99, bench.render(s) + "\n" + "\n".join(s["changed"])
