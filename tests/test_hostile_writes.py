"""Nothing lost: atomic writes, and a report never overwrites an input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_hostile_common import GOOD_LETTER, cli

from linter import atomic
from linter.atomic import write_atomic


def test_atomic_write_replaces_the_file(tmp_path):
    p = tmp_path / "rapport.json"
    p.write_bytes(b"gammel")
    write_atomic(p, b"ny")
    assert p.read_bytes() == b"ny" and os.listdir(tmp_path) == ["rapport.json"]


@pytest.mark.parametrize("fail_at", ["write", "replace"])
def test_failure_mid_write_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch, fail_at):
    p = tmp_path / "rapport.json"
    p.write_bytes(b"gammel")
    if fail_at == "replace":
        monkeypatch.setattr(atomic.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(28, "No space")))
        data = b"ny"
    else:
        real_fdopen = os.fdopen

        def fdopen(fd, mode="r", *a, **kw):
            fh = real_fdopen(fd, mode, *a, **kw)
            real_write = fh.write

            def write(b):  # a write that fails half-way: the disk filled up
                real_write(b[: len(b) // 2])
                raise OSError(28, "No space left on device")

            fh.write = write
            return fh

        monkeypatch.setattr(atomic.os, "fdopen", fdopen)
        data = b"ny rapport" * 100
    with pytest.raises(OSError):
        write_atomic(p, data)
    assert p.read_bytes() == b"gammel"
    assert os.listdir(tmp_path) == ["rapport.json"]


def test_check_output_that_is_an_input_is_refused(tmp_path):
    brev = tmp_path / "brev.txt"
    brev.write_text(GOOD_LETTER, encoding="utf-8")
    r = cli("check", "brev.txt", "-o", "brev.txt", "--format", "json", cwd=tmp_path, timeout=60)
    assert r.returncode == 2 and "brev.txt" in r.stderr and "Traceback" not in r.stderr
    assert brev.read_text(encoding="utf-8") == GOOD_LETTER


def test_check_output_refuses_an_input_found_in_a_folder_and_a_link_to_it(tmp_path):
    from click.testing import CliRunner

    from linter.cli import main

    folder = tmp_path / "breve"
    folder.mkdir()
    brev = folder / "brev.md"
    brev.write_text(GOOD_LETTER, encoding="utf-8")
    (tmp_path / "link.md").symlink_to(brev)
    for out in (brev, tmp_path / "link.md", folder):
        r = CliRunner().invoke(main, ["check", str(folder), "-o", str(out)])
        assert r.exit_code == 2, r.output
        assert brev.read_text(encoding="utf-8") == GOOD_LETTER
    assert sorted(os.listdir(folder)) == ["brev.md"]


def test_annotate_never_touches_its_input_if_present(tmp_path):
    from linter.cli import LAZY_COMMANDS

    if "annotate" not in LAZY_COMMANDS:
        pytest.skip("annotate is built on the docx branch; check -o is tested above")
    import io

    import docx

    d = docx.Document()
    d.add_paragraph(GOOD_LETTER)
    buf = io.BytesIO()
    d.save(buf)
    src = tmp_path / "brev.docx"
    src.write_bytes(buf.getvalue())
    before = src.read_bytes()
    cli("annotate", "brev.docx", "-o", "brev.docx", cwd=tmp_path, timeout=60)
    assert src.read_bytes() == before
    assert all(not Path(n).name.endswith(".tmp") for n in os.listdir(tmp_path))
