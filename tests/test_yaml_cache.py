"""The parsed shipped rules and lexicons kept in the cache dir (linter/yamlio.py): a later start gets the
same data as parsing, each caller its own, and nothing but the shipped folders' files is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import linter.yamlio as yamlio
from linter.data import data_dir


@pytest.fixture()
def fresh(tmp_path: Path, monkeypatch) -> Path:
    """An empty cache dir and a process that has read no cache yet."""
    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(yamlio, "_PARSED", [])
    return tmp_path / "cache"


def _shipped_files() -> list[Path]:
    return sorted(data_dir("rules").rglob("*.yaml")) + sorted(data_dir("lexicons").rglob("*.yaml"))[:20]


_PARSE = yamlio.parse_yaml


def _parsed(path: Path):
    return _PARSE(path.read_text(encoding="utf-8"), str(path))


def test_later_start_reads_the_same_data(fresh: Path, monkeypatch) -> None:
    files = _shipped_files()
    first = [yamlio.load_yaml(f) for f in files]
    yamlio.save_parsed()
    assert len(list(fresh.glob("yaml-*.json"))) == 1
    monkeypatch.setattr(yamlio, "_PARSED", [])  # the next start
    monkeypatch.setattr(yamlio, "parse_yaml", lambda *a: pytest.fail("parsed again"))
    again = [yamlio.load_yaml(f) for f in files]
    assert again == first == [_parsed(f) for f in files]


def test_each_caller_gets_its_own_data(fresh: Path, monkeypatch) -> None:
    f = _shipped_files()[0]
    yamlio.load_yaml(f)
    yamlio.save_parsed()
    monkeypatch.setattr(yamlio, "_PARSED", [])
    got = yamlio.load_yaml(f)
    got["id"] = "changed by a caller"
    assert yamlio.load_yaml(f) == _parsed(f)  # a second load in the same process
    yamlio.load_yaml(_shipped_files()[1])
    yamlio._PARSED[0].new["x"] = json.dumps({"new": 1})  # something new: the file is written again
    yamlio.save_parsed()
    monkeypatch.setattr(yamlio, "_PARSED", [])
    assert yamlio.load_yaml(f) == _parsed(f)  # the caller's change never reached the cache


def test_user_files_are_never_cached(fresh: Path, tmp_path: Path) -> None:
    own = tmp_path / "brevlint.yaml"
    own.write_text("serve:\n  token: hemmelig\n", encoding="utf-8")
    assert yamlio.load_yaml(own) == {"serve": {"token": "hemmelig"}}
    yamlio.save_parsed()
    assert not any("hemmelig" in p.read_text(encoding="utf-8") for p in fresh.glob("*")) if fresh.exists() else True
    assert not yamlio._shipped(own)
    assert not yamlio._shipped(data_dir("rules") / ".." / "README.md")


def test_corrupt_cache_parses_again(fresh: Path, monkeypatch) -> None:
    files = _shipped_files()[:3]
    [yamlio.load_yaml(f) for f in files]
    yamlio.save_parsed()
    (cached,) = fresh.glob("yaml-*.json")
    for bad in ("{not json", "[]", "3"):
        cached.write_text(bad, encoding="utf-8")
        monkeypatch.setattr(yamlio, "_PARSED", [])
        assert [yamlio.load_yaml(f) for f in files] == [_parsed(f) for f in files]


def test_yaml_errors_still_raised_for_shipped_paths(fresh: Path, monkeypatch, tmp_path: Path) -> None:
    from linter.errors import ConfigError

    monkeypatch.setattr(yamlio, "_shipped", lambda path: True)
    bad = tmp_path / "dup.yaml"
    bad.write_text("a: 1\na: 2\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        yamlio.load_yaml(bad)
    with pytest.raises(ConfigError):  # not remembered as parsed
        yamlio.load_yaml(bad)
