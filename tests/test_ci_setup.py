"""The test setup itself: README's test block is what .ci/run runs, markers are registered, a
missing tool skips (or fails in CI when .ci/run installs it), and the suite never writes into HOME."""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from pathlib import Path

import conftest
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _readme_test_block() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("Run the test suite"):]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    return block.strip().splitlines()


def _ci_block() -> list[str]:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = text.split("# README: test block begin\n", 1)[1].split("# README: test block end", 1)[0]
    return block.strip().splitlines()


def test_ci_runs_the_readme_test_block_line_for_line():
    readme = [line.replace("sudo ", "") for line in _readme_test_block()]
    assert readme == _ci_block()
    assert any("libreoffice-writer-nogui chromium git" in line for line in readme)
    assert "(cd addin && npm ci --no-audit --no-fund)" in readme
    assert readme[-1].startswith("python3 -m venv .venv && . .venv/bin/activate")


def test_readme_install_line_creates_and_activates_a_venv():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Install and run"):readme.index("Run the test suite")]
    install = re.search(r"```bash\n(.*?)```", section, re.S).group(1).strip()
    assert install.startswith("python3 -m venv .venv && . .venv/bin/activate && python -m pip install . && ")
    assert "pipx install ." in section


def test_ci_tools_are_registered_markers():
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tools = re.search(r'BREVLINT_CI_TOOLS="([^"]*)"', text).group(1).split()
    markers = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["markers"]
    names = {m.split(":")[0] for m in markers}
    assert {"slow", "browser", "libreoffice", "server"} <= names
    assert set(tools) == {"libreoffice", "browser"}


class _Item:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def get_closest_marker(self, name: str):
        return object() if name == self.marker else None


@pytest.mark.parametrize(("ci", "tools", "outcome"), [
    ("", "", pytest.skip.Exception),                            # a developer's machine
    ("true", "", pytest.skip.Exception),                        # CI that did not run .ci/run
    ("true", "browser", pytest.skip.Exception),                 # .ci/run installs another tool
    ("true", "libreoffice browser", pytest.fail.Exception),     # .ci/run should have installed it
    ("", "libreoffice browser", pytest.skip.Exception),         # not CI
])
def test_missing_tool_skips_unless_ci_installs_it(monkeypatch, ci, tools, outcome):
    monkeypatch.setattr(conftest.shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", ci)
    monkeypatch.setenv("BREVLINT_CI_TOOLS", tools)
    with pytest.raises(outcome) as info:
        conftest.pytest_runtest_setup(_Item("libreoffice"))
    assert "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)" in str(info.value)


def test_present_tool_neither_skips_nor_fails(monkeypatch):
    monkeypatch.setattr(conftest.shutil, "which", lambda name: f"/usr/bin/{name}")
    conftest.pytest_runtest_setup(_Item("libreoffice"))


def test_the_session_writes_only_into_a_temporary_home_and_cache():
    tmp = Path(tempfile.gettempdir()).resolve()
    home = Path(os.environ["HOME"]).resolve()
    cache = Path(os.environ["BREVLINT_CACHE_DIR"]).resolve()
    assert home.is_relative_to(tmp) and cache.is_relative_to(tmp)
    assert home.parent == cache.parent  # one session folder, removed when pytest ends
    from linter.analysis.lemmas import cache_dir as lemma_dir
    from linter.cache import cache_root

    assert cache_root().resolve().is_relative_to(cache)
    assert lemma_dir().resolve().is_relative_to(cache)
    assert Path.home().resolve() == home


@pytest.mark.parametrize("nodeid", conftest.SLOW_TESTS)
def test_every_test_marked_slow_by_name_exists(nodeid):
    path, name = nodeid.split("::")
    assert f"def {name}(" in (ROOT / path).read_text(encoding="utf-8")
