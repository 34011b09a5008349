"""Template fields written as text, found in a paragraph's joined text (so a tag Word split over
several runs is still one field), with the patterns of `rules/skabelon.pladsholder.yaml`, which
find the same fields in .txt/.md letters; the sender reader and the require kind use it too."""

from __future__ import annotations

import re

from linter.regex_literals import LiteralGate


def _rule_patterns() -> tuple[str, ...]:
    """The placeholder grammar has one owner: the patterns of the shipped rule
    `rules/skabelon.pladsholder.yaml` (read once, when the reader is first imported)."""
    from linter.data import data_dir
    from linter.yamlio import load_yaml

    return tuple(load_yaml(data_dir("rules") / "skabelon.pladsholder.yaml")["params"]["patterns"])


PATTERNS = _rule_patterns()
_RX = re.compile("|".join(f"(?:{p})" for p in PATTERNS))
_GATE = LiteralGate(PATTERNS)  # a line without "{{", "«", "[", … holds no field: not scanned


def may_hold(text: str) -> bool:
    """False when no placeholder pattern can match anywhere in `text` (asked of a whole letter, it answers for
    each of its lines: a line's literals stand in the letter's text too)."""
    return _GATE.may_match(text)


def placeholder_spans(text: str, known: tuple[tuple[int, int], ...] = (),
                      scan: bool = True) -> tuple[tuple[int, int], ...]:
    """`known` spans (fields, content controls) plus the text patterns; a span overlapping an earlier
    one is left out, so every placeholder is counted once. `scan` False: the caller knows no pattern can
    match (`may_hold` of the whole letter)."""
    scan = scan and _GATE.may_match(text)
    if not known and not scan:
        return ()
    found = _RX.finditer(text) if scan else ()
    spans = sorted({*known, *((m.start(), m.end()) for m in found)}, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return tuple(out)
