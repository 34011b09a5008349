"""`scope:` in rule YAML (Vale-style, with "~" negation): validated at load, enforced by the engine."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from linter.engine.engine import Engine
from linter.errors import ConfigError
from linter.readers import read_bytes

ROOT = Path(__file__).resolve().parent.parent
LETTER = """Kære Lone

Vi skriver i henhold til aftalen.

Med venlig hilsen
Anne Holm, i henhold til fuldmagt

-----Oprindelig meddelelse-----
Fra: Lone
Vi beder om svar i henhold til loven.
"""


def _rule_folder(tmp_path: Path, scope) -> Path:
    data = yaml.safe_load((ROOT / "rules" / "sprog.kancellisprog.yaml").read_text(encoding="utf-8"))
    data["id"] = "test.scope"
    if scope is None:
        data.pop("scope", None)
    else:
        data["scope"] = scope
    (tmp_path / "test.scope.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("scope", "lines"), [
    (None, {3, 6, 10}), (["all", "~quoted"], {3, 6}), (["body"], {3}), (["signature", "quoted"], {6, 10}),
    (["quoted"], {10}),
    (["sender", "~closing"], {6})])
def test_engine_keeps_only_findings_in_scope(tmp_path, scope, lines):
    eng = Engine(rule_folders=[_rule_folder(tmp_path, scope)])
    res = eng.check_document(read_bytes(LETTER.encode(), ".txt", "brev.txt"), only={"test.scope"})
    assert {f.line for f in res.findings if "henhold" in f.text} == lines


@pytest.mark.parametrize("scope", [["bodyy"], "~nowhere", [], [1]])
def test_bad_scope_is_refused_with_file_and_key(tmp_path, scope):
    with pytest.raises(ConfigError, match="scope"):
        Engine(rule_folders=[_rule_folder(tmp_path, scope)])


def test_every_shipped_rule_declares_its_scope():
    for path in (ROOT / "rules").glob("*.yaml"):
        assert "scope" in yaml.safe_load(path.read_text(encoding="utf-8")), path.name
