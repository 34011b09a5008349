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



# Layouts the letter-structure analysis (linter/analysis/structure.py, owned by `kontakt`) does not yet
# read like the .txt: the recipient's cell before the sender's in a head table (12, 34) and address
# lines that are separate Word paragraphs with no blank paragraph between them (37). The reader gives
# the same text in document order; non-strict so the fix in structure.py shows up as XPASS.
STRUCTURE_PENDING = {"12-kiropraktor-kun-klinikkens-kontakt", "34-jobcenter-kun-modtagers-og-borgers-telefon",
                     "37-invitation-faelles-moede"}


def _param(path: Path):
    marks = [pytest.mark.xfail(reason="head layout: structure.py (kontakt)", strict=False)] \
        if path.stem in STRUCTURE_PENDING else []
    return pytest.param(path, id=path.stem, marks=marks)


@pytest.mark.parametrize("path", [_param(p) for p in DOCX])
def test_docx_scores_like_txt_twin(engine, path):
    twin = CORPUS / (path.stem + ".txt")
    assert twin.is_file()
    assert _score(engine, path) == _score(engine, twin)
