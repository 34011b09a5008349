"""The phrase matchers built from cached token texts (linter/analysis/phrase_cache.py) hold exactly
the hash sequences that `PhraseMatcher.add` took from `nlp.make_doc(phrase)` Docs before, on the first
start (tokenised, then written) and on later starts (read from the cache directory); a damaged or
unusable cache falls back to tokenising."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.analysis.matching import SEP
from linter.analysis.phrase_cache import phrase_tokens
from linter.engine.engine import Engine

PHRASES = ["f.eks. på arbejde", "tlf.nr.", "Ryg-smerter (kroniske)", "12. marts 2026", "hhv.  to", "sygemeldt siden",
           "kl. 10-12", "«Skabelon»", "bl.a. Anne", ""]


def _patterns(matcher) -> dict[str, set[tuple[int, ...]]]:
    """A PhraseMatcher's patterns by key (its pickled state)."""
    docs = matcher.__reduce__()[1][1]
    return {k: set(v) for k, v in docs.items()}


def _from_docs(pipe, lexicons) -> tuple[dict, dict]:
    """The patterns as the matcher built them from Docs (LOWER; LEMMA set by the lemmatizer)."""
    nlp, lemmatize = pipe.nlp, pipe.lemmatizer
    lower: dict[str, set] = {}
    lemma: dict[str, set] = {}
    for lexname, table in lexicons.terms.items():
        for term, entry in table.items():
            docs = [nlp.make_doc(f) for f in entry.forms]
            lower.setdefault(f"{lexname}{SEP}{term}", set()).update(
                tuple(t.lower for t in d) for d in docs if len(d))
    for cname, concept in lexicons.concepts.items():
        key = f"concept:{cname}{SEP}{cname}"
        for p in concept.phrases:
            d = nlp.make_doc(p)
            if len(d):
                lower.setdefault(key, set()).add(tuple(t.lower for t in d))
        for p in concept.lemmas:
            d = nlp.make_doc(p)
            for t in d:
                t.lemma_ = lemmatize(t.lower_)
            if len(d):
                lemma.setdefault(key, set()).add(tuple(t.lemma for t in d))
    return lower, lemma


@pytest.mark.parametrize("start", ["first", "cached"])
def test_matchers_equal_those_built_from_docs(start: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(tmp_path / "cache"))  # empty: the first start tokenises
    if start == "cached":
        Engine().pipeline  # noqa: B018 - the first start writes the cache
    engine = Engine()
    pipe = engine.pipeline
    assert len(list((tmp_path / "cache").glob("phrases-*.json"))) == 1
    lower, lemma = _from_docs(pipe, engine.lexicons)
    assert _patterns(pipe.matchers.lower) == lower
    assert _patterns(pipe.matchers.lemma) == lemma
    assert lower and lemma


def test_tokens_as_the_tokenizer_splits(tmp_path: Path) -> None:
    nlp = Engine().pipeline.nlp
    want = {p: [t.text for t in nlp.make_doc(p)] for p in PHRASES}
    assert phrase_tokens(nlp, PHRASES, None) == want
    assert phrase_tokens(nlp, PHRASES, tmp_path) == want  # tokenised and written
    assert len(list(tmp_path.glob("phrases-*.json"))) == 1
    assert phrase_tokens(nlp, PHRASES, tmp_path) == want  # read back


def test_damaged_or_foreign_cache_is_not_used(tmp_path: Path) -> None:
    nlp = Engine().pipeline.nlp
    want = {p: [t.text for t in nlp.make_doc(p)] for p in PHRASES}
    phrase_tokens(nlp, PHRASES, tmp_path)
    (cached,) = tmp_path.glob("phrases-*.json")
    for bad in ("{not json", "[]", '[["x"], 3]', "{}"):
        cached.write_text(bad, encoding="utf-8")
        assert phrase_tokens(nlp, PHRASES, tmp_path) == want
    # other phrases (a changed lexicon) are another file
    phrase_tokens(nlp, [*PHRASES, "ny sætning"], tmp_path)
    assert len(list(tmp_path.glob("phrases-*.json"))) == 2


def test_read_only_cache_dir_still_builds(tmp_path: Path) -> None:
    nlp = Engine().pipeline.nlp
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        want = {p: [t.text for t in nlp.make_doc(p)] for p in PHRASES}
        assert phrase_tokens(nlp, PHRASES, ro / "sub") == want
    finally:
        ro.chmod(0o700)
