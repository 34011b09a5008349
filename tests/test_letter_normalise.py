"""Text normalisation before zoning: invisible characters, no-break spaces and Word's vertical
tab change nothing a reader sees, and findings still point at the characters as written."""

from __future__ import annotations

from linter.engine.engine import Engine
from linter.letter.normalise import clean_text, normalise_document, original_span
from linter.readers import read_bytes

LETTER = """Fysioterapien Ry
Skanderborgvej 4, 8680 Ry

Til: Jobcenter Skanderborg

Kære Lone

Jeg sender status på Kasper, som han har givet samtykke til. Han har ondt i lænden.

Venlig hilsen

Anne Holm
Fysioterapeut
Direkte 55 72 14 63
anne@fysio-ry.dk
"""


def _engine() -> Engine:
    return Engine()


def test_clean_text_maps_offsets_back():
    text, src = clean_text("\u200bKære sygedag\u00adpenge\u00a0x")
    assert text == "Kære sygedagpenge x"
    assert src is not None and len(src) == len(text) + 1
    assert src[0] == 1 and src[text.index("penge")] == "\u200bKære sygedag\u00adpenge".index("penge")


def test_no_change_no_map():
    assert clean_text("Kære Lone") == ("Kære Lone", None)


def test_invisible_characters_change_no_verdict():
    eng = _engine()
    base = eng.check_document(read_bytes(LETTER.encode(), ".txt", "a.txt"))
    noisy = "\ufeff\u200b" + LETTER.replace("Anne Holm", "\u2060Anne Holm").replace("55 72", "55\u00a072")
    got = eng.check_document(read_bytes(noisy.encode(), ".txt", "b.txt"))
    assert got.profile == base.profile == "sundhed-til-job"
    assert {f.rule for f in got.findings} == {f.rule for f in base.findings}


def test_finding_offsets_point_into_the_original_text():
    eng = _engine()
    text = LETTER.replace("Jeg sender", "\u200b\u200bJeg\u00ad sender").replace("ondt i lænden", "ondt i lænden"
                                                                                     " i henhold til planen")
    res = eng.check_document(read_bytes(text.encode(), ".txt", "c.txt"))
    hits = [f for f in res.findings if f.rule == "sprog.kancellisprog" and "henhold" in f.text]
    assert hits, [f.rule for f in res.findings]
    line = text.split("\n")[hits[0].line - 1]
    assert line[hits[0].column - 1:hits[0].end_column - 1] == hits[0].text == "i henhold til"
    # the offset counts from the block's first character; the two zero-width spaces before it are the
    # line's indent (linter/readers/text.py), the soft hyphen inside it is kept in the count
    col0 = hits[0].column - 1 - hits[0].offset
    assert col0 == 2 and line[col0 + hits[0].offset:col0 + hits[0].offset + hits[0].length] == "i henhold til"


def test_vertical_tab_is_a_line_break_on_the_same_source_line():
    doc = read_bytes(b"Venlig hilsen\n\nAnne Holm\x0bFysioterapeut\x0bDirekte 55 72 14 63\n", ".txt", "d.txt")
    texts = [(b.text, b.line, b.column0) for b in doc.blocks]
    assert texts == [("Venlig hilsen", 1, 0), ("Anne Holm", 3, 0), ("Fysioterapeut", 3, 10),
                     ("Direkte 55 72 14 63", 3, 24)]
    assert doc.blocks[1].group == doc.blocks[2].group == doc.blocks[3].group


def test_normalise_document_keeps_placeholders_on_their_characters():
    from linter.model import Block, Document

    b = Block(text="\u200bNavn: [INDSÆT NAVN]", index=1, placeholders=((7, 20),))
    doc, maps = normalise_document(Document(path="x", kind="docx", blocks=[b]))
    s, e = doc.blocks[0].placeholders[0]
    assert doc.blocks[0].text[s:e] == "[INDSÆT NAVN]"
    assert original_span(maps, 0, s, e)[2] == "[INDSÆT NAVN]"


def test_hard_wrapped_body_keeps_its_content_verdicts():
    """A plain-text body wrapped at 60 columns: a wrapped line continues its sentence (phrases match
    across the wrap) and is not taken for a heading or a label that extends the letter head."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from invariance import hard_wrap

    eng = _engine()
    long = LETTER.replace("Han har ondt i lænden.", "Han har ondt i lænden, og vi forventer, at han kan "
                          "genoptage arbejdet på fuld tid om ca. 4 uger, når træningen hos os er slut.")
    wrapped = hard_wrap(long)
    assert wrapped and max(len(line) for line in wrapped.split("\n")) <= 76
    base = eng.check_document(read_bytes(long.encode(), ".txt", "a.txt"))
    got = eng.check_document(read_bytes(wrapped.encode(), ".txt", "b.txt"))
    assert "sundhed.tidsplan" not in {f.rule for f in base.findings}
    assert {f.rule for f in got.findings if f.start < 0} == {f.rule for f in base.findings if f.start < 0}
