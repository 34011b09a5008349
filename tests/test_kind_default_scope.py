"""Zones are rule scope, never a kind's private list: each kind has a `default_scope` that a rule
without `scope:` gets at load, and the kinds that weigh evidence (require, forbid, abbreviation)
ask the rule's scope, so a rule's YAML says which zones count."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from linter.engine.engine import Engine
from linter.kinds import KINDS
from linter.letter.zones import Zone, parse_scope
from linter.readers import read_bytes

ROOT = Path(__file__).resolve().parent.parent
ZONE_NAMES = {z.value for z in Zone}

# Invented: the current job is told only in the quoted earlier mail below the letter.
LETTER = """Kære Sofie

Tak for din henvendelse. Vi har set borgeren til en samtale i dag.

Med venlig hilsen
Marie Jensen
Fysioterapeut

-----Oprindelig meddelelse-----
Fra: Sofie Berg
Ole arbejder som lagermand og løfter kasser hele dagen.
"""


def _copy(tmp_path: Path, source: str, rid: str, scope) -> Path:
    data = yaml.safe_load((ROOT / "rules" / source).read_text(encoding="utf-8"))
    data["id"] = rid
    data["profiles"] = "all"
    (data.get("params") or {}).pop("model", None)  # the trained scorer is the shipped rule's own (keyed by its id)
    if scope is None:
        data.pop("scope", None)
    else:
        data["scope"] = scope
    (tmp_path / f"{rid}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_rule_without_scope_gets_its_kinds_default(tmp_path, kind):
    source = next(p.name for p in sorted((ROOT / "rules").glob("*.yaml"))
                  if yaml.safe_load(p.read_text(encoding="utf-8"))["kind"] == kind)
    eng = Engine(rule_folders=[_copy(tmp_path, source, "test.default", None)])
    rule = next(r for r in eng.rules if r.id == "test.default")
    inc, exc = parse_scope(list(KINDS[kind].default_scope))
    assert rule.scope == (frozenset(z.value for z in inc), frozenset(z.value for z in exc))


def test_the_shipped_scopes_equal_the_kind_defaults_where_the_kind_has_one():
    # the first step of moving zones into YAML: today's behaviour, written out
    for path in (ROOT / "rules").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        default = KINDS[data["kind"]].default_scope
        if default != ("all",):
            assert parse_scope(data["scope"]) == parse_scope(list(default)), path.name




def test_no_kind_keeps_a_private_set_of_zone_names():
    for path in (ROOT / "linter" / "kinds").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Set | ast.List | ast.Tuple) and len(node.elts) >= 3:
                names = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
                inside = {n.lstrip("~") for n in names} & ZONE_NAMES
                is_default = any(isinstance(e, ast.Constant) and e.value == "all" for e in node.elts)
                assert len(inside) < 3 or is_default, f"{path.name}:{node.lineno}"


@pytest.mark.parametrize(("scope", "status"), [(None, "missing"), (["all"], "ok"), (["quoted"], "ok"),
                                               (["body"], "missing")])
def test_require_evidence_counts_only_inside_the_rules_scope(tmp_path, scope, status):
    eng = Engine(rule_folders=[_copy(tmp_path, "sundhed.nuvaerende-job.yaml", "test.job", scope)])
    res = eng.check_document(read_bytes(LETTER.encode(), ".txt", "brev.txt"), profile="sundhed-til-job",
                             only={"test.job"})
    assert {c.rule: c.status for c in res.checklist}["test.job"] == status


@pytest.mark.parametrize(("scope", "flagged"), [(None, False), (["all"], True)])
def test_abbreviation_in_the_signature_counts_only_when_scoped_in(tmp_path, scope, flagged):
    text = "Kære Sofie\n\nVi har talt med borgeren.\n\nMed venlig hilsen\nMarie Jensen\nFysioterapeut, KLX\n"
    eng = Engine(rule_folders=[_copy(tmp_path, "sprog.forkortelse.yaml", "test.abbr", scope)])
    res = eng.check_document(read_bytes(text.encode(), ".txt", "brev.txt"), only={"test.abbr"})
    assert any(f.rule == "test.abbr" for f in res.findings) is flagged
