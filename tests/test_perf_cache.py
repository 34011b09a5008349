"""The start-up caches (compiled regexes, trimmed lemma table): correct, content-keyed,
harmless when the cache dir is unwritable, and never holding letter text. No timings."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest

from linter.analysis import regex_cache
from linter.analysis.lemmas import trimmed_table
from linter.model import Block, Document

SAMPLES = ["Ryg-smerter (lænd) 12.5 kg", "f.eks. hhv. ca. 3 uger", "www.borger.dk/sygedagpenge", "", "ÆØÅ æøå —…"]


def _pattern() -> str:
    # unique per call, so neither re's in-process cache nor an earlier test answers
    tag = uuid.uuid4().hex
    return rf"(?P<word>[^\W\d_]+)-(?P<tail>\w+)|\d+(?:[.,]\d+)?|{tag}|[\u00C0-\u024F\u1E00-\u1EFF]+"


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for s in SAMPLES:
        assert [m.span() for m in a.finditer(s)] == [m.span() for m in b.finditer(s)]
        assert [m.groupdict() for m in a.finditer(s)] == [m.groupdict() for m in b.finditer(s)]


def test_regex_cache_round_trip(tmp_path: Path) -> None:
    pat = _pattern()
    with regex_cache.cached_regexes(tmp_path, "t"):
        first = re.compile(pat, re.IGNORECASE)
    files = list(tmp_path.glob("regex-*.json"))
    assert len(files) == 1
    re.purge()
    entries = json.loads(files[0].read_text())["entries"]
    assert f"{int(re.IGNORECASE)}\x1f{pat}" in entries
    with regex_cache.cached_regexes(tmp_path, "t"):
        second = re.compile(pat, re.IGNORECASE)
    _same(first, second)
    _same(first, re.compile(pat, re.IGNORECASE))
    assert regex_cache._compiler.compile.__name__ == "compile"  # the original compiler is back


def test_regex_cache_corrupt_file_falls_back(tmp_path: Path) -> None:
    pat = _pattern()
    path = regex_cache.cache_file(tmp_path, "t")
    key = regex_cache._interpreter_key()
    path.write_text(json.dumps({"key": key, "entries": {f"0\x1f{pat}": [0, [999999, 1, 2], 0, {}, [None]]}}))
    with regex_cache.cached_regexes(tmp_path, "t"):
        got = re.compile(pat)
    re.purge()
    _same(got, re.compile(pat))
    path.write_text("not json {")
    re.purge()
    with regex_cache.cached_regexes(tmp_path, "t"):
        _same(re.compile(pat), got)


def test_regex_cache_keyed_by_interpreter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pat = _pattern()
    with regex_cache.cached_regexes(tmp_path, "t"):
        re.compile(pat)
    monkeypatch.setattr(regex_cache, "_interpreter_key", lambda: "some-other-python")
    assert regex_cache.cache_file(tmp_path, "t") not in set(tmp_path.iterdir())


def _unwritable(tmp_path: Path) -> Path:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache dir's parent should be")
    return blocker / "cache"  # mkdir fails even for root


def test_regex_cache_unwritable_dir(tmp_path: Path) -> None:
    cdir = _unwritable(tmp_path)
    pat = _pattern()
    with regex_cache.cached_regexes(cdir, "t"):
        got = re.compile(pat)
    re.purge()
    _same(got, re.compile(pat))
    assert not cdir.exists()


def test_regex_cache_read_only_dir(tmp_path: Path) -> None:
    cdir = tmp_path / "ro"
    cdir.mkdir()
    cdir.chmod(0o555)
    try:
        pat = _pattern()
        with regex_cache.cached_regexes(cdir, "t"):
            got = re.compile(pat)
        re.purge()
        _same(got, re.compile(pat))
    finally:
        cdir.chmod(0o755)


def test_lemma_cache_keyed_by_lexicon_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(tmp_path))
    small = trimmed_table({"løfte"})
    assert small and set(small.values()) == {"løfte"}
    grown = trimmed_table({"løfte", "sidde"})  # a lexicon that gained a lemma
    assert set(grown.values()) == {"løfte", "sidde"}
    assert len(list(tmp_path.glob("lemmas-*.json"))) == 2
    assert trimmed_table({"løfte"}) == small  # served from its own file, not the grown one


def test_lemma_cache_unwritable_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(_unwritable(tmp_path)))
    assert set(trimmed_table({"løfte"}).values()) == {"løfte"}


def test_engine_with_cache_checks_alike_and_caches_no_letter_text(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from linter.engine.engine import Engine

    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(tmp_path))
    secret = f"Zorbleflint{uuid.uuid4().hex[:8]}"
    lines = [f"Kære {secret} Hansen", "Hun har ondt i lænden og kan ikke løfte.",
             f"Vi forventer, at {secret} er tilbage i arbejde inden 1. marts 2026.",
             "Med venlig hilsen", "Anne Jensen, fysioterapeut, tlf. 22 33 44 55"]
    doc = Document(path="brev.txt", kind="txt",
                   blocks=[Block(text=t, index=i, line=i + 1) for i, t in enumerate(lines)])

    def findings(engine: Engine) -> list[tuple]:
        return [(f.rule, f.start, f.end, f.message) for f in engine.check_document(doc).findings]

    re.purge()  # spaCy's patterns may still be in re's memory from an earlier test: then none reaches the disk
    cold_engine = Engine()
    cold = findings(cold_engine)  # fills the cache
    assert list(tmp_path.glob("regex-*.json")) and list(tmp_path.glob("lemmas-*.json"))
    re.purge()  # the next build must come from the disk cache, not re's memory
    warm_engine = Engine()
    assert findings(warm_engine) == cold
    text = "\n".join([*lines, *SAMPLES])
    assert [t.text for t in warm_engine.pipeline.nlp.make_doc(text)] == \
        [t.text for t in cold_engine.pipeline.nlp.make_doc(text)]
    for f in tmp_path.rglob("*"):
        if f.is_file():
            content = f.read_text(encoding="utf-8", errors="replace")
            assert secret.lower() not in content.lower()
            assert "lænden og kan ikke" not in content


def test_light_spacy_import_leaves_a_working_spacy() -> None:
    import subprocess
    import sys

    code = ("import sys\n"
            "from linter.analysis.spacy_light import import_spacy\n"
            "spacy = import_spacy()\n"
            "import spacy as again\n"
            "assert again is spacy\n"
            "assert 'typer' not in sys.modules and 'spacy.cli' not in sys.modules\n"
            "assert [t.text for t in spacy.blank('da').make_doc('Ryg-smerter, f.eks. 12 kg.')]\n"
            "import spacy.cli\n"
            "assert callable(spacy.cli.download) and callable(spacy.info)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_lemma_scan_equals_full_json_parse() -> None:
    from linter.analysis.lemmas import _full_table, _scan_table

    full = _full_table()
    wanted = {"løfte", "sidde", "arbejde", "smerte", "ryg"} | set(list(full.values())[::5000])
    assert _scan_table(wanted) == {f: lemma for f, lemma in full.items() if lemma in wanted and f != lemma}
