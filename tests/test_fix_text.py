"""`brevlint fix` on .txt/.md: safe fixes applied, --unsafe-fixes, --diff writes nothing, the file keeps
its encoding, byte order mark, line endings and permissions, a file changed meanwhile is not written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.errors import InputError
from linter.fixes.run import fix_file
from linter.runner import Runner, RunOptions

LETTER = ("Kære Ole\n\nSåfremt du kan, bedes De fremsende journalen.\n"
          "Ole har en diskusprolaps og går til træning.\n\nMed venlig hilsen\nAnne Holm\n")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_fix_applies_safe_fixes_only(tmp_path: Path):
    p = tmp_path / "brev.txt"
    p.write_text(LETTER, encoding="utf-8")
    p.chmod(0o640)
    r = run("fix", str(p))
    assert r.exit_code in (0, 1), r.output
    text = p.read_text(encoding="utf-8")
    assert "Hvis du kan, beder vi Dem sende journalen." in text
    assert "diskusprolaps og" in text  # the explanation is unsafe: not without --unsafe-fixes
    assert "3" in r.output and "--unsafe-fixes" in r.output
    assert os.stat(p).st_mode & 0o777 == 0o640
    run("fix", "--unsafe-fixes", str(p))
    assert "diskusprolaps (" in p.read_text(encoding="utf-8")


def test_diff_writes_nothing(tmp_path: Path):
    p = tmp_path / "brev.md"
    p.write_text(LETTER, encoding="utf-8")
    r = run("fix", "--diff", str(p))
    assert "-Såfremt du kan, bedes De fremsende journalen." in r.output
    assert "+Hvis du kan, beder vi Dem sende journalen." in r.output
    assert p.read_text(encoding="utf-8") == LETTER


@pytest.mark.parametrize(("encoding", "bom", "newline"), [
    ("utf-8", b"", "\r\n"), ("utf-8", b"\xef\xbb\xbf", "\n"), ("cp1252", b"", "\r\n"),
    ("utf-16-le", b"\xff\xfe", "\n")])
def test_encoding_bom_and_line_endings_are_kept(tmp_path: Path, encoding, bom, newline):
    p = tmp_path / "brev.txt"
    p.write_bytes(bom + LETTER.replace("\n", newline).encode(encoding))
    run("fix", str(p))
    data = p.read_bytes()
    assert data.startswith(bom)
    text = data[len(bom):].decode(encoding)
    assert text == LETTER.replace("Såfremt du kan, bedes De fremsende", "Hvis du kan, beder vi Dem sende") \
        .replace("\n", newline)


def test_markdown_prefixes_and_indents_stay(tmp_path: Path):
    p = tmp_path / "brev.md"
    p.write_text("# Såfremt du kan\n\n- Endvidere ring\n    Jf. brevet.\n", encoding="utf-8")
    run("fix", str(p))
    assert p.read_text(encoding="utf-8") == "# Hvis du kan\n\n- Desuden ring\n    Se brevet.\n"


def test_a_file_changed_while_fixing_is_not_written(tmp_path: Path):
    p = tmp_path / "brev.txt"
    p.write_text(LETTER, encoding="utf-8")
    runner = Runner(RunOptions())
    engine = runner.engine_for(runner.config_for(str(p)))

    def check(doc, cfg):  # someone saves the letter while brevlint checks it
        p.write_text(LETTER + "Ny linje.\n", encoding="utf-8")
        return engine.check_document(doc, cfg=cfg)

    with pytest.raises(InputError) as err:
        fix_file(str(p), runner, check=check)
    assert err.value.code == "changed"
    assert p.read_text(encoding="utf-8") == LETTER + "Ny linje.\n"


def test_bad_input_is_one_line_and_exit_2_and_the_rest_is_fixed(tmp_path: Path):
    bad = tmp_path / "a.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    good = tmp_path / "b.txt"
    good.write_text(LETTER, encoding="utf-8")
    r = CliRunner().invoke(main, ["fix", str(bad), str(good)])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "a.txt" in r.output
    assert "Hvis du kan" in good.read_text(encoding="utf-8")


def test_a_symlinked_letter_is_fixed_through_its_link(tmp_path: Path):
    real = tmp_path / "real.txt"
    real.write_text(LETTER, encoding="utf-8")
    link = tmp_path / "brev.txt"
    link.symlink_to(real)
    run("fix", str(link))
    assert link.is_symlink() and "Hvis du kan" in real.read_text(encoding="utf-8")


def test_a_check_that_did_not_finish_is_an_error_not_clean(tmp_path: Path):
    (tmp_path / "brevlint.yaml").write_text("limits:\n  time_budget_seconds: 0.000001\n", encoding="utf-8")
    p = tmp_path / "brev.txt"
    p.write_text(LETTER, encoding="utf-8")
    r = CliRunner().invoke(main, ["fix", str(p)])
    assert r.exit_code == 2 and "time_budget_seconds" in r.output
    assert p.read_text(encoding="utf-8") == LETTER
