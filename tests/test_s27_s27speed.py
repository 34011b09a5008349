"""Stop 27 speed: the tokenizer's chunk cache filled chunk by chunk, and the date regexes that open with a digit.

Invented texts only."""

from __future__ import annotations

import random
import re

from linter.analysis import dates
from linter.analysis.pipeline import make_doc

# the date patterns as they were written before: each opened with a look-behind tried at every character
_OLD = {
    "_NAMED": re.compile(r"(?<!\d)(\d{1,2})\.\s*(" + dates._ANY_MONTH + r")\.?(?:\s+(\d{4}))?", re.I),
    "_NUMERIC": re.compile(r"(?<![\d.\-])(\d{1,2})([./-])(\d{1,2})[.\-/](\d{4}|\d{2})(?![\d\-])"),
    "_NUMERIC_RANGE": re.compile(r"(?<![\d.\-])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})? ?(?:[–—-]|til) ?"
                                 r"(\d{1,2})([./-])(\d{1,2})[.\-/](\d{4}|\d{2})(?![\d\-])"),
}

_SAMPLES = [
    "Ny kontrol 12.3.2026", "periode 01.02.2026–30.04.2026 med træning", "1.2.2026 - 30.4.2026", "3. marts 2026",
    "d. 4. maj", "12.03.26", "VAS 7/10", "1/2 2026 til 30/4 2026", "123.4.2026", "-1.2.2026", "x1.2.2026-3.4.2026",
    "5.6.2026-", "10/11-2026", "2.3.2026til4.5.2026", "uge 14", "", "7", "07.08.2026 ", "31.12.2025 – 2.1.2026",
]


def test_date_patterns_match_as_before():
    rnd = random.Random(27)
    alphabet = "0123456789./-–— tilmajx\n"
    fuzz = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24))) for _ in range(20000)]
    for name, old in _OLD.items():
        new = getattr(dates, name)
        for text in _SAMPLES + fuzz:
            a, b = old.search(text), new.search(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, text)


def _tokens(doc):
    return [(t.text, t.whitespace_, t.idx) for t in doc]


def test_make_doc_fills_the_cache_with_the_same_tokens(engine):
    pipe = engine.pipeline
    text = ("Hun er ca. 40 år og har kl. 8-16 arbejdet (fx. rengøring) på St. Ryg-Centret.\n"
            "Tlf. 12 34 56 78, mail: anne@eks.dk – kontrol d. 3.4.2026? Ja, f.eks. \"gåture\".  To  mellemrum.")
    plain = _tokens(pipe.nlp.make_doc(text))
    assert _tokens(make_doc(pipe, text)) == plain
    assert set(text.split()) <= pipe.chunks_seen
    assert _tokens(make_doc(pipe, text)) == plain  # now from the cache
    # the chunks one by one give the same tokens as the whole text (what the cache is filled with)
    assert [t for c in text.split() for t in (x.text for x in pipe.nlp.tokenizer(c))] == \
        [t for t, _, _ in plain if t.strip()]


def test_make_doc_in_a_memory_zone_remembers_nothing(engine):
    pipe = engine.pipeline
    nlp = pipe.nlp
    if not hasattr(nlp, "memory_zone"):
        return
    text = "Zonetekst med ordet blåbærskovene og tlf. 11 22 33 44."
    with nlp.memory_zone():
        doc = make_doc(pipe, text)
        assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]
    assert "blåbærskovene" not in pipe.chunks_seen
