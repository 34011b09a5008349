"""The audit report in headless Chromium with no network: charts drawn, numbers equal to a DuckDB query
over the Parquet, small groups suppressed. Skips outside CI only when chromium is missing."""

from __future__ import annotations

import html
import os
import re
import subprocess
from pathlib import Path

import duckdb
import pytest
from audit_helpers import cli, make_archive

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
pytestmark = pytest.mark.usefixtures("private_cache")


def _chromium(*args: str) -> subprocess.CompletedProcess:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} is not installed (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    # every host name fails to resolve: the report must draw without the network
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=8000", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREVLINT_CACHE_DIR", str(tmp / "cache"))
        yield _audit(tmp)


def _audit(tmp: Path) -> Path:
    archive = make_archive(tmp / "arkiv", n=26, bad=False)
    files = sorted(archive.iterdir())
    lines = ["id,path,sender,team,date"]
    for i, p in enumerate(files):
        team = "Lille" if i < 3 else f"Ryg {i % 2}"  # a team of three: suppressed everywhere
        lines.append(f"{i},{p},Sundhedscenter,{team},2025-{1 + i % 3:02d}-10")
    (tmp / "m.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp / "out"
    res = cli("audit", "run", "--manifest", str(tmp / "m.csv"), "--out", str(out), "--workers", "1")
    assert res.exit_code == 0, res.output
    return out


def test_report_draws_offline_and_matches_duckdb(audited):
    report = audited / "report.html"
    source = report.read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?https?:""", source)  # nothing fetched
    dom = _chromium("--dump-dom", report.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    svg = "".join(re.findall(r"<svg.*?</svg>", dom.stdout, flags=re.S))
    for title in ("Andel breve der overholder reglen", "Udvikling pr. måned", "Afsender/team × regel",
                  "LIX-fordeling (brødtekst)", "De fem dårligst overholdte regler pr. team"):
        assert html.escape(title) in svg or title in svg, title  # drawn by Vega, not just present in the data
    assert "Sundhedscenter / Ryg 0" in svg and "Sundhedscenter / Lille" in svg
    # the static table against DuckDB over the Parquet
    rows = re.findall(r'<tr data-rule="([^"]+)"><td>[^<]+</td><td class="rate">([^<]+)</td>'
                      r'<td class="n">(\d*)</td>', dom.stdout)
    got = {rule: (html.unescape(rate), n) for rule, rate, n in rows}
    expected = {}
    for rule, n, met in duckdb.sql(
            f"SELECT rule, count(*), count(*) FILTER (WHERE CASE WHEN status IS NOT NULL THEN status = 'ok' "
            f"ELSE count = 0 END) FROM read_parquet('{audited}/rules/*/*.parquet') GROUP BY rule").fetchall():
        expected[rule] = (f"{round(100 * met / n)} %", str(n)) if n >= 5 else ("<5", "")
    assert got == expected and len(got) > 15


def test_small_groups_are_suppressed_in_the_file(audited):
    from linter.audit.report import report_data

    data = report_data(audited, min_group=5)
    small = [r for r in data["heat"] if r["team"].endswith("Lille")]
    assert small and all(r["n"] is None and r["rate"] is None and r["label"] == "<5" for r in small)
    assert all(r["n"] is None or r["n"] >= 5 for r in data["heat"] + data["compliance"] + data["trend"])
    assert all(r["team"] != "Sundhedscenter / Lille" for r in data["worst"])
    shown = {r["label"] for r in data["heat"] if r["team"].endswith("Ryg 0") and r["period"] == "*"
             and r["direction"] == "*"}
    assert any(label.endswith("%") for label in shown)


def test_screenshot(audited, tmp_path):
    shot = tmp_path / "report.png"
    res = _chromium("--window-size=1200,2400", f"--screenshot={shot}", (audited / "report.html").as_uri())
    assert res.returncode == 0 and shot.stat().st_size > 30_000  # a blank page is a few kB


def test_csv_tables(audited, tmp_path):
    res = cli("audit", "report", str(audited), "--format", "csv", "-o", str(tmp_path / "csv"))
    assert res.exit_code == 0
    compliance = (tmp_path / "csv" / "compliance.csv").read_text(encoding="utf-8").splitlines()
    assert compliance[0] == "direction,period,rule,n,rate,label,quote"
    teams = (tmp_path / "csv" / "teams.csv").read_text(encoding="utf-8").splitlines()
    assert any(line.endswith(",,,<5") and ",Sundhedscenter / Lille," in line for line in teams)


def test_report_of_a_folder_without_audit_exit_2(tmp_path):
    res = cli("audit", "report", str(tmp_path))
    assert res.exit_code == 2 and "brevlint audit run" in res.stderr


def test_report_in_english(audited, tmp_path):
    target = tmp_path / "en.html"
    assert cli("audit", "report", str(audited), "-o", str(target), "--lang", "en").exit_code == 0
    page = target.read_text(encoding="utf-8")
    assert "Share of letters that meet the rule" in page and "The guidance says" in page
    assert "Andel breve" not in page and "Vejledningen siger" not in page
