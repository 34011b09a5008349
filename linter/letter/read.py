"""The letter layer's entry point: normalise the text, analyse it, then zone it.

The analysis (tokens, lemmas, sentences, matches, phones, e-mails) knows nothing of letters; the
letter model (normalisation, zones, sender) is built on it here, once per document, and read by
every rule.
"""

from __future__ import annotations

import dataclasses

from linter.analysis.analysis import Analysis, analyse
from linter.analysis.pipeline import Pipeline
from linter.letter.cues import letter_cues
from linter.letter.normalise import normalise_document
from linter.letter.structure import analyse_structure, split_columns
from linter.model import Document


def read_letter(document: Document, pipe: Pipeline) -> Analysis:
    clean, source_maps = normalise_document(document)
    split = split_columns(clean.blocks)  # a two-column head read as two blocks, each at its place in the line
    if split is not None:
        clean = dataclasses.replace(clean, blocks=[b for _, b in split])
        source_maps = {k: source_maps[x] for k, (x, _) in enumerate(split) if x in source_maps}
    a = analyse(clean, pipe, source_maps)
    service = letter_cues(pipe.lexicons).get("service-lines")
    a.structure = analyse_structure(a.document.blocks, service.matches_start if service else None)
    return a
