"""No dependency without a use: every runtime dependency in pyproject.toml is imported by the
package. (textstat was dropped: it counts numbers such as '20' or '24/4' as words and ends a
sentence at every 'fx.', 'kl.' or 'd.', so its LIX disagrees with RULES.md's convention: letter
words only, sentences as the sentence splitter finds them, in the body.)"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMPORT_NAMES = {"pyyaml": "yaml", "python-docx": "docx", "spacy-lookups-data": "spacy_lookups_data",
                "email-validator": "email_validator"}


def test_every_runtime_dependency_is_imported():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = [re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0].lower() for d in deps]
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "linter").rglob("*.py"))
    for name in names:
        module = IMPORT_NAMES.get(name, name.replace("-", "_"))
        assert re.search(rf"^\s*(import|from) {module}\b|import_module\(\"{module}\"\)|\"{module}\"", source, re.M), \
            f"{name} is declared in pyproject.toml but linter/ never imports {module}"
    assert "textstat" not in names
