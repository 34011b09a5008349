"""One rule for every user mistake (exit 2, one line, before a letter is read), colour, language
and plurals of the CLI, and its inputs: standard input, duplicates, skipped and empty folders."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx_factory import build, p
from sample_letter import GOOD

from linter.cli import main

NO_PHONE = GOOD.replace("Direkte tlf. 40 27 15 93\n", "")


def run(*args: str, env: dict | None = None, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


def one_line_error(r, *needles: str) -> None:
    assert r.exit_code == 2, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1, r.output
    assert lines[0].startswith("brevlint: ")
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.fixture()
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "brev.txt"
    path.write_text(NO_PHONE, encoding="utf-8")
    return path


@pytest.fixture()
def reads(monkeypatch):
    """The paths the runner tried to read as letters."""
    import linter.runner

    seen: list[str] = []
    real = linter.runner.read_document

    def spy(path, *a, **kw):
        seen.append(str(path))
        return real(path, *a, **kw)

    monkeypatch.setattr(linter.runner, "read_document", spy)
    return seen


# --- usage errors ---------------------------------------------------------------------------

def test_unknown_rule_id_in_disable_flag_is_a_usage_error_before_any_letter_is_read(letter, reads):
    r = run("check", str(letter), "--disable", "sprog.pasiv", "--no-cache")
    one_line_error(r, "--disable: ukendt regel-id 'sprog.pasiv'", "mente du 'sprog.passiv'")
    assert reads == []


def test_unknown_rule_id_from_the_environment_names_the_variable(letter, reads):
    r = run("check", str(letter), "--lang", "en", "--no-cache", env={"BREVLINT_DISABLE": "sprog.passiv sprog.pasiv"})
    one_line_error(r, "BREVLINT_DISABLE: unknown rule id 'sprog.pasiv'")
    assert reads == []
    ok = run("check", str(letter), "--no-cache", env={"BREVLINT_DISABLE": "sprog.passiv kontakt.telefon"})
    assert ok.exit_code in (0, 1) and "kontakt.telefon" not in ok.output


def test_unknown_rule_id_in_config_ends_the_run_and_is_not_an_unreadable_letter(tmp_path, reads):
    (tmp_path / "brevlint.yaml").write_text("rules:\n  sprog.pasiv: off\n", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(NO_PHONE, encoding="utf-8")
    r = run("check", str(tmp_path), "--no-cache")
    one_line_error(r, "brevlint.yaml: nøgle 'rules.sprog.pasiv': ukendt regel-id 'sprog.pasiv'")
    assert "kunne ikke læses" not in r.output and reads == []


def test_broken_lexicon_folder_ends_the_run_in_one_line(tmp_path, reads):
    (tmp_path / "ord").mkdir()
    (tmp_path / "ord" / "x.yaml").write_text("this: [is not: a lexicon\n", encoding="utf-8")
    (tmp_path / "brevlint.yaml").write_text("lexicon_folders: [ord]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(NO_PHONE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NO_PHONE, encoding="utf-8")
    r = run("check", str(tmp_path), "--no-cache", "-j", "1")
    one_line_error(r, "x.yaml")
    assert "kunne ikke læses" not in r.output and reads == []


@pytest.mark.parametrize(("args", "env", "needle"), [
    (["--format", "xml"], {}, "ugyldig værdi for '--format'"),
    ([], {"BREVLINT_FORMAT": "xml"}, "ugyldig værdi for '--format' (miljøvariabel: 'BREVLINT_FORMAT'): 'xml' er"),
    (["--profile", "sundhed"], {}, "'sundhed' er ikke en af 'sundhed-til-job', 'job-til-sundhed', 'generel'"),
    ([], {"BREVLINT_PROFILE": "sundhed"}, "ugyldig værdi for '--profile'"),
    (["--fail-level", "høj"], {}, "ugyldig værdi for '--fail-level'"),
    (["--colour"], {}, "ukendt tilvalg '--colour'"),
])
def test_bad_flag_or_environment_value_is_one_danish_line(letter, reads, args, env, needle):
    r = run("check", str(letter), *args, env=env)
    one_line_error(r, needle)
    assert reads == []


def test_usage_errors_are_english_with_lang_en(letter):
    one_line_error(run("check", str(letter), "--lang", "en", "--format", "xml"),
                   "Invalid value for '--format'", "'xml' is not one of")
    one_line_error(run("check", str(letter), "--format", "xml", env={"BREVLINT_LANG": "en"}), "Invalid value")


def test_danish_help_is_danish():
    r = run("check", "--help")
    assert r.exit_code == 0
    assert "Brug: brevlint check [TILVALG] [PATHS]..." in r.output and "Tilvalg:" in r.output
    assert "Vis denne hjælp og afslut." in r.output and "[miljøvariabel:" in r.output and "standard: text]" in r.output
    assert "Usage:" not in r.output and "Options:" not in r.output


def test_serve_without_the_server_extra_names_the_extra(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "fastapi" else real(name, *a))
    r = run("serve")
    one_line_error(r, "'server'", "pip install 'brevlint[server]'")
    assert "Traceback" not in r.output


# --- colour, language, plurals --------------------------------------------------------------

@pytest.mark.parametrize(("args", "env", "coloured"), [
    ([], {}, False),                                   # not a terminal
    (["--color"], {}, True),                           # forced although piped
    (["--color"], {"NO_COLOR": "1"}, True),            # the flag beats the environment
    ([], {"FORCE_COLOR": "1"}, True),
    ([], {"FORCE_COLOR": "0"}, False),
    (["--no-color"], {"FORCE_COLOR": "1"}, False),
])
def test_color_flag_and_environment(letter, args, env, coloured):
    r = run("check", str(letter), *args, env={"NO_COLOR": "", "FORCE_COLOR": "", **env})
    assert r.exit_code == 1
    assert ("\033[31m" in r.output) is coloured


def test_no_color_environment_turns_colour_off_on_a_terminal(monkeypatch):
    from linter.cli import use_color

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(None, Tty()) is False
    monkeypatch.delenv("NO_COLOR")
    assert use_color(None, Tty()) is True


def _docx_letter(tmp_path: Path) -> Path:
    body = "".join(p(line) for line in NO_PHONE.splitlines() if line.strip())
    path = tmp_path / "brev.docx"
    path.write_bytes(build(body, headers={"header1": p("Sundhedscenter Lindeby, tlf. 70 10 20 30")}))
    return path


def test_part_labels_follow_the_language(tmp_path):
    path = _docx_letter(tmp_path)
    da = run("check", str(path), "--profile", "sundhed-til-job")
    en = run("check", str(path), "--profile", "sundhed-til-job", "--lang", "en")
    assert "[sidehoved 1 ¶1]" in da.output or "[brødtekst ¶" in da.output
    assert "sidehoved" not in en.output and "brødtekst" not in en.output
    assert "[body ¶" in en.output


def test_plurals_in_both_languages(tmp_path, letter):
    second = tmp_path / "andet.txt"
    second.write_text(NO_PHONE, encoding="utf-8")
    da = run("check", str(letter), str(second)).output.strip().splitlines()[-1]
    en = run("check", str(letter), str(second), "--lang", "en").output.strip().splitlines()[-1]
    assert da.startswith("2 filer tjekket, ") and "2 fejl" in da and "(s)" not in da and "(er)" not in da
    assert en.startswith("2 files checked, ") and "2 errors" in en and "(s)" not in en
    one = run("check", str(letter), "--lang", "en").output.strip().splitlines()[-1]
    assert one.startswith("1 file checked, ") and "1 error" in one and "1 errors" not in one


@pytest.mark.parametrize("level", ["fejl", "error"])
def test_fail_level_accepts_both_languages(letter, level):
    assert run("check", str(letter), "--fail-level", level, "--disable", "kontakt.telefon").exit_code in (0, 1)
    r = run("check", str(letter), "--fail-level", level)
    assert r.exit_code == 1  # the missing phone is an error


def test_rules_and_explain_are_danish_by_default_and_english_with_lang_en():
    da = run("rules").output
    assert "advarsel" in da and "kontakt" in da and " warning" not in da and " error" not in da
    en = run("rules", "--lang", "en").output
    assert "warning" in en and "advarsel" not in en
    assert run("explain", "kontakt.afdeling").output.splitlines()[0] == "kontakt.afdeling  (kontakt, fejl)"
    assert run("explain", "kontakt.afdeling", "--lang", "en").output.splitlines()[0] == \
        "kontakt.afdeling  (contact, error)"


# --- inputs ---------------------------------------------------------------------------------

def test_dash_reads_standard_input_with_a_filename_for_config_and_reports(tmp_path):
    (tmp_path / "brevlint.yaml").write_text("rules:\n  kontakt.telefon: off\n", encoding="utf-8")
    plain = run("check", "-", "--format", "json", input=NO_PHONE)
    data = json.loads(plain.output)
    assert [f["path"] for f in data["files"]] == ["-"]
    assert "kontakt.telefon" in {f["rule"] for f in data["files"][0]["findings"]}
    named = run("check", "-", "--stdin-filename", str(tmp_path / "brev.txt"), "--format", "json", input=NO_PHONE)
    data = json.loads(named.output)
    assert data["files"][0]["path"] == str(tmp_path / "brev.txt")
    assert "kontakt.telefon" not in {f["rule"] for f in data["files"][0]["findings"]}  # its config applied


def test_same_file_twice_is_checked_once(letter):
    r = run("check", str(letter), str(letter), str(letter.parent), "--format", "json")
    assert [f["path"] for f in json.loads(r.output)["files"]] == [str(letter)]


def test_skipped_files_are_listed_under_v_and_counted(tmp_path, letter):
    (tmp_path / "gammelt.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "noter.yaml").write_text("a: 1\n", encoding="utf-8")  # not a letter format: not counted
    r = run("check", str(tmp_path))
    assert r.output.strip().splitlines()[-1].endswith("2 filer sprunget over (ikke et brevformat)")
    assert "gammelt.doc" not in r.output.replace("2 filer sprunget", "")
    v = run("check", str(tmp_path), "-v", "--lang", "en")
    assert f"{tmp_path / 'gammelt.doc'}: skipped (format not supported)" in v.output
    assert f"{tmp_path / 'scan.pdf'}: skipped (format not supported)" in v.output


def test_zero_files_is_exit_2_unless_allowed(tmp_path):
    (tmp_path / "tom").mkdir()
    one_line_error(run("check", str(tmp_path / "tom")), "ingen filer at tjekke", "--allow-empty")
    r = run("check", str(tmp_path / "tom"), "--allow-empty")
    assert r.exit_code == 0 and "0 filer tjekket" in r.output


def test_unreadable_file_is_named_once_and_not_counted_as_checked(tmp_path, letter):
    missing = tmp_path / "findes-ikke.txt"
    r = run("check", str(letter), str(missing))
    assert r.exit_code == 2
    error = [line for line in r.output.splitlines() if "findes-ikke" in line]
    assert error == [f"{missing}: fejl: filen findes ikke"]
    assert r.output.strip().splitlines()[-1].startswith("1 fil tjekket, ")
    assert r.output.strip().endswith("1 fil kunne ikke læses")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
def test_a_real_pipe_into_the_installed_command(tmp_path):
    import shutil
    import subprocess

    exe = shutil.which("brevlint")
    if exe is None:
        pytest.skip("brevlint is not installed")
    proc = subprocess.run([exe, "check", "-", "--color"], input=NO_PHONE.encode(), capture_output=True,
                          timeout=120, cwd=tmp_path)
    assert proc.returncode == 1
    assert b"-:" in proc.stdout and b"\033[31m" in proc.stdout
