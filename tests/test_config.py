"""Config errors name the file and the key; every limit can be changed in config."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.config import load_config_file
from linter.errors import ConfigError
from linter.readers.limits import Limits


def _cfg(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "brevlint.yaml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(("yaml_text", "key"), [
    ("profil: generel\n", "profil"),
    ("profile: alle\n", "profile"),
    ("template: ja\n", "template"),
    ("lang: de\n", "lang"),
    ("fail_level: fatal\n", "fail_level"),
    ("rules: [a, b]\n", "rules"),
    ("rules:\n  sprog.passiv: loud\n", "rules.sprog.passiv"),
    ("rules:\n  sprog.passiv: {level: off}\n", "rules.sprog.passiv"),
    ("thresholds:\n  lix: høj\n", "thresholds.lix"),
    ("thresholds:\n  lix: -5\n", "thresholds.lix"),
    ("thresholds: 45\n", "thresholds"),
    ("rule_folders: [findes-ikke]\n", "rule_folders"),
    ("lexicon_folders: 7\n", "lexicon_folders"),
    ("include: [\"\"]\n", "include"),
    ("include: [\"/etc/*\"]\n", "include"),
    ("exclude: [\"../**\"]\n", "exclude"),
    ("exclude: [\"[abc*.docx\"]\n", "exclude"),
    ("templates: [3]\n", "templates"),
    ("per_file_ignores:\n  \"*.docx\": 5\n", "per_file_ignores.*.docx"),
    ("limits: 5\n", "limits"),
    ("limits:\n  max_bytes: 5\n", "limits.max_bytes"),
    ("limits:\n  max_file_bytes: -1\n", "limits.max_file_bytes"),
    ("limits:\n  max_file_bytes: 0\n", "limits.max_file_bytes"),
    ("limits:\n  max_paragraphs: 2.5\n", "limits.max_paragraphs"),
    ("limits:\n  max_characters: mange\n", "limits.max_characters"),
    ("limits:\n  max_line_characters: true\n", "limits.max_line_characters"),
    ("limits:\n  time_budget_seconds: 0\n", "limits.time_budget_seconds"),
    ("limits:\n  time_budget_seconds: .nan\n", "limits.time_budget_seconds"),
    ("limits:\n  max_characters: .inf\n", "limits.max_characters"),
])
def test_config_error_names_file_and_key(tmp_path, yaml_text, key):
    p = _cfg(tmp_path, yaml_text)
    with pytest.raises(ConfigError) as exc:
        load_config_file(p)
    for lang in ("da", "en"):
        msg = exc.value.message(lang)
        assert msg.startswith(f"{p}: ") and f"'{key}'" in msg, msg
        assert "\n" not in msg


def test_not_a_mapping_and_invalid_yaml_name_the_file(tmp_path):
    for text in ("- a\n- b\n", "a: [1, 2\n"):
        p = _cfg(tmp_path, text)
        with pytest.raises(ConfigError) as exc:
            load_config_file(p)
        assert str(p) in exc.value.message("da")


def test_pyproject_errors_name_the_file(tmp_path):
    p = tmp_path / "pyproject.toml"
    p.write_text("[tool.brevlint]\nlimits = { max_file_bytes = \"x\" }\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config_file(p)
    assert str(p) in exc.value.message("en") and "'limits.max_file_bytes'" in exc.value.message("en")


def test_every_limit_can_be_set_in_config(tmp_path):
    values = {"max_file_bytes": 1000, "max_decompressed_bytes": 2000, "max_paragraphs": 30,
              "max_characters": 4000, "max_line_characters": 500, "time_budget_seconds": 2.5}
    assert set(values) == {f for f in Limits.__dataclass_fields__}  # a new limit needs a test here
    p = _cfg(tmp_path, "limits:\n" + "".join(f"  {k}: {v}\n" for k, v in values.items()))
    lim = load_config_file(p).limits
    assert {k: getattr(lim, k) for k in values} == values


def test_folders_are_relative_to_the_config_file(tmp_path):
    (tmp_path / "cfg" / "regler").mkdir(parents=True)
    p = tmp_path / "cfg" / "brevlint.yaml"
    p.write_text("rule_folders: [regler]\n", encoding="utf-8")
    assert load_config_file(p).rule_folders == [(tmp_path / "cfg" / "regler").resolve()]


def test_unknown_rule_id_and_threshold_are_named(tmp_path, engine):
    for text, key in (("rules:\n  sprog.findes-ikke: off\n", "rules.sprog.findes-ikke"),
                      ("thresholds:\n  ukendt: 3\n", "thresholds.ukendt")):
        p = _cfg(tmp_path, text)
        with pytest.raises(ConfigError) as exc:
            engine.validate_config(load_config_file(p))
        assert str(p) in exc.value.message("da") and f"'{key}'" in exc.value.message("da")
