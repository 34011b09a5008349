"""Property-based tests: findings always point at exactly the text they quote.

Bounded for CI (max_examples, no deadline: a loaded 2-core box must not flake)."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.errors import InputError
from linter.readers import read_bytes

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

WORDS = ["Kære", "Ole", "diskusprolaps", "jf.", "bl.a.", "KOL", "skånehensyn", "{{ navn }}", "«Felt»",
         "XXXX", "marie.jensen@lindeby.dk", "40 27 15 93", "tlf.", "blev", "vurderet", "af", "lægen",
         "Med venlig hilsen", "senest", "fredag", "😀", "e\u0301", "ﬁ", "\u00a0", "\t", "–", "ß", "İ",
         "iht.", "herved", "bedes", "[INDSÆT dato]", "lumbago", "fremadrettet"]
FLAGGED = st.sampled_from(["diskusprolaps", "jf.", "KOL", "{{ navn }}", "«Felt»", "XXXX", "iht.", "herved",
                           "bedes", "[INDSÆT dato]", "lumbago", "fremadrettet"])  # words rules flag
# Any character except surrogates, NUL and the other C0/C1 controls that make a text
# "binary" (tab and newlines are in); emoji and combining marks included.
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00",
                      whitelist_categories=None).filter(lambda c: c in "\t\n\r" or ord(c) >= 32)
CONTROLS = st.sampled_from(["\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\u200b",
                            "\ufeff"])  # NUL-free controls and odd separators, a few per text
PIECE = st.one_of(FLAGGED, st.sampled_from(WORDS), st.text(CHARS, min_size=1, max_size=12), CONTROLS,
                  st.text(st.sampled_from("abcæøå"), min_size=30, max_size=300))  # very long words
SEP = st.sampled_from([" ", " ", " ", "\n", "\r\n", "\n\n", ". ", ", "])
TEXT = st.lists(st.tuples(PIECE, SEP), min_size=3, max_size=60).map(
    lambda pairs: "".join(p + s for p, s in pairs))


def _check_located(result, doc, source_lines: list[str] | None) -> None:
    blocks = {b.index: b for b in doc.blocks}
    for f in result.findings:
        if f.offset == 0 and f.length == 0 and f.text == "":
            continue  # document-level finding
        b = blocks[f.paragraph]
        assert 0 <= f.offset and f.offset + f.length <= len(b.text), f
        assert b.text[f.offset:f.offset + f.length] == f.text, f
        if source_lines is not None:
            line = source_lines[f.line - 1]
            assert line[f.column - 1:f.end_column - 1] == f.text, (f, line)
            assert f.end_line == f.line


@SETTINGS
@given(text=TEXT)
def test_text_findings_slice_their_paragraph_and_source_line(engine, text):
    data = text.encode("utf-8")
    try:
        doc = read_bytes(data, ".txt", "brev.txt")
    except InputError:
        return  # empty or control-heavy text is refused cleanly; that is allowed
    result = engine.check_document(doc)
    source = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    _check_located(result, doc, source)


@SETTINGS
@given(text=TEXT)
def test_markdown_findings_slice_their_source_line(engine, text):
    try:
        doc = read_bytes(("# Overskrift\n\n- " + text).encode("utf-8"), ".md", "brev.md")
    except InputError:
        return
    source = ("# Overskrift\n\n- " + text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    _check_located(engine.check_document(doc), doc, source)


XML_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
PARA = st.one_of(st.sampled_from(WORDS[:20]), st.text(XML_CHARS, max_size=40)).map(str.strip)


@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(paras=st.lists(st.lists(PARA, min_size=1, max_size=8).map(" ".join), min_size=1, max_size=12))
def test_docx_from_random_paragraphs_round_trips_locations(engine, paras):
    import docx

    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), ".docx", "brev.docx")
    body = [b.text for b in doc.blocks if b.part == "body"]
    # the reader trims a paragraph's outer whitespace; the words come back in order
    assert [b.strip() for b in body] == [p.strip() for p in paras if p.strip()]
    result = engine.check_document(doc)
    _check_located(result, doc, None)
