"""The shipped pre-commit hook, run with `pre-commit try-repo` on a temporary repository of letters.

pre-commit installs brevlint from a fresh git repository made of this project's source (so it
works on a clean CI clone without a remote) into its own virtualenv; pip needs PyPI only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from gate_helpers import LETTER, git

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "linter", "rules", "lexicons", "addin/web"]

pytestmark = [pytest.mark.skipif(shutil.which("git") is None, reason="git is installed by .ci/run"), pytest.mark.slow]


def _pre_commit() -> list[str]:
    exe = Path(sys.executable).with_name("pre-commit")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """This project's source, committed into a fresh git repository."""
    dest = tmp_path_factory.mktemp("hook") / "brevlint"
    dest.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "_data")
    for name in SOURCE:
        src = ROOT / name
        if src.is_dir():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(src, dest / name, ignore=ignore)
        else:
            shutil.copy2(src, dest / name)
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-qm", "hook source")
    return dest


def test_hook_definition_matches_the_brief():
    import yaml

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "brevlint" and hook["entry"] == "brevlint check" and hook["language"] == "python"
    import re

    pattern = re.compile(hook["files"])
    assert all(pattern.search(f"a/b.{ext}") for ext in ("docx", "dotx", "docm", "dotm", "txt", "md"))
    assert not pattern.search("a/b.doc") and not pattern.search("a/b.pdf")


def test_pre_commit_try_repo_flags_a_bad_letter_and_passes_a_good_one(hook_repo, tmp_path):
    work = tmp_path / "skabelon-repo"
    (work / "skabeloner").mkdir(parents=True)
    (work / "skabeloner" / "brev.txt").write_text(LETTER, encoding="utf-8")
    (work / "README.rst").write_text("not a letter\n", encoding="utf-8")
    git(work, "init", "-q")
    git(work, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "BREVLINT_CACHE_DIR": str(tmp_path / "cache"), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("VIRTUAL_ENV", None)
    # Speed: let pip in pre-commit's fresh virtualenv see the dependencies this test run already has
    # (spaCy & co.), so it only builds and installs brevlint itself from the hook repository.
    site = [p for p in sys.path if p.endswith("site-packages")]
    env["PYTHONPATH"] = os.pathsep.join(site)
    cmd = [*_pre_commit(), "try-repo", str(hook_repo), "brevlint", "--all-files", "--color", "never"]
    bad = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=900)
    out = bad.stdout + bad.stderr
    assert bad.returncode == 1, out
    assert "skabeloner/brev.txt" in out and "kontakt.telefon" in out
    assert "README.rst" not in out.split("hook id: brevlint", 1)[-1]
    # the same hook passes once the letter is fixed (config found in the repository: fail on errors only)
    (work / "brevlint.yaml").write_text("fail_level: error\n", encoding="utf-8")
    fixed = LETTER.replace("marie.jensen@lindeby.dk", "Direkte tlf. 40 27 15 93\nmarie.jensen@lindeby.dk")
    fixed = fixed.replace("Han har en diskusprolaps og kan", "Han har ondt i ryggen og kan")
    (work / "skabeloner" / "brev.txt").write_text(fixed, encoding="utf-8")
    git(work, "add", "-A")
    good = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=900)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    # pre-commit installed brevlint from the hook repository into an environment of its own
    assert "Installing environment for" in out
