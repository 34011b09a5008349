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


def _explain(rule_id: str, lang: str = "da") -> str:
    from click.testing import CliRunner

    from linter.cli import main

    r = CliRunner().invoke(main, ["explain", rule_id, "--lang", lang])
    assert r.exit_code == 0, r.output
    return r.output


def test_explain_never_shows_a_failing_and_a_passing_example_as_the_same_text(engine):
    """Each example is whole, or a long pair is cut to the lines that differ: the shown failing and
    passing text is never identical (the old 200-character cut made whole letters look the same)."""
    for rule in engine.rules:
        out = _explain(rule.id)
        fails = [line.split("| ", 1)[1] for line in out.splitlines() if line.startswith("  fejler")]
        passes = [line.split("| ", 1)[1] for line in out.splitlines() if line.startswith("  består")]
        if rule.examples.get("fail") and rule.examples.get("pass"):
            assert fails != passes or (not fails and "Fejler: " in out and "Består: " in out), rule.id
        assert "…" not in out.replace("  …\n", "").replace("(… ", ""), rule.id  # nothing cut mid-text
        first_fail = " ".join(rule.examples.get("fail", [""])[0].split()) if rule.examples.get("fail") else ""
        if first_fail and len([ln for ln in rule.examples["fail"][0].splitlines() if ln.strip()]) <= 3:
            shown = " ".join(" ".join(line.split()) for line in out.split("Fejler: ", 1)[1].splitlines()
                             if not line.startswith(("Består", "Fejler")))
            assert first_fail.split()[-1] in shown, rule.id  # the whole example, to its last word


def test_lix_example_shows_the_differing_body_lines():
    out = _explain("sprog.lix", "en")
    assert "  fails  | Borgerens nuværende beskæftigelsesmæssige situation" in out
    assert "  passes | Ole arbejder som lagermedarbejder" in out
    assert "Marie Jensen" not in out  # the shared signature is one '…', not repeated


def test_no_raw_placeholders_outside_a_letter(engine):
    import json

    from click.testing import CliRunner

    from linter.cli import main

    for lang in ("da", "en"):
        rules = json.loads(CliRunner().invoke(main, ["rules", "--format", "json", "--lang", lang]).output)
        assert not [r["id"] for r in rules if "{" in r["message"]]
        assert "{value}" not in _explain("sprog.lix", lang) and "{threshold}" not in _explain("sprog.lix", lang)
    text = DOCS.read_text(encoding="utf-8")
    assert "{value}" not in text and "{threshold}" not in text
    assert "(LIX N; the threshold is 45)" in text and "(N ord; grænsen er 30)" in text
