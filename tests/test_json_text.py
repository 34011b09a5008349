"""The JSON report's encoder writes exactly what json.dumps(…, ensure_ascii=False, indent=2) writes."""

from __future__ import annotations

import enum
import json
from pathlib import Path

import pytest

from linter.reporters.json_reporter import result_dict
from linter.reporters.json_text import dumps_indented


class _Zone(enum.StrEnum):
    BODY = "body"


class _Level(enum.IntEnum):
    WARN = 2


SHAPES = [
    None, True, False, 0, -7, 2**70, 1.5, -0.0, 1e-7, 1e300, float("nan"), float("inf"), float("-inf"),
    "", "æøå «citat» \u2028 \x00 \x1f \" \\ / \t\n", _Zone.BODY, _Level.WARN,
    [], {}, [[]], [{}], {"a": []}, {"a": {}}, (1, "to", None), [1, [2, [3, {"x": (4,)}]]],
    {"version": 1, "files": [{"path": "a.txt", "findings": [], "sender": None, "nested": {"k": [True, 0.5]}}]},
    {7: "int key", 2.5: "float key", True: "bool key", False: "no", None: "none key", "s": "str key"},
]


@pytest.mark.parametrize("value", SHAPES, ids=lambda v: type(v).__name__)
def test_same_text_as_json_dumps(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)
    assert dumps_indented(value, indent=4) == json.dumps(value, ensure_ascii=False, indent=4)


def test_refuses_what_json_refuses():
    with pytest.raises(TypeError):
        dumps_indented({"x": object()})
    with pytest.raises(TypeError):
        dumps_indented({(1, 2): "tuple key"})


def test_corpus_reports_identical(engine):
    from linter.readers import read_document

    corpus = sorted((Path(__file__).parent / "corpus").glob("*.txt"))[:25]
    for path in corpus:
        out = {"version": 1, "files": [result_dict(engine.check_document(read_document(str(path))))]}
        assert dumps_indented(out) == json.dumps(out, ensure_ascii=False, indent=2), path.name
