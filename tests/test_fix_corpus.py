"""`brevlint fix` over every labelled letter of the corpora (issue 14, "done when"): all safe fixes are
applied, and the re-check has, per rule, no more findings than before and exactly as many fewer
officialese findings as fixes were applied (0 left at the fixed places, none introduced).
The scorer is bench/fix_corpus.py itself."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_fix_corpus", ROOT / "bench" / "fix_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.parent.name + "/" + p.name)
def test_safe_fixes_of_every_labelled_letter_introduce_nothing(corpus):
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not there (the shared corpus sits beside the checkout)")
    s = _bench().run([corpus])
    assert s["letters"] > 20 and s["applied"] > 20
    assert not s["problems"], "\n".join(s["problems"])
    assert s["after"] <= s["before"] - s["applied"]
