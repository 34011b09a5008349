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


def test_every_labelled_letter_as_a_word_file_with_tracked_changes(tmp_path):
    """The project's letters as .docx (one paragraph per line, every word its own run so that fixes
    cross runs): the tracked-changes fix introduces nothing either, and applies as many fixes."""
    from docx_factory import build, r

    corpus = ROOT / "tests" / "corpus"
    bench = _bench()
    for src in bench.letters(corpus):
        lines = src.read_text(encoding="utf-8").split("\n")
        body = "".join("<w:p>" + "".join(r(w) for w in _runs(line)) + "</w:p>" for line in lines)
        (tmp_path / f"{src.stem}.docx").write_bytes(build(body))
        (tmp_path / f"{src.stem}.expected.yaml").write_bytes(src.with_suffix(".expected.yaml").read_bytes())
    as_text = bench.run([corpus])
    s = bench.run([tmp_path], track_changes=True)
    assert s["docx"] == s["letters"] == as_text["letters"]
    assert not s["problems"], "\n".join(s["problems"])
    assert s["applied"] == as_text["applied"]


def _runs(line: str) -> list[str]:
    """A line cut into runs at every space (the space starts the next run)."""
    parts = line.split(" ")
    return [parts[0], *(" " + w for w in parts[1:])] if line else []
