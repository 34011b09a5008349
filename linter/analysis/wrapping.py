"""Plain-text line layout the analysis needs before any zoning: list items and hard-wrapped lines.

A hard-wrapped body (a mail client's 72 columns, a printout's 60-76) is one paragraph per group of
lines; the analysis joins a wrapped line to the one above it so that phrases match across the wrap.
No words of any language here: only columns and bullet characters.
"""

from __future__ import annotations

import re

LIST_ITEM = re.compile(r"^\s*(?:[-–•*·▪]\s|\d{1,2}[.)]\s)")
_HEAD_LINES = 6  # a memo or mail header: field lines no client wraps


def wrap_width(blocks) -> int | None:
    """The column a plain-text body was hard-wrapped at (a mail client's 72, a printout's 60-76):
    the longest line, when it is 55-80 columns and at least three lines end within 12 of it. The
    first six lines are left out when enough lines follow: the field lines of a memo or mail header
    are not wrapped by the client and would hide the body's width; a line over 80 columns further
    down means the text was not wrapped at all."""
    lengths = [b.column0 + len(b.text) for b in blocks]
    if len(lengths) - _HEAD_LINES >= 4:
        lengths = lengths[_HEAD_LINES:]
    if len(lengths) < 4:
        return None
    w = max(lengths)
    if not 55 <= w <= 80 or sum(1 for n in lengths if n >= w - 12) < 3:
        return None
    return w


def hard_wrapped(blocks, i: int, width: int | None) -> bool:
    """Line i continues line i-1: the first word of line i would not have fitted on line i-1
    (the definition of a wrapped line), and neither line is a list item or a label line."""
    if width is None:
        return False
    prev, cur = blocks[i - 1], blocks[i]
    if prev.group != cur.group or LIST_ITEM.match(cur.text) or prev.text.rstrip().endswith(":"):
        return False
    first = cur.text.split(" ", 1)[0]
    return prev.column0 + len(prev.text) + 1 + len(first) > width and len(prev.text.split()) >= 5
