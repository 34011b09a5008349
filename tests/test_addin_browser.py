"""The Word task pane in headless Chromium (playwright-core, Debian chromium) against a
fake Office/Word object and a real `brevlint serve` on loopback: tests/addin/run.mjs.

Marked `browser`: skips when Chromium, Node.js or addin/node_modules is missing; fails instead
when CI=true and .ci/run installed them (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from server_process import running_server

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _pane_path_from_manifest() -> str:
    """The pane as Word installs it: the path of the manifest's SourceLocation (the manifest must parse)."""
    import xml.etree.ElementTree as ET

    ns = "{http://schemas.microsoft.com/office/appforoffice/1.1}"
    root = ET.parse(ROOT / "addin" / "manifest.xml").getroot()
    url = root.find(f"{ns}DefaultSettings/{ns}SourceLocation").get("DefaultValue")
    return "/" + url.split("/", 3)[3]


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.server
def test_taskpane_in_headless_chromium(tmp_path):
    artifacts = Path(os.environ.get("BREVLINT_TEST_ARTIFACTS") or tmp_path / "artifacts")  # screenshots on failure
    pane = _pane_path_from_manifest()
    with running_server(tmp_path) as (base, *_):
        proc = subprocess.run(["node", str(ROOT / "tests" / "addin" / "run.mjs")], capture_output=True, text=True,
                              timeout=180, env={**os.environ, "BREVLINT_URL": base, "CHROMIUM": CHROMIUM,
                                                "ARTIFACTS": str(artifacts), "BREVLINT_PANE": pane})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "addin browser test: ok" in proc.stdout
    assert (artifacts / "addin-taskpane.png").stat().st_size > 1000
