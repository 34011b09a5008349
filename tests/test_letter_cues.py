"""The letter model's cue lexicons: schema checked at load, every regex through the backtracking
check, and a printout/service line above the letter belongs to no party."""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine
from linter.errors import ConfigError
from linter.letter.cues import compile_cue_set
from linter.readers import read_bytes

MAIL = """Fra: Anne Mikkelsen <anne.mikkelsen@laegerne-bakkegaarden.dk>
Til: Sygedagpenge Viborg <sygedagpenge@viborg.dk>
Sendt: 9. marts 2026 14:12
Emne: Louise Skov

Hej Jonas

Louise har givet lov til, at jeg svarer dig. Hun er ledig og har ondt i lænden.

Mvh.
Anne Mikkelsen
Direkte 86 62 11 22
"""


def test_schema_refuses_unknown_key_and_backtracking_regex():
    base = {"name": "letter-x", "description": "d", "sources": {"patterns": "s"}}
    with pytest.raises(ConfigError, match="patterns\\[0\\]"):
        compile_cue_set({**base, "patterns": ["(a+)+$"]})
    with pytest.raises(ConfigError, match="patterns\\[0\\]"):
        compile_cue_set({**base, "patterns": ["(unclosed"]})
    with pytest.raises(ConfigError, match="pattern"):
        compile_cue_set({**base, "pattern": ["x"]})
    with pytest.raises(ConfigError, match="sources"):
        compile_cue_set({"name": "letter-x", "description": "d", "words": ["a"]})
    assert compile_cue_set({**base, "words": ["Kopi"]}).words == frozenset({"kopi"})


def test_invalid_mailbox_pattern_stops_the_engine(tmp_path):
    (tmp_path / "mailboxes.yaml").write_text(
        "name: mailboxes\nfunction_mailbox_patterns: ['(x+)+y']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="function_mailbox_patterns\\[0\\]"):
        Engine(lexicon_folders=[tmp_path])


@pytest.mark.parametrize("line", ["Digital Post – kopi af sendt meddelelse", "Udskrevet 04-03-2026 08:15",
                                  "Sikker post (krypteret)", "Side 1 af 2"])
def test_service_line_above_the_mail_header_changes_nothing(line):
    eng = Engine()
    base = eng.check_document(read_bytes(MAIL.encode(), ".txt", "a.txt"))
    got = eng.check_document(read_bytes((line + "\n" + MAIL).encode(), ".txt", "b.txt"))
    assert base.profile == got.profile == "sundhed-til-job"
    assert {f.rule for f in got.findings if f.start < 0} == {f.rule for f in base.findings if f.start < 0}
    assert "kontakt.navn" not in {f.rule for f in got.findings}
