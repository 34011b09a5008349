"""Plain-text line layout the analysis needs before any zoning: list items and hard-wrapped lines.

A hard-wrapped body (a mail client's 72 columns, a printout's 60-76) is one paragraph per group of
lines; the analysis joins a wrapped line to the one above it so that phrases match across the wrap.
No words of any language here: only columns and bullet characters.
"""

from __future__ import annotations

import re

# a line that stops mid-sentence (a lower-case letter, a comma, a dash) and one that goes on with it: in lower case,
# or with a template's field the wrap pushed down ("Forløbet slutter" / "«Slutdato».", "[INDSÆT DATO]", "{{ dato }}";
# the field is the project's one placeholder grammar, so a tick box, "[ ] Ja", is none)
MID_END = re.compile(r"[a-zæøå,;–-]$")
_LOWER_START = re.compile(r"^[a-zæøå]")


def mid_start(text: str) -> bool:
    """The line goes on with a sentence: it opens in lower case or with an unfilled template field."""
    if _LOWER_START.match(text):
        return True
    from linter.readers.docx_placeholders import placeholder_spans  # the grammar's owner reads the rule's YAML

    spans = placeholder_spans(text)
    return bool(spans) and spans[0][0] == 0
# a list item's marker: a bullet, a number, or a ticked box ("[x] Funktionsniveau", "☒ Løfteevne": a form's chosen
# option is an item of its list; an empty box, "[ ] Diagnose", is an option not chosen and no item)
LIST_ITEM = re.compile(r"^\s*(?:[-–•*·▪]\s|\d{1,2}[.)]\s|\[\s?[xX✓✔]\s?\]\s|[☒☑▣]\s)")
# "Label: value" with a short label ("Læge: …", "Direkte tlf.: …", "Udfyldt af: …"): a form's field, which no wrapper
# starts a line with (the one shape of a field line; linter/letter/structure.py gates it as FIELD_LINE)
FIELD_SHAPE = re.compile(r"^[^\W\d_][^\W\d_.\- ]*(?:[.\- ]+[^\W\d_]+){0,2}\.?\s*:\s*\S")
_HEAD_LINES = 6  # a memo or mail header: field lines no client wraps
# a Danish phone number in its groups at a line's start ("86 92 33 04", "2045 7718", "+45 86 92 33 04"): a writer or
# a wrapper keeps it whole, so it is the first unit that did not fit on the line above
_GROUPED_NUMBER = re.compile(r"(?:\+45 ?)?(?:[2-9]\d(?: \d\d){3}|[2-9]\d{3} \d{4})(?![\d ]\d)")


def wrap_width(blocks) -> int | None:
    """The column a plain-text body was hard-wrapped at (a mail client's 72, a printout's 60-76):
    the longest line, when it is 55-80 columns and at least three lines end within 12 of it. The
    first six lines are left out when enough lines follow: the field lines of a memo or mail header
    are not wrapped by the client and would hide the body's width; a line over 80 columns further
    down means the text was not wrapped at all."""
    lengths = [b.column0 + len(b.text) for b in blocks]
    if len(lengths) - _HEAD_LINES >= 4:
        w = _width(lengths[_HEAD_LINES:])
        # a short letter has too few wrapped lines after its first six: its head lines count too, unless
        # one of them is wider than a client wraps (then the head is unwrapped fields after all)
        return w if w is not None or max(lengths[:_HEAD_LINES]) > 80 else _width(lengths)
    return _width(lengths) if len(lengths) >= 4 else None


def _width(lengths: list[int]) -> int | None:
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
    if prev.group != cur.group or LIST_ITEM.match(cur.text) or prev.text.rstrip().endswith(":") \
            or FIELD_SHAPE.match(cur.text):
        return False
    # (a number in groups is one unit, when the line above stops mid-sentence: "… på mobil … eller fastnet" /
    # "86 92 33 04 om formiddagen")
    number = _GROUPED_NUMBER.match(cur.text) if not prev.text.rstrip().endswith((".", "!", "?")) else None
    first = number.group(0) if number else cur.text.split(" ", 1)[0]
    return prev.column0 + len(prev.text) + 1 + len(first) > width and len(prev.text.split()) >= 5


def continues_line(blocks, i: int, width: int | None) -> bool:
    """Line i goes on with the sentence of line i-1 (the next source line or .docx paragraph of its
    group, no style of its own): a hard
    wrap (`hard_wrapped`), or line i-1 stopping mid-sentence and line i starting in lower case. The
    second holds where a text was wrapped twice (a 72-column mail wrapped again at 60 columns): the
    first wrap's short remnant ("har haft", "notat til") is no wrapped line by width, yet the sentence
    goes on below it."""
    prev, cur = blocks[i - 1], blocks[i]
    if prev.line + 1 != cur.line or prev.group != cur.group or cur.style:
        return False
    return bool(MID_END.search(prev.text) and mid_start(cur.text)) or hard_wrapped(blocks, i, width)
