"""Hostile rule packs and lexicon folders: safe YAML, no catastrophic regexes, no
reading outside the folders the config names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_hostile_common import GOOD_LETTER, PLACEHOLDER_RULE, cli

from linter.config import load_config_file
from linter.engine.engine import Engine
from linter.engine.loader import load_rules
from linter.errors import ConfigError
from linter.kinds import KINDS
from linter.regex_check import regex_problem

CONCEPT = """name: egen
type: concept
phrases: ["noget"]
patterns:
  - [{{"LOWER": {{"REGEX": "{regex}"}}}}]
"""


def _rule_pack(tmp_path: Path, text: str, name: str = "egen.yaml") -> Path:
    folder = tmp_path / "regler"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def _load_error(folder: Path) -> ConfigError:
    with pytest.raises(ConfigError) as exc:
        load_rules([folder], KINDS)
    return exc.value


def test_a_valid_custom_rule_loads(tmp_path):
    folder = _rule_pack(tmp_path, PLACEHOLDER_RULE.format(pattern=r"'\[\[[^\]]{1,40}\]\]'"))
    assert [r.id for r in load_rules([folder], KINDS)] == ["egen.pladsholder"]


def test_python_object_tag_is_rejected_and_never_run(tmp_path):
    marker = tmp_path / "pwned"
    folder = _rule_pack(tmp_path, f"!!python/object/apply:os.system ['touch {marker}']\n")
    err = _load_error(folder)
    assert str(folder / "egen.yaml") in err.message("da") and "python/object" in err.message("en")
    assert not marker.exists()


def test_include_tag_is_rejected(tmp_path):
    (tmp_path / "hemmelig.yaml").write_text("hemmelighed: 42\n", encoding="utf-8")
    folder = _rule_pack(tmp_path, "id: !include ../hemmelig.yaml\n")
    err = _load_error(folder)
    assert str(folder / "egen.yaml") in err.message("da") and "include" in err.message("en")


def test_billion_laughs_is_refused(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 30):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    folder = _rule_pack(tmp_path, "\n".join(lines) + "\n")
    err = _load_error(folder)
    assert str(folder / "egen.yaml") in err.message("da") and "alias" in err.message("en")


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(.*)*x", r"(a|a)*b", r"(\w+\s?)+!", r"(x|xy)+z"])
def test_catastrophic_placeholder_pattern_rejected_at_load(tmp_path, pattern):
    folder = _rule_pack(tmp_path, PLACEHOLDER_RULE.format(pattern=f"'{pattern}'"))
    err = _load_error(folder)
    msg = err.message("en")
    assert str(folder / "egen.yaml") in msg and "'params.patterns[0]'" in msg and "backtrack" in msg


def test_invalid_regex_is_a_config_error(tmp_path):
    folder = _rule_pack(tmp_path, PLACEHOLDER_RULE.format(pattern="'([a-'"))
    assert "'params.patterns[0]'" in _load_error(folder).message("da")


@pytest.mark.parametrize("pattern", [r"\{\{[^}]*\}\}", r"(?:\s|-)*", r"(?>a+)+$", r"(a++)+$",
                                     r"^(?:[a-zæøå]{1,5}\.){1,3}$", r"(\d{2} ?){4}"])
def test_safe_patterns_are_accepted(pattern):
    assert regex_problem(pattern) is None


def test_shipped_rules_and_lexicons_pass_the_regex_check():
    Engine()  # would raise ConfigError naming the file


def test_catastrophic_regex_in_concept_lexicon_rejected(tmp_path):
    folder = tmp_path / "ord" / "concepts"
    folder.mkdir(parents=True)
    (folder / "egen.yaml").write_text(CONCEPT.format(regex=r"^(a+)+$"), encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        Engine(lexicon_folders=[tmp_path / "ord"])
    msg = exc.value.message("en")
    assert str(folder / "egen.yaml") in msg and "patterns[0][0].LOWER.REGEX" in msg


def test_rule_id_cannot_traverse_paths(tmp_path):
    folder = _rule_pack(tmp_path, PLACEHOLDER_RULE.replace("egen.pladsholder", "../../etc/passwd")
                        .format(pattern="'x{5}'"))
    assert "'id'" in _load_error(folder).message("da")


def test_symlink_out_of_a_rule_folder_is_refused(tmp_path):
    outside = tmp_path / "udenfor.yaml"
    outside.write_text(PLACEHOLDER_RULE.format(pattern="'x{5}'"), encoding="utf-8")
    folder = tmp_path / "regler"
    folder.mkdir()
    (folder / "link.yaml").symlink_to(outside)
    assert "link.yaml" in _load_error(folder).message("da")  # the loader refuses it
    cfg = tmp_path / "brevlint.yaml"
    cfg.write_text("rule_folders: [regler]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:  # and so does the config, for lexicon folders too
        load_config_file(cfg)
    assert str(cfg) in exc.value.message("en") and "'rule_folders'" in exc.value.message("en")
    cfg.write_text("lexicon_folders: [regler]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config_file(cfg)
    assert "'lexicon_folders'" in exc.value.message("en")


def test_hostile_rule_pack_through_the_cli(tmp_path):
    _rule_pack(tmp_path, PLACEHOLDER_RULE.format(pattern="'(a+)+$'"))
    (tmp_path / "brevlint.yaml").write_text("rule_folders: [regler]\n", encoding="utf-8")
    (tmp_path / "brev.txt").write_text(GOOD_LETTER, encoding="utf-8")
    r = cli("check", "--format", "json", "brev.txt", cwd=tmp_path, timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    err = json.loads(r.stdout)["files"][0]["error"] if r.stdout.strip() else None
    text = r.stderr + (err["message"] if err else "")
    assert "egen.yaml" in text and "params.patterns[0]" in text


def test_binary_word_list_in_a_lexicon_folder_is_a_clear_error(tmp_path):
    (tmp_path / "ord").mkdir()
    (tmp_path / "ord" / "liste.txt").write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(ConfigError) as exc:
        Engine(lexicon_folders=[tmp_path / "ord"])
    assert str(tmp_path / "ord" / "liste.txt") in exc.value.message("da")


def test_deeply_nested_yaml_is_a_clear_error(tmp_path):
    folder = _rule_pack(tmp_path, "id: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert "egen.yaml" in _load_error(folder).message("da")


def test_a_key_given_twice_is_a_clear_error_not_a_lost_list(tmp_path):
    # YAML keeps the last of two equal keys silently: a rule with two `unless_span:` lists lost the first
    folder = _rule_pack(tmp_path, "id: egen.regel\nkind: forbid\nparams:\n  terms: [a]\n  terms: [b]\n")
    err = _load_error(folder)
    for lang, line in (("da", "linje 5"), ("en", "line 5")):
        msg = err.message(lang)
        assert "egen.yaml" in msg and "'terms'" in msg and line in msg, msg


def test_config_with_a_key_twice_names_the_file_and_the_key(tmp_path):
    from linter.config import load_config_file
    p = tmp_path / "brevlint.yaml"
    p.write_text("profile: generel\nprofile: sundhed-til-job\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config_file(p)
    assert str(p) in exc.value.message("en") and "duplicate key 'profile'" in exc.value.message("en")
