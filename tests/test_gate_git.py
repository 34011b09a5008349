"""--changed-since against a real git repository."""

from __future__ import annotations

import shutil

import pytest
from gate_helpers import LETTER, git, run_cli

pytestmark = [pytest.mark.skipif(shutil.which("git") is None, reason="git is installed by .ci/run"),
              pytest.mark.usefixtures("private_cache")]


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "skabeloner").mkdir(parents=True)
    for name in ("uændret.txt", "ændret.txt", "slettet.txt"):
        (root / "skabeloner" / name).write_text(LETTER, encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-qm", "start")
    (root / "skabeloner" / "ændret.txt").write_text(LETTER + "\nNy linje.\n", encoding="utf-8")
    (root / "skabeloner" / "slettet.txt").unlink()
    (root / "skabeloner" / "ny.md").write_text(LETTER, encoding="utf-8")
    (root / "skabeloner" / "noter.csv").write_text("a,b\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def _checked(output: str) -> set[str]:
    return {line.split(":", 1)[0].rsplit("/", 1)[-1] for line in output.splitlines()
            if ".txt:" in line or ".md:" in line}


def test_only_changed_and_untracked_supported_files(repo):
    r = run_cli("check", "skabeloner", "--changed-since", "HEAD", "--no-progress")
    assert _checked(r.output) == {"ændret.txt", "ny.md"}
    assert "2 filer tjekket" in r.output


def test_paths_default_to_the_working_directory(repo):
    r = run_cli("check", "--changed-since", "HEAD", "--no-progress")
    assert _checked(r.output) == {"ændret.txt", "ny.md"}


def test_nothing_changed_checks_nothing(repo):
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "mere")
    r = run_cli("check", "skabeloner", "--changed-since", "HEAD", "--no-progress")
    assert r.exit_code == 0 and "0 filer tjekket" in r.output


def test_unknown_ref_and_not_a_repo_are_clear_errors(repo, tmp_path):
    r = run_cli("check", "skabeloner", "--changed-since", "findes-ikke")
    assert r.exit_code == 2 and "ukendt git-reference 'findes-ikke'" in r.output
    outside = tmp_path / "uden-git"
    outside.mkdir()
    (outside / "brev.txt").write_text(LETTER, encoding="utf-8")
    r = run_cli("check", str(outside), "--changed-since", "HEAD", "--lang", "en")
    assert r.exit_code == 2 and "is not inside a git repository" in r.output
