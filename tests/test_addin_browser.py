"""The Word and Outlook panes in headless Chromium (playwright-core, Debian chromium) against fake
Office objects and a real `brevlint serve` on loopback (tests/addin/run.mjs), and both add-in
manifests parsed by Microsoft's office-addin-manifest (tests/addin/manifests.mjs) and checked
against the add-in files the server serves.

Marked `browser`: skips when Chromium, Node.js or addin/node_modules is missing; fails instead
when CI=true and .ci/run installed them (tests/conftest.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

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


@pytest.mark.browser
def test_manifests_parse_with_office_addin_manifest():
    proc = subprocess.run(["node", str(ROOT / "tests" / "addin" / "manifests.mjs")], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    info = json.loads(proc.stdout)
    assert info["manifest.xml"]["hosts"] == ["Document"]
    assert info["outlook-manifest.xml"]["hosts"] == ["Mailbox"]
    assert all(v["defaultLocale"] == "da-DK" and v["displayName"] == "brevlint" for v in info.values())


def installed_panes() -> dict[str, str]:
    """The pages Office opens, as the manifests name them (their paths on the server): the
    Word pane, the Outlook pane and the Outlook on-send page. Each manifest is validated first."""
    for name in MANIFESTS:
        test_manifest_is_well_formed_and_in_schema_order(name)
    word = etree.parse(str(ROOT / "addin" / "manifest.xml")).getroot()
    outlook = etree.parse(str(ROOT / "addin" / "outlook-manifest.xml")).getroot()
    urls = {"word": word.find("o:DefaultSettings/o:SourceLocation", NS).get("DefaultValue"),
            "outlook": outlook.find(".//bt:Url[@id='Pane.Url']", NS).get("DefaultValue"),
            "launch": outlook.find(".//bt:Url[@id='Launch.Url']", NS).get("DefaultValue")}
    paths = {}
    for key, url in urls.items():
        parts = urlsplit(url)
        assert parts.scheme == "https" and not parts.query, url  # Office loads panes over HTTPS only
        paths[key] = parts.path
    return paths


def test_manifest_pages_are_served(tmp_path):
    """Every page and icon a manifest names answers 200 from `brevlint serve` (with the add-in's headers)."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from linter.server import ServerSettings, create_app

    urls = set()
    for name in MANIFESTS:
        app = etree.parse(str(ROOT / "addin" / name)).getroot()
        urls |= {e.get("DefaultValue") for e in app.iter() if (e.get("DefaultValue") or "").startswith("https://")}
    with TestClient(create_app(ServerSettings())) as client:
        for path in {urlsplit(u).path for u in urls} | set(installed_panes().values()):
            resp = client.get(path)
            assert resp.status_code == 200, path
            assert resp.headers["x-content-type-options"] == "nosniff"
            assert "content-security-policy" in resp.headers


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.server
def test_panes_in_headless_chromium(tmp_path):
    """The panes as Office installs them: the pages the validated manifests name."""
    artifacts = Path(os.environ.get("BREVLINT_TEST_ARTIFACTS") or tmp_path / "artifacts")
    panes = installed_panes()
    with running_server(tmp_path) as (base, *_):
        proc = subprocess.run(["node", str(ROOT / "tests" / "addin" / "run.mjs")], capture_output=True, text=True,
                              timeout=300, env={**os.environ, "BREVLINT_URL": base, "CHROMIUM": CHROMIUM,
                                                "SCREENSHOTS": str(artifacts), "BREVLINT_PANES": json.dumps(panes)})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "addin browser test: ok" in proc.stdout
    for shot in ("pane-word-380", "pane-word-320", "pane-outlook-380", "pane-outlook-320"):
        assert (artifacts / f"{shot}.png").stat().st_size > 1000
