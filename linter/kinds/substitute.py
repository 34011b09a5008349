"""`substitute`: a term with a plainer alternative; every occurrence is a finding.

Each finding carries the plain word inflected like the matched form and in its case, and a fix
(`linter/fixes/officialese.py`): safe where the lexicon's `fixes_for` data says the replacement
fits, else display-only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.engine.rule import param_error
from linter.fixes.officialese import OfficialeseFixer
from linter.kinds.base import Context, Kind, Param


class SubstituteKind(Kind):
    name = "substitute"
    params = {
        "lexicon": Param(str, required=True),
        # field labels that are not officialese at the start of a line ("Vedr.:"); a term counts as the
        # label when it lies inside the pattern's match ("Emne: Vedr.: …")
        "allow_line_start": Param(list, default=[]),
    }

    def prepare(self) -> None:
        if self.p["lexicon"] not in self.lexicons.terms:
            raise param_error(self.rule, "lexicon", f"ukendt leksikon '{self.p['lexicon']}'",
                              f"unknown lexicon '{self.p['lexicon']}'")
        self.table = self.lexicons.terms[self.p["lexicon"]]
        self.line_start = [re.compile(p, re.I) for p in self.p["allow_line_start"]]
        data = next((d for d in self.lexicons.raw.values() if d.get("fixes_for") == self.p["lexicon"]), None)
        self.fixer = OfficialeseFixer(self.table, data)

    def check(self, a, ctx: Context) -> Iterable:
        last_end = -1
        for m in a.lexicon_matches(self.p["lexicon"]):
            if m.start_char < last_end:  # overlapping shorter match of a longer phrase
                continue
            block, off = a.block_at(m.start_char)
            if any((lm := p.match(block.text)) and off < lm.end() for p in self.line_start):
                continue  # the term is (in) the allowed label: "Vedr.: …", "Emne: Vedr.: …"
            last_end = m.end_char
            entry = self.table[m.entry]
            matched = a.text[m.start_char:m.end_char]
            reps = self.fixer.replacements(entry, matched)
            msg = self.rule.message_for(ctx.lang)
            if reps:
                msg = f"{msg}: '{matched}' → '{reps[0]}'"
            length = min(m.end_char, m.start_char - off + len(block.text)) - m.start_char
            yield self.finding(ctx, m.start_char, m.end_char, term=m.entry, replacements=reps, message=msg,
                               fix=self.fixer.fix(entry, block.text, off, length))
