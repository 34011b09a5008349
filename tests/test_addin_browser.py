"""The Word and Outlook panes in headless Chromium (playwright-core, Debian chromium) against fake
Office objects and a real `brevlint serve` on loopback (tests/addin/run.mjs), and both add-in
manifests parsed by Microsoft's office-addin-manifest (tests/addin/manifests.mjs) and checked
against the add-in files the server serves.

Skips only outside CI when chromium or addin/node_modules is missing; .ci/run installs
both (apt chromium, npm ci), and with CI=true a missing tool fails the test."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from server_process import running_server

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
MANIFESTS = {"manifest.xml": "TaskPaneApp", "outlook-manifest.xml": "MailApp"}
NS = {"o": "http://schemas.microsoft.com/office/appforoffice/1.1",
      "xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0"}
# The order of OfficeApp's children that the schema requires (elements we use).
SCHEMA_ORDER = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
                "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings",
                "DefaultSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides"]


def _missing(browser: bool = True) -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if browser and not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    if not (ROOT / "addin" / "node_modules" / "playwright-core").is_dir():
        return "addin/node_modules is missing (cd addin && npm ci)"
    return None


def _need(browser: bool = True) -> None:
    missing = _missing(browser)
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"cannot run in CI: {missing}")
        pytest.skip(missing)


@pytest.mark.parametrize("name", sorted(MANIFESTS))
def test_manifest_is_well_formed_and_in_schema_order(name):
    tree = etree.parse(str(ROOT / "addin" / name))
    app = tree.getroot()
    assert app.tag == f"{{{NS['o']}}}OfficeApp"
    assert app.get(f"{{{NS['xsi']}}}type") == MANIFESTS[name]
    children = [etree.QName(c).localname for c in app if isinstance(c.tag, str)]
    known = [c for c in children if c in SCHEMA_ORDER]
    assert known == sorted(known, key=SCHEMA_ORDER.index), children
    assert re.fullmatch(r"[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}", app.findtext("o:Id", namespaces=NS))
    # every resid used is defined, and every add-in URL names a file the server serves
    ids = {e.get("id") for e in app.iter() if e.get("id")}
    for e in app.iter():
        if e.get("resid"):
            assert e.get("resid") in ids, e.get("resid")
    urls = {e.get("DefaultValue") for e in app.iter() if (e.get("DefaultValue") or "").startswith("https://")}
    assert urls
    for url in urls:
        file = url.split("/addin/", 1)[1]
        assert (ROOT / "addin" / "web" / file).is_file(), url


def test_outlook_manifest_checks_before_sending():
    app = etree.parse(str(ROOT / "addin" / "outlook-manifest.xml")).getroot()
    events = [e for e in app.iter() if etree.QName(e).localname == "LaunchEvent"]
    assert [(e.get("Type"), e.get("SendMode")) for e in events] == [("OnMessageSend", "SoftBlock")]
    handler = events[0].get("FunctionName")
    assert f'associate("{handler}"' in (ROOT / "addin" / "web" / "launchevent.js").read_text()
    rules = [e for e in app.iter() if etree.QName(e).localname == "Rule" and e.get("ItemType")]
    assert [(r.get("ItemType"), r.get("FormType")) for r in rules] == [("Message", "Edit")]


def test_manifests_parse_with_office_addin_manifest():
    _need(browser=False)
    proc = subprocess.run(["node", str(ROOT / "tests" / "addin" / "manifests.mjs")], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    info = json.loads(proc.stdout)
    assert info["manifest.xml"]["hosts"] == ["Document"]
    assert info["outlook-manifest.xml"]["hosts"] == ["Mailbox"]
    assert all(v["defaultLocale"] == "da-DK" and v["displayName"] == "brevlint" for v in info.values())


def test_panes_in_headless_chromium(tmp_path):
    _need()
    artifacts = ROOT / "tests" / "artifacts"
    with running_server(tmp_path) as (base, *_):
        proc = subprocess.run(["node", str(ROOT / "tests" / "addin" / "run.mjs")], capture_output=True, text=True,
                              timeout=300, env={**os.environ, "BREVLINT_URL": base, "CHROMIUM": CHROMIUM,
                                                "SCREENSHOTS": str(artifacts)})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "addin browser test: ok" in proc.stdout
    for shot in ("pane-word-380", "pane-word-320", "pane-outlook-380", "pane-outlook-320"):
        assert (artifacts / f"{shot}.png").stat().st_size > 1000
