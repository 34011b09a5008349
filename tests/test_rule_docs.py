"""docs/rules.md is generated from the rule YAML (SARIF helpUri points into it): it must not drift."""

from __future__ import annotations

from pathlib import Path

from linter.rule_docs import rules_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_rule_reference_is_up_to_date(engine):
    expected = rules_markdown(engine.rules)
    assert DOCS.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is stale: run `brevlint rules --format markdown > docs/rules.md`")


def test_every_rule_has_a_section_with_its_source_quote(engine):
    text = DOCS.read_text(encoding="utf-8")
    for rule in engine.rules:
        assert f"## {rule.id}\n" in text
        assert rule.source["quote"].split("\n")[0][:40] in text
