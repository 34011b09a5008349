"""Every .docx letter of the dev corpus scores as its .txt twin does."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.readers import read_document

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
DOCX = sorted((CORPUS / "docx").glob("*.docx")) if (CORPUS / "docx").is_dir() else []

pytestmark = pytest.mark.skipif(not DOCX, reason="../shared/corpus/dev/docx is absent")


def _score(engine, path: Path) -> dict:
    result = engine.check_document(read_document(path))
    by_rule = lambda rid: sorted(f.term or f.text for f in result.findings if f.rule == rid)  # noqa: E731
    return {
        "profile": result.profile,
        "fires": sorted({f.rule for f in result.findings if f.document_level}),
        "jargon": set(by_rule("sprog.jargon")),
        "kancellisprog": set(by_rule("sprog.kancellisprog")),
        "pladsholder": len(by_rule("skabelon.pladsholder")),
    }


def test_corpus_has_the_six_docx_letters():
    assert len(DOCX) == 6





@pytest.mark.parametrize("path", DOCX, ids=lambda p: p.stem)
def test_docx_scores_like_txt_twin(engine, path):
    twin = CORPUS / (path.stem + ".txt")
    assert twin.is_file()
    assert _score(engine, path) == _score(engine, twin)
