"""Text normalisation before zoning, with offsets that still point into the original text.

Characters a reader never sees (zero-width space/joiners, BOM, soft hyphen, word joiner) are
removed, and no-break spaces become spaces, so that "\u200bKære Anne" is a greeting and
"sygedag\u00adpenge" one word. A block that lost characters keeps a map from each offset of
its clean text to the offset in the original block text (locate.py uses it for columns and
paragraph offsets, so a finding still marks the characters the user wrote).
"""

from __future__ import annotations

import dataclasses
import re

from linter.model import Block, Document

# removed: U+200B ZWSP, U+200C ZWNJ, U+200D ZWJ, U+2060 WJ, U+FEFF BOM/ZWNBSP, U+00AD soft hyphen
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# replaced one for one (length kept): no-break spaces, figure space; Word's vertical tab
# (a manual line break) and a stray CR inside a block become a space
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\x0b": " ", "\r": " ", "\x0c": " "})
# any character either of the two above changes: a document without one is already clean
_ANY_CHANGED = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u202f\u2007\x0b\r\x0c]")


def clean_text(text: str) -> tuple[str, tuple[int, ...] | None]:
    """(clean text, map) where map[k] is the original offset of clean offset k (with one end
    entry past the last character); map is None when no character was removed."""
    text = text.translate(_SPACES)
    if not _INVISIBLE.search(text):
        return text, None
    keep = [k for k, ch in enumerate(text) if not _INVISIBLE.match(ch)]
    return "".join(text[k] for k in keep), (*keep, len(text))


def _to_clean(span: tuple[int, int], src: tuple[int, ...]) -> tuple[int, int]:
    import bisect

    return bisect.bisect_left(src, span[0]), bisect.bisect_left(src, span[1])


SourceMaps = dict[int, tuple[tuple[int, ...], str]]  # block -> (clean offset -> original offset, original text)


# a row of a two-column table pasted as text: a short label (letters, no digit, no colon), a tab, its value
# ("Samtykke<TAB>Ja, underskrevet 3. marts", "Sagsbehandler<TAB>Mads Kruse"); its tab reads as the label's colon
_TAB_FIELD = re.compile(r"^[^\W\d_][^\W\d_.\-/() ]{0,30}(?:[.\-/() ]+[^\W\d_]+){0,3}\.?(\t)[\t ]*\S")
_FIELD_VALUE = re.compile(r"^[^\W\d_][^\W\d_.\- ]*(?:[.\- ]+[^\W\d_]+){0,2}\.?\s*:")


def _tab_field_rows(blocks: list[Block]) -> set[int]:
    """The blocks that are rows of a label/value table pasted as text: two or more such lines in a row (the next
    source line each); a lone "Esbjerg Kommune<TAB>…" is a two-column letterhead's line, and a value that is a field
    itself ("Jobcenter …<TAB>Sagsbehandler: …") is the right column of one."""
    def row(b: Block) -> bool:
        m = _TAB_FIELD.match(b.text)
        return bool(m) and not _FIELD_VALUE.match(b.text[m.end(1):].lstrip())
    rows = [row(b) for b in blocks]
    out: set[int] = set()
    for i, is_row in enumerate(rows):
        if not is_row:
            continue
        prev = i > 0 and rows[i - 1] and blocks[i - 1].line + 1 == blocks[i].line
        nxt = i + 1 < len(rows) and rows[i + 1] and blocks[i].line + 1 == blocks[i + 1].line
        if prev or nxt:
            out.add(i)
    return out


def normalise_document(document: Document) -> tuple[Document, SourceMaps]:
    """A copy of the document with clean block texts, and the offset maps of the blocks that lost characters. A
    label/value table pasted as text has its tab read as the label's colon, one character for one."""
    maps: SourceMaps = {}
    tab_rows = _tab_field_rows(document.blocks) if any("\t" in b.text for b in document.blocks) else set()
    if not tab_rows and not any(_ANY_CHANGED.search(b.text) for b in document.blocks):
        return document, maps  # nothing to clean (most letters): no block copied or translated
    blocks: list[Block] = []
    changed = False
    for i, b in enumerate(document.blocks):
        text, src = clean_text(b.text)
        if i in tab_rows:
            m = _TAB_FIELD.match(text)
            if m:
                text = text[:m.start(1)] + ":" + text[m.end(1):]
        if text == b.text:
            blocks.append(b)
            continue
        changed = True
        placeholders = b.placeholders
        if src is not None:
            maps[i] = (src, b.text)
            placeholders = tuple(_to_clean(s, src) for s in b.placeholders)
        blocks.append(dataclasses.replace(b, text=text, placeholders=placeholders))
    if not changed:
        return document, maps
    return dataclasses.replace(document, blocks=blocks), maps


def original_span(maps: SourceMaps, block: int, start: int, end: int) -> tuple[int, int, str]:
    """(start, end, text) in the original block text of the clean span start..end."""
    src, original = maps[block]

    def at(k: int) -> int:
        return src[min(max(k, 0), len(src) - 1)]

    s, e = at(start), at(end)
    return s, e, original[s:e]
