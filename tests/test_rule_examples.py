"""Every rule's examples.pass / examples.fail, collected from rules/ and run."""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine

_ENGINE = Engine()


def _cases():
    for rule in sorted(_ENGINE.rules, key=lambda r: r.id):
        profile = rule.examples.get("profile") or rule.profiles[0]
        profile = None if profile == "detect" else profile  # the rule reads how the profile was detected
        for i, text in enumerate(rule.examples.get("pass") or []):
            yield pytest.param(rule.id, profile, text, False, id=f"{rule.id}-pass{i}")
        for i, text in enumerate(rule.examples.get("fail") or []):
            yield pytest.param(rule.id, profile, text, True, id=f"{rule.id}-fail{i}")


def test_every_rule_has_examples():
    for rule in _ENGINE.rules:
        assert rule.examples.get("pass"), f"{rule.id} has no pass example"
        assert rule.examples.get("fail"), f"{rule.id} has no fail example"


@pytest.mark.parametrize(("rule_id", "profile", "text", "should_fire"), list(_cases()))
def test_rule_example(check_text, rule_id, profile, text, should_fire):
    result = check_text(text, profile=profile, only={rule_id})
    fired = [f for f in result.findings if f.rule == rule_id]
    if should_fire:
        assert fired, f"{rule_id} should fire on:\n{text}"
    else:
        assert not fired, f"{rule_id} should not fire on:\n{text}\n got: {[f.text for f in fired]}"
