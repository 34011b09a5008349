"""The backtracking check remembers accepted patterns on disk (linter/regex_check.py), so a start does
not check the ~400 shipped patterns again; a pattern it has not accepted before is always checked, and
a refused one is refused again, with the same message, in every run."""

from __future__ import annotations

import json

import pytest
from test_hostile_common import GOOD_LETTER, PLACEHOLDER_RULE, cli

import linter.regex_check as rc


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache dir and a checker that remembers nothing yet (as a new process)."""
    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(rc, "_MEMO", {})
    monkeypatch.setattr(rc, "_NEW", set())
    monkeypatch.setattr(rc, "_DISK", {"path": None, "ok": frozenset()})
    return tmp_path / "cache"


def _new_process(monkeypatch) -> None:
    monkeypatch.setattr(rc, "_MEMO", {})
    monkeypatch.setattr(rc, "_DISK", {"path": None, "ok": frozenset()})


def test_an_accepted_pattern_is_not_checked_again_in_the_next_run(fresh, monkeypatch):
    assert rc.regex_problem(r"\b(?:evt|ca)\.\s+\d+") is None
    rc.save_verdicts()
    stored = json.loads(rc.verdict_file().read_text(encoding="utf-8"))
    assert stored["version"] == rc._version() and len(stored["ok"]) == 1
    assert r"evt" not in rc.verdict_file().read_text(encoding="utf-8")  # digests, not the pattern
    _new_process(monkeypatch)
    judged: list[str] = []
    real = rc._judge
    monkeypatch.setattr(rc, "_judge", lambda p, f: judged.append(p) or real(p, f))
    assert rc.regex_problem(r"\b(?:evt|ca)\.\s+\d+") is None
    assert judged == []
    assert rc.regex_problem(r"(a+)+$") is not None  # never seen: checked, and refused
    assert judged == [r"(a+)+$"]


def test_a_refused_pattern_is_never_stored_and_refused_the_same_way_again(fresh, monkeypatch):
    first = rc.regex_problem(r"(\w+\s?)+!")
    assert first is not None and "backtrack" in first[1]
    rc.save_verdicts()
    assert not rc.verdict_file().exists()  # nothing accepted: nothing written
    _new_process(monkeypatch)
    assert rc.regex_problem(r"(\w+\s?)+!") == first


def test_flags_are_part_of_the_verdict(fresh):
    assert rc._digest("a", 0) != rc._digest("a", 2)


def test_another_checker_version_reads_nothing_of_this_file(fresh, monkeypatch):
    rc.regex_problem(r"\d{2}-\d{2}")
    rc.save_verdicts()
    _new_process(monkeypatch)
    monkeypatch.setattr(rc, "_VERSION", "0" * 16)  # as if regex_check.py or Python changed
    assert rc._verified() == frozenset()


def test_a_corrupt_or_unwritable_cache_only_means_checking_again(fresh, monkeypatch):
    fresh.mkdir()
    rc.verdict_file().write_text("{not json", encoding="utf-8")
    assert rc._verified() == frozenset()
    assert rc.regex_problem(r"x+y") is None
    fresh.chmod(0o500)
    try:
        rc.save_verdicts()  # no exception, no temp file left behind
        assert [p.name for p in fresh.iterdir()] == [rc.verdict_file().name]
    finally:
        fresh.chmod(0o700)


def test_a_bad_user_regex_exits_2_with_the_same_message_on_every_run(tmp_path):
    """The hostile case end to end: with the shipped patterns' verdicts on disk (from a clean run),
    the user's pattern is still checked and refused, with the same message, run after run."""
    env = {"BREVLINT_CACHE_DIR": str(tmp_path / "cache")}
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "brev.txt").write_text(GOOD_LETTER, encoding="utf-8")
    assert cli("check", "--no-cache", "brev.txt", cwd=tmp_path / "ok", env=env).returncode in (0, 1)
    assert list((tmp_path / "cache").glob("regexcheck-*.json"))  # the shipped patterns, accepted
    bad = tmp_path / "bad"
    (bad / "regler").mkdir(parents=True)
    (bad / "regler" / "egen.yaml").write_text(PLACEHOLDER_RULE.format(pattern=r"'(a|a)*b'"), encoding="utf-8")
    (bad / "brevlint.yaml").write_text("rule_folders: [regler]\n", encoding="utf-8")
    (bad / "brev.txt").write_text(GOOD_LETTER, encoding="utf-8")
    runs = [cli("check", "--no-cache", "brev.txt", cwd=bad, env=env) for _ in range(2)]
    assert [r.returncode for r in runs] == [2, 2]
    assert runs[0].stderr == runs[1].stderr and "backtracking" in runs[0].stderr
    assert "params.patterns[0]" in runs[0].stderr
