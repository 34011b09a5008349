"""Baseline: create, then report only new findings; edits and moves keep old findings matched."""

from __future__ import annotations

import json

import pytest
from gate_helpers import LETTER, run_cli

pytestmark = pytest.mark.usefixtures("private_cache")


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "skabeloner").mkdir(parents=True)
    (root / "skabeloner" / "a.txt").write_text(LETTER, encoding="utf-8")
    (root / "skabeloner" / "b.txt").write_text(LETTER.replace("Ole", "Per"), encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def _json(*args):
    r = run_cli("check", *args, "--format", "json", "--no-progress")
    return r, json.loads(r.output)


def test_create_writes_fingerprints_and_no_letter_text(repo):
    r = run_cli("baseline", "create", "skabeloner")
    assert r.exit_code == 0, r.output
    data = json.loads((repo / "brevlint-baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["fingerprint"] == "brevlint/v1"
    paths = {e["path"] for e in data["findings"]}
    assert paths == {"skabeloner/a.txt", "skabeloner/b.txt"}
    for e in data["findings"]:
        assert set(e) == {"path", "rule", "count", "fingerprints"} and e["count"] == len(e["fingerprints"])
    raw = json.dumps(data, ensure_ascii=False)
    for text in ("diskusprolaps", "Ole", "Såfremt", "lagermedarbejder"):
        assert text not in raw
    _, before = _json("skabeloner")
    assert sum(e["count"] for e in data["findings"]) == sum(len(f["findings"]) for f in before["files"])


def test_check_with_baseline_reports_only_new_findings(repo):
    run_cli("baseline", "create", "skabeloner", "-o", "bl.json")
    r, data = _json("skabeloner", "--baseline", "bl.json")
    assert r.exit_code == 0 and all(not f["findings"] for f in data["files"])
    # a new problem in a new paragraph, and an unrelated paragraph edited: only the new one is reported
    text = (repo / "skabeloner" / "a.txt").read_text(encoding="utf-8")
    text = text.replace("Kære Sofie Berg\n", "Kære Sofie Berg\n\nVi har drøftet hans spinalstenose.\n")
    text = text.replace("Jeg forventer, at han", "Jeg forventer bestemt, at han")
    (repo / "skabeloner" / "a.txt").write_text(text, encoding="utf-8")
    r, data = _json("skabeloner", "--baseline", "bl.json")
    new = [(f["rule"], f["text"]) for file in data["files"] for f in file["findings"]]
    assert ("sprog.jargon", "spinalstenose") in new
    assert ("sprog.jargon", "diskusprolaps") not in new
    text_report = run_cli("check", "skabeloner", "--baseline", "bl.json", "--no-progress").output
    assert "skjult af baseline" in text_report


def test_moved_file_is_matched_by_content_and_removed_file_is_reported(repo):
    run_cli("baseline", "create", "skabeloner", "-o", "bl.json")
    n_b = sum(e["count"] for e in json.loads((repo / "bl.json").read_text())["findings"]
              if e["path"] == "skabeloner/b.txt")
    (repo / "skabeloner" / "a.txt").rename(repo / "skabeloner" / "flyttet.txt")
    (repo / "skabeloner" / "b.txt").unlink()
    r = run_cli("check", "skabeloner", "--baseline", "bl.json", "--no-progress", "--lang", "en")
    assert r.exit_code == 0, r.output
    assert "skabeloner/a.txt looks moved to skabeloner/flyttet.txt" in r.output
    assert f"{n_b} finding(s) for skabeloner/b.txt no longer match – file moved or removed?" in r.output


def test_bad_baseline_file_is_a_clear_error(repo):
    (repo / "bl.json").write_text("{not json", encoding="utf-8")
    r = run_cli("check", "skabeloner", "--baseline", "bl.json")
    assert r.exit_code == 2 and "bl.json" in r.output and "Traceback" not in r.output
    r = run_cli("check", "skabeloner", "--baseline", "mangler.json")
    assert r.exit_code == 2 and "findes ikke" in r.output
