"""The composite GitHub Action: its shape, and its shell steps run for real with bash."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from gate_helpers import LETTER

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS = {s.get("name", s.get("uses")): s for s in ACTION["runs"]["steps"]}


def test_action_is_composite_with_the_documented_inputs():
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "args", "version", "python"} <= set(ACTION["inputs"])
    uses = [s.get("uses", "") for s in ACTION["runs"]["steps"]]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert "pip install" in STEPS["Install brevlint"]["run"]
    assert "--format sarif -o" in STEPS["Run brevlint"]["run"]
    upload = STEPS["Upload SARIF to code scanning"]
    assert upload["if"].startswith("always()") and upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"


def _bash_step(name: str, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-e", "-c", STEPS[name]["run"]], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is part of the CI image")
@pytest.mark.parametrize("letter,expected", [(LETTER, "1"), (None, "2")])
def test_run_step_writes_sarif_and_keeps_the_exit_code(tmp_path, letter, expected):
    (tmp_path / "skabeloner").mkdir()
    if letter:
        (tmp_path / "skabeloner" / "brev.txt").write_text(letter, encoding="utf-8")
    else:
        (tmp_path / "skabeloner" / "gammel.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    out = tmp_path / "github_output"
    paths = " ".join(["skabeloner", *(f"skabeloner/{p.name}" for p in (tmp_path / "skabeloner").glob("*.doc"))])
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "GITHUB_OUTPUT": str(out), "BREVLINT_PATHS": paths, "BREVLINT_ARGS": "--lang en",
           "BREVLINT_SARIF": "brevlint.sarif", "BREVLINT_CACHE_DIR": str(tmp_path / "cache")}
    run = _bash_step("Run brevlint", env, tmp_path)
    assert run.returncode == 0, run.stderr  # the run step never fails the job itself ...
    assert out.read_text().strip() == f"exit-code={expected}"
    log = json.loads((tmp_path / "brevlint.sarif").read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    keep = _bash_step("Keep brevlint's exit code", {**env, "CODE": expected}, tmp_path)
    assert keep.returncode == int(expected)  # ... the last step does, after the upload
