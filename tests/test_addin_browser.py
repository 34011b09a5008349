"""The Word task pane in headless Chromium (playwright-core, Debian chromium) against a
fake Office/Word object and a real `brevlint serve` on loopback: tests/addin/run.mjs.

Skips only outside CI when chromium or addin/node_modules is missing; .ci/run installs
both (apt chromium, npm ci), and with CI=true a missing tool fails the test."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from server_process import running_server

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    if not (ROOT / "addin" / "node_modules" / "playwright-core").is_dir():
        return "addin/node_modules is missing (cd addin && npm ci)"
    return None


def _pane_path_from_manifest() -> str:
    """The pane as Word installs it: the path of the manifest's SourceLocation (the manifest must parse)."""
    import xml.etree.ElementTree as ET

    ns = "{http://schemas.microsoft.com/office/appforoffice/1.1}"
    root = ET.parse(ROOT / "addin" / "manifest.xml").getroot()
    url = root.find(f"{ns}DefaultSettings/{ns}SourceLocation").get("DefaultValue")
    return "/" + url.split("/", 3)[3]


def test_taskpane_in_headless_chromium(tmp_path):
    missing = _missing()
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser test cannot run in CI: {missing}")
        pytest.skip(missing)
    artifacts = ROOT / "tests" / "artifacts"
    pane = _pane_path_from_manifest()
    with running_server(tmp_path) as (base, *_):
        proc = subprocess.run(["node", str(ROOT / "tests" / "addin" / "run.mjs")], capture_output=True, text=True,
                              timeout=180, env={**os.environ, "BREVLINT_URL": base, "CHROMIUM": CHROMIUM,
                                                "ARTIFACTS": str(artifacts), "BREVLINT_PANE": pane})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "addin browser test: ok" in proc.stdout
    assert (artifacts / "addin-taskpane.png").stat().st_size > 1000
