"""Session-wide test setup.

- Every test runs with its own temporary HOME and BREVLINT_CACHE_DIR (set before any test, inherited
  by subprocesses), so the suite never writes into the user's ~/.cache/brevlint or elsewhere in HOME.
- Markers (registered in pyproject.toml): `slow`, `browser` (Chromium + addin/node_modules),
  `libreoffice` (soffice), `server` (a real `brevlint serve` process). A test marked `browser` or
  `libreoffice` skips, with the reason, when its tool is missing; it fails instead only when CI=true
  and `.ci/run` installed that tool (it lists them in BREVLINT_CI_TOOLS), so a missing install in
  CI is never a silent skip.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from linter.engine.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
_SESSION_DIR: Path | None = None


def _isolate_home() -> Path:
    """A temporary HOME and cache for the whole session. pip's user config is kept readable
    (pre-commit's pip must find the same package index), but nothing is written to the real HOME."""
    base = Path(tempfile.mkdtemp(prefix="brevlint-tests-"))
    real_home = Path.home()
    home = base / "home"
    home.mkdir()
    pip_conf = real_home / ".config" / "pip" / "pip.conf"
    if pip_conf.is_file() and "PIP_CONFIG_FILE" not in os.environ:
        os.environ["PIP_CONFIG_FILE"] = str(pip_conf)
    git_conf = real_home / ".gitconfig"
    if git_conf.is_file() and "GIT_CONFIG_GLOBAL" not in os.environ:
        os.environ["GIT_CONFIG_GLOBAL"] = str(git_conf)  # read only: tests never run `git config --global`
    os.environ["HOME"] = str(home)
    for var, sub in (("XDG_CACHE_HOME", ".cache"), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share")):
        os.environ[var] = str(home / sub)
    os.environ["BREVLINT_CACHE_DIR"] = str(base / "brevlint-cache")
    os.environ["PRE_COMMIT_HOME"] = str(base / "pre-commit")
    return base


def pytest_configure(config: pytest.Config) -> None:
    global _SESSION_DIR
    if _SESSION_DIR is None:
        _SESSION_DIR = _isolate_home()


def pytest_unconfigure(config: pytest.Config) -> None:
    if _SESSION_DIR is not None:
        shutil.rmtree(_SESSION_DIR, ignore_errors=True)


# Tests measured at over a second each on the shared 2-core machine (subprocesses, whole corpora,
# hypothesis/fuzz runs); marked `slow` here so the quick loop `pytest -m "not slow"` stays under a
# minute. Whole modules whose every test is slow carry `pytestmark` themselves.
SLOW_TESTS = (
    "tests/test_accuracy.py::test_rules_meet_accuracy_bar",
    "tests/test_privacy.py::test_letter_text_appears_only_as_flagged_words",
    "tests/test_fuzz_docx.py::test_mutated_document_xml",
    "tests/test_gate_runner.py::test_fully_cached_run_does_not_import_spacy",
    "tests/test_gate_runner.py::test_without_fork_each_worker_builds_its_own_pipeline",
    "tests/test_gate_runner.py::test_forked_workers_inherit_the_pipeline_built_once",
    "tests/test_gate_action.py::test_run_step_writes_sarif_and_keeps_the_exit_code",
    "tests/test_emails.py::test_hostile_text_stays_linear",
    "tests/test_bad_inputs.py::test_whole_corpus_through_the_cli_in_one_batch",
    "tests/test_properties.py::test_docx_from_random_paragraphs_round_trips_locations",
    "tests/test_hostile_limits.py::test_very_long_lines_are_linear_when_the_limit_is_raised",
    "tests/test_perf_cache.py::test_lemma_cache_keyed_by_lexicon_content",
    "tests/test_perf_cache.py::test_light_spacy_import_leaves_a_working_spacy",
    "tests/test_perf_cache.py::test_engine_with_cache_checks_alike_and_caches_no_letter_text",
    "tests/test_perf_cache.py::test_lemma_scan_equals_full_json_parse",
    "tests/test_server.py::test_serve_command_options",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.split("[", 1)[0] in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)


def missing_tool(marker: str) -> str | None:
    """Why the tool behind `marker` cannot be used here, or None."""
    if marker == "libreoffice":
        if shutil.which("soffice") is None:
            return "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
    if marker == "browser":
        if shutil.which("node") is None:
            return "Node.js is not installed (apt-get install nodejs npm)"
        if not Path(CHROMIUM).exists():
            return f"{CHROMIUM} is not installed (apt-get install chromium)"
        if not (ROOT / "addin" / "node_modules" / "playwright-core").is_dir():
            return "addin/node_modules is missing (cd addin && npm ci --no-audit --no-fund)"
    return None


def ci_installs(marker: str) -> bool:
    """True when this run is CI (CI=true) and .ci/run installed the tool behind `marker`."""
    if os.environ.get("CI", "").lower() not in ("true", "1"):
        return False
    return marker in os.environ.get("BREVLINT_CI_TOOLS", "").split()


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in ("libreoffice", "browser"):
        if item.get_closest_marker(marker) is None:
            continue
        reason = missing_tool(marker)
        if reason is None:
            continue
        if ci_installs(marker):
            pytest.fail(f"{reason}, but .ci/run was supposed to install it (BREVLINT_CI_TOOLS)", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


@pytest.fixture()
def check_text(engine):
    """Check a text as a .txt letter; returns the FileResult."""
    from linter.readers import read_bytes

    def run(text: str, profile: str | None = None, **kw):
        doc = read_bytes(text.encode("utf-8"), ".txt", "brev.txt")
        return engine.check_document(doc, profile=profile, **kw)

    return run


@pytest.fixture()
def private_cache(tmp_path, monkeypatch):
    """A result/lemma cache of the test's own, so cached results never leak between tests."""
    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture()
def kontakt_fired(check_text):
    """The kontakt.* rules that fire on a text checked as a `generel` letter."""
    from kontakt_rules import KONTAKT

    def run(text: str) -> set[str]:
        res = check_text(text, profile="generel", only=KONTAKT)
        return {f.rule for f in res.findings}

    return run
