"""The letter layer's entry point: normalise the text, analyse it, then zone it.

The analysis (tokens, lemmas, sentences, matches, phones, e-mails) knows nothing of letters; the
letter model (normalisation, zones, sender) is built on it here, once per document, and read by
every rule.
"""

from __future__ import annotations

from linter.analysis.analysis import Analysis, analyse
from linter.analysis.pipeline import Pipeline
from linter.letter.cues import letter_cues
from linter.letter.normalise import normalise_document
from linter.letter.structure import analyse_structure
from linter.model import Document


def read_letter(document: Document, pipe: Pipeline) -> Analysis:
    clean, source_maps = normalise_document(document)
    a = analyse(clean, pipe, source_maps)
    service = letter_cues(pipe.lexicons).get("service-lines")
    a.structure = analyse_structure(a.document.blocks, service.matches_start if service else None)
    return a
