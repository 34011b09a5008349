"""Map a finding's (or checklist entry's) span in the analysed text back to block, line/column and part."""

from __future__ import annotations

from linter.model import CheckItem, Finding


def locate(f: Finding | CheckItem, a) -> None:
    """Fill the location fields of a finding or a checklist entry (they share the field names)."""
    if f.start < 0:
        # document-level: located at the letter's start; no flagged text
        first = a.blocks[0] if a.blocks else None
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
