"""Small units of the gate: fingerprints, the progress bar, relative paths."""

from __future__ import annotations

from linter.fingerprint import add_fingerprints, normalise
from linter.model import Block, Document, FileResult, Finding, Severity
from linter.reporters.paths import artifact_location, relative_posix
from linter.runner import Progress


def _doc(*paras: str) -> Document:
    return Document(path="a.txt", kind="txt",
                    blocks=[Block(text=p, index=i + 1, line=2 * i + 1) for i, p in enumerate(paras)])


def _finding(rule: str, line: int, column: int, text: str) -> Finding:
    return Finding(rule=rule, severity=Severity.WARNING, message="m", start=0, end=len(text),
                   line=line, column=column, text=text)


def test_identical_findings_get_distinct_fingerprints_and_moves_keep_them():
    para = "Han har en diskusprolaps og en diskusprolaps mere."
    r1 = FileResult(path="a.txt", findings=[_finding("sprog.jargon", 1, 12, "diskusprolaps"),
                                            _finding("sprog.jargon", 1, 32, "diskusprolaps")])
    add_fingerprints(r1, _doc(para, "Anden linje."))
    a, b = (f.fingerprint for f in r1.findings)
    assert a and b and a != b
    # the same paragraph two lines further down, with different spacing and case
    r2 = FileResult(path="b.txt", findings=[_finding("sprog.jargon", 5, 12, "Diskusprolaps"),
                                            _finding("sprog.jargon", 5, 32, "diskusprolaps")])
    moved = "  Han har en  diskusprolaps og en diskusprolaps mere."
    add_fingerprints(r2, _doc("Ny første linje.", "Anden linje.", moved))
    assert [f.fingerprint for f in r2.findings] == [a, b]
    # a different rule on the same words is a different finding
    r3 = FileResult(path="a.txt", findings=[_finding("sprog.forkortelse", 1, 12, "diskusprolaps")])
    add_fingerprints(r3, _doc(para))
    assert r3.findings[0].fingerprint != a


def test_document_level_findings_have_stable_fingerprints():
    f1 = Finding(rule="kontakt.telefon", severity=Severity.ERROR, message="m")
    f2 = Finding(rule="kontakt.telefon", severity=Severity.ERROR, message="m")
    r1, r2 = FileResult(path="a", findings=[f1]), FileResult(path="b", findings=[f2])
    add_fingerprints(r1, _doc("x"))
    add_fingerprints(r2, _doc("y", "z"))
    assert f1.fingerprint == f2.fingerprint


def test_normalise():
    assert normalise("  Såfremt\u00a0DET\n") == "såfremt det"


def test_progress_bar_only_when_enabled(capsys):
    p = Progress(3, enabled=True, delay=0)
    for _ in range(3):
        p.step()
    p.close()
    err = capsys.readouterr().err
    assert "3/3" in err and "[" + "#" * 30 + "]" in err
    q = Progress(3, enabled=False, delay=0)
    q.step()
    q.close()
    assert capsys.readouterr().err == ""


def test_relative_paths_and_outside_root(tmp_path):
    (tmp_path / "a b").mkdir()
    f = tmp_path / "a b" / "brev æ.txt"
    f.write_text("x")
    assert relative_posix(str(f), tmp_path) == "a b/brev æ.txt"
    assert artifact_location(str(f), tmp_path) == {"uri": "a%20b/brev%20%C3%A6.txt", "uriBaseId": "%SRCROOT%"}
    outside = artifact_location(str(f), tmp_path / "a b" / "andet")
    assert outside["uri"].startswith("file:///") and "uriBaseId" not in outside


def test_code_hash_is_remembered_under_the_files_stat_signature(tmp_path, monkeypatch):
    from linter import cache

    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setattr(cache, "_CODE_HASH", None)
    first = cache.code_hash()
    memos = list((tmp_path / "c").glob("code-v*/*"))
    assert len(memos) == 1 and memos[0].read_text(encoding="ascii") == first
    memos[0].write_text("f" * 64, encoding="ascii")  # a remembered hash is used as it is ...
    monkeypatch.setattr(cache, "_CODE_HASH", None)
    assert cache.code_hash() == "f" * 64
    monkeypatch.setattr(cache, "_stat_signature", lambda: "0" * 64)  # ... until a file changes
    monkeypatch.setattr(cache, "_CODE_HASH", None)
    assert cache.code_hash() == first


def test_code_hash_with_a_read_only_cache_dir(tmp_path, monkeypatch):
    from linter import cache

    ro = tmp_path / "ro"
    ro.mkdir()
    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(ro / "missing" / "deeper"))
    monkeypatch.setattr(cache.Path, "mkdir", lambda *a, **k: (_ for _ in ()).throw(PermissionError()))
    monkeypatch.setattr(cache, "_CODE_HASH", None)
    assert len(cache.code_hash()) == 64
