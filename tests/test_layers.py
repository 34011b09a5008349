"""The import graph has layers, and no import runs back up (issue 12).

    base (model, errors, readers, lexicons, regex check, literals, case folding)
        < analysis < letter < kinds < engine, CLI, server

The analysis (tokens, lemmas, sentences, matches, phones, e-mails) knows nothing of letters; the
letter model (normalisation, zones, sender) reads the analysis; rule kinds read both. Imports inside
functions count too: a lazy import up the stack is still a dependency up the stack.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "linter"
LAYERS = {"analysis": 1, "letter": 2, "kinds": 3}
BASE = {"model", "errors", "yamlio", "data", "regex_check", "regex_literals", "regex_fold", "lexicons", "readers",
        "suppressions"}


def _layer(module: str) -> int:
    parts = module.split(".")
    if parts[0] != "linter" or len(parts) == 1:
        return -1
    if parts[1] in BASE:
        return 0
    return LAYERS.get(parts[1], 4)


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out.append((".".join(parts), path))
    return out


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m.startswith("linter")}


@pytest.mark.parametrize("module,path", [m for m in _modules() if _layer(m[0]) <= 2], ids=lambda v: str(v))
def test_no_import_runs_back_up(module: str, path: Path) -> None:
    here = _layer(module)
    upward = sorted(m for m in _imports(path) if _layer(m) > here)
    assert not upward, f"{module} (layer {here}) imports from a higher layer: {upward}"


def test_the_layers_are_really_used() -> None:
    """The check above is not empty: the letter layer does read the analysis, and the kinds the letter."""
    by_name = dict(_modules())
    assert any(_layer(m) == 1 for m in _imports(by_name["linter.letter.sender"]))
    assert any(_layer(m) == 2 for p in PKG.joinpath("kinds").glob("*.py") for m in _imports(p))


def test_the_parties_model_reads_only_the_layers_below():
    """The parties model (people, party, parties) is in the scan above and imports only the analysis, the
    letter layer and the base helpers: never a kind, the engine or a reporter."""
    by_name = dict(_modules())
    for module in ("linter.letter.people", "linter.letter.party", "linter.letter.parties"):
        found = _imports(by_name[module])
        assert all(_layer(m) <= 2 for m in found), (module, found)
        assert not {m for m in found if m.split(".")[1] in ("kinds", "engine", "reporters")}
