"""Batch runs: --jobs, the result cache (no text, invalidated by content/options), order, bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from gate_helpers import LETTER, run_cli

from linter.runner import Runner, RunOptions, run_batch


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(d))
    return d


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "breve"
    d.mkdir()
    for i in range(4):
        (d / f"brev{i}.txt").write_text(LETTER.replace("Ole", f"Navn{i}"), encoding="utf-8")
    (d / "ødelagt.docx").write_bytes(b"PK\x03\x04 not a zip")
    return d


def _files(folder: Path):
    from linter.files import expand_paths

    return expand_paths([str(folder)], [], [])


def _summary(results):
    return [(Path(r.path).name, r.error["code"] if r.error else None,
             [(f.rule, f.line, f.column, f.text, f.fingerprint) for f in r.findings]) for r in results]


def test_parallel_results_equal_serial_in_input_order(folder, cache_dir):
    files = _files(folder)
    serial = run_batch(Runner(RunOptions()), files, jobs=1)
    parallel = run_batch(Runner(RunOptions()), files, jobs=2)
    assert [Path(p).name for p, _ in files] == [Path(r.path).name for r in parallel]
    assert _summary(serial) == _summary(parallel)
    assert any(r.error for r in parallel) and sum(1 for r in parallel if r.findings) == 4


def _count_pipeline_builds(monkeypatch, log: Path) -> None:
    """Every process that builds the spaCy pipeline appends its pid to `log`."""
    import linter.analysis.pipeline as pipeline_module
    import linter.runner as runner_module

    real = pipeline_module.build_pipeline

    def counting(*args, **kwargs):
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()}\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline_module, "build_pipeline", counting)
    monkeypatch.setattr(runner_module, "_ENGINES", {})  # no engine left over from other tests


@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_forked_workers_inherit_the_pipeline_built_once(folder, cache_dir, tmp_path, monkeypatch):
    log = tmp_path / "builds.log"
    _count_pipeline_builds(monkeypatch, log)
    files = _files(folder)
    parallel = run_batch(Runner(RunOptions()), files, jobs=2)
    assert log.read_text(encoding="utf-8").split() == [str(os.getpid())]  # here, before the fork; never again
    assert _summary(parallel) == _summary(run_batch(Runner(RunOptions()), files, jobs=1))


def test_without_fork_each_worker_builds_its_own_pipeline(folder, cache_dir, tmp_path, monkeypatch):
    import linter.runner as runner_module

    log = tmp_path / "builds.log"
    _count_pipeline_builds(monkeypatch, log)
    monkeypatch.setattr(runner_module, "_fork_context", lambda: None)
    files = _files(folder)
    parallel = run_batch(Runner(RunOptions()), files, jobs=2)
    builders = log.read_text(encoding="utf-8").split()
    assert str(os.getpid()) not in builders and 1 <= len(builders) <= 2
    assert _summary(parallel) == _summary(run_batch(Runner(RunOptions()), files, jobs=1))


def _dying_work(chunk):
    """Stands in for linter.runner._work (module level: the pool pickles it by name)."""
    import linter.runner as runner_module

    if any("brev2" in path for _, (path, _problem) in chunk):
        os._exit(1)  # as if killed by the kernel for lack of memory
    return runner_module._real_work(chunk)


def test_a_worker_that_dies_does_not_lose_files(folder, cache_dir, monkeypatch):
    import linter.runner as runner_module

    monkeypatch.setattr(runner_module, "_real_work", runner_module._work, raising=False)
    monkeypatch.setattr(runner_module, "_work", _dying_work)  # forked workers see the patched module
    files = _files(folder)
    parallel = run_batch(Runner(RunOptions()), files, jobs=2)
    assert _summary(parallel) == _summary(run_batch(Runner(RunOptions()), files, jobs=1))


def test_cache_hits_match_fresh_results_and_hold_no_letter_text(folder, cache_dir):
    from linter.cache import ResultCache

    files = _files(folder)
    first = run_batch(Runner(RunOptions()), files, jobs=1, cache=ResultCache())
    cache = ResultCache()
    second = run_batch(Runner(RunOptions()), files, jobs=1, cache=cache)
    assert cache.hits == 4 and not any(r.cached for r in first)
    assert [r.cached for r in second] == [True] * 4 + [False]  # the unreadable file is never cached
    assert _summary(first) == _summary(second)
    entries = list(cache_dir.rglob("*.json"))
    assert len(entries) == 4
    for e in entries:
        raw = e.read_text(encoding="utf-8")
        for text in ("lagermedarbejder", "Sofie Berg", "bordhøjde", "Navn"):
            assert text not in raw
        assert oct(e.stat().st_mode & 0o777) == "0o600"


def test_cache_key_changes_with_content_and_options(folder, cache_dir):
    from linter.cache import ResultCache

    files = [(p, pr) for p, pr in _files(folder) if p.endswith("brev0.txt")]
    run_batch(Runner(RunOptions()), files, cache=ResultCache())
    for opts in (RunOptions(lang="en"), RunOptions(disabled={"sprog.jargon"}), RunOptions(template=True),
                 RunOptions(profile="generel")):
        c = ResultCache()
        [r] = run_batch(Runner(opts), files, cache=c)
        assert c.hits == 0 and not r.cached
    path = Path(files[0][0])
    path.write_text(path.read_text(encoding="utf-8") + "\nEkstra linje.\n", encoding="utf-8")
    c = ResultCache()
    run_batch(Runner(RunOptions()), files, cache=c)
    assert c.hits == 0


def test_cli_cache_and_no_cache(folder, cache_dir):
    r1 = run_cli("check", str(folder), "--format", "json", "--no-progress")
    r2 = run_cli("check", str(folder), "--format", "json", "--no-progress")
    assert r1.exit_code == r2.exit_code == 2
    assert json.loads(r1.output) == json.loads(r2.output)
    assert "fra cachen" in run_cli("check", str(folder), "--no-progress").output
    assert "fra cachen" not in run_cli("check", str(folder), "--no-progress", "--no-cache").output


def test_jobs_must_be_a_number(folder):
    r = run_cli("check", str(folder), "--jobs", "mange")
    assert r.exit_code == 2 and "--jobs" in r.output


def test_fully_cached_run_does_not_import_spacy(folder, cache_dir):
    env = {**os.environ, "BREVLINT_CACHE_DIR": str(cache_dir)}
    letter = str(folder / "brev0.txt")
    script = ("import sys\nfrom linter.cli import main\n"
              f"try:\n    main(['check', {letter!r}, '--no-progress'])\nexcept SystemExit:\n    pass\n"
              "print('SPACY', 'spacy' in sys.modules)\n")
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert "SPACY True" in first.stdout, first.stderr
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert "SPACY False" in second.stdout, second.stderr
    assert "fra cachen" in second.stdout


def test_summary_counts_by_rule(folder, cache_dir):
    r = run_cli("check", str(folder), "--no-progress", "--lang", "en")
    assert "by rule: " in r.output and "sprog.jargon 4" in r.output
    assert "4 files checked" in r.output and "1 file could not be read" in r.output
