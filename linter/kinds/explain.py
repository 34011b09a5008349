"""`explain`: a lexicon term must be explained at or before its first use.

Only the first use is judged: if it is unexplained it is flagged (once); if it is
explained, later uses are fine. An explanation is a parenthesis right after (or
around) the term, "dvs."/"det vil sige"/"altså"/"som betyder"/"som er" after it,
an apposition ("lumbago, almindelige smerter i lænden"), or a glossary line
("Ordforklaring: ...") before the use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.engine.rule import param_error
from linter.kinds.base import Context, Kind, Param

_AFTER = re.compile(
    r"^\s*(\(|,?\s*(dvs\.?|det vil sige|altså|som betyder|hvilket betyder|som er|der er|der betyder|"
    r"også kaldet|eller|—|–|-)[\s,:])", re.I)
_APPOSITION = re.compile(r"^\s*,\s+(?:[a-zæøå]+\s+){1,12}?[a-zæøå]+", re.I)
_BEFORE_PAREN = re.compile(r"\(\s*$")
_GLOSSARY = re.compile(r"^\s*(ordforklaring|ordliste|forklaring|forkortelser)\b", re.I)
_DEFINES = re.compile(r"^\s*(betyder|er en|er et|er betegnelsen|er det)\b", re.I)


class ExplainKind(Kind):
    name = "explain"
    params = {
        "lexicon": Param(str, required=True),
        "only_core": Param(bool, default=False),
    }

    def prepare(self) -> None:
        if self.p["lexicon"] not in self.lexicons.terms:
            raise param_error(self.rule, "lexicon", f"ukendt leksikon '{self.p['lexicon']}'",
                              f"unknown lexicon '{self.p['lexicon']}'")
        self.table = self.lexicons.terms[self.p["lexicon"]]

    def check(self, a, ctx: Context) -> Iterable:
        first: dict[str, object] = {}
        for m in a.lexicon_matches(self.p["lexicon"]):
            if m.entry not in first:
                first[m.entry] = m
        text = a.text
        for term, m in first.items():
            entry = self.table[term]
            if self.p["only_core"] and not entry.data.get("core"):
                continue
            if a.structure.zones[a.block_index(m.start_char)] in ("quoted",):
                continue
            if self._explained(a, m, entry):
                continue
            yield self.finding(
                ctx, m.start_char, m.end_char, term=term,
                explanation=entry.explanation,
                replacements=[f"{text[m.start_char:m.end_char]} ({entry.explanation})"]
                if entry.explanation else [],
            )

    def _explained(self, a, m, entry) -> bool:
        text = a.text
        after = text[m.end_char:m.end_char + 80]
        hit = _AFTER.match(after)
        if hit and hit.group(2) and hit.group(2).lower() == "eller" and self._term_follows(a, m, hit.end()):
            hit = None  # "ressourceforløb eller jobafklaringsforløb": two terms, not an explanation
        if hit or _BEFORE_PAREN.search(text[max(0, m.start_char - 3):m.start_char]):
            return True
        if _DEFINES.match(after):
            return True
        s_start, s_end = a.sentence_of(m.start_char)
        if _APPOSITION.match(after) and m.start_char - s_start < 60:
            # "Lenes diagnose er lumbago, almindelige smerter i lænden ..."
            rest = text[m.end_char:s_end]
            if rest.count(",") <= 2 and not re.match(r"^\s*,\s+(og|men|så|fordi|at|der|som)\b", rest):
                return True
        # a glossary line at or anywhere before the first use that names the term
        for i in range(0, a.block_index(m.start_char) + 1):
            b = a.blocks[i].text
            if _GLOSSARY.match(b) and any(f in b.lower() for f in entry.forms):
                return True
        return False

    def _term_follows(self, a, m, offset: int) -> bool:
        """Another term of the lexicon starts within a few words after `m` (+ offset)."""
        start = m.end_char + offset
        return any(start - 1 <= o.start_char <= start + 12 and o is not m
                   for o in a.lexicon_matches(self.p["lexicon"]))
