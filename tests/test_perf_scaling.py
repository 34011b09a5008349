"""Correctness of the linear-time paths (no timings): a letter repeated k times as one
document has exactly k times the sentences and lexicon matches of one copy, and token
patterns never join words of different sentences."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from linter.engine.engine import Engine
from linter.model import Document
from linter.readers import read_document

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "brev-til-jobcenter.txt"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _repeat(doc: Document, k: int) -> Document:
    lines = max(b.line for b in doc.blocks) + 1
    groups = max(b.group for b in doc.blocks) + 1
    n = len(doc.blocks)
    blocks = [replace(b, index=b.index + i * n, line=b.line + i * lines, group=b.group + i * groups)
              for i in range(k) for b in doc.blocks]
    return Document(path=doc.path, kind=doc.kind, blocks=blocks)


def test_repeated_letter_scales_exactly(engine: Engine) -> None:
    one = read_document(EXAMPLE)
    a1 = engine.analyse(one)
    k = 7
    ak = engine.analyse(_repeat(one, k))
    shift = len(a1.text) + 1  # the copies are joined by one newline
    assert len(ak.sentences) == k * len(a1.sentences)
    assert ak.sentences[: len(a1.sentences)] == a1.sentences
    assert ak.sentences[-len(a1.sentences):] == [(s + (k - 1) * shift, e + (k - 1) * shift) for s, e in a1.sentences]
    key = [(m.lexicon, m.entry, m.start_char, m.end_char) for m in a1.matches]
    keyk = [(m.lexicon, m.entry, m.start_char - i * shift, m.end_char - i * shift)
            for m in ak.matches for i in [m.start_char // shift]]
    assert sorted(keyk) == sorted(key * k)
    for off in (0, shift // 2, len(ak.text) - 1):
        s, e = ak.sentence_of(off)
        assert s <= off or off < ak.sentences[0][0]
        assert (s, e) in ak.sentences


def test_token_patterns_stay_inside_a_sentence(engine: Engine) -> None:
    from linter.model import Block

    lines = ["Vi vil gerne have en status.", "Vi holder møde inden længe."]
    doc = Document(path="x.txt", kind="txt", blocks=[Block(text=t, index=i, line=i * 2 + 1)
                                                     for i, t in enumerate(lines)])
    a = engine.analyse(doc)
    assert len(a.sentences) == 2
    for m in a.matches:
        assert a.sentence_of(m.start_char) == a.sentence_of(max(m.start_char, m.end_char - 1))
