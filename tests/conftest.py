from __future__ import annotations

import pytest

from linter.engine.engine import Engine


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


@pytest.fixture()
def check_text(engine):
    """Check a text as a .txt letter; returns the FileResult."""
    from linter.readers import read_bytes

    def run(text: str, profile: str | None = None, **kw):
        doc = read_bytes(text.encode("utf-8"), ".txt", "brev.txt")
        return engine.check_document(doc, profile=profile, **kw)

    return run


@pytest.fixture()
def private_cache(tmp_path, monkeypatch):
    """A result/lemma cache of the test's own, so cached results never leak between tests."""
    monkeypatch.setenv("BREVLINT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture()
def kontakt_fired(check_text):
    """The kontakt.* rules that fire on a text checked as a `generel` letter."""
    from kontakt_rules import KONTAKT

    def run(text: str) -> set[str]:
        res = check_text(text, profile="generel", only=KONTAKT)
        return {f.rule for f in res.findings}

    return run
