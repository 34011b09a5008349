"""The brevlint command through click's runner, plus one real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_letter import GOOD

from linter.cli import main

NO_PHONE = GOOD.replace("Direkte tlf. 40 27 15 93\n", "")
JSON_FINDING_KEYS = {"rule", "severity", "message", "line", "column", "end_line", "end_column",
                     "paragraph", "part", "offset", "length", "text", "term", "replacements", "evidence",
                     "fix", "location"}


@pytest.fixture()
def letters(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "nophone.txt").write_text(NO_PHONE, encoding="utf-8")
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_clean_letter_exits_0(letters):
    r = run("check", str(letters / "good.txt"), "--profile", "sundhed-til-job")
    assert r.exit_code == 0, r.output


def test_missing_phone_is_reported_with_location_and_exit_1(letters):
    r = run("check", str(letters / "nophone.txt"))
    assert r.exit_code == 1
    line = next(ln for ln in r.output.splitlines() if "kontakt.telefon" in ln)
    # placed where the fix belongs: the signature's first line ("Marie Jensen"), not the letter's start
    sig = NO_PHONE.splitlines().index("Marie Jensen") + 1
    assert line.startswith(f"{letters / 'nophone.txt'}:{sig}:1: fejl kontakt.telefon ")


def test_json_output_matches_the_contract(letters):
    r = run("check", "--format", "json", str(letters / "nophone.txt"), str(letters / "good.txt"))
    data = json.loads(r.output)
    assert data["version"] == 1
    assert [Path(f["path"]).name for f in data["files"]] == ["nophone.txt", "good.txt"]
    for f in data["files"]:
        assert set(f) == {"path", "profile", "profile_source", "profile_evidence", "error", "findings",
                          "checklist", "sender", "parties"}
        assert f["error"] is None
        for finding in f["findings"]:
            assert set(finding) == JSON_FINDING_KEYS
    fnd = data["files"][0]["findings"]
    assert any(x["rule"] == "kontakt.telefon" and x["text"] == "" and x["term"] is None for x in fnd)


def test_span_finding_locates_the_flagged_words(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("Kære Ole\n\n  Såfremt du har spørgsmål, så ring.\n", encoding="utf-8")
    data = json.loads(run("check", "--format", "json", str(p)).output)
    f = next(x for x in data["files"][0]["findings"] if x["rule"] == "sprog.kancellisprog")
    assert (f["line"], f["column"], f["end_column"], f["text"], f["term"]) == (3, 3, 10, "Såfremt", "såfremt")
    assert f["replacements"][0] == "Hvis"  # the original's capital letter
    assert f["fix"] == {"edits": [{"offset": 0, "length": 7, "text": "Hvis"}], "applicability": "safe"}


def test_lang_en_gives_english_messages(letters):
    r = run("check", "--lang", "en", str(letters / "nophone.txt"))
    assert "The letter lacks the sender's phone number" in r.output


def test_fail_level_error_ignores_warnings(letters, tmp_path):
    p = tmp_path / "w.txt"
    p.write_text(GOOD.replace("Ole Hansen har givet samtykke til, at jeg skriver til dig.\n", ""),
                 encoding="utf-8")
    assert run("check", str(p), "--profile", "sundhed-til-job").exit_code == 1
    assert run("check", str(p), "--profile", "sundhed-til-job", "--fail-level", "error").exit_code == 0


def test_folder_is_checked_recursively_with_globs(letters):
    sub = letters / "sub"
    sub.mkdir()
    (sub / "deep.md").write_text(NO_PHONE, encoding="utf-8")
    (letters / "ignore.bin").write_bytes(b"\0\1")
    data = json.loads(run("check", "--format", "json", str(letters)).output)
    names = sorted(Path(f["path"]).name for f in data["files"])
    assert names == ["deep.md", "good.txt", "nophone.txt"]
    data = json.loads(run("check", "--format", "json", "--exclude", "sub/*", str(letters)).output)
    assert sorted(Path(f["path"]).name for f in data["files"]) == ["good.txt", "nophone.txt"]


def test_bad_files_exit_2_and_the_rest_is_still_checked(letters):
    (letters / "binary.txt").write_bytes(bytes(range(256)) * 40)
    r = run("check", str(letters / "missing.txt"), str(letters / "binary.txt"), str(letters / "nophone.txt"))
    assert r.exit_code == 2
    out = r.output.splitlines()
    assert any("missing.txt" in ln and "findes ikke" in ln for ln in out)
    assert any("binary.txt" in ln and "ligner ikke tekst" in ln for ln in out)
    assert any("nophone.txt" in ln and "kontakt.telefon" in ln for ln in out)
    assert "Traceback" not in r.output


def test_broken_rule_file_names_file_and_key(letters, tmp_path):
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("id: min.regel\nkind: require\nprofiles: all\nseverity: loud\n",
                                    encoding="utf-8")
    cfg = tmp_path / "brevlint.yaml"
    cfg.write_text("rule_folders: [myrules]\n", encoding="utf-8")
    r = run("check", "--config", str(cfg), str(letters / "good.txt"))
    assert r.exit_code == 2
    assert "bad.yaml" in r.output and "'severity'" in r.output
    assert "Traceback" not in r.output


def test_unknown_rule_id_in_config(letters, tmp_path):
    cfg = tmp_path / "brevlint.yaml"
    cfg.write_text("rules:\n  kontakt.fax: off\n", encoding="utf-8")
    r = run("check", "--config", str(cfg), str(letters / "good.txt"))
    assert r.exit_code == 2
    assert "kontakt.fax" in r.output and "ukendt regel-id" in r.output


def test_config_discovered_by_walking_up(letters):
    (letters / "brevlint.yaml").write_text("rules:\n  kontakt.telefon: off\n", encoding="utf-8")
    r = run("check", str(letters / "nophone.txt"))
    assert "kontakt.telefon" not in r.output


def test_pyproject_tool_section(letters):
    (letters / "pyproject.toml").write_text('[tool.brevlint]\nprofile = "generel"\n', encoding="utf-8")
    data = json.loads(run("check", "--format", "json", str(letters / "good.txt")).output)
    assert data["files"][0]["profile"] == "generel"
    assert data["files"][0]["profile_source"].startswith("config")


def test_profile_flag_and_detection_are_reported(letters):
    data = json.loads(run("check", "--format", "json", str(letters / "good.txt")).output)
    assert data["files"][0]["profile"] == "sundhed-til-job"
    assert data["files"][0]["profile_source"].startswith("detected")
    data = json.loads(run("check", "--format", "json", "--profile", "generel",
                          str(letters / "good.txt")).output)
    assert (data["files"][0]["profile"], data["files"][0]["profile_source"]) == ("generel", "cli")


def test_rules_lists_every_rule():
    r = run("rules")
    assert r.exit_code == 0
    for rid in ("kontakt.navn", "sundhed.skaanehensyn", "job.frist", "sprog.lix", "skabelon.pladsholder"):
        assert rid in r.output


def test_explain_shows_source_quote():
    r = run("explain", "kontakt.afdeling")
    assert r.exit_code == 0
    assert "Det er ikke nok at sende kontaktoplysninger på en hel afdeling" in r.output
    assert run("explain", "findes.ikke").exit_code == 2


@pytest.mark.skipif(shutil.which("brevlint") is None, reason="brevlint not installed")
def test_real_subprocess_of_installed_command(letters):
    proc = subprocess.run(["brevlint", "check", "--format", "json", str(letters / "nophone.txt")],
                          capture_output=True, text=True, cwd="/")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert any(f["rule"] == "kontakt.telefon" for f in data["files"][0]["findings"])
    proc = subprocess.run([sys.executable, "-m", "linter.cli", "--version"], capture_output=True,
                          text=True)
    assert "brevlint" in proc.stdout
