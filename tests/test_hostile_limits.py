"""Each limit is enforced with a clear per-file message, and long lines stay linear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_hostile_common import GOOD_LETTER, cli

from linter.config import Config
from linter.errors import InputError
from linter.readers import read_bytes
from linter.readers.limits import Limits
from linter.runner import Runner, RunOptions


def _runner(tmp_path: Path, engine, limits_yaml: str) -> Runner:
    cfg = tmp_path / "brevlint.yaml"
    cfg.write_text("limits:\n" + limits_yaml, encoding="utf-8")
    r = Runner(RunOptions(config_path=cfg))
    r._engines[Config().key] = engine
    return r


def _letter(tmp_path: Path, text: str = GOOD_LETTER, name: str = "brev.txt") -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


@pytest.mark.parametrize(("limits_yaml", "code"), [
    ("  max_file_bytes: 100\n", "too-large"),
    ("  max_paragraphs: 5\n", "too-many-paragraphs"),
    ("  max_characters: 200\n", "too-many-characters"),
    ("  max_line_characters: 20\n", "line-too-long"),
])
def test_limits_from_config_refuse_the_file(tmp_path, engine, limits_yaml, code):
    r = _runner(tmp_path, engine, limits_yaml)
    path = _letter(tmp_path)
    res = r.check_file(path)
    assert res.error["code"] == code and res.error["message"].startswith(f"{path}: ")


def test_time_budget_stops_between_rules(tmp_path, engine):
    r = _runner(tmp_path, engine, "  time_budget_seconds: 0.000000001\n")
    path = _letter(tmp_path)
    res = r.check_file(path)
    assert res.error["code"] == "time-budget" and "tidsbudget overskredet" in res.error["message"]
    assert path in res.error["message"] and not res.findings
    r.opts.lang = "en"
    assert "time budget exceeded" in r.check_file(path).error["message"]


def test_default_budget_lets_a_letter_through(tmp_path, engine):
    res = _runner(tmp_path, engine, "  time_budget_seconds: 60\n").check_file(_letter(tmp_path))
    assert res.error is None and res.findings


def test_decompressed_limit_is_passed_to_the_docx_reader():
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Kære Ole " * 50)
    buf = io.BytesIO()
    d.save(buf)
    with pytest.raises(InputError) as exc:
        read_bytes(buf.getvalue(), ".docx", "brev.docx", Limits(max_decompressed_bytes=1000))
    assert exc.value.code == "too-large-decompressed" and "brev.docx" in exc.value.message("da")


def test_very_long_lines_are_linear_when_the_limit_is_raised(tmp_path):
    """A 500 kB word and a 30,000-word sentence, allowed by raised limits, finish well
    inside a generous timeout (both were quadratic: minutes at this size)."""
    (tmp_path / "brevlint.yaml").write_text(
        "limits:\n  max_line_characters: 2000000\n  max_characters: 3000000\n", encoding="utf-8")
    _letter(tmp_path, "a" * 500_000 + "\n", "ord.txt")
    _letter(tmp_path, " ".join(["ord"] * 30_000) + "\n", "saetning.txt")
    _letter(tmp_path)
    r = cli("check", "--format", "json", "ord.txt", "saetning.txt", "brev.txt", cwd=tmp_path, timeout=90)
    files = {f["path"]: f for f in json.loads(r.stdout)["files"]}
    assert all(f["error"] is None for f in files.values()), files
    assert "sprog.lang-saetning" in {f["rule"] for f in files["saetning.txt"]["findings"]}
