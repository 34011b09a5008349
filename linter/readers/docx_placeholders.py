"""Template fields written as text, found in a paragraph's joined text (so a tag Word split over
several runs is still one field). Kept equal to `rules/skabelon.pladsholder.yaml`'s patterns
(tests/test_docx_placeholders.py checks it), which find the same fields in .txt/.md letters."""

from __future__ import annotations

import re

PATTERNS = (
    r"\{\{[^{}\n]{1,80}\}\}",
    r"\{%[^{}\n]{1,120}%\}",
    r"«[^«»\n]{1,60}»",
    r"\[(?:INDSÆT|INDSAET|SKRIV|UDFYLD|ANGIV)[^\]\n]{0,80}\]",
    r"(?<![A-Za-z])(?<!\d{6}-)(?<!\d{6} )X{4,}(?![A-Za-z])",
    r"<<[^<>\n]{1,60}>>",
    r"\{#[^{}\n]{1,120}#\}",
    r"\[(?:NAVN|DATO|CPR|ADRESSE|TELEFON|TLF|E-?MAIL|MODTAGER|AFSENDER|BORGER|SAGSNR)[^\]\n]{0,60}\]",
    r"(?i:klik eller tryk her for at (?:skrive tekst|angive en dato|vælge et element))\.?",
    r"(?i:klik her for at (?:skrive|angive) (?:tekst|en dato))\.?",
    r"(?i:click or tap (?:here )?to enter (?:text|a date))\.?",
)
_RX = re.compile("|".join(f"(?:{p})" for p in PATTERNS))


def placeholder_spans(text: str, known: tuple[tuple[int, int], ...] = ()) -> tuple[tuple[int, int], ...]:
    """`known` spans (fields, content controls) plus the text patterns; a span overlapping an earlier
    one is left out, so every placeholder is counted once."""
    spans = sorted({*known, *((m.start(), m.end()) for m in _RX.finditer(text))}, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return tuple(out)
