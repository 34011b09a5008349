"""Import spaCy without its command-line package.

`spacy/__init__.py` imports `spacy.cli.info` only to re-export `spacy.info`; that pulls in
spaCy's whole CLI (typer, weasel, requests, ...), a large share of `import spacy`, and
brevlint never uses it. While spaCy's package initialises we give it a stand-in
`spacy.cli.info` whose `info` imports the real one on first call, and remove the
stand-ins right after, so a later `import spacy.cli` gets the real package.
"""

from __future__ import annotations

import sys
import types
from typing import Any


def _lazy_info(*args: Any, **kwargs: Any) -> Any:
    import importlib

    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    if "spacy.cli" in sys.modules or "spacy.cli.info" in sys.modules:  # pragma: no cover
        import spacy

        return spacy
    cli = types.ModuleType("spacy.cli")
    info = types.ModuleType("spacy.cli.info")
    info.info = _lazy_info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    cli.__path__ = []  # a package with no submodules of its own
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
    try:
        import spacy
    finally:
        for name, stub in (("spacy.cli.info", info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
        pkg = sys.modules.get("spacy")
        if pkg is not None and getattr(pkg, "cli", None) is cli:
            delattr(pkg, "cli")
    return spacy
