"""Map a finding's (or checklist entry's) span in the analysed text back to block, line/column and part."""

from __future__ import annotations

from linter.model import CheckItem, Finding


def locate(f: Finding | CheckItem, a) -> None:
    """Fill the location fields of a finding or a checklist entry (they share the field names)."""
    anchor = getattr(f, "anchor", None)
    if f.start < 0 and anchor is not None and a.blocks and _anchorable(a, anchor[0]):
        # document-level, placed where the fix belongs: line/column/paragraph of the anchor, no flagged text
        s = anchor[0]
        bi = a.block_index(s)
        block = a.blocks[bi]
        bstart = a.block_starts[bi]
        maps = getattr(a, "source_maps", None) or {}
        off = s - bstart
        if bi in maps:
            from linter.letter.normalise import original_span

            off = original_span(maps, bi, off, off)[0]
        # a position, not a flagged span: nothing in the letter is wrong there, it is where to write
        f.line, f.end_line = block.line, block.line
        f.column = f.end_column = block.column0 + off + 1
        f.paragraph, f.part_paragraph = block.index, block.paragraph or block.index
        f.part, f.part_label = block.part, block.part_label
        f.offset, f.length, f.text = off, 0, ""
        return
    if f.start < 0:
        # document-level, no flagged text: in a .docx where annotate comments it (linter/placement.py),
        # elsewhere at the letter's start
        first = a.blocks[0] if a.blocks else None
        if first is not None and a.document.is_docx:
            from linter.placement import document_level_span

            span = document_level_span(a.blocks, a.structure.zones, f.rule)
            first = a.blocks[span[0]] if span else first
        f.line = first.line if first else 1
        f.column = (first.column0 + 1) if first else 1
        f.end_line, f.end_column = f.line, f.column
        f.paragraph = first.index if first else 1
        f.part_paragraph = (first.paragraph or first.index) if first else 1
        f.part = first.part if first else "body"
        f.part_label = first.part_label if first else None
        f.offset, f.length, f.text = 0, 0, ""
        return
    bi = a.block_index(f.start)
    block = a.blocks[bi]
    bstart, bend = a.block_span(bi)
    end = min(f.end, bend)  # a span never crosses its block in the report
    # offsets point into the text as written (invisible characters the analysis dropped count)
    maps = getattr(a, "source_maps", None) or {}
    if bi in maps:
        from linter.letter.normalise import original_span

        s, e, f.text = original_span(maps, bi, f.start - bstart, end - bstart)
        f.offset, f.length = s, e - s
    else:
        f.offset = f.start - bstart
        f.length = end - f.start
        f.text = a.text[f.start:end]
    f.paragraph = block.index
    f.part_paragraph = block.paragraph or block.index  # .docx: number inside its part
    f.part = block.part
    f.part_label = block.part_label
    f.line = block.line
    f.column = block.column0 + f.offset + 1
    f.end_line = block.line
    f.end_column = block.column0 + f.offset + f.length + 1


def _anchorable(a, pos: int) -> bool:
    """The letter model's place for a document-level finding, unless a .docx has it where a Word
    comment cannot stand (page header or footer): then linter/placement.py decides, as annotate does."""
    if not a.document.is_docx:
        return True
    from linter.placement import ANCHORED_PARTS

    return a.blocks[a.block_index(pos)].part in ANCHORED_PARTS
