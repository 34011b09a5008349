"""Text and Markdown readers: encodings, line/column locations, markdown markers."""

from __future__ import annotations

import pytest

from linter.errors import InputError
from linter.readers import read_bytes

LETTER = "Kære Ole\n\nDu kan løfte 10 kg. Sæt æ, ø og å.\n"


@pytest.mark.parametrize(
    "data",
    [LETTER.encode("utf-8"), b"\xef\xbb\xbf" + LETTER.encode("utf-8"), LETTER.encode("cp1252"),
     LETTER.encode("utf-16")],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-bom"],
)
def test_encodings_decode_to_the_same_text(data):
    doc = read_bytes(data, ".txt", "brev.txt")
    assert [b.text for b in doc.blocks] == ["Kære Ole", "Du kan løfte 10 kg. Sæt æ, ø og å."]


def test_cp1252_quotes_and_letters_not_garbled():
    raw = "Han sagde \u201dhej\u201d og \u2013 så gik han. Æblet.".encode("cp1252")
    doc = read_bytes(raw, ".txt", "gammel.txt")
    assert doc.blocks[0].text == "Han sagde \u201dhej\u201d og \u2013 så gik han. Æblet."


def test_blocks_keep_source_line_and_column():
    doc = read_bytes(b"Til: Jobcenter\n\n   Indrykket linje\nNaeste\n", ".txt", "a.txt")
    assert [(b.text, b.line, b.column0) for b in doc.blocks] == [
        ("Til: Jobcenter", 1, 0), ("Indrykket linje", 3, 3), ("Naeste", 4, 0)]
    # blank lines start a new group; consecutive lines share one
    assert [b.group for b in doc.blocks] == [1, 2, 2]


def test_crlf_line_endings():
    doc = read_bytes(b"En\r\nTo\r\n", ".txt", "a.txt")
    assert [(b.text, b.line) for b in doc.blocks] == [("En", 1), ("To", 2)]


def test_markdown_heading_and_list_markers_are_not_text():
    doc = read_bytes(b"# Skaanehensyn\n\n- Han kan loefte 10 kg\n", ".md", "a.md")
    assert doc.blocks[0].text == "Skaanehensyn" and doc.blocks[0].heading_level == 1
    assert doc.blocks[1].text == "Han kan loefte 10 kg" and doc.blocks[1].column0 == 2


def test_binary_garbage_is_refused_with_the_file_name():
    with pytest.raises(InputError) as exc:
        read_bytes(bytes(range(256)) * 20, ".txt", "rod.txt")
    assert "rod.txt" in exc.value.message("da")
    assert "rod.txt" in exc.value.message("en")


def test_unsupported_suffix():
    with pytest.raises(InputError) as exc:
        read_bytes(b"x", ".pages", "brev.pages")
    assert exc.value.code == "unsupported-format"
