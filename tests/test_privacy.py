"""Letter text never leaks: not into logs or messages (beyond the flagged words of
findings), not into caches, not into temp files, not into errors for broken files."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from test_hostile_common import GOOD_LETTER, cli

# Nonsense words that occur nowhere else; each marks a sentence of the letter body.
MARKERS = ["qzxvorblet", "plimbrask", "trovqualm", "zendrufik", "vubbelnix"]
BODY = (f"Ole kan lide {MARKERS[0]}.\n\nHan spiser {MARKERS[1]} hver dag.\n\n"
        f"Der blev af kommunen i henhold til gældende regler foretaget en vurdering af {MARKERS[2]}, "
        "som på baggrund af de foreliggende oplysninger og under hensyntagen til borgerens situation "
        "blev anset for at være relevant for det videre forløb i sagen.\n\n")
LETTER = GOOD_LETTER.replace("Ole Hansen har givet samtykke", BODY + "Ole Hansen har givet samtykke")


def _scan(folder: Path) -> dict[str, list[str]]:
    """marker -> files under `folder` whose bytes contain it (UTF-8 or UTF-16)."""
    hits: dict[str, list[str]] = {}
    for p in folder.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            for m in MARKERS:
                if m.encode() in data or m.encode("utf-16-le") in data:
                    hits.setdefault(m, []).append(str(p))
    return hits


def _env(tmp_path: Path) -> dict[str, str]:
    dirs = {k: tmp_path / k.lower() for k in ("HOME", "TMPDIR", "BREVLINT_CACHE_DIR", "XDG_CACHE_HOME")}
    for d in dirs.values():
        d.mkdir()
    return {k: str(v) for k, v in dirs.items()}


def test_letter_text_appears_only_as_flagged_words(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "brev.txt").write_text(LETTER, encoding="utf-8")
    (work / "brev.md").write_text(LETTER, encoding="utf-8")
    env = _env(tmp_path)
    js = cli("check", "--format", "json", "-v", "brev.txt", "brev.md", cwd=work, env=env)
    flagged = " ".join(f["text"] for f in json.loads(js.stdout)["files"][0]["findings"])
    unflagged = [m for m in MARKERS[:3] if m not in flagged]
    assert unflagged, "the test needs markers that no rule flags"
    assert flagged.count(MARKERS[2]) <= 1  # the long passive sentence's marker may be quoted
    text = cli("check", "-v", "brev.txt", "brev.md", "--lang", "en", cwd=work, env=env)
    for out in (js.stdout + js.stderr, text.stdout + text.stderr):
        for m in unflagged:
            assert m not in out
    # nothing in the home or temp folders holds letter text; the result cache holds findings, so at
    # most the flagged words (owner-readable only), never the rest of the letter; no temp files left
    for k in ("HOME", "XDG_CACHE_HOME", "TMPDIR"):
        assert _scan(Path(env[k])) == {}, k
    cache = Path(env["BREVLINT_CACHE_DIR"])
    assert not set(_scan(cache)) & set(unflagged)
    for p in cache.rglob("*.json"):
        if "results" in p.parts[-3:-1] or p.parent.parent.name.startswith("results"):
            assert p.stat().st_mode & 0o077 == 0, p
    assert list(Path(env["TMPDIR"]).iterdir()) == []
    assert sorted(p.name for p in work.iterdir()) == ["brev.md", "brev.txt"]


def _docx_with(text: str) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_errors_for_broken_files_do_not_quote_their_content(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    secret = " ".join(MARKERS)
    (work / "tekst.docx").write_bytes(f"{secret}\n".encode() * 20)  # not a zip
    whole = _docx_with(secret * 50)
    (work / "kort.docx").write_bytes(whole[: len(whole) // 2])  # truncated zip
    bad_xml = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(whole)) as src, zipfile.ZipFile(bad_xml, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"</w:body>", f"<w:p>{secret}</w:q>".encode() + b"</w:body>")
            dst.writestr(info, data)
    (work / "xml.docx").write_bytes(bad_xml.getvalue())
    (work / "binaer.txt").write_bytes(b"\0\1\2" * 100 + secret.encode())
    (work / "blandet.txt").write_bytes(secret.encode() + b"\x81\x8d\x8f\x90\x9d")
    (work / "lang.txt").write_bytes((secret + " ").encode() * 8000)  # over max_line_characters
    env = _env(tmp_path)
    names = sorted(p.name for p in work.iterdir())
    for fmt in ("text", "json"):
        r = cli("check", "--format", fmt, "-v", *names, cwd=work, env=env)
        assert r.returncode == 2 and "Traceback" not in r.stderr
        out = r.stdout + r.stderr
        for name in names:
            assert name in out
        for m in MARKERS:
            assert m not in out, (fmt, m)
    assert _scan(Path(env["TMPDIR"])) == {} and list(Path(env["TMPDIR"]).iterdir()) == []
    assert _scan(Path(env["BREVLINT_CACHE_DIR"])) == {} and _scan(Path(env["HOME"])) == {}
