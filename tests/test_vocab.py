"""Team word lists (issue 14): `vocab: [folder]` with accept.txt (used unexplained) and reject.txt
(never used, optional replacement after a tab), lemmas matched; bad lists name the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.errors import ConfigError
from linter.runner import Runner, RunOptions
from linter.vocab import RULE

LETTER = ("Kære Ole\n\nOle har en diskusprolaps og går til fysioterapi. Klienten har det bedre, "
          "og vi ser klienterne igen. Vi har en klient mere.\n\nMed venlig hilsen\nAnne Holm\n")


def _setup(tmp_path: Path, accept: str | None, reject: str | None) -> Path:
    words = tmp_path / "ordlister"
    words.mkdir()
    if accept is not None:
        (words / "accept.txt").write_text(accept, encoding="utf-8")
    if reject is not None:
        (words / "reject.txt").write_text(reject, encoding="utf-8")
    (tmp_path / "brevlint.yaml").write_text("vocab: [ordlister]\n", encoding="utf-8")
    (tmp_path / "brev.txt").write_text(LETTER, encoding="utf-8")
    return tmp_path / "brev.txt"


def _check(path: Path):
    return Runner(RunOptions()).check_file(str(path))


def test_accepted_term_is_not_flagged_in_any_form(tmp_path):
    path = _setup(tmp_path, "# vores fagord\ndiskusprolaps\n", None)
    (tmp_path / "b.txt").write_text(LETTER.replace("en diskusprolaps", "diskusprolapsen"), encoding="utf-8")
    for p in (path, tmp_path / "b.txt"):
        assert not [f for f in _check(p).findings if f.rule == "sprog.jargon"]
    (tmp_path / "brevlint.yaml").unlink()
    assert [f for f in _check(path).findings if f.rule == "sprog.jargon"]


def test_rejected_word_every_inflection_with_its_replacement(tmp_path):
    path = _setup(tmp_path, None, "klient\tborger\n")
    found = [f for f in _check(path).findings if f.rule == RULE]
    assert [f.text for f in found] == ["Klienten", "klienterne", "klient"]
    assert all(f.replacements for f in found)
    # the lemma itself gets a safe fix; an inflected form only a display-only one (no inflection known)
    assert [f.fix["applicability"] for f in found] == ["display-only", "display-only", "safe"]
    assert found[2].fix["edits"][0]["text"] == "borger"


def test_bad_reject_line_names_file_and_line(tmp_path):
    path = _setup(tmp_path, None, "klient\t\n")
    with pytest.raises(ConfigError, match="reject.txt:1"):  # a config mistake ends the run (one line, exit 2)
        _check(path)


def test_folder_without_lists_is_a_config_error(tmp_path):
    (tmp_path / "tom").mkdir()
    from linter.vocab import load_vocab

    with pytest.raises(ConfigError):
        load_vocab([tmp_path / "tom"])
