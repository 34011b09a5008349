"""A form's tick boxes written as text ("Forventet varighed: [ ] under 4 uger [x] 1-3 måneder"): each box
opens an option that runs to the next box or the end of its line. An empty box's option is not chosen and
states nothing; a ticked box's option is the answer. The box glyphs are data (lexicons/letter/layout.yaml:
`checkbox-empty`, `checkbox-ticked`)."""

from __future__ import annotations

import re
from typing import NamedTuple

from linter.letter.structure import EMPTY_BOX, TICKED_BOX

_ANY_BOX = re.compile(f"(?:{TICKED_BOX.pattern})|(?:{EMPTY_BOX.pattern})")


class Option(NamedTuple):
    start: int  # the box's first character (offsets in the text given)
    text_start: int  # the option's text after the box
    end: int  # the next box or the end of the line
    ticked: bool


def options(text: str) -> list[Option]:
    """The tick-box options of `text`, in order."""
    if "[" not in text and not any(ch in text for ch in "☐□☒☑▣"):
        return []
    boxes = list(_ANY_BOX.finditer(text))
    out = []
    for k, m in enumerate(boxes):
        eol = text.find("\n", m.end())
        end = len(text) if eol < 0 else eol
        if k + 1 < len(boxes):
            end = min(end, boxes[k + 1].start())
        out.append(Option(m.start(), m.end(), end, bool(TICKED_BOX.fullmatch(m.group()))))
    return out
